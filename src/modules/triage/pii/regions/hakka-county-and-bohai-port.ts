import { toHalfWidth } from '../../normalize.js';
import type { PiiSpan } from '../spans.js';
import { validAustrianSv, validBsn, validCodiceFiscale, validIdNumber, validNir } from '../checksums.js';
import { has, hasAny, scriptTest, textTables } from '../text.js';
import { ambiguousGiven, likelyName, nameEnd, nameWordsTables, pushName, stickyAt, surnameLength } from '../name-words.js';
import { numbersTables, sawTriggers } from '../numbers.js';
import { spokenNumbersTables } from '../spoken-numbers.js';
import { platesTables } from '../plates.js';
import { accountsTables } from '../accounts.js';
import { homesTables } from '../homes.js';
import { givenNamesAndNicknamesTables } from '../given-names-and-nicknames.js';
import { notAPersonalCodeTables } from '../not-a-personal-code.js';
import { foreignTables } from '../foreign.js';
import { southWestMountainsTables } from './south-west-mountains.js';
import { knownNotName } from '../not-a-name.js';
import { labourExportCountyTables } from './labour-export-county.js';

const { KATAKANA_ANY } = textTables;
const { ID_INTRO, T_HAO, T_PAREN, T_WO, T_ZHENG } = numbersTables;
const { AMBIGUOUS_SURNAMES, CLAUSE_END, COMPOUND_SET, FAMOUS, HONORIFIC, HONORIFIC_FIRST, NOT_GIVEN, NOT_NAME_WORD, PLACE_NAMES, SURNAME_SET, isHan } = nameWordsTables;
const { AFTER_YI_NAME } = southWestMountainsTables;
const { OFFICIAL_CAR, OWN_CAR, POLICE_OR_PUBLIC, PUBLIC_CAR, SENTENCE_END } = platesTables;
const { NOT_PERSONAL_CODE_BEFORE } = notAPersonalCodeTables;
const { CLAUSE_START_BEFORE, CODICE_FISCALE, ID_WITH_CHA, NAME_THEN, NAME_THEN_WORDS, OWN_SPACE_BEFORE, PARKING_SPACE, PERSON_FRAMES, ROOM_NUMBER } = labourExportCountyTables;
const { LATIN_OFFICE_BEFORE, LATIN_OFFICE_IN } = foreignTables;
const { OFFICE_BEFORE_ROOM } = homesTables;
const { isHanAt } = spokenNumbersTables;
const { CUED_STREET_NUMBER, STREET_HOME_AFTER, STREET_HOME_BEFORE, STREET_LEAD, STREET_NAME_STOP, STREET_OFFICE_AFTER } = accountsTables;
const { NICKNAME_ACTION_AFTER } = givenNamesAndNicknamesTables;

// ---------------------------------------------------------------------------------------------
// (Stop 32) Read on pii32.jsonl (a Hakka county: earthen houses, orange growers, rosters) and pii33.jsonl (a port district on
// the Bohai: truckers, seafarers, Japanese and Korean managers), studied after three stops unseen. Each rule is a form.

/** "我，刘宝琛，住…", "有我，穆长河，": the writer's own name set off by commas right after 我; "户主是我竇寶珠，": after 是我. */
const WRITER_SET_OFF = /(?:我[，,]\s?|是我)(?=[\u3400-\u9fff]{2,3}[，,。；;])/g;
/** A Han name and, in brackets, the same name in Hangul, katakana or Latin letters (鄭多英（Jung Da-young）, 崔俊赫（최준혁）,
 * 渡邊 翔（WATANABE Sho）, 中村 由美（ナカムラ ユミ）): a person by both names. A firm's bracketed name is one word or
 * two capitalized words (東和物流（Towa Logistics）) and has no hyphenated or upper-case surname. */
const NAME_WITH_READING = /([\u3400-\u9fff]{1,4}(?:[ \u3000][\u3400-\u9fff]{1,3})?)[（(]([\uac00-\ud7a3]{2,4}|[\u30a1-\u30fa\u30fc]{2,12}(?:[ \u3000・][\u30a1-\u30fa\u30fc]{2,12})?|[A-Z][a-z]{1,10} [A-Z][a-z]{1,8}-[a-z]{2,8}|[A-Z]{2,12} [A-Z][a-z]{1,10}(?: [A-Z][a-z]{1,10})?)[）)]/g;
/** Japanese family names that, written with a space before the given name (松田 浩二, 森 正人), begin a person's name. */
const JAPANESE_SPACED_FAMILY = new Set(
  ('松田 中村 田中 山田 池田 福田 高木 平田 大野 小野 石井 清水 山口 松下 森田 原田 中野 小川 中山 岩崎 野村 村上 太田 ' +
    '渡边 渡邊 渡辺 高桥 高橋 铃木 鈴木 佐藤 伊藤 山本 小林 加藤 吉田 井上 木村 斋藤 齋藤 斎藤 山崎 桥本 橋本 石川 中岛 中島 前田 冈田 岡田 ' +
    '藤田 后藤 後藤 近藤 远藤 遠藤 青木 坂本 西村 藤井 冈本 岡本 藤原 三浦 松井 竹内 田村 柴田 酒井 工藤 宫崎 宮崎 宫本 宮本 安藤 岛田 島田 ' +
    '谷口 今井 丸山 河野 藤本 武田 杉山 久保 松尾 野口 菅原 荒木 大塚 森本 吉川 中川 松本 长谷川 長谷川').split(' '),
);
const JAPANESE_SPACED_NAME = /([\u3400-\u9fff]{1,3})[ \u3000]([\u3400-\u9fff]+)/g;
/** A Japanese name in katakana, family and given name apart (ナカムラ ユミ, ヨシダ・イチロウ). */
// (Apart by a space: コカ・コーラ, a brand, has a middle dot; bounded, as a run of thousands would be read again from each.)
const KATAKANA_NAME = /(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]{2,12}[ \u3000][\u30a1-\u30fa\u30fc]{2,12}(?![\u30a1-\u30fa\u30fc])/g;
/** A Japanese name romanized in passport order, the family name in capitals (WATANABE Sho, TAKAHASHI Makoto): every part
 * made of Hepburn syllables, which an English word of capitals seldom is (TOYOTA Corolla, HONDA Civic are not). */
