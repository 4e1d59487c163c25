import { Converter } from 'opencc-js/cn2t';

// Generated opinions for the triage benchmark: 20–300 characters, assembled from clauses of
// the kinds people write (a place, a complaint under one of the winds or none, a detail, a
// request), a fifth in Traditional script, some with personal data, and a share repeated with
// small edits so that the duplicate index has real clusters to find. Deterministic per seed.

const PLACES = ['镇政府', '街道办', '县人社局', '区行政服务中心', '村委会', '社区居委会', '市住建局', '派出所户籍窗口', '县医院', '乡卫生院', '不动产登记中心', '县教育局', '税务大厅', '城管中队', '交警大队', '水务公司', '供电所', '民政办', '农业农村局', '市场监管所'];
const WHO = ['有的干部', '个别领导', '窗口工作人员', '村干部', '镇里的同志', '局里一位科长', '办事员', '值班人员', '几位副局长', '社区书记', '驻村工作队', '街道主任'];
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
const NAMES = ['王建国', '李秀英', '张伟', '刘洋', '陈静'];
// Specifics real opinions carry (the village, the road, the amount): invented place names.
const PLACE_CHARS = '桃李杏柳松柏枫桐竹梅兰菊荷莲溪河湖塘坝岭坡岗冈峰岩石沙泉湾洲港桥庄集店铺营寨堡屯墩坪垄坳畈圩垸湖山川原田园林青红白黄金银东西南北上下前后新老大小';
const PLACE_KINDS = ['镇', '村', '乡', '社区', '街道', '组'];

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

/** `units`: organization names; one opinion in ten names one of them (what routing finds). */
export function* generateOpinions(count: number, seed = 1, units: string[] = []): Generator<string> {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const recent: string[] = [];
  for (let i = 0; i < count; i++) {
    // One in six repeats a recent opinion with a small change (another channel, another wording).
    if (recent.length && r() < 1 / 6) {
      const base = pick(recent);
      yield r() < 0.5 ? `${base}${pick(DETAILS)}。` : base.replace(/，/, '，而且');
      continue;
    }
    const invented = () => `${PLACE_CHARS[Math.floor(r() * PLACE_CHARS.length)]}${PLACE_CHARS[Math.floor(r() * PLACE_CHARS.length)]}${pick(PLACE_KINDS)}`;
    const place = units.length && r() < 0.1 ? pick(units) : r() < 0.7 ? `${invented()}${pick(PLACES)}` : pick(PLACES);
    const clause = () =>
      r() < 0.5
        ? `${pick(WHEN)}${pick(WHO)}${pick(DOING)}${r() < 0.4 ? `，涉及${10 + Math.floor(r() * 990)}元` : ''}`
        : `办${pick(WHAT)}的时候${pick(WHO)}${pick(DOING)}，前后${2 + Math.floor(r() * 30)}天`;
    const target = 20 + r() * 280;
    let text = `${place}${clause()}，${pick(DETAILS)}。`;
    while (text.length < target) text += r() < 0.6 ? `${clause()}。` : `${pick(DETAILS)}，${clause()}。`;
    if (text.length > 300) text = text.slice(0, 300);
    if (r() < 0.15) text += `我是${pick(NAMES)}，电话1${3 + Math.floor(r() * 6)}${String(Math.floor(r() * 1e9)).padStart(9, '0')}。`;
    if (r() < 0.2) text = toTraditional(text);
    if (recent.length < 256) recent.push(text);
    else recent[Math.floor(r() * 256)] = text;
    yield text;
  }
}
