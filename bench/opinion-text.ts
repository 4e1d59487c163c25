import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Converter } from 'opencc-js/cn2t';

// Generated opinions for the triage benchmark: 20–300 characters, assembled from clauses of the
// kinds people write (a place, a complaint under one of the winds or none, the things it is
// about, numbers, a request), a fifth in Traditional script, some with personal data.
//
// About a quarter repeat an earlier issue — the same text resent (another channel, a signature
// added), a small edit, or a paraphrase: the same place, objects and numbers told in other words,
// numbers written another way (14 / 十四 / full-width) — so that the duplicate index has real
// clusters to find. The rest are distinct issues: their objects are drawn from a few thousand
// ordinary nouns (jieba's dictionary), so two distinct opinions rarely share more than a frame
// phrase. Deterministic per seed.

/** Share of opinions that repeat an earlier issue. */
export const REPEAT_SHARE = 0.25;

const PLACES = ['镇政府', '街道办', '县人社局', '区行政服务中心', '村委会', '社区居委会', '市住建局', '派出所户籍窗口', '县医院', '乡卫生院', '不动产登记中心', '县教育局', '税务大厅', '城管中队', '交警大队', '水务公司', '供电所', '民政办', '农业农村局', '市场监管所'];
const WHO = ['有的干部', '个别领导', '窗口工作人员', '村干部', '镇里的同志', '局里一位科长', '办事员', '值班人员', '几位副局长', '社区书记', '驻村工作队', '街道主任'];
const TITLES = ['办主任', '站站长', '所所长', '科科长', '队队长', '中心主任', '办的同志', '组组长'];
const WHEN = ['上个月', '去年冬天', '防汛期间', '春节前后', '每逢周一', '前天下午', '这半年来', '换届以后', '疫情期间', '农忙时节', '开学前', '月底'];
const DOING = [
  '一个月开了十几次会', '让我们反复填同样的表', '检查一拨接一拨', '拍照留痕比干活还重要', '调研只看准备好的点', '发文件层层照转', '搞评比搞得基层疲于应付',
  '让群众跑了五六趟', '互相推诿说不归他们管', '态度冷淡问一句答半句', '几个月不回复', '拍脑袋就定了方案', '要我们找关系才给办', '电话打过去没人接',
  '上班时间打牌玩手机', '经常迟到早退', '中午喝酒下午满身酒气', '整天混日子不干事', '办公室里炒股看视频', '借出差游山玩水',
  '用公款在酒店吃喝', '开公车接送孩子', '办公室装修得很豪华', '收了购物卡和红包', '给亲戚大操大办酒席', '出去考察住高档宾馆',
  '把门口的路挖开又不修', '暖气一直不热', '报名手续讲不清楚', '公交班次太少', '医保报销太麻烦', '路灯坏了半年', '垃圾没人清运', '自来水发黄',
];
const WHAT = ['低保', '营业执照', '不动产证', '户口迁移', '养老保险', '宅基地审批', '医保转移', '残疾证', '危房改造补助', '孩子入学', '退役军人优待', '取暖补贴'];
const DETAILS = ['群众意见很大', '大家都看在眼里', '已经不是一次两次了', '希望上级认真查一查', '请尽快研究解决', '这种风气必须刹住', '老百姓很寒心', '建议公开处理结果', '我们也理解基层难处', '盼望早日改进', '周围邻居都这么说', '实在没办法才写这封信'];
const TROUBLE = ['坏了', '一直没有解决', '挪作他用', '收费不合理', '拖了很久', '没有公示', '质量很差', '太复杂', '被人占用了', '没有落实', '走了过场', '只做了一半', '不见了', '没人管', '出了问题', '说了不算', '还是老样子', '被退回来了', '越来越差', '不给办'];
const ASK = ['请领导过问一下', '希望给个说法', '请有关部门核实', '盼早日答复', '希望公开账目', '请派人来看看'];
const NAMES = ['王建国', '李秀英', '张伟', '刘洋', '陈静', '赵德胜', '孙丽华', '周志强', '吴桂兰', '郑海涛'];
// Specifics real opinions carry (the village, the road, the amount): invented place names.
const PLACE_CHARS = '桃李杏柳松柏枫桐竹梅兰菊荷莲溪河湖塘坝岭坡岗冈峰岩石沙泉湾洲港桥庄集店铺营寨堡屯墩坪垄坳畈圩垸湖山川原田园林青红白黄金银东西南北上下前后新老大小';
const PLACE_KINDS = ['镇', '村', '乡', '社区', '街道', '组'];

/** Ordinary words (jieba's dictionary, moderately frequent, Han only): what distinct issues are about. */
const [NOUNS, VERBS] = (() => {
  const file = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
  const nouns: string[] = [];
  const verbs: string[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [word, freq, pos] = line.split(' ');
    if (word.length < 2 || word.length > 3 || !/^[\u4e00-\u9fff]+$/.test(word) || Number(freq) < 300 || Number(freq) > 20_000) continue;
    if (pos === 'n') nouns.push(word);
    else if (pos === 'v' && word.length === 2) verbs.push(word);
  }
  return [nouns, verbs];
})();

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const toTraditional = Converter({ from: 'cn', to: 'tw' });

const DIGITS = '零一二三四五六七八九';

