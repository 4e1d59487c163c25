import type { PiiSpan } from './spans.js';
import { CharSet } from './unit-sets.js';
import { validHkId, validTaiwanId } from './checksums.js';
import { has } from './text.js';
import { digit, nameWordsTables } from './name-words.js';
import { numbersTables, sawTriggers } from './numbers.js';
import { platesTables } from './plates.js';
import { memberNumbersTables } from './member-numbers.js';

const { T_PAREN, T_ZHENG } = numbersTables;
const { isHan } = nameWordsTables;
const { SENTENCE_END } = platesTables;
const { WRITER_IN_SENTENCE } = memberNumbersTables;

// Documents of Hong Kong, Macau and Taiwan residents and of returnees; record numbers and lodging rooms.

// ---------------------------------------------------------------------------------------------
// (Round 14, pii10 and dev14 studied) Documents of Hong Kong, Macau and Taiwan residents and of returnees, numbers
// that stay with one person in a registry (a patient's card, an insured person's number, a driver's file, a worker's
// or a home buyer's contract), long-stay hotel rooms, and names written in Latin letters.

/**
 * 回乡证 / Home Return Permit (H or M and 8 digits, or 10 digits on the newer card) and 台胞证 (8 or 10 digits), where
 * the writer says what the number is: like an ID number, they single one person out. Another shape after the cue (a
 * 回乡证 fee of 2000, a date) is left alone.
 */
// (Stop 29) Also the older 台胞证's ten digits with its issue letter in brackets (0312345678(B)), and the mainland
// resident's permit for Taiwan (大陆居民往来台湾通行证, 入台证: T and eight digits).
const PERMIT = /(回乡证|回鄉證|回乡卡|回鄉卡|Home Return Permit|home return permit|HOME RETURN PERMIT|台胞证|台胞證|臺胞證|臺胞证|往来台湾通行证|往來臺灣通行證|往來台灣通行證|赴台通行证|赴臺通行證|入台证|入臺證|入台證)(?:[旧舊新的]{0,3}(?:号码|號碼|号|號|编号|編號)|No\.?|number)?[\s:：是为為係]{0,4}([A-Za-z]? ?[0-9]{4} ?[0-9]{4}(?:[0-9]{2}(?:[(（][A-Z][)）])?)?)(?![A-Za-z0-9０-９]|\s?(?:到期|过期|過期|年))/g;
const PERMIT_NUMBER = /^[HMhm][0-9]{4}[0-9]{4}(?:[0-9]{2})?$/;
const TAIWAN_PERMIT_NUMBER = /^[0-9]{4} ?[0-9]{4}(?:[0-9]{2}(?:[(（][A-Z][)）])?)?$/;
const TO_TAIWAN_PERMIT_NUMBER = /^[Tt]?[0-9]{4}[0-9]{4}$/;
export function scanPermits(text: string, out: PiiSpan[]) {
  PERMIT.lastIndex = 0;
  for (let m = PERMIT.exec(text); m; m = PERMIT.exec(text)) {
    // (Stop 31: a letter set apart from its digits too, 回鄉證M 7026 4158.)
    if (!(m[1].includes('胞') ? TAIWAN_PERMIT_NUMBER.test(m[2]) : (/通行|入台|入臺/.test(m[1]) ? TO_TAIWAN_PERMIT_NUMBER : PERMIT_NUMBER).test(m[2].replace(/ /g, '')))) continue;
    const start = m.index + m[0].length - m[2].length;
    out.push({ kind: 'id_number', start, end: start + m[2].length });
  }
}

/**
 * A Hong Kong identity card, K123456(7) or XY123456(A): one or two letters, six digits and the check character in
 * brackets, masked with its brackets where the check character is right (so an article number in brackets stays). Its
 * check: letters count A=10…Z=35 (a single letter has 36 before it), weights 9…2, the character makes the sum a
 * multiple of 11 (10 is A).
 */
