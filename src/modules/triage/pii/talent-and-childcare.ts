import type { PiiSpan } from './spans.js';
import { has } from './text.js';
import { nameWordsTables, pushRunName, surnameLength } from './name-words.js';
import { anyDictionaryWord } from './dictionary.js';
import { foldToSimplified } from '../normalize.js';

const { GIVEN_SET } = nameWordsTables;

// (Stop 48, pii91 and pii92 studied) A city's talent schemes and household registration, and a county's nurseries,
// vaccination clinics and dog bites:
//   - one person's papers by their number after their word: a diploma's or a degree's certificate (学历证书编号1107…, 学位证编号
//     X1055…), an overseas degree's or an online verification's (留服认证书，编号LF2024-…, 学历认证报告编号A2508…), a transfer of
//     social insurance (社保转移单号ZY…), a vaccination certificate, a child's health record, a dog's licence (接种证号3713…,
//     保健手册编号BJ-…, 犬证SLQZ-…);
//   - an application's number after its acceptance or the scheme's word (落户受理号LH…, 报名序号BM…, 人才补贴申请RCBT-2025-…);
//     a vaccination's appointment (预约号YM…) where the text speaks of vaccines;
//   - a dog's owner, a nursery's carer, a payee by their standing (狗主人宗海波, 保育员伍秋菊, 收款方：聂东临), a child a dog bit
//     (狗咬了霍欣然), and a table's dependants and children (随迁人, 幼儿, 缴费人: emigrant-county.ts's columns);
//   - and, left visible: a vaccine's batch (批号202311021: a product's), a nursery's filing number after its name (托班（备案号TY…）, a firm's), a
//     month of birth (1997.03, which the model of numbers read as a code), 能 in 能不能医生讲一下.

