// Measure words and units that make a numeral a statistic. The surface form is matched in the
// analysis text (Simplified, half-width) and reported in a normalized form: 个学时 → 学时,
// 大类 → 类, ㎡ → 平方米, 个百分点 → 百分点. Time words that name a date (年, 月, 日, 号, 时) are
// deliberately absent: 2013年, 7月, 3日 are not statistics, and neither are spans in years.

export interface UnitMatch {
  unit: string;
  end: number;
  /** % and ‰ (and 成, handled by the extractor) make the figure a percentage. */
  percent: boolean;
}

const UNITS: Array<[surface: string, unit: string]> = [
  ['平方公里', '平方公里'], ['平方千米', '平方公里'], ['平方米', '平方米'], ['平米', '平方米'], ['㎡', '平方米'],
  ['立方米', '立方米'], ['公里', '公里'], ['千米', '公里'], ['公顷', '公顷'], ['千克', '千克'], ['公斤', '公斤'],
  ['个百分点', '百分点'], ['百分点', '百分点'],
  ['个工作日', '工作日'], ['个学时', '学时'], ['个课时', '课时'], ['个小时', '小时'], ['个多小时', '小时'], ['个多月', '个月'], ['个月', '个月'],
  ['工作日', '工作日'], ['学时', '学时'], ['课时', '课时'], ['小时', '小时'], ['分钟', '分钟'],
  ['人次', '人次'], ['场次', '场次'], ['户次', '户次'], ['车次', '车次'], ['批次', '批次'], ['架次', '架次'], ['件次', '件次'],
  ['篇次', '篇次'], ['期次', '期次'], ['家次', '家次'], ['班次', '班次'], ['轮次', '轮次'], ['所次', '所次'], ['校次', '校次'], ['台次', '台次'], ['辆次', '辆次'], ['个次', '个次'], ['大类', '类'],
  ['美元', '美元'], ['元', '元'],
  ['个', '个'], ['条', '条'], ['场', '场'], ['次', '次'], ['人', '人'], ['名', '名'], ['位', '位'], ['项', '项'],
  ['件', '件'], ['篇', '篇'], ['份', '份'], ['期', '期'], ['家', '家'], ['户', '户'], ['册', '册'], ['本', '本'],
  ['辆', '辆'], ['台', '台'], ['套', '套'], ['部', '部'], ['座', '座'], ['所', '所'], ['处', '处'], ['类', '类'],
  ['批', '批'], ['轮', '轮'], ['组', '组'], ['起', '起'], ['例', '例'], ['张', '张'], ['封', '封'], ['间', '间'],
  ['栋', '栋'], ['幢', '幢'], ['块', '块'], ['首', '首'], ['幅', '幅'], ['枚', '枚'], ['株', '株'], ['棵', '棵'],
  ['支', '支'], ['门', '门'], ['堂', '堂'], ['宗', '宗'], ['笔', '笔'], ['种', '种'], ['天', '天'], ['周', '周'],
  ['亩', '亩'], ['吨', '吨'], ['米', '米'], ['字', '字'], ['盏', '盏'], ['艘', '艘'], ['倍', '倍'], ['%', '%'], ['‰', '‰'],
];

/** Units read only after Arabic digits: after Chinese numerals they start idioms (四面八方, 两节). */
const ARABIC_ONLY: Array<[string, string]> = [['面', '面'], ['节', '节'], ['分', '分'], ['眼', '眼'], ['口', '口'], ['m²', '平方米'], ['m2', '平方米']];

// A unit followed by one of these characters is the first half of a word instead (3家庭, 5人民).
const NOT_BEFORE: Record<string, string> = {
  人: '民员', 家: '庭属长乡', 名: '单称义字誉额', 部: '门分署长队', 台: '湾账阶', 处: '理室长级置分', 所: '有以在属谓',
  本: '土地级人单次届', 期: '间末初望待满限刊', 批: '准评示复', 组: '织成建', 类: '型似', 条: '件例款', 项: '目',
  天: '津然下空', 场: '所景地馆', 份: '额子', 起: '来草步点诉', 例: '如外', 周: '年岁边末', 轮: '换流',
  座: '谈位', 位: '置于', 间: '隔', 支: '持部出付援队', 首: '先长都次', 笔: '记者', 宗: '旨教', 幅: '度',
  块: '钱', 门: '类户槛', 张: '家', 种: '植类子', 套: '餐', 米: '饭', 分: '别钟之析配类', 节: '日约点', 面: '积对向',
  次: '数序要', 个: '体案性', 眼: '光睛前界镜神', 口: '号径岸头气语述子令罩碑',
};

type Entry = { surface: string; unit: string; percent: boolean; arabicOnly: boolean };
const BY_FIRST = new Map<string, Entry[]>();
for (const [surface, unit] of UNITS) add(surface, unit, false);
for (const [surface, unit] of ARABIC_ONLY) add(surface, unit, true);
for (const list of BY_FIRST.values()) list.sort((a, b) => b.surface.length - a.surface.length);

function add(surface: string, unit: string, arabicOnly: boolean) {
  const list = BY_FIRST.get(surface[0]) ?? [];
  list.push({ surface, unit, percent: unit === '%' || unit === '‰', arabicOnly });
  BY_FIRST.set(surface[0], list);
}

/** The unit written at `i` (longest match), or null. */
export function matchUnit(text: string, i: number, arabic: boolean): UnitMatch | null {
  const list = BY_FIRST.get(text[i]);
  if (!list) return null;
  for (const e of list) {
    if (e.arabicOnly && !arabic) continue;
    if (!text.startsWith(e.surface, i)) continue;
    const end = i + e.surface.length;
    if (e.surface.length === 1 && NOT_BEFORE[e.surface]?.includes(text[end] ?? '\u0000')) return null;
    return { unit: e.unit, end, percent: e.percent };
  }
  return null;
}

/** Every unit name the extractor can produce (for the catalogue and tests). */
export const KNOWN_UNITS = new Set([...UNITS, ...ARABIC_ONLY].map(([, u]) => u));

/** A unit written in brackets in a table label — 压缩会议（场次） — when the cell holds only digits. */
export function unitFromLabel(label: string): string | null {
  const m = /[（(]\s*(?:单位[:：]?\s*)?(万元|万人|[^()（）\s]{1,4})\s*[)）]\s*[:：]?\s*$/.exec(label);
  if (!m) return null;
  const written = m[1] === '万元' ? '元' : m[1] === '万人' ? '人' : m[1];
  const u = matchUnit(written, 0, true);
  return u && u.end === written.length ? u.unit : null;
}

/** The factor a bracketed label implies: （万元） → 10000. */
export function labelFactor(label: string): number {
  return /[（(]\s*(?:单位[:：]?\s*)?万[元人]\s*[)）]\s*[:：]?\s*$/.test(label) ? 1e4 : 1;
}
