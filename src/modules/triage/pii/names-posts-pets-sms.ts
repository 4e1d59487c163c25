import type { PiiSpan } from './spans.js';
import { CharSet, unitSetsTables } from './unit-sets.js';
import { endBeforeSpaces, has, hasAny, textTables } from './text.js';
import { ambiguousGiven, likelyName, nameEnd, nameWordsTables, pushName, stickyAt, surnameLength } from './name-words.js';
import { numbersTables, sawTriggers } from './numbers.js';
import { aliasesAndSignaturesTables } from './aliases-and-signatures.js';
import { fullNameAt, namesCuedTables } from './names-cued.js';
import { welfareNumbersTables } from './welfare-numbers.js';

const { AH_KIN, MINORITY_FIRST } = namesCuedTables;
const { AMBIGUOUS_SURNAMES, CLAUSE_END, COMPOUND_SET, FAMOUS, GIVEN_SET, GIVEN_WORD_STOP, LIST_OFFICIAL_BEFORE, LOOSE_STOP, NAME_BOUNDARY_BEFORE, NOT_GIVEN, NOT_NAME_WORD, NUMERALS, OFFICIAL_WORD_BEFORE, SURNAME_SET, TITLE_AFTER, TITLE_BEFORE_MOU, isColonOrSpace, isHan } = nameWordsTables;
const { seen } = textTables;
const { codes } = unitSetsTables;
const { KIN_NOT_SURNAME, NAME_END_ALSO, STANDING_WORD } = aliasesAndSignaturesTables;
const { T_AH, T_CHENG, T_MING } = numbersTables;
const { IOU_LENDER, JOINT_SIGNER, MISPRINT_NAME, QUOTED_NAME, SIGNER_NICK, TAIL_AH_ALONE } = welfareNumbersTables;

// The writer by the village post they hold, pet names, and names at the end of a text typed as an SMS.

// ---------------------------------------------------------------------------------------------
// (Round 17) The writer by the village post they hold, and signatures without a dash.
//
// A village's secretary, accountant or doctor who writes in is the writer, and the writer's name is personal data
// whatever post goes with it (the rule for officials in their role is about whom the opinion is about): a village post
// and a full name opening the text before 反映 or a colon (河口村支书唐建华：…, 大湾村支部书记郑德旺反映：…). Only a post
// of a named village, never after 尊敬的/致 nor before 您 (尊敬的村支书X：您好 is addressed to X), and not 组长 or 理事长,
// which head inspection groups and associations a letter may be written to. And the writer's village and full name
// closing the text with no dash (…吧？坪上村李冬梅), the full name and then the village (…恢復。龍德生，嶺腳村。), and a
// full name opening a clause before a home with its number (黄保国，住柳林区柳园路19号…). Full names of common given-name
// characters only (fullNameAt): 夏季，住在山上 or 孙子，张家村 are no names.

/** A post of the village just named (…村支书, …村党支部书记, …村文书), or one that says 村 itself. */
const OPENING_POST = /^(?:[\u3400-\u9fff]{1,10}?村(?:党支部书记|黨支部書記|支部书记|支部書記|支书|支書|主任|委会主任|委會主任|会计|會計|文书|文書|医生|醫生|网格员|網格員)|村支书|村支書|村主任|村医|村醫|村会计|村會計|村文书|村文書)/;
const NOT_THE_WRITER_BEFORE = /尊敬|敬爱|敬愛|致|给|給|写给|寫給/;
const AFTER_OPENING_NAME = /^(?:反映|反應|来信|來信|[：:](?![^，,。！？!?]{0,8}您))/;
const CLOSING_PLACE = /(?:^|[。！？!?\s])([\u3400-\u9fff]{1,8}[村组組屯寨])([\u3400-\u9fff]{3})[。.!！]?\s*$/;
const CLOSING_NAME_THEN_PLACE = /(?:^|[。！？!?\s])([\u3400-\u9fff]{3})[，,]\s*[\u3400-\u9fff]{1,10}[村组組屯寨][。.!！]?\s*$/;
/** (Only where a sentence starts: the lookbehind reads one character, so a run of newlines is read once.) */
const NAME_BEFORE_HOME = /(?<=^|[。！？!?\n])([\u3400-\u9fff]{3})[，,](?:家住|住在|住)[^，,。！？!?\n]{2,24}?[0-9０-９]/g;

/** A full name of a surname and two common given-name characters exactly at text[start, end). */
const fullNameExactly = (text: string, start: number, end: number): boolean => fullNameAt(text, start) === end;

