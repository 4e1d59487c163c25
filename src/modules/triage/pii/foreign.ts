import type { PiiSpan } from './spans.js';
import { CharSet } from './unit-sets.js';
import { validIban } from './checksums.js';
import { anchoredScansTables } from './anchored-scans.js';
import { execAnchored, has } from './text.js';
import { likelyName, nameEnd, nameWordsTables, pushName } from './name-words.js';
import { homesTables, nameStart } from './homes.js';
import { aliasesAndSignaturesTables, bareFullName, sharesChar } from './aliases-and-signatures.js';
import { permitsTables } from './permits.js';

const { CHINESE_NAME_OF, LATIN_NOT, LATIN_PERSON } = permitsTables;
const { CLAUSE_END, NICKNAME_NOT, SURNAME_SET, isHan } = nameWordsTables;
const { NEIGHBOUR_BEFORE, OFFICE_BEFORE_ROOM } = homesTables;
const { ALIAS_NOT, ALIAS_ROLE_END, ALIAS_STOP, ALIAS_TITLE_END, NICK_SUBJECT_NOT, NICK_SUBJECT_STOP, OFFICIAL_RIGHT_BEFORE } = aliasesAndSignaturesTables;
const { REAL_NAME_CUE } = anchoredScansTables;

// Names, IDs, accounts and homes of foreigners and overseas writers: Latin, Hangul and Cyrillic script.

/**
 * (Stop 27) A name in Latin letters where the rules read a Chinese one: after a relative, a partner, a workmate, a
 * landlord or a worker the writer names (我老婆 Manivanh, 老挝工人 Bounmy, 泰国技师 Pimpaka, 房东 Kevin), or after
 * 叫 (他叫 Jason); and beside a name the rules found (郑伟强 Alvin Teh, 郭凤英 (Kok Fong Eng)). LATIN_NOT and English
 * words keep their reading.
 */