const PAPERS_50 = /(?:学历证书|學歷證書|学位证书|學位證書|学位证|學位證|留服认证书|留服認證書|认证报告|認證報告|社保转移单|社保轉移單|预防接种证|預防接種證|接种证|接種證|保健手册|保健手冊|犬证|犬證|养犬登记证|養犬登記證)(?:[，,]\s?)?(?:编号|編號|号码|號碼|单号|單號|证号|證號|号|號)?(?:是|为|為)?[:：\s]{0,2}([A-Z]{1,6}-?[0-9][0-9-]{5,22}|[0-9]{10,20})(?![0-9A-Za-z元万萬])/g;
const APPLICATION_50 = /(?:受理号|受理號|报名序号|報名序號)(?:是|为|為)?[:：\s]{0,2}([A-Z]{1,4}[0-9]{8,14})(?![0-9A-Za-z]|的通知|為示例|为示例|示例)|(?:补贴|補貼)(?:申请|申請)(?:编号|編號|号|號)?[:：\s（(]{0,2}(?:编号|編號)?([A-Z]{2,6}-20[0-9]{2}-[0-9]{4,8})(?![0-9]|号文件|號文件)|(?:申请|申請)[（(](?:编号|編號)[:：]?([A-Z]{2,6}-20[0-9]{2}-[0-9]{4,8})[）)]/g;
const APPOINTMENT_50 = /(?:预约号|預約號)(?:是|为|為)?[:：\s]{0,2}([A-Z]{2}[0-9]{8,12})(?![0-9A-Za-z])/g;
const VACCINE_50 = /接种|接種|疫苗/;
/** A dog's owner, a nursery's carer or a payee before a name; a child a dog bit. */
const STANDING_50 = /(?:狗主人|狗的主人|犬主人|犬主|保育员|保育員|收款方[:：]?|(?:狗|犬)(?:咬了|咬伤了|咬傷了|咬伤|咬傷))([\u3400-\u9fff]{2,3})/g;
const NAME_END_50 = /^(?:$|[，,。；;！!？?\s：:、（(）)]|的|说|說|已|已经|已經|答应|答應|不|没|沒|是|在|也|拉|现在|現在|拒绝|拒絕|一直|账户|賬戶|账号|賬號|至今|始终|始終|[0-9０-９])/;
const NOT_GIVEN_50 = new Set([...'的了是说說被和与與也都就还還把给給让讓在们們人家']);

/** Whether `w` reads as a surname and one or two given characters before a name's end (宗海波，, 霍欣然，说…). */
function person50(raw: string, after: string): boolean {
  const w = foldToSimplified(raw);
  const sl = surnameLength(w, 0);
  if (!sl || w.length - sl < 1 || w.length - sl > 2) return false;
  const given = w.slice(sl);
  // (向, 于 after 狗主人 are prepositions: 狗主人向大家道歉.)
  if (w[0] === '向' || w[0] === '于' || [...given].some((c) => NOT_GIVEN_50.has(c)) || anyDictionaryWord(w) || anyDictionaryWord(w.slice(0, 2))) return false;
  return NAME_END_50.test(after) && (given.length === 2 || GIVEN_SET.has(given));
}

function pushLastGroup(m: RegExpExecArray, spans: PiiSpan[]): void {
  const g = m[1] ?? m[2] ?? m[3];
  if (!g) return;
  const s = m.index + m[0].lastIndexOf(g);
  spans.push({ kind: 'member_number', start: s, end: s + g.length });
}

export function scanTalentAndChildcare48(text: string, spans: PiiSpan[]): void {
  if (has(text, '证') || has(text, '證') || has(text, '报告') || has(text, '報告') || has(text, '转移') || has(text, '轉移') || has(text, '手册') || has(text, '手冊')) {
    PAPERS_50.lastIndex = 0;
    for (let m = PAPERS_50.exec(text); m; m = PAPERS_50.exec(text)) pushLastGroup(m, spans);
  }
  if (has(text, '受理') || has(text, '序号') || has(text, '序號') || has(text, '申请') || has(text, '申請')) {
    APPLICATION_50.lastIndex = 0;
    for (let m = APPLICATION_50.exec(text); m; m = APPLICATION_50.exec(text)) pushLastGroup(m, spans);
  }
  if ((has(text, '预约') || has(text, '預約')) && VACCINE_50.test(text)) {
    APPOINTMENT_50.lastIndex = 0;
    for (let m = APPOINTMENT_50.exec(text); m; m = APPOINTMENT_50.exec(text)) pushLastGroup(m, spans);
  }
  if (has(text, '狗') || has(text, '犬') || has(text, '保育') || has(text, '收款方')) {
    STANDING_50.lastIndex = 0;
    for (let m = STANDING_50.exec(text); m; m = STANDING_50.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      pushRunName(text, start, m[1], spans, person50);
      STANDING_50.lastIndex = start + 1;
    }
  }
}

/** A product's batch, a nursery's filing number: a number after these words is no one's. (A home purchase's filing
 * number, 网签备案号YS2023…, is its buyer's: the older sets label it.) */
const NOT_PERSONS_NUMBER_50 = /(?:(?:批号|批號|批次号|批次號|批次)|(?:托班|托育|幼儿园|幼兒園|托育中心|托育机构|托育機構)[（(]?(?:备案号|備案號|备案编号|備案編號))[:：\s]{0,2}$/;
/** A year and a month (1997.03). */
const YEAR_MONTH_50 = /^(?:19|20)[0-9]{2}\.(?:0[1-9]|1[0-2])$/;
/** 能 after a modal's first character (能不能, 可能, 只能): no surname there. */
const MODAL_BEFORE_50 = new Set([...'不可只才就也都还還']);

export function talentAndChildcareAfter48(text: string, spans: PiiSpan[]): PiiSpan[] {
  let out: PiiSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    const drop =
      (sp.kind === 'member_number' && (NOT_PERSONS_NUMBER_50.test(text.slice(Math.max(0, sp.start - 12), sp.start)) || YEAR_MONTH_50.test(text.slice(sp.start, sp.end)))) ||
      (sp.kind === 'name' && text[sp.start] === '能' && sp.start > 0 && MODAL_BEFORE_50.has(text[sp.start - 1]));
    if (drop && !out) out = spans.slice(0, k);
    else if (!drop && out) out.push(sp);
  }
  return out ?? spans;
}

