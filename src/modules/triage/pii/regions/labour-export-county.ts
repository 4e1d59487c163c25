// ---------------------------------------------------------------------------------------------
// Stop 30 (read on pii30, a labour-export county's migrant workers, and pii31, a district beside Macau).

const ID_WITH_CHA = /(?<![0-9])([0-9]{17})(?:\s?[叉ＸｘXx])(?![0-9A-Za-z])/g;
/** Frames only a person fills, each with the words that must be in the text for it to be tried. */
const PERSON_FRAMES: readonly [RegExp, readonly string[]][] = [
  [/(?:听|聽)([\u3400-\u9fff]{3})(?:说|說|讲|講)/g, ['听', '聽']],
  [/(?:找|问|問)([\u3400-\u9fff]{3})(?:要|借|讨|討|拿)/g, ['找', '问', '問']],
  [/(?:和|跟|与|與)([\u3400-\u9fff]{3})(?:订了婚|訂了婚|订婚|訂婚|结了婚|結了婚|结婚|結婚|离了婚|離了婚|离婚|離婚|相亲|相親)/g, ['婚', '相亲', '相親']],
  [/(?:是|就是)([\u3400-\u9fff]{3})(?:带人|帶人|带着|帶著|叫人|找人|干的|幹的|弄的|打的|拆的)/g, ['带人', '帶人', '带着', '帶著', '叫人', '找人', '干的', '幹的', '弄的', '打的', '拆的']],
  [/(?:这事|這事|这件事|這件事)([\u3400-\u9fff]{3})(?:最清楚|最知道)/g, ['这事', '這事', '这件事', '這件事']],
  [/(?:告诉|告訴|通知|替)([\u3400-\u9fff]{3})(?:明天|今天|后天|後天|赶紧|趕緊|反映|问问|問問|申请|申請|讨|討)/g, ['告诉', '告訴', '通知', '替']],
  [/(?:嫁给|嫁給|娶了|改嫁给|改嫁給)([\u3400-\u9fff]{3})(?=[以后後之的，,。、\s]|$)/g, ['嫁', '娶']],
  [/(?:据|據)([\u3400-\u9fff]{3})(?:讲|講|说|說|反映|介绍|介紹|回忆|回憶)/g, ['据', '據']],
];
/** What may follow a person's name opening a clause (X名下, X媳妇, X现在还 …): found by its words, the name read before them. */
const NAME_THEN = /(?:的名下|名下|媳妇|媳婦|老婆|老公|现在还|現在還|骗了|騙了|骗走|騙走|承包的|写的|寫的|写信|寫信)/g;
const NAME_THEN_WORDS = ['名下', '媳妇', '媳婦', '老婆', '老公', '现在还', '現在還', '骗了', '騙了', '骗走', '騙走', '承包的', '写的', '寫的', '写信', '寫信'];
const CLAUSE_START_BEFORE = /[，,。；;！!？?\s]/;
const PARKING_SPACE = /(?:车位|車位)(?:号|號|编号|編號)?(?:是|为|為)?[:：\s]{0,2}((?:地下)?(?:[一二三负負][一二三]?层|[一二三负負][一二三]?層|[A-Z][0-9]?[-－]?)?[0-9]{2,4}(?:号|號)?)(?![0-9]|个|個|元|块|塊|万|萬|多|余|餘|平|米|辆|輛|年|月|日|\/|一|每)/g;
/** Whose the space is: the writer's or an owner's. */
const OWN_SPACE_BEFORE = /(?:我(?!们|們)|俺(?!们|們)|本人|业主|業主|自家|家的|家里|家裡|买的|買的|租的)[^，,。；;]{0,6}$/;
const ROOM_NUMBER = /(?:房号|房號|门牌号码|門牌號碼|门牌号|門牌號|门牌|門牌)(?:是|为|為)?[:：\s]{0,2}([0-9]{3,4}(?:室|房|号|號)?)(?![0-9]|元|块|塊|万|萬|平|米|年|月)/g;
/** An Italian fiscal code (RSSMRA85T10A562S): six letters, the birth date and place coded, and a check letter. */
const CODICE_FISCALE = /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])/g;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const labourExportCountyTables = { ID_WITH_CHA, PERSON_FRAMES, NAME_THEN, NAME_THEN_WORDS, CLAUSE_START_BEFORE, PARKING_SPACE, OWN_SPACE_BEFORE, ROOM_NUMBER, CODICE_FISCALE };