const HK_ID = /(?<![A-Za-z0-9])([A-Z]{1,2})([0-9]{6})[(（]([0-9A])[)）]/g;
/** A Macau identity card, 1234567(8) (1, 5, 7 or 8 first): no public check, so only after 身份證. */
const MACAU_ID = /(?:身份证|身份證|BIR)(?:号码|號碼|号|號| no\.?| n\.?º)?[\s:：是係为為]{0,3}([1578][0-9]{6}[(（][0-9][)）])(?![0-9])/g;
/** A Taiwan ID, A123456789 (a letter, 1 or 2 for the sex, 8 digits), with its check digit right and an ID cue before. */
// (Stop 29: also a resident foreigner's or a mainland spouse's 統一證號, letter and 8 or 9 (the 2021 form) or a second letter
// A–D (the older form), read with the same check.)
const TAIWAN_ID = /(?<![A-Za-z0-9])[A-Z][1289A-D][0-9]{8}(?![A-Za-z0-9])/g;
const TAIWAN_ID_CUE = /身份|字號|字号|ID|證號|证号|統一證|统一证/;
/** The same card written without brackets (K5197066), only after 香港身份證 / HKID and with its check right. */
const HK_ID_BARE = /(?:香港身份證|香港身份证|HKID|HK ID)(?:号码|號碼|号|號|No\.?)?[\s:：是係为為]{0,3}([A-Z]{1,2})([0-9]{6})([0-9A])(?![A-Za-z0-9])/g;
/** A Hong Kong card in its written form right after 香港身份證 / HKID, bracket and all (K613728(2)). */
const HK_ID_CUED = /(?:香港身份證|香港身份证|HKID|HK ID)(?:号码|號碼|号|號|No\.?)?[\s:：是係为為]{0,3}([A-Z]{1,2}[0-9]{6}[(（][0-9A][)）])/g;
export function scanResidentCards(text: string, out: PiiSpan[]) {
  if (sawTriggers & T_PAREN) {
    HK_ID.lastIndex = 0;
    for (let m = HK_ID.exec(text); m; m = HK_ID.exec(text)) if (validHkId(m[1], m[2], m[3])) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '香港身份') || has(text, 'HK')) {
    // (Stop 51, pii99 studied) After its cue the card is masked whole with its bracket whatever its check (a writer's
    // typo or an invented number is still the card the writer gives).
    HK_ID_CUED.lastIndex = 0;
    for (let m = HK_ID_CUED.exec(text); m; m = HK_ID_CUED.exec(text)) out.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    HK_ID_BARE.lastIndex = 0;
    for (let m = HK_ID_BARE.exec(text); m; m = HK_ID_BARE.exec(text)) {
      const len = m[1].length + 7;
      if (validHkId(m[1], m[2], m[3])) out.push({ kind: 'id_number', start: m.index + m[0].length - len, end: m.index + m[0].length });
    }
  }
  if (sawTriggers & T_ZHENG || has(text, 'ID')) {
    TAIWAN_ID.lastIndex = 0;
    for (let m = TAIWAN_ID.exec(text); m; m = TAIWAN_ID.exec(text)) {
      if (validTaiwanId(m[0]) && TAIWAN_ID_CUE.test(text.slice(Math.max(0, m.index - 12), m.index))) out.push({ kind: 'id_number', start: m.index, end: m.index + 10 });
    }
  }
}

/**
 * Numbers that stay with one person where the writer says what they are: a patient's 就诊卡号 / 病历号 / 住院号 (not a
 * day's queue number 门诊号A086 or an appointment's 预约单号), an insured person's 社保卡号 / 社保个人编号, a driver's
 * 驾驶证档案编号 and a taxi's 服务监督卡号, a tour guide's 导游证号, a returnee's 归侨证 number, and a worker's or home
 * buyer's contract (劳动合同编号, 购房合同编号; a bare 合同编号 only where the writer speaks of themselves, so a
 * public project's contract stays). Four digits or more, as written (D-3502-008617, HJ-2023-07-2302, M20261185).
 * (Stop 32) Also any insurance's 个人编号 (工伤保险个人编号GS36073400187), a chronic patient's card (门诊慢性病卡号) and a
 * qualification's certificate (教师资格证号19913607342000158, seventeen digits).
 */