const HEPBURN = '(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n(?![aiueoy]))+';
const HEPBURN_PASSPORT_NAME = new RegExp(`(?<![A-Za-z])([A-Z]{4,14}) ([A-Z][a-z]{1,10})(?![A-Za-z])`, 'g');
const HEPBURN_WORD = new RegExp(`^${HEPBURN}$`);
/** A Filipino name with a middle initial (Arnel P. Bautista, Ma. Cristina Dela Cruz, Roberto M. Garcia). */
const MIDDLE_INITIAL_NAME = /(?<![A-Za-z])(?:Ma\. )?[A-Z][a-z]{2,12} (?:[A-Z]\. )(?:(?:Dela|De|Del|Delos|De los|Dos|San|Santa) )?[A-Z][a-z]{2,15}(?![A-Za-z])|(?<![A-Za-z])Ma\. [A-Z][a-z]{2,12}(?: [A-Z][a-z]{1,12})?(?: (?:Dela|De|Del|Delos|Dos|San|Santa))? [A-Z][a-z]{2,15}(?![A-Za-z])/g;
/** An e-mail address with # for @ (wenjiahui#126.com（#换成@）): a mailbox's domain after it, where the writer says so or
 * the domain is a public mail service's. */
const HASH_EMAIL = /(?<![A-Za-z0-9._-])([A-Za-z0-9][A-Za-z0-9._-]{1,63})#((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6})(?![A-Za-z0-9])/g;
const MAIL_SERVICE = /^(?:126|163|yeah|qq|foxmail|sina|sohu|139|189|gmail|hotmail|outlook|yahoo|icloud|aliyun)\./i;
/** An e-mail address read aloud in Chinese (qiaoyulan艾特一六三点com). */
const SPOKEN_EMAIL = /(?<![A-Za-z0-9._-])[A-Za-z0-9][A-Za-z0-9._-]{1,63}(?:艾特|爱特|愛特|圈a|圈A)(?:[一二三四五六七八九〇零幺0-9]{2,3}|[A-Za-z]{2,10}|扣扣)(?:点|點)(?:com|net|cn|org|康姆)(?:(?:点|點)cn)?/g;
/** India's PAN of a person (the fourth letter P) after its word (PAN税号… BKRPS4418K). */
const INDIAN_PAN = /(?<![A-Za-z0-9])[A-Z]{3}P[A-Z][0-9]{4}[A-Z](?![A-Za-z0-9])/g;
/** A seafarer's continuous discharge certificate (CDC No. MUM 218734). */
const SEAFARER_CDC = /CDC(?: No\.?| number)?[:：\s]{0,2}([A-Z]{3} ?[0-9]{5,7})(?![A-Za-z0-9])/g;
/** A farm machine's plate (拖拉机赣07-21385): the province, two digits and five; a farmer's own, there is no office's tractor. */
const FARM_PLATE = /(?:拖拉机|拖拉機|农机|農機|收割机|收割機|农用车|農用車|三轮车|三輪車|手扶)(?:的)?(?:车牌|車牌|号牌|號牌|牌照|牌)?(?:号|號)?(?:是|为|為)?[:：]?\s?([京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][0-9]{2}[-－·]?[0-9]{5})(?![0-9])/g;
/** A husband or a wife spoken of with 家 (我家先生孟憲成, 我们家那位臧德旺). */
const SPOUSE_WITH_JIA = /(?:我家先生|我家太太|我家那位|我们家那位|我們家那位|我家那口子|我家老头子|我家老頭子)\s?/g;

