import { mergeSpans, type PiiSpan } from './spans.js';
import { has } from './text.js';
import { foldToSimplified } from '../normalize.js';
import { nameWordsTables, pushRunName, surnameLength } from './name-words.js';
import { anyDictionaryWord } from './dictionary.js';

const { GIVEN_SET } = nameWordsTables;

// (Stop 48, pii89 and pii90 studied) A city's medical-beauty clinics and confinement centres, and its second-hand car market
// and driving schools:
//   - a baby, a clinic's consultant, a card's holder and a car dealer named after their standing (宝宝陸悠然, 咨询师郝婷婷,
//     持卡人郝婧, 车商阎志远: a consultant is a shop's staff, as 美容师 and 店员 are), the seller a car came from (从顾红军手里),
//     and the writer heading a letter (聶雲飛致信：);
//   - an exam's booking number after 科目二/科目三预约号 (K3-20250610-5291) and a surgery consent's number after 知情同意书;
//   - the number given right after a person's name (学员郝国平，编号AC-25-74822: the older sets label every such number, ten
//     of ten);
//   - and, left visible: 卫健 (the health commission, read as 卫 and a given name), a clinic's or a firm's licence number
//     after its word right after the firm's name (…門診部的許可證號PDY…, which the model of numbers read as a person's).
// Left as the older sets leave them: a doctor or a coach by surname and title (许医生, 范教练), a refund's or a loan
// contract's number inline.

/** A baby, a consultant, a card's holder or a dealer before a full name. */
const STANDING_49 = /(?:宝宝|寶寶|咨询师|諮詢師|咨詢師|持卡人|车商|車商)(?:叫)?([\u3400-\u9fff]{2,3})/g;
/** What may follow such a name. */
const NAME_END_49 = /^(?:$|[，,。；;！!？?\s：:、（(）)]|的|说|說|被|在|是|发|發|拉|给|給|让|讓|今年|出生|承诺|承諾|推荐|推薦|告诉|告訴|和|卖|賣|拒绝|拒絕|不|没|沒|也|都|就|还|還|把|帮|幫|[0-9０-９])/;
/** The seller or the owner a thing came from (从顾红军手里买的, 从全海波那买了). */
const FROM_HAND_49 = /(?:从|從)([\u3400-\u9fff]{2,3}?)(?=手里|手裡|手上|那里|那裡|那儿|那兒|那买|那買)/g;
/** A writer's name heading a letter (聶雲飛致信：). */
const LETTER_HEAD_49 = /(?:^|\n)([\u3400-\u9fff]{2,3})(?=(?:致信|来信|來信)[：:])/g;
/** An exam's booking number after its subject's word. */
const EXAM_BOOKING_49 = /(?:科目[一二三四1-4]|考试|考試)(?:预约号|預約號|预约编号|預約編號)(?:是|为|為)?[:：\s]{0,2}([A-Z][A-Z0-9]{0,3}[-－]?[0-9]{6,8}[-－]?[0-9]{2,6})(?![0-9A-Za-z])/g;
/** A surgery consent's number after its word. */
const CONSENT_49 = /(?:知情同意书|知情同意書)(?:编号|編號|号|號)?(?:是|为|為)?[:：\s]{0,2}([A-Z]{1,4}[-－]?[0-9]{4}[-－]?[0-9]{3,10}|[A-Z]{1,4}[0-9]{6,12})(?![0-9A-Za-z])/g;

/** Characters no given name has where these standings are followed by a word (车商方说, 咨询师常说的, 宝宝张伟的). */
const NOT_GIVEN_49 = new Set([...'的了是说說被和与與也都就还還把给給让讓在常方面们們人委局']);
/** A title after a surname: someone named by their role (咨询师王经理, 从王总手里, 李老师来信), left as the older sets leave them. */
const TITLE_49 = /^(?:经理|經理|姐|哥|总|總|老师|老師|主任|医生|醫生|师傅|師傅|阿姨|叔|婶|嬸|老板|老闆|院长|院長|科长|科長|局长|局長)/;
/** A sample person (张三), a trade (车商, 中介), none of them anyone's name. */
const NOT_PERSON_49 = /^(?:张三|張三|李四|王五|赵六|趙六)$|车商|車商|车贩|車販|中介|金主/;

/** Whether `w` reads as a surname and one or two given characters where it stands (`after`: the text after it): a baby's
 * or a buyer's given name may be uncommon or a word (陸悠然, 顧紅軍), so characters no given name has, a title, the whole
 * or its first two characters a word of the dictionary rule it out, and a name's end after it stands for the table of
 * given names. */
/** An `after` that is no name's end: the given characters must be the table's. */
const FORCE_GIVEN_49 = '之';

