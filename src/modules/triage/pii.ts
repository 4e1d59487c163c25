// Personal data in opinions: what must never reach the portal or roles that may not see it.
// Each detector returns character spans of the (verbatim) text; redact() masks exactly those
// characters, so the rest of the opinion reads as written. Detectors check what can be checked
// (ID number checksums, Luhn for bank cards) to avoid masking ordinary numbers, and accept an
// unchecked number only where the writer introduces it (身份证号…, 卡号…, 电话…, QQ号…).
//
// What counts as personal (and what is deliberately left visible):
//   - mobile numbers (1[3-9]x, with +86/0086, spaces, dashes, full-width digits), landlines with an
//     area code ((0512)6512 3456, 010-12345678, …) or a bare 7–8 digit number after 电话/座机;
//   - 18/15-digit ID numbers (checksum or date checked), bank cards (16–19 digits, Luhn), e-mail
//     (also with a full-width ＠), QQ numbers and WeChat IDs where introduced as such;
//   - home addresses: a residential compound, village or street followed by building / unit /
//     room / house numbers (幸福家园3栋2单元501室, 河口村三组18号, 家住人民路18号);
//   - names a writer gives for themselves or a private person (我是/我叫/本人/村民/居民/业主/
//     联系人/反映人 X, 张某某, X（电话…）, 家住…的X), in Simplified and Traditional script.
//   - NOT masked: 400/800 numbers (companies' service lines) and short public hotlines (12345, 110):
//     they identify no person and staff need them to follow a case up; officials' titles
//     (王书记, 李局长), unit names, dates, amounts and counts.
//
// Every detector is linear in the text (anchored scans, bounded quantifiers), so a 1 MB paste or
// binary garbage costs milliseconds and never throws.

export type PiiKind = 'mobile' | 'landline' | 'id_number' | 'bank_card' | 'email' | 'address' | 'name' | 'qq' | 'wechat';

