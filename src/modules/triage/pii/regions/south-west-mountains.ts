import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { candText, has, textTables } from '../text.js';
import { nameWordsTables } from '../name-words.js';

const { seen } = textTables;
const { HONORIFIC, HONORIFIC_FIRST, LOOSE_STOP, NUMERALS, SURNAME_SET, isHan } = nameWordsTables;

// ---------------------------------------------------------------------------------------------
// (Round 24) Read on pii16.jsonl (a south-western mountain prefecture: Yi, Tibetan, Naxi and Lisu villages, relocation
// settlements; recall 0.705 unseen, 0.712 after rounds 22–23). Each rule is a form, not a set's names.

/**
 * Family names of two characters read before a given name of two where a name stands (scanRound24): Yi clan names here,
 * Japanese surnames added in round 25 below.
 *
 * Yi clan names (the first two characters of a Yi personal name: 吉克阿依, 阿苦日哈, 曲比阿呷), as the Liangshan Yi write
 * them in Chinese characters: common knowledge of the region's naming, not a list of any set's people. Left out: clan
 * names that begin ordinary words or other peoples' names too often (的日 → 的日子, 木乃 → 木乃伊, 阿拉 → Shanghainese
 * "we", 阿克 → 阿克苏, 比尔, 阿依 → 阿依古丽).
 */
const TWO_CHARACTER_FAMILY_NAMES = new Set(
  ('吉克 阿苦 沙马 沙玛 海来 阿说 阿硕 吉伍 马海 俄木 勒格 阿的 曲比 吉史 俄底 倮伍 吉木 马黑 金古 吉狄 井曲 拉马 衣恩 巴莫 阿力 吉尔 俄的 土比 ' +
    '瓦其 阿且 日火 阿西 加拉 阿尔 果基 阿牛 苏呷 吉吉 阿侯 维色 罗木 尔古 瓦扎 阿约 吉布 吉佐 阿鲁 阿海 且沙 比曲 海乃 苏尔 吉哈 ' +
    '吉觉 拉且 马布 沙呷 俄尔 吉列 吉莫 倮木 尔布 吉赫 俄洛 ' +
    '阿爾 吉爾 阿說 瑪海 馬海 馬黑 沙瑪 曲比 倮伍 金古').split(' '),
);
/** Characters that may stand right before a name (叫, 的, 是, a relative's word's end, a title's), else no Han at all. */
// (Not 长: 乡长沙玛伍力 is the township's head in office.)
const BEFORE_YI_NAME = new CharSet([...'叫的是主人公爸妈媽嫫普姐妹哥弟子女娃伴婆儿兒舅叔爷爺奶师師傅生娘老友表户戶告乡鄉字汉漢夫']);
/** What may follow a name directly (a verb, 的, a bracket), else no Han at all. */
const AFTER_YI_NAME = new CharSet([...'在是的家今住去到说說给給也都就还還要已从從和跟被把（(帮幫让讓叫问問一']);
/** A clan name's characters that begin place names too (阿尔山, 阿尔卑斯, 阿尔巴尼亚, 阿尔及利亚): not a given name's first. */
const NOT_YI_GIVEN_FIRST = new CharSet([...'山卑巴及法泰斯']);
/** "（汉名 王德明）", "（漢名張桂香）": a Yi or Tibetan person's Han name in brackets. */
const HAN_NAME_IN_BRACKETS = /(?:汉名|漢名|汉族名|漢族名|汉语名|漢語名)[:：\s]?([\u3400-\u9fff]{2,3})(?=[)），,])/g;