function personName49(raw: string, after: string): boolean {
  const w = foldToSimplified(raw);
  const sl = surnameLength(w, 0);
  if (!sl || w.length - sl < 1 || w.length - sl > 2) return false;
  const given = w.slice(sl);
  if ([...given].some((c) => NOT_GIVEN_49.has(c)) || TITLE_49.test(given) || NOT_PERSON_49.test(w)) return false;
  if (anyDictionaryWord(w) || anyDictionaryWord(w.slice(0, 2))) return false;
  // (One given character must be the table's whatever follows: 宝宝童车被偷了.)
  return [...given].every((c) => GIVEN_SET.has(c)) || (given.length === 2 && NAME_END_49.test(after));
}

export function scanClinicsAndCars48(text: string, spans: PiiSpan[]): void {
  if (has(text, '宝宝') || has(text, '寶寶') || has(text, '询师') || has(text, '詢師') || has(text, '持卡人') || has(text, '车商') || has(text, '車商')) {
    STANDING_49.lastIndex = 0;
    for (let m = STANDING_49.exec(text); m; m = STANDING_49.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      pushRunName(text, start, m[1], spans, (name, after) => personName49(name, after.slice(0, 2)) && NAME_END_49.test(after.slice(0, 2)));
      STANDING_49.lastIndex = start + 1;
    }
  }
  if (has(text, '从') || has(text, '從')) {
    FROM_HAND_49.lastIndex = 0;
    for (let m = FROM_HAND_49.exec(text); m; m = FROM_HAND_49.exec(text)) {
      if (personName49(m[1], '，')) spans.push({ kind: 'name', start: m.index + 1, end: m.index + 1 + m[1].length });
    }
  }
  if (has(text, '致信') || has(text, '来信') || has(text, '來信')) {
    LETTER_HEAD_49.lastIndex = 0;
    for (let m = LETTER_HEAD_49.exec(text); m; m = LETTER_HEAD_49.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      // (Its given name from the table: 卫健委来信, 万人致信 are none.)
      if (personName49(m[1], FORCE_GIVEN_49)) spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '预约') || has(text, '預約')) {
    EXAM_BOOKING_49.lastIndex = 0;
    for (let m = EXAM_BOOKING_49.exec(text); m; m = EXAM_BOOKING_49.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '同意')) {
    CONSENT_49.lastIndex = 0;
    for (let m = CONSENT_49.exec(text); m; m = CONSENT_49.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
}

/** A place's last character: an older rule's name that is a place (张家口), whose number is the place's. */
const PLACE_LAST_49 = /[口庄莊村镇鎮湾灣县縣市区區乡鄉路街港]$/;
/** A number right after a person's name and its comma (郝國平，編號AC-25-74822). */
const NUMBER_AFTER_NAME_49 = /^[，,]\s?(?:编号|編號)(?:是|为|為)?[:：]?\s?([A-Za-z0-9][A-Za-z0-9-－]{3,24})(?![A-Za-z0-9])/;
/** A firm's licence or registration number after its word, where the text names a clinic or a firm. */
const LICENCE_OF_FIRM_49 = /(?:门诊部|門診部|医院|醫院|诊所|診所|公司|会所|會所|车行|車行|驾校|駕校|机构|機構|中心)的?(?:医疗机构执业|醫療機構執業|经营|經營|办学|辦學)?(?:许可证|許可證|信用代码|信用代碼|营业执照|營業執照)(?:号码|號碼|号|號|编号|編號)?(?:是|为|為)?[:：\s]{0,2}$/;

export function clinicsAndCarsAfter48(text: string, spans: PiiSpan[]): PiiSpan[] {
  let out: PiiSpan[] | null = null;
  const added: PiiSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    let drop = false;
    if (sp.kind === 'name') {
      const w = text.slice(sp.start, sp.end);
      if (w === '卫健' || w === '衛健') drop = true;
      else if (text[sp.end] === '，' || text[sp.end] === ',') {
        // (The number's cue first: most names before a comma have none, and the name's check reads the dictionary.)
        const m = NUMBER_AFTER_NAME_49.exec(text.slice(sp.end, sp.end + 32));
        if (m && personName49(w, FORCE_GIVEN_49) && !PLACE_LAST_49.test(w)) {
          const s = sp.end + m[0].length - m[1].length;
          added.push({ kind: 'member_number', start: s, end: s + m[1].length });
        }
      }
    } else if ((sp.kind === 'member_number' || sp.kind === 'id_number') && LICENCE_OF_FIRM_49.test(text.slice(Math.max(0, sp.start - 24), sp.start))) drop = true;
    if (drop && !out) out = spans.slice(0, k);
    else if (!drop && out) out.push(sp);
  }
  const kept = out ?? spans;
  return added.length ? mergeSpans(kept.concat(added)) : kept;
}
