import type { PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { digit } from './name-words.js';
import { platesTables } from './plates.js';
import { knownNotPersonalCode } from './not-a-personal-code.js';

const { SENTENCE_END } = platesTables;

// Registry numbers: a student's, a worker's, a member's, a holder's, and mobiles split in parts.

// ---------------------------------------------------------------------------------------------
// (Round 13) Registry numbers, nicknames beside the real name, and signatures with the writer's standing.

/**
 * 学号, 工号, 骑手编号: a student's or a private worker's number singles one person out in the school's
 * or the employer's registry, like a plate. The number as written (GZ-0731128, 03-1187, ELM60213398),
 * four digits or more (学号12 is a seat in class). (Stop 51, pii96 studied: a badge's number with no 号 after 工牌 or
 * 胸牌, 工牌JS-HW-05730 卓巧雲, as the sets label every badge's number after 工牌号.)
 */
const MEMBER_NUMBER = /(学号|學號|学籍号|學籍號|工号|工號|员工号|員工號|员工编号|員工編號|职工号|職工號|工牌号|工牌號|工牌|胸牌|骑手编号|騎手編號|骑手号|騎手號|骑手ID|騎手ID|骑手id|快递员编号|快遞員編號)(?:是|为|為)?[:：\s\u3000]{0,2}([A-Za-z]{0,5}(?:[-－][A-Za-z]{1,3}(?=[-－]))?[-－]?[A-Za-z]?[0-9０-９]{2,14}(?:[-－][0-9０-９]{1,8})?)(?![A-Za-z0-9０-９])/g;
/**
 * A 工号 of staff in their role stays (话务员工号2106, a clerk's 工号 in a complaint about the window): in the
 * sentence before it, a service or official role, and the writer not introducing themselves.
 */
const STAFF_ROLE = /话务|話務|接线员|接線員|客服|坐席|座席|工作人员|工作人員|窗口|民警|警察|警员|警員|收费员|收費員|营业员|營業員|柜员|櫃員|办事员|辦事員|业务员|業務員|医生|醫生|护士|護士|司机|司機|乘务员|乘務員|售票员|售票員|抄表员|抄表員|城管|执法|執法|稽查|检查员|檢查員|服务员|服務員|老师|老師|教师|教師|干部|幹部|领导|領導/;
const STAFF_RIGHT_BEFORE = /(?:话务员|話務員|接线员|接線員|客服|坐席|座席|工作人员|工作人員|窗口|柜员|櫃員|营业员|營業員|办事员|辦事員)的?$/;
const WRITER_IN_SENTENCE = /我是|我係|本人|我叫|反映人|来电人|來電人|投诉人|投訴人|联系人|聯繫人|我[儿兒]子|我女[儿兒]|我老公|我爱人|我愛人/;
export function scanMemberNumbers(text: string, out: PiiSpan[]) {
  MEMBER_NUMBER.lastIndex = 0;
  for (let m = MEMBER_NUMBER.exec(text); m; m = MEMBER_NUMBER.exec(text)) {
    let digits = 0;
    for (const ch of m[2]) if (digit(ch.charCodeAt(0)) >= 0) digits++;
    // (Round 14) Three digits where letters lead (HX-017, BH-E027): a small firm's numbering, still one worker.
    if (digits < 4 && !(digits === 3 && /[A-Za-z]/.test(m[2]))) continue;
    const isStudent = m[1][0] === '学' || m[1][0] === '學';
    if (!isStudent) {
      let from = m.index;
      while (from > 0 && m.index - from < 80 && !SENTENCE_END.test(text[from - 1])) from--;
      const before = text.slice(from, m.index + m[1].length);
      if (STAFF_ROLE.test(before) && !WRITER_IN_SENTENCE.test(before)) continue;
      // (Round 14) "話務員工號2217" in a 12345 record that names the caller: the role right before the cue is staff's.
      // ("員工號" is a cue of its own: its 員 may end the role, 話務員.)
      const roleEnd = m.index + (m[1][0] === '员' || m[1][0] === '員' ? 1 : 0);
      if (STAFF_RIGHT_BEFORE.test(text.slice(Math.max(0, roleEnd - 5), roleEnd))) continue;
    }
    const start = m.index + m[0].length - m[2].length;
    out.push({ kind: 'member_number', start, end: start + m[2].length });
  }
}

/**
 * (Stop 28) A shareholder's, a member's or a resident permit holder's number, an application's or an account's:
 * 股东编号HL-0217, 股東（編號HL-1184）, 居住证号JZ4403052021036615, 学位申请编号XW2026-KW-018337, 淘宝账号tb_zhuangxl2016
 * (a school place's application, not any 申请编号: the fixtures leave a 13-digit one of a service unlabelled).
 * Each names one person in its registry; a village shareholding company's numbers have four digits (the learned model of
 * numbers reads five or more). Three digits or more; an office's or a company's account is not (knownNotPersonalCode).
 * (Stop 51, pii103 studied: a cooperative member's 社员号 too, 社员号BHFY-0065.)
 */
const HOLDER_NUMBER = /(?:建档立卡户编号|建檔立卡戶編號|健康证编号|健康證編號|健康证号|健康證號|优待证号|優待證號|股东编号|股東編號|股东证号|股東證號|股东证|股東證|股东号|股東號|股[东東][（(](?:编号|編號)|社员编号|社員編號|社员号|社員號|会员号|會員號|会员编号|會員編號|会员卡号|會員卡號|居住证号码|居住證號碼|居住证号|居住證號|居住证|居住證|学位申请编号|學位申請編號|账号|賬號|帳號|员编|員編|员工编号|員工編號|厂牌号|廠牌號|工牌号|工牌號|(?:报关员|報關員|船员|船員|从业|從業|资格|資格|职业|職業|导游|導遊|技师|技師|医师|醫師|护士|護士|驾驶员|駕駛員|厨师|廚師|电工|電工|焊工)(?:证书|證書)(?:编号|編號))(?:是|为|為)?[:：\s\u3000]{0,2}([A-Za-z0-9]{1,20}(?:[-－_][A-Za-z0-9]{1,12}){0,3})(?![A-Za-z0-9０-９])/g;
const HOLDER_NOT_AFTER = /^[年月日天个個元块塊万萬多次号號]/;
const HOLDER_CUES = ['编号', '編號', '证号', '證號', '股东', '股東', '号', '號', '居住', '账号', '賬號', '帳號', '员编', '員編', '厂牌', '廠牌', '工牌'];
/** Before an account: an institution's name or a payee (收款账户：钢州市红十字会，账号…). */
const INSTITUTION_ACCOUNT_BEFORE = /(?:会|會|社|院|局|所|站|中心|公司|集团|集團|基金|银行|銀行|收款账户|收款賬戶|收款帳戶)[:：，,\s]{0,2}(?:银行|銀行)?(?:账号|賬號|帳號)$/;
/** (Stop 29) A mobile number told in parts with words between them (139 5077，后面是 0462; 187 4433，后四位1536; 139，中间5077，
 * 最后0462): masked from its first digit to its last, as the labels mark it. */
// (Review: and 前三位…中间是…后4位是…, 后面四位.)
// (Stop 32: the last four said as digits, 后面四个数是3381.)
const SPLIT_JOIN = String.raw`[\s，,、:：]*(?:(?:中间|中間|后面|後面|后边|後邊|尾号|尾號|最后|最後|然后|然後|接着|接著|再)(?:[四4](?:位|个数字?|個數字?|个号|個號))?|[后後][四4]位)(?:是|为|為)?[\s，,、:：]*`;
const SPLIT_MOBILE = new RegExp(String.raw`(?<![0-9])1[3-9][0-9](?:[\s-]?[0-9]{4}|${SPLIT_JOIN}[0-9]{4})${SPLIT_JOIN}[0-9]{4}(?![0-9])`, 'g');
const SPLIT_CUES = ['中间', '中間', '后面', '後面', '后边', '後邊', '后头', '後頭', '后四', '後四', '后4', '後4', '尾号', '尾號', '最后', '最後', '然后', '然後', '接着', '接著', '再'];
/** (Stop 31) A number told as a head and the rest after a word (139，后头是2841 6607; Taiwan's 0933 後面是 418-772; Hong Kong's
 * and Macau's eight digits after a phone's word, 電話係6603，後面係 5124): its digits must make a whole number of its kind. */
const REST_JOIN = String.raw`[\s，,、:：]*(?:后面|後面|后边|後邊|后头|後頭|接着|接著|然后|然後)(?:是|为|為|係|系)?[\s，,、:：]*`;
// (Review: only after a phone's word, 手机139，后头是…: 补贴标准130，然后是2023-2024年度 is an amount and years.)
const SPLIT_REST = new RegExp(String.raw`(?<=(?:电话|電話|手机|手機|手机号|手機號|号码|號碼|联系|聯繫|聯絡|联系方式|聯繫方式)[^0-9，,。；;！!？?\n]{0,4})(?<![0-9])(?:1[3-9][0-9]${REST_JOIN}[0-9]{4}[\s-]?[0-9]{4}|09[0-9]{2}${REST_JOIN}[0-9]{3}[\s-]?[0-9]{3}|[2569][0-9]{3}${REST_JOIN}[0-9]{4})(?![0-9])`, 'g');
/** The words of REST_JOIN, one of which every match of SPLIT_REST has. */
const REST_WORDS = ['后面', '後面', '后边', '後邊', '后头', '後頭', '接着', '接著', '然后', '然後'];
export function scanSplitMobiles(text: string, out: PiiSpan[]) {
  // (Each only where it may match, 再 being in most texts: SPLIT_MOBILE starts with the digit 1, SPLIT_REST has a word of REST_JOIN.)
  if (has(text, '1')) {
    SPLIT_MOBILE.lastIndex = 0;
    for (let m = SPLIT_MOBILE.exec(text); m; m = SPLIT_MOBILE.exec(text)) out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  if (hasAny(text, REST_WORDS)) {
    SPLIT_REST.lastIndex = 0;
    for (let m = SPLIT_REST.exec(text); m; m = SPLIT_REST.exec(text)) out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
}

export function scanHolderNumbers(text: string, out: PiiSpan[]) {
  HOLDER_NUMBER.lastIndex = 0;
  for (let m = HOLDER_NUMBER.exec(text); m; m = HOLDER_NUMBER.exec(text)) {
    let digits = 0;
    for (const ch of m[1]) if (ch >= '0' && ch <= '9') digits++;
    // (Digits alone are a year or a count as often as a number (账号2023年就注册了, 居住证180天): five or more, and no
    // unit after them.)
    if (digits < 3 || (digits === m[1].length && (digits < 5 || HOLDER_NOT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))))) continue;
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (knownNotPersonalCode(text, start, end) || INSTITUTION_ACCOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index + m[0].length - m[1].length).replace(/[:：\s\u3000是为為]+$/, ''))) continue;
    out.push({ kind: 'member_number', start, end });
  }
}

/** "wx_chen1987（微信）": an ID-shaped word, then what it is in brackets. */
const WECHAT_AFTER = /(?<![-_A-Za-z0-9@.])([A-Za-z][-_A-Za-z0-9]{5,19})\s?[（(](?:微信|微信号|微信號|WeChat|wechat|LINE|Line)[）)]/g;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const memberNumbersTables = { STAFF_ROLE, STAFF_RIGHT_BEFORE, WRITER_IN_SENTENCE, HOLDER_CUES, SPLIT_CUES, WECHAT_AFTER };
