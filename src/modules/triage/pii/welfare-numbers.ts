import type { PiiSpan } from './spans.js';
import { validIdNumber } from './checksums.js';
import { digit } from './name-words.js';

// Numbers that single out one household or one person in welfare records.

// ---------------------------------------------------------------------------------------------
// (Round 15, pii11 and dev15 studied) Numbers that single out one household or one person in welfare records
// (a disability certificate, a 低保 household, a veteran's 优待证, a household's heating account) and names typed
// with a space between each character.

/**
 * 残疾证号: the holder's 18-character ID number followed by two digits, the category (1–7) and the level (1–4), as
 * written (plain, X inside, spaced 6-8-4 + 2). Read wherever the text speaks of a disability (残疾 / 殘疾), since the
 * writer may name the certificate a clause earlier (殘疾證是2011年辦的，證號…). The ID part must pass its check digit
 * and the last two digits be a real category and level, so an 18-digit 受理编号 followed by a count stays.
 */
const DISABILITY_NUMBER = /(?<![0-9０-９A-Za-z])([0-9]{6})[ \-]?([0-9]{8})[ \-]?([0-9]{3}[0-9Xx])[ \-]?([1-7][1-4])(?![0-9０-９A-Za-z])/g;
export function scanDisabilityNumbers(text: string, out: PiiSpan[]) {
  DISABILITY_NUMBER.lastIndex = 0;
  for (let m = DISABILITY_NUMBER.exec(text); m; m = DISABILITY_NUMBER.exec(text)) {
    if (validIdNumber(m[1] + m[2] + m[3])) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
}

/**
 * 低保证号 (a household's subsistence-allowance certificate: 铸民低2020-00318, 白民低2022-0156, DB230102-0471) and a
 * veteran's 优待证号 (YD + digits), after their cue: record keys for one household or one veteran, like a social-insurance
 * number. The place-and-office prefix (X民低) belongs to the number. Four digits or more, so a fee (低保证办了3年) stays.
 */
const WELFARE_NUMBER = /(?:低保证|低保證|优待证|優待證)(?:号码|號碼|编号|編號|号|號)?(?:是|为|為|係)?[:：\s\u3000]{0,2}((?:[\u3400-\u9fff]{1,2}民低(?:字第?)?)?[A-Za-z]{0,3}[0-9]{2,14}(?:[-－][0-9]{1,8}){0,2})(?![A-Za-z0-9０-９])/g;
/**
 * A household's heating account (供热用户编号 0102-33-1478, 供热户号 2201-0593, 热费户号): the key to one household's
 * account and arrears. Only after an account-holder's word (用户编号, 户号), so the heating company's collection
 * account (对公收款账号) and a fee (热费2300) stay.
 */
const HEATING_ACCOUNT = /(?:供热|供熱|供暖|热费|熱費|热力|熱力|暖气|暖氣|采暖|採暖)(?:用户编号|用戶編號|用户号|用戶號|户号|戶號|缴费号|繳費號)(?:是|为|為|係)?[:：\s\u3000]{0,2}((?:[A-Za-z]{1,3}[-－]?)?[0-9]{2,10}(?:[-－][0-9]{1,8}){0,3})(?![A-Za-z0-9０-９])/g;
export function scanWelfareNumbers(text: string, out: PiiSpan[], re: RegExp) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let digits = 0;
    for (let k = 0; k < m[1].length; k++) if (digit(m[1].charCodeAt(k)) >= 0) digits++;
    if (digits < 4) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'member_number', start, end: start + m[1].length });
  }
}

/**
 * A nickname signing the text after a signer's cue (留言人：小覃, 转发人：阿珍), or 阿X alone ending the text after a
 * sentence (…还有一间带床的休息室。阿强): a labourer's own nickname as a signature, like a handle. 阿 and a kin word
 * (阿姨, 阿婆, 阿爸) is no name.
 */
const SIGNER_NICK = /(?:留言人|转发人|轉發人|发帖人|發帖人|反映人|来信人|來信人|投诉人|投訴人|联系人|聯繫人|聯絡人|署名)[:：][\s\u3000]?((?:小|阿)[\u3400-\u9fff])(?=[\s\u3000。.!！]*$)/;
const TAIL_AH_ALONE = /[。！？!?][\s\u3000]?(阿[\u3400-\u9fff])[\s\u3000。.!！]*$/;
/**
 * A name in quotes after 名字 / 姓名 (我的名字“黄大有”打成了…), and the misprint a document put for it (打成了“黄大友”,
 * 写成了“佟秀绢”): both name the writer. The misprint only where it shares the surname of the quoted or known name.
 */
const QUOTED_NAME = /(?:名字|姓名)(?:是|叫|为|為)?[:：]?[“"「『]([\u3400-\u9fff]{2,4})[”"」』]/g;
const MISPRINT_NAME = /(?:打成|写成|寫成|印成|错成|錯成|弄成)了?[“"「『]([\u3400-\u9fff]{2,4})[”"」』]/g;
/**
 * A joint letter's signers, each by room and name (联名人：7号楼1单元101 祁某某；2单元302 訾某某；…): every room is a
 * signer's home, with the building named once before, and every name a private person.
 */
const JOINT_SIGNER = /(?:^|[：:；;，,、\s])((?:[0-9]{1,3}(?:号楼|號樓|栋|棟|幢))?[0-9]{1,2}(?:单元|單元)[0-9]{3,4}室?)[\s\u3000]?([\u3400-\u9fff]{2,3})(?=[；;，,。、\s]|$)/g;
/** An IOU's lender, up to the money that follows (今借到邵某某人民币…, 今欠…现金…): the name runs to 人民币 / 现金. */
// (Round 22: 今欠到 as well, 今欠到周国平人民币叁万….)
const IOU_LENDER = /(?:今借到|今欠到|今借|今欠)([\u3400-\u9fff]{2,4}?)(?:人民币|人民幣|现金|現金|现款|現款)/g;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const welfareNumbersTables = { WELFARE_NUMBER, HEATING_ACCOUNT, SIGNER_NICK, TAIL_AH_ALONE, QUOTED_NAME, MISPRINT_NAME, JOINT_SIGNER, IOU_LENDER };