const RECORD_NUMBER = /(就诊卡号|就診卡號|就诊卡號|诊疗卡号|診療卡號|门诊病历号|門診病歷號|病历号|病歷號|病案号|病案號|住院号|住院號|社保卡号|社保卡號|社会保障卡号|社會保障卡號|社保个人编号|社保個人編號|个人社保编号|個人社保編號|社保编号|社保編號|医保卡号|醫保卡號|服务监督卡号|服務監督卡號|导游证号|導遊證號|驾驶证档案编号|駕駛證檔案編號|驾驶证号|駕駛證號|从业资格证号|從業資格證號|劳动合同编号|勞動合同編號|购房合同编号|購房合同編號|租房合同编号|租房合同編號|补偿协议编号|補償協議編號|征收协议编号|徵收協議編號|归侨证编号|歸僑證編號|归侨证号|歸僑證號|合同编号|合同編號|居住证号|居住證號|居住证编号|居住證編號|居留许可证号|居留許可證號|居留许可号|居留許可號|居留证号|居留證號|股民证号|股民證號|股权证号|股權證號|社员证号|社員證號|保单号|保單號|个人编号|個人編號|慢性病卡号|慢性病卡號|资格证号|資格證號)(?:码|碼)?(?:是|为|為|係|系)?[:：\s\u3000]{0,2}([A-Za-z]{0,5}(?:[-－][A-Za-z]{1,5}){0,2}[-－]?[0-9]{1,18}(?:[-－][0-9A-Za-z]{1,10}){0,3})(?![A-Za-z0-9０-９])/g;
/** Every cue of RECORD_NUMBER ends in one of these pairs: a quick test before the long alternation. */
const RECORD_CUE = /[卡历歷案院编編证證单單可][号號]|[侨僑][证證]|使用[证證]/;
/** (Stop 31) A person's certificate number in the registers' own form after its word (beside scanRound23's
 * CERTIFICATE_NUMBER, which reads the older forms after a land or property certificate's own name): a place's or register's characters,
 * the year in brackets, 字 and 第…号 (宅基地證號積集用（2008）第0317號, 股权证号蚝股字第0318号, 执业证书编号豫乡医字2011第0317号,
 * 宅基地证号HL宅字第0316号). An office's document number (X政发〔2021〕3号) has no certificate's word before it.
 * (Stop 32) Also after a certificate's 证明书编号 / 证明编号 (职业病诊断证明书编号赣职诊（2025）第0113号, 回国证明编号侨归字第1962-0317号),
 * and a year and a serial joined by a dash after 字 (退伍证号赣退字79-0418号, 退休证号赣教退字第2011-0318号). */
const CERTIFICATE_FORM = /(?:土地使用证|土地使用證|归侨证|歸僑證|侨眷证|僑眷證|证号|證號|证书编号|證書編號|证明书编号|證明書編號|证明编号|證明編號|证编号|證編號|证书号|證書號)(?:码|碼)?(?:是|为|為|係|系)?[:：\s]{0,2}((?![是为為係系第号號])(?:[A-Za-z]{1,4}|[\u3400-\u9fff]{1,5}){1,2}(?:[（(](?:[0-9]{4}|[0-9]{2})[）)]|[0-9]{4})?[\u3400-\u9fff]{0,2}(?:第[0-9]{3,8}(?:[-－][0-9]{3,6})?[号號]|(?<=字)第?[0-9]{2,4}[-－][0-9]{3,6}[号號]?))/g;
/** (Review) A business's or a project's permit before the word (施工许可证号, 卫生许可证号, 营业执照): no person's. */
// (Stop 32: also with 的 between, 这家企业的证书编号…, and an office's own certificate, 县政府证明编号….)
const BUSINESS_PERMIT_BEFORE = /(?:许可|許可|执照|執照|施工|卫生|衛生|经营|經營|资质|資質|备案|備案|生产|生產|排污|采矿|採礦|取水|规划|規劃|工程|项目|項目|企业|企業|公司|政府|机关|機關|单位|單位)的?$/;
export function scanRecordNumbers(text: string, out: PiiSpan[]) {
  CERTIFICATE_FORM.lastIndex = 0;
  for (let m = CERTIFICATE_FORM.exec(text); m; m = CERTIFICATE_FORM.exec(text)) {
    // (The words before the cue's 证: 施工许可证号 has 许可 before 证号.)
    if (BUSINESS_PERMIT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'member_number', start, end: start + m[1].length });
  }
  RECORD_NUMBER.lastIndex = 0;
  for (let m = RECORD_NUMBER.exec(text); m; m = RECORD_NUMBER.exec(text)) {
    let digits = 0;
    for (let k = 0; k < m[2].length; k++) if (digit(m[2].charCodeAt(k)) >= 0) digits++;
    // (Past fourteen digits only a qualification's seventeen: a policy's 保单号 of seventeen is the insurer's, as the sets label it.)
    if (digits < 4 || (digits > 14 && !/资格|資格/.test(m[1]))) continue;
    if (m[1] === '合同编号' || m[1] === '合同編號') {
      let from = m.index;
      while (from > 0 && m.index - from < 80 && !SENTENCE_END.test(text[from - 1])) from--;
      if (!WRITER_IN_SENTENCE.test(text.slice(from, m.index)) && !/我的?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    }
    const start = m.index + m[0].length - m[2].length;
    out.push({ kind: 'member_number', start, end: start + m[2].length });
  }
}