/** A number as people write it in Chinese (1200 → 一千二百, 14 → 十四, 2 → 两 when counting). */
export function chineseNumeral(n: number, counting = false): string {
  if (n === 2 && counting) return '两';
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  const units: [number, string][] = [[10_000, '万'], [1000, '千'], [100, '百'], [10, '十']];
  let out = '';
  let rest = n;
  let zero = false;
  for (const [u, name] of units) {
    const d = Math.floor(rest / u);
    rest %= u;
    if (d) {
      if (zero) out += '零';
      out += (u === 10_000 ? chineseNumeral(d) : DIGITS[d]) + name;
      zero = false;
    } else if (out) zero = true;
  }
  if (rest) out += (zero ? '零' : '') + DIGITS[rest];
  // 一千二百 rather than 一千二百零零; "一千二" is also said, but not written in complaints.
  return out;
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The facts of one issue; a repeat tells the same facts again, perhaps in other words. */
interface Issue {
  place: string;
  who: string;
  when: string;
  doing: string;
  what: string;
  /** The things it is about (more for a longer text) and what happened to them. */
  nouns: string[];
  verbs: string[];
  amount: number;
  days: number;
  times: number;
  length: number;
  text: string;
}

/** `units`: organization names; one opinion in ten names one of them (what routing finds). */
export function* generateOpinions(count: number, seed = 1, units: string[] = []): Generator<string> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const recent: Issue[] = [];
  const num = (n: number, counting = false) => {
    const x = r();
    return x < 0.7 ? String(n) : x < 0.85 ? chineseNumeral(n, counting) : fullWidth(String(n));
  };
  const invented = () => `${PLACE_CHARS[Math.floor(r() * PLACE_CHARS.length)]}${PLACE_CHARS[Math.floor(r() * PLACE_CHARS.length)]}${pick(PLACE_KINDS)}`;

  /** One telling of an issue: its facts in clauses picked and ordered at random, none twice. */
  const tell = (s: Issue): string => {
    const n = s.nouns;
    const v = s.verbs;
    // Every clause is used at most once, and the frames common to many opinions only sometimes.
    const pool: (() => string)[] = [];
    if (s.times) pool.push(() => `${n[0]}和${n[1]}的事已经反映了${num(s.times, true)}次`);
    if (s.amount) pool.push(() => `涉及${num(s.amount)}元`);
    if (s.doing) pool.push(() => `${s.when}${s.who}${s.doing}`);
    if (s.what) pool.push(() => `办${s.what}的时候${s.who}${v[0]}${n[0]}，前后${num(s.days)}天`);
    if (r() < 0.5) pool.push(() => (r() < 0.5 ? pick(DETAILS) : pick(ASK)));
    for (let k = 1; k < n.length; k++) {
      const noun = n[k];
      const verb = v[k % v.length];
      const other = n[(k + 1) % n.length];
      const x = r();
      pool.push(x < 0.3 ? () => `${noun}${pick(TROUBLE)}` : x < 0.6 ? () => `${s.who}${verb}${noun}` : x < 0.9 ? () => `${noun}${verb}${other}` : () => `关于${noun}，${verb}以后${pick(TROUBLE)}`);
    }
    for (let k = pool.length - 1; k > 0; k--) {
      const j = Math.floor(r() * (k + 1));
      [pool[k], pool[j]] = [pool[j], pool[k]];
    }
    let text = `${s.place}${n[0]}${pick(TROUBLE)}`;
    for (const clause of pool) {
      if (text.length >= s.length) break;
      text += `${r() < 0.5 ? '，' : '。'}${clause()}`;
    }
    text += '。';
    if (text.length > 300) text = `${text.slice(0, 299)}。`;
    return text;
  };
  const dress = (text: string): string => {
    if (r() < 0.15) text += `我是${pick(NAMES)}，电话1${3 + Math.floor(r() * 6)}${String(Math.floor(r() * 1e9)).padStart(9, '0')}。`;
    if (r() < 0.2) text = toTraditional(text);
    return text;
  };

  for (let i = 0; i < count; i++) {
    if (recent.length && r() < REPEAT_SHARE) {
      const s = pick(recent);
      const x = r();
      if (x < 0.3) yield dress(s.text); // the same text again (another channel, signed)
      else if (x < 0.55) yield dress(r() < 0.5 ? `${s.text}${pick(DETAILS)}。` : s.text.replace(/，/, '，而且')); // a small edit
      else yield dress(tell(s)); // the same issue told again in other words
      continue;
    }
    const place = units.length && r() < 0.1 ? pick(units) : r() < 0.7 ? `${invented()}${pick(PLACES)}` : pick(PLACES);
    const length = 20 + Math.floor(r() * 280);
    const nouns = Array.from({ length: 2 + Math.ceil(length / 12) }, () => pick(NOUNS));
    const verbs = Array.from({ length: 3 }, () => pick(VERBS));
    const issue: Issue = {
      place, who: r() < 0.5 ? pick(WHO) : `${pick(NOUNS)}${pick(TITLES)}`, when: pick(WHEN), doing: r() < 0.4 ? pick(DOING) : '', what: r() < 0.2 ? pick(WHAT) : r() < 0.2 ? pick(NOUNS) : '', nouns, verbs,
      amount: r() < 0.3 ? 10 + Math.floor(r() * 50_000) : 0, days: 2 + Math.floor(r() * 120), times: r() < 0.3 ? 2 + Math.floor(r() * 40) : 0, length, text: '',
    };
    issue.text = tell(issue);
    if (recent.length < 1024) recent.push(issue);
    else recent[Math.floor(r() * 1024)] = issue;
    yield dress(issue.text);
  }
}