export function scanRound17Names(text: string, out: PiiSpan[]) {
  const post = OPENING_POST.exec(text.slice(0, 24));
  if (post && !NOT_THE_WRITER_BEFORE.test(post[0])) {
    const at = post[0].length;
    if (fullNameExactly(text, at, at + 3) && AFTER_OPENING_NAME.test(text.slice(at + 3, at + 14))) pushName(out, at, at + 3);
  }
  // (Both expressions end the text with a village or group's character, CLOSING_PLACE three Han characters after it:
  // where the text's last characters are not so, neither is tried.)
  const e = endBeforeSpaces(text, '。.!！');
  const placeLast = '村组組屯寨'.includes(text[e - 1] ?? '。');
  const placeThenName = '村组組屯寨'.includes(text[e - 4] ?? '。') && isHan(text.charCodeAt(e - 3)) && isHan(text.charCodeAt(e - 2)) && isHan(text.charCodeAt(e - 1));
  const tail = !(placeLast || placeThenName) ? '' : text.length > 40 ? text.slice(-40) : text;
  const offset = text.length - tail.length;
  const closing = placeThenName ? CLOSING_PLACE.exec(tail) : null;
  if (closing) {
    const start = offset + closing.index + closing[0].indexOf(closing[1]) + closing[1].length;
    if (fullNameExactly(text, start, start + 3)) pushName(out, start, start + 3);
  }
  const named = placeLast ? CLOSING_NAME_THEN_PLACE.exec(tail) : null;
  if (named) {
    const start = offset + named.index + named[0].indexOf(named[1]);
    if (fullNameExactly(text, start, start + 3)) pushName(out, start, start + 3);
  }
  if (has(text, '，住') || has(text, ',住') || has(text, '，家住') || has(text, ',家住')) {
    NAME_BEFORE_HOME.lastIndex = 0;
    for (let m = NAME_BEFORE_HOME.exec(text); m; m = NAME_BEFORE_HOME.exec(text)) {
      if (fullNameExactly(text, m.index, m.index + 3)) pushName(out, m.index, m.index + 3);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Round 18 (pii5, pii8, pii9 studied): pet names, a child's name before the writer's kinship, a text opening with a
// name and the writer's standing, a relative's 阿-name or transliterated name, an old woman by surname after 老人.

/** Reduplicated words that are no pet name (天天, 妈妈, 看看 …): before 他妈/的爸爸 they are a word or the relative. */
const REDUP_NOT = new CharSet([...'天常刚剛人家个個偏往渐漸慢好太姥嫂婶嬸星谢謝看问問说說试試想等点點稍明仅僅处處时時年月日户戶样樣件次遍统統通悄紧緊早白久多大小高远遠轻輕默乖狠整足万萬千哈嘿呵哦嗯匆区區的妈媽爸哥姐弟妹爷爺奶叔舅姑婆公伯宝寶娃孩爹娘姨']);
/** 东东他妈, 苗苗的媽媽: a reduplicated pet name before a parent (not 他妈的, the oath). */
const REDUP_PARENT = /([\u4e00-\u9fff])\1(?=[他她](?:妈|媽|爸|爹|娘|奶奶|爷爷|爺爺)(?!的)|的(?:妈妈|媽媽|爸爸|家长|家長|奶奶|爷爷|爺爺|外婆|姥姥))/g;
/** 甜甜和蜜蜜是双胞胎: two reduplicated pet names joined, opening a clause, before what a person is or does. */
const REDUP_PAIR = /(?<![\u4e00-\u9fff])([\u4e00-\u9fff])\1[和跟与與、]([\u4e00-\u9fff])\2(?=是|两|兩|都|在|一起|姐妹|兄弟|雙|双)/g;
/** …where the real names follow (全名夏甜、夏蜜). */
const REAL_NAMES_GIVEN = /(?:全名|真名|大名|本名|学名|學名)(?:是|叫|[：:])?(?![不没沒])[\u4e00-\u9fff]/;
/** "我是东风的爸爸", "我係阿旺嘅老婆": a name before the writer's kinship to that person. */
const WRITER_KIN_OF = /(?:我是|我係|俺是)([\u4e00-\u9fff]{2,4})(?:的|嘅)(?=爸爸|妈妈|媽媽|父亲|父親|母亲|母親|阿爸|阿妈|阿媽|爷爷|爺爺|奶奶|外公|外婆|姥姥|姥爷|姥爺|舅舅|姑姑|叔叔|哥哥|姐姐|弟弟|妹妹|老婆|老公|丈夫|妻子|爱人|愛人|儿子|兒子|女儿|女兒|孙子|孫子|孙女|孫女)/g;
/** Not a person before 的爸爸: pronouns, children in general, places and offices, titles. */
const KIN_OF_NOT = codes('的是在了和与與及等我你他她们們这這那个個有没沒不也都就还還孩娃子学學班级級校村镇鎮乡鄉县縣市区區街路号號组組厂廠家里裡队隊社局所院店司部地人长長师師记記任生士总總官警员員');
/** "向晚，师范学院文学院，学号…": a text opening with a name, then the writer's standing ending its clause. */
const OPENING_NAME_STANDING = /^([\u4e00-\u9fff]{2,4})[，,]\s?(?:[^，,。！？!?\n；;]{0,10}(?:学生|學生|骑手|騎手|焊工|电工|電工|瓦工|木工|工人|农民工|農民工|村民|居民|农民|農民|牧民|渔民|漁民|外卖员|外賣員|快递员|快遞員|个体户|個體戶|学院|學院|大学|大學)|[\u4e00-\u9fff]{1,3}族)[，,]/;
/** Kinship words after which a name follows: 我老公阿明, 父亲林阿狗, 我公公哈木提·吾买尔. */
const KIN_BEFORE_NAME = /(?:儿子|兒子|女儿|女兒|老公|老婆|丈夫|妻子|爱人|愛人|公公|婆婆|父亲|父親|母亲|母親|爸爸|妈妈|媽媽|哥哥|弟弟|姐姐|妹妹|爷爷|爺爺|奶奶|外公|外婆|舅舅|孙子|孫子|孙女|孫女|女婿|儿媳|兒媳|侄子|侄女|外甥)(?=阿|[\u4e00-\u9fff]阿|[\u4e00-\u9fff]{2,5}[·•・])/g;
/** Words of 阿 and a character that are no name (阿尔茨海默, 阿司匹林, 阿胶). */
const AH_WORD_SECOND = codes('尔爾司胶膠里莫拉斯片克们們');
/** The name ends where the text goes on: not a Han character, or a word that follows a person (今年, 在, 说 …). */
const TRANSLITERATED = /[\u4e00-\u9fff]{2,5}[·•・][\u4e00-\u9fff]{2,5}?(?=[^\u4e00-\u9fff]|$|今年|去年|前年|现在|現在|已经|已經|一直|在|是|的|说|說|和|跟|也|都|从|從|被|家|住|他|她|七|八|九|六|五|四|三|二|一|十)/y;
/** 家里老人孟老太, 屋企人黃伯: an elder by surname after the household's word for its old people. */
const HOUSEHOLD_ELDER = /(?<=老人|家人|屋企人)[\u4e00-\u9fff](?=老太太|老太|老伯|阿伯|阿婆|伯(?![伯父母])|婆(?!婆))/g;
const HOUSEHOLD_ELDER_FORM = /老太太|老太|老伯|阿伯|阿婆|伯|婆/y;
/** "开挖机的罗三，", "卖菜的刘四说": a surname and a birth-order numeral after a private trade (开/卖/修/收/放 … 的). */
const TRADE_NUMBER_NICK = /(?<=(?:开|開|卖|賣|修|收|放|拉|杀|殺|养|養)[\u4e00-\u9fff]{1,3}的)[\u4e00-\u9fff][二三四五六七八九](?=[，,。；;！!？?\s]|$|说|說|家|是|在|他|她|把|又|也|就|天天|每天)/g;
/** 邻居家的大头, 楼下修车铺的光头, 村东头的铁蛋家: a village nickname by a trait after the neighbours' or a shop's 的. */
const PLACE_TRAIT_NICK = /(?<=(?:邻居|鄰居|隔壁|对门|對門|楼下|樓下|楼上|樓上|东头|東頭|西头|西頭|南头|南頭|北头|北頭|铺|舖|店|摊|攤)(?:家|子)?的)(?:光头|光頭|大头|大頭|铁蛋|鐵蛋|狗蛋|二蛋|铁柱|鐵柱|胖子|瘦子|矮子|麻子|秃子|禿子|大个子|大個子|胖墩)(?=[，,。；;！!？?\s]|$|家|每天|天天|说|說|他|她|是|把|在|又|也|就|开|開|总|總|经常|經常)/g;
/** "孟宪武是我弟": a full name before the writer's kinship to that person. */
const IS_MY_KIN = /(?<=[\u4e00-\u9fff]{3})是我(?:的)?(?:弟弟|弟|哥哥|哥|姐姐|姐|妹妹|妹|儿子|兒子|女儿|女兒|老公|老婆|丈夫|妻子|爱人|愛人|父亲|父親|母亲|母親|表哥|表姐|表弟|表妹|堂哥|堂弟|堂姐|堂妹|侄子|侄女|外甥|舅舅|叔叔|姑姑|孙子|孫子|孙女|孫女|女婿|儿媳|兒媳)/g;
/** 跟老板马二哥, 房东刘三姐: a private person by surname and birth-order form after the writer's dealings. */
const DEALING_ORDINAL = /(?<=老板|老闆|老板娘|老闆娘|房东|房東|包工头|包工頭|工头|工頭|邻居|鄰居|隔壁)[\u4e00-\u9fff][二三四五六七八九](?:哥|姐|嫂|叔|婶|嬸)/g;
/** "房东叫阿土伯，": a 阿-nickname with an elder's form, as the person is called. */
const CALLED_AH_ELDER = /(?<=叫(?:他|她)?)阿[\u4e00-\u9fff](?:伯|叔|婆|公|嫂)(?=[，,。；;！!？?\s]|$)/g;
/** "，先生曾國良在…", "我先生X": the writer's husband, a full name right after 先生. */
const HUSBAND_BEFORE = /(?:(?<=[，,。；;\s]|^)|(?<=我|俺))先生(?=[\u4e00-\u9fff]{3})/g;
/** "我是乌兰嘎查的达林太。" ending the text: the writer's village and name. */
const CLOSING_VILLAGE_NAME = /我是[\u4e00-\u9fff]{1,6}(?:村|嘎查|屯|寨|组|組|镇|鎮|乡|鄉)的([\u4e00-\u9fff]{2,4})[。！!.\s]*$/;
/** "我是在…打工的贵州人，杨正英，厂里…": the writer's name set off by commas after what they say they are. */
const WRITER_ORIGIN_NAME = /(?<=我是[^，,。！？!?\n]{1,24}人[，,])[\u4e00-\u9fff]{3}(?=[，,。])/g;
/** "老师傅鲁德胜，退休前…": an old skilled worker's full name after 老师傅 (a private person, not 李师傅 alone). */
const OLD_MASTER_NAME = /(?<=老师傅|老師傅)[\u4e00-\u9fff]{3}/g;
// ---------------------------------------------------------------------------------------------
// Round 19: names at the end of a text typed as an SMS (no punctuation at all), where nothing else sets them off.

/** The punctuation an SMS line lacks: a text with none of it has no sentence to end, and its last words are the sender's. */
const SMS_PUNCTUATION = codes('，,。！!？?；;、');
/** What ends a unit's or a place's name (城关中学), never a given name that signs an SMS. */
const UNIT_WORD_END = /^(?:中学|中學|小学|小學|大学|大學|学校|學校|医院|醫院|公司|政府|中心|社区|社區|小区|小區|村委|街道|广场|廣場|公园|公園|车站|車站|超市|银行|銀行|工厂|工廠|市场|市場|酒店|宾馆|賓館|饭店|飯店|花园|花園|新村|大队|大隊|中队|中隊|分局|卫生|衛生|幼儿|幼兒|林场|林場|农场|農場|水库|水庫)$/;
/** Private persons' trades and standings before a two-character name that signs an SMS (…司机孟凡). */
const SMS_ROLE_BEFORE = /(?:司机|司機|骑手|騎手|学员|學員|家长|家長|乘客|村民|居民|市民|业主|業主|租户|租戶|职工|職工)$/;
/**
 * "短信 北站调度又喝多了 … 我上班迟到扣钱詹小军": a text with no punctuation (an SMS as the hotline logs it) that ends in a
 * full name of common given-name characters, or in a two-character name right after a private trade (司机孟凡): the sender
 * signing. Not a surname that is a word (向, 于, 和 …), not after an official's title (…找王书记, …镇长刘建国).
 */
function smsSignature(text: string, out: PiiSpan[]) {
  if (text.length < 16) return;
  for (const c of SMS_PUNCTUATION) if (seen(c)) return;
  let e = text.length;
  while (e > 0 && isColonOrSpace(text[e - 1])) e--;
  for (const length of [3, 2]) {
    const s = e - length;
    if (s < 3 || !isHan(text.charCodeAt(s - 1)) && !isColonOrSpace(text[s - 1])) continue;
    if (surnameLength(text, s) !== 1 || KIN_NOT_SURNAME.has(text.charCodeAt(s)) || AMBIGUOUS_SURNAMES.has(text[s]) || NOT_NAME_WORD.has(text.slice(s, s + 2))) continue;
    const before = text.slice(Math.max(0, s - 4), s);
    if (TITLE_BEFORE_MOU.test(before) || OFFICIAL_WORD_BEFORE.test(before) || LIST_OFFICIAL_BEFORE.test(before) || /(?:经理|經理|老总|老總|总|總)$/.test(before)) continue;
    if (length === 2 && !SMS_ROLE_BEFORE.test(before)) continue;
    // 城关中学, 东关小学, 西关医院: a unit's name ends the text, not a person's.
    if (UNIT_WORD_END.test(text.slice(e - 2, e))) continue;
    if (nameEnd(text, s) !== e || !likelyName(text, s, e)) continue;
    pushName(out, s, e);
    return;
  }
}

/** 金花和银花两姐妹, 建军跟建民兄弟俩: two given names alone, joined, then the siblings they are. */
const GIVEN_PAIR_SIBLINGS = /([\u4e00-\u9fff]{2})[和与與跟]([\u4e00-\u9fff]{2})(?:两|兩|俩|倆)?(?:姐妹|兄弟|姐弟|兄妹)/g;
function givenOnlyPlain(a: string, b: string): boolean {
  // (花 and 才 end given names, 金花, 银花, though alone they are words.)
  return GIVEN_SET.has(a) && GIVEN_SET.has(b) && !NOT_GIVEN.has(a) && (!NOT_GIVEN.has(b) || NAME_END_ALSO.has(b)) && !NUMERALS.has(a) && !NUMERALS.has(b) && !'小大老家子阿'.includes(a) && !GIVEN_WORD_STOP.has(a + b);
}
/** A person word right before a name set off by spaces (反映人 沈从容 186…, 家长 區嘉欣 +852…). */
const SET_OFF_PERSON_BEFORE = /(?:反映人|联系人|聯繫人|聯系人|聯絡人|联络人|举报人|舉報人|投诉人|投訴人|来电人|來電人|来信人|來信人|家长|家長|村民|居民|业主|業主|市民|乘客|学员|學員|骑手|騎手|患者|病人|租户|租戶)[ \u3000]+$/;
/** Between such a name and its number: spaces, a comma or colon, perhaps the number's own word. */
const NAME_TO_NUMBER = /^[ \u3000,，:：]*(?:电话|電話|手机|手機|联系电话|聯繫電話)?[ \u3000:：]*$/;
/** Characters that cannot be inside such a name (function words, pronouns, numerals). */
const SET_OFF_NAME_STOP = codes('的是了在和与與及我你他她们們这這那个個有没沒不也都就还還又被把给給让讓一二三四五六七八九十');
/**
 * 反映人 沈从容 186…: between a person word and a space before, and the person's number after, three Han characters starting
 * with a surname are a name whatever the given name's characters (从容 is also a word); also 區, a Cantonese surname
 * that is a word elsewhere (區 "district").
 */
function setOffNameBeforeNumber(text: string, out: PiiSpan[], sp: PiiSpan) {
  let e = sp.start;
  while (e > 0 && sp.start - e < 8 && !isHan(text.charCodeAt(e - 1))) e--;
  const s = e - 3;
  if (s < 3 || !NAME_TO_NUMBER.test(text.slice(e, sp.start)) || !SET_OFF_PERSON_BEFORE.test(text.slice(Math.max(0, s - 8), s))) return;
  if (!(surnameLength(text, s) === 1 || text[s] === '區') || KIN_NOT_SURNAME.has(text.charCodeAt(s))) return;
  for (let k = s; k < e; k++) if (SET_OFF_NAME_STOP.has(text.charCodeAt(k))) return;
  if (!isHan(text.charCodeAt(s + 1)) || !isHan(text.charCodeAt(s + 2))) return;
  pushName(out, s, e);
}
/**
 * "…晒太阳。向国庆 137…": a full name whose surname is also a word (向, 于, 全 …) opening a sentence right before a phone
 * number, set off by a space or a colon: the writer's signature.
 */
function wordSurnameBeforeNumber(text: string, out: PiiSpan[], sp: PiiSpan) {
  let e = sp.start;
  while (e > 0 && sp.start - e < 4 && isColonOrSpace(text[e - 1])) e--;
  const s = e - 3;
  if (e === sp.start || s < 0 || !KIN_NOT_SURNAME.has(text.charCodeAt(s)) || !(s === 0 || NAME_BOUNDARY_BEFORE.has(text[s - 1]) || text[s - 1] === '—')) return;
  if (ambiguousGiven(text, s)) pushName(out, s, e);
}
/** "房东叫“老五”，姓什么不知道": what a private person the writer deals with is called, in quotation marks. */
const DEALING_CALLED_QUOTED = /(?<=房东|房東|房主|老板|老闆|包工头|包工頭|工头|工頭|邻居|鄰居|租客|房客|租户|租戶)叫[“「]([^”」\s，,。；;！!？?]{2,4})[”」]/g;
/** "阿杰在批发市场卖…", "阿芳姐喺漁港新村開士多": a text or sentence opening with 阿 and a character (and 姐/哥), then what the person does. */
const AH_OPENING_AFTER = /(?:姐|哥)?(?:在|喺|係|是|说|說|讲|講|话|話|把|跟|天天|每天|今年|去年|前年|已经|已經|一直)/y;
const AH_NOT_NAME = new CharSet([...'里裡拉富根尔爾联聯胶膠斗訇弥彌门們物']);
export function scanRound19Names(text: string, out: PiiSpan[]) {
  smsSignature(text, out);
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const sp = out[k];
    if (sp.kind !== 'mobile' && sp.kind !== 'landline') continue;
    setOffNameBeforeNumber(text, out, sp);
    wordSurnameBeforeNumber(text, out, sp);
  }
  if (has(text, '叫“') || has(text, '叫「')) {
    DEALING_CALLED_QUOTED.lastIndex = 0;
    for (let m = DEALING_CALLED_QUOTED.exec(text); m; m = DEALING_CALLED_QUOTED.exec(text)) {
      if (/[什么麼啥谁誰]/.test(m[1])) continue;
      const start = m.index + m[0].length - m[1].length - 1;
      pushName(out, start, start + m[1].length);
    }
  }
  if (sawTriggers & T_AH) {
    for (let p = text.indexOf('阿'); p >= 0; p = text.indexOf('阿', p + 1)) {
      if (p > 0 && !'。！!？?\n'.includes(text[p - 1])) continue;
      const c = text[p + 1] ?? '';
      if (!isHan(text.charCodeAt(p + 1)) || AH_KIN.has(c) || AH_NOT_NAME.has(c) || NOT_GIVEN.has(c) || NUMERALS.has(c)) continue;
      if (stickyAt(AH_OPENING_AFTER, text, p + 2)) pushName(out, p, p + 2);
    }
  }
  // "…，叫贺大年。": a name read as surname and 大 ends with 年 where the clause ends right after it.
  if (has(text, '大年')) {
    for (const sp of out) {
      const e = sp.end;
      if (sp.kind === 'name' && e - sp.start === 2 && text[e - 1] === '大' && text[e] === '年' && surnameLength(text, sp.start) === 1 && (e + 1 === text.length || CLAUSE_END.has(text[e + 1]))) sp.end = e + 1;
    }
  }
  if (has(text, '姐妹') || has(text, '兄弟') || has(text, '姐弟') || has(text, '兄妹')) {
    GIVEN_PAIR_SIBLINGS.lastIndex = 0;
    for (let m = GIVEN_PAIR_SIBLINGS.exec(text); m; m = GIVEN_PAIR_SIBLINGS.exec(text)) {
      const s = m.index;
      const t = s + 3;
      if (s > 0 && !NAME_BOUNDARY_BEFORE.has(text[s - 1]) && text[s - 1] !== '是') {
        GIVEN_PAIR_SIBLINGS.lastIndex = s + 1;
        continue;
      }
      if (!givenOnlyPlain(m[1][0], m[1][1]) || !givenOnlyPlain(m[2][0], m[2][1])) continue;
      pushName(out, s, s + 2);
      pushName(out, t, t + 2);
    }
  }
}

/** What TRADE_NUMBER_NICK, PLACE_TRAIT_NICK and REDUP_PARENT need in the text at all (cheap tests first). */
// (Words and characters looked up by has, in the table of the text's characters: no pass over the text for most.)
const TRADE_CUE = [...'开開卖賣修收放拉杀殺养養'];
const BIRTH_ORDER = [...'二三四五六七八九'];
const PLACE_TRAIT_WORD = '光头|光頭|大头|大頭|铁蛋|鐵蛋|狗蛋|二蛋|铁柱|鐵柱|胖子|瘦子|矮子|麻子|秃子|禿子|大个子|大個子|胖墩'.split('|');
/** [他她](?:妈|媽|爸|爹|娘|奶奶|爷爷|爺爺)|的(?:妈妈|媽媽|爸爸|家长|家長|奶奶|爷爷|爺爺|外婆|姥姥), word by word. */
const PARENT_AFTER_PET_NAME = [
  ...['他', '她'].flatMap((p) => '妈|媽|爸|爹|娘|奶奶|爷爷|爺爺'.split('|').map((k) => p + k)),
  ...'妈妈|媽媽|爸爸|家长|家長|奶奶|爷爷|爺爺|外婆|姥姥'.split('|').map((k) => '的' + k),
];
export function scanRound18Names(text: string, out: PiiSpan[]) {
  if (has(text, '老师傅') || has(text, '老師傅')) {
    OLD_MASTER_NAME.lastIndex = 0;
    for (let m = OLD_MASTER_NAME.exec(text); m; m = OLD_MASTER_NAME.exec(text)) if (fullNameExactly(text, m.index, m.index + 3) && !TITLE_AFTER.test(text.slice(m.index + 3, m.index + 7))) pushName(out, m.index, m.index + 3);
  }
  if (has(text, '我是') && (has(text, '人，') || has(text, '人,'))) {
    WRITER_ORIGIN_NAME.lastIndex = 0;
    for (let m = WRITER_ORIGIN_NAME.exec(text); m; m = WRITER_ORIGIN_NAME.exec(text)) if (fullNameExactly(text, m.index, m.index + 3)) pushName(out, m.index, m.index + 3);
  }
  // (Each expression below reads every position through a lookbehind: tried only where what it needs is in the text.)
  if (has(text, '的') && hasAny(text, TRADE_CUE) && hasAny(text, BIRTH_ORDER)) {
    TRADE_NUMBER_NICK.lastIndex = 0;
    for (let m = TRADE_NUMBER_NICK.exec(text); m; m = TRADE_NUMBER_NICK.exec(text)) if (surnameLength(text, m.index) === 1 && !KIN_NOT_SURNAME.has(text.charCodeAt(m.index))) pushName(out, m.index, m.index + 2);
  }
  if (has(text, '的') && hasAny(text, PLACE_TRAIT_WORD)) {
    PLACE_TRAIT_NICK.lastIndex = 0;
    for (let m = PLACE_TRAIT_NICK.exec(text); m; m = PLACE_TRAIT_NICK.exec(text)) pushName(out, m.index, m.index + m[0].length);
  }
  if (has(text, '是我')) {
    IS_MY_KIN.lastIndex = 0;
    for (let m = IS_MY_KIN.exec(text); m; m = IS_MY_KIN.exec(text)) if (fullNameExactly(text, m.index - 3, m.index)) pushName(out, m.index - 3, m.index);
  }
  if (has(text, '老板') || has(text, '老闆') || has(text, '房东') || has(text, '房東') || has(text, '工头') || has(text, '工頭') || has(text, '邻居') || has(text, '鄰居') || has(text, '隔壁')) {
    DEALING_ORDINAL.lastIndex = 0;
    for (let m = DEALING_ORDINAL.exec(text); m; m = DEALING_ORDINAL.exec(text)) if (surnameLength(text, m.index) === 1 && !KIN_NOT_SURNAME.has(text.charCodeAt(m.index))) pushName(out, m.index, m.index + 3);
  }
  if (has(text, '叫阿') || has(text, '他阿') || has(text, '她阿')) {
    CALLED_AH_ELDER.lastIndex = 0;
    for (let m = CALLED_AH_ELDER.exec(text); m; m = CALLED_AH_ELDER.exec(text)) if (!AH_KIN.has(m[0][1])) pushName(out, m.index, m.index + 3);
  }
  if (has(text, '先生')) {
    HUSBAND_BEFORE.lastIndex = 0;
    for (let m = HUSBAND_BEFORE.exec(text); m; m = HUSBAND_BEFORE.exec(text)) {
      const p = m.index + 2;
      if (fullNameExactly(text, p, p + 3) && !TITLE_AFTER.test(text.slice(p + 3, p + 7))) pushName(out, p, p + 3);
    }
  }
  if (has(text, '我是')) {
    const tail = text.length > 40 ? text.slice(-40) : text;
    const v = CLOSING_VILLAGE_NAME.exec(tail);
    if (v) {
      const start = text.length - tail.length + v.index + v[0].lastIndexOf(v[1]);
      const name = v[1];
      let ok = !!(surnameLength(text, start) || name[0] === '阿' || MINORITY_FIRST[name.charCodeAt(0)]) && !STANDING_WORD.test(name) && !NOT_NAME_WORD.has(name.slice(0, 2));
      for (let c = 1; c < name.length && ok; c++) if (KIN_OF_NOT.has(name.charCodeAt(c)) || LOOSE_STOP.has(name.charCodeAt(c))) ok = false;
      if (ok) pushName(out, start, start + name.length);
    }
  }
  if (hasAny(text, PARENT_AFTER_PET_NAME)) {
    REDUP_PARENT.lastIndex = 0;
    for (let m = REDUP_PARENT.exec(text); m; m = REDUP_PARENT.exec(text)) {
      if (REDUP_NOT.has(m[1]) || (m.index > 0 && text[m.index - 1] === m[1])) continue;
      pushName(out, m.index, m.index + 2);
    }
  }
  // (The real names given after them, REAL_NAMES_GIVEN, all have 名.)
  if ((has(text, '和') || has(text, '跟') || has(text, '、') || has(text, '与') || has(text, '與')) && has(text, '名')) {
    REDUP_PAIR.lastIndex = 0;
    for (let m = REDUP_PAIR.exec(text); m; m = REDUP_PAIR.exec(text)) {
      // (Only where the real names are given after them: pet names alone stay, 甜甜和蜜蜜是双胞胎，全名不方便说.)
      if (REDUP_NOT.has(m[1]) || REDUP_NOT.has(m[2]) || !REAL_NAMES_GIVEN.test(text.slice(m.index + 5, m.index + 24))) continue;
      pushName(out, m.index, m.index + 2);
      pushName(out, m.index + 3, m.index + 5);
    }
  }
  if ((has(text, '我是') || has(text, '我係') || has(text, '俺是')) && (has(text, '的') || has(text, '嘅'))) {
    WRITER_KIN_OF.lastIndex = 0;
    for (let m = WRITER_KIN_OF.exec(text); m; m = WRITER_KIN_OF.exec(text)) {
      const start = m.index + 2;
      const name = m[1];
      if (!(surnameLength(text, start) || name[0] === '阿' || MINORITY_FIRST[name.charCodeAt(0)])) continue;
      let ok = !NOT_NAME_WORD.has(name.slice(0, 2)) && !FAMOUS.has(name);
      for (let c = 1; c < name.length && ok; c++) if (KIN_OF_NOT.has(name.charCodeAt(c))) ok = false;
      if (ok) pushName(out, start, start + name.length);
    }
  }
  const opening = OPENING_NAME_STANDING.exec(text.slice(0, 40));
  if (opening) {
    const name = opening[1];
    let ok = !!(surnameLength(text, 0) || name[0] === '阿' || MINORITY_FIRST[name.charCodeAt(0)]) && !NOT_NAME_WORD.has(name.slice(0, 2)) && !FAMOUS.has(name);
    for (let c = 1; c < name.length && ok; c++) if (LOOSE_STOP.has(name.charCodeAt(c)) || KIN_OF_NOT.has(name.charCodeAt(c))) ok = false;
    if (ok) pushName(out, 0, name.length);
  }
  if (has(text, '阿') || has(text, '·') || has(text, '•') || has(text, '・')) {
    KIN_BEFORE_NAME.lastIndex = 0;
    for (let m = KIN_BEFORE_NAME.exec(text); m; m = KIN_BEFORE_NAME.exec(text)) {
      const p = m.index + m[0].length;
      TRANSLITERATED.lastIndex = p;
      const t = TRANSLITERATED.exec(text);
      if (t) {
        pushName(out, p, p + t[0].length);
        continue;
      }
      // 我老公阿明; 父亲林阿狗 (the surname, 阿 and one character).
      const q = text[p] === '阿' ? p : surnameLength(text, p) === 1 && text[p + 1] === '阿' ? p + 1 : -1;
      if (q < 0) continue;
      const c = text.charCodeAt(q + 1);
      if (!isHan(c) || AH_KIN.has(text[q + 1]) || AH_WORD_SECOND.has(c) || LOOSE_STOP.has(c)) continue;
      pushName(out, p, q + 2);
    }
  }
  if (has(text, '老人') || has(text, '家人') || has(text, '屋企人')) {
    HOUSEHOLD_ELDER.lastIndex = 0;
    for (let m = HOUSEHOLD_ELDER.exec(text); m; m = HOUSEHOLD_ELDER.exec(text)) {
      if (surnameLength(text, m.index) !== 1 || KIN_NOT_SURNAME.has(text.charCodeAt(m.index))) continue;
      HOUSEHOLD_ELDER_FORM.lastIndex = m.index + 1;
      const f = HOUSEHOLD_ELDER_FORM.exec(text);
      if (f) pushName(out, m.index, m.index + 1 + f[0].length);
    }
  }
}

export function scanRound15Names(text: string, out: PiiSpan[]) {
  if (has(text, '联名') || has(text, '聯名')) {
    JOINT_SIGNER.lastIndex = 0;
    for (let m = JOINT_SIGNER.exec(text); m; m = JOINT_SIGNER.exec(text)) {
      if (!SURNAME_SET.has(m[2][0])) continue;
      const nameStart = m.index + m[0].length - m[2].length;
      const roomStart = m.index + m[0].indexOf(m[1]);
      out.push({ kind: 'address', start: roomStart, end: roomStart + m[1].length });
      pushName(out, nameStart, nameStart + m[2].length);
    }
  }
  if (has(text, '今借') || has(text, '今欠')) {
    IOU_LENDER.lastIndex = 0;
    for (let m = IOU_LENDER.exec(text); m; m = IOU_LENDER.exec(text)) {
      const start = m.index + m[0].length - m[1].length - (m[0].endsWith('人民币') || m[0].endsWith('人民幣') ? 3 : 2);
      if (SURNAME_SET.has(m[1][0]) || COMPOUND_SET.has(m[1].slice(0, 2))) pushName(out, start, start + m[1].length);
    }
  }
  if (has(text, '人：') || has(text, '人:') || has(text, '署名')) {
    const m = SIGNER_NICK.exec(text);
    if (m && !AH_KIN.has(m[1][1])) pushName(out, m.index + m[0].length - 2, m.index + m[0].length);
  }
  if (sawTriggers & T_AH) {
    const m = TAIL_AH_ALONE.exec(text.length > 24 ? text.slice(text.length - 24) : text);
    if (m && !AH_KIN.has(m[1][1])) {
      const at = text.length - (text.length > 24 ? 24 : text.length) + m.index + m[0].indexOf(m[1]);
      pushName(out, at, at + 2);
    }
  }
  const quoted = sawTriggers & T_MING && (has(text, '“') || has(text, '"') || has(text, '「') || has(text, '『'));
  if (quoted && (has(text, '名字') || has(text, '姓名'))) {
    QUOTED_NAME.lastIndex = 0;
    for (let m = QUOTED_NAME.exec(text); m; m = QUOTED_NAME.exec(text)) {
      if (SURNAME_SET.has(m[1][0]) || COMPOUND_SET.has(m[1].slice(0, 2))) pushName(out, m.index + m[0].length - m[1].length - 1, m.index + m[0].length - 1);
    }
  }
  if (quoted && sawTriggers & T_CHENG) {
    MISPRINT_NAME.lastIndex = 0;
    for (let m = MISPRINT_NAME.exec(text); m; m = MISPRINT_NAME.exec(text)) {
      const start = m.index + m[0].length - m[1].length - 1;
      // (The surname of a name found in the text: 佟秀娟 … 写成了“佟秀绢”.)
      if (out.some((s) => s.kind === 'name' && s.end - s.start >= 2 && text[s.start] === m[1][0] && text.slice(s.start, s.end) !== m[1])) pushName(out, start, start + m[1].length);
    }
  }
}

/**
 * A name typed with a space between its characters (郝 玉 梅, 叫殷 秀 梅, “ 芦 春 英 ”), as people do to keep a name
 * apart or on a phone keyboard: three single Han characters, a surname first, each set off by one space, the run
 * neither longer nor part of a spaced-out sentence (我 是 老 师 …) on either side (a cue typed with a space before
 * it, 叫 付 长 友, is one character more and still reads). Matched by lookahead, one character at a time.
 */
const SPACED_NAME = /(?<![\u3400-\u9fff][ \u3000][\u3400-\u9fff][ \u3000])([\u3400-\u9fff])(?=[ \u3000][\u3400-\u9fff][ \u3000][\u3400-\u9fff](?![ \u3000]?[\u3400-\u9fff]?[ \u3000][\u3400-\u9fff]))/y;
export function scanSpacedNames(text: string, out: PiiSpan[]) {
  // (Only from a space with Han characters on both sides and another space two further on: most texts have none.)
  for (let i = text.indexOf(' ', 1); i >= 0; i = text.indexOf(' ', i + 1)) spacedNameAt(text, i, out);
  for (let i = text.indexOf('\u3000', 1); i >= 0; i = text.indexOf('\u3000', i + 1)) spacedNameAt(text, i, out);
}
function spacedNameAt(text: string, i: number, out: PiiSpan[]) {
  const c = text.charCodeAt(i + 2);
  if ((c !== 0x20 && c !== 0x3000) || !isHan(text.charCodeAt(i - 1)) || !isHan(text.charCodeAt(i + 1))) return;
  SPACED_NAME.lastIndex = i - 1;
  const m = SPACED_NAME.exec(text);
  if (m && m.index === i - 1 && SURNAME_SET.has(m[1])) out.push({ kind: 'name', start: m.index, end: m.index + 5 });
}