/**
 * A hotel, serviced-apartment or homestay room where the writer lives long-term (长住, 长租, 长包, 住了两年, 户口挂在这) is
 * their home: masked with the hotel's name (海悦公寓酒店1608房). A tourist's room for a few nights (住了两晚的…808房) is the
 * hotel's, not a home, and stays; so do an office's rooms (三楼302室), which no lodging word names.
 */
const LODGING_ROOM = /(?:酒店|宾馆|賓館|旅馆|旅館|饭店|飯店|公寓楼|公寓樓|公寓|民宿|客栈|客棧|旅社|招待所)[0-9０-９]{3,4}(?:号房|號房|房|室)(?![0-9０-９])/g;
const LONG_STAY = /长住|長住|长租|長租|长包|長包|包租|常住|久住|户口|戶口|住了(?:快|近|差不多)?(?:[一二三四五六七八九十两兩0-9]{1,3}|半)年|已经?(?:快|近)?[一二三四五六七八九十两兩0-9]{1,3}年|[一二三四五六七八九十两兩0-9]年了|半年|快一年|years|half a year|long[- ]term/;
const LODGING_NAME_STOP = new CharSet([...'住在包租了的是到进進回我你他她们們，,。；;：:、！!？?（()）「」“”"\u3000 ']);
/** "来电人：6栋402住户": a building and a room, no compound, right before the household word (as the fixtures label it). */
const BARE_ROOM_RESIDENT = /(?<![0-9０-９])[0-9０-９]{1,3}(?:栋|棟|幢|号楼|號樓)[0-9０-９]{3,4}室?(?=的?(?:住户|住戶|业主|業主))/g;
export function scanLodgingRooms(text: string, out: PiiSpan[]) {
  LODGING_ROOM.lastIndex = 0;
  for (let m = LODGING_ROOM.exec(text); m; m = LODGING_ROOM.exec(text)) {
    let from = m.index;
    while (from > 0 && m.index - from < 80 && !SENTENCE_END.test(text[from - 1])) from--;
    let to = m.index + m[0].length;
    while (to < text.length && to - m.index < 120 && !SENTENCE_END.test(text[to])) to++;
    if (!LONG_STAY.test(text.slice(from, to))) continue;
    let s = m.index;
    while (s > 0 && m.index - s < 14 && isHan(text.charCodeAt(s - 1)) && !LODGING_NAME_STOP.has(text[s - 1])) s--;
    out.push({ kind: 'address', start: s, end: m.index + m[0].length });
  }
}

/**
 * Names in Latin letters (Daniel Ong, Winnie) after what introduces a person in English (I'm, this is, Mr., Contact:,
 * call me) or after the writer's standing or relation (华侨Linda Tsai, 香港人Alan Mak, 孫女Kiki, 联系人 Lily 陈); with
 * the Chinese name beside it ((梁國華), ，張子健, 黄安妮) and a lone surname after it (Tina 陈). Also a Chinese name after
 * 中文名 (中文名蔡玲芳). Not a nationality or a word (I'm Malaysian, I'm Sorry), nor letters glued to Han characters
 * that are no name (我是Apple的老用户).
 */
const LATIN_PERSON = /(?:I'm|I’m|I am|[Tt]his is|[Mm]y name is|[Cc]all me|Mr\.?|Mrs\.?|Ms\.?|Miss|Contact[:：]?|[Rr]egards,|华侨|華僑|归侨|歸僑|香港人|澳門人|澳门人|台灣人|台湾人|公務員|公务员|游客|遊客|孙女|孫女|孙子|孫子|女儿|女兒|儿子|兒子|联系人[:：]?|聯繫人[:：]?|聯絡人[:：]?|联络人[:：]?|我是|我係|我叫)\s?([A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11}){0,2})(?=[\s，,。；;！!？?（(：:.)]|$)/g;
const LATIN_NOT = new Set('Chinese Malaysian Singaporean American Canadian Australian British Taiwanese Indonesian Filipino Vietnamese Japanese Korean Thai Sorry Here Not So Very Really Just From In At The An Dr Hong Kong Macau Taiwan Singapore Malaysia Hi Hello Dear Sir Madam Please Thanks Thank Ok Okay Back Staying Living Writing Calling Complaint Manager Owner Guest Tourist Teacher Driver'.split(' '));
const CHINESE_NAME_OF = /(?:中文名字|中文名|華文名|华文名)(?:叫|是|係|为|為)?[:：\s]?/g;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const permitsTables = { MACAU_ID, RECORD_CUE, BUSINESS_PERMIT_BEFORE, BARE_ROOM_RESIDENT, LATIN_PERSON, LATIN_NOT, CHINESE_NAME_OF };