// (Stop 29: children, parents, siblings, a partner in business and a client too: 儿子Yassin, 合伙人Omar.)
const KIN_BEFORE_LATIN = /^(?:儿子|兒子|女儿|女兒|孙子|孫子|孙女|孫女|爸爸|妈妈|媽媽|父亲|父親|母亲|母親|哥哥|姐姐|弟弟|妹妹|同学|同學|客户|客戶|合伙人|合夥人)/;
const NAME_FOLLOWER = new CharSet([...'在是的说說和与與也都还還就从從到被给給跟叫今已']);
const LATIN_AFTER_PERSON = /(?:儿子|兒子|女儿|女兒|孙子|孫子|孙女|孫女|爸爸|妈妈|媽媽|父亲|父親|母亲|母親|哥哥|姐姐|弟弟|妹妹|同学|同學|客户|客戶|合伙人|合夥人|老婆|老公|妻子|丈夫|媳妇|媳婦|侄子|侄女|外甥女?|表哥|表姐|表弟|表妹|堂哥|堂弟|堂姐|堂妹|朋友|同事|室友|舍友|房东|房東|二房东|二房東|租客|邻居|鄰居|工人|技师|技師|货主|貨主|老板|老闆|师傅|師傅|骑手|騎手|保姆|护工|護工|男朋友|女朋友|男友|女友|名叫|叫做|名字叫|名字是|英文名|英文名字|[他她]叫)\s?([A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11}){0,2})(?![A-Za-z0-9_@'’-])/g;
/** A contact field's label after a name (陳家豪 Email：…), no second name. */
const LATIN_FIELD = /^(?:E-?mail|Mail|Tel|Phone|Mobile|Cell|Fax|Add|Address|Home|WeChat|Wechat|WhatsApp|Telegram|Line|Signal|Contact|Facebook|Instagram)\b/;
/** A Latin name right after a name the rules found, after a space or in brackets. */
const LATIN_BESIDE = /^(?: ?[(（] ?| )([A-Z][a-z]{1,11}(?:['’][A-Z]?[a-z]+)?(?: [A-Z][a-z]{1,11}){0,2})(?= ?[)）]|[\s，,。；;！!？?:：]|$)/;
/**
 * (Stop 28) The same in English and in pinyin: after the writer's relation to a private person (my flatmate Ahmed Raza,
 * my team lead Eric Lam, my landlord Huang Weiming), after the writer's own introduction in pinyin (wo jiao Zou Yiming,
 * huming Dong Lihua: a surname and a given name, lower case too, not the pinyin of a word after it, …Guiqin de sunzi),
 * and a full name signing the text off after a dash (— Kwok Jun Ming).
 */
const LATIN_AFTER_RELATION = /(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er) (?:flatmate|roommate|room-mate|housemate|landlord|landlady|boss|manager|team lead|team leader|supervisor|colleague|coworker|co-worker|neighbou?r|friend|husband|wife|son|daughter|brother|sister|uncle|aunt|auntie|cousin|father|mother|dad|mum|mom|grandma|grandpa|grandmother|grandfather|tenant|agent|partner|maid|helper|nanny|girlfriend|boyfriend|classmate),? ([A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11}){0,2})(?![A-Za-z0-9_@'’-])/g;
const PINYIN_INTRO = /(?:^|[^A-Za-z])(?:[Ww]o jiao|[Ww]o shi|[Hh]u ?ming|[Ww]o de mingzi (?:shi|jiao)|[Ww]o mingzi jiao)[:：]? ([A-Za-z][a-z]{0,5}(?: [A-Za-z][a-z]{1,8}){1,2})(?![A-Za-z0-9_@'’-])/g;
/** Pinyin words that end no name (the clause going on after it). */
const PINYIN_NOT_NAME = new Set(('de le shi zai he gen ye jiu dou hai ma ne a ba you mei bu dianhua shouji jia zhu cong dao gei bei ba wo ni ta men ' +
  'zhe na yi ge zhege nage yige zhei nei xiaoqu yezhu laoshi xuesheng cunmin jumin gongren siji yisheng ren de di dang cong yuan').split(' '));
const LATIN_SIGNATURE = /(?:—|--|－－|——)\s?([A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11}){1,2})[\s.。!！]*$/;
const LATIN_TITLE = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Madam']);
/** After a name, a company's word: the relation is a firm (my agent Midland Realty). */
const COMPANY_AFTER = /^ (?:Realty|Ltd|Limited|Group|Property|Properties|Company|Co|Inc|Agency|Holdings)\b/;
/**
 * (Stop 28) Two or three capitalized words together, standing alone among Han characters or lower-case text (Tan Hok
 * Seng, Leong Ka Io, Eric Lam, Budi Santoso, Maung Htet Naing, Nông Thị Hương, Ольга Петрова: letters of any cased
 * script, so Vietnamese with its marks and Cyrillic too): a person's name, with no cue needed.
 * Over the 39 studied sets, 192 labels are such names and only 9 such runs were not (Dear Sir, Hong Kong, Kuala
 * Lumpur, Home Return Permit, a pinyin place): in an opinion, what is capitalized word by word is a name. Not where
 * a word is a function word, a greeting, a title, a nationality or a place's or an institution's word (LATIN_RUN_NOT),
 * nor where a place's word follows (… Village, … Road); a sentence of English in title case reads as one run of four
 * words or more, and is left.
 */
// (Stop 29: a word may carry a hyphenated lower-case tail, as Korean given names do: Min-jun Seo, Pak Chol-min.)
// (Stop 29: up to five words, with a particle between two (Khalid bin Saeed Al Mansoori, Maria de Fátima Lopes): over the
// studied sets, every run of four or five such words but one (My Home Return Permit, whose words LATIN_RUN_NOT has) is a name.)
const CAPITALIZED_RUN = /(?<![\p{Lu}\p{Ll}\p{N}@._'’&/-]|\p{Lu}\p{Ll}*[ -])\p{Lu}\p{Ll}{1,11}(?:-\p{Ll}{2,8})?(?:(?: (?:bin|ibn|bint|binti|al|el|da|de|do|dos|das|del|della|di|van|von|der|den|le|la|y))?[ -]\p{Lu}\p{Ll}{1,11}(?:-\p{Ll}{2,8})?){1,4}(?![\p{Lu}\p{Ll}\p{N}@_'’&-]|[ -]\p{Lu}|\.[\p{Lu}\p{Ll}])/gu;
const LATIN_RUN_NOT = new Set([
  // LATIN_NOT's words but Hong and Kong (surnames alone: Hong Weiming; Hong Kong is read whole, LATIN_PLACE_RUNS).
  ...[...LATIN_NOT].filter((w) => w !== 'Hong' && w !== 'Kong'),
  ...(
  'Mayor Mr Mrs Ms Miss Yes No And Or But If When Why What Who How Where Which This That ' +
  // (Stop 29's review: institutions, places and slogans with a particle: Banco do Brasil, Casa del Sol, Tour de France.)
  'Banco Banca Casa Tour Hotel Hôtel Café Cafe Restaurante Restaurant Bar Lounge Sky Club Clube Make Great Again Ville Grand Gran Santa Santo San Porto Rio Monte Praia Igreja Ponte ' +
  // (Stop 30) Streets and offices of Europe's Chinese communities (Via Roma, Consolato Generale, Questura di Prato).
  'Via Viale Piazza Corso Calle Avenida Rua Rue Consolato Ambasciata Consolado Embajada Consulat Ambassade Konsulat Botschaft Questura Prefettura Comune Municipio Ayuntamiento Mairie Préfecture Gemeente Generale General ' +
  'These Those My Our Your His Her Their Its We You They He She It Is Are Was Were Be Been Am Do Does Did Can Could Will Would Should Must May Might English ' +
  'Macao Penang Manila Jakarta Bangkok Tokyo Seoul London Paris Beijing Shanghai ' +
  'Guangzhou Shenzhen Dubai China Chinas Mainland Province City County District Town Village Street Road Lane Avenue Ave Block Building Tower ' +
  'Court Estate Garden Gardens Plaza Mall Centre Center Hospital Clinic School University College Bank Company Ltd Limited Group Office ' +
  'Committee Bureau Department Station Police Service Services Customer Home Return Permit Card Number Account Email Mail Phone Tel Mobile Fax ' +
  'Address Contact Facebook Instagram Telegram WhatsApp Wechat Line Signal Shopee Lazada Taobao Alipay Pay Store Shop Online Team ' +
  'Staff Worker Boss Admin Support Help Urgent Report Update Note Notice Re Fw Subject Regards Best Sincerely ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December ' +
  'Happy Good Morning Evening Night New Year Spring Festival Day Week Month Government Public Security Health Insurance Social Labour Labor ' +
  'Lights Water Power Electricity Gas Internet Wifi Taxi Bus Metro Subway Airport Port Hotel Restaurant Cafe Bar Market Supermarket ' +
  // Provinces and large cities in pinyin (Zhejiang Jiaxing is where, not who).
  'Zhejiang Jiangsu Guangdong Fujian Sichuan Hunan Hubei Henan Hebei Shandong Shanxi Shaanxi Anhui Jiangxi Yunnan Guizhou Guangxi Hainan Gansu ' +
  'Qinghai Ningxia Xinjiang Xizang Tibet Mongolia Heilongjiang Liaoning Chongqing Tianjin Xiamen Quanzhou Fuzhou Hangzhou Nanjing Suzhou Wuhan ' +
  'Chengdu Kunming Nanning Changsha Harbin Shenyang Dalian Qingdao Jinan Zhengzhou Hefei Nanchang Guiyang Lanzhou Xining Urumqi Lhasa Haikou Sanya ' +
  // Words of brands, products, hotels and games, which are capitalized word by word too (Apple Watch, Grand Hyatt).
  'Apple Watch Grand Hyatt Hilton Marriott Sheraton Holiday Inn Royal Golden Star Air Pro Plus Mini Pad Book Mac Windows Google ' +
  'Microsoft Samsung Huawei Xiaomi Galaxy Nike Adidas Coca Cola Pepsi Louis Vuitton Gucci Prada Chanel Tesla Model Toyota Honda Benz Audi ' +
  'Volkswagen Porsche Land Rover Range Cruiser Starbucks Coffee Tea Burger King Pizza Hut Fried Chicken Disney World Universal Studio Studios ' +
  'Cinema Express Airlines Airways Pacific Cathay Emirates Global International National General United First Premium Gold Silver Diamond ' +
  'Platinum Club Member Vip Game Games Play Switch Steam League Legends Honor Kings Glory Battle Royale War Craft Minecraft Roblox Tik Tok ' +
  'Douyin Kuaishou Bilibili Weibo Baidu Alibaba Tencent Meituan Didi Uber Grab Smart Energy Tech Technology Software Digital Data Cloud ' +
  'Net Web App Apps Official Legend Super Big Red Blue Green Black White Fresh Food Foods Family Mart Seven Eleven Little ' +
  // Sign-offs (Yours Sincerely, Kind Regards, Best Wishes, a Concerned Resident).
  'Realty Property Properties Agency Holdings Inc Yours Kind Wishes Concerned Resident Residents Citizen Citizens Worried Anonymous Local Parent Parents Neighbour Neighbours Neighbor Neighbors ' +
  // Places of Hong Kong, Macau and South-East Asia, and a place's words (Mong Kok, Causeway Bay, West Lake, Great Wall).
  'Causeway Kowloon Lantau Aberdeen Taipa Coloane Cotai ' +
  'Johor Bahru Selangor Sabah Sarawak Cebu Davao Quezon Makati Medan Surabaya Bandung Bali Batam Phuket Pattaya Saigon Hanoi Haiphong ' +
  'South North East West Central Upper Lower Bay Lake Island Islands Mountain Mountains Hill Hills River Bridge Temple Square Palace Wall Beach ' +
  'Mid Autumn Christmas Eve Easter Valentine Halloween Wi Fi Ice Cream Milk Impact Duo ' +
  // Words of a complaint's title in English (Illegal Parking, Broken Lift, Noise Complaint).
  'Illegal Parking Noise Broken Lift Elevator Light Traffic Safety Problem Problems Issue Issues Request Suggestion Feedback Delay Late Supply ' +
  'Rubbish Garbage Waste Trash Dog Dogs Smell Construction Repair Repairs Fee Fees Charge Charges Rent Deposit Refund Landlord Tenant Housing ' +
  'Doctor Officer Officials Meeting Banquet Car Cars Money Bribe Corruption Unfair Dirty Unsafe Dangerous Missing Lost Found Wrong Free Open ' +
  'Closed Heating Pension Subsidy Salary Wages Unpaid Overtime Delivery Parcel Package Order Refunds Scam Fraud Fake Visa Passport Residence'
).split(' '),
]);
/** Places whose every word is also a syllable of names (Hong Kong, Mong Kok, Ho Chi Minh): known whole. (Hong, Kong,
 * Park and Moon alone are surnames: Hong Weiming, Kong Lingyu, Park Min-ji, Moon Ji-won.) */
const LATIN_PLACE_RUNS = new Set([
  'Hong Kong', 'Kuala Lumpur', 'New York', 'New Zealand', 'Hong Kong Island',
  'Mong Kok', 'Wan Chai', 'Tsim Sha Tsui', 'Sha Tin', 'Tai Po', 'Yuen Long', 'Tuen Mun', 'Sai Kung', 'Lan Kwai Fong', 'Kwun Tong',
  'Sham Shui Po', 'Wong Tai Sin', 'Tin Shui Wai', 'Tung Chung', 'Sheung Wan', 'Kwai Chung', 'Tseung Kwan', 'Ho Man Tin', 'Ma On Shan',
  'Ho Chi Minh', 'Kota Kinabalu', 'Chiang Mai', 'Da Nang', 'Hai Phong', 'Can Tho', 'Lao Cai', 'Mong Cai', 'Pin Duo',
]);
/** A run after "in", "at", "near" or "around" is a place (living in Shapu Tou). */
const LATIN_PLACE_BEFORE = /(?:^|[^A-Za-z])(?:in|at|near|around|In|At|Near|Around) $/;
const PLACE_WORD_AFTER = /^[ ,]*(?:Village|Cun|Road|Rd|Lu|Street|St|Jie|District|Qu|County|Xian|Town|Zhen|City|Shi|Province|Sheng|Court|Block|Building|Garden|Estate|Tower|Centre|Center|Hospital|School|University|Bank|Company|Co|Ltd|Office|Committee|Bureau|Station|Mall|Plaza|Park|Lane|Avenue|Ave|Xiang|Hao|Lou)\b/;
const STREET_WORDS = new Set('Via Viale Piazza Corso Vicolo Calle Avenida Avda Plaza Paseo Carrer Rua Avenue Rue Boulevard Largo Travessa Estrada'.split(' '));
export function scanCapitalizedNames(text: string, out: PiiSpan[]) {
  CAPITALIZED_RUN.lastIndex = 0;
  for (let m = CAPITALIZED_RUN.exec(text); m; m = CAPITALIZED_RUN.exec(text)) {
    const words = m[0].split(/[ -]/);
    // ("Dear Mary Chan", "Thanks John Smith": a greeting before the name.)
    let start = m.index;
    // (Stop 30 review: a street named after a person, Via Giuseppe Verdi, names no one here.)
    if (STREET_WORDS.has(words[0])) continue;
    while (words.length > 2 && LATIN_RUN_NOT.has(words[0])) start += words.shift()!.length + 1;
    // (Review: not a particle left first, Hotel de Ville → de Ville.)
    if (/^\p{Ll}/u.test(words[0])) continue;
    if (words.some((w) => LATIN_RUN_NOT.has(w)) || LATIN_PLACE_RUNS.has(words.join(' ')) || (words.length === 3 && LATIN_PLACE_RUNS.has(words.slice(0, 2).join(' ')))) continue;
    const end = m.index + m[0].length;
    if (PLACE_WORD_AFTER.test(text.slice(end, end + 14)) || LATIN_PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    out.push({ kind: 'name', start, end });
  }
}
/** (Stop 29) An English given name before a Han surname, as overseas Chinese write theirs (Jerome 施, Ethan 陳在新加坡出生):
 * the surname ends the run, or a function word follows it. The studied sets label every such run (14 of 14). */
// (Review: with the space overseas writers put there; Java班, Volvo车 are a thing and its word.)
const LATIN_GIVEN_HAN_SURNAME = /(?<![A-Za-z])([A-Z][a-z]{2,10}) ([\u3400-\u9fff])(?![\u3400-\u9fff](?<![在是的说說和与與也都还還就从從到]))/g;
export function scanLatinGivenHanSurnames(text: string, out: PiiSpan[]) {
  LATIN_GIVEN_HAN_SURNAME.lastIndex = 0;
  for (let m = LATIN_GIVEN_HAN_SURNAME.exec(text); m; m = LATIN_GIVEN_HAN_SURNAME.exec(text)) {
    if (!SURNAME_SET.has(m[2]) || LATIN_RUN_NOT.has(m[1]) || LATIN_TITLE.has(m[1])) continue;
    out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
}
// (Review: only where a name is set off, in brackets or after a slash, or said with 입니다/씨/님: 한국어, 서울시, 조선족 are words.)
const HANGUL_NAME = /(?:(?<=[（(]\s?)|(?<=[/／]\s?))[김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉태피계][\uac00-\ud7a3]{2}(?=\s?[）)]|[\s：:，,]|$)|(?<![\uac00-\ud7a3])[김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉태피계][\uac00-\ud7a3]{2}(?=입니다|이에요|예요|씨|님)/g;
export function scanHangulNames(text: string, out: PiiSpan[]) {
  HANGUL_NAME.lastIndex = 0;
  for (let m = HANGUL_NAME.exec(text); m; m = HANGUL_NAME.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + 3 });
}
/** (Stop 29) Russian plates and homes: a plate's letter, three digits, two letters and its region (М 742 ТР 25, А 318 КМ
 * 125, in the Cyrillic letters plates use), and a street, house and flat (ул. Светланская, д. 45, кв. 12). */
const RUSSIAN_PLATE = /(?<![\p{Script=Cyrillic}\p{Script=Latin}\p{N}])[АВЕКМНОРСТУХ] ?[0-9]{3} ?[АВЕКМНОРСТУХ]{2} ?[0-9]{2,3}(?![\p{Script=Cyrillic}\p{Script=Latin}\p{N}])/gu;
const RUSSIAN_HOME = /(?<![\p{L}])(?:ул\.|улица|пр\.|просп\.|проспект|пер\.|переулок|б-р|бульвар|ш\.|шоссе)\s?[\p{L}\s.-]{2,30}?,\s?(?:д\.|дом)\s?[0-9]+[\p{L}]?(?:\s?[,/]\s?(?:корп\.|к\.|стр\.)\s?[0-9]+)?,\s?(?:кв\.|квартира)\s?[0-9]+/gu;
export function scanRussianDetails(text: string, out: PiiSpan[]) {
  RUSSIAN_PLATE.lastIndex = 0;
  for (let m = RUSSIAN_PLATE.exec(text); m; m = RUSSIAN_PLATE.exec(text)) out.push({ kind: 'plate', start: m.index, end: m.index + m[0].length });
  RUSSIAN_HOME.lastIndex = 0;
  for (let m = RUSSIAN_HOME.exec(text); m; m = RUSSIAN_HOME.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
}
/**
 * (Stop 29) Foreign accounts and documents by their own shape and check: an IBAN (two letters, two check digits, up to
 * thirty letters and digits, grouped or not, whose ISO 7064 remainder is 1), a passport's machine-readable line (its
 * fillers, <<), a WhatsApp link with the number in it (wa.me/923004471852), an Emirates ID (784-YYYY-NNNNNNN-N).
 */
const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;
const MRZ = /(?<![A-Z0-9<])[A-Z0-9<]*<<[A-Z0-9<]*(?![A-Z0-9<])/g;
const WA_LINK = /(?:https?:\/\/)?wa\.me\/\+?[0-9]{8,15}(?![0-9])/g;
const EMIRATES_ID = /(?<![0-9])784-?(?:19|20)[0-9]{2}-?[0-9]{7}-?[0-9](?![0-9])/g;
export function scanForeignAccounts(text: string, out: PiiSpan[]) {
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m; m = IBAN.exec(text)) if (validIban(m[0])) out.push({ kind: 'bank_card', start: m.index, end: m.index + m[0].length });
  if (has(text, '<<')) {
    MRZ.lastIndex = 0;
    for (let m = MRZ.exec(text); m; m = MRZ.exec(text)) if (m[0].length >= 30 && /[0-9]{6}/.test(m[0])) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, 'wa.me')) {
    WA_LINK.lastIndex = 0;
    for (let m = WA_LINK.exec(text); m; m = WA_LINK.exec(text)) out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
}
export function scanEmiratesIds(text: string, out: PiiSpan[]) {
  EMIRATES_ID.lastIndex = 0;
  for (let m = EMIRATES_ID.exec(text); m; m = EMIRATES_ID.exec(text)) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
}
/**
 * (Stop 29) A home written in Latin letters: a building and its flat or room, with up to three words of its estate before
 * it (Jinxia Community Bldg 8, Unit 2, Rm 1504; Al Qusais 2, Building 14, Flat 305); a house by its street and quarter
 * (House 45, Street 7, Gulberg III); a street in Portuguese, Spanish or French with its number and flat (Rua das
 * Palmeiras, 312, apto 54). A street and number alone may be a shop's, and is left.
 */
// (Each word of the estate bounded, a digit run at most four long: an unbounded run tried at every position is quadratic.)
const LATIN_BUILDING_HOME = /(?:(?:[A-Z][A-Za-z'’-]{0,20}\.? ){0,3}(?:[A-Z][A-Za-z0-9'’-]{0,20}|[0-9]{1,4}),? )?(?:Bldg\.?|Building|Block|Blk\.?|Tower|Villa) ?(?:[0-9]{1,4}[A-Z]?|[A-Z][0-9]{0,2}(?![A-Za-z0-9]))(?:,? (?:Unit|Floor|Fl\.?|Entrance|Gate|Door) ?[0-9]{1,3}[A-Z]?)?,? (?:Rm\.?|Room|Flat|Apt\.?|Apartment|Unit|Suite) ?[0-9]{1,5}[A-Z]?(?![A-Za-z0-9])/g;
/** (Stop 32) A Malaysian home: its number, its road (Jalan, Lorong …) and its estate (No. 23, Jalan Bunga Raya 4, Taman Kinta). */
const MALAY_STREET_HOME = /(?<![A-Za-z])No\. ?[0-9]{1,4}[A-Z]?, (?:Jalan|Jln\.?|Lorong|Lrg\.?|Lebuh|Persiaran) [A-Z][A-Za-z ]{1,30}?(?: [0-9]{1,3}[A-Z]?)?(?:, (?:Taman|Kampung|Kg\.?|Bandar|Desa) [A-Z][A-Za-z ]{1,30}?)?(?=[，。,;；、\n）)]|$)/g;
const LATIN_HOUSE_STREET = /House (?:No\.? ?)?[0-9]{1,4}[A-Z]?, Street (?:No\.? ?)?[0-9]{1,4}, [A-Z][a-z]+(?: [A-Z][a-z]+)?(?: [IVX]{1,4})?(?![A-Za-z])/g;
const ROMANCE_STREET_HOME = /(?<![A-Za-z])(?:Rua|Avenida|Av\.|Travessa|Calle|Carrera|Estrada|Largo|Rue|Via) [^,，。;；\n]{2,40}, ?(?:n\.?º ?|nº ?|No\.? ?)?[0-9]{1,5}[A-Z]?,? (?:apto\.?|apt\.?|apartamento|piso|andar|r\/c|flat|depto\.?|[0-9]{1,2}º(?: ?(?:andar|piso))?) ?[0-9A-Z]{0,4}(?![A-Za-z0-9])/g;
/** (Stop 30 review) An office, a clinic or a school named in the match itself (Civic Centre Block B Room 205). */
const LATIN_OFFICE_IN = /\b(?:Centre|Center|Clinic|Hospital|Office|Bureau|Hall|School|Station|Court|Police|Government|Committee)\b/;
const LATIN_OFFICE_BEFORE = /(?:office|Office|bureau|Bureau|center|centre|Center|Centre|hall|Hall|company|Company|clinic|Clinic|hospital|Hospital|visit|Visit|办理|辦理)[^.;。]{0,20}$/;
export function scanLatinHomes(text: string, out: PiiSpan[]) {
  const building = has(text, 'Bldg') || has(text, 'Building') || has(text, 'Block') || has(text, 'Blk') || has(text, 'Tower') || has(text, 'Villa');
  const house = has(text, 'House');
  const malay = has(text, 'No.') && (has(text, 'Jalan') || has(text, 'Jln') || has(text, 'Lorong') || has(text, 'Lrg') || has(text, 'Lebuh') || has(text, 'Persiaran'));
  const street = has(text, 'Rua') || has(text, 'Av') || has(text, 'Travessa') || has(text, 'Calle') || has(text, 'Carrera') || has(text, 'Estrada') || has(text, 'Largo') || has(text, 'Rue') || has(text, 'Via');
  for (const [re, seen] of [[LATIN_BUILDING_HOME, building], [LATIN_HOUSE_STREET, house], [ROMANCE_STREET_HOME, street], [MALAY_STREET_HOME, malay]] as const) {
    if (!seen) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (OFFICE_BEFORE_ROOM.test(text.slice(Math.max(0, m.index - 14), m.index)) || LATIN_OFFICE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || LATIN_OFFICE_IN.test(m[0])) continue;
      let start = m.index;
      // (Not the words of a sentence before the estate: "living at Kou'an Xincheng Bldg 4" starts at Kou'an.)
      const lead = /^(?:(?:I|We|My|Our|Live|Living|Lives|At|In|Address|Home|Add)\b[ ,:]*)+/i.exec(m[0]);
      if (lead) start += lead[0].length;
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
}
/** (Stop 29) A foreigner's Chinese name after 中文名 (中文名海达, 中文名叫萨利赫): the studied sets label every one (24 of 24). */
const CHINESE_NAME_AFTER = /中文名(?:字)?(?:叫|是|為|为)?[:：]?([\u3400-\u9fff]{2,4})(?=[，,。；;）)！!？?\s]|$)/g;
export function scanChineseNamesGiven(text: string, out: PiiSpan[]) {
  CHINESE_NAME_AFTER.lastIndex = 0;
  for (let m = CHINESE_NAME_AFTER.exec(text); m; m = CHINESE_NAME_AFTER.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'name', start, end: start + m[1].length });
  }
}
/**
 * (Stop 29) Homes in Taiwan's and southern Fujian's notation: a lane and an alley off a road, its number, floor and
 * sub-unit (竹榕街77巷2弄9号4楼之1; every such run in the studied sets is a home, 8 of 8), a number's sub-unit with 之
 * (興台路27號之3), a dormitory's floor and room in English notation (7F-702, 3F-307: 7 of 7), and a building and room
 * written in Chinese numerals (海韵家园十二栋三〇一).
 */
const TAIWAN_LANE_HOME = /[路街道](?:[一二三四五六七八九十0-9０-９]段)?(?:[0-9０-９]{1,4}(?:巷[0-9０-９]{1,3}(?:弄[0-9０-９]{1,3})?[号號]|[号號]之[0-9０-９]{1,2}))(?:[0-9０-９]{1,2}[楼樓](?:之[0-9０-９]{1,2})?)?/g;
const FLOOR_ROOM = /(?<![A-Za-z0-9])[0-9]{1,2}F-?[0-9]{3,4}(?![0-9])/g;
const CN_BUILDING_ROOM = /[一二三四五六七八九十]{1,3}(?:栋|棟|幢)(?:[一二三四五六七八九十]{1,2}(?:单元|單元))?[一二三四五六七八九〇零]{3,4}(?![一二三四五六七八九十〇零]|年|元|万|萬|块|塊|人|户|戶|个|個|次)(?:室(?![内內外]))?/g; // (Stop 34: with its 室, 十一幢三单元七〇二室.)
export function scanTaiwanHomes(text: string, out: PiiSpan[]) {
  if (has(text, '巷') || has(text, '之')) {
    TAIWAN_LANE_HOME.lastIndex = 0;
    for (let m = TAIWAN_LANE_HOME.exec(text); m; m = TAIWAN_LANE_HOME.exec(text)) {
      // (Review: an office's address is no home: 县信访局搬到中山路12号之3.)
      if (OFFICE_BEFORE_ROOM.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      out.push({ kind: 'address', start: nameStart(text, m.index, true), end: m.index + m[0].length });
    }
  }
  if (has(text, 'F')) {
    FLOOR_ROOM.lastIndex = 0;
    for (let m = FLOOR_ROOM.exec(text); m; m = FLOOR_ROOM.exec(text)) {
      if (OFFICE_BEFORE_ROOM.test(text.slice(Math.max(0, m.index - 14), m.index)) || /^[是为為]/.test(text.slice(m.index + m[0].length))) continue;
      // (With the dormitory's name right before it: 昱晟台幹樓7F-702.)
      const start = isHan(text.charCodeAt(m.index - 1)) && !NEIGHBOUR_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) ? nameStart(text, m.index, true) : m.index;
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if (has(text, '栋') || has(text, '棟') || has(text, '幢')) {
    CN_BUILDING_ROOM.lastIndex = 0;
    for (let m = CN_BUILDING_ROOM.exec(text); m; m = CN_BUILDING_ROOM.exec(text)) out.push({ kind: 'address', start: nameStart(text, m.index, true), end: m.index + m[0].length });
  }
}
/**
 * (Stop 29) Phones, plates and names in other writers' notations: a mobile in middle dots (138·5036·2217); a country code
 * with the trunk's (0) kept (+886 (0)928 337 510, +234 (0)806 331 9042); Taiwan's country code without its plus before a
 * mobile (886-9-3205-1187); a Taiwan car's plate after its word (台灣車牌BGR-2617); a passport's name, surname first in
 * capitals and a hyphenated given name (CHEN, YU-TING).
 */
const DOTTED_MOBILE = /(?<![0-9])1[3-9][0-9][·•・.][0-9]{4}[·•・.][0-9]{4}(?![0-9])/g;
const TRUNK_ZERO_PHONE = /\+[1-9][0-9]{0,2}[\s-]?\(0\)[\s-]?[0-9]{2,4}(?:[\s-]?[0-9]{2,4}){1,3}(?![0-9])/g;
const TAIWAN_CODE_MOBILE = /(?<![0-9+])886[\s-]9[0-9]{0,2}[\s-]?[0-9]{3,4}[\s-]?[0-9]{3,4}(?![0-9])/g;
const TAIWAN_PLATE = /(?:车牌|車牌)(?:号|號|號碼|号码)?(?:是|為|为)?[:：]?\s?([A-Z]{3}-[0-9]{4}|[0-9]{4}-[A-Z]{2}|[A-Z]{2}-[0-9]{4})(?![A-Za-z0-9])/g;
// (Review: every part has a vowel, as romanized syllables do: GDP, CPI-PPI and LED, LCD-TV are no one's.)
const PASSPORT_NAME = /(?<![A-Za-z])[B-DF-HJ-NP-TV-Z]{0,3}[AEIOUY][A-Z]{0,6}, [B-DF-HJ-NP-TV-Z]{0,3}[AEIOUY][A-Z]{0,6}-[B-DF-HJ-NP-TV-Z]{0,3}[AEIOUY][A-Z]{0,6}(?![A-Za-z])/g;
export function scanOtherNotations(text: string, out: PiiSpan[], hasLetter: boolean) {
  // (Each pattern only where its own mark is: most opinions have none.)
  const dotted = has(text, '·') || has(text, '•') || has(text, '・') || has(text, '.');
  const trunk = has(text, '(0)');
  const taiwan = has(text, '886');
  for (const [re, kind, seen] of [[DOTTED_MOBILE, 'mobile', dotted], [TRUNK_ZERO_PHONE, 'mobile', trunk], [TAIWAN_CODE_MOBILE, 'mobile', taiwan], [PASSPORT_NAME, 'name', hasLetter && has(text, ',')]] as const) {
    if (!seen) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const digits = m[0].replace(/[^0-9]/g, '');
      if (kind === 'mobile' && (digits.length < 10 || digits.length > 15)) continue;
      out.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  if (!hasLetter || !(has(text, '车牌') || has(text, '車牌'))) return;
  TAIWAN_PLATE.lastIndex = 0;
  for (let m = TAIWAN_PLATE.exec(text); m; m = TAIWAN_PLATE.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ kind: 'plate', start: end - m[1].length, end });
  }
}
export function scanLatinBesideNames(text: string, out: PiiSpan[]) {
  LATIN_AFTER_PERSON.lastIndex = 0;
  for (let m = LATIN_AFTER_PERSON.exec(text); m; m = LATIN_AFTER_PERSON.exec(text)) {
    if (LATIN_NOT.has(LATIN_NAME_SPLIT.exec(m[1])![0])) continue;
    const start = m.index + m[0].length - m[1].length;
    // (Review: a thing of theirs is no name, 女儿Switch游戏机, 妈妈Vivo手机: after a child, a parent or a sibling the name
    // ends its clause or a function word follows.)
    const next = text[start + m[1].length] ?? '';
    if (KIN_BEFORE_LATIN.test(m[0]) && isHan(next.charCodeAt(0)) && !NAME_FOLLOWER.has(next)) continue;
    out.push({ kind: 'name', start, end: start + m[1].length });
  }
  LATIN_AFTER_RELATION.lastIndex = 0;
  for (let m = LATIN_AFTER_RELATION.exec(text); m; m = LATIN_AFTER_RELATION.exec(text)) {
    const first = LATIN_NAME_SPLIT.exec(m[1])![0];
    if (LATIN_NOT.has(first) || LATIN_TITLE.has(first) || m[1].split(' ').some((w) => LATIN_RUN_NOT.has(w))) continue;
    const start = m.index + m[0].length - m[1].length;
    if (COMPANY_AFTER.test(text.slice(start + m[1].length, start + m[1].length + 12))) continue;
    out.push({ kind: 'name', start, end: start + m[1].length });
  }
  PINYIN_INTRO.lastIndex = 0;
  for (let m = PINYIN_INTRO.exec(text); m; m = PINYIN_INTRO.exec(text)) {
    const words = m[1].split(' ');
    while (words.length > 1 && PINYIN_NOT_NAME.has(words[words.length - 1].toLowerCase())) words.pop();
    if (words.length < 2 || words.some((w) => PINYIN_NOT_NAME.has(w.toLowerCase()))) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'name', start, end: start + words.join(' ').length });
  }
  const signed = LATIN_SIGNATURE.exec(text);
  if (signed && !LATIN_NOT.has(LATIN_NAME_SPLIT.exec(signed[1])![0]) && !LATIN_FIELD.test(signed[1]) && !signed[1].split(' ').some((w) => LATIN_RUN_NOT.has(w))) {
    const start = signed.index + signed[0].indexOf(signed[1]);
    out.push({ kind: 'name', start, end: start + signed[1].length });
  }
  const n0 = out.length;
  for (let k = 0; k < n0; k++) {
    const sp = out[k];
    if (sp.kind !== 'name' || !isHan(text.charCodeAt(sp.end - 1))) continue;
    const m = LATIN_BESIDE.exec(text.slice(sp.end, sp.end + 48));
    if (!m || LATIN_NOT.has(LATIN_NAME_SPLIT.exec(m[1])![0]) || LATIN_FIELD.test(m[1])) continue;
    const start = sp.end + m[0].length - m[1].length;
    out.push({ kind: 'name', start, end: start + m[1].length });
  }
}
const LATIN_NAME_SPLIT = /^[^ ]+/;
export function scanLatinNames(text: string, out: PiiSpan[]) {
  LATIN_PERSON.lastIndex = 0;
  for (let m = LATIN_PERSON.exec(text); m; m = LATIN_PERSON.exec(text)) {
    const first = LATIN_NAME_SPLIT.exec(m[1])![0];
    if (LATIN_NOT.has(first)) continue;
    // ("This is Ridiculous", "Contact: Customer Service": after this is or Contact, a first and a last name.)
    if (first === m[1] && /^(?:[Tt]his is|Contact)/.test(m[0])) continue;
    if (/^Contact/.test(m[0]) && /\b(?:Service|Centre|Center|Office|Department|Desk|Team|Hotline)\b/.test(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    let end = start + m[1].length;
    // "Tina 陈": a lone surname after it.
    if (text[end] === ' ' && SURNAME_SET.has(text[end + 1] ?? '') && (end + 2 >= text.length || CLAUSE_END.has(text[end + 2]) || text[end + 2] === ' ')) end += 2;
    out.push({ kind: 'name', start, end });
    // "(梁國華)", "，張子健", " 黄安妮": the Chinese name beside it.
    let q = end;
    if (text[q] === ' ') q++;
    const bracket = text[q] === '(' || text[q] === '（';
    if (bracket || text[q] === '，' || text[q] === ',' || q > end) {
      if (bracket || text[q] === '，' || text[q] === ',') q++;
      if (text[q] === ' ') q++;
      for (const len of [3, 2, 4]) {
        const e = q + len;
        if (e > text.length || !bareFullName(text, q, e)) continue;
        const after = text[e];
        if (bracket ? after === ')' || after === '）' : e === text.length || CLAUSE_END.has(after) || after === ' ') {
          pushName(out, q, e);
          break;
        }
      }
    }
  }
  if (has(text, '文名')) {
    CHINESE_NAME_OF.lastIndex = 0;
    for (let m = CHINESE_NAME_OF.exec(text); m; m = CHINESE_NAME_OF.exec(text)) {
      const q = m.index + m[0].length;
      const e = nameEnd(text, q, true);
      if (e - q >= 2 && e - q <= 4 && likelyName(text, q, e)) pushName(out, q, e);
    }
  }
}
const NICK_LEFT = new CharSet([...'，,。；;：:、！!？?（(“"「『 \u3000叫是称稱儿兒女子孙孫']);
function nicknameBefore(text: string, to: number): number {
  for (const len of [3, 2]) {
    const s = to - len;
    if (s < 0 || !(s === 0 || NICK_LEFT.has(text[s - 1]))) continue;
    const w = text.slice(s, to);
    let ok = true;
    for (const ch of w) if (!isHan(ch.charCodeAt(0)) || ALIAS_STOP.has(ch) || NICK_SUBJECT_STOP.has(ch)) ok = false;
    if (!ok || ALIAS_NOT.has(w) || NICKNAME_NOT.has(w) || NICK_SUBJECT_NOT.has(w) || ALIAS_TITLE_END.test(w) || ALIAS_ROLE_END.test(w)) continue;
    if (w.endsWith('小名') || w.endsWith('乳名')) continue;
    return s;
  }
  return -1;
}
export function scanNicknamesBeforeRealNames(text: string, out: PiiSpan[]) {
  for (let m = execAnchored(REAL_NAME_CUE, text, 0); m; m = execAnchored(REAL_NAME_CUE, text, REAL_NAME_CUE.re.lastIndex)) {
    const sep = m[0][0];
    const bracket = sep === '（' || sep === '(';
    const comma = sep === '，' || sep === ',';
    // (叫 alone is a cue only inside brackets or after a comma: 他叫 is no nickname.)
    if (!bracket && !comma && m[0][0] === '叫') continue;
    const q = m.index + m[0].length;
    const e = nameEnd(text, q, true);
    if (e - q < 2 || e - q > 3 || !likelyName(text, q, e)) continue;
    let to = m.index;
    if (to > 0 && (text[to - 1] === '”' || text[to - 1] === '」' || text[to - 1] === '"')) to--;
    const s = nicknameBefore(text, to);
    if (s < 0) continue;
    // (After a comma the word must be what the person is called (叫小黑，真名…) or read as a nickname (老/小/阿, a
    // character of the name): 是雙胞胎，全名… and 是…的“地头蛇”，真名… describe, they do not name.)
    if (comma && !(s > 0 && '叫称稱'.includes(text[s - 1])) && !'老小阿'.includes(text[s]) && !sharesChar(text.slice(s, to), text.slice(q, e))) continue;
    if (OFFICIAL_RIGHT_BEFORE.test(text.slice(Math.max(0, s - 6), s))) continue;
    pushName(out, s, to);
    pushName(out, q, e);
  }
}
const CHILD_PARENT = /[我俺]是([\u3400-\u9fff]{2})(?:妈妈|媽媽|爸爸|妈|媽|爸)(?=[，,。；;！!？?\s]|$)/g;
const CALLED_AH = /(?:叫|自称|自稱|名叫|叫做)(阿[\u3400-\u9fff])(?=[，,。；;！!？?\s]|$)/g;
const AH_LATIN = /阿[A-Z][a-z]{1,10}(?![A-Za-z])/g;
// (Round 16: also a grandparent, 祖父孫克勤, and the name set off by a space, 家父 費光明.)
const FORMAL_KIN = /(?:家父|家母|家兄|家姐|家姊|家嫂|先父|先母|先夫|亡父|亡母|亡夫|祖父|祖母)[ \u3000]?/g;
const OVERSEAS_STANDING = /(?:华侨|華僑|归侨|歸僑|侨胞|僑胞)/g;
const ENGLISH_KIN = /(?:[Mm]y|[Oo]ur) (?:mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|wife|husband|son|daughter|brother|sister|uncle|aunt)(?: (?:Mr\.?|Mrs\.?|Ms\.?))? ([\u3400-\u9fff]{2,4})(?=[\s，,。；;！!？?（(]|$)/g;
const TAIL_NICK = /(?:^|[\s\u3000])((?:老|小|阿)[\u3400-\u9fff]{1,2}|([\u3400-\u9fff])\2(?=[\s\u3000]*[0-9])|[\u3400-\u9fff]子)(?=[\s\u3000]*[0-9（(]|[\s\u3000。.！!]*$)/g;
const TAIL_NICK_NOT = new Set('小孩 老人 小区 小區 老师 老師 老板 老闆 阿姨 小姐 老家 老公 老婆 老伴 老乡 老鄉 小组 小組 孩子 儿子 兒子 妻子 房子 日子 样子 樣子 车子 車子 院子 本子 老头 老頭 老太 小伙 小夥 小学 小學 小吃 小店 谢谢 謝謝 小心 小事 老实 老實 老是 老大 老二 小二 小样 小樣'.split(' '));

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const foreignTables = { LATIN_RUN_NOT, LATIN_OFFICE_IN, LATIN_OFFICE_BEFORE, CHILD_PARENT, CALLED_AH, AH_LATIN, FORMAL_KIN, OVERSEAS_STANDING, ENGLISH_KIN, TAIL_NICK, TAIL_NICK_NOT };