export function scanRound24(text: string, out: PiiSpan[]) {
  // (A look-up of each family name's two characters among the text's: most opinions hold none, and skip the walk, which
  // acts only where a family name starts. Two bit reads per name, where has() was a call each.)
  if (text !== candText || familyPairSeen()) for (let i = 0; i + 4 <= text.length; i++) {
    // (Only where a family name starts: its first character is one of few, read by code, no string made per character.)
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    if (!FAMILY_NAME_FIRST[c0] || !FAMILY_NAME_SECOND[c1] || !FAMILY_NAME_KEYS.has(c0 * 65536 + c1)) continue;
    if (i > 0 && isHan(text.charCodeAt(i - 1)) && !BEFORE_YI_NAME.has(text[i - 1])) continue;
    const g1 = text.charCodeAt(i + 2);
    const g2 = text.charCodeAt(i + 3);
    if (!isHan(g1) || !isHan(g2) || LOOSE_STOP.has(g1) || LOOSE_STOP.has(g2) || NUMERALS.has(text[i + 2]) || NOT_YI_GIVEN_FIRST.has(text[i + 2])) continue;
    // (A clan name and a title is a person in their role: 沙马老师, 吉克书记.)
    if (HONORIFIC_FIRST.has(text[i + 2]) && HONORIFIC.test(text.slice(i + 2, i + 4))) continue;
    // (Stop 35b: nor after an office, 乡长是吉克拉则, unless the writer holds it, 我是村主任….)
    if (i > 0 && STOCK_OFFICE_BEFORE.test(text.slice(Math.max(0, i - 10), i)) && !/我是|本人/.test(text.slice(Math.max(0, i - 10), i))) continue;
    if (i + 4 < text.length && isHan(text.charCodeAt(i + 4)) && !AFTER_YI_NAME.has(text[i + 4])) continue;
    out.push({ kind: 'name', start: i, end: i + 4 });
    i += 3;
  }
  if (has(text, '名')) {
    HAN_NAME_IN_BRACKETS.lastIndex = 0;
    for (let m = HAN_NAME_IN_BRACKETS.exec(text); m; m = HAN_NAME_IN_BRACKETS.exec(text)) if (SURNAME_SET.has(m[1][0])) out.push({ kind: 'name', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
}
// (Round 25) Japanese surnames of two characters (高桥健司, 松本彩花), read the same way: common ones that are no Chinese
// word (not 山田, 池田, 福田, 高木, 平田, 大野, 小野: fields, a Shenzhen district, tall trees, a wild boar, a kitten).
for (const j of '高桥 高橋 松本 佐藤 铃木 鈴木 渡边 渡邊 伊藤 山本 小林 加藤 吉田 井上 木村 斋藤 齋藤 山崎 桥本 橋本 石川 中岛 中島 前田 冈田 岡田 藤田 后藤 後藤 近藤 远藤 遠藤 青木 坂本 西村 藤井 冈本 岡本 藤原 三浦 松井 竹内 田村 柴田 酒井 工藤 宫崎 宮崎 宫本 宮本 安藤 岛田 島田 谷口 今井 丸山 河野 藤本 武田 杉山 久保 松尾 野口 菅原 荒木 大塚 森本 吉川 中川'.split(' ')) TWO_CHARACTER_FAMILY_NAMES.add(j);
const FAMILY_NAME_LIST = [...TWO_CHARACTER_FAMILY_NAMES];
const FAMILY_NAME_FIRST = new Uint8Array(65536);
const FAMILY_NAME_SECOND = new Uint8Array(65536);
const FAMILY_NAME_KEYS = new Set<number>();
/** Each family name's two characters' codes, side by side (familyPairSeen). */
const FAMILY_NAME_PAIRS = Int32Array.from(FAMILY_NAME_LIST.flatMap((c) => [c.charCodeAt(0), c.charCodeAt(1)]));
/** Whether the text being read has both characters of some family name. */
function familyPairSeen(): boolean {
  for (let k = 0; k < FAMILY_NAME_PAIRS.length; k += 2) if (seen(FAMILY_NAME_PAIRS[k]) && seen(FAMILY_NAME_PAIRS[k + 1])) return true;
  return false;
}
for (const c of TWO_CHARACTER_FAMILY_NAMES) {
  FAMILY_NAME_FIRST[c.charCodeAt(0)] = 1;
  FAMILY_NAME_SECOND[c.charCodeAt(1)] = 1;
  FAMILY_NAME_KEYS.add(c.charCodeAt(0) * 65536 + c.charCodeAt(1));
}
const STOCK_OFFICE_BEFORE = /(?:书记|支书|县长|乡长|镇长|村长|州长|市长|主任|局长|处长|科长|所长|站长|部长|厅长|主席|委员|领导|干部|活佛|仁波切|堪布|达赖|班禅|校长|院长|法官|检察官|民警|警官|代表|书记员|世)(?:是|叫|名叫|为)?[：:\s]{0,2}$/;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const southWestMountainsTables = { AFTER_YI_NAME, STOCK_OFFICE_BEFORE };