export function scanStop32(text: string, out: PiiSpan[], hasLetter: boolean) {
  // (Each cue looked for alone first: 农 is in many opinions, a farm machine in few.)
  if (has(text, '拖拉') || has(text, '农机') || has(text, '農機') || has(text, '农用') || has(text, '農用') || has(text, '收割') || has(text, '三轮') || has(text, '三輪') || has(text, '手扶')) {
    FARM_PLATE.lastIndex = 0;
    for (let m = FARM_PLATE.exec(text); m; m = FARM_PLATE.exec(text)) out.push({ kind: 'plate', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (sawTriggers & T_WO) {
    WRITER_SET_OFF.lastIndex = 0;
    for (let m = WRITER_SET_OFF.exec(text); m; m = WRITER_SET_OFF.exec(text)) {
      const s = m.index + m[0].length;
      // (我，一个老党员，…: a standing, not a name — the name must be a surname and a given name that read as one.)
      const sl = surnameLength(text, s);
      if (!sl) continue;
      let e = s + sl;
      while (e < text.length && e - s < 3 && isHan(text.charCodeAt(e)) && !NOT_GIVEN.has(text[e])) e++;
      if (e - s < 2 || isHan(text.charCodeAt(e)) || !likelyName(text, s, e) || FAMOUS.has(text.slice(s, e))) continue;
      // (我，江苏人，/ 我，黄冈人，: where one is from, not a name.)
      if (text[e - 1] === '人' || PLACE_NAMES.test(text.slice(s, e))) continue;
      // (是我们, 是我自己: 们 and 自 are no surname and given name; 是我爸，: a kin word ends the phrase.)
      if (HONORIFIC_FIRST.has(text[s + sl]) && HONORIFIC.test(text.slice(s + sl, e + 1))) continue;
      pushName(out, s, e);
    }
    if (has(text, '家')) {
      SPOUSE_WITH_JIA.lastIndex = 0;
      for (let m = SPOUSE_WITH_JIA.exec(text); m; m = SPOUSE_WITH_JIA.exec(text)) {
        const s = m.index + m[0].length;
        const e = nameEnd(text, s, true);
        if (e > s && likelyName(text, s, e)) pushName(out, s, e);
      }
    }
  }
  if (sawTriggers & T_PAREN) {
    NAME_WITH_READING.lastIndex = 0;
    for (let m = NAME_WITH_READING.exec(text); m; m = NAME_WITH_READING.exec(text)) {
      const han = m[1];
      const reading = m[2];
      const bracket = m.index + m[0].length - reading.length - 2;
      let s = bracket - han.length;
      if (/[ \u3000]/.test(han)) {
        // (The family name before the space: a Japanese one of two or three characters ending the run, 副總經理渡邊 翔 → 渡邊,
        // or a Chinese surname of one, 王 芳.)
        const [family, given] = han.split(/[ \u3000]/);
        const len = [3, 2].find((n) => family.length >= n && JAPANESE_SPACED_FAMILY.has(family.slice(family.length - n))) ?? (SURNAME_SET.has(family[family.length - 1]) ? 1 : 0);
        if (!len) continue;
        s = bracket - given.length - 1 - len;
      } else if (/^[\uac00-\ud7a3]+$/.test(reading)) {
        // (A Korean name has one Hangul syllable per Han character, 최준혁 for 崔俊赫, 제갈성룡 for 诸葛成龙: the Han name is that long.)
        s = bracket - Math.min(han.length, reading.length);
        if (!surnameLength(text, s)) continue;
      } else if (/^[A-Za-z]/.test(reading)) {
        // (Latin letters: one syllable per Han character, as the Hangul, Jung Da-young for 鄭多英 and WANG Li for 王丽: the
        // character before them, 向王丽, is not the name's.)
        s = bracket - Math.min(han.length, reading.split(/[ -]/).length);
        if (!surnameLength(text, s)) continue;
      } else {
        // (Katakana: a surname and a given name of one to three characters, or a compound surname's four.)
        const four = han.length === 4 && COMPOUND_SET.has(han.slice(0, 2));
        if (!four) s = bracket - Math.min(han.length, 3);
        if (!surnameLength(text, s) && !(bracket - s === 3 && surnameLength(text, s + 1) && (s += 1))) continue;
      }
      if (bracket - s < 2) continue;
      out.push({ kind: 'name', start: s, end: bracket });
      out.push({ kind: 'name', start: bracket + 1, end: bracket + 1 + reading.length });
    }
  }
  if (has(text, ' ') || has(text, '\u3000')) {
    JAPANESE_SPACED_NAME.lastIndex = 0;
    for (let m = JAPANESE_SPACED_NAME.exec(text); m; m = JAPANESE_SPACED_NAME.exec(text)) {
      // (The family name is the run's last two or three characters that make one: 副總經理渡邊 翔 → 渡邊.)
      const run = m[1];
      let family = '';
      // (Family names of two or three characters only: 原 计划, 林 业局 are words set apart.)
      for (const len of [3, 2]) {
        if (run.length >= len && JAPANESE_SPACED_FAMILY.has(run.slice(run.length - len))) {
          family = run.slice(run.length - len);
          break;
        }
      }
      if (!family) continue;
      // (The given name is one to three characters that end the run or stand before a verb or 的: 松田 浩二是社长.)
      const givenAt = m.index + m[0].length - m[2].length;
      let len = Math.min(3, m[2].length);
      while (len > 0 && ((len < m[2].length && !AFTER_YI_NAME.has(m[2][len])) || notJapaneseGiven(m[2][len - 1]))) len--;
      if (!len || notJapaneseGiven(m[2][0]) || notJapaneseGiven(m[2][len - 1])) continue;
      // (A title after the family name is a person addressed in their role, 小林 同学, 中野 先生, not a given name.)
      if ((HONORIFIC_FIRST.has(m[2][0]) && HONORIFIC.test(m[2])) || JAPANESE_TITLE.test(m[2])) continue;
      out.push({ kind: 'name', start: m.index + run.length - family.length, end: givenAt + len });
      JAPANESE_SPACED_NAME.lastIndex = givenAt + len;
    }
  }
  if (scriptTest(KATAKANA_ANY, text)) {
    KATAKANA_NAME.lastIndex = 0;
    for (let m = KATAKANA_NAME.exec(text); m; m = KATAKANA_NAME.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  if (hasLetter) {
    if (has(text, '#')) {
      HASH_EMAIL.lastIndex = 0;
      for (let m = HASH_EMAIL.exec(text); m; m = HASH_EMAIL.exec(text)) {
        if (MAIL_SERVICE.test(m[2]) || /#[^\n]{0,4}(?:换成|換成|改成|=|＝)[^\n]{0,2}[@＠]/.test(text)) out.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
      }
    }
    if (has(text, '特') || has(text, '圈')) {
      SPOKEN_EMAIL.lastIndex = 0;
      for (let m = SPOKEN_EMAIL.exec(text); m; m = SPOKEN_EMAIL.exec(text)) out.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
    }
    if (has(text, 'PAN')) {
      INDIAN_PAN.lastIndex = 0;
      for (let m = INDIAN_PAN.exec(text); m; m = INDIAN_PAN.exec(text)) out.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
    }
    if (has(text, 'CDC')) {
      SEAFARER_CDC.lastIndex = 0;
      for (let m = SEAFARER_CDC.exec(text); m; m = SEAFARER_CDC.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
    HEPBURN_PASSPORT_NAME.lastIndex = 0;
    if (JAPANESE_CUE.test(text)) for (let m = HEPBURN_PASSPORT_NAME.exec(text); m; m = HEPBURN_PASSPORT_NAME.exec(text)) {
      if (HEPBURN_WORD.test(m[1].toLowerCase()) && HEPBURN_WORD.test(m[2].toLowerCase())) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
    if (has(text, '. ')) {
      MIDDLE_INITIAL_NAME.lastIndex = 0;
      for (let m = MIDDLE_INITIAL_NAME.exec(text); m; m = MIDDLE_INITIAL_NAME.exec(text)) {
        const words = m[0].split(' ');
        if (NOT_IN_INITIAL_NAME.has(words[0]) || NOT_IN_INITIAL_NAME.has(words[words.length - 1])) continue;
        out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
      }
    }
  }
}
/** NOT_GIVEN but 太, which ends many Japanese given names (健太, 翔太); and 库, which ends a reservoir (大野 水库). */
function notJapaneseGiven(c: string): boolean {
  return c === '库' || c === '庫' || (c !== '太' && NOT_GIVEN.has(c));
}
/** Titles written after a Japanese family name (小林 同学, 田中 社长). */
const JAPANESE_TITLE = /^(?:同学|同學|社长|社長|部长|部長|课长|課長|先生|老师|老師|桑|君|様|样)/;
/** A Japanese writer or firm in the text: where a name in passport order (WATANABE Sho) is read (HUAWEI Mate is a phone). */
const JAPANESE_CUE = /日本|日资|日資|日籍|日企|日方|Japan|[\u3041-\u30fa]/;
/** Words that start or end a capitalized phrase with an initial, but no name (Option A. The, Vitamin C. Please). */
const NOT_IN_INITIAL_NAME = new Set('Option Vitamin Plan Type Class Grade Section Part Article Item Room Block Zone Level Phase Gate Line Route Team Group Unit Floor Step Stage Appendix Annex Exhibit Figure Table Form The This That These Those Please And But For We It He She They You Our My His Her In On At To So If Then Thanks Thank Sir Madam Dear'.split(' '));
/** A Spanish foreigner's number (NIE, X1234567L), with its check letter; a DNI (12345678Z) likewise, after its name. */
const NIE = /(?<![A-Za-z0-9])([XYZ])[-\s]?([0-9]{7})[-\s]?([A-Z])(?![A-Za-z0-9])/g;
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const DNI = /(?:DNI|NIF)(?:号|號|是|为|為|:|：|\s|n\.?º){0,3}([0-9]{8})[-\s]?([A-Z])(?![A-Za-z0-9])/g;
/** Six capitals in a row: a fiscal code's start (a quick test before the whole pattern). */
const UPPER_SIX = /[A-Z]{6}/;
/** A French social-security number (NIR, 1 85 05 78 006 084 36): sex, year, month, place, order and a key mod 97. */
const NIR = /(?<![0-9])([12])[ ]?([0-9]{2})[ ]?(0[1-9]|1[0-2]|[2-9][0-9])[ ]?([0-9]{2}|2[AB])[ ]?([0-9]{3})[ ]?([0-9]{3})[ ]?([0-9]{2})(?![0-9])/g;
/** A Dutch citizen's number (BSN, nine digits passing the eleven test), only after its name. */
const BSN = /(?:BSN|burgerservicenummer|公民服务号|公民服務號)(?:号|號|是|为|為|:|：|\s){0,3}([0-9]{9})(?![0-9])/g;
/** An Austrian social-insurance number (1234 010180): four digits with a check, then the birth date. */
const AUSTRIAN_SV = /(?:社保号|社保號|社会保险号|社會保險號|SV-?Nr\.?|Sozialversicherungsnummer|Versicherungsnummer)(?:是|为|為|:|：|\s){0,3}([0-9]{4} ?[0-9]{6})(?![0-9])/g;
/** A street and house in Italian, Spanish or Portuguese order (Via Roma 12, int. 5; Calle Mayor 25, 3º B), with the flat. */
const EURO_STREET_FIRST = /(?<![A-Za-z])(?:Via|Viale|Piazza|Corso|Vicolo|Calle|Avenida|Avda\.|Plaza|Paseo|Carrer|Rua|Avenue|Rue|Boulevard) (?:(?:d[aeiou]l?|d[aeo]s|della|delle|dei|degli|di|de|du|la|le|les|l'|d')\s?|[A-Z][A-Za-zÀ-ÿ'’.-]{1,20} ){0,4}[A-Z][A-Za-zÀ-ÿ'’.-]{1,20},? (?:n\.?º ?|nº ?|n\. ?)?[0-9]{1,4}[A-Za-z]?(?:(?:(?:,|，)? ?(?:int\.?|interno|scala|sc\.|piano|p\.|piso|puerta|pta\.?|esc\.?|bajo|apt\.?|apto\.?|andar|étage|Esq\.?|Dto\.?|Dir\.?|[0-9]{1,2}[º°ª])(?: ?(?:[0-9A-Z]{1,3}|Esq\.?|Dto\.?|Dir\.?))?))*(?![A-Za-z0-9])/g;
const BSN_WORDS = ['BSN', 'burgerservicenummer', '公民服务号', '公民服務號'];
/** (Only where Austria is in the text: a Chinese company's or unit's 社保号 has ten digits too.) */
const AUSTRIAN_SV_WORDS = ['奥地利', '奧地利', '维也纳', '維也納', 'Wien', 'Österreich', 'SV-Nr', 'SV Nr', 'Versicherungsnummer'];
const EURO_STREET_WORDS = ['Via ', 'Viale ', 'Piazza ', 'Corso ', 'Vicolo ', 'Calle ', 'Avenida ', 'Avda.', 'Plaza ', 'Paseo ', 'Carrer ', 'Rua ', 'Avenue ', 'Rue ', 'Boulevard '];
const EURO_NUMBER_WORDS = ['rue ', 'Rue ', 'avenue ', 'Avenue ', 'boulevard ', 'Boulevard ', 'bd ', 'place ', 'Place ', 'allée ', 'Allée ', 'impasse ', 'Impasse ', 'chemin ', 'Chemin ', 'quai ', 'Quai '];
const EURO_SUFFIX_WORDS = ['straße ', 'strasse ', 'gasse ', 'weg ', 'straat ', 'laan ', 'gracht ', 'kade '];
/** A consulate's, an embassy's, a police headquarters' or a town hall's address, not a home. */
const EURO_OFFICE_BEFORE = /(?:Consolato|Ambasciata|Consolado|Embajada|Consulat|Ambassade|Konsulat|Botschaft|Questura|Prefettura|Comune|Municipio|Ayuntamiento|Mairie|Préfecture|Gemeente|领事馆|領事館|大使馆|大使館|使馆|使館|警察局|市政厅|市政廳)[^.;。]{0,24}$/;
// (Commas inside: 'Consolato Generale, Via Roma 12'; a home said before the street, 我家住在…, overrides it: EURO_HOME_BEFORE.)
/** A home said right before the street (住在, 我家 …): a home, whatever office the sentence names before. */
const EURO_HOME_BEFORE = /(?:住在|住|家在|家住|我家|俺家|地址|住址|address|Address|live at|lives at)[：:\s]{0,2}$/;
/** A shop, restaurant or factory's place, not a home (我在Via Roma 12开了一家餐馆, 我们的店在…). */
const EURO_BUSINESS_NEAR = /店|餐馆|餐館|饭店|飯店|工厂|工廠|仓库|倉庫|商店|批发|批發|开了一家|開了一家|公司|酒吧|bar|Bar|ristorante|Ristorante|restaurante|Restaurante/;
/** What shows the number was no house's: a year, a floor, a count (Via Roma, 2019年; Via DHL 3 days). */
const EURO_NOT_HOUSE_AFTER = /^\s?(?:年|楼|樓|层|層|次|天|个|個|小时|小時|days?|hours?|weeks?|times?)/;
/** A French house number first (12 Rue de la Paix; 3 bis, avenue …). */
const EURO_NUMBER_FIRST = /(?<![A-Za-z0-9])[0-9]{1,4}(?: ?bis| ?ter)?,? (?:rue|Rue|avenue|Avenue|boulevard|Boulevard|bd|place|Place|allée|Allée|impasse|Impasse|chemin|Chemin|quai|Quai) (?:(?:de la|de l'|de|du|des|d')\s?)?[A-Z][A-Za-zÀ-ÿ'’-]{1,20}(?: [A-Z][A-Za-zÀ-ÿ'’-]{1,20}){0,2}(?![A-Za-z])/g;
/** A German, Austrian or Dutch street with its number, stair and door (Hauptstraße 5/3/12, Kalverstraat 12). */
const EURO_STREET_SUFFIX = /(?<![A-Za-z])[A-Z][a-zäöüß]{2,24}(?:straße|strasse|gasse|weg|straat|laan|gracht|kade) [0-9]{1,4}[a-z]?(?:\/[0-9]{1,3}){0,3}(?:,? (?:Stiege|Stg\.|Tür|Top) [0-9]{1,3})*(?![A-Za-z0-9])/g;

/** A Macau plate (MX-27-48): two letters, M first, and two pairs of digits. */
const MACAU_PLATE = /(?<![A-Za-z0-9-])M[A-Z]-[0-9]{2}-[0-9]{2}(?![0-9-])/g;
const PORTUGUESE_CC = /(?:\bCC|Cartão de Cidadão)(?: n\.?º)?[:\s]{1,2}([0-9]{8} ?[0-9] ?[A-Z]{2}[0-9])(?![A-Za-z0-9])/g;
/** A Macau non-resident worker's card (the "blue card"), TNR and seven digits. */
const BLUE_CARD = /(?<![A-Za-z0-9])TNR-?[0-9]{7}(?![0-9])/g;
/** A personal card or staff number with its letters and a hyphen, after the card's word (staff ID SG-22591, 證號HG-2026-0417). */
// (Not after 编号, ID or card alone: an agreement's, a report's, a ticket's or a receipt's number is written the same way.)
const CUED_HYPHEN_CODE = /(?:staff ID|staff no\.?|employee ID|blue card|my card|ID card|證號|证号|基金编号|基金編號|社保编号|社保編號|门诊编号|門診編號|卡號碼|卡号码|卡號|卡号|工号|工號)\s?(?:no\.?|No\.?)?[:：\s]{0,2}([A-Z]{2,4}(?:-[A-Z]{2,4})?-[0-9]{3,8}(?:-[0-9]{2,6}){0,2})(?![A-Za-z0-9-])/g;
/** Whose number it is not: an operator's, a receptionist's or a window's (话务员工号…). */
const STAFF_OF_OFFICE = /话务员|話務員|接线员|接線員|接待人|坐席|窗口|客服|工作人员|工作人員|经办人|經辦人|民警|警号|警號/;
/** Personal record numbers after their words: a health check's, a household's, a carer's, a practising certificate's. */
// (Not a contract's number: a developer's or a demolition agreement's is the complaint's, and written the same way.)
const PERSONAL_RECORD = /(?:体检编号|體檢編號|户编号|戶編號|护工证号|護工證號|执业证书编号|執業證書編號|操作证号|操作證號|塔吊证号|塔吊證號|证号|證號)(?:是|为|為)?[:：\s]{0,2}([A-Z]{2,6}[0-9]{4,10}-[0-9]{2,6}|[A-Z]{2,6}-[0-9]{4}-[0-9]{4,8}|[0-9]{8,12}-[0-9]{3,6}|[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊][A-Z]?[0-9]{10,16})(?![A-Za-z0-9-])/g;
/** A home in a block of towers: building, block (座) and flat (濠庭新邨4栋2座1805), with its estate's name when it comes right before. */
const BLOCK_FLAT = /[0-9]{1,3}[栋棟][0-9]{1,2}座[0-9]{3,4}(?:室)?(?![0-9])/g;
/** An estate's name ending right before a building number. */
const ESTATE_BEFORE = /[\u3400-\u9fff]{1,6}(?:新邨|新村|花园|花園|家园|家園|苑|邨|大厦|大廈|广场|廣場|公寓|山庄|山莊)$/;
const ESTATE_NOT = /[住址在是於于我俺的到请請去：:，,。、\s（(]/;
const VERB_BEFORE_PLACE = /^(?:(?:投诉|投訴|反映|举报|舉報|请到|請到|要去|去|到|来|來|回)(?:一下)?)+/;
/** An office named right after a flat (（区社保分局）): its address, not a home. */
const OFFICE_AFTER_FLAT = /^[（(][^（）()]{0,10}(?:局|中心|办|辦|所|站|政府|委|窗口|大厅|大廳|公司)/;
/** A dormitory's building with a letter (宿舍C3棟412) or a flat in a numbered building (公寓7號樓523). */
const DORM_FLAT = /(?:宿舍|公寓)(?:[A-Z][0-9]{0,2}[栋棟]|[0-9]{1,2}(?:号楼|號樓))[0-9]{3,4}(?:室|房)?(?![0-9])/g;
/** Where a dormitory's own name starts, going back over its Han characters (濠汀大學蓮洲校區學生宿舍…) to a word that is not its. */
const DORM_NAME_STOP = /[在住是於于：:，,。、\s（(我俺们們的舍]/;
/** A chat's speaker label in brackets before a colon (［后孙楼-孙二婶］：), in a forwarded group chat. */
const CHAT_SPEAKER = /[［\[]([^［］\[\]：:\n]{2,12})[］\]][：:]/g;
/** A timed speaker in a forwarded chat ([09:13] 冰姐：). */
const TIMED_SPEAKER = /[\[［【][0-9]{1,2}[:：][0-9]{2}[\]］】]\s?([^\s\[\]［］【】：:，,。]{2,12})[：:]/g;
/** Bracketed words of a chat's own that are no speaker: the heading, and what a message holds ([图片], [语音]). */
const CHAT_NOT_SPEAKER = /群聊|羣聊|转发|轉發|转文字|轉文字|图片|圖片|语音|語音|表情|视频|視頻|链接|鏈接|文件|红包|紅包|转账|轉賬|截图|截圖|位置|撤回|系统|系統|消息|重要|附件|补充|補充|备注|備註|说明|說明|匿名|群主|公告|提示|置顶|置頂/;
const CHAT_WORDS = ['群聊', '羣聊', '微信群', '村民群', '业主群', '業主群', '老乡群', '老鄉群', 'WhatsApp', '聊天记录', '聊天記錄'];
/** A speaker who speaks for an office: the label holds its word (［村委-孙会计］, ［苘城人社-小刘］). */
// (Stop 34: also a village's clerk and a brigade's or a squad's, 村文書：, 渔政大队-王队：.)
const OFFICE_SPEAKER = /村委|居委|人社|政府|局|办|辦|所|站|书记|書記|支书|支書|主任|会计|會計|干部|幹部|文书|文書|大队|大隊|中队|中隊|长[-－]|長[-－]|网格|網格|社区|社區|客服|官方|管理员|管理員|通知|公告|[县縣市区區镇鎮乡鄉]里|[县縣市区區镇鎮乡鄉]委|长$|長$|长[（(]|長[（(]|警官|老师|老師|医生|醫生|物业|物業/;
/** A name in capitals right after the same name in Han characters (鄺美華（KONG MEI WA）, 司徒淑貞，SI TOU SOK CHENG). */
const CAPS_AFTER_HAN = /([\u3400-\u9fff]{2,4})(?:[（(]\s?|[，,]\s?)([A-Z]{2,}(?:[ -][A-Z]{2,}){1,3})(?=[）)，,。；;\s]|$)/g;

/** The sentence around text[start, end), at most 80 characters before and 120 after (a bounded look, as the plates'). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 80 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 120 && !SENTENCE_END.test(text[to])) to++;
  return text.slice(from, to);
}

/** An order's or a parcel's code that happens to pass a check is none (订单号X1234567L). */
function orderCodeBefore(text: string, at: number): boolean {
  return NOT_PERSONAL_CODE_BEFORE.test(toHalfWidth(text.slice(Math.max(0, at - 14), at)));
}
const CHECKED_NUMBERS: readonly (readonly [RegExp, (d: string) => boolean, readonly string[]])[] = [
  [BSN, validBsn, BSN_WORDS],
  [AUSTRIAN_SV, (d: string) => validAustrianSv(d.replace(' ', '')), AUSTRIAN_SV_WORDS],
];
const EURO_STREETS: readonly (readonly [RegExp, readonly string[]])[] = [[EURO_STREET_FIRST, EURO_STREET_WORDS], [EURO_NUMBER_FIRST, EURO_NUMBER_WORDS], [EURO_STREET_SUFFIX, EURO_SUFFIX_WORDS]];
/** (Stop 30) European papers and homes of an emigrant county's families: each number with its check, homes as written there. */
function scanEuropeanPapers(text: string, out: PiiSpan[], hasLetter: boolean) {
  if (hasLetter) {
    CODICE_FISCALE.lastIndex = 0;
    if (UPPER_SIX.test(text)) for (let m = CODICE_FISCALE.exec(text); m; m = CODICE_FISCALE.exec(text)) if (validCodiceFiscale(m[0]) && !orderCodeBefore(text, m.index)) out.push({ kind: 'id_number', start: m.index, end: m.index + 16 });
    if (has(text, 'DNI') || has(text, 'NIF')) {
      DNI.lastIndex = 0;
      for (let m = DNI.exec(text); m; m = DNI.exec(text)) {
        if (DNI_LETTERS[Number(m[1]) % 23] !== m[2]) continue;
        out.push({ kind: 'id_number', start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length });
      }
    }
    NIE.lastIndex = 0;
    for (let m = NIE.exec(text); m; m = NIE.exec(text)) if (DNI_LETTERS[Number(`${'XYZ'.indexOf(m[1])}${m[2]}`) % 23] === m[3] && !orderCodeBefore(text, m.index)) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, ' ')) {
    NIR.lastIndex = 0;
    for (let m = NIR.exec(text); m; m = NIR.exec(text)) if (validNir(m) && !orderCodeBefore(text, m.index)) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
  for (const [re, valid, words] of CHECKED_NUMBERS) {
    if (!hasAny(text, words)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!valid(m[1])) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ kind: 'id_number', start, end: start + m[1].length });
    }
  }
  if (!hasLetter) return;
  for (const [re, words] of EURO_STREETS) {
    if (!hasAny(text, words)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!/[0-9]/.test(m[0]) || LATIN_OFFICE_IN.test(m[0]) || EURO_NOT_HOUSE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7))) continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (!EURO_HOME_BEFORE.test(before)) {
        if (LATIN_OFFICE_BEFORE.test(before) || EURO_OFFICE_BEFORE.test(before) || OFFICE_BEFORE_ROOM.test(before.slice(-14))) continue;
        if (EURO_BUSINESS_NEAR.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 10))) continue;
      }
      out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
    }
  }
}

/** A full name at text[s, s + 3) in a person's frame: a listed surname, two given-name characters, no official in role. */
function framedName(text: string, s: number): boolean {
  return surnameLength(text, s) === 1 && !AMBIGUOUS_SURNAMES.has(text[s]) && ambiguousGiven(text, s) && !NOT_NAME_WORD.has(text.slice(s, s + 2)) && !knownNotName(text, s, s + 3);
}

export function scanRound31(text: string, out: PiiSpan[], hasLetter: boolean) {
  if (hasLetter) {
    if (has(text, 'M')) {
      MACAU_PLATE.lastIndex = 0;
      for (let m = MACAU_PLATE.exec(text); m; m = MACAU_PLATE.exec(text)) {
        // (As a mainland plate: an official or police car's stays visible, and a model's number is no plate.)
        if (/(?:型号|型號|model|Model)\s?[:：]?\s?$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
        const sentence = sentenceAround(text, m.index, m.index + m[0].length);
        if ((OFFICIAL_CAR.test(sentence) || PUBLIC_CAR.test(sentence) || POLICE_OR_PUBLIC.test(sentence)) && !OWN_CAR.test(sentence)) continue;
        out.push({ kind: 'plate', start: m.index, end: m.index + m[0].length });
      }
    }
    // A Portuguese citizen card's number (CC 13927504 5 ZY5): eight digits, a check digit, two letters and a digit.
    if (has(text, 'CC') || has(text, 'Cidad')) {
      PORTUGUESE_CC.lastIndex = 0;
      for (let m = PORTUGUESE_CC.exec(text); m; m = PORTUGUESE_CC.exec(text)) {
        const start = m.index + m[0].length - m[1].length;
        out.push({ kind: 'id_number', start, end: start + m[1].length });
      }
    }
    if (has(text, 'TNR')) {
      BLUE_CARD.lastIndex = 0;
      for (let m = BLUE_CARD.exec(text); m; m = BLUE_CARD.exec(text)) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
    }
    if (has(text, '-')) {
      CUED_HYPHEN_CODE.lastIndex = 0;
      for (let m = CUED_HYPHEN_CODE.exec(text); m; m = CUED_HYPHEN_CODE.exec(text)) {
        if (STAFF_OF_OFFICE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
        const start = m.index + m[0].length - m[1].length;
        out.push({ kind: 'member_number', start, end: start + m[1].length });
      }
    }
  }
  // An ID number typed with 叉 (or a full-width Ｘ, or a space) for its final X: 44010619900307123叉.
  if (has(text, '叉') || has(text, 'Ｘ') || has(text, 'ｘ') || has(text, ' X') || has(text, ' x')) {
    ID_WITH_CHA.lastIndex = 0;
    for (let m = ID_WITH_CHA.exec(text); m; m = ID_WITH_CHA.exec(text)) {
      if (validIdNumber(`${m[1]}X`) || ID_INTRO.test(text.slice(Math.max(0, m.index - 12), m.index))) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
    }
  }
  // A full name in a frame that only a person fills (听X说, 找X要, 和X订了婚, 是X带人, 这事X最清楚), with no cue before it:
  // a listed surname and two given-name characters, and not an official in role (knownNotName).
  for (const [re, words] of PERSON_FRAMES) {
    if (!hasAny(text, words)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index + m[0].indexOf(m[1]);
      if (framedName(text, s)) out.push({ kind: 'name', start: s, end: s + 3 });
      re.lastIndex = m.index + 1;
    }
  }
  if (hasAny(text, NAME_THEN_WORDS)) {
    NAME_THEN.lastIndex = 0;
    for (let m = NAME_THEN.exec(text); m; m = NAME_THEN.exec(text)) {
      const s = m.index - 3;
      if (s >= 0 && (s === 0 || CLAUSE_START_BEFORE.test(text[s - 1])) && isHanAt(text, s + 2) && framedName(text, s)) out.push({ kind: 'name', start: s, end: s + 3 });
    }
  }
  // A parking space a person owns or rents (我买的车位是B2-117, 我家车位号地下二层086号), and a flat by its number alone after
  // 房号 (房号1202).
  if (has(text, '车位') || has(text, '車位')) {
    PARKING_SPACE.lastIndex = 0;
    for (let m = PARKING_SPACE.exec(text); m; m = PARKING_SPACE.exec(text)) {
      if (!OWN_SPACE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      // (A bare number is a price or a year as often: a space's number has a letter, a floor or 号, or follows 车位号.)
      if (!/[A-Z层層号號]/.test(m[1]) && !/[号號]/.test(m[0].slice(0, m[0].length - m[1].length))) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ kind: 'address', start, end: start + m[1].length });
    }
    // (Stop 33) The shapes estates give them, with a floor and an area before the letter (负二层A区086号, 地下一层C-112,
    // C區237), after the word or on their own (买的是B區負二層218號): the same owner's cue before.
    for (const re of [PARKING_SPACE_SHAPED, PARKING_LEVEL]) {
      if (re === PARKING_LEVEL && !has(text, '层') && !has(text, '層')) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!OWN_SPACE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
        const start = m.index + m[0].length - (m[1] ?? m[0]).length;
        out.push({ kind: 'address', start, end: m.index + m[0].length });
      }
    }
  }
  if (has(text, '房号') || has(text, '房號') || has(text, '门牌') || has(text, '門牌')) {
    ROOM_NUMBER.lastIndex = 0;
    for (let m = ROOM_NUMBER.exec(text); m; m = ROOM_NUMBER.exec(text)) {
      if (OFFICE_BEFORE_ROOM.test(text.slice(Math.max(0, m.index - 14), m.index)) || /(?:物业|物業|居委|村委|派出所|酒店|宾馆|賓館|旅馆|旅館)[^，,。]{0,4}$/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ kind: 'address', start, end: start + m[1].length });
    }
  }
  scanEuropeanPapers(text, out, hasLetter);
  if (sawTriggers & (T_ZHENG | T_HAO)) {
    PERSONAL_RECORD.lastIndex = 0;
    for (let m = PERSONAL_RECORD.exec(text); m; m = PERSONAL_RECORD.exec(text)) {
      if (STAFF_OF_OFFICE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ kind: 'member_number', start, end: start + m[1].length });
    }
  }
  if (has(text, '座')) {
    BLOCK_FLAT.lastIndex = 0;
    for (let m = BLOCK_FLAT.exec(text); m; m = BLOCK_FLAT.exec(text)) {
      const estate = ESTATE_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
      let start = m.index - (estate ? estate[0].length : 0);
      // (Only the estate's own name: not 住, 住址 or the writer's name before it, 岑寶儀住濠庭新邨….)
      for (let k = m.index - 1; k >= start; k--) if (ESTATE_NOT.test(text[k])) {
        start = k + 1;
        break;
      }
      if (OFFICE_AFTER_FLAT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if (has(text, '宿舍') || has(text, '公寓')) {
    DORM_FLAT.lastIndex = 0;
    for (let m = DORM_FLAT.exec(text); m; m = DORM_FLAT.exec(text)) {
      let start = m.index;
      while (start > 0 && m.index - start < 14 && isHan(text.charCodeAt(start - 1)) && !DORM_NAME_STOP.test(text[start - 1])) start--;
      // (Not a verb the writer put before the place: 投诉学生宿舍…, 反映一下教师公寓….)
      const verb = VERB_BEFORE_PLACE.exec(text.slice(start, m.index));
      if (verb) start += verb[0].length;
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if (hasAny(text, CHAT_WORDS)) {
    for (const re of [CHAT_SPEAKER, TIMED_SPEAKER]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const label = m[1];
        if (OFFICE_SPEAKER.test(label) || /^[0-9:\s]+$/.test(label) || CHAT_NOT_SPEAKER.test(label)) continue;
        const start = m.index + m[0].indexOf(label);
        out.push({ kind: 'name', start, end: start + label.length });
      }
    }
  }
}

/**
 * (Stop 30) A name in capitals right after the same name in Han characters, once the rules have read the Han name
 * (鄺美華（KONG MEI WA）): the capitals must spell as many syllables as the name has characters, or two for a
 * Mandarin given name written as one word. A road's or an office's romanization (江南路（JIANG NAN LU）) follows
 * no name.
 */
export function capsAfterHanNames(text: string, names: readonly PiiSpan[], spans: PiiSpan[]) {
  CAPS_AFTER_HAN.lastIndex = 0;
  for (let m = CAPS_AFTER_HAN.exec(text); m; m = CAPS_AFTER_HAN.exec(text)) {
    const hanEnd = m.index + m[1].length;
    const words = m[2].split(/[ -]/).length;
    const name = names.find((sp) => sp.kind === 'name' && sp.end === hanEnd);
    const len = name ? hanEnd - name.start : 0;
    if (!name || !(words === len || (words === 2 && len === 3))) continue;
    const capsStart = m.index + m[0].length - m[2].length;
    spans.push({ kind: 'name', start: capsStart, end: capsStart + m[2].length });
  }
}

export function scanCuedStreetHomes(text: string, out: PiiSpan[]) {
  if (!(has(text, '是我') || has(text, '是俺') || has(text, '是咱') || has(text, '居') || has(text, '宅') || has(text, '屋') || has(text, '寄') || has(text, '地址') || has(text, '房子') || has(text, '老房') || has(text, '家'))) return;
  CUED_STREET_NUMBER.lastIndex = 0;
  for (let m = CUED_STREET_NUMBER.exec(text); m; m = CUED_STREET_NUMBER.exec(text)) {
    const numberEnd = m.index + m[0].length;
    let s = m.index;
    while (s > 0 && m.index - s < 12 && isHan(text.charCodeAt(s - 1)) && !STREET_NAME_STOP.has(text[s - 1])) s--;
    const s0 = s;
    const lead = STREET_LEAD.exec(text.slice(s, m.index));
    if (lead) s += lead[0].length;
    // (A street with a name of its own, 石塘渔村海边路19号 → 海边路19号, is the address by itself; a village's back or
    // numbered street, 沙嘴漁村後街5號, 工人村七街3號, only with the village.)
    for (let v = m.index - 1; v > s; v--) {
      if ('村镇鎮乡鄉'.includes(text[v])) {
        if (m.index - v - 1 >= 2) s = v + 1;
        break;
      }
    }
    if (s >= m.index) continue;
    const after = text.slice(numberEnd, numberEnd + 8);
    if (!STREET_HOME_AFTER.test(after) && !STREET_HOME_BEFORE.test(text.slice(Math.max(0, s0 - 10), s0))) continue;
    if (STREET_OFFICE_AFTER.test(after)) continue;
    out.push({ kind: 'address', start: s, end: numberEnd });
  }
}

/** "我叫丰收，姓杨，", "名字叫草原，姓包": the writer's given name, a word, then the surname said apart — a name after all. */
const GIVEN_THEN_SURNAME = /(?:我叫|俺叫|名字叫|名字是|我名叫|名叫)([\u3400-\u9fff]{1,2})[，,]\s?(?:我|俺)?姓([\u3400-\u9fff])(?=[，,。；;！!\s])/dg;
export function scanGivenThenSurname(text: string, out: PiiSpan[]) {
  GIVEN_THEN_SURNAME.lastIndex = 0;
  for (let m = GIVEN_THEN_SURNAME.exec(text); m; m = GIVEN_THEN_SURNAME.exec(text)) {
    if (!SURNAME_SET.has(m[2]) || NOT_GIVEN.has(m[1][0])) continue;
    const [start, end] = m.indices![1];
    out.push({ kind: 'name', start, end });
  }
}

/** "Tenzin Norbu（丹增诺布）": a name in Latin letters, then the same person's Chinese name (found) in brackets. */
const LATIN_THEN_BRACKET = /(?<![A-Za-z])([A-Z][a-z]{1,12}(?: [A-Z][a-z]{1,12}){1,2})\s?[（(][\u3400-\u9fff·]{2,8}[)）]/g;
export function latinBeforeBracketedName(text: string, spans: PiiSpan[]) {
  let names: Map<number, number> | null = null;
  LATIN_THEN_BRACKET.lastIndex = 0;
  for (let m = LATIN_THEN_BRACKET.exec(text); m; m = LATIN_THEN_BRACKET.exec(text)) {
    const open = m.index + m[0].search(/[（(]/);
    const close = m.index + m[0].length - 1;
    // (The names found, by start, read once: a text of many such pairs stays linear.)
    if (!names) {
      names = new Map();
      for (const sp of spans) if (sp.kind === 'name') names.set(sp.start, Math.max(sp.end, names.get(sp.start) ?? 0));
    }
    if (names.get(open + 1) === close) spans.push({ kind: 'name', start: m.index, end: m.index + m[1].length });
  }
}

/**
 * A private person's nickname in quotation marks, where the text shows it is one:
 *   - what someone is called, then a person (一个叫“小鹿”的网友, 叫“雪乡一枝花”的人);
 *   - the nickname, then the real name (放高利贷的“三哥”叫裴三江, 鄰居「大眼仔」梁永康): both;
 *   - a neighbour's nickname, then what the person does (楼下的“老鄢”天天来骂).
 */
// (Round 19: also 的租戶, 的房东, 的邻居 …: 那個叫“胖哥”的租戶.)
const CALLED_QUOTED = /(?:个叫|個叫|位叫|名叫|叫做|叫)[“「]([^”」\s，,。；;！!？?]{2,6})[”」](?=的(?:人|女人|男人|网友|網友|主播|博主|家伙|傢伙|男的|女的|小伙|小夥|姑娘|租户|租戶|租客|房客|房东|房東|邻居|鄰居|住户|住戶|老板|老闆|司机|司機|工友))/g;
const QUOTED_THEN_REAL = /[“「]([^”」\s，,。；;！!？?]{2,5})[”」](?:叫|真名叫|真名是|大名叫|本名叫)?(?=[\u3400-\u9fff])/g;
const NEIGHBOUR_QUOTE_BEFORE = /(?:邻居|鄰居|楼下的|樓下的|楼上的|樓上的|隔壁的|对门的|對門的|隔壁|对门|對門|楼下|樓下|楼上|樓上|放高利贷的|放高利貸的|放贷的|放貸的)$/;
export function scanQuotedNicknames(text: string, out: PiiSpan[]) {
  CALLED_QUOTED.lastIndex = 0;
  for (let m = CALLED_QUOTED.exec(text); m; m = CALLED_QUOTED.exec(text)) {
    const [start, end] = [m.index + m[0].length - m[1].length - 1, m.index + m[0].length - 1];
    // (Not what a thing is called: 叫“最美窗口”的活动 has no person after 的.)
    if (!/[什么麼啥]/.test(m[1])) out.push({ kind: 'name', start, end });
  }
  QUOTED_THEN_REAL.lastIndex = 0;
  for (let m = QUOTED_THEN_REAL.exec(text); m; m = QUOTED_THEN_REAL.exec(text)) {
    const q = m.index + m[0].length;
    const nickStart = m.index + 1;
    const nickEnd = nickStart + m[1].length;
    if (!NEIGHBOUR_QUOTE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    let e = nameEnd(text, q);
    // (After 叫 said outright, "“三哥”叫裴三江，": a surname and two characters that end the clause.)
    if (q > nickEnd + 1 && !(e - q >= 2 && likelyName(text, q, e)) && surnameLength(text, q) === 1 && isHan(text.charCodeAt(q + 1)) && isHan(text.charCodeAt(q + 2)) && CLAUSE_END.has(text[q + 3] ?? '。')) e = q + 3;
    else if (!(e - q >= 2 && likelyName(text, q, e))) e = -1;
    if (e > q && (e === text.length || CLAUSE_END.has(text[e]) || stickyAt(NICKNAME_ACTION_AFTER, text, e) || /^[成天每又把]/.test(text[e]))) {
      out.push({ kind: 'name', start: nickStart, end: nickEnd });
      out.push({ kind: 'name', start: q, end: e });
    } else if (q === nickEnd + 1 && stickyAt(NICKNAME_ACTION_AFTER, text, q)) out.push({ kind: 'name', start: nickStart, end: nickEnd });
  }
}
/** An owner's parking space after its word (车位是负二层A区086号, 车位：B2-309, 車位C區237, 我的车位地下一层C-112). */
const PARKING_SPACE_SHAPED = /(?:车位|車位)(?:号|號|编号|編號)?(?:是|为|為|：|:)?\s?((?:(?:地下|负|負)[一二三四1-4][层層]|[A-Z][区區])?(?:(?:地下|负|負)[一二三四1-4][层層])?[A-Z](?:[0-9][区區]?|[区區])?[-－]?[0-9]{2,4}[号號]?|[A-Z][0-9]?[区區]?[-－]?[0-9]{2,4}[号號]?)(?![0-9A-Za-z])/g;
/** A space's place under an estate without the word before it (买的是B區負二層218號, 负二层A区086号). */
const PARKING_LEVEL = /(?:[A-Z][区區])?(?:地下|负|負)[一二三四1-4][层層](?:[A-Z][区區]?)?[-－]?[0-9]{2,4}[号號]?(?![0-9])/g;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const hakkaCountyAndBohaiPortTables = { EURO_STREET_FIRST, EURO_OFFICE_BEFORE, EURO_HOME_BEFORE, EURO_BUSINESS_NEAR, EURO_NOT_HOUSE_AFTER, CHAT_NOT_SPEAKER, CHAT_WORDS, OFFICE_SPEAKER };