export interface PiiSpan {
  kind: PiiKind;
  start: number; // UTF-16 index, inclusive
  end: number; // exclusive
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A date-shaped 18- or 15-digit ID number (no checksum): birth date and region prefix plausible. */
function idShaped(id: string): boolean {
  if (id.length === 15) return /^[1-9]\d{5}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}$/.test(id);
  return /^[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(id);
}

export function validIdNumber(id: string): boolean {
  if (/^\d{15}$/.test(id)) return idShaped(id);
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  if (!idShaped(id)) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17].toUpperCase();
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// ---------------------------------------------------------------------------------------------
// Numbers: one linear scan over digit groups (ASCII or full-width) joined by single separators.

/** Digit value of a UTF-16 unit, or -1. */
function digit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
const isX = (c: number) => c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xff58; // X x Ｘ ｘ
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Separators people put inside a number: space, NBSP, ideographic space, dashes, a closing parenthesis after an area code. */
function isNumberSeparator(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x2012 || c === 0x29 || c === 0xff09;
}

/** Between an introduction and its number: punctuation, spaces, or 是/为/号码 — not other words ("电话会议于…"). */
const GAP = '(?:[是为為号號码碼]|[^0-9０-９\\n\\u3400-\\u9fff]){0,6}$';
const PHONE_INTRO = new RegExp(`(?:电话|電話|座机|座機|固话|固話|手机|手機|联系方式|聯繫方式|聯系方式|联系|聯繫|聯系|致电|致電|拨打|撥打|tel|Tel|TEL|phone|Phone|号码|號碼)${GAP}`);
const ID_INTRO = /(?:身份证|身份證|证件|證件|公民身份|身份号|身份號)[^0-9０-９\n]{0,8}$/;
const CARD_INTRO = /(?:卡号|卡號|银行卡|銀行卡|账号|賬號|帳號|账户|賬戶|帳戶|储蓄卡|儲蓄卡|信用卡|工资卡|工資卡|存折|存摺|借记卡|借記卡|折子)[^0-9０-９\n]{0,8}$/;
const QQ_INTRO = new RegExp(`(?:QQ|qq|Qq|ＱＱ|ｑｑ|扣扣|企鹅号|企鵝號)${GAP}`);
const WECHAT_INTRO_DIGITS = new RegExp(`(?:微信|威信|薇信|V信|v信|vx|VX|Vx|wx|WX|wechat|WeChat)${GAP}`);
const AMOUNT_AFTER = /^\s?(?:元|万|萬|亿|億|块|塊|%|％|人|户|戶|条|條|次|个|個|件|平|米|吨|噸|亩|畝)/;

type NumberKind = PiiKind | 'service' | null;

/** What a run of digits is, given its context; 'service' = a 400/800 number, consumed but not masked. */
/** Whether an introduction (re) ends right before `from`. */
function introBefore(text: string, from: number, re: RegExp): boolean {
  return re.test(text.slice(Math.max(0, from - 14), from));
}

/** `atRunStart`: only a number starting its run can follow an introduction (the others follow digits). */
function numberKind(d: string, first: number, last: number, text: string, atRunStart: boolean): NumberKind {
  const start = gStart[first];
  const end = gEnd[last];
  const n = d.length;
  const hasX = d.endsWith('X');
  const groups = last - first + 1;
  /** All groups but the last have length 4 (a card written in fours). */
  let byFours = true;
  for (let g = first; g < last; g++) if (gLen[g] !== 4) byFours = false;
  if (groups > 5 || (groups === 5 && !byFours)) return null;
  if (hasX && n !== 18) return null;
  if (n === 18 && (validIdNumber(d) || (idShaped(d) && atRunStart && introBefore(text, start, ID_INTRO)))) return 'id_number';
  if (hasX) return null;
  if (n === 15 && /^00861[3-9]/.test(d)) return 'mobile';
  if (n === 15 && idShaped(d) && (groups === 1 || atRunStart && introBefore(text, start, ID_INTRO))) return 'id_number';
  // Cards are grouped by fours (or written in one piece); Luhn alone passes one number in ten.
  const cardShaped = groups === 1 || byFours || (groups === 2 && gLen[first] === 6);
  if (n >= 16 && n <= 19 && ((cardShaped && luhn(d)) || atRunStart && introBefore(text, start, CARD_INTRO))) return 'bank_card';
  if (n >= 12 && n <= 19 && atRunStart && introBefore(text, start, CARD_INTRO)) return 'bank_card';
  if (n === 13 && /^861[3-9]/.test(d)) return 'mobile';
  if (n === 11 && /^1[3-9]/.test(d)) return AMOUNT_AFTER.test(text.slice(end, end + 3)) ? null : 'mobile';
  if (n === 10 && /^[48]00/.test(d)) return 'service';
  if (n >= 10 && n <= 12 && /^0[1-9]/.test(d)) {
    // Area code 010 / 02x + 8 digits, or 0xxx + 7–8 digits.
    if (/^(?:010|02\d)\d{8}$/.test(d) || /^0[3-9]\d{2}[2-9]\d{6,7}$/.test(d) || /^0[1-9]\d{1,2}[2-9]\d{6,7}$/.test(d)) return 'landline';
  }
  if (n >= 5 && n <= 12 && d[0] !== '0' && atRunStart && introBefore(text, start, QQ_INTRO)) return 'qq';
  if (n >= 5 && n <= 12 && atRunStart && introBefore(text, start, WECHAT_INTRO_DIGITS)) return 'wechat';
  if ((n === 7 || n === 8) && /^[2-9]/.test(d) && atRunStart && introBefore(text, start, PHONE_INTRO)) return 'landline';
  return null;
}

// Scratch buffers for one run's groups (a run longer than MAX_GROUPS is cut into several).
const MAX_GROUPS = 4096;
const gStart = new Int32Array(MAX_GROUPS);
const gEnd = new Int32Array(MAX_GROUPS);
/** Digits in the group (an ID's final X counts as one). */
const gLen = new Int32Array(MAX_GROUPS);
const gHasX = new Uint8Array(MAX_GROUPS);

/** The ASCII digits (and final X) of groups first..last. */
function digitsOf(text: string, first: number, last: number): string {
  let d = '';
  for (let g = first; g <= last; g++) {
    for (let k = gStart[g]; k < gEnd[g]; k++) {
      const v = digit(text.charCodeAt(k));
      d += v >= 0 ? String.fromCharCode(0x30 + v) : 'X';
    }
  }
  return d;
}

function scanNumbers(text: string, out: PiiSpan[]) {
  const len = text.length;
  let i = 0;
  while (i < len) {
    if (digit(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    // A run: digit groups separated by one separator each.
    let groups = 0;
    let total = 0;
    let j = i;
    for (;;) {
      const start = j;
      while (j < len && j - start < 40 && digit(text.charCodeAt(j)) >= 0) j++;
      let x = 0;
      if (j < len && isX(text.charCodeAt(j)) && !(j + 1 < len && isAsciiAlnum(text.charCodeAt(j + 1)))) {
        x = 1;
        j++;
      }
      gStart[groups] = start;
      gEnd[groups] = j;
      gLen[groups] = j - start;
      gHasX[groups] = x;
      groups++;
      total += j - start;
      if (x || j >= len || groups >= MAX_GROUPS || !isNumberSeparator(text.charCodeAt(j))) break;
      // A separator, then more digits (a space after a dash is fine: "138 - 0013").
      let k = j + 1;
      if (k < len && text.charCodeAt(k) === 0x20 && text.charCodeAt(j) !== 0x20) k++;
      if (k >= len || digit(text.charCodeAt(k)) < 0) break;
      j = k;
    }
    const runEnd = gEnd[groups - 1];
    i = runEnd;
    if (total < 5) continue; // "2014", "30": nothing personal is that short
    // Letters glued to the run (a product code, a WeChat ID): not a number on its own.
    const glued =
      (gStart[0] > 0 && isAsciiAlnum(text.charCodeAt(gStart[0] - 1)) && !/(?:QQ|qq|Qq|vx|VX|Vx|wx|WX|tel|Tel|TEL|No|NO|no)$/.test(text.slice(Math.max(0, gStart[0] - 3), gStart[0]))) ||
      (runEnd < len && /[A-Za-z]/.test(text[runEnd]));
    if (glued) continue;
    // Longest classifiable join of (at most five) consecutive groups, left to right.
    for (let g = 0; g < groups; ) {
      let last = g;
      let n = gLen[g];
      while (last + 1 < groups && last + 1 - g < 5 && !gHasX[last] && n + gLen[last + 1] <= 21) n += gLen[++last];
      let matched = false;
      for (let h = last; h >= g; h--) {
        if (n >= 5 && n <= 19) {
          const kind = numberKind(digitsOf(text, g, h), g, h, text, g === 0);
          if (kind) {
            if (kind !== 'service') {
              let start = gStart[g];
              // "+86 138…", "（0512）6512…": the prefix belongs to the number.
              const before = text.charCodeAt(start - 1);
              if (before === 0x2b || before === 0xff0b) start--;
              if ((before === 0x28 || before === 0xff08) && /[)）]/.test(text.slice(gEnd[g], gEnd[h]))) start--;
              out.push({ kind, start, end: gEnd[h] });
            }
            g = h + 1;
            matched = true;
            break;
          }
        }
        n -= gLen[h];
      }
      if (!matched) g++;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// E-mail: anchored on each @ (or full-width ＠), expanded both ways over address characters.

const isLocalChar = (c: number) => isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff0e || c === 0xff3f;
const isDomainChar = (c: number) => isAsciiAlnum(c) || c === 0x2e || c === 0x2d || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff0e || c === 0xff0d;

function scanEmails(text: string, out: PiiSpan[]) {
  const len = text.length;
  for (let at = 0; at < len; at++) {
    const c = text.charCodeAt(at);
    if (c !== 0x40 && c !== 0xff20) continue;
    let s = at;
    while (s > 0 && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < at && !isAsciiAlnum(text.charCodeAt(s)) && !(text.charCodeAt(s) >= 0xff10)) s++; // no leading dot
    let e = at + 1;
    while (e < len && e - at < 255 && isDomainChar(text.charCodeAt(e))) e++;
    // Trailing dots/dashes are punctuation, not the domain.
    while (e > at + 1 && /[.．\-－]/.test(text[e - 1])) e--;
    if (s === at) continue;
    const domain = text.slice(at + 1, e).replace(/．/g, '.');
    if (!/^[^.]+(?:\.[^.]+)*\.[A-Za-zＡ-Ｚａ-ｚ]{2,}$/.test(domain)) continue;
    out.push({ kind: 'email', start: s, end: e });
    at = e - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// WeChat IDs (letters first; a phone number used as a WeChat ID is caught as a mobile).

const WECHAT = /(?:微信|威信|薇信|V信|v信|vx|VX|Vx|wechat|WeChat|Wechat)(?:号码|號碼|账号|賬號|帳號|号|號|ID|id)?[\s:：是为為]{0,8}([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/g;

// ---------------------------------------------------------------------------------------------
// Addresses

const NUM = '(?:[0-9０-９]{1,5}|[一二三四五六七八九十百零〇两兩]{1,4}|[A-Za-zＡ-Ｚ])';
const UNIT = '(?:号楼|號樓|号院|號院|栋|棟|幢|座|单元|單元|层|層|楼|樓|室|户|戶|号|號|组|組|排|弄|巷|门|門|期|区|區)';
const DASHED = '[0-9０-９]{1,4}(?:[-－][0-9０-９]{1,4}){1,3}';
const PARTS = `(?:${NUM}${UNIT}|${DASHED}){1,6}(?:[0-9０-９]{2,5}(?:室|户|戶|号|號)?)?`;
const COMPOUND = '(?:小区|小區|花园|花園|家园|家園|新村|公寓|大厦|大廈|苑|园|園|里|裡|村|庄|莊|社区|社區|新城|广场|廣場|宿舍|大院|山庄|山莊|别墅|別墅|华庭|華庭|湾|灣|居|坊)';
const STREET = '(?:路|街|大街|大道|巷|弄|胡同|道)';
/** A compound / village followed by building, unit, room or house numbers. */
const ADDRESS_AT_COMPOUND = new RegExp(`${COMPOUND}(${PARTS})`, 'g');
/** A street followed by two or more house / building parts (南京路300弄5号, 长江路12号院3号楼). */
const ADDRESS_AT_STREET = new RegExp(`${STREET}(${PARTS})`, 'g');
/** Introduced: 家住 / 住在 / 住址 / 地址 … up to the clause's end. */
const ADDRESS_INTRO = /(?:家庭住址|住址|地址|家住|住在|家在|现住|現住|现居|現居|居住|住)(?:地址|住址)?(?:在|于|於)?[:：\s]*([^，,。；;！!？?\s\n]{2,40})/g;
const PART_IN_BODY = new RegExp(`(?:${NUM}${UNIT}|${DASHED})`, 'g');
const PLACE_WORD = new RegExp(`${COMPOUND}|${STREET}|${UNIT}`);
/** "单位地址", "公司地址": a workplace, not a home. */
const WORKPLACE_BEFORE = /(?:单位|單位|公司|办公|辦公|机关|機關|政府|医院|醫院|学校|學校|门店|門店|店铺|店鋪|工厂|工廠|企业|企業|部门|部門|中心|大厅|大廳|厂|廠|店|站|局|所|院|委|会|會|办|辦|处|處|馆|館)$/;
const STRONG_UNIT = /(?:号楼|號樓|号院|號院|号|號|室|单元|單元)$/;
/** Characters that end a compound's name when walking left (a verb, a pronoun, a particle). */
const NAME_STOP = new Set([...'在住是的于於到去从從我你他她们們址：:和与與及或这這那个個些此该該本其各每全哪有为為就还還也都向往至近旁边邊附近对對把被让讓给給说說']);
const isHanOrAlpha = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Start of a compound's name: walk left from `at` over up to 8 name characters. */
function nameStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 8) {
    const c = text.charCodeAt(s - 1);
    if (!isHanOrAlpha(c) || NAME_STOP.has(text[s - 1])) break;
    // "我家小区…": 家 after a pronoun is not part of the name.
    if (text[s - 1] === '家' && s >= 2 && /[我你他她们們]/.test(text[s - 2])) break;
    s--;
  }
  return s;
}

function scanAddresses(text: string, out: PiiSpan[]) {
  ADDRESS_AT_COMPOUND.lastIndex = 0;
  for (let m = ADDRESS_AT_COMPOUND.exec(text); m; m = ADDRESS_AT_COMPOUND.exec(text)) {
    const partsStart = m.index + m[0].length - m[1].length;
    // 公园, 幼儿园, 工业园, 校园 … are not homes.
    if (/^[园園]/.test(m[0]) && /[公儿兒业業校菜果物陵技林区區]/.test(text[m.index - 1] ?? '')) continue;
    const parts = m[1].match(PART_IN_BODY) ?? [];
    const introduced = /(?:家住|住在|住址|地址|家在|现住|現住|住于|住於|居住|住)[^，,。；;！!？?]{0,12}$/.test(text.slice(Math.max(0, m.index - 16), m.index));
    // "全村200户", "小区30栋楼" are counts: one bare part needs a house-number unit or an introduction.
    if (parts.length < 2 && !STRONG_UNIT.test(m[1]) && !/[-－]/.test(m[1]) && !introduced) continue;
    out.push({ kind: 'address', start: nameStart(text, m.index), end: partsStart + m[1].length });
    ADDRESS_AT_COMPOUND.lastIndex = partsStart + m[1].length;
  }
  ADDRESS_AT_STREET.lastIndex = 0;
  for (let m = ADDRESS_AT_STREET.exec(text); m; m = ADDRESS_AT_STREET.exec(text)) {
    const partsStart = m.index + m[0].length - m[1].length;
    if ((m[1].match(PART_IN_BODY) ?? []).length < 2 || WORKPLACE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    out.push({ kind: 'address', start: nameStart(text, m.index), end: partsStart + m[1].length });
    ADDRESS_AT_STREET.lastIndex = partsStart + m[1].length;
  }
  ADDRESS_INTRO.lastIndex = 0;
  for (let m = ADDRESS_INTRO.exec(text); m; m = ADDRESS_INTRO.exec(text)) {
    const bodyStart = m.index + m[0].length - m[1].length;
    // The address runs to the end of its last number part; a body with no number is no address ("住在农村").
    let last = -1;
    PART_IN_BODY.lastIndex = 0;
    for (let p = PART_IN_BODY.exec(m[1]); p; p = PART_IN_BODY.exec(m[1])) last = p.index + p[0].length;
    if (last < 0) continue;
    let end = bodyStart + last;
    // "人民路18号院3号楼": include a directly following building part.
    const tail = /^(?:[0-9０-９]{2,5}(?:室|户|戶)?)/.exec(text.slice(end, end + 6));
    if (tail) end += tail[0].length;
    const body = text.slice(bodyStart, end);
    // Only a place: a compound, street, village or building word must be there.
    if (!PLACE_WORD.test(body)) continue;
    // "住院3天", "住建局3楼", "住户…" are not addresses; nor is a workplace's 地址.
    if (m[0].startsWith('住') && /^[院了过過房建宅户戶宿着著进進满滿]/.test(body)) continue;
    if (WORKPLACE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    out.push({ kind: 'address', start: bodyStart, end });
  }
}

// ---------------------------------------------------------------------------------------------
// Names

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆司卓古吉缪简项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚权帅屠朴练廉禹祖漆巴丰卿狄索宣晋扈晁芮阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危亢嵇湛宾戎勾茅揭尉冶斯束檀衣昝智幸奉植衡尧' +
  '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭於蔣餘葉蘇呂盧鍾譚陸範賈韋鄒閆閻龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯嶽歐關蘭寧紀畢單塗駱藍遊鮑華饒陽繆簡項連蘆麥婁竇宮費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂鬱儲勞諶藺樓滿聞厲闞權帥樸練豐晉闕況鮮諸戰賓堯衞';
const COMPOUND_SURNAMES = '欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|慕容|尉迟|尉遲|宇文|长孙|長孫|夏侯|公孙|公孫|端木|独孤|獨孤|司徒|申屠|轩辕|軒轅|澹台|澹臺|呼延|南宫|南宮|西门|西門|闻人|聞人|赫连|赫連';
/** Characters common in given names (both scripts), and 某 for 张某某. */
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华平刚桂兰玉萍红霞建国林文辉力鹏飞宇浩凯俊峰波斌宁海燕云莲真环雪荣爱妹香月凤洁梅琳素慧巧美淑惠珠翠雅芝玲婷倩茜秋珊莎锦黛青丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝阳妮宝贝初程梵罡恒鸿桦骅剑娇纪宽灵玛媚琪晴容睿烁堂唯威韦雯苇萱阅彦雨忠宗曼紫逸贤蝶菡绿蓝儿烟小大中立志永德福生龙春兴金山胜发成光东新利清彬富顺信子昌进松善厚庆友裕河哲江亮政谦亨奇固之轮翰朗伯宏言若鸣朋梁栋维启克伦翔旭泽晨辰士以家致树炎行时泰盛雄琛钧冠策腾楠榕风航弘义兵保全安和武学祥才有坚良仁贵元康星天达岩茂彪博诚先敬震振壮会思群豪心邦承乐绍功芬珍琼花娥莺媛瑞凡佳嘉勤贞莉娣叶璧璐娅琦晶妍姣婉娴瑾颖露瑶怡婵雁蓓仪荷彩菊霖霏靖铭泓涵瑜璇璟瑄钰铮锋锐铁钢锡镇长根柱桥森杨柏桐梓楷樱权萌莹蔚蓬茹荟苗芷芮芙芹苏茵蒙蕾藤晋昊昕昆昂晖晗晟景智暖暄曦朝望期木未本朴杉材果柯柳桓梧棠楚槐樊欧歌正殷毅民水汝汉汐沁沐沛泉泊洪浦涌润淮淳添渊源溪滨漫潇澄澈灿炳炜烨焕煜熙燃爵玄玮珂珏璋璞甜田甫男画畅白百皓益盈石祯禄禹秉科稳穗童章竣端笑筱箐米纲绮继绪缘羿翊耀聚舜芃芊萧蔓虹衡西詹誉谷豫赛跃轩迅远迪通道遥郁重鑫镜闯阔阿陆隆霆霜靓韬颂飒驰骏骞高鹤黎默鼎齐某一二三四五六七八九十' +
  '偉靜麗強軍豔傑濤華剛蘭紅國輝鵬飛凱寧雲蓮環榮愛鳳潔錦夢嵐韻園藝詠聰瀾純悅飄瀅靄曉歡楓亞陽寶貝恆鴻樺驊劍嬌紀寬靈瑪爍韋葦閱彥賢綠藍兒煙龍興勝發東順進慶謙輪鳴棟維啟倫澤樹時鈞騰風義學堅貴達巖誠壯會樂紹瓊鶯貞葉婭嫻穎瑤嬋儀銘鈺錚鋒銳鐵鋼錫鎮長橋楊櫻權瑩薈蘇晉暉樸歐漢湧潤淵濱瀟燦煒燁煥瑋畫暢禎祿穩綱綺繼緒緣蕭譽賽躍軒遠遙鬱鏡闖闊陸靚韜頌颯馳駿騫鶴齊峯閲樑啓羣嫺鋭';
const SURNAME_SET = new Set(SURNAMES);
const COMPOUND_SET = new Set(COMPOUND_SURNAMES.split('|'));
const COMPOUND_FIRST = new Set(COMPOUND_SURNAMES.split('|').map((x) => x[0]));
const PLACE_NAME_FIRST = new Set('江吉武金安宁寧常黄黃南高丰豐万萬林邵岳衡沈瀋辽遼阜咸信益华華成文永平和长長石龙龍');
/** Places that read like a surname and a given name ("我是江西人", "我是武汉的"). */
const PLACE_NAMES = /^(?:江苏|江蘇|江西|吉林|武汉|武漢|金华|金華|安阳|安陽|宁波|寧波|常德|黄山|黃山|南昌|南宁|南寧|南通|南阳|南陽|南平|高安|宁德|寧德|丰城|豐城|万宁|萬寧|林芝|邵阳|邵陽|岳阳|岳陽|衡阳|衡陽|沈阳|瀋陽|辽阳|遼陽|阜阳|阜陽|咸阳|咸陽|信阳|信陽|益阳|益陽|华阴|華陰|安康|常宁|常寧|成安|文安|永和|平安|和平|长安|長安|华山|華山|金山|石林|龙华|龍華)/;
const GIVEN_SET = new Set(GIVEN);
const NUMERALS = new Set('一二三四五六七八九十');
const HONORIFIC_FIRST = new Set('先女小师師老大阿经經总總同书書主局镇鎮乡鄉县縣市科所院校医醫护護某');
const HONORIFIC = /^(?:先生|女士|小姐|师傅|師傅|老师|老師|大爷|大爺|大妈|大媽|阿姨|大哥|大姐|老板|老闆|经理|經理|总|總|同志|书记|書記|主任|局长|局長|镇长|鎮長|乡长|鄉長|县长|縣長|市长|市長|科长|科長|所长|所長|院长|院長|校长|校長|医生|醫生|护士|護士|某[个個些种種])/;
/** After a strong introduction (我叫, 姓名：) any Han character may be a given name, except these. */
const NOT_GIVEN = new Set([...'的是在了和与與及等我你他她们們这這那有没沒不也都就还還说說讲講向从從对對把被给給让讓今年现現岁歲男女家住电電手联聯身份证證号號反举舉投村镇鎮乡鄉县縣市区區街路']);
const PLACEHOLDER_SURNAMES = new Set('张王李赵刘陈孙張趙劉陳孫');
const PLACE_OR_KIN_FIRST = new Set('人村镇鎮乡鄉县縣市区區街路庄莊屯湾灣寨组組社小家花公集厂廠局所院校中大妈媽爷爺哥姐叔婶嬸娘伯嫂奶姨舅师師老书書主经經同总總');
/** After a candidate name these make it a place or a kinship term, not a person's name. */
const PLACE_OR_KIN_AFTER = /^(?:人|村|镇|鎮|乡|鄉|县|縣|市|区|區|街|路|庄|莊|屯|湾|灣|寨|组|組|社区|社區|小区|小區|家园|家園|花园|花園|公司|集团|集團|厂|廠|局|所|院|校|中学|中學|小学|小學|大学|大學|妈|媽|爷|爺|哥|姐|叔|婶|嬸|娘|伯|嫂|奶|姨|舅|师傅|師傅|老师|老師|书记|書記|主任|局长|局長|镇长|鎮長|乡长|鄉長|县长|縣長|市长|市長|科长|科長|所长|所長|院长|院長|校长|校長|经理|經理|同志|总|總)/;

/**
 * The end of a name starting at `start` (a surname there), or -1: surname + one or two given-name
 * characters, the longer reading preferred unless it runs into a place or kinship word.
 */
function nameEnd(text: string, start: number, anyGiven = false): number {
  const sl = surnameLength(text, start);
  if (!sl) return -1;
  const s = start + sl;
  // 王先生, 李师傅, 张老师: a surname and a form of address, not a name.
  if (HONORIFIC_FIRST.has(text[s]) && HONORIFIC.test(text.slice(s, s + 2))) return -1;
  let e = s;
  while (e < text.length && e - s < 2 && isGiven(text.charCodeAt(e), text[e], anyGiven)) e++;
  for (; e > s; e--) {
    if (PLACE_OR_KIN_FIRST.has(text[e]) && PLACE_OR_KIN_AFTER.test(text.slice(e, e + 3))) continue;
    if (PLACE_NAME_FIRST.has(text[start]) && PLACE_NAMES.test(text.slice(start, e))) continue;
    // 张三 / 李四 / 王五: a numeral makes a name only after a classic placeholder surname, or where
    // the name visibly ends ("高三学生" is a school grade).
    if (NUMERALS.has(text[s]) || (e - s === 2 && NUMERALS.has(text[s + 1]))) {
      const next = text.charCodeAt(e);
      const ends = !(next >= 0x3400 && next <= 0x9fff) || /^(?:反映|举报|舉報|投诉|投訴|说|說|家|的|是|在|今|现|現|同志)/.test(text.slice(e, e + 2));
      if (!ends && !(e - s === 1 && PLACEHOLDER_SURNAMES.has(text[s - 1]))) continue;
    }
    return e;
  }
  return -1;
}

/** Length of the surname at `at` (2 for 欧阳, 1 for 王), or 0. */
function surnameLength(text: string, at: number): number {
  const c = text[at];
  if (COMPOUND_FIRST.has(c) && COMPOUND_SET.has(text.substr(at, 2))) return 2;
  return SURNAME_SET.has(c) ? 1 : 0;
}

function isGiven(code: number, ch: string, anyGiven: boolean): boolean {
  return GIVEN_SET.has(ch) || (anyGiven && code >= 0x3400 && code <= 0x9fff && !NOT_GIVEN.has(ch));
}

/** Words that introduce a writer's own name or a private person's. */
const NAME_INTRO = new RegExp(
  '(?:我是|我叫|我的名字是|我的名字叫|我名叫|名叫|本人叫|本人是|本人|鄙人|我姓|本人姓|' +
    '村民|居民|业主|業主|职工|職工|老党员|老黨員|党员|黨員|退休职工|退休職工|退休教师|退休教師|退休干部|退休幹部|家长|家長|患者|租户|租戶|农民|農民|农户|農戶|' +
    '个体户|個體戶|户主|戶主|老汉|老漢|联系人|聯繫人|聯系人|反映人|举报人|舉報人|投诉人|投訴人|来信人|來信人|写信人|寫信人|姓名|署名|签名|簽名|落款|申请人|申請人|当事人|當事人|' +
    '我爸|我妈|我媽|我父亲|我父親|我母亲|我母親|我爱人|我愛人|我丈夫|我妻子|我老公|我老婆|我儿子|我兒子|我女儿|我女兒|我哥|我姐|我弟|我妹|邻居|鄰居|老伴|家属|家屬|' +
    // Hotline transcripts and signatures: 来电人X, 市民 X, 网友 X; people by their standing: 五保户X, 被征收户X, 村委委员X.
    '来电人|來電人|来电者|來電者|来访人|來訪人|市民|网友|網友|知情人|群众|群眾|村民代表|五保户|五保戶|低保户|低保戶|被征收户|被徵收戶|征收户|徵收戶|' +
    '教师|教師|老师|老師|会计|會計|委员|委員|侄子|侄女|外甥|儿媳|兒媳|孙子|孫子|孙女|孫女|，叫|,叫|。叫)' +
    '[:：\\s]*(?:是|叫|為|为)?[:：\\s]*',
  'g',
);
/** Introductions after which the next word is surely a name. */
const STRONG_INTRO = /^(?:我叫|我的名字|我名叫|名叫|本人叫|姓名|署名|签名|簽名|落款|联系人|聯繫人|聯系人|反映人|举报人|舉報人|投诉人|投訴人|来信人|來信人|写信人|寫信人|申请人|申請人|当事人|當事人)/;
/** A signature: after 此致敬礼 or a dash, a name closing the text (perhaps followed by a date). */
const SIGNATURE = /(?:此致\s*敬礼|此致\s*敬禮|敬礼|敬禮|——|—|--|－－)[!！。.,，\s]*(?=\S)/g;
const NAME_THEN_CONTACT = /(?:[(（]\s*(?:电话|電話|手机|手機|联系|聯繫|聯系|tel|Tel|TEL|电|電|微信|身份证|身份證)|[，,]\s*(?:电话|電話|手机|手機|联系电话|聯繫電話|聯系電話|身份证|身份證))/g;
const LIVES_AT_THE = /(?:家住|住在|居住在)[^，,。；;！!？?\s\n]{1,24}?的/g;
const MOU_EXCLUDED_AFTER = /^[个個些种種位天年月日部单單处處局村乡鄉镇鎮县縣市省地时時次项項段件条條人样樣方类類区區社街科室所站厂廠店校院系级級届屆批]/;
const MOU_EXCLUDED_BEFORE = /(?:任|如|为|為|几|幾|奈|于|於|由|对|對|关|關|至|属|屬)$/;

function pushName(out: PiiSpan[], start: number, end: number) {
  if (end > start) out.push({ kind: 'name', start, end });
}

function scanNames(text: string, out: PiiSpan[]) {
  NAME_INTRO.lastIndex = 0;
  for (let m = NAME_INTRO.exec(text); m; m = NAME_INTRO.exec(text)) {
    const at = m.index + m[0].length;
    if (/我姓|本人姓/.test(m[0])) {
      // "我姓王": the surname alone.
      const sl = surnameLength(text, at);
      if (sl) pushName(out, at, at + sl);
      continue;
    }
    const strong = STRONG_INTRO.test(m[0]);
    const sl = strong ? surnameLength(text, at) : 0;
    if (sl && /^(?:先生|女士|小姐)/.test(text.slice(at + sl, at + sl + 2))) {
      // "联系人：王女士": where the writer signs with a surname and a form of address, that is the name given.
      pushName(out, at, at + sl + 2);
      continue;
    }
    const end = nameEnd(text, at, strong);
    if (end > 0) {
      pushName(out, at, end);
      NAME_INTRO.lastIndex = end;
    } else if (m[0].length === 0) NAME_INTRO.lastIndex++;
  }
  // "张某某", "王某": a surname with 某 is a person the writer names (not 某个/某些, not 任何某).
  for (let at = text.indexOf('某'); at >= 0; at = text.indexOf('某', at + 1)) {
    let s = at - 1;
    if (s < 0) continue;
    if (s >= 1 && surnameLength(text, s - 1) === 2) s--;
    else if (!SURNAME_SET.has(text[s])) continue;
    if (MOU_EXCLUDED_BEFORE.test(text.slice(Math.max(0, s - 2), s))) continue;
    let e = at + 1;
    if (text[e] === '某') e++;
    if (MOU_EXCLUDED_AFTER.test(text.slice(e, e + 1))) continue;
    pushName(out, s, e);
    at = e - 1;
  }
  // A name signing off the text: "…盼早日解决。大垄村五组 谭桂香", "——市民 田甜".
  const tail = /[\s—－-]([\u3400-\u9fff]{2,4})[\s。.!！]*$/.exec(text);
  if (tail) {
    const s = tail.index + 1;
    const e = nameEnd(text, s);
    if (e === s + tail[1].length) pushName(out, s, e);
  }
  // "王建国（电话…）", "李秀英，电话…": the name right before contact details.
  NAME_THEN_CONTACT.lastIndex = 0;
  for (let m = NAME_THEN_CONTACT.exec(text); m; m = NAME_THEN_CONTACT.exec(text)) {
    for (const length of [4, 3, 2]) {
      const s = m.index - length;
      if (s < 0) continue;
      if (nameEnd(text, s) === m.index) {
        pushName(out, s, m.index);
        break;
      }
    }
  }
  // "此致敬礼！张建国 2014年5月6日", "——王秀英".
  SIGNATURE.lastIndex = 0;
  for (let m = SIGNATURE.exec(text); m; m = SIGNATURE.exec(text)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at, true);
    if (end > 0 && /^[\s,，。.!！]*(?:\d{2,4}\s*[年./-]|[0-9０-９]|$)/.test(text.slice(end, end + 8))) pushName(out, at, end);
  }
  // "家住东风村的李秀英".
  LIVES_AT_THE.lastIndex = 0;
  for (let m = LIVES_AT_THE.exec(text); m; m = LIVES_AT_THE.exec(text)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at);
    if (end > 0) pushName(out, at, end);
  }
}

// ---------------------------------------------------------------------------------------------

/** Personal-data spans of a text, sorted and merged (overlapping spans become one). */
export function detectPii(text: string): PiiSpan[] {
  if (typeof text !== 'string' || !text) return [];
  const spans: PiiSpan[] = [];
  scanNumbers(text, spans);
  if (text.includes('@') || text.includes('＠')) scanEmails(text, spans);
  WECHAT.lastIndex = 0;
  for (let m = WECHAT.exec(text); m; m = WECHAT.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    spans.push({ kind: 'wechat', start, end: start + m[1].length });
  }
  scanAddresses(text, spans);
  scanNames(text, spans);
  // Longest first, then drop spans inside an already kept one (an ID number is not also a phone).
  // (Each detector emits its spans in order, so this sort mostly merges sorted runs.)
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let kept = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const last = kept ? spans[kept - 1] : null;
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    spans[kept++] = s;
  }
  spans.length = kept;
  return spans;
}

/** The text with every personal-data character masked; everything else verbatim. */
export function redact(text: string, spans = detectPii(text)): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + '＊'.repeat([...text.slice(s.start, s.end)].length);
    at = s.end;
  }
  return out + text.slice(at);
}
