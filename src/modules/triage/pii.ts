import { type CodeModel, shippedCodeModel } from './code-model.js';
import { eachDictionaryWord } from './jieba-dictionary.js';
import { type NameModel, shippedNameModel } from './name-model.js';
import { foldToSimplified, toHalfWidth } from './normalize.js';
import { mergeSpans, NO_SPANS, type PiiKind, type PiiSpan } from './pii/spans.js';
import { CharSet, codes, UnitSet } from './pii/unit-sets.js';
import { idShaped, luhn, validAustrianSv, validBsn, validCodiceFiscale, validHkId, validIban, validIdNumber, validNir, validOrcid, validTaiwanId, validThaiId } from './pii/checksums.js';
import { ADDRESS_AT_COMPOUND, ADDRESS_AT_STREET, ADDRESS_INTRO, CLOSING, CN_DIGIT, CN_DIGIT_BIT, COMPOUND, CONTEXT_BIT, DASHED, DEALING, DIGIT_BIT, KIN_TRANSLIT_INTRO, NAME_AFTER_VERB, NAME_INTRO_BIT, NAME_THEN_CONTACT, NICK_THEN_REAL, NUM, PLACE_THEN_NAME, REAL_NAME_CUE, REPORTING_VERB, SCAN_FIRST, SELF_WORD_SURNAME, STREET, TRANSLIT_INTRO, UNIT, WECHAT } from './pii/anchored-scans.js';
import { candText, CASED_NOT_ASCII, CHAR_CLASS, CLASS_SCAN_BITS, CLASS_TRIGGERS, CYRILLIC, endBeforeSpaces, execAnchored, flatText, foldedOf, forgetText, HANGUL, has, hasAny, KATAKANA_ANY, listedAt, listedCount, MONGOL_SCRIPT, noteCharacters, notedTriggers, scriptTest, seen, THAI_LETTER } from './pii/text.js';
import { ADDRESS_FORM_BEFORE, ADVERB_NAME_WORD, AFTER_LISTED_NAME, AFTER_NAME, afterNameOk, AMBIGUOUS_NOT_AFTER_KIN, AMBIGUOUS_SURNAMES, ambiguousGiven, ambiguousNameEnd, BAR_CELL, BECAME_BEFORE, CLAUSE_END, COMPOUND_FIRST, COMPOUND_FIRST_CODES, COMPOUND_FIRST_UNIT, COMPOUND_SET, CONFIRMABLE_INTRO, confirmedNameEnd, CONTACT_WORDS, CUE_AFTER, digit, DIMINUTIVE_END, DOUBLED_ADVERB, DOUBLED_KIN, elderEnd, FAMOUS, GIVEN, GIVEN_ONLY_AFTER, GIVEN_ONLY_INTRO, GIVEN_SET, GIVEN_WORD_STOP, givenOnlyEnd, givenOnlyNicknameEnd, HEAD_AFTER_NAME, HONORIFIC, HONORIFIC_FIRST, HOUSEHOLD_COUNT, type Intro, INTRO_LISTS, introsAt, isColonOrSpace, isGiven, isHan, JOIN_IN_WORD, KIN_BEFORE_JIAO, KIN_END_BEFORE_NAME, KIN_INTRO, LATIN_NAME, likelyName, LIST_JOIN, LIST_OFFICIAL_BEFORE, LIVES_AT_THE, LIVES_AT_THE_AFTER_ZHU, LOOSE_STOP, MACHINE_NOT_DRIVER, MOU_EXCLUDED_AFTER, MOU_EXCLUDED_BEFORE, MOU_NOT_GIVEN, MOU_ORG_AFTER, NAME_BEFORE_PHONE, NAME_BOUNDARY_BEFORE, NAME_END_VERB, nameEnd, nameEndingAt, NEIGHBOUR_HOME_AFTER, NEIGHBOUR_PLACE, neighbourSiblingEnd, NIAN_NAME_FIRST, NICKNAME_AFTER, NICKNAME_INTRO, NICKNAME_NOT, NICKNAME_WORD_INTRO, nicknameEnd, NOT_GIVEN, NOT_NAME_3, NOT_NAME_WORD, NOT_NICK_FIRST, NUMERAL_NAME_END, NUMERALS, OFFICIAL_WORD_BEFORE, OPEN_QUOTE, P_PERSON_LEFT, P_WORD_SURNAME, PAST_WHEN_AFTER, PEOPLE, PERSON_WORD_END, PLACE_END, PLACE_NAME_AFTER, PLACE_NAME_FIRST, PLACE_NAMES, PLACE_SUFFIX, placeNameReading, pushName, reporterStanding, REPORTS_AFTER, ROLE_END, scanNameList, scanTraitNicknames, SELF_INTRO, SELF_KIN_FORM, SEX_AFTER, SEX_BEFORE, SIGNATURE, SIGNED_TAIL, signedTailPossible, stickyAt, STRONG_INTRO, SURNAME_CODES, SURNAME_SET, SURNAME_UNIT, surnameLength, TAIL_WINDOW, TITLE_AFTER, TITLE_BEFORE_MOU, unlistedFullName, VERB_NAME_AFTER, WATER_OR_HILL, widenToCompound, WRITER_INTRO } from './pii/name-words.js';
import { anyDictionaryWord, commonWord, hasKnownCharacter, LEARNED_NOT_LAST, STANDING_WORDS, wordNotPerson } from './pii/dictionary.js';

export { type PiiKind, type PiiSpan } from './pii/spans.js';
export { validIdNumber, luhn, validHkId, validTaiwanId, validIban, validCodiceFiscale, validNir, validBsn, validAustrianSv, validThaiId, validOrcid } from './pii/checksums.js';
export { anchoredScans, type AnchoredScan } from './pii/anchored-scans.js';

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
//     room / house numbers (幸福家园3栋2单元501室, 河口村三组18号, 家住人民路18号), a building and a
//     room (和顺家园3栋1502), or building, unit and room with no compound named (9栋1单元202业主);
//   - mobiles and landlines said in words (一三八零零一三八零零零, 幺三九…), as transcripts write them;
//   - names a writer gives for themselves or a private person (我是/我叫/本人/村民/居民/业主/
//     联系人/反映人/来电人 X, 张某某, X（电话…）, 家住…的X, 邻居/包工头/老伴 X, 大垄村X的儿子,
//     a name signing off the text or standing before a phone number), in Simplified and
//     Traditional script. Where the characters are unusual for a name (孔繁荣, 石老根, 楊春來) the
//     name is accepted when a clause boundary or a reporting verb confirms where it ends. Also:
//     closing formulas (王五敬上), relatives with or without 我/俺/阿 (妻子洪美玲, 我阿媽…, 爷爷叫X),
//     lists of names (张三、李四和王五三户; not after a title, not 张家、李家), a full name after
//     找/被/把 where it visibly ends, a name in parentheses after a person word (我（张建华）), a
//     name right after a phone number or before 男/女, 王某华, compound and rare surnames (闾丘,
//     钟离, 禤, 郗). A nickname (老王, 小李) is masked only where it stands for a private person's
//     name: after 邻居/隔壁/我是…, or signing off the text (——赶集的老苗);
//   - names no introduction word gives, where the context shows a private person: what follows
//     (张桂兰家的低保, 马兰花她儿子, 阎德山说, 牛德旺和牛德兴兄弟俩, 梁志勇已经…), a cue before (跟孙建军一起,
//     转告卢建华, 其子丁浩然, 我三舅钱满仓, 候选人曹德江, @李晓燕), and every name of a list (王子涵、刘一诺、
//     陈雨桐) — not after a title (村支书刘长贵), not famous people (雷锋, 钟南山), not 张家湾/李家坡; a
//     two-character name only with a common one-character given name (王芳, not 温泉, 高铁), or paired by
//     和 with one that has it (陆琴和丁新); a name whose first two characters are a place (常德宏, 宁波明)
//     where it visibly ends; 向/解/全 (向领导, 解决, 全力) only as a full name after a relative
//     (我侄女解婷芬, 俺大伯向云晓). Also a full
//     name after a private person's trade or kinship word (收银员谈雅琴说, 老板娘桑丽娜自己, 我兄弟齐宝林家,
//     大舅罗福生去年 — not 工作人员/委员/干部 X), after 我家/看到/像 (我家龚二妹没给, 看到周秀兰发的), after
//     the township or the neighbours' place (落雁镇姚翠英老人, 楼上裘凤英老太太, 隔壁罗幺妹去), starting a
//     clause and going (，汪老四去交材料), or right before a home address (裴向东，荻花镇橘园村四组31号);
//   - a private person by surname and an elder's form of address (王大娘, 李大爷, 刘婶, 何二婶, 田嫂子,
//     秦老伯, 谭五爷, 马老汉), not where the surname character ends a word (保安大叔, 门卫大爷, 河南大妈);
//   - a full name of common given-name characters where the sentence shows a person without a cue
//     word: then 的/家 and what the person has (宫德福的拖拉机, 贺春兰家一分没拿到), opening a clause
//     (also after 昨天下午, 可是, 就, 没有) and then an action (蒙志刚骑车…, 卢晓燕最先…), after a relative
//     or a household word whatever follows (我二舅X, 表嫂X, 小姨子X, 个仔X, 老太太X, 上访户X), after
//     的 where it visibly ends (…受伤的X。), after 举报/联系/通知一下/除了/看看/找/让; a list item
//     whose surname the table lacks, beside names read by themselves (卞德才、花建国、苏凤琴三户; 我、X和Y);
//     a village nickname by a trait (王瘸子, 马二愣子, 孟老嘎儿, 王寡妇) or 老根/老栓 after a surname;
//     a surname that is also a word (习, 母, 汝, 花 …) only after 叫, a strong or a set-off introduction;
//   - names that read as words, where what stands around them shows a person: a surname that is a
//     preposition or a common word (向前进家的羊, 於小满说, 问了党小平，, 但严小军家…, 代课老师代晓燕反映;
//     向, 於, 解, 全, 过, 和, 党, 黑, 原, 从, 能, 代 …), a given name that is an ordinary word (高峰家,
//     江河说, 住的是田野，他家…, 田野和白雪是…), a given name alone after a word that takes a person
//     (转告海燕, 告诉红旗一声, 叫上志强一起, 我和平安两个人, 他媳妇翠兰在…, 我弟弟叫成功, 志强、春花、建国三家),
//     a full name alone in quotation marks where a name is written or claimed (写成了“董梅”, 自称“王海涛”),
//     village nicknames (二狗子天天…, 傻娃他妈, 胖嫂开的, 修车的小马哥说, 外号叫「大炮」, 管他叫大个子),
//     names in Latin letters after a person word or beside the Chinese name (我儿子Li Wei, 王思远（Wang Siyuan）)
//     and a Hong Kong double surname (陳黃美玲) — not 向领导反映, 高峰期, 和平街, 于是, an official
//     (包村干部叫向德明, 找了X三次，他是村里的会计), 冷冰冰的 or famous names (花木兰);
//   - (round 8) the writer's own full name right after 我/俺 (，我柯玉兰在…, 我喻德旺家…) or what people call
//     them (都叫我曲老根。); after 我是…的 a surname that is a word (党, 母); names signing off after a dash and
//     the writer's place (——石桥村向晓红, ——桃园村戴秀英、戴建平, ——童丽萍，幸福小区…); grandparents by
//     surname (潘爷爷, 谷奶奶) and 大哥/大姐/阿姨/叔叔 only after a private trade (清洁工阮大姐), a neighbour
//     word or beside the writer (我和柴大哥一起, 向大哥陪我) — 窗口的刘大姐 stays; 孩子妈 X, 表姐阿珍一家;
//     rural names (卢二柱, 马得福), a migrant worker (务工人员党建平，), a pupil after a grade or class or
//     before 同学/的家长, owners by what they own (塘主, 办事人); a neighbour whose surname the table lacks
//     (隔壁祢德华家); 楼下的花姐, 组的瘦子; Tibetan, Uyghur and Mongolian names written by sound (次仁卓玛,
//     帕提古丽, 其其格); a hamlet's group and house number (柳树湾组15号, not the town) and a street number
//     where the writer's household stands (我们桐江县南门巷18号一家三口); the county seat (城关) before a
//     compound is where, not part of the home;
//   - (round 10) a full name set off by spaces after the writer's standing or place, as SMS lines and signatures
//     write it (考生 X 的父亲, 退伍老兵 X，, 申请执行人 X 工资卡…, 某某村 X 我…, 外地游客 Li Ming) — not after an
//     official's or a doctor's role; 住户/老兵 X; a reporting name after a standing (种粮户X反映); a peer's nickname
//     (车友老金); a caller who goes by surname and kinship address (来电人孟大姐); 其父 X whatever follows; a street
//     number beside a private person's name (X（云杉巷7号）, 文星街53號 X) or before its residents (…12号的住户);
//     a hamlet named by a landform (桃子坳组8号); a mobile one digit off after 手机/电话. Not a building's unit
//     before a part its households share (…2单元地下室), nor a compound's name after 住在…的 (康乐苑);
//   - (round 11) a nickname or a form of address after the dealings the writer has with a private person (房东老钱,
//     包工头老鲍, 租客小胖, 开小卖部的金凤姐, 开棋牌室的老K, 知情人 小胖), a pet name after a relative (我外甥女小雪), the
//     writer by surname and kinship address (我是…的王阿姨), what people call the writer (都叫我六子); names transcribed
//     by sound (热依汗·买买提 after an introduction; 阿西木 of sound characters after a strong one); a street number
//     whose resident or a letter's addressee follows (…14號的孫玉蘭, …31号 严桂芳 收, 收件人：), without the town
//     before the street; a room named by its upstairs (402楼上), the yard behind a number (…8号后院), a described
//     home said the other way round (…那户就是我家); a person right after a home (…8号周阿毛家), list names set off by
//     spaces or carrying contacts in brackets, an ID-shaped number right after a name, a nickname explained by a name
//     in brackets, the nickname asked for at a number (…找老蒲), a name before a private standing in brackets
//     (黎明（村民）), the writer's own name whose surname starts words (本人向国平); a 黔 plate and a car said to be
//     the driver's own. Not 师傅 as a name, not a town named by its river (石笋河镇), not an office's meeting room
//     (…三楼会议室) or an office's address said with 的 (市活动办的地址是…);
//   - (round 13) a student's number after 学号, a private worker's after 工号/骑手编号/骑手ID (not a 12345 operator's or a
//     clerk's in a complaint); a nickname or an English name beside the real name (大熊（熊伟）, Kelvin（林凯文）, 褚建平（老褚）,
//     小毛，毛小兵，, 护工小芳，叫吕芳), a word the writer says is a nickname, an online or a pet name or their child
//     (蒲公英是我的网名, 白露是我闺女), a text opening with a nickname whose real name follows (老巩是…，真名巩俊峰); signatures
//     with the writer's standing (——钟晓燕，小学老师; ——柳青（学生家长）; 。龚秀英，退休教师; ——黎诗涵妈妈; ——買方羅家明;
//     ——明珠路17号葛红); 尹王氏, 阿媽陳李玉珍, 我係Amy, 我刁德才，, 外号黄鳝, 小宝他妈; a care-home room (松鹤颐养院207房), a
//     家属院's 排/号, a flat's side (6樓東戶), a compound's name after 宿舍/街道/the district (宿舍梅园8栋412 → 梅园8栋412);
//     a hit-and-run car's or an e-bike's plate, a WeChat id before （微信）, a LINE ID, +61/+65/+44 mobiles and an
//     HK 4+4 number right after a name. Not 陈太（…）, 镇长（…）, 我妈（…）, 旺财是我家狗的名字, 境外号, 请查明, 门卫室电话;
//   - phone numbers with an extension (0734-8812276转203), digits mixed with numerals (135七三一…),
//     financial numerals (壹叁捌…), slashes (177/4521/3309); e-mail with the dots written out
//     ((at) 163 (dot) com, "at gmail dot com" after 邮箱); passports and travel permits (护照号E35902817)
//     and a pupil's registration number (学籍号 G + ID number); not a government mailbox (…@….gov.cn)
//     or a duty room's line (值班室0745-…, 单位电话…);
//   - a licence plate where the writer says it is their own or a private person's car (我的车…).
//   - (round 17) the writer who holds a post in a named village and opens the text with it (河口村支书唐建华：…,
//     …村支部书记X反映：), or signs with it (——大灣村文書周小蘭); the village and a full name closing the text without a
//     dash, the name before the village, a full name before a home with its number (黄保国，住…19号…); a plate right
//     after a caller's or signer's name and 车牌; 收件人 X; rooms written 402房. Not a letter to a village official
//     (尊敬的村支书X：您好), nor 组长/理事长 X：, nor 夏季，住在山上….
//   - (round 18) a reduplicated pet name before a parent (东东他妈, 苗苗的媽媽) and two joined before their real names (甜甜和蜜蜜是…，全名…); a name before the
//     writer's kinship (我是东风的爸爸, 我係阿旺嘅老婆); a text opening with a name and a private standing (阿凱，外賣騎手，);
//     a relative's 阿-name, surname and 阿-name or transliterated name (她老公阿明, 父亲林阿狗, 我公公哈木提·吾买尔); an elder
//     after 老人/屋企人 (孟老太, 黃伯); 开挖机的罗三; 邻居家的大頭, 修车铺的光头; X是我弟; 老板马二哥; 叫阿土伯; 先生曾國良;
//     我是…嘎查的X ending the text; 我是…人，X，; 老师傅X. Not 他妈的, 天天/看看, 我是学校的家长, 阿尔茨海默, 先生您好;
//   - (round 19) 刚 ending a full name with a word surname after 叫 where the clause ends (包工頭叫農志剛); 相 and 言 as surnames
//     that start words (我奶奶叫相玉珍, 孙女言晓燕，); 花/养 … after a relative where the full name ends the clause (我奶奶花桂英，);
//     邻居老湯 (老汤 is also broth); a married name before her age (钱陈氏八十七了); 骑手/快递员 X; 家父/家母 X in full; 大年 ending
//     a rural name (我许大年，, 叫贺大年。); an SMS with no punctuation signed by a full name at its end (…扣钱詹小军, …司机孟凡);
//     two given names joined before the siblings they are (金花和银花两姐妹) and a given-name list after 我跟; a name set off
//     between a person word and its number (反映人 沈从容 186…, 家长 區嘉欣 +852…), a word-surname name opening a sentence
//     before a phone (。向国庆 137…), a sentence opening with 阿 and a name and what the person does (阿杰在…, 阿芳姐喺…). Not
//     收废品的老鍾; a quoted nickname after 房东叫/包工头叫 or before 的租户 (房东叫“老五”, 叫“胖哥”的租戶); a doubled pet name
//     after 小名 (小名叫豆豆，); 小敏（服务员）; 大家都叫她柳姨; a minority name after 同事 or before 老人/大哥 (我同事扎西平措,
//     巴特爾大哥, 拉隆村的强巴老人). Not 才让大哥先走, 相信/相关/言明, 我妈花钱, 老汤锅, 村支书X or 镇长X ending an SMS,
//     大哥和二哥两兄弟, 阿姨/阿里/阿胶, 我过大年, 收费的小刘, 叫“最美窗口”的评比, 都叫她阿姨;
//   - (stop 35) Mongolian names by sound in a person's slot (我表哥孟根达来, ——布和朝鲁, 那日苏图 189…, 浩斯：…; not 巴彦锡勒嘎查,
//     乌兰巴托, 那达慕), a Han surname before one (包铁木尔), a Cyrillic given name standing alone and an initial before one
//     (Батбилэг，…, Б.Оюунчимэг), a name in Mongolian script where its sentence speaks of a name, passport capitals after a
//     relative; Mongolian registration numbers, plates (4581 УНБ), IBANs, flats and local mobiles after 蒙古号; a herder's
//     household (…嘎查三组牧户21号); exam, candidate and teacher's certificate numbers by their cue words; a parent named
//     after their child, whole (李沐阳妈妈：, ——柏俊杰妈妈); a plate set off beside a private person's name or said aloud. Not
//     an official or a list's placeholder written with 某 (书记员：李某, 写成“王某某”), a roster's hamlet (向阳组), a form's
//     field word (性别｜女), a grade before its class (高二(4)班), a sample's number the writer says is one;
//   - NOT masked: 400/800 numbers (companies' service lines), short public hotlines (12345, 110) and
//     an office's line (值班电话, 村委会电话 0745-…): they identify no person and staff need them to
//     follow a case up. Public officials, by title (王书记, 李局长) or by name with their office
//     (镇长王建军, 王建军、李明等镇领导): what they do in office is the subject of the criticism, not
//     private data; the same holds for an official car's plate (公车私用 reports must keep it). A
//     surname with a polite or trade form of address (李师傅, 王女士, 张老师, 窗口的小刘, 刘大姐) or alone
//     (我姓王) identifies nobody and stays, also where a writer signs with it (联系人：王女士, 聯絡：鄺太);
//     but a nickname for a private person as above, and an elder by surname and kinship address
//     (王大爷, 隔壁的刘大爷, 刘婶), are masked: in a village that names one household. 张某某 is masked: writers use it for a real person they name; 向某机构 is "some".
//     An official by office with 某 (乡党委副书记钱某某, 村主任刘某) stays, like the official; so do famous
//     people in a list (李白、杜甫的诗).
//   - a building, a phase or an area alone (家住望江苑小区5号楼, 小区二期) is shared by many homes and stays.
//     Unit names, dates, amounts and counts stay.
//
// Every detector is linear in the text (anchored scans, bounded quantifiers), so a 1 MB paste or
// binary garbage costs milliseconds and never throws.

let classCount = 1;
const isX = (c: number) => c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xff58; // X x Ｘ ｘ
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Separators people put inside a number: space, NBSP, ideographic space, dashes, dots (138.0731.5520), a closing parenthesis after an area code. */
// (Round 20: U+2212 minus and U+2010/2011 hyphens too, what an input method or a word processor puts: １３６−７２２０−５１９８.)
const isDash = (c: number) => c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x2012 || c === 0x2212 || c === 0x2010 || c === 0x2011;
function isNumberSeparator(c: number): boolean {
  // (A slash too: "177/4521/3309"; (Stop 32) a middle dot: "360734·19650311·2428", "0797·4863 027".)
  return c === 0xb7 || c === 0x2f || c === 0xff0f || c === 0x2e || c === 0xff0e || c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x2012 || c === 0x2212 || c === 0x2010 || c === 0x2011 || c === 0x29 || c === 0xff09;
}

/** Between an introduction and its number: punctuation, spaces, or 是/为/号码 — not other words ("电话会议于…"). */
// (Round 16: also Cantonese 係, "電話係 6893-2210".)
const GAP = '(?:[是为為号號码碼係]|[^0-9０-９\\n\\u3400-\\u9fff]){0,6}$';
const PHONE_INTRO = new RegExp(`(?:WhatsApp|Whatsapp|whatsapp|手提|联络|聯絡|电话|電話|座机|座機|固话|固話|手机|手機|联系方式|聯繫方式|聯系方式|联系|聯繫|聯系|致电|致電|拨打|撥打|tel|Tel|TEL|phone|Phone|号码|號碼)${GAP}`);
const ID_INTRO = /(?:身份证|身份證|证件|證件|公民身份|身份号|身份號)[^0-9０-９\n]{0,8}$/;
/** (Stop 31) An ID card named earlier in the sentence, the number after a clause on it (奶奶的身份证是我抄的，最后一位可能抄错了：2224…):
 * an ID number's shape with a date of birth is the person's number, its check digit miscopied. */
/** A receipt's or an application's own number right before it (办身份证的受理编号是…): no one's ID, whatever its shape. */
const OTHER_NUMBER_BEFORE = /(?:编号|編號|回执号|回執號|受理号|受理號|预约号|預約號|单号|單號|流水号|流水號)(?:码|碼)?(?:是|为|為)?[:：]?\s?$/;
const ID_IN_SENTENCE = /(?:身份证|身份證)[^0-9０-９。！？!?\n]{0,40}$/;
const CARD_INTRO = /(?:卡号|卡號|银行卡|銀行卡|账号|賬號|帳號|账户|賬戶|帳戶|储蓄卡|儲蓄卡|信用卡|工资卡|工資卡|存折|存摺|借记卡|借記卡|折子)[^0-9０-９\n]{0,8}$/;
const QQ_INTRO = new RegExp(`(?:QQ|qq|Qq|ＱＱ|ｑｑ|扣扣|企鹅号|企鵝號)${GAP}`);
const WECHAT_INTRO_DIGITS = new RegExp(`(?:微信|威信|薇信|V信|v信|vx|VX|Vx|wx|WX|wechat|WeChat|weixin|Weixin|WeiXin)${GAP}`);
// (Round 22: not 户名 or 户主 after it, "支付宝是 138 2094 7716 户名 林少波": the account's holder, not households.)
const AMOUNT_AFTER = /^\s?(?:元|万|萬|亿|億|块|塊|%|％|人|[户戶](?![名主])|条|條|次|个|個|件|平|米|吨|噸|亩|畝)/;

/** A mobile's own introduction (手机, 手机号, 电话), for a number one digit off. */
const MOBILE_INTRO = new RegExp(`(?:手机|手機|手机号|手機號|电话|電話|联系电话|聯繫電話|联系方式|聯繫方式)${GAP}`);
type NumberKind = PiiKind | 'service' | null;
/** An extension after a phone number: 转203, " 轉 8". */
const EXTENSION = /^\s?[转轉]\s?[0-9０-９]{1,6}(?![0-9０-９])/;
const REFERENCE_BEFORE = /(?:编号|編號|单号|單號|工单|工單|回执|回執|预约号|預約號|受理号|受理號|订单|訂單|流水号|流水號|运单|運單|快递|快遞|发货单|發貨單|合同号|合同號|案号|案號|文号|文號|批次|批号|批號|序号|序號|条码|條碼)[^0-9０-９\n，,。；;]{0,6}$/;
/** A landline introduced as an office's: a unit or a duty/hotline word shortly before the number. */
const OFFICE_LINE_BEFORE = /(?:(?:值班室|值班电话|值班電話|办公室|辦公室|门卫室|門衛室|传达室|傳達室|热线|熱線)[:：\s]*[(（]?$)|(?:单位|單位|值班|办公室|辦公室|办公|辦公|热线|熱線|服务|服務|咨询|諮詢|监督|監督|举报|舉報|投诉|投訴|受理|客服|总机|總機|传真|傳真|局|所|中心|委|政府|大队|大隊|办|辦|站|处|處|科|会|會|公司|医院|醫院|学校|學校|银行|銀行|窗口|大厅|大廳|门卫|門衛|传达室|傳達室|前台|总台|總台|酒店|宾馆|賓館|海事|股|侨联|僑聯|妇联|婦聯|残联|殘聯|工会|工會|团委|團委|文联|文聯|科协|科協|牌子上|牌上|人事部|财务部|財務部|卫生室|衛生室|卫生院|衛生院|合作社|监察|監察|法院|法庭|仲裁)(?:[^，,。；;！!？?\n0-9０-９]{0,3})(?:电话|電話|座机|座機|号码|號碼|热线|熱線|专线|專線)[^0-9０-９\n，,。]{0,4}[(（]?$|(?<!(?:我|俺|家|住|妈|媽|爸|爹|娘)[^，,。；;！!？?\n]{0,12})(?:镇上|鎮上|乡上|鄉上)(?:电话|電話)[^0-9０-９\n，,。]{0,4}[(（]?$/;
// (Review, stop 34: 镇上 and 乡上 say only "in town"; the town's line is 镇上电话 itself, never one after 我, 家 or 住 in the clause: 我镇上家里电话… is a home's.)
/** (Stop 29) A number read off a notice, a sign or a website in the same sentence (公示牌上写着镇长的名字和电话…): an office's. */
// (Review: only a sign's or a notice's, with no person of the writer's between: 我家墙上…我电话 is the writer's.)
const POSTED_LINE_BEFORE = /(?:公示牌|公示栏|公示欄|告示牌|宣传栏|宣傳欄|牌子上|网站上|網站上|官网|官網)(?:(?!本人|我|俺|自己|[家户戶]的)[^。！？!?\n0-9０-９]){0,16}$/;

/** "县民政局的电话是多少？我打0748-…": an office's number asked for or dialled in the same sentence (not the writer's own: no 我的/本人/联系 between). */
// (Round 20) "县医保局：0722-4326018", "防汛辦0722-6223110": a landline right after a unit's name is the unit's; and one an
// office's hours follow ("电话0722-5102345，工作日上午8:30到12:00办公").
// (Round 27: also a company's service line, 客服0898-…, a filing line, 报备电话, and a federation's, 妇联电话.)
const OFFICE_RIGHT_BEFORE = /(?:局|中心|委|政府|大队|大隊|办|辦|站|处|處|股|窗口|大厅|大廳|管委会|管委會|客服|报备电话|報備電話|联电话|聯電話)[:：]?\s?$/;
const OFFICE_HOURS_AFTER = /^[，,]?\s?[(（]?(?:工作日|办公时间|辦公時間|上班时间|上班時間|周一至周五|週一至週五)/;
const OFFICE_LINE_ASKED = /(?:局|所|中心|政府|委|站|医院|醫院|银行|銀行|公司|大队|大隊|办公室|辦公室)的?(?:电话|電話)(?:是多少|多少|号码是多少|號碼是多少)[？?，,\s]*(?:我|俺)?(?:打|拨|撥|拨打|撥打|打了|拨了|撥了)[^0-9０-９\n。]{0,3}$/;
/** What a run of digits is, given its context; 'service' = a 400/800 number, consumed but not masked. */
/** Whether an introduction (re) ends right before `from`. */
/** A card's own number just before (ETC卡号, 卡號：): not an account's. */
const CARD_NUMBER_WORD = /(?:卡号|卡號)(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}$/;
function introBefore(text: string, from: number, re: RegExp): boolean {
  return re.test(text.slice(Math.max(0, from - 14), from));
}

/** "聯絡：鄺太，9036 7718", "电话：王先生 8765 4321": the introduction, then who answers, then the number. */
const ADDRESSEE_BEFORE = /[\u3400-\u9fff]{1,2}(?:先生|女士|小姐|太)[，,、\s:：]*$/;
/** "聯絡：甯美玲 9134 5528": the introduction, then a full name (a surname first), then the number. */
const NAME_ADDRESSEE_BEFORE = /[\u3400-\u9fff]{2,4}[，,、\s:：]+$/;
function phoneIntroBeforeAddressee(text: string, from: number): boolean {
  const m = ADDRESSEE_BEFORE.exec(text.slice(Math.max(0, from - 8), from));
  if (m !== null && introBefore(text, from - m[0].length, PHONE_INTRO)) return true;
  const n = NAME_ADDRESSEE_BEFORE.exec(text.slice(Math.max(0, from - 8), from));
  if (n === null) return false;
  const at = from - n[0].length;
  if (!surnameLength(text, at) || !/[:：\s]$/.test(text.slice(Math.max(0, at - 1), at))) return false;
  return introBefore(text, at, PHONE_INTRO);
}

/** 身份证编号, 联系电话, 银行卡号: the number is introduced as personal data after all. */
function personalIntroBefore(text: string, from: number): boolean {
  return introBefore(text, from, ID_INTRO) || introBefore(text, from, CARD_INTRO) || introBefore(text, from, PHONE_INTRO) || introBefore(text, from, QQ_INTRO);
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
  // (Stop 29) After a plus sign a phone may come in up to six groups, +7 423 240-16-88 (not an amount: 余额+1 000 000).
  const plus = start > 0 && (text[start - 1] === '+' || text[start - 1] === '＋') && !PLUS_NOT_PHONE_BEFORE.test(text.slice(Math.max(0, start - 5), start - 1));
  if (groups > (plus ? 6 : 5) || (groups === 5 && !byFours && !plus)) return null;
  if (hasX && n !== 18) return null;
  if (n === 18 && (validIdNumber(d) || (idShaped(d) && atRunStart && (introBefore(text, start, ID_INTRO) || (ID_IN_SENTENCE.test(text.slice(Math.max(0, start - 48), start)) && !OTHER_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start))))))) return 'id_number';
  if (hasX) return null;
  if (n === 15 && /^00861[3-9]/.test(d)) return 'mobile';
  if (n === 15 && idShaped(d) && (groups === 1 || atRunStart && introBefore(text, start, ID_INTRO))) return 'id_number';
  // Cards are grouped by fours (or written in one piece); Luhn alone passes one number in ten.
  const cardShaped = groups === 1 || byFours || (groups === 2 && gLen[first] === 6);
  if (n >= 16 && n <= 19 && ((cardShaped && luhn(d)) || atRunStart && introBefore(text, start, CARD_INTRO))) return 'bank_card';
  if (n >= 12 && n <= 19 && atRunStart && introBefore(text, start, CARD_INTRO)) return 'bank_card';
  // (Stop 32) A card of twenty digits (an ETC card, 1201 2218 0004 4173 8265) where the writer says it is a card.
  // (After a card's word only: an office's or a collective's account, 县财政局账户…, has twenty digits too.)
  if (n === 20 && cardShaped && atRunStart && introBefore(text, start, CARD_NUMBER_WORD)) return 'bank_card';
  if (n === 13 && /^861[3-9]/.test(d)) return 'mobile';
  // Hong Kong / Macau (+852 9123 4567, +853 …) and Taiwan (+886 912 345 678) mobiles, after a plus or 00.
  if (atRunStart && (/[+＋(（]$/.test(text.slice(start - 1, start)) || /^00/.test(d))) {
    const e = d.replace(/^00/, '');
    if (/^85[23][5-9]\d{7}$/.test(e) || /^8869\d{8}$/.test(e)) return 'mobile';
    // (Round 13) Australia (+61 412 558 903), Singapore (+65 9123 4567), the UK (+44 7911 123456).
    if (/^614\d{8}$/.test(e) || /^65[89]\d{7}$/.test(e) || /^447\d{9}$/.test(e)) return 'mobile';
    // (Round 14) Malaysia (+60 12-738 4411), Indonesia (+62 812 …), the Philippines (+63 917 …), Vietnam (+84 9…),
    // Thailand (+66 8…) mobiles; a Singapore (+65 6…), Hong Kong (+852 2…/3…), Macau (+853 28…) or Indonesian city
    // (+62 31 …) landline: the plus and the country code show a phone, a home line as much as a mobile.
    if (/^601\d{8,9}$/.test(e) || /^628\d{8,11}$/.test(e) || /^639\d{9}$/.test(e) || /^84[35789]\d{8}$/.test(e) || /^66[689]\d{8}$/.test(e)) return 'mobile';
    if (/^656\d{7}$/.test(e) || /^852[23]\d{7}$/.test(e) || /^8532\d{7}$/.test(e) || /^62[2-7]\d{8,9}$/.test(e)) return 'landline';
    // (Round 15) Japan (+81 90-3318-…, 70/80/90 and eight digits) and Korea (+82 10 …) mobiles; a Taiwan city line
    // (+886 4 2251 …, an area digit 2–8 and seven or eight digits).
    if (/^81[789]0\d{8}$/.test(e) || /^8210\d{7,8}$/.test(e)) return 'mobile';
    if (/^886[2-8]\d{7,8}$/.test(e)) return 'landline';
    // (Stop 32) A mainland home line after +86, with or without the area code's 0 (+86 22 2591 7734, +86 0797 4853 115).
    if (/[+＋]$/.test(text.slice(start - 1, start)) && /^86(?:0?(?:10|2\d)[2-9]\d{7}|0?[3-9]\d{2}[2-9]\d{6,7})$/.test(e)) return 'landline';
    // (Stop 28) Any other country's (+971 50 276 4418, +27 82 …): after a plus sign, ten to fifteen digits (E.164's
    // length with the country code) are a phone's; nothing else in an opinion is written so.
    if (/[+＋]$/.test(text.slice(start - 1, start)) && e.length >= 10 && e.length <= 15 && !/^86/.test(e) && !/^[.．,，][0-9０-９]/.test(text.slice(end, end + 2)) && !PLUS_NOT_PHONE_BEFORE.test(text.slice(Math.max(0, start - 5), start - 1))) return 'mobile';
  }
  // (Round 14) A Taiwan mobile written 09xx-xxx-xxx or 09xx xxx xxx (four, three and three digits): no mainland number
  // has that shape.
  if (n === 10 && groups === 3 && d[0] === '0' && d[1] === '9' && gLen[first] === 4 && gLen[first + 1] === 3 && atRunStart) return 'mobile';
  // "電話 852-6187 3920": the country code without a plus, where the writer says it is a phone.
  if (n === 11 && /^85[23][5-9]/.test(d) && atRunStart && introBefore(text, start, PHONE_INTRO)) return 'mobile';
  // (Round 22) "我叫馮家樂，852 9718 3364": Hong Kong's or Macau's code, then the number in fours, with no plus: no mainland
  // number starts 85, and the grouping is a phone's.
  if (n === 11 && /^85[23][5-9]/.test(d) && groups === 3 && gLen[first] === 3 && gLen[first + 1] === 4) return 'mobile';
  if (n === 11 && /^1[3-9]/.test(d)) return AMOUNT_AFTER.test(text.slice(end, end + 3)) ? null : 'mobile';
  // (Round 10) "手機 13807 362 5590": a mobile with a digit too many or too few, where the writer says it is their phone,
  // is still their number (ten of its digits are right); unintroduced, such a run is no mobile.
  if ((n === 10 || n === 12) && /^1[3-9]/.test(d) && atRunStart && introBefore(text, start, MOBILE_INTRO) && !AMOUNT_AFTER.test(text.slice(end, end + 3))) return 'mobile';
  if (n === 10 && /^[48]00/.test(d)) return 'service';
  if (n >= 10 && n <= 12 && /^0[1-9]/.test(d)) {
    // Area code 010 / 02x + 8 digits, or 0xxx + 7–8 digits.
    if (/^(?:010|02\d)\d{8}$/.test(d) || /^0[3-9]\d{2}[2-9]\d{6,7}$/.test(d) || /^0[1-9]\d{1,2}[2-9]\d{6,7}$/.test(d)) return 'landline';
  }
  if (n >= 5 && n <= 12 && d[0] !== '0' && atRunStart && introBefore(text, start, QQ_INTRO)) return 'qq';
  if (n >= 5 && n <= 12 && atRunStart && introBefore(text, start, WECHAT_INTRO_DIGITS)) return 'wechat';
  if ((n === 7 || n === 8) && /^[2-9]/.test(d) && atRunStart && (introBefore(text, start, PHONE_INTRO) || phoneIntroBeforeAddressee(text, start))) return 'landline';
  return null;
}

/** Before a plus sign, what makes the number no phone: an amount, a rate, a book's number (余额+1 000 000 000.00). */
const PLUS_NOT_PHONE_BEFORE = /(?:余额|餘額|金额|金額|收入|汇率|匯率|涨|漲|增长|增長|ISBN|isbn)$/;

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

/** Whether the last scanNumbers saw a Latin letter outside its numbers (A–Z but I and O, a–z, Ａ–Ｚ: what a plate's letter may be), read on the way. */
let sawLetter = false;
/**
 * Characters the later scans start from (我, 叫, 某, 、, 住 …), noted by scanNumbers on its way over
 * the text (its digit runs hold none of them): a scan whose character is absent is skipped, instead
 * of an indexOf over the whole text for each.
 */
const TRIGGER = new Uint32Array(65536);
const T_WO = 1; // 我 俺
const T_GRADE = 2; // 级 級 班
const T_AH = 4; // 阿
const T_GU = 8; // 古
const T_ZU = 16; // 组 組
const T_ZHU = 32; // 住
const T_LAO = 64; // 老
const T_DUN = 128; // 、
const T_MOU = 256; // 某
const T_JIAO = 512; // 叫
const T_PAREN = 1024; // （ (
const T_SEX = 2048; // 男 女
const T_PRONOUN = 4096; // 她 他
const T_CHENG = 8192; // 成
const T_JING = 16384; // 敬
const T_DAN = 32768; // 单 單
const T_XING = 65536; // 姓 氏
const T_TITLE = 131072; // 士 姐 先 (女士, 小姐, 先生)
const T_ORD = 262144; // 第 那 (第三家, 那户)
// (Round 13.)
const T_HAO = 1 << 19; // 号 號 骑 騎 (学号, 工号, 外号, 骑手ID)
const T_SHI = 1 << 20; // 是
const T_MING = 1 << 21; // 名 称 稱 (网名, 昵称, 个名係)
const T_KIN = 1 << 22; // 媽 妈 母 父 親 亲 婆 奶 嫲 太 (阿媽, 家母 before a name)
// (Round 14.)
const T_ZHENG = 1 << 23; // 证 證 胞 (回乡证, 台胞证, 身份證, 导游证)
const T_FANG = 1 << 24; // 房 (a long-stay hotel room, 1608房)
// (Not scans' cues: Latin letters a plate may have (A–Z, a–z, Ａ–Ｚ, but I and O), apart from those a number may end
// with (X, x, Ｘ: an ID number's check digit), noted with the text's characters for scanNumbers.)
const T_LETTER = 1 << 25;
const T_LETTER_X = 1 << 26;
for (let c = 0; c < 65536; c++) {
  if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a && (c | 0x20) !== 0x69 && (c | 0x20) !== 0x6f : c >= 0xff21 && c <= 0xff3a) TRIGGER[c] |= isX(c) ? T_LETTER_X : T_LETTER;
}
for (const [chars, bit] of [['我俺', T_WO], ['级級班', T_GRADE], ['阿', T_AH], ['古', T_GU], ['组組', T_ZU], ['住', T_ZHU], ['老', T_LAO], ['、', T_DUN], ['某', T_MOU], ['叫', T_JIAO], ['（(', T_PAREN], ['男女', T_SEX], ['她他', T_PRONOUN], ['成', T_CHENG], ['敬', T_JING], ['单單', T_DAN], ['姓氏', T_XING], ['士姐先', T_TITLE], ['第那', T_ORD], ['号號骑騎', T_HAO], ['是', T_SHI], ['名称稱', T_MING], ['媽妈母父親亲婆奶嫲太', T_KIN], ['证證胞', T_ZHENG], ['房', T_FANG]] as const) for (const ch of chars) TRIGGER[ch.charCodeAt(0)] |= bit;
/** The TRIGGER bits of the characters the last scanNumbers saw. */
let sawTriggers = 0;
function scanNumbers(text: string, out: PiiSpan[]) {
  const len = text.length;
  let i = 0;
  let triggers = 0;
  sawLetter = false;
  // The text being read: noteCharacters noted its TRIGGER bits and listed its digits (DIGIT_BIT), and the scan goes from
  // one run's first digit to the next. (The cues and the letters are never a number's characters but for an X after
  // one, an ID number's: where X, x or Ｘ is the text's one letter, each character is read on the way, as elsewhere.)
  const listed = text === candText && (notedTriggers & (T_LETTER | T_LETTER_X)) !== T_LETTER_X;
  if (listed) {
    triggers = notedTriggers;
    sawLetter = (notedTriggers & T_LETTER) !== 0;
  }
  const positions = listedAt(DIGIT_BIT);
  const count = listedCount(DIGIT_BIT);
  let cursor = 0;
  while (i < len) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
    }
    const c = text.charCodeAt(i);
    if (digit(c) < 0) {
      triggers |= TRIGGER[c];
      // (A plate's letter: A–Z, a–z and full-width Ａ–Ｚ, but I and O.)
      if (!sawLetter && (c < 0x80 ? ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a && (c | 0x20) !== 0x69 && (c | 0x20) !== 0x6f) : c >= 0xff21 && c <= 0xff3a)) sawLetter = true;
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
      // "0739 - 5512837": a dash with a space either side.
      else if (text.charCodeAt(j) === 0x20 && k + 1 < len && isDash(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 0x20) k += 2;
      if (k >= len || digit(text.charCodeAt(k)) < 0) break;
      j = k;
    }
    const runEnd = gEnd[groups - 1];
    i = runEnd;
    if (total < 5) continue; // "2014", "30": nothing personal is that short
    // Letters glued to the run (a product code, a WeChat ID): not a number on its own.
    let glued =
      (gStart[0] > 0 && isAsciiAlnum(text.charCodeAt(gStart[0] - 1)) && !/(?:QQ|qq|Qq|vx|VX|Vx|wx|WX|tel|Tel|TEL|No|NO|no)$/.test(text.slice(Math.max(0, gStart[0] - 3), gStart[0]))) ||
      (runEnd < len && /[A-Za-z]/.test(text[runEnd]));
    // (Round 22) "罗桂生 YF0317 13580264791": a code's digits (a worker's number), a space, then a number of its own. The
    // code's group is the code's; the groups after the space are read as a run of their own.
    let from = 0;
    if (glued && groups > 1 && text.charCodeAt(gEnd[0]) === 0x20 && !(runEnd < len && /[A-Za-z]/.test(text[runEnd]))) {
      glued = false;
      from = 1;
    }
    if (glued) {
      // "学籍号G430521201506112043": a pupil's registration number is a letter and the ID number.
      if (total === 18 && groups === 1 && gStart[0] > 0 && /[A-Za-z]/.test(text[gStart[0] - 1]) && !(gStart[0] > 1 && isAsciiAlnum(text.charCodeAt(gStart[0] - 2))) && !(runEnd < len && /[A-Za-z]/.test(text[runEnd]))) {
        const d = digitsOf(text, 0, 0);
        if (validIdNumber(d)) out.push({ kind: 'id_number', start: gStart[0] - 1, end: runEnd });
      }
      continue;
    }
    // A number the writer labels as a case, order or file number (工单号, 受理编号, 快递单号) is none of
    // ours, even when it happens to pass a check digit.
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, gStart[0] - 10), gStart[0])) && !personalIntroBefore(text, gStart[0])) continue;
    // Longest classifiable join of (at most five) consecutive groups, left to right.
    for (let g = from; g < groups; ) {
      let last = g;
      let n = gLen[g];
      while (last + 1 < groups && last + 1 - g < 5 && !gHasX[last] && n + gLen[last + 1] <= 21) n += gLen[++last];
      let matched = false;
      for (let h = last; h >= g; h--) {
        if (n >= 5 && n <= 20) {
          const kind = numberKind(digitsOf(text, g, h), g, h, text, g === 0 && from === 0);
          if (kind) {
            // An office's duty line or hotline (防汛值班电话0745-…, 镇政府办公室电话…) identifies no person.
            // (Read before a plus and its bracket too: 县信访局（+86 0797 8221234）is the office's.)
            let lead = gStart[g];
            if (lead > 0 && (text.charCodeAt(lead - 1) === 0x2b || text.charCodeAt(lead - 1) === 0xff0b)) {
              lead--;
              if (lead > 0 && (text.charCodeAt(lead - 1) === 0x28 || text.charCodeAt(lead - 1) === 0xff08)) lead--;
            }
            if (kind !== 'service' && !(kind === 'landline' && (OFFICE_LINE_BEFORE.test(text.slice(Math.max(0, lead - 16), lead)) || POSTED_LINE_BEFORE.test(text.slice(Math.max(0, lead - 24), lead)) || OFFICE_LINE_ASKED.test(text.slice(Math.max(0, lead - 24), lead)) || OFFICE_RIGHT_BEFORE.test(text.slice(Math.max(0, lead - 4), lead)) || OFFICE_HOURS_AFTER.test(text.slice(gEnd[h], gEnd[h] + 8))))) {
              let start = gStart[g];
              // "+86 138…", "（0512）6512…": the prefix belongs to the number.
              const before = text.charCodeAt(start - 1);
              if (before === 0x2b || before === 0xff0b) start--;
              if ((before === 0x28 || before === 0xff08) && /[)）]/.test(text.slice(gEnd[g], gEnd[h]))) start--;
              // "(+86)150…", "（+86）138…": the parenthesis opened before the plus.
              else if (start < gStart[g] && /[(（]/.test(text[start - 1] ?? '') && /[)）]/.test(text.slice(gEnd[g], gEnd[h]))) start--;
              // "0734-8812276转203": an extension belongs to the number.
              let end = gEnd[h];
              const x0 = text.charCodeAt(end);
              const x1 = text.charCodeAt(end + 1);
              if ((kind === 'landline' || kind === 'mobile') && (x0 === 0x8f6c || x0 === 0x8f49 || x1 === 0x8f6c || x1 === 0x8f49)) {
                const ext = EXTENSION.exec(text.slice(end, end + 10));
                if (ext) end += ext[0].length;
              }
              out.push({ kind, start, end });
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
  sawTriggers = triggers & ~(T_LETTER | T_LETTER_X);
}

// ---------------------------------------------------------------------------------------------
// E-mail: anchored on each @ (or full-width ＠), expanded both ways over address characters.

const isLocalChar = (c: number) => isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff0e || c === 0xff3f;
const isDomainChar = (c: number) => isAsciiAlnum(c) || c === 0x2e || c === 0x2d || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff0e || c === 0xff0d;

/** "chen.li [at] 163.com", "xiaoma(at)yeah.net": an @ written out so robots miss it. */
const AT_WORD = /\s?(?:\[at\]|\(at\)|（at）|［at］|\[AT\]|\(AT\))\s?/g;
function scanSpelledEmails(text: string, out: PiiSpan[]) {
  AT_WORD.lastIndex = 0;
  for (let m = AT_WORD.exec(text); m; m = AT_WORD.exec(text)) {
    let s = m.index;
    while (s > 0 && m.index - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < m.index && !isAsciiAlnum(text.charCodeAt(s))) s++;
    const from = m.index + m[0].length;
    let e = from;
    while (e < text.length && e - from < 255 && isDomainChar(text.charCodeAt(e))) e++;
    while (e > from && /[.．\-－]/.test(text[e - 1])) e--;
    if (s === m.index || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(text.slice(from, e))) continue;
    out.push({ kind: 'email', start: s, end: e });
    AT_WORD.lastIndex = Math.max(AT_WORD.lastIndex, e);
  }
}

/** "wanghongqi (at) 163 (dot) com", "jinshan.mak at gmail dot com": both the @ and the dots written out. */
const DOT_SPELLED_EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?:\s(?:dot|DOT)\s[A-Za-z0-9_%+-]{1,63}){0,3}\s?(?:\[at\]|\(at\)|（at）|\s(?:at|AT)\s)\s?[A-Za-z0-9-]{1,63}(?:\s?(?:\[dot\]|\(dot\)|（dot）|\s(?:dot|DOT)\s|\.)\s?[A-Za-z0-9-]{1,63}){0,2}\s?(?:\[dot\]|\(dot\)|（dot）|\s(?:dot|DOT)\s)\s?[A-Za-z]{2,6}(?![A-Za-z0-9])/g;
const EMAIL_INTRO = /(?:邮箱|郵箱|电邮|電郵|邮件|郵件|信箱|e-?mail|E-?mail|EMAIL|mail)[^，,。；;]{0,4}$/;
function scanDotSpelledEmails(text: string, out: PiiSpan[]) {
  DOT_SPELLED_EMAIL.lastIndex = 0;
  for (let m = DOT_SPELLED_EMAIL.exec(text); m; m = DOT_SPELLED_EMAIL.exec(text)) {
    // (A bare " at " needs the writer to say it is an e-mail: English words also say "at".)
    if (!/[[(（]at/i.test(m[0]) && !EMAIL_INTRO.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  }
}

// ---------------------------------------------------------------------------------------------
// Passports and travel permits (护照号E35902817, 通行证C61027413): a letter or two and 7–8 digits
// where the writer says what the number is.
// (Round 14) Also after the English word, and the shapes of other countries' passports: two letters and six
// digits (Canada GA302519), a letter, seven digits and a letter (the Philippines P1234567A).
// (Stop 32) Also a letter set apart from its digits (印尼护照C 4418273) and Korea's newer form (M518K2049).
// (Stop 34) A Dutch passport's number by the Dutch government's own description: nine characters, letters and digits, never
// the letter O, the first two letters and the last a digit (NX4K7R2P8, XR1001R58); a digit among the six between, so a Latin
// word after 护照 (HOLLAND12, NEDERLAND, PASSPORT1) is none, nor an amount after a currency's code (签证费用RMB880000).
const PASSPORT = /(?:护照|護照|通行证|通行證|旧证|舊證|签证|簽證|passport|Passport|PASSPORT)[^，,。；;！!？?\n]{0,8}?(?<![A-Za-z0-9])([A-Za-z]{1,2} ?[0-9]{6,8}[A-Za-z]?|[A-Z][0-9]{3}[A-Z][0-9]{4}|(?!RMB|CNY|USD|EUR|HKD|MOP|TWD|NTD|JPY|GBP|AUD|CAD|SGD|KRW)[A-NP-Z]{2}(?=[A-NP-Z]{0,5}[0-9])[A-NP-Z0-9]{6}[0-9])(?![A-Za-z0-9])/g;
/** "Zhou Xiaolan在网上…": a Chinese name in pinyin (a common surname, then one to three syllables) inside Chinese text. */
const PINYIN_NAME = /(?<![A-Za-z0-9@._-])([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,17})(?![A-Za-z0-9@])/g;
const PINYIN_SURNAMES = new Set(
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Hou Duan Lei Long Tao Mao Hao Gong Shao Wan Qian Yan Dai Mo Kong Xiang Chang Wen Kang Niu Ge Xing Qi Qiao Pang Ni Zhuang Yue Zhai Yin Zhan Geng Guan Lan Jiao Zuo Gan Bao Ning Shang Shu Ruan Ke Ji Mei Tong Ling Bi Pei Huo Tu Miao Gu Sheng Qu Weng Ran Luo Lv Lyu Mu Yi Ou Tian Xue Yan Hong Bian Chu'.split(' '),
);
const PINYIN_GIVEN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v)){1,3}$/;
function scanPinyinNames(text: string, out: PiiSpan[]) {
  PINYIN_NAME.lastIndex = 0;
  for (let m = PINYIN_NAME.exec(text); m; m = PINYIN_NAME.exec(text)) {
    const end = m.index + m[0].length;
    // (Inside Chinese text: a Han character or a boundary on both sides, so an English sentence is left alone.)
    const before = m.index === 0 ? 0x3002 : text.charCodeAt(m.index - 1);
    const after = end === text.length ? 0x3002 : text.charCodeAt(end);
    const hanOrStop = (c: number) => isHan(c) || c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3001 || c === 0xff08 || c === 0xff09;
    if (!hanOrStop(before) || !hanOrStop(after) || !(isHan(before) || isHan(after))) continue;
    if (!PINYIN_SURNAMES.has(m[1]) || m[2] === 'Kong' || !PINYIN_GIVEN.test(m[2].toLowerCase())) continue;
    out.push({ kind: 'name', start: m.index, end });
  }
}
/**
 * (Round 15) A line typed wholly in pinyin (wo jiao Tao Xiuzhen, wo shi Zhang Guiqin de sunzi, zhu zai hongqi tun san
 * zu 5 hao): the capitalised name after the pinyin of 叫 or 是, and the address after zhu zai (住在) up to its house
 * number (N hao), as the Chinese forms are. Same surname and syllable checks as above, so English stays.
 */
const PINYIN_CALLED = /(?<![A-Za-z])(?:jiao|shi) ([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,17})(?![A-Za-z0-9@])/g;
const PINYIN_HOME = /(?<![A-Za-z])zhu zai ((?:[A-Za-z][a-z]{0,9} ){1,7}[0-9]{1,5} hao)(?![A-Za-z])/g;
function scanPinyinLine(text: string, out: PiiSpan[]) {
  PINYIN_CALLED.lastIndex = 0;
  for (let m = PINYIN_CALLED.exec(text); m; m = PINYIN_CALLED.exec(text)) {
    if (!PINYIN_SURNAMES.has(m[1]) || !PINYIN_GIVEN.test(m[2].toLowerCase())) continue;
    const start = m.index + m[0].length - m[1].length - m[2].length - 1;
    out.push({ kind: 'name', start, end: m.index + m[0].length });
  }
  PINYIN_HOME.lastIndex = 0;
  for (let m = PINYIN_HOME.exec(text); m; m = PINYIN_HOME.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'address', start, end: m.index + m[0].length });
  }
}
function scanPassports(text: string, out: PiiSpan[]) {
  PASSPORT.lastIndex = 0;
  for (let m = PASSPORT.exec(text); m; m = PASSPORT.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'id_number', start, end: start + m[1].length });
  }
}

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
    // A government office's mailbox (xzf@….gov.cn) identifies no person, like an office's line.
    if (/(?:^|\.)gov\.cn$/i.test(domain)) {
      at = e - 1;
      continue;
    }
    out.push({ kind: 'email', start: s, end: e });
    at = e - 1;
  }
}
/** Numerals and digits together ("135七三一二九六零四"): ASCII and full-width digits join a run of numerals. */
const CN_OR_DIGIT = new Int8Array(CN_DIGIT);
for (let d = 0; d < 10; d++) {
  CN_OR_DIGIT[0x30 + d] = d;
  CN_OR_DIGIT[0xff10 + d] = d;
}
/** Characters that make a run of numerals a quantity, not digits read out ("一百二十三", "三十五万"). */
const CN_QUANTITY = /[十百千万萬亿億拾佰仟]/;

const isHanAt = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  return c >= 0x3400 && c <= 0x9fff;
};

function scanChineseDigits(text: string, out: PiiSpan[]) {
  const len = text.length;
  // (The text being read: its numerals' positions are listed, CN_DIGIT_BIT, and the scan goes from one to the next.)
  const listed = text === candText;
  const positions = listedAt(CN_DIGIT_BIT);
  const count = listedCount(CN_DIGIT_BIT);
  let cursor = 0;
  let i = 0;
  while (i < len) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
    } else if (CN_DIGIT[text.charCodeAt(i)] < 0) {
      i++;
      continue;
    }
    // "135七三一二九六零四": digits right before the numerals belong to the run (at most a mobile's prefix).
    const runStart = i;
    while (i > 0 && runStart - i < 4 && digit(text.charCodeAt(i - 1)) >= 0) i--;
    let j = i;
    let digits = '';
    let lastDigitEnd = i;
    /** Numerals (not digits) in the run: a run of digits alone is scanNumbers' ("135七三一…" is both). */
    let numerals = 0;
    // "一八六，二七三五，零九四八": a mobile read out in 3-4-4 groups with commas between.
    let commaAt = -1;
    let digitsAtComma = 0;
    /** Where the eleventh digit ends: a mobile's end, when a space and another numeral follow it. */
    let eleventhEnd = -1;
    while (j < len && digits.length < 20) {
      const c = text.charCodeAt(j);
      const v = CN_OR_DIGIT[c];
      if (v >= 0) {
        digits += String.fromCharCode(0x30 + v);
        if (CN_DIGIT[c] >= 0) numerals++;
        j++;
        lastDigitEnd = j;
        if (digits.length === 11) eleventhEnd = j;
      } else if ((text[j] === ' ' || text[j] === '-' || text[j] === '－' || text[j] === '\u3000') && j + 1 < len && CN_OR_DIGIT[text.charCodeAt(j + 1)] >= 0) j++;
      // (Stop 34) "屋里电话五七六六，零四二九": a home line read out in two groups of four, after a phone's word.
      else if ((text[j] === '，' || text[j] === ',') && ((digits[0] === '1' && (digits.length === 3 || digits.length === 7)) || (digits.length === 4 && digits[0] !== '1' && commaAt < 0)) && j + 1 < len && CN_DIGIT[text.charCodeAt(j + 1)] >= 0) {
        if (commaAt < 0) {
          commaAt = j;
          digitsAtComma = digits.length;
        }
        j++;
      } else break;
    }
    // (Digits with a numeral or two after them, 13800138000一直, are a number and a word: scanNumbers reads those.)
    if (numerals < digits.length && numerals < 4) {
      i = Math.max(lastDigitEnd, runStart + 1);
      continue;
    }
    // (Commas join only the groups of one mobile; otherwise the run ends at the first comma.)
    if (commaAt >= 0 && !(digits.length === 11 && /^1[3-9]/.test(digits)) && !(digitsAtComma === 4 && digits.length === 8 && PHONE_INTRO.test(text.slice(Math.max(0, i - 14), i)))) {
      lastDigitEnd = commaAt;
      digits = digits.slice(0, digitsAtComma);
    }
    // (Stop 30) "…四八九腰疼": 腰 closing a run and opening a word after it is the word's (waist), not a one.
    if (digits.length > 7 && text[lastDigitEnd - 1] === '腰' && isHanAt(text, lastDigitEnd) && CN_OR_DIGIT[text.charCodeAt(lastDigitEnd)] < 0) {
      digits = digits.slice(0, -1);
      lastDigitEnd--;
      while (' -－\u3000'.includes(text[lastDigitEnd - 1])) lastDigitEnd--;
    }
    // (Stop 30) "腰三五二七腰六零四八九 腰就是一": a mobile read out, then a space and a word that starts with a numeral.
    if (digits.length > 11 && /^1[3-9]/.test(digits) && (text[eleventhEnd] === ' ' || text[eleventhEnd] === '\u3000') && commaAt < 0) {
      digits = digits.slice(0, 11);
      lastDigitEnd = eleventhEnd;
    }
    // (Stop 30) "…零九二零三二一叉": an ID read out ends in 叉 (X) after its seventeen digits.
    if (digits.length === 17) {
      const x = text[lastDigitEnd] === ' ' ? lastDigitEnd + 1 : lastDigitEnd;
      if ('叉XxＸｘ'.includes(text[x] ?? '-')) {
        digits += 'X';
        lastDigitEnd = x + 1;
      }
    }
    const start = i;
    i = Math.max(lastDigitEnd, runStart + 1);
    if (digits.length < 7 || CN_QUANTITY.test(text[lastDigitEnd] ?? '') || CN_QUANTITY.test(text[start - 1] ?? '')) continue;
    const introduced = PHONE_INTRO.test(text.slice(Math.max(0, start - 14), start));
    if (digits.length === 11 && /^1[3-9]/.test(digits)) out.push({ kind: 'mobile', start, end: lastDigitEnd });
    // "身份证号码是四三零九二三…": an ID number read out (date-shaped, or introduced as one).
    else if ((digits.length === 18 || digits.length === 15) && (idShaped(digits) || ID_INTRO.test(text.slice(Math.max(0, start - 12), start)))) out.push({ kind: 'id_number', start, end: lastDigitEnd });
    // "QQ号是六四八二九零三七一": a QQ number read out after its introduction.
    else if (digits.length <= 11 && QQ_INTRO.test(text.slice(Math.max(0, start - 12), start))) out.push({ kind: 'qq', start, end: lastDigitEnd });
    else if (introduced && digits.length >= 7 && digits.length <= 12) out.push({ kind: 'landline', start, end: lastDigitEnd });
  }
}

// ---------------------------------------------------------------------------------------------
// Licence plates: a private car's plate is masked where the writer says whose car it is (我的车,
// 私家车, 车主…); an official car's plate stays visible, like the official (公车私用 is the complaint).

// (Stop 29: two letters before the dot too, 吉HD·82731, as writers set a plate's first letters apart.)
const PLATE = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-HJ-NP-Za-hj-np-zＡ-Ｚ](?:[A-HJ-NP-Z](?=[·•・]))?[·•・.\s-]?(?:[A-HJ-NP-Za-hj-np-z0-9Ａ-Ｚ０-９]{5,6}|[A-HJ-NP-Za-hj-np-z0-9Ａ-Ｚ０-９]{4}[挂掛港澳])(?![A-Za-z0-9Ａ-Ｚ０-９])/g;
/** In the plate's sentence: the writer's own car or a private person's. */
// (Round 20) 开一辆/開一輛: a person's car (the sentence names no office or official: OFFICIAL_CAR).
const PRIVATE_CAR = /我|俺|咱|本人|开一辆|開一輛|开着一辆|開著一輛|被执行人|被執行人|老板|老闆|司机|司機|揽客|攬客|拉客|私家车|私家車|自家|家里的车|家裡的車|家用车|家用車|肇事|电动车|電動車|摩托车|摩托車|车主|車主|邻居|鄰居|出租车|出租車|的士|网约车|網約車|货车司机|貨車司機|黑车|黑車/;
/** A salutation or a heading opening the sentence (尊敬的書記：): whom the letter addresses, not whose car it is. */
const SALUTATION = /^[^，,。：:]{0,12}[：:]/;
/** In the plate's sentence: an official car, whose plate stays visible. */
const OFFICIAL_CAR = /公车|公車|街道的车|街道的車|街道办的车|街道辦的車|公务|公務|政府|单位|單位|警车|警車|执法|執法|领导|領導|书记|書記|镇长|鎮長|乡长|鄉長|县长|縣長|局长|局長|干部|幹部|机关|機關|[县縣市区區]委|[局所]的车|[局所]的車/;
const SENTENCE_END = /[。！？!?\n]/;
/** (Round 11) A car said to be its driver's own, and a car said to be the public's. */
/** (Round 17) Right before a plate: a caller's or signer's name and 车牌. */
// (Stop 29) Or a text that opens with the name, then its car: "邱永順，車吉H·F7702，罰單亂開".
const SIGNER_PLATE_BEFORE = /(?:来电人|來電人|反映人|联系人|聯繫人|聯系人|留言人|——)[\u3400-\u9fff·]{2,4}[，,]\s*(?:车牌|車牌)(?:号|號)?(?:是|为|為)?[:：]?\s*$/;
/** (Review) A title opening the text is an official's (张书记，车牌…): his car is the complaint's, visible. */
const TITLE_WORD_PLATE = /书记|書記|长[，,]|長[，,]|主任|局|警|执法|執法|公车|公車/;
const OPENING_NAME_PLATE_BEFORE = /^[\u3400-\u9fff·]{2,4}[，,]\s*(?:车牌|車牌|车|車)(?:号|號)?(?:是|为|為)?[:：]?\s*$/;
/** Vehicles people own or hire privately (round 29): a van, a truck, a taxi, a hired car. */
const PRIVATE_VEHICLE = /面包车|麵包車|越野车|越野車|货车|貨車|大车|大車|出租|打车|打車|租车|租車|车行|車行|网约车|網約車|额的车|額的車|俺的车|俺的車/;
/** A police, enforcement or public-service vehicle's words anywhere in the text (round 29's whole-text reading). */
const POLICE_OR_PUBLIC = /交警|警察|公安|派出所|城管|公交|校车|校車|救护车|救護車|消防车|消防車|环卫|環衛|村委|村里的车|村裡的車/;
const OWN_CAR = /私家车|私家車|自己的车|自己的車|自家车|自家車|自己家的车|自己家的車/;
/** (Stop 31) Right before the plate, someone's own (车是老板私人的闽D·…); 当成私人的，车牌… is a misused official car. */
const PRIVATE_OWNED_BEFORE = /(?:老板|老闆|自己|他|她|我|俺|人家)私人的(?:车|車)?(?:是|係)?$/;
/** (Review) A letter about an office's car anywhere (公车, 纪委, 超标; a weekend at a resort or a banquet): a plate a
 * pronoun or a person's data stands near is still likely the complaint's, and stays visible. */
const OFFICIAL_VENUE = /周末|週末|节假日|節假日|景区|景區|酒店|饭店|飯店|会所|會所|高尔夫|高爾夫|婚宴|农家乐|農家樂|KTV|洗浴|钓鱼|釣魚/;
function officialLetter(text: string): boolean {
  return PUBLIC_CAR.test(text) || OFFICIAL_USE.test(text) || OFFICIAL_CAR.test(text) || OFFICIAL_VENUE.test(text);
}
/** (Stop 31) In the plate's sentence: a person's car by a pronoun or a relative (他的车, 他开的是, 我老公…的车), which an
 * office's word in the same sentence overrules (局长…他开的是公车). */
// (Stop 32: also 他车是…, and 他那辆货车 / 她那台车.)
// (Not 其他车牌, 其他车是: 其他 is "other".)
const HOLDER_CAR = /[他她](?:的|家的)(?:车|車)|(?<!其)[他她](?:车|車)(?:是|係|牌)|(?<!其)[他她]那[辆輛台][\u3400-\u9fff]{0,3}(?:车|車)|[他她](?:开|開|骑|騎)的(?:车|車)?是/;
/** (Stop 31) A sentence about how officials use cars (超标, 纪委, 专车): its plate is the complaint's, not a person's. */
const OFFICIAL_USE = /纪委|紀委|纪检|紀檢|监委|監委|超标|超標|专车|專車|配车|配車|公款|用车|用車|车改|車改|官员|官員|国企|國企/;
const RELATIVE_CAR_SOURCE = String.raw`(?:老公|老婆|丈夫|媳妇|媳婦|儿子|兒子|女儿|女兒|弟弟|哥哥|姐夫|妹夫)[\u3400-\u9fff]{0,4}的(?:车|車)`;
/** (Stop 31) A relative's car (我老公施建華的車): no office's, whatever else the sentence names, unless it says 公车. */
const RELATIVE_CAR = new RegExp(RELATIVE_CAR_SOURCE);
/** The same right before the plate: the car is theirs, whatever other car the sentence names. */
const RELATIVE_CAR_BEFORE = new RegExp(String.raw`${RELATIVE_CAR_SOURCE}(?:牌|牌号|牌號)?(?:是|係)?[:：]?\s?$`);

const PUBLIC_CAR = /公车|公車|公务车|公務車|警车|警車|执法车|執法車|单位的车|單位的車|公家的车|公家的車|公家车|公家車/;


/**
 * (Round 14) A plate written with its dot (X·…) whatever its first characters: a city's own e-bike plates carry two
 * (沣汀A·60318 style), and a writer's region may use an abbreviation the table lacks. The dot after a capital letter
 * is the plate's notation; the same private-car checks apply. Two Han characters only where the plate is set off.
 */
// (Round 21: a trailer's plate too, four characters and 挂, 甘H·3917挂.)
// (Round 22: a two-place plate too, 粤Z·F836港; and the city's two characters after 车牌 itself, 车牌鹤沙D·26405.)
const PLATE_DOTTED = /[\u3400-\u9fff][A-HJ-NP-Z]{1,2}[·•・](?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂掛港澳])(?![A-Za-z0-9])/g;
/** The cue's own last characters, which are no city's (车牌是湘L·…: 湘 is the province, 是 the cue's). */
const PLATE_CUE_CHAR = new CharSet([...'是係为為号號照牌：: ']);
const PLATE_CUE_BEFORE = /(?:(?:车牌|車牌|车牌号|車牌號|号牌|號牌|牌照)(?:是|为|為|係)?[:：]?|(?:车|車)[\u3400-\u9fff]{0,3}(?:是|係))$/;
function scanPlates(text: string, out: PiiSpan[], dotted = false) {
  const re = dotted ? PLATE_DOTTED : PLATE;
  re.lastIndex = 0;
  let letterPrivate: boolean | undefined;
  let letterOfficial: boolean | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // (A province's own plate, 吉H·F7702, has its one character: the one before is the sentence's, 車吉H· or 开渝A·.)
    if (dotted && m.index >= 1 && !PLATE_PROVINCE.has(text.charCodeAt(m.index)) && isHan(text.charCodeAt(m.index - 1)) && (m.index < 2 || NAME_BOUNDARY_BEFORE.has(text[m.index - 2]) || (!PLATE_CUE_CHAR.has(text[m.index - 1]) && PLATE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index - 1))))) m.index--;
    // The sentence around the plate, at most 40 characters each way.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(end, end + 40);
    let b = before.length;
    while (b > 0 && !SENTENCE_END.test(before[b - 1])) b--;
    const a = after.search(SENTENCE_END);
    const sentence = before.slice(b) + after.slice(0, a < 0 ? after.length : a);
    // (A private cue after the plate counts too: "那辆小轿车，浙C·…，车主住在2栋".)
    const body = sentence.replace(SALUTATION, '');
    // (Round 11) "干部开着自己的私家车来加油，车牌…": a car said to be someone's own is private, whoever drives it.
    // (Round 17) "来电人符志强，车牌岚K·7C293", "——任曉東，車牌豫W·…": the plate a caller or a signer gives right after their name.
    const sentenceStart = m.index - (before.length - b);
    if ((PRIVATE_CAR.test(body) && !OFFICIAL_CAR.test(body)) || (OWN_CAR.test(body) && !PUBLIC_CAR.test(body)) || PRIVATE_OWNED_BEFORE.test(before) || (HOLDER_CAR.test(body) && !OFFICIAL_CAR.test(body) && !PUBLIC_CAR.test(body) && !OFFICIAL_USE.test(body) && !(letterOfficial ??= officialLetter(text))) || (RELATIVE_CAR.test(body) && !PUBLIC_CAR.test(body)) || RELATIVE_CAR_BEFORE.test(before) || SIGNER_PLATE_BEFORE.test(before) || (OPENING_NAME_PLATE_BEFORE.test(before) && !OFFICIAL_CAR.test(body) && !PUBLIC_CAR.test(body) && !POLICE_OR_PUBLIC.test(body) && !TITLE_WORD_PLATE.test(before))) out.push({ kind: 'plate', start: m.index, end });
    // (Round 29) Where the plate's own sentence says nothing either way, the whole letter decides: a writer's or a
    // private person's car (我叫…，跑冷链的…; 放高利贷的…开着车; 他家有房有车) when nothing in it is an office's, a
    // police or a public car (公车, 单位, 局长, 执法, 交警 …).
    // (The letter's verdict is read once per text: per plate, a text of many plates would be read whole again and again.)
    else if (!OFFICIAL_CAR.test(body) && !PUBLIC_CAR.test(body) && (letterPrivate ??= (PRIVATE_CAR.test(text) || PRIVATE_VEHICLE.test(text)) && !OFFICIAL_CAR.test(text) && !PUBLIC_CAR.test(text) && !POLICE_OR_PUBLIC.test(text))) out.push({ kind: 'plate', start: m.index, end });
    // (Stop 31) Otherwise, with no office's car in its sentence, the plate waits for the other rules (platesOfPersons).
    else if (!OFFICIAL_CAR.test(body) && !PUBLIC_CAR.test(body) && !OFFICIAL_USE.test(body) && !(letterOfficial ??= officialLetter(text))) undecidedPlates.push(sentenceStart, m.index, end);
  }
}

/** Plates scanPlates left undecided in the current text: sentence start, plate start and end, in threes. */
let undecidedPlates: number[] = [];
/** A new text: no plate is left undecided from the last (detectPii). */
function clearUndecidedPlates(): void {
  undecidedPlates = [];
}
/**
 * (Stop 31) A plate left undecided whose sentence gives, before it, a private person's name, home, phone or ID number
 * (举报马二娃，住半山云居C栋8-2，开渝A·2M8K5): that person's car. Run once every rule has read the text.
 */
function platesOfPersons(spans: PiiSpan[]) {
  const u = undecidedPlates;
  undecidedPlates = [];
  // The persons' spans by their end, with the latest start among each prefix: a plate has a person before it in its
  // sentence when some span ending by the plate starts at or after the sentence (a search per plate, not a scan:
  // a text of many plates and names stays linear).
  const persons = spans.filter((sp) => PERSON_KINDS.has(sp.kind)).sort((a, b) => a.end - b.end);
  if (!persons.length) return;
  const latestStart = new Int32Array(persons.length);
  for (let i = 0, top = -1; i < persons.length; i++) latestStart[i] = top = Math.max(top, persons[i].start);
  for (let k = 0; k < u.length; k += 3) {
    let lo = 0;
    let hi = persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (persons[mid].end <= u[k + 1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && latestStart[lo - 1] >= u[k]) spans.push({ kind: 'plate', start: u[k + 1], end: u[k + 2] });
  }
}
const PERSON_KINDS = new Set<string>(['name', 'address', 'mobile', 'landline', 'id_number', 'wechat', 'email']);

// (Round 12) Fishing-boat registration numbers: a place abbreviation of two Han characters (a province's
// in front of it allowed), 渔/漁, an optional 运/养/捕, then four or five digits (浙岱渔03218, 东礁渔05127).
// A boat names one owner's boat, like a plate; a patrol boat (渔政31号) has no digits right after 渔.
const BOAT = /[渔漁][运運养養捕]?[0-9０-９]{4,5}(?![0-9０-９.．])/g;
const BOAT_PROVINCE = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊]/;
const BOAT_NOT_PREFIX = /[的是为為了在和与與及号號船条條艘个個我你他她们們从從到向打捕有每一二三四五六七八九十两兩年月日]/;
const BOAT_AFTER = /^\s?(?:元|万|萬|斤|公斤|吨|噸|亩|畝|条|條|尾|箱|块|塊|%|％|年|次|人|户|戶|米|号|號)/;
/** (Round 14) "船号鸥屿旅08127": after 船号, a boat's registration of any kind (旅 sightseeing, 货 cargo), like a plate. */
const BOAT_NUMBER = /(?:船号|船號|船牌号|船牌號|船舶号|船舶號|船名)(?:是|为|為)?[:：\s]{0,2}([\u3400-\u9fff]{2,4}[0-9０-９]{4,5})(?![0-9０-９])/g;
function scanBoats(text: string, out: PiiSpan[]) {
  BOAT.lastIndex = 0;
  for (let m = BOAT.exec(text); m; m = BOAT.exec(text)) {
    const end = m.index + m[0].length;
    let start = m.index - 2;
    if (start < 0) continue;
    const a = text[start], b = text[start + 1];
    if (!isHan(a.charCodeAt(0)) || !isHan(b.charCodeAt(0)) || BOAT_NOT_PREFIX.test(a) || BOAT_NOT_PREFIX.test(b)) continue;
    if (BOAT_AFTER.test(text.slice(end, end + 3))) continue;
    if (start > 0 && BOAT_PROVINCE.test(text[start - 1]) && !BOAT_NOT_PREFIX.test(text[start - 1])) start--;
    out.push({ kind: 'plate', start, end });
  }
}

/** "wxid_…": a WeChat-generated ID says what it is by itself, wherever it stands. */
const WXID = /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{4,30}(?![-_A-Za-z0-9])/g;
const ADDRESS_LEAD = /^(?:(?:[^，,。\d０-９]{1,4}?[县縣])?(?:城关|城關)(?![镇鎮])|县城|縣城|市区|市區|城区|城區|镇上|鎮上|[^，,。\d０-９]{1,6}路口)(?=[^，,。路街道巷弄\d０-９]{1,10}(?:小区|小區|花园|花園|家园|家園|新村|公寓|大厦|大廈|宿舍|苑|园|園))/;
const PART_IN_BODY = new RegExp(`(?:${NUM}${UNIT}|${DASHED})`, 'g');
const PLACE_WORD = new RegExp(`${COMPOUND}|${STREET}|${UNIT}`);
/** "单位地址", "公司地址": a workplace, not a home. */
const WORKPLACE_BEFORE = /(?:窗口|大队|大隊|单位|單位|公司|办公|辦公|机关|機關|政府|医院|醫院|学校|學校|门店|門店|店铺|店鋪|工厂|工廠|企业|企業|部门|部門|中心|大厅|大廳|厂|廠|店|站|局|所|院|委|会|會|办|辦|处|處|馆|館)$/;
/** "信访局的来信地址是…", "镇政府的办公地址": an office's postal or office address, not a home. */
const ORG_MAIL_BEFORE = /(?:局|所|中心|政府|委|办|辦|站|院|校|公司|银行|銀行|机关|機關|单位|單位)的?(?:来信|來信|通信|通讯|通訊|邮寄|郵寄|收信|办公|辦公|办事|辦事)$/;
/** One part alone is a home only at door or room level ("柳营社区5号楼后面" names a building, not a home). */
const STRONG_UNIT = /(?:号院|號院|(?<![0-9０-９一二三四五六七八九十百零〇两兩]号楼)(?:号|號)|室|单元|單元)$/;
/** Characters that end a compound's name when walking left (a verb, a pronoun, a particle). */
const NAME_STOP = new CharSet([...'係喺在住是的于於到去从從我你他她们們址：:和与與及或这這那个個些此该該本其各每全哪有为為就还還也都向往至近旁边邊附近对對把被让讓给給说說映报報诉訴人名叫口']);
const isHanOrAlpha = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Start of a compound's name: walk left from `at` over up to 12 name characters (金溪县龙泉镇杨树沟村). */
function nameStart(text: string, at: number, compound = false): number {
  let s = at;
  while (s > 0 && at - s < 12) {
    const c = text.charCodeAt(s - 1);
    // "他家是和顺家园…", "。和平小区…": 和 right after a boundary or 是/在 starts the name, not "and".
    if (text[s - 1] === '和' && s - 1 < at && (s < 2 || NAME_BOUNDARY_BEFORE.has(text[s - 2]) || '是在住'.includes(text[s - 2]))) {
      s--;
      break;
    }
    // (Round 14) "业主 X 鄞和花园2栋…", "。祥和苑3栋…": a name of two characters ending in 和 right before the compound
    // word, set off before it, is the compound's name, not "and".
    if (compound && text[s - 1] === '和' && s === at && s >= 2 && isHan(text.charCodeAt(s - 2)) && !NAME_STOP.has(text[s - 2]) && (s < 3 || NAME_BOUNDARY_BEFORE.has(text[s - 3]) || '是在住'.includes(text[s - 3]))) {
      s -= 2;
      break;
    }
    // (Stop 28) "书香名邸5栋503", "锦绣名苑…": 名 inside a compound's name (名邸, 名苑, 名城, 名居, 名府, 名都) is not 姓名's.
    if (compound && text[s - 1] === '名' && s < at && '邸苑城居府都园園庭'.includes(text[s])) {
      s--;
      continue;
    }
    // (Stop 29) 塘边村, 河邊村: 边 inside a village's name, not "beside".
    if ((text[s - 1] === '边' || text[s - 1] === '邊') && s < at && '村庄莊屯寨'.includes(text[s]) && s >= 2 && isHan(text.charCodeAt(s - 2)) && !NAME_STOP.has(text[s - 2])) {
      s--;
      continue;
    }
    // (Stop 34) 口 inside a village's name (浜口村, 河口镇), not a mouth or a gate, with the one name character before it
    // (屋企沙口村: 屋企, home, is no part of it).
    if (compound && text[s - 1] === '口' && '村庄莊屯寨镇鎮乡鄉'.includes(text[s]) && s >= 2 && isHan(text.charCodeAt(s - 2)) && !NAME_STOP.has(text[s - 2]) && text[s - 2] !== '家') {
      s -= 2;
      break;
    }
    // (Stop 34) 向家湾村, 向家坝: 向 before 家 opening a place is a family's name (the place of the 向 family), not "towards".
    if (compound && text[s - 1] === '向' && text[s] === '家' && at - s >= 2) {
      s--;
      break;
    }
    if (!isHanOrAlpha(c) || NAME_STOP.has(text[s - 1])) break;
    // (Round 13) "购得桃源里…", "买了…": what the writer bought is the home, not part of its name.
    if ('购購买買'.includes(text[s - 1]) || (text[s - 1] === '得' && s >= 2 && '购購'.includes(text[s - 2]))) break;
    // (Round 13) "宿舍梅园8栋412", "研究生宿舍荷园3栋1108", "石鼓街道桃源里6栋…", "老工區機床廠宿舍…": before a
    // compound's own name, the word for dormitories, the street office or the district is where it is, not its
    // name (the district only where two characters or more of the name follow). A street before its numbers stays.
    if (compound && s < at && ((text[s - 1] === '舍' && text[s - 2] === '宿') || (text[s - 1] === '道' && text[s - 2] === '街'))) break;
    if (compound && s < at - 1 && (text[s - 1] === '区' || text[s - 1] === '區') && !(s >= 2 && '小社校园園景'.includes(text[s - 2]))) break;
    // "我家小区…": 家 after a pronoun is not part of the name.
    if (text[s - 1] === '家' && s >= 2 && /[我你他她们們]/.test(text[s - 2])) break;
    // "住县城金桂小区…": the county town is where, not part of the compound's name.
    if ((text[s - 1] === '城' || text[s - 1] === '里' || text[s - 1] === '裡') && s >= 2 && /[县縣市镇鎮城]/.test(text[s - 2])) break;
    // "住城关欣荣家园…": the county seat (城关) is where, not part of the compound's name.
    if ((text[s - 1] === '关' || text[s - 1] === '關') && s >= 2 && text[s - 2] === '城' && s < at) break;
    s--;
  }
  return s;
}

/**
 * "家住望江苑小区5号楼", "城北新村12栋", "望江苑小区二期": a building, a phase or an area is shared by
 * many households and names no home; a unit, door, room or house number does.
 */
const BUILDING_OR_AREA = /[栋棟幢座楼樓期区區]$/;
function buildingOnly(parts: readonly string[], body: string): boolean {
  return parts.length > 0 && BUILDING_OR_AREA.test(body) && parts.every((p) => BUILDING_OR_AREA.test(p));
}

/**
 * (Round 10) "丽晶苑小区11栋2单元地下室积水": a building's unit with no room, then a part its households share
 * (the basement, the stairwell, the lift, the unit door) names that shared place, not a home.
 */
const SHARED_PART_AFTER = /^(?:的)?(?:地下室|地下车库|地下車庫|车库|車庫|楼道|樓道|楼梯|樓梯|电梯|電梯|单元门|單元門|门禁|門禁|大门|大門|门口|門口|天台|楼顶|樓頂|屋顶|屋頂|外墙|外牆|化粪池|化糞池|水管|管道)/;
function sharedPartAfter(text: string, parts: string, end: number): boolean {
  return /(?:单元|單元|栋|棟|幢|号楼|號樓)$/.test(parts) && SHARED_PART_AFTER.test(text.slice(end, end + 5));
}
/** After a number, what makes it a year, an amount or a count, not a room (5栋2024年, 3栋1200元). */
const ROOM_NOT_AFTER = /[年月日元万萬块塊人户戶个個平米度号號]/;
/** A room after its building, floor or unit; a room number with 房 (group 1); a numbered lane's house (group 2). */
const DWELLING = /(?<![0-9０-９])(?:[0-9０-９]{1,3}(?:[栋棟幢座舍]|[号號][楼樓])(?:[0-9０-９]{1,2}(?:单元|單元|[门門]))?(?:[0-9０-９]{1,2}[楼樓层層])?|[0-9０-９]{1,2}(?:单元|單元)|(?<=[楼樓])[0-9０-９]{1,2}[门門]|[0-9０-９]{1,2}[楼樓层層])[0-9０-９]{3,4}(?![0-9０-９]|年|元|块|塊|万|萬|平|米|人|户|戶|个|個|次|多|余|餘|号|號|届|屆|期|套|间|間|张|張|台|辆|輛)(?:房|室)?(?!会议|會議|教室|办公|辦公)|(?<![0-9０-９])[0-9０-９]{3,4}(房)(?![间間子东東租价價贷貸源费費款钱錢产產证證屋])|((?:[东西南北東][一二三四五六七八九十0-9０-９]{1,2}|[一二三四五六七八九十0-9０-９]{1,2})巷[0-9０-９一二三四五六七八九十]{1,3}[号號](?:之[0-9０-９一二三四五六七八九十]{1,2})?(?:[0-9０-９]{3,4}房?)?)/g;
/** A phase or an area numbered in digits or by a letter, right before a building (3期, 二期 is Han and read anyway; B区). */
const PHASE_BEFORE = /(?:[0-9０-９]{1,2}|[A-Z])[期区區]$/;
// (Stop 29: a named building's door, as the north-east numbers its stairwells: 建工楼3门202.)
const DWELLING_CUES = ['栋', '棟', '幢', '座', '舍', '楼', '樓', '层', '層', '单元', '單元', '房', '巷'];
/** (Stop 29) A house number in a village's or a community's named part: 霞美村頂厝9號, 后垵村中路12号之5, 浯塘村南片33号,
 * 埔頭社區僑聲路17號之3 (the studied sets label 143 of 146 such runs; the rest a shop's: BUSINESS_AT_LANE_*). Not a
 * building (社区5号楼) and not a village's office, school or shop (村委会3号, 村部). */
const VILLAGE_ROAD = /^[\u3400-\u9fff]{2,}[路街道]/;
// (Review: not a day of the month, 社区每月5号, 村里说25号之前, nor an office's, a clinic's or a school's number, 村卫生室12号.)
// (Stop 34: 东浜12号楼下 is downstairs of the house, not building 12.)
const VILLAGE_HOUSE = /(?:村|社区|社區)([^\s委部会會校院厂廠店场場站所楼樓组組0-9０-９，,。、；;：:（）()“”"'「」每月今明昨天日年第说說里裡上下前后後支书書卫衛室警务務学學小医醫办辦于於在从從到的了要是有期周週次]{1,3}[0-9０-９]{1,4}[号號](?:之[0-9０-９一二三四五六七八九十]{1,2})?)(?![0-9０-９院栋棟幢座窗]|[楼樓](?![下上])|之前|以前|前|后|後|开|開|上午|下午|晚|早|发|發|通知|台风|颱風|到|起)/g;
const NEIGHBOUR_WORD = /^(?:楼下|樓下|楼上|樓上|隔壁|对门|對門|对面|對面)/;
const NEIGHBOUR_BEFORE = /(?:楼下|樓下|楼上|樓上|隔壁|对门|對門|对面|對面|隔籬|隔篱|屋|家|住|喺|在|是|係)$/;
const LODGING_BEFORE = /(?:店|馆|館|宾|賓|舍|所|宿|栈|棧|社)的?$/;
const OFFICE_BEFORE_ROOM = /(?:教学楼|教學樓|酒店|宾馆|賓館|旅馆|旅館|饭店|飯店|招待所|政府|中心|局|厅|廳|办公|辦公|医院|醫院|法院|银行|銀行|公司|学校|學校|窗口|委员会|委員會|居委会|居委會|办事处|辦事處|服务|服務|科|所|站|写字楼|寫字樓|商场|商場|营业厅|營業廳|大楼|大樓)[^，,。；;！!？?]{0,8}$/;
const BUSINESS_AT_LANE_AFTER = /^[一二三四五六七八九十0-9０-９]?[楼樓]?(?:的|嘅|嗰間|那家|这家|這家)?[\u3400-\u9fff]{0,6}(?:店|铺|鋪|舖|作坊|厂|廠|档|檔|馆|館|行|部|中心|公司)/;
const BUSINESS_AT_LANE_BEFORE = /(?:店|铺|鋪|舖|作坊|厂|廠|档|檔|馆|館|公司|仓库|倉庫)(?:在|喺|开在|開在|设在|設在)[\u3400-\u9fff]{0,6}$/;
const CARE_HOME_ROOM = /(?:养老院|養老院|敬老院|颐养院|頤養院|福利院|护理院|護理院|养护院|養護院|老年公寓)[0-9０-９]{2,4}(?:房|室|号房|號房)(?![0-9０-９])/g;
/** A care home's name right before digits: the cheap test before CARE_HOME_ROOM. */
const CARE_HOME_ROOM_CUE = /[院寓][0-9０-９]{2,4}[房室号號]/;
/** Building, unit and room with no compound named (9栋1单元202业主): one home in any compound. */
const BARE_HOME = /(?<![0-9０-９])[0-9０-９]{1,3}(?:栋|棟|幢|号楼|號樓)[0-9０-９]{1,2}(?:单元|單元)[0-9０-９]{3,4}(?:室)?(?![0-9０-９年元万萬块塊人])/g;

/** A hamlet's last character, 组 and a house number (枣树湾组23号); the hamlet is checked against PLACE_END. */
const NAMED_GROUP_HOUSE = /[\u3400-\u9fff](?:组|組)[0-9０-９]{1,4}(?:号|號)(?![0-9０-９])/g;
/** (Round 10) Hamlets named by a landform PLACE_END lacks: a col, a hollow, a valley (桃子坳组8号, 石板垭组, 柳树洼组). */
const HAMLET_END = new CharSet([...'坳垭埡洼窪岙嶴峪垅壟垄坑']);
/** After a house number: the household living there (…42号一家五口, …8号的家里). */
const HOUSEHOLD_AFTER_NUMBER = /^(?:一家|的家|家里|家裡|全家|是我家|是俺家)/;
/** After a house number: the people living there (…12号的住户, …8号户主), not a building or a body of them (居民楼, 业主委员会). */
const RESIDENT_AFTER_NUMBER = /^(?:的?(?:住户|住戶|户主|戶主|业主|業主|居民)(?![楼樓区區委会會群代])|(?:楼下|樓下|楼上|樓上)(?:那户|那戶|住的|住着|住著|那家人))/;
/** Where a street's address starts: its county or town chain (桐江县江城镇向阳路), or the street's own name. */
function streetStart(text: string, street: number): number {
  const chain = adminChainStart(text, street);
  return chain >= 0 ? chain : nameStart(text, street);
}
/** (Round 11) The street's own name, after its county or town (西埠镇新街45号 → 新街45号). */
function streetOwnStart(text: string, street: number): number {
  const start = streetStart(text, street);
  for (let j = street - 1; j >= start; j--) if (TOWN_END.has(text.charCodeAt(j))) return j + 1;
  return start;
}
/** Street numbers with no home cue (the street word's index and the number's end, in pairs), read again once the names are known (homesBesideNames). */
const streetNumbers: number[] = [];
const MAX_STREET_NUMBERS = 4096;
/** (Round 14) A family's house, old house or ancestral house, then where it is. */
const HOUSE_BEFORE_STREET = /(?:房子|老房子|老房|祖屋|老屋|祖宅|老宅|旧居|舊居)(?:就|都)?(?:在|是|係|喺)?[，,：:\s]?$/;
/** Between a name and an address beside it: a comma, a colon, a parenthesis or a space. */
const BESIDE_NAME = new UnitSet([...'（(，,：: \u3000'].map((c) => c.charCodeAt(0)));
/**
 * A street number right beside a private person's name (谭某某（云杉巷7号）, 练某某，柳岸路16号, 文星街53號 戴某某)
 * is that person's home or door, as a signature gives it; an office's address stands beside no private name.
 */
const SHOP_AFTER_NUMBER = /^[^，,。；;）)\s]{0,3}?(?:店|铺|鋪|超市|商行|门市|門市|市场|市場|公司|厂|廠|饭馆|飯館|餐馆|餐館|诊所|診所|药房|藥房)/;
function homesBesideNames(text: string, spans: PiiSpan[]) {
  if (!streetNumbers.length) return;
  const nameEnds = new Set<number>();
  const nameStarts = new Set<number>();
  for (const s of spans) {
    if (s.kind !== 'name') continue;
    nameEnds.add(s.end);
    nameStarts.add(s.start);
  }
  if (!nameEnds.size) return;
  for (let k = 0; k < streetNumbers.length; k += 2) {
    const start = streetStart(text, streetNumbers[k]);
    const end = streetNumbers[k + 1];
    let b = start;
    while (b > 0 && start - b < 2 && BESIDE_NAME.has(text.charCodeAt(b - 1))) b--;
    let a = end;
    while (a < text.length && a - end < 2 && BESIDE_NAME.has(text.charCodeAt(a))) a++;
    // (Round 14) "商户 黎某某（雩坛路43号五金店）": a shop after the number is the trader's business, not a home.
    if (SHOP_AFTER_NUMBER.test(text.slice(end, end + 6))) continue;
    if ((b < start && nameEnds.has(b)) || (a > end && nameStarts.has(a))) {
      spans.push({ kind: 'address', start, end });
      continue;
    }
    // (Round 11) "柴場巷14號的孫玉蘭", "新街33号的杨大爷", "…69号楼上住的老许家", "盐仓弄31号 严桂芳 收", "柴场巷6号 收件人：谈美娟":
    // the person who lives there (or next to whom), or the addressee of a letter sent there. The town before the
    // street only says where the street is (西埠镇新街45号 → 新街45号).
    RESIDENT_BESIDE.lastIndex = end;
    const r = RESIDENT_BESIDE.exec(text);
    if (r && nameStarts.has(end + r[0].length)) {
      spans.push({ kind: 'address', start: streetOwnStart(text, streetNumbers[k]), end });
    }
  }
}
/** After a street number: what leads to the person living there (的, 楼上住的, a space, 收件人：). */
const RESIDENT_BESIDE = /(?:(?:楼上|樓上|楼下|樓下|隔壁|对门|對門)?(?:住)?的|[\s\u3000]{1,3}(?:(?:收件人|收信人|户主|戶主|业主|業主)[：:\s\u3000]{0,3})?|[，,]?(?:收件人|收信人)[：:\s\u3000]{0,3})/y;
/** Last characters of a county, a town or a district, before the street that is the home's. */
const TOWN_END = new UnitSet([...'县縣镇鎮乡鄉区區市'].map((c) => c.charCodeAt(0)));
/** After a street address: a room of an office (会议室, 办公室, 大厅, 窗口), not of a home. */
const OFFICE_ROOM_AFTER = /^(?:的)?(?:会议室|會議室|办公室|辦公室|大厅|大廳|窗口|接待室|报告厅|報告廳|礼堂|禮堂|多功能厅|多功能廳)/;
/** Right before the address: the writer's household (我们漳湄县…, 我家…). */
const WRITER_HOME_BEFORE = /(?:我们|我們|俺们|俺們|咱们|咱們|我家|俺家|咱家)$/;
/** 住/家住/家在 earlier in the same sentence. */
const LIVES_IN_SENTENCE = /(?:住|家在)[^。；;！!？?\n]{0,24}$/;
/** "桐江县江城镇向阳" before a street's 路: the start of a county/town chain (县, 镇, 乡, 区, 市) ending
 * in the street's name, read back over at most 16 Han characters from a boundary; or -1. */
const ADMIN_CHAIN = /(?:[\u3400-\u9fff]{1,6}?(?:省|市|县|縣|区|區|镇|鎮|乡|鄉)){1,3}[\u3400-\u9fff]{1,6}$/;
function adminChainStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 16) {
    const c = text.charCodeAt(s - 1);
    if (!(c >= 0x3400 && c <= 0x9fff) || '的住在是于於到们們'.includes(text[s - 1])) break;
    s--;
  }
  const m = ADMIN_CHAIN.exec(text.slice(s, at));
  return m ? s + m.index : -1;
}

/**
 * A home without a number, described by a landmark (家住白茅村村委会后面第三家, 我家就在某村小学对面，红砖三层那栋):
 * from the named village, street or town to "the n-th house" or "that house".
 */
// (Round 16: also 住 opening a clause, where a letter is to be sent (寄到 …那家), and 那两间板房.)
const HOME_DESCRIBED = /(?:家就住在|家住在|住在|家就在|家在|家住|(?<=^|[，,。；;\s])住|寄到\s?|寄往\s?)([\u3400-\u9fff]{1,8}?(?:村|街|路|镇|鎮|乡|鄉|社区|社區|小区|小區)[^。；;！!？?\n]{0,24}(?:第[一二三四五六七八九十0-9]{1,3}(?:家|户|戶|栋|棟|间|間|个门面|個門面|个门|個門)|那户|那戶|那栋|那棟|那家|那[两兩几幾]?[间間](?:板房|平房|瓦房|土房|房子|屋)?)(?:[\u3400-\u9fff]{0,5}?(?:楼|樓|平房|瓦房|房子)(?=[，,。；;！!？?\s]))?)/g;
/** (Round 11) A place, a way there and "that house", then 就是我家: the writer's home described. */
const HOME_DESCRIBED_AS = /(?:^|[，,。；;！!？?\s])([\u3400-\u9fff]{1,8}?(?:村|街|路|镇|鎮|乡|鄉|社区|社區|小区|小區)[^。；;！!？?\n，,]{0,24}?(?:那户|那戶|那栋|那棟|那家|那间|那間|第[一二三四五六七八九十0-9]{1,3}(?:家|户|戶|栋|棟|间|間)))(?:就是|便是|是)(?:我家|俺家|我们家|我們家|咱家)/g;
/** HOME_DESCRIBED's ending alone: a cheap test before the whole expression. */
const HOME_DESCRIBED_END = /第[一二三四五六七八九十0-9]{1,3}(?:家|户|戶|栋|棟|间|間|个门|個門)|那[两兩几幾]?[户戶栋棟家间間]/;
/** (Round 11) "新街69号楼上住的…", "9幢402楼上装修": 楼上/楼下 is upstairs or downstairs of the number, not a building part. */
/** (A room number of three or four digits, 402楼上; or a house number whose upstairs or downstairs household is meant, 18号楼下那户 — not 3号楼下面, a building's foot.) */
function upstairsTrimmed(text: string, parts: string, partsStart: number): string {
  const at = partsStart + parts.length;
  const next = text[at];
  if (next !== '上' && next !== '下') return parts;
  if (/(?<![0-9０-９])[0-9０-９]{3,4}[楼樓]$/.test(parts)) return parts.slice(0, -1);
  return /[0-9０-９一二三四五六七八九十](?:号|號)[楼樓]$/.test(parts) && UPSTAIRS_HOUSEHOLD.test(text.slice(at + 1, at + 4)) ? parts.slice(0, -1) : parts;
}
const UPSTAIRS_HOUSEHOLD = /^(?:住|那户|那戶|那家人|的住户|的住戶|的人家)/;
/**
 * (Round 14) "该店原址在雩坛路88号二楼", "劳动监察大队的电话…，地址椰风路88号": where the sentence is about a shop, a firm
 * or an office and the number follows 地址 / 原址 / 旧址, the address is that place's, not a home — unless the writer's
 * home or family is in the sentence (我家, 住).
 */
const OFFICE_ADDRESS_CUE = /(?:原址|旧址|舊址|新址|地址|店址|厂址|廠址)(?:在|是|为|為|係)?[:：\s]?$/;
const OFFICE_IN_SENTENCE = /店|铺|鋪|公司|局|大队|大隊|中心|医院|醫院|学校|學校|[^住]厂|廠|银行|銀行|政府|委员会|委員會|派出所|监察|監察/;
const HOME_IN_SENTENCE = /我家|俺家|我们家|我們家|住|家庭|老家/;
function officeAddressBefore(text: string, at: number): boolean {
  const cue = OFFICE_ADDRESS_CUE.exec(text.slice(Math.max(0, at - 5), at));
  if (!cue) return false;
  const cueStart = at - cue[0].length;
  let from = cueStart;
  while (from > 0 && cueStart - from < 40 && !SENTENCE_END.test(text[from - 1])) from--;
  const before = text.slice(from, cueStart);
  return OFFICE_IN_SENTENCE.test(before) && !HOME_IN_SENTENCE.test(before);
}
/** (Stop 32) A room of an enclosed earthen house or a clan building where one lives: its hall, its side row or its floor, and
 * the room's number (住承福围下堂右横屋第4间, 住址：衍慶樓二層第17間). After 住 only: 办公楼三层第2间 is an office. */
// (Not 住院楼 or 住宿楼, a ward or a dormitory; not 住的是…, which starts no place.)
const ENCLOSED_ROOM = /(?:住址|住在|居住|住)(?![院宿的是])[:：\s]{0,2}([\u3400-\u9fff]{1,4}(?:围|圍|楼|樓|屋|寨|堡)(?:[上中下后後前][堂厅廳])?(?:[左右东西東][横橫]屋)?(?:[一二三四五六七八九十0-9０-９]{1,2}[层層楼樓])?第[0-9０-９一二三四五六七八九十]{1,3}[间間])/g;
function scanAddresses(text: string, out: PiiSpan[]) {
  streetNumbers.length = 0;
  if ((has(text, '间') || has(text, '間')) && sawTriggers & T_ZHU) {
    ENCLOSED_ROOM.lastIndex = 0;
    for (let m = ENCLOSED_ROOM.exec(text); m; m = ENCLOSED_ROOM.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      if (!OFFICE_BEFORE_ROOM.test(text.slice(Math.max(0, start - 14), start + m[1].length))) out.push({ kind: 'address', start, end: start + m[1].length });
    }
  }
  if (sawTriggers & T_ORD && (sawTriggers & T_ZHU || has(text, '家在') || has(text, '家就在') || has(text, '寄')) && HOME_DESCRIBED_END.test(text)) {
    HOME_DESCRIBED.lastIndex = 0;
    for (let m = HOME_DESCRIBED.exec(text); m; m = HOME_DESCRIBED.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      // (The place must be named: 村口第一户 is no address.)
      if ('村街路镇鎮乡鄉'.includes(text[start])) continue;
      // (…第三家，门牌是老街17号: the door number that follows is the address.)
      if (/^[，,]?(?:门牌|門牌)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      // (枫湾小区，就是东门进去左手第二栋…: 就是 restates where, and the home is what follows it.)
      const re = m[1].search(/[，,]就是/);
      out.push({ kind: 'address', start: re > 0 ? start + re + 3 : start, end: m.index + m[0].length });
    }
  }
  // (Round 11) "窑头村进村第二座桥过去左手边那户就是我家": the same description, said the other way round.
  if (has(text, '是我家') || has(text, '是俺家') || has(text, '是我们家') || has(text, '是我們家') || has(text, '是咱家')) {
    HOME_DESCRIBED_AS.lastIndex = 0;
    for (let m = HOME_DESCRIBED_AS.exec(text); m; m = HOME_DESCRIBED_AS.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]);
      if (!'村街路镇鎮乡鄉'.includes(text[start])) out.push({ kind: 'address', start, end: start + m[1].length });
    }
  }
  if (sawTriggers & T_DAN && (has(text, '单元') || has(text, '單元'))) {
    BARE_HOME.lastIndex = 0;
    for (let m = BARE_HOME.exec(text); m; m = BARE_HOME.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  for (let m = execAnchored(ADDRESS_AT_COMPOUND, text, 0); m; m = execAnchored(ADDRESS_AT_COMPOUND, text, ADDRESS_AT_COMPOUND.re.lastIndex)) {
    const partsStart = m.index + m[0].length - m[1].length;
    const body = upstairsTrimmed(text, m[1], partsStart);
    // 公园, 幼儿园, 工业园, 校园 … are not homes.
    if (/^[园園]/.test(m[0]) && /[公儿兒业業校菜果物陵技林区區]/.test(text[m.index - 1] ?? '')) continue;
    const parts = body.match(PART_IN_BODY) ?? [];
    const introduced = /(?:家住|住在|住址|地址|门牌|門牌|家在|现住|現住|住于|住於|居住|住)[^，,。；;！!？?]{0,12}$/.test(text.slice(Math.max(0, m.index - 16), m.index));
    // "全村200户", "小区30栋楼" are counts: one bare part needs a house-number unit or an introduction.
    // (A building and a room number, 和顺家园3栋1502, is a home too.)
    const roomAfterBuilding = /[栋棟幢座楼樓][0-9０-９]{3,4}$/.test(body) && !ROOM_NOT_AFTER.test(text[partsStart + body.length] ?? '');
    if (parts.length < 2 && !STRONG_UNIT.test(body) && !/[-－]/.test(body) && !introduced && !roomAfterBuilding) continue;
    // "大垄村四组五组的路": village groups alone name an area, not a home, unless one lives there.
    if (!introduced && parts.every((p) => /[组組区區期排]$/.test(p)) && !/[0-9０-９]$/.test(body)) continue;
    if (buildingOnly(parts, body)) continue;
    if (sharedPartAfter(text, body, partsStart + body.length)) continue;
    out.push({ kind: 'address', start: nameStart(text, m.index, true), end: partsStart + body.length });
    ADDRESS_AT_COMPOUND.re.lastIndex = partsStart + body.length;
  }
  // (Round 13) "松鹤颐养院207房": a care-home resident's room, given with the home's name, is where they live
  // (a bed, 12床, or a floor, 住在三楼, is not).
  if ((has(text, '院') || has(text, '寓')) && CARE_HOME_ROOM_CUE.test(text)) {
    CARE_HOME_ROOM.lastIndex = 0;
    for (let m = CARE_HOME_ROOM.exec(text); m; m = CARE_HOME_ROOM.exec(text)) out.push({ kind: 'address', start: nameStart(text, m.index, true), end: m.index + m[0].length });
  }
  // (Stop 28) "石鼓圍西區18棟4樓402", "3楼305", "2单元1005", "楼上502房", "上榕村南二巷8號": a room after its building,
  // floor or unit, a room number with 房, or a house in a village's numbered lane names one household (the
  // studied sets label every one of the first two, 405 of 405), with or without 住 before it.
  // (Every match has a digit, or 巷: noteCharacters listed the text's digits.)
  if (hasAny(text, DWELLING_CUES) && (text !== candText || listedCount(DIGIT_BIT) > 0 || has(text, '巷'))) {
    DWELLING.lastIndex = 0;
    for (let m = DWELLING.exec(text); m; m = DWELLING.exec(text)) {
      const end = m.index + m[0].length;
      if (m[1] !== undefined) {
        // (A hotel's or a guesthouse's room is no home: 酒店808房.)
        if (LODGING_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      } else if (m[2] === undefined) {
        // (An office's room is no home: 区政府大楼4楼417室, 政务中心2楼215室.)
        if (OFFICE_BEFORE_ROOM.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      } else {
        // (A lane's number where a shop or a workshop is: …巷17号一楼的电动车修理铺, 作坊在…巷15号.)
        if (BUSINESS_AT_LANE_AFTER.test(text.slice(end, end + 12)) || BUSINESS_AT_LANE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      }
      // (The place before it is the home's: 石鼓圍東區7棟602; not where the writer stands to it: 楼下2单元1005, 隔壁308房.)
      // (Stop 33) An estate's phase or area numbered in digits or a letter before the building (槐河金岸3期2号楼…, 东区B区…)
      // is the home's too, with the estate's name before it.
      const phase = PHASE_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index));
      const at = phase ? m.index - phase[0].length : m.index;
      // (After a year the phase is the flat's start: 2024年3期2号楼….)
      const place = isHan(text.charCodeAt(at - 1)) && !NEIGHBOUR_BEFORE.test(text.slice(Math.max(0, at - 3), at));
      let start = place && !(phase && /[年月日]/.test(text[at - 1])) ? nameStart(text, at, true) : at;
      if (start < m.index - 2 && NEIGHBOUR_WORD.test(text.slice(start, start + 2))) start += 2;
      out.push({ kind: 'address', start, end });
    }
  }
  if ((has(text, '村') || has(text, '社')) && (has(text, '号') || has(text, '號'))) {
    VILLAGE_HOUSE.lastIndex = 0;
    for (let m = VILLAGE_HOUSE.exec(text); m; m = VILLAGE_HOUSE.exec(text)) {
      const end = m.index + m[0].length;
      if (BUSINESS_AT_LANE_AFTER.test(text.slice(end, end + 12)) || BUSINESS_AT_LANE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      // (A named road in the village is the address without it, 石塘村滨海路19号; a back street or a middle road is
      // the village's own, 沙岭村后街5号.)
      const roadNamed = VILLAGE_ROAD.test(m[1]);
      out.push({ kind: 'address', start: roadNamed ? end - m[1].length : nameStart(text, m.index, true), end });
    }
  }
  // "枣树湾组23号": a village group called by its hamlet's name, not numbered, and a house number.
  if (sawTriggers & T_ZU) {
    NAMED_GROUP_HOUSE.lastIndex = 0;
    for (let m = NAMED_GROUP_HOUSE.exec(text); m; m = NAMED_GROUP_HOUSE.exec(text)) {
      if (!PLACE_END.has(text[m.index]) && !HAMLET_END.has(text[m.index])) continue;
      // (The hamlet starts after its town: 牛栏镇枣树湾组23号 is the home 枣树湾组23号 in that town.)
      let start = nameStart(text, m.index + 1);
      for (let k = m.index - 1; k > start; k--) {
        if ('镇鎮乡鄉'.includes(text[k])) {
          start = k + 1;
          break;
        }
      }
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  for (let m = execAnchored(ADDRESS_AT_STREET, text, 0); m; m = execAnchored(ADDRESS_AT_STREET, text, ADDRESS_AT_STREET.re.lastIndex)) {
    const partsStart = m.index + m[0].length - m[1].length;
    const body = upstairsTrimmed(text, m[1], partsStart);
    if (WORKPLACE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    let start = -1;
    if ((body.match(PART_IN_BODY) ?? []).length < 2) {
      // "我家就住他家对门，桐江县江城镇向阳路58号": a house number on a street named with its county or
      // town, where the writer says they live there, is a home's full address.
      if (!/^(?:[0-9０-９]{1,5}|[一二三四五六七八九十百零〇两兩]{1,4})(?:号|號)$/.test(body)) continue;
      const numberEnd = partsStart + body.length;
      // (…or where the household itself stands after it or the writer before it: 我们漳湄县老街巷42号一家五口.)
      const home = LIVES_IN_SENTENCE.test(text.slice(Math.max(0, m.index - 30), m.index)) || HOUSEHOLD_AFTER_NUMBER.test(text.slice(numberEnd, numberEnd + 3));
      // (Round 14) "先父遺下的房子在騎樓街58號", "住骑楼街的老房子，骑楼街12号": a family's house said to be at the number.
      if (HOUSE_BEFORE_STREET.test(text.slice(Math.max(0, m.index - 16), streetStart(text, m.index)))) {
        out.push({ kind: 'address', start: streetStart(text, m.index), end: numberEnd });
        continue;
      }
      if (home || WRITER_HOME_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) start = adminChainStart(text, m.index);
      if (start < 0 || (!home && !WRITER_HOME_BEFORE.test(text.slice(Math.max(0, start - 3), start)))) {
        // (Round 10) "水井巷12号的住户田某某": the residents of the number say it is a home; "谭某某（云杉巷7号）",
        // "商户 练某某，柳岸路16号", "文星街53號 戴某某": a private person's name beside it, read after the names
        // (homesBesideNames), says whose home or door it is.
        if (RESIDENT_AFTER_NUMBER.test(text.slice(numberEnd, numberEnd + 5))) out.push({ kind: 'address', start: /^[楼樓]/.test(text.slice(numberEnd, numberEnd + 1)) ? streetOwnStart(text, m.index) : streetStart(text, m.index), end: numberEnd });
        else if (streetNumbers.length < 2 * MAX_STREET_NUMBERS) streetNumbers.push(m.index, numberEnd);
        continue;
      }
    }
    // (Round 11) "地点：府前街1号三楼会议室": a floor with a meeting room or a hall is an office's, not a home.
    if (OFFICE_ROOM_AFTER.test(text.slice(partsStart + body.length, partsStart + body.length + 4))) continue;
    if (officeAddressBefore(text, start >= 0 ? start : nameStart(text, m.index))) continue;
    out.push({ kind: 'address', start: start >= 0 ? start : nameStart(text, m.index), end: partsStart + body.length });
    ADDRESS_AT_STREET.re.lastIndex = partsStart + body.length;
  }
  for (let m = execAnchored(ADDRESS_INTRO, text, 0); m; m = execAnchored(ADDRESS_INTRO, text, ADDRESS_INTRO.re.lastIndex)) {
    let bodyStart = m.index + m[0].length - m[1].length;
    // "住县城金桂小区…", "住下畈路口豐澤園小區…": the town or a landmark before a compound only says where it is.
    const lead = ADDRESS_LEAD.exec(m[1]);
    if (lead) bodyStart += lead[0].length;
    // The address runs to the end of its last number part; a body with no number is no address ("住在农村").
    // "住东二巷的冷秀琴和住西三巷的…": 的 ends the place; what follows is a person or a thing.
    let body0 = text.slice(bodyStart, m.index + m[0].length);
    // "其居住的嘉木小區7棟…": 的 right after the introduction belongs to it, not to the address.
    if (body0[0] === '的') {
      bodyStart++;
      body0 = body0.slice(1);
    }
    const de = body0.indexOf('的');
    if (de > 0) body0 = body0.slice(0, de);
    let last = -1;
    PART_IN_BODY.lastIndex = 0;
    for (let p = PART_IN_BODY.exec(body0); p; p = PART_IN_BODY.exec(body0)) last = p.index + p[0].length;
    if (last < 0) continue;
    let end = bodyStart + last;
    // "人民路18号院3号楼": include a directly following building part.
    const tail = /^(?:[0-9０-９]{2,5}(?:室|户|戶)?)/.exec(text.slice(end, end + 6));
    if (tail) end += tail[0].length;
    // (Round 11) "我住染坊弄8号后院": the yard or the loft behind a house number is that household's home.
    else {
      const yard = /^(?:后院|後院|前院|后屋|後屋|阁楼|閣樓)(?=$|[，,。；;！!？?\s])/.exec(text.slice(end, end + 4));
      if (yard && /[号號]$/.test(text.slice(bodyStart, end))) end += yard[0].length;
    }
    const body = text.slice(bodyStart, end);
    const bodyParts = body.match(PART_IN_BODY) ?? [];
    if (buildingOnly(bodyParts, body)) continue;
    if (sharedPartAfter(text, body, end)) continue;
    // "住东二巷": a lane is shared by many homes, like a building.
    if (bodyParts.length > 0 && bodyParts.every((p) => /[巷弄]$/.test(p))) continue;
    // Only a place: a compound, street, village or building word must be there.
    if (!PLACE_WORD.test(body)) continue;
    // "住院3天", "住建局3楼", "住户…" are not addresses; nor is a workplace's 地址.
    if (m[0].startsWith('住') && /^[院了过過房建宅户戶宿着著进進满滿]/.test(body)) continue;
    if (WORKPLACE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || ORG_MAIL_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // (Round 11) "市活动办的地址是府前街1号…": an office's address, said with 的.
    if (text[m.index - 1] === '的' && m[0].startsWith('地址') && WORKPLACE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index - 1))) continue;
    if (m[0].startsWith('地址') && officeAddressBefore(text, bodyStart)) continue;
    out.push({ kind: 'address', start: bodyStart, end });
  }
}

function scanNames(text: string, out: PiiSpan[], numbers: readonly PiiSpan[]) {
  let windowDone = 0;
  // (The text being read: its positions where an introduction may start are listed, and read in order.)
  const listed = text === candText;
  const positions = listedAt(NAME_INTRO_BIT);
  const count = listedCount(NAME_INTRO_BIT);
  let cursor = 0;
  for (let i = 0; i < text.length; i++) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
    }
    const candidates = introsAt(text.charCodeAt(i), text.charCodeAt(i + 1) || 0);
    if (!candidates) continue;
    let found: Intro | null = null;
    for (const w of candidates) {
      if (text.startsWith(w.word, i)) {
        found = w;
        break;
      }
    }
    if (!found) continue;
    const intro = found.word;
    // The introduction, then colons or spaces, perhaps 是/叫/为, colons or spaces again.
    // (Stop 30) Or a form's bar, pasted from a table: 姓名｜司夢琪；電話｜….
    let at = i + intro.length;
    const introEnd = at;
    if (found.strong && (text[at] === '｜' || text[at] === '|')) {
      // (Only a cell that is a name: a table's header row, 姓名|车牌号|电话, names nobody.)
      const cell = BAR_CELL.exec(text.slice(at + 1, at + 9));
      const sl = cell ? surnameLength(text, text.indexOf(cell[1], at + 1)) : 0;
      if (!cell || !sl || NOT_NAME_WORD.has(cell[1].slice(0, 2)) || [...cell[1].slice(sl)].some((c) => !GIVEN_SET.has(c))) continue;
      at++;
    }
    while (at < text.length && isColonOrSpace(text[at])) at++;
    if (at < text.length && '是叫為为'.includes(text[at])) {
      at++;
      while (at < text.length && isColonOrSpace(text[at])) at++;
    }
    // "本人叫做韦金花", "老伴儿谭翠英", "網友「陳大文」".
    if (at < text.length && ((text[at] === '做' && text[at - 1] === '叫') || ((text[at] === '儿' || text[at] === '兒') && text[at - 1] === '伴'))) at++;
    const quoted = at < text.length && OPEN_QUOTE.has(text[at]);
    if (quoted) at++;
    // (Round 13) "申請人之子": 之 and a relation, not a name.
    if (text[at] === '之' && at === i + intro.length) continue;
    // "申請人（宋紅旗，62歲）": the name in parentheses right after the introduction.
    else if (at < text.length && at === i + intro.length && (text[at] === '（' || text[at] === '(')) at++;
    // "我舅舅裴德厚", "我姑姑…": the kinship word doubled (the introduction matched its first half).
    if (at < text.length && at === i + intro.length && text[at] === intro[intro.length - 1] && DOUBLED_KIN.has(text.charCodeAt(at))) at++;
    i = at - 1; // the scan goes on after the introduction (or after the name, below)
    if (found.endsXing) {
      // "本人姓名：毕春雷": 姓名 is the introduction (read again from its 姓).
      if (text[at] === '名' && text[at - 1] === '姓') {
        i = at - 2;
        continue;
      }
      // "我姓王": a surname alone identifies nobody (like 王先生); "我姓王名建国" gives the name.
      const sl = surnameLength(text, at);
      // (Round 16) "本人姓湯，名美寶": the given name after a comma.
      const g = sl && (text[at + sl] === '，' || text[at + sl] === ',') && text[at + sl + 1] === '名' && text[at + sl + 2] !== '字' ? at + sl + 1 : at + sl;
      if (sl && (text[g] === '名' || text[g] === '叫')) {
        let e = g + 1;
        while (e < text.length && e - (g + 1) < 2 && isGiven(text.charCodeAt(e), text[e], true)) e++;
        if (e > g + 1 && AFTER_NAME.test(text.slice(e, e + 5))) {
          // (A surname alone identifies nobody: with the comma, the given name only.)
          if (g === at + sl) pushName(out, at, at + sl);
          pushName(out, g + 1, e);
        }
      }
      continue;
    }
    const strong = found.strong;
    let end = nameEnd(text, at, strong);
    // 我妈向领导反映, 我弟全力支持: after a relative, 向/解/全 … start a word more often than a name; only
    // a full name of given-name characters (我侄女解婷芬) — a strong introduction (我叫向明) reads any.
    const wordSurname = !strong && KIN_NOT_SURNAME.has(text.charCodeAt(at));
    if (wordSurname && end - at !== 3) end = -1;
    // "我叫和振邦，", "名叫党玉霞。", "他兒子時曉軍，": a surname that is also a common word, only after a
    // strong or kinship introduction and as a full name that visibly ends.
    // (Also where the introduction is set off by a colon or a space: "举报人 汝国平", "业主：母玉洁。")
    const setOff = at > 0 && isColonOrSpace(text[at - 1]);
    // (Round 16: also where 叫 follows the introduction, "旅館老闆叫習永剛".)
    const calledAfter = text[at - 1] === '叫' && at - 1 >= introEnd;
    // (Round 19: after a relative, also 花/养/水 … where the full name ends the clause, 收件人是我奶奶花桂英，.)
    const kinClauseEnd = text[at] !== '和' && found.kin && (at + 3 === text.length || CLAUSE_END.has(text[at + 3]));
    if (end < 0 && AMBIGUOUS_SURNAMES.has(text[at]) && (strong || setOff || found.endsJiao || calledAfter || kinClauseEnd || (text[at] !== '和' && !AMBIGUOUS_NOT_AFTER_KIN.has(text[at]) && found.kin))) {
      end = ambiguousNameEnd(text, at);
      // 我表弟蓋文濤就在…: after a relative, such a full name and what the person does.
      if (end < 0 && !strong && found.kin && text[at] !== '和' && !AMBIGUOUS_NOT_AFTER_KIN.has(text[at]) && ambiguousGiven(text, at) && actionAfter(text, at + 3)) end = at + 3;
    }
    if (found.confirmable) {
      // A longer reading that a boundary confirms wins (村民楊春來 1350…: 來 is no common given-name character).
      const confirmed = wordSurname ? -1 : confirmedNameEnd(text, at);
      if (confirmed > end) end = confirmed;
      // "村民金山反映": a name that is also a place's, where the person reports.
      if (end < 0 && PLACE_NAME_FIRST.has(text[at]) && PLACE_NAMES.exec(text.slice(at, at + 2))?.[0].length === 2 && stickyAt(REPORTS_AFTER, text, at + 2)) end = at + 2;
      // 我係陳黃美玲，: a married woman's two surnames (Hong Kong style), then her given name, where it visibly ends.
      if (end < 0 && found.writer && surnameLength(text, at) === 1 && SURNAME_CODES.has(text.charCodeAt(at + 1)) && PEOPLE[text.charCodeAt(at + 2)] & P_GIVEN && PEOPLE[text.charCodeAt(at + 3)] & P_GIVEN && AFTER_NAME.test(text.slice(at + 4, at + 9))) end = at + 4;
      // "我是社区干部廖敏，", "本人系石楠镇大垄村村民谭有福。": the writer's own name a few words on.
      if (end < 0 && found.writer) {
        // (A position already looked at by an earlier window gives the same answer: skip it, so the windows stay linear.)
        // (Round 17: up to 24 characters on, 我是石门县柳河镇一个茶叶合作社的理事长戴国平。)
        for (let k = Math.max(at + 1, windowDone); k < text.length && k - at < 24 && !CLAUSE_END.has(text[k]); k = windowDone = k + 1) {
          // (我是鹭鸶村的党秀英，: after 的, also a surname that is a word, as a full name that ends the clause.)
          const wordAfterDe = text[k - 1] === '的' && AMBIGUOUS_SURNAMES.has(text[k]) && !SURNAME_SET.has(text[k]);
          // (Round 16) "我是苧溪鎮的退休工人容建民，": after the writer's standing, a full name whose surname the table
          // lacks, where the clause ends after it.
          if (ROLE_END.has(text[k - 1]) && text[k - 1] !== '的' && unlistedFullName(text, k) && (k + 3 === text.length || CLAUSE_END.has(text[k + 3]))) {
            pushName(out, k, k + 3);
            break;
          }
          if (!(ROLE_END.has(text[k - 1]) || text[k - 1] === '嘅' /* (Round 16) 我係香港嘅陳國樑 */ || ((text[k - 1] === '机' || text[k - 1] === '機') && text[k - 2] === '司')) || !(SURNAME_SET.has(text[k]) || COMPOUND_FIRST.has(text[k]) || text[k] === '老' || text[k] === '小' || wordAfterDe)) continue;
          let e = wordAfterDe ? (ambiguousGiven(text, k) && (k + 3 === text.length || CLAUSE_END.has(text[k + 3])) ? k + 3 : -1) : text[k] === '老' || text[k] === '小' ? nicknameEnd(text, k) : confirmedNameEnd(text, k);
          // (Round 11) "我是状元坊的王阿姨，": the writer by surname and the kinship address she goes by (as 来电人孟大姐).
          if (e < 0 && text[k - 1] === '的' && surnameLength(text, k) === 1 && stickyAt(SELF_KIN_FORM, text, k + 1) && NICKNAME_AFTER.test(text.slice(SELF_KIN_FORM.lastIndex, SELF_KIN_FORM.lastIndex + 3))) e = SELF_KIN_FORM.lastIndex;
          if (e > 0) {
            pushName(out, k, e);
            break;
          }
        }
      }
    }
    // (Round 19) "家父何振聲是…": after the formal 家父/家母, a two-character reading runs on to a third character where the
    // clause ends or 是/在/今年 follows it (a letter names the parent in full).
    if (end === at + 2 && (intro === '家父' || intro === '家母') && isHan(text.charCodeAt(at + 2)) && !NOT_GIVEN.has(text[at + 2]) && !LOOSE_STOP.has(text.charCodeAt(at + 2)) && (at + 3 === text.length || CLAUSE_END.has(text[at + 3]) || '是在今已'.includes(text[at + 3]))) end = at + 3;
    // (Round 19) "我女儿小名叫豆豆，": after 小名/乳名, a doubled character (a child's pet name) where the clause ends.
    if (end < 0 && (intro === '小名' || intro === '乳名') && text[at] === text[at + 1] && isHan(text.charCodeAt(at)) && !NUMERALS.has(text[at]) && !NOT_GIVEN.has(text[at]) && (at + 2 === text.length || CLAUSE_END.has(text[at + 2]))) end = at + 2;
    if (end < 0 && found.nickname) end = nicknameEnd(text, at);
    // (Round 19) "鄰居老湯在公交站找到的": right after 邻居, 老 and a surname that also makes a word (老汤 broth, 老方 …) is the neighbour.
    if (end < 0 && (intro === '邻居' || intro === '鄰居') && at === introEnd && text[at] === '老' && surnameLength(text, at + 1) === 1 && NICKNAME_NOT.has(text.slice(at, at + 2)) && !'师師龄齡房成练練'.includes(text[at + 1]) && (NICKNAME_AFTER.test(text.slice(at + 2, at + 5)) || /^[还還也又在帮幫陪替给給跟把]/.test(text[at + 2] ?? ''))) end = at + 2;
    // "来电人孟大姐。": a writer or caller who gives a surname and a kinship address goes by it (汪奶奶, 史大妈 are
    // names so), unlike a polite form (联系人：王女士) or staff at a window (窗口的刘大姐).
    if (end < 0 && found.self && surnameLength(text, at) === 1 && stickyAt(SELF_KIN_FORM, text, at + 1) && NICKNAME_AFTER.test(text.slice(SELF_KIN_FORM.lastIndex, SELF_KIN_FORM.lastIndex + 3))) end = SELF_KIN_FORM.lastIndex;
    // "姓名：斛德贵，", "我叫計福全。": after a strong introduction, a full name whose surname the table lacks, where it visibly ends.
    if (end < 0 && strong && !quoted && unlistedFullName(text, at) && (at + 3 === text.length || CLAUSE_END.has(text[at + 3]) || /[\s0-9０-９（(]/.test(text[at + 3]))) end = at + 3;
    // "落款：獐子嶺村 姚德旺 2026年…": a signature names the writer's village first, then the writer.
    if (end < 0 && found.sign) {
      const place = SIGN_PLACE.exec(text.slice(at, at + 14));
      if (place) {
        const n = at + place[0].length;
        const e = confirmedNameEnd(text, n);
        if (e > 0 && likelyName(text, n, e)) {
          pushName(out, n, e);
          i = e - 1;
          continue;
        }
      }
    }
    // "我舅舅高兴去年就申请了": after a relative, a name that reads as a word (高兴, 文明), then when the person did something.
    if (end < 0 && found.kin && surnameLength(text, at) === 1 && NOT_NAME_WORD.has(text.slice(at, at + 2)) && GIVEN_SET.has(text[at + 1]) && !ADVERB_NAME_WORD.has(text.slice(at, at + 2)) && stickyAt(PAST_WHEN_AFTER, text, at + 2)) end = at + 2;
    // "邻居黑娃说", "老板娘翠花都跟他们熟了", "外号叫铁柱": a nickname or a given name alone.
    if (end < 0 && found.givenOnly) end = givenOnlyNicknameEnd(text, at);
    // "外號叫「大炮」": a nickname in quotation marks, whatever its characters.
    if (end < 0 && found.nicknameWord && OPEN_QUOTE.has(text[at - 1] ?? '')) {
      let c = at;
      while (c < text.length && c - at < 5 && !QUOTE_CLOSE.has(text.charCodeAt(c))) c++;
      if (c - at >= 1 && c - at <= 4 && QUOTE_CLOSE.has(text.charCodeAt(c))) end = c;
    }
    // "我的名字叫宁静，", "我叫成功。": after a strong introduction, a given name alone that reads as a word.
    if (end < 0 && (strong || found.endsJiao)) end = givenOnlyEnd(text, at, true, found.endsJiao);
    // "那個叫阿May的女人", "那个叫二愣的家伙": after 个叫, what the person is called up to 的 and a word for a person, whatever its characters.
    if (end < 0 && found.called) {
      let c = at;
      while (c < text.length && c - at < 7 && text[c] !== '的' && !CLAUSE_END.has(text[c]) && !isColonOrSpace(text[c])) c++;
      if (text[c] === '的' && c - at >= 2 && PERSON_AFTER_DE.test(text.slice(c + 1, c + 4)) && !/什么|什麼|甚么|啥|谁|誰/.test(text.slice(at, c))) end = c;
    }
    // "我儿子Li Wei在…", "家长Zhang Guihua", "同事 Jenny Chen": a name in Latin letters.
    if (end < 0 && text.charCodeAt(at) >= 0x41 && text.charCodeAt(at) <= 0x5a) {
      LATIN_NAME.lastIndex = at;
      const m = LATIN_NAME.exec(text);
      if (m) end = at + m[0].length;
    }
    // 網友「陳大文」: a quoted name ends at the closing quote; a screen name (网友“高山流水”) is masked
    // whole after 网友, and a quoted phrase that only starts like a name is none.
    if (end > 0 && quoted && !QUOTE_CLOSE.has(text.charCodeAt(end))) {
      let c = end;
      while (c < text.length && c - at < 12 && !QUOTE_CLOSE.has(text.charCodeAt(c)) && !CLAUSE_END.has(text[c])) c++;
      end = QUOTE_CLOSE.has(text.charCodeAt(c)) && (intro === '网友' || intro === '網友') ? c : -1;
    }
    if (end > 0) {
      pushName(out, at, end);
      // "村民代表王建国、李四等五人": the names listed after the first.
      while (end + 1 < text.length && (text[end] === '、' || text[end] === '，' && text[end + 1] !== '电' && text[end + 1] !== '電')) {
        let next = nameEnd(text, end + 1);
        if (next < 0 || !AFTER_LISTED_NAME.test(text.slice(next, next + 2))) next = confirmedNameEnd(text, end + 1);
        if (next < 0 || !AFTER_LISTED_NAME.test(text.slice(next, next + 2))) break;
        pushName(out, end + 1, next);
        end = next;
      }
      i = end - 1;
    }
  }
  // "张某某", "王某": a surname with 某 is a person the writer names (not 某个/某些, not 任何某).
  const triggers = sawTriggers;
  for (let at = triggers & T_MOU ? text.indexOf('某') : -1; at >= 0; at = text.indexOf('某', at + 1)) {
    let s = at - 1;
    if (s < 0) continue;
    // (Character codes, not one-character strings: a 1 MB run of 王某 must not allocate per character.)
    if (s >= 1 && COMPOUND_FIRST_CODES.has(text.charCodeAt(s - 1)) && surnameLength(text, s - 1) === 2) s--;
    else if (!SURNAME_CODES.has(text.charCodeAt(s))) continue;
    if (s > 0 && MOU_EXCLUDED_BEFORE.has(text.charCodeAt(s - 1))) continue;
    // "乡党委副书记钱某某", "村会计何某": an official by office, 某 or not, stays (like 村主任刘某).
    // (Stop 34) Also after a colon, as records set the role before it (审判员：王某；书记员：李某, 经手人：周某).
    if (s > 1 && TITLE_BEFORE_MOU.test(text.slice(Math.max(0, s - 5), s).replace(/[:：]\s?$/, ''))) continue;
    let e = at + 1;
    if (text.charCodeAt(e) === 0x67d0) e++; // 某
    if (e < text.length && MOU_EXCLUDED_AFTER.has(text.charCodeAt(e))) continue;
    // "向某培训机构转账", "在某公司上班": 某 before an organisation is "some", not a person.
    if (e === at + 1 && MOU_ORG_AFTER.has(text.charCodeAt(e))) continue;
    // "王某华在村里…": one given-name character kept with 某 (not 王某家, 王某一直, 王某明天).
    else if (e === at + 1 && GIVEN_SET.has(text[e]) && !MOU_NOT_GIVEN.has(text.charCodeAt(e)) && !GIVEN_SET.has(text[e + 1] ?? '')) e++;
    pushName(out, s, e);
    at = e - 1;
  }
  // "大垄村谭有福的儿子", "三组王五反映": a private person after the place they live.
  for (let m = execAnchored(PLACE_THEN_NAME, text, 0); m; m = execAnchored(PLACE_THEN_NAME, text, PLACE_THEN_NAME.re.lastIndex)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at);
    if (end > 0 && !NOT_NAME_WORD.has(text.slice(at, at + 2)) && PLACE_NAME_AFTER.test(text.slice(end, end + 5))) {
      pushName(out, at, end);
      PLACE_THEN_NAME.re.lastIndex = end;
    } else if (NEIGHBOUR_PLACE.test(m[0])) {
      // "隔壁老王", "隔壁的刘大爷", "楼上的张阿姨": a neighbour by nickname or surname and an elder's form of address;
      // "我帮隔壁罗幺妹去开个证明": a neighbour's full name, then what they do.
      let e = Math.max(nicknameEnd(text, at), elderEnd(text, at), neighbourSiblingEnd(text, at));
      if (e < 0) {
        const full = contextNameEnd(text, at);
        CUE_AFTER.lastIndex = full;
        if (full - at >= 3 && CUE_AFTER.test(text)) e = full;
      }
      // 隔壁計福全家的…: a neighbour's full name whose surname the table lacks, then their home.
      if (e < 0 && !(PEOPLE[text.charCodeAt(at)] & P_SURNAME) && unlistedFullName(text, at) && NEIGHBOUR_HOME_AFTER.test(text.slice(at + 3, at + 5))) e = at + 3;
      if (e > 0) pushName(out, at, e);
    }
  }
  // A name before a home address: "…也不回。裴向东，荻花镇橘园村四组31号".
  for (const span of numbers) {
    if (span.kind !== 'address' || span.start < 3) continue;
    const sep = text[span.start - 1];
    if (sep === '，' || sep === ',' || sep === ' ' || sep === '\u3000') nameEndingAt(text, span.start - 1, out);
  }
  // A name before a phone number: "…请查处。王建国 13800138000", "石楠镇李秀英手机：138…".
  for (const span of numbers) {
    if (span.kind === 'address' || span.kind === 'plate' || span.kind === 'name') continue;
    const before = NAME_BEFORE_PHONE.exec(text.slice(Math.max(0, span.start - 16), span.start));
    if (!before) continue;
    let nameEndAt = span.start - before[0].length + before[1].length;
    // (Stop 34) "我的名字X和电话138…": 和 joins the name and the phone's word, no given name's (华和).
    const joined = nameEndAt - before[1].length + 2 < nameEndAt && '和与與及'.includes(text[nameEndAt - 1]) && nameEndAt < span.start && /[电電手微身邮郵卡]/.test(text[nameEndAt]);
    if (joined) nameEndAt--;
    // (Round 16) "王哥电话：186…", "急用钱找强哥 177…": a man or a woman known as surname and 哥/姐 (a nickname, as 老王),
    // giving a number — a private person's contact.
    const kinEnd = /(?:电话|電話|手机|手機)$/.test(before[1]) ? nameEndAt - 2 : nameEndAt;
    const g = kinEnd - 2;
    if (g >= 0 && (text[kinEnd - 1] === '哥' || text[kinEnd - 1] === '姐') && ((surnameLength(text, g) === 1 && !KIN_NOT_SURNAME.has(text.charCodeAt(g)) && (g === 0 || NAME_BOUNDARY_BEFORE.has(text[g - 1]) || '找叫的'.includes(text[g - 1]))) || (g > 0 && '找叫'.includes(text[g - 1]) && GIVEN_SET.has(text[g]) && !NOT_NICK_FIRST.has(text[g]) && !NOT_GIVEN.has(text[g])))) {
      pushName(out, g, kinEnd);
      continue;
    }
    for (const length of [3, 2, 4]) {
      const s = nameEndAt - length;
      if (s < 0 || s < span.start - before[0].length) continue;
      // "村民 牛文广 136…", "我母亲 禚玉英，电话…": set off by spaces, a full name's characters may be uncommon.
      const setOff = length === 3 && nameEndAt < span.start && (s === 0 || NAME_BOUNDARY_BEFORE.has(text[s - 1]) || PERSON_WORD_END.has(text.charCodeAt(s - 1)));
      // (Set off so, a full name may also have a surname that is a common word: 村民 党红军 135….)
      const ambiguous = setOff && AMBIGUOUS_SURNAMES.has(text[s]) && ambiguousNameEnd(text, s) === nameEndAt;
      // (Review, stop 34: where 和 was trimmed, nameEnd still reads it as the name's, 李华和: one past is the same name.)
      const end = nameEnd(text, s);
      if (ambiguous || ((end === nameEndAt || (joined && length === 2 && end === nameEndAt + 1) || (setOff && nameEnd(text, s, true) === nameEndAt && likelyName(text, s, nameEndAt))) && !NOT_NAME_WORD.has(text.slice(s, s + 2)))) {
        pushName(out, widenToCompound(text, s), nameEndAt);
        break;
      }
    }
  }
  // A name heading the text: "溫德勝 來電：…", "程立華來信：…".
  if (surnameLength(text, 0)) {
    let e = confirmedNameEnd(text, 0);
    // (向上反映: 向/全/解 start words; only a full name heads a text.)
    // (向领导反映: 向/全/解 start words; only a full name of given-name characters heads a text.)
    if (KIN_NOT_SURNAME.has(text.charCodeAt(0)) && (e < 3 || !GIVEN_SET.has(text[1]) || !GIVEN_SET.has(text[2]))) e = -1;
    // (Not "李明（副镇长）…": an official named with the office.)
    if (e > 0 && HEAD_AFTER_NAME.test(text.slice(e, e + 6)) && !((text[e] === '（' || text[e] === '(') && TITLE_AFTER.test(text.slice(e + 1, e + 6)))) pushName(out, 0, e);
  }
  // "…开会，张建国反映…": a name after a clause boundary, reporting.
  for (let m = execAnchored(REPORTING_VERB, text, 0); m; m = execAnchored(REPORTING_VERB, text, REPORTING_VERB.re.lastIndex)) {
    for (const length of [3, 2, 4]) {
      const s = m.index - length;
      // (Round 10: "种粮户谭某某反映", "环卫工龚某某反映": also right after a private person's standing or trade
      // word, not after staff or an official, 工作人员王某反映.)
      if (s < 0 || (s > 0 && !NAME_BOUNDARY_BEFORE.has(text[s - 1]) && !(length === 3 && reporterStanding(text, s)))) continue;
      // 向上反映, 全力举报: 向/全/解 start words; only a full name reports.
      if (KIN_NOT_SURNAME.has(text.charCodeAt(s)) && length < 3) continue;
      if (nameEnd(text, s) === m.index) {
        pushName(out, widenToCompound(text, s), m.index);
        break;
      }
    }
  }
  // A name signing off the text: "…盼早日解决。大垄村五组 谭桂香", "——市民 田甜", "…请查处。王建国".
  // (The date after it may be a day, or a year and a month: "邵红梅 2026年11月".)
  // (Read in the text's last characters only: a signature and a date are short, and a regular
  // expression ending in $ tried at every position of a long text costs more than the rest of the scan.)
  const tailFrom = Math.max(0, text.length - TAIL_WINDOW);
  const tail = signedTailPossible(text) ? SIGNED_TAIL.exec(tailFrom ? text.slice(tailFrom) : text) : null;
  if (tail) {
    const s = tailFrom + tail.index + 1;
    const e = nameEnd(text, s);
    if (e === s + tail[1].length) pushName(out, s, e);
  }
  // "王建国（电话…）", "李秀英，电话…": the name right before contact details.
  // (Only where a contact word is there at all: the expression starts at every comma.)
  for (let m = hasAny(text, CONTACT_WORDS) ? execAnchored(NAME_THEN_CONTACT, text, 0) : null; m; m = execAnchored(NAME_THEN_CONTACT, text, NAME_THEN_CONTACT.re.lastIndex)) {
    for (const length of [4, 3, 2]) {
      const s = m.index - length;
      if (s < 0) continue;
      if (nameEnd(text, s) === m.index) {
        pushName(out, widenToCompound(text, s), m.index);
        break;
      }
    }
  }
  // "此致敬礼！张建国 2014年5月6日", "——王秀英".
  // (Only where a closing word or a dash is there at all: a cheap test before the expression.)
  SIGNATURE.lastIndex = triggers & T_JING || has(text, '—') || has(text, '-') || has(text, '－') ? 0 : text.length;
  for (let m = SIGNATURE.exec(text); m; m = SIGNATURE.exec(text)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at, true);
    if (end > 0 && /^[\s,，。.!！]*(?:\d{2,4}\s*[年./-]|[0-9０-９]|$)/.test(text.slice(end, end + 8))) pushName(out, at, end);
    else signedNames(text, at, out);
  }
  // "爷爷叫尤本善，", "孩子妈妈叫闾丘婉婷": a relative's name after 叫.
  for (let at = triggers & T_JIAO ? text.indexOf('叫') : -1; at > 0; at = text.indexOf('叫', at + 1)) {
    // "我们都叫他黑蛋，": what people call someone is a nickname for a private person.
    // "都管他叫大個子，": what people call someone, whatever the characters, where it visibly ends.
    if (at > 1 && (text[at - 1] === '他' || text[at - 1] === '她') && text[at - 2] === '管') {
      let e = at + 1;
      while (e < text.length && e - at <= 4 && text.charCodeAt(e) >= 0x3400 && text.charCodeAt(e) <= 0x9fff && !'的是了在和我你他她们們'.includes(text[e])) e++;
      if (e - at >= 3 && e - at <= 4 && (e === text.length || CLAUSE_END.has(text[e]))) pushName(out, at + 1, e);
      continue;
    }
    // (Round 11) "村里都叫我六子，": what people call the writer, a birth order and 子.
    if ((text[at - 1] === '都' || text[at - 1] === '就') && (text[at + 1] === '我' || text[at + 1] === '俺') && '二三四五六七八九幺'.includes(text[at + 2] ?? '') && text[at + 3] === '子' && stickyAt(CUE_AFTER, text, at + 4)) {
      pushName(out, at + 2, at + 4);
      continue;
    }
    if ((text[at - 1] === '都' || text[at - 1] === '就') && (text[at + 1] === '他' || text[at + 1] === '她')) {
      // (Also in quotes: 都叫她“翠花”，.)
      const q = OPEN_QUOTE.has(text[at + 2] ?? '') ? 1 : 0;
      const e = givenOnlyNicknameEnd(text, at + 2 + q);
      const k = at + 2 + q;
      if (e > 0) pushName(out, k, e);
      // (Round 19) "大家都叫她柳姨，": what people call her, a surname and a kinship address.
      else if (surnameLength(text, k) === 1 && !KIN_NOT_SURNAME.has(text.charCodeAt(k)) && '姨姐哥叔婶嬸嫂伯'.includes(text[k + 1] ?? '。') && (k + 2 === text.length || CLAUSE_END.has(text[k + 2]) || QUOTE_CLOSE.has(text.charCodeAt(k + 2)))) pushName(out, k, k + 2);
      else if (q && (text[at + 5] === '”' || text[at + 5] === '」') && !NOT_NICK_FIRST.has(text[at + 3]) && DIMINUTIVE_END.has(text[at + 4])) pushName(out, at + 3, at + 5);
      continue;
    }
    // (老二叫金星, 老三叫常青: a family's children by birth order.)
    if (!KIN_BEFORE_JIAO.has(text.charCodeAt(at - 1)) && !(at > 1 && text[at - 2] === '老' && /[大二三四五六七八九幺]/.test(text[at - 1]))) continue;
    let s = at + 1;
    if (text[s] === '做') s++;
    while (s < text.length && isColonOrSpace(text[s])) s++;
    // (和振邦, 党玉霞: a surname that is also a word, accepted after kinship and 叫 as a full name.)
    let e = surnameLength(text, s) ? Math.max(nameEnd(text, s), confirmedNameEnd(text, s)) : AMBIGUOUS_SURNAMES.has(text[s]) ? ambiguousNameEnd(text, s) : -1;
    // (我弟弟叫成功，, 我儿子叫强强: a given name alone, though it reads as a word.)
    if (e < 0) e = givenOnlyEnd(text, s, true, true);
    if (e > 0) pushName(out, s, e);
  }
  // "——赶集的老苗", "…请查处。邻居老王": a nickname signing off the text.
  {
    let e = text.length;
    while (e > 0 && /[\s。.!！]/.test(text[e - 1])) e--;
    const s = e - 2;
    if (s > 0 && (text[s] === '老' || text[s] === '小') && nicknameEnd(text, s) === e) {
      const before = text.slice(Math.max(0, s - 12), s);
      if (/[—－\-。！!]/.test(before) && /[的民人工户戶友居—－\-。！!\s]$/.test(before)) pushName(out, s, e);
    }
  }
  // "王五敬上", "王秀蘭 謹上": a name before a letter's closing formula.
  for (let m = execAnchored(CLOSING, text, 0); m; m = execAnchored(CLOSING, text, CLOSING.re.lastIndex)) {
    let end = m.index;
    while (end > 0 && isColonOrSpace(text[end - 1])) end--;
    nameEndingAt(text, end, out);
  }
  // "张三、李四和王五三户", "刘德胜、孙桂兰、何秀英几户": a list of names.
  for (let at = triggers & T_DUN ? text.indexOf('、') : -1; at >= 0; at = text.indexOf('、', at + 1)) at = scanNameList(text, at, out);
  // "找了王建军，", "把杨德明打了": a full name after a verb, where it visibly ends.
  for (let m = execAnchored(NAME_AFTER_VERB, text, 0); m; m = execAnchored(NAME_AFTER_VERB, text, NAME_AFTER_VERB.re.lastIndex)) {
    const s = m.index + m[0].length;
    if (!surnameLength(text, s)) continue;
    const e = nameEnd(text, s);
    if (e - s >= 3 && likelyName(text, s, e) && VERB_NAME_AFTER.test(text.slice(e, e + 3)) && !OFFICE_SAID_AFTER.test(text.slice(e, e + 24))) {
      pushName(out, s, e);
      NAME_AFTER_VERB.re.lastIndex = e;
    }
  }  // "系统里打出来变成了周明远，": a full name a record turned another into.
  for (let p = triggers & T_CHENG ? text.indexOf('成了') : -1; p > 0; p = text.indexOf('成了', p + 2)) {
    if (!BECAME_BEFORE.has(text.charCodeAt(p - 1))) continue;
    const s = p + 2;
    if (!surnameLength(text, s)) continue;
    const e = nameEnd(text, s);
    if (e - s >= 3 && likelyName(text, s, e) && VERB_NAME_AFTER.test(text.slice(e, e + 3))) pushName(out, s, e);
  }

  // "我（张建华）", "村民（李四）": a name in parentheses after a person.
  for (const open of triggers & T_PAREN ? ['（', '('] : []) {
    for (let at = text.indexOf(open, 1); at > 0; at = text.indexOf(open, at + 1)) {
      // (Also after a form of address: "陳太（陳美玲）", "万女士（万秀英）".)
      if (!PERSON_WORD_END.has(text.charCodeAt(at - 1)) && !ADDRESS_FORM_BEFORE.test(text.slice(Math.max(0, at - 3), at))) continue;
      const s = at + 1;
      const e = nameEnd(text, s, true);
      if (e > 0 && (text[e] === '）' || text[e] === ')') && likelyName(text, s, e)) pushName(out, s, e);
    }
    // "本人王思远（Wang Siyuan）": a name, then the same name in Latin letters.
    for (let at = text.indexOf(open, 2); at > 0; at = text.indexOf(open, at + 1)) {
      const c = text.charCodeAt(at + 1);
      if (!(c >= 0x41 && c <= 0x5a)) continue;
      LATIN_NAME.lastIndex = at + 1;
      const m = LATIN_NAME.exec(text);
      if (!m || !/[)）]/.test(text[at + 1 + m[0].length] ?? '')) continue;
      for (const length of [3, 2, 4]) {
        const s = at - length;
        if (s >= 0 && nameEnd(text, s, true) === at && likelyName(text, s, at)) {
          pushName(out, at + 1, at + 1 + m[0].length);
          break;
        }
      }
    }
  }
  // "13800138000 马红梅", "电话13800138000（王建国）": a name right after a phone number.
  for (const span of numbers) {
    if (span.kind !== 'mobile' && span.kind !== 'landline' && span.kind !== 'email' && span.kind !== 'qq' && span.kind !== 'wechat') continue;
    let s = span.end;
    while (s < text.length && s - span.end < 2 && (isColonOrSpace(text[s]) || '，,、/（('.includes(text[s]))) s++;
    if (!surnameLength(text, s)) continue;
    const e = nameEnd(text, s);
    if (e > 0 && (e === text.length || CLAUSE_END.has(text[e]) || /[\s）)]/.test(text[e])) && likelyName(text, s, e)) pushName(out, s, e);
  }
  // "。邢建国，男，56岁": a name followed by the person's sex.
  // (indexOf on 男 and 女 is several times cheaper than a regex over every comma.)
  for (let k = triggers & T_SEX ? 0 : 2, sex = '男'; k < 2; k++, sex = '女') {
    for (let p = text.indexOf(sex, 1); p > 0; p = text.indexOf(sex, p + 1)) {
      if (!SEX_BEFORE.has(text.charCodeAt(p - 1)) || !SEX_AFTER.has(text.charCodeAt(p + 1))) continue;
      const end = p - 1;
      nameEndingAt(text, end, out);
    }
  }
  // "家住东风村的李秀英".
  // (Both need 住: a cheap test before the expressions.)
  const zhu = (triggers & T_ZHU) !== 0;
  LIVES_AT_THE.lastIndex = zhu ? 0 : text.length;
  for (let m = LIVES_AT_THE.exec(text); m; m = LIVES_AT_THE.exec(text)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at);
    // (Round 10) "住在河西那边的康乐苑，": a reading that ends like a compound or a place (苑, 园, 湾) is where, not who.
    if (end > 0 && !(end - at >= 3 && PLACE_END.has(text[end - 1]))) pushName(out, at, end);
  }
  for (let p = zhu ? text.indexOf('住') : -1; p >= 0; p = text.indexOf('住', p + 1)) {
    if (p > 0 && !NAME_BOUNDARY_BEFORE.has(text[p - 1])) continue;
    LIVES_AT_THE_AFTER_ZHU.lastIndex = p + 1;
    const m = LIVES_AT_THE_AFTER_ZHU.exec(text);
    if (!m) continue;
    const at = p + 1 + m[0].length;
    const end = nameEnd(text, at);
    if (end > 0 && !(end - at >= 3 && PLACE_END.has(text[end - 1]))) pushName(out, at, end);
  }
  if (triggers & T_LAO) scanTraitNicknames(text, out);
  // "王大娘七十多了", "何二婶", "秦老伯说": a private person by surname and an elder's form of address.
  scanKinForms(text, out);
  // "张桂兰家的低保", "跟孙建军一起去", "阎德山说": a full name that context, not an introduction, shows.
  scanContextNames(text, out);
  // (scanContextNames also reads names that read as words, given names alone and village nicknames.)
  if (triggers & T_DUN) scanGivenOnlyLists(text, out);
  // "这是海燕和她男人一起写的", "春燕她妈说": a given name alone, then the person's own family.
  if (triggers & T_PRONOUN) for (const pronoun of ['她', '他']) for (let p = text.indexOf(pronoun, 2); p > 0; p = text.indexOf(pronoun, p + 1)) givenOnlyBeforeFamily(text, p, out);
  if (triggers & T_WO) scanWriterApposition(text, out);
  if (triggers & T_GRADE) scanPupils(text, out);
  if (triggers & T_AH) scanAhNames(text, out);
  // (Minority names are read in scanContextNames' pass, minorityNameAt; 帕提古丽 here.)
  if (triggers & T_GU) scanGuliNames(text, out);
  if (triggers & (T_XING | T_TITLE)) scanSurnameThenName(text, out, triggers);
  if (triggers & T_JIAO) scanCalledNicknames(text, out);
  // (Round 10.)
  if (has(text, ' ') || has(text, '\u3000')) scanSetOffNames(text, out);
  if (has(text, '友')) scanPeerNicknames(text, out);
  // (Round 11.)
  scanDealingNicknames(text, out);
  if (has(text, '·') || has(text, '・') || has(text, '•')) scanDottedNames(text, out);
  scanTransliteratedNames(text, out);
}

// ---------------------------------------------------------------------------------------------
// Round 10: cues that a county's and a district's inbox showed (dev8, dev9).

/**
 * Last characters of a standing, a part or a place a writer puts before a name set off by spaces, as
 * SMS lines and signatures write (考生 X, 退伍老兵 X, 申请执行人 X, 种粮户 X, 外地游客 X, 来办事的 X,
 * 某某村 X): the space stands for the comma a letter would have.
 */
const SET_OFF_ROLE_END = codes('生兵人户戶客民工友属屬的村组組者农農');
/**
 * …not an official's, staff's or a professional's role (医生, 社工, 记者, 负责人, 经办人, 发言人), a word (卫生,
 * 先生), or 的 after an office or a duty (镇政府的, 分管的): those stay.
 */
const SET_OFF_ROLE_NOT = /(?:医生|醫生|先生|卫生|衛生|社工|记者|記者|负责人|負責人|责任人|責任人|经办人|經辦人|承办人|承辦人|发言人|發言人|主持人|审批人|審批人|工作者|管理者|(?:局|所|府|委|办|辦|站|中心|院|科|队|隊|处|處|分管|负责|負責|主管|经办|經辦)的)$/;
/** 考生 阙某某 的父亲, 退伍老兵 鄢某某，: a full name between the role's space and a space, a boundary, a number or the end. */
/** (Round 16) The writer introducing their own trade before a handle: 我是 / 本人 / 俺是 at the role's start. */
const SELF_BEFORE_ROLE = /(?:我是|我係|俺是|本人)/;
function scanSetOffNames(text: string, out: PiiSpan[]) {
  const len = text.length;
  for (let p = 1; p + 1 < len; p++) {
    const sp = text[p];
    if (sp !== ' ' && sp !== '\u3000') continue;
    const r = text.charCodeAt(p - 1);
    // (Round 16: also a driver, "我是货车司机 阿斌".)
    if (!SET_OFF_ROLE_END.has(r) && !((r === 0x673a || r === 0x6a5f) && text[p - 2] === '司')) continue;
    // (The role is a word of two to eight Han characters: "黛山人社 养老转移" ends in no person word.)
    let s = p - 1;
    while (s > 0 && p - s < 8 && isHan(text.charCodeAt(s - 1))) s--;
    if (p - s < 2 || SET_OFF_ROLE_NOT.test(text.slice(Math.max(0, p - 4), p)) || OFFICIAL_WORD_BEFORE.test(text.slice(Math.max(0, p - 4), p))) continue;
    const q = p + 1;
    let e = -1;
    const c = text.charCodeAt(q);
    if (c >= 0x41 && c <= 0x5a) {
      // 外地游客 Li Ming，: a name in Latin letters.
      LATIN_NAME.lastIndex = q;
      const m = LATIN_NAME.exec(text);
      if (m) e = q + m[0].length;
    } else if (surnameLength(text, q)) {
      e = Math.max(nameEnd(text, q), confirmedNameEnd(text, q));
      if (e > 0 && !likelyName(text, q, e)) e = -1;
    } else if (c === 0x963f /* 阿 */ && isHan(text.charCodeAt(q + 1)) && !AH_KIN.has(text[q + 1]) && SELF_BEFORE_ROLE.test(text.slice(Math.max(0, s - 3), s + 2))) {
      // (Round 16) "我是送水工 阿輝，", "我是货车司机 阿斌": the writer's handle after their own trade.
      e = q + 2;
    }
    if (e < 0 || !(e === len || isColonOrSpace(text[e]) || CLAUSE_END.has(text[e]) || digit(text.charCodeAt(e)) >= 0)) continue;
    pushName(out, q, e);
    p = e;
  }
}

/** "车友老金 QQ…", "球友小邓说": a peer by what the two share (车友, 球友, 牌友, 钓友, 战友), named by a nickname. */
function scanPeerNicknames(text: string, out: PiiSpan[]) {
  for (let p = text.indexOf('友', 1); p > 0; p = text.indexOf('友', p + 1)) {
    if (!isHan(text.charCodeAt(p - 1))) continue;
    const q = isColonOrSpace(text[p + 1] ?? '') ? p + 2 : p + 1;
    const e = nicknameEnd(text, q);
    if (e > 0) {
      pushName(out, q, e);
      p = e - 1;
    }
  }
}

const ROLE_NICKNAME_END = /(?:书记|書記|老师|老師|大姐|大哥|主任|镇长|鎮長|乡长|鄉長|县长|縣長|局长|局長|村长|村長|干部|幹部|领导|領導|所长|所長|队长|隊長|医生|醫生|校长|校長|官|长|長)$/;
/** "大家都叫他“黑皮”", "村里人叫她「二嫂」": a quoted nickname someone is called by, whatever its characters. */
function scanCalledNicknames(text: string, out: PiiSpan[]) {
  for (let k = text.indexOf('叫'); k >= 0; k = text.indexOf('叫', k + 1)) {
    const p = text[k + 1];
    // (Many call him so: 大家叫他, 都叫她, 村里人叫他 — not 他叫他“快点走”, an order.)
    if ((p !== '他' && p !== '她') || !'都家们們人也'.includes(text[k - 1] ?? '')) continue;
    let at = k + 2;
    if ('做作为為'.includes(text[at] ?? '')) at++;
    if (!OPEN_QUOTE.has(text[at] ?? '')) continue;
    let c = at + 1;
    while (c < text.length && c - at <= 5 && !QUOTE_CLOSE.has(text.charCodeAt(c))) c++;
    // (A nickname for an official's or a helper's role, 签到书记, 视频老师, 知心大姐, names the role, not a private person.)
    if (c - at >= 2 && c - at <= 5 && QUOTE_CLOSE.has(text.charCodeAt(c)) && !ROLE_NICKNAME_END.test(text.slice(at + 1, c))) pushName(out, at + 1, c);
  }
}

// Tibetan, Uyghur and Mongolian names are written in Chinese characters by sound (扎西顿珠, 阿依古丽,
// 巴特尔): no surname, but a small set of name syllables, joined by 2 or more, or with a middle dot.
const SIGN_INTRO = /^(?:落款|署名|签名|簽名)$/;
/** The writer's village, group or town before the name in a signature, set off by a space or a colon. */
const SIGN_PLACE = /^[\u3400-\u9fff]{1,8}?(?:村|组|組|镇|鎮|乡|鄉|屯|寨|社区|社區|小区|小區)[\s:：]+/;
const CALLED_INTRO = new Set(['个叫', '個叫', '位叫']);
// (The introductions' answers, now that every expression they ask is made.)
for (const list of INTRO_LISTS) {
  for (const intro of list) {
    const w = intro.word;
    intro.strong = STRONG_INTRO.test(w);
    intro.kin = KIN_INTRO.test(w);
    intro.confirmable = CONFIRMABLE_INTRO.test(w);
    intro.writer = WRITER_INTRO.has(w.slice(0, 2));
    intro.nickname = NICKNAME_INTRO.test(w);
    intro.self = SELF_INTRO.test(w);
    intro.sign = SIGN_INTRO.test(w);
    intro.givenOnly = GIVEN_ONLY_INTRO.has(w);
    intro.nicknameWord = NICKNAME_WORD_INTRO.has(w);
    intro.called = CALLED_INTRO.has(w);
  }
}
const PERSON_AFTER_DE = /^(?:女人|男人|人|老头|老頭|老太|小伙|小夥|姑娘|孩子|师傅|師傅|家伙|傢伙|男的|女的|小子|保姆|保安|司机|司機|租客|租户|租戶|老人|老板|老闆|女孩|男孩)/;
/** "姓缪，缪德顺", "我姓靳，靳晓雯": a surname stated, then the full name that starts with it (the surname alone stays). */
function scanSurnameThenName(text: string, out: PiiSpan[], triggers: number) {
  for (let k = triggers & T_XING ? text.indexOf('姓') : -1; k >= 0; k = text.indexOf('姓', k + 1)) {
    const sl = surnameLength(text, k + 1);
    if (!sl) continue;
    let at = k + 1 + sl;
    if (text[at] !== '，' && text[at] !== ',' && text[at] !== '、') continue;
    at++;
    if (text.substr(at, sl) !== text.substr(k + 1, sl)) continue;
    const e = confirmedNameEnd(text, at);
    if (e > at + sl) pushName(out, at, e);
  }
  // "靳女士，靳晓雯": a form of address, then the full name with the same surname.
  for (const form of triggers & T_TITLE ? ['女士', '先生', '小姐'] : []) {
    for (let k = text.indexOf(form, 1); k > 0; k = text.indexOf(form, k + 2)) {
      if (!SURNAME_SET.has(text[k - 1]) || !'，,、 '.includes(text[k + 2] ?? '。') || text[k + 3] !== text[k - 1]) continue;
      const e = confirmedNameEnd(text, k + 3);
      if (e > k + 4) pushName(out, k + 3, e);
    }
  }
  // "其母蒲田氏", "奶奶李王氏": a married woman named by her husband's and her own surname and 氏.
  for (let k = triggers & T_XING ? text.indexOf('氏', 2) : -1; k > 0; k = text.indexOf('氏', k + 1)) {
    if (!SURNAME_SET.has(text[k - 2]) || !SURNAME_SET.has(text[k - 1]) || text[k - 2] === text[k - 1]) continue;
    const b = k >= 3 ? text.charCodeAt(k - 3) : 0x3002;
    if (!(KIN_END_BEFORE_NAME.has(b) || NAME_BOUNDARY_BEFORE.has(text[k - 3] ?? '。') || b === 0x7684 /* 的 */ || b === 0x4eb2 /* 亲 */ || b === 0x89aa /* 親 */)) continue;
    // (Round 16: also 一個人 after it, 老母親柴王氏一個人在家.)
    // (Round 19: also her age right after it, 我婆婆钱陈氏八十七了.)
    if (isHan(text.charCodeAt(k + 1)) && !'的在于於说說家今已和与與也都是'.includes(text[k + 1]) && !(text[k + 1] === '一' && '个個'.includes(text[k + 2] ?? '')) && !AGE_AFTER_NAME.test(text.slice(k + 1, k + 6))) continue;
    pushName(out, k - 2, k + 1);
  }
}

/** Name components: Tibetan, Uyghur (and 古丽, which ends women's names), Mongolian; both scripts. */
const MINORITY_PARTS = (
  '扎西|紮西|次仁|多吉|卓玛|卓瑪|顿珠|頓珠|达瓦|達瓦|格桑|旦增|丹增|拉姆|央金|平措|索朗|洛桑|德吉|曲珍|普布|巴桑|边巴|邊巴|次旦|尼玛|尼瑪|强巴|強巴|白玛|白瑪|措姆|仁青|益西|桑杰|桑傑|才让|才讓|卓嘎|央宗|拉巴|米玛|米瑪|' +
  '买买提|買買提|麦麦提|麥麥提|艾买提|艾買提|吐尔逊|吐爾遜|阿不都|阿卜杜|阿布都|热合曼|熱合曼|阿力木|玉素甫|尼亚孜|尼亞孜|吾斯曼|塔依尔|塔依爾|热依拉|熱依拉|帕丽旦|帕麗旦|阿娜尔|阿娜爾|艾力|依明|肉孜|努尔|努爾|迪丽|迪麗|阿依|祖丽|祖麗|古丽|古麗|' +
  '巴特尔|巴特爾|其其格|格日勒|额尔敦|額爾敦|斯琴|萨仁|薩仁|阿拉坦|敖登|道尔吉|道爾吉|满都拉|滿都拉|乌日娜|烏日娜|宝音|寶音|图雅|圖雅|朝鲁|朝魯|乌云|烏雲|孟和|苏和|蘇和|巴图|巴圖|其木格|' +
  // 古丽娜尔; Yi clan names (吉克, 沙马, 阿苏) and given names (阿呷, 拉且, 木呷, 阿果, 阿惹).
  '娜尔|娜爾|吉克|沙马|沙馬|阿苏|阿蘇|阿呷|拉且|木呷|阿果|阿惹|' +
  // (Round 16) Norbu, Dongzhi (Amdo Tibetan) and the Mongolian Khas- (哈斯其木格, 哈斯巴根).
  '诺布|諾布|东智|東智|哈斯|' +
  // (Round 24) Kham Tibetan components (四郎多吉, 泽仁旺姆, 洛绒扎巴, 格绒多吉, 贡布次仁, 降央尼玛, 扎西彭措).
  '彭措|泽仁|澤仁|降央|四郎|洛绒|洛絨|格绒|格絨|贡布|貢布|旺姆|翁姆|曲措|扎巴|泽郎|澤郎|根秋|登巴|多杰|多傑'
).split('|');
/** Components that are ordinary words or places alone (乌云 a dark cloud, 才让 "only then let", 格桑花): only beside another component. */
const MINORITY_NOT_ALONE = new Set('彭措 泽仁 澤仁 降央 四郎 洛绒 洛絨 格绒 格絨 贡布 貢布 旺姆 翁姆 曲措 扎巴 泽郎 澤郎 根秋 登巴 多杰 多傑 诺布 諾布 东智 東智 哈斯 娜尔 娜爾 吉克 沙马 沙馬 阿苏 阿蘇 阿呷 拉且 木呷 阿果 阿惹 其木格 才让 才讓 乌云 烏雲 格桑 洛桑 尼玛 尼瑪 孟和 苏和 蘇和 白玛 白瑪 边巴 邊巴 拉巴 德吉 平措 阿依 迪丽 迪麗 祖丽 祖麗 古丽 古麗 努尔 努爾 艾力 依明 肉孜 斯琴 宝音 寶音 图雅 圖雅 巴图 巴圖 朝鲁 朝魯 敖登 萨仁 薩仁 拉姆 次旦 米玛 米瑪 达瓦 達瓦 普布 巴桑 措姆 仁青 益西 桑杰 桑傑 央宗 卓嘎 曲珍 强巴 強巴 多吉 央金'.split(' '));
const MINORITY_FIRST = new Uint8Array(65536);
const MINORITY_SECOND = new Uint8Array(65536);
/** The components by their first character, longest first. */
const MINORITY_BY_FIRST = new Map<number, string[]>();
for (const w of MINORITY_PARTS) {
  MINORITY_FIRST[w.charCodeAt(0)] = 1;
  MINORITY_SECOND[w.charCodeAt(1)] = 1;
  const list = MINORITY_BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  MINORITY_BY_FIRST.set(w.charCodeAt(0), list);
}
for (const list of MINORITY_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);
/** Components read only after another (烏雲其木格, 吉克阿呷, 古丽娜尔): their first characters (其, 木, 拉, 娜) start too many words to be looked at alone. */
const MINORITY_AFTER_ONLY = new Set('其木格 娜尔 娜爾 拉且 木呷'.split(' '));
/** The component at `i`, or ''. */
function minorityPartAt(text: string, i: number): string {
  if (!MINORITY_FIRST[text.charCodeAt(i)]) return '';
  for (const w of MINORITY_BY_FIRST.get(text.charCodeAt(i))!) if (text.charCodeAt(i + 1) === w.charCodeAt(1) && text.startsWith(w, i)) return w;
  return '';
}
/** After a minority name read alone: what a person does or has (在, 说, 的, 家, 带着, a boundary). */
/** (Round 19) An elder's or a brother's address after a minority name: 强巴老人, 巴特爾大哥, 卓玛阿妈. */
const MINORITY_ELDER_AFTER = /(?:老人|大哥|大叔|大姐|大嫂|大爷|大爺|大娘|大妈|大媽|阿妈|阿媽|阿爸|老阿妈|老阿媽)/y;
const MINORITY_AFTER = /(?:$|[，,。；;！!？?、\s：:）)”」]|[（(][男女]|的|家|说|說|在|带着|帶著|和|跟|把|被|也|都|是|今年|去年|一家|夫妇|夫婦|[她他])/y;
/** At `i` a minority name's first component: the name masked where it reads as one; returns the last index it took, or `i`. */
function minorityNameAt(text: string, i: number, out: PiiSpan[]): number {
  const first = minorityPartAt(text, i);
  if (!first || MINORITY_AFTER_ONLY.has(first)) return i;
  // (Inside a word or another name: 才让 in 刚才让, 巴特尔 in a longer transcription.)
  // (Round 19: also after 同事, 我同事扎西平措.)
  if (i > 0 && isHan(text.charCodeAt(i - 1)) && !NAME_BOUNDARY_BEFORE.has(text[i - 1]) && !PERSON_WORD_END.has(text.charCodeAt(i - 1)) && !'的叫是有和跟把被给給让讓找问問民'.includes(text[i - 1]) && !(text[i - 1] === '事' && text[i - 2] === '同')) return i;
  let e = i + first.length;
  let parts = 1;
  for (;;) {
    const dot = text[e] === '·' || text[e] === '・' || text[e] === '•' || text[e] === '.' ? 1 : 0;
    const next = minorityPartAt(text, e + dot);
    if (!next) break;
    e += dot + next.length;
    parts++;
  }
  if (parts === 1 && (first === '古丽' || first === '古麗')) return i;
  // "阿依古丽": 古丽 ends a woman's name.
  if (parts === 1 && e + 2 <= text.length && (text.startsWith('古丽', e) || text.startsWith('古麗', e))) {
    e += 2;
    parts++;
  }
  // (Round 19) "拉隆村的强巴老人", "巴特爾大哥": before an elder's or a brother's address, also a component that is a word alone.
  // (A word alone, 乌云, 才让 "only then let", only after 的: 拉隆村的强巴老人, not 才让大哥先走.)
  const elder = stickyAt(MINORITY_ELDER_AFTER, text, e) && (!MINORITY_NOT_ALONE.has(first) || (text[i - 1] === '的' && first !== '才让' && first !== '才讓'));
  if (parts === 1 && !elder && (MINORITY_NOT_ALONE.has(first) || !stickyAt(MINORITY_AFTER, text, e))) return i;
  pushName(out, i, e);
  return e - 1;
}
/** "帕提古丽": two syllables outside the table, then 古丽, where a person's context follows. */
function scanGuliNames(text: string, out: PiiSpan[]) {
  for (const suffix of ['古丽', '古麗']) {
    for (let p = text.indexOf(suffix, 2); p > 0; p = text.indexOf(suffix, p + 2)) {
      const s = p - 2;
      if (!isHan(text.charCodeAt(s)) || !isHan(text.charCodeAt(s + 1)) || LOOSE_STOP.has(text.charCodeAt(s)) || LOOSE_STOP.has(text.charCodeAt(s + 1))) continue;
      if (!stickyAt(MINORITY_AFTER, text, p + 2)) continue;
      pushName(out, s, p + 2);
    }
  }
}

/** After a pupil's name: the parent or the pupil as such. */
// (Stop 35: also ending the text, a signature's pupil: 孩子高二(4)班路一鸣.)
const PUPIL_AFTER = /^(?:的(?:家长|家長|妈妈|媽媽|爸爸|父亲|父親|母亲|母親|爷爷|爺爺|奶奶|外婆|外公)|家长|家長|同学|同學|小朋友|[，,。；;、（(\s]|$)/;
/** A pupil's name after a class or a grade (三年级童语桐的家长, 初二3班 李浩然同学). */
function scanPupils(text: string, out: PiiSpan[]) {
  for (const mark of ['级', '級', '班']) {
    for (let p = text.indexOf(mark, 1); p > 0; p = text.indexOf(mark, p + 1)) {
      // (Cheap first: a grade's 年 or numeral, or a class's number, right before; 上班, 加班 are no class.)
      const b = text.charCodeAt(p - 1);
      if (!(b === 0x5e74 /* 年 */ || NUMERALS.has(text[p - 1]) || digit(b) >= 0 || b === 0x29 || b === 0xff09)) continue;
      let s = p + 1;
      if (text[s] === ' ' || text[s] === '\u3000') s++;
      if (!surnameLength(text, s)) continue;
      // (The grade itself: a numeral and 年级, a class number and 班.)
      if (!/(?:[一二三四五六七八九1-9１-９]年[级級]|[初高][一二三](?:年[级級])?|[一二三四五六七八九十0-9０-９][)）]?班)$/.test(text.slice(Math.max(0, p - 3), p + 1))) continue;
      const e = nameEnd(text, s, true);
      if (e - s < 2 || !likelyName(text, s, e) || FAMOUS.has(text.slice(s, e)) || !PUPIL_AFTER.test(text.slice(e, e + 4))) continue;
      pushName(out, s, e);
    }
  }
}

/** 表弟阿强一家, 邻居阿珍说: 阿 and a given-name character for a private person, after a relative or a neighbour. */
const AH_BEFORE = /(?:邻居|鄰居|同事|朋友|工友|老乡|老鄉|同学|同學|表弟|表哥|表姐|表妹|堂弟|堂哥|堂姐|堂妹|[我俺](?:老公|老婆|弟弟|哥哥|姐姐|妹妹|儿子|兒子|女儿|女兒|侄子|侄女|外甥)|细佬|細佬|家姐)$/;
const AH_NOT_SECOND = codes('姨婆公爸妈媽哥姐嫂伯叔嫲嬷爷爺奶仔女弟妹舅妹爹娘们們');
function scanAhNames(text: string, out: PiiSpan[]) {
  for (let p = text.indexOf('阿', 2); p > 0; p = text.indexOf('阿', p + 1)) {
    const c = text.charCodeAt(p + 1);
    if (!GIVEN_SET.has(text[p + 1] ?? '') || AH_NOT_SECOND.has(c) || NUMERALS.has(text[p + 1]) || NOT_GIVEN.has(text[p + 1])) continue;
    if (!AH_BEFORE.test(text.slice(Math.max(0, p - 4), p))) continue;
    if (!stickyAt(CUE_AFTER, text, p + 2) && !/^(?:一家|家)/.test(text.slice(p + 2, p + 4))) continue;
    pushName(out, p, p + 2);
  }
}

/** The longest introduction word (NAME_INTRO_WORDS) starting at `i`, or ''. */
function introAt(text: string, i: number): string {
  const candidates = introsAt(text.charCodeAt(i), text.charCodeAt(i + 1) || 0);
  if (candidates) for (const w of candidates) if (text.startsWith(w.word, i)) return w.word;
  return '';
}
/** Where a signature's place ends (——葛藤村向春妮, ——騾馬村勾秋英、勾大成): a village, group, town or compound. */
const SIGN_PLACE_END = codes('村组組镇鎮乡鄉屯寨区區苑');
/** (Round 17) After a signature's names: the writer's plate (——任曉東，車牌豫W·3K752). */
const SIGNED_PLATE_AFTER = /^[，,]\s*(?:车牌|車牌)/;
/** (Round 17) A village post the writer signs with, between the place and the name (——大灣村文書周小蘭). */
const SIGN_ROLE_AFTER_PLACE = /^(?:文书|文書|会计|會計|支书|支書|书记|書記|主任|村医|村醫|组长|組長|网格员|網格員|村民|居民|党员|黨員|理事长|理事長|社长|社長|妇女主任|婦女主任)/;
/** After a signature's names: the end, a date, or a comma and the writer's address or number (no sentence after). */
const SIGNED_NAMES_AFTER = /^[\s。.!！]*(?:$|[0-9０-９]{2,4}\s*[年./\-])|^[，,\s]+[^。！？!?\n]{0,40}$/;
/**
 * After a signature's dash: the writer's place, then one or more names (a surname that is also a
 * word only as a full name), closing the text; all the names are masked.
 */
function signedNames(text: string, at: number, out: PiiSpan[]) {
  if (text.length - at > 64) return;
  const read = (q: number): number => {
    if (KIN_NOT_SURNAME.has(text.charCodeAt(q)) || (AMBIGUOUS_SURNAMES.has(text[q]) && !SURNAME_SET.has(text[q]))) return ambiguousGiven(text, q) ? q + 3 : -1;
    const e = nameEnd(text, q, true);
    return e > 0 && likelyName(text, q, e) ? e : -1;
  };
  let q = at;
  // (Round 13) "——黎诗涵妈妈": a child's full name, then the parent who signs.
  const child = q + 3;
  if (surnameLength(text, q) === 1 && bareFullName(text, q, child) && PARENT_AFTER.test(text.slice(child))) {
    pushName(out, q, child);
    return;
  }
  // (Round 13) "——買方羅家明": a private standing before the name.
  const role = read(q) < 0 ? SIGN_ROLE_BEFORE.exec(text.slice(q, q + 6)) : null;
  if (role && read(q + role[0].length) > 0) q += role[0].length;
  if (read(q) < 0) {
    q = -1;
    // (Round 13: also a street number, ——明珠路17号葛红.)
    for (let k = at + 2; k < text.length && k - at <= 12 && (isHan(text.charCodeAt(k - 1)) || digit(text.charCodeAt(k - 1)) >= 0); k++) {
      const houseNumber = (text[k - 1] === '号' || text[k - 1] === '號') && digit(text.charCodeAt(k - 2)) >= 0;
      // (Round 17) "——大灣村文書周小蘭": the post the writer holds in the village, then the name.
      const post = SIGN_PLACE_END.has(text.charCodeAt(k - 1)) ? SIGN_ROLE_AFTER_PLACE.exec(text.slice(k, k + 5)) : null;
      if (post && read(k + post[0].length) > 0) {
        q = k + post[0].length;
        break;
      }
      if ((SIGN_PLACE_END.has(text.charCodeAt(k - 1)) || houseNumber) && read(k) > 0) {
        q = k;
        // (The street and its number signed before the name are the writer's home.)
        if (houseNumber && /[路街巷道弄]/.test(text.slice(at, k))) out.push({ kind: 'address', start: at, end: k });
        break;
      }
    }
    if (q < 0) return;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  for (let e = read(q); e > 0 && starts.length < 6; e = read(q)) {
    starts.push(q);
    ends.push(e);
    if ((text[e] === '、' || text[e] === '和') && e + 1 < text.length) q = e + 1;
    else break;
  }
  if (!starts.length) return;
  // (Any digits in what follows the comma belong to the signature: a flat, a phone, a date.)
  const rest = text.slice(ends[ends.length - 1]);
  // (Round 13: or the writer's standing, ——钟晓燕，小学老师, ——柳青（学生家长）; a child's name before 妈妈.)
  // (Round 17) "——任曉東，車牌豫W·3K752，有照片…": the writer's own plate after the name.
  if (!signedStanding(rest) && !SIGNED_PLATE_AFTER.test(rest) && (!SIGNED_NAMES_AFTER.test(rest) || (!/^[\s。.!！]*(?:$|[0-9０-９])/.test(rest) && !/[0-9０-９]/.test(rest)))) return;
  for (let k = 0; k < starts.length; k++) pushName(out, starts[k], ends[k]);
}

/** A full name of a surname and two common given-name characters at `s` (or a compound surname's four); its end, or -1. */
function fullNameAt(text: string, s: number): number {
  const sl = surnameLength(text, s);
  if (!sl || KIN_NOT_SURNAME.has(text.charCodeAt(s))) return -1;
  const e = nameEnd(text, s);
  if (e !== s + sl + 2 || !likelyName(text, s, e) || FAMOUS.has(text.slice(s, e))) return -1;
  for (let k = s + sl; k < e; k++) if (!GIVEN_SET.has(text[k]) || NOT_GIVEN.has(text[k]) || NUMERALS.has(text[k])) return -1;
  return e;
}

/**
 * "，我艾小芳在菜市场…", "我聶紅梅家被偷了", "大家都叫我郗老栓。": the writer puts their own full name
 * right after 我 (or says what people call them).
 */
function scanWriterApposition(text: string, out: PiiSpan[]) {
  for (const pronoun of ['我', '俺']) {
    for (let p = text.indexOf(pronoun); p >= 0; p = text.indexOf(pronoun, p + 1)) {
      const s = p + 1;
      if (!(PEOPLE[text.charCodeAt(s)] & P_SURNAME)) continue;
      // 叫我郗老栓。: what people call the writer, a name or a nickname that ends the clause.
      if (p > 0 && text[p - 1] === '叫') {
        const e = nameEnd(text, s);
        if (e - s >= 3 && (e === text.length || CLAUSE_END.has(text[e])) && likelyName(text, s, e) && !FAMOUS.has(text.slice(s, e))) pushName(out, s, e);
        continue;
      }
      if (p > 0 && !NAME_BOUNDARY_BEFORE.has(text[p - 1])) continue;
      // (我孙子芮小宝: a relative, read by the introductions.)
      if (introAt(text, p)) continue;
      const e = fullNameAt(text, s);
      if (e > 0) pushName(out, s, e);
    }
  }
}

/** Surnames that are also words (党, 牧, 母 …, and 暴, 盖 that the table leaves out; not 时/水/养, which start
 * too many phrases: 时光真的, 水平高的): without an introduction, only as a full name of two common
 * given-name characters where what follows shows a person. */
const WORD_SURNAME_CODES = codes('党黨习習母农農花牧汝蓬暴盖蓋');
/**
 * "牧国华家的羊圈", "暴国旺家房子塌了", "是蓋紅梅的小叔子": at a clause's start (or after 的/是), such a
 * surname and two common given-name characters, then 家/的 and what a person has.
 */
function wordSurnameNameEnd(text: string, i: number): number {
  if (i + 3 >= text.length) return -1;
  const prev = i > 0 ? text[i - 1] : '，';
  if (!NAME_BOUNDARY_BEFORE.has(prev) && prev !== '的' && !(prev === '是' && !SHI_IN_WORD.test(text.slice(Math.max(0, i - 3), i)))) return -1;
  const a = text[i + 1];
  const b = text[i + 2];
  if (!GIVEN_SET.has(a) || !GIVEN_SET.has(b) || NOT_GIVEN.has(a) || NOT_GIVEN.has(b) || '小大老家子儿兒'.includes(a) || NUMERALS.has(a) || NUMERALS.has(b) || a === b) return -1;
  if (NOT_NAME_WORD.has(text.slice(i, i + 2)) || FAMOUS.has(text.slice(i, i + 3))) return -1;
  // (What a person has or is, not any 的: 暴风雪的影响 is weather.)
  return stickyAt(CTX_AFTER, text, i + 3) ? i + 3 : -1;
}

// ---------------------------------------------------------------------------------------------
// Names without an introduction word: what stands around them shows they are private persons.

/** Elder's forms of address after a surname: 王大娘, 李大爷, 刘婶, 何二婶, 田嫂子, 秦老伯, 谭五爷, 马老汉. */
const KIN_FORM = /(?:爷爷|爺爺|奶奶|阿婆|阿公|阿嫲|阿嬷|大娘|大爷|大爺|大妈|大媽|大婶|大嬸|大嫂|大叔|老伯|阿伯|伯伯|老汉|老漢|老太太|老太|婆婆|婶子|嬸子|嫂子|[二三四五六七八九幺](?:婶子|嬸子|嫂子|婶|嬸|嫂|叔|伯|爷|爺|姑|娘)|[婶嬸嫂伯])/y;
/** Before such a surname: a boundary or a short function word (村西头的王大娘, 老家张大爷, 替尤大爷问问), not
 * a word the surname character would end (保安大叔, 门卫大爷, 河南大妈, 城管大叔). */
// (Stop 34: and after a kin word ending in 儿 or 婆, 我老汉儿滕老汉, 我婆婆滕老太.)
const KIN_LEFT = codes('，,。.；;：:、！!？?（(“”"「」『』 \u3000\n的是有和跟同与與及给給找问問帮幫替叫请請让讓被把位个個了说說对對到头頭边邊壁居家里裡村组組屯寨楼樓我俺咱们們他她上下听聽见見看陪带帶送喊板闆坊@＠妈媽爸儿兒婆');
const KIN_FIRST = codes('叔爷爺奶寡大老阿伯婆婶嬸嫂二三四五六七八九幺瘸瞎聋聾哑啞拐驼駝麻秃禿疯瘋傻憨结結胖瘦疤');
/** A private person's nickname by a trait after the surname (陈瘸子, 王麻子, 刘二愣子), as villages name people. */
const TRAIT_NICKNAME = /(?:疤子|疤瘌|胖子|瘦子|瘸子|瞎子|聋子|聾子|哑巴|啞巴|拐子|驼子|駝子|麻子|秃子|禿子|疯子|瘋子|傻子|憨子|结巴|結巴|二愣子|二愣|二傻子|二傻|二癞子|二賴子|二赖子|二流子|寡妇|寡婦|老[^\s，,。；;！!？?、的是在了和]儿|老[^\s，,。；;！!？?、的是在了和]兒)/y;
/** Surname characters that, before 大爷/婆婆, are more often a preposition (向婆婆要钱, 于大娘…). */
const KIN_NOT_SURNAME = codes('向于於解全战戰');
/** A flat's or a house's number before a person (1102室蒋爷爷). */
const ROOM_END = codes('室号號户戶');
/** Surname characters that before 爷爷/奶奶 are a word (连爷爷都不认识, 管奶奶叫…). */
const NOT_ELDER_SURNAME = codes('连連管');
/** A polite form of address for someone of one's own generation (大哥, 大姐, 阿姨): staff so addressed (窗口的刘大姐) stay. */
const PEER_FORM = /(?:大哥|大姐|阿姨|大嫂|大叔|叔叔|阿叔)/y;
/** Before it, a private person: a trade (环卫工, 保洁员) or the writer beside them (我跟/我和/俺跟). */
/** After it: the person goes along with the writer (陪我, 跟我一起). */
const PEER_WITH_WRITER_AFTER = /^(?:陪(?:我|俺)|(?:跟|和|同)(?:我|俺)一(?:起|块|塊|道))/;
const PEER_LEFT_WRITER = /(?:[我俺咱](?:跟|和|同)|跟着|跟著|陪着|陪著|(?:邻居|鄰居|隔壁|对门|對門|楼上|樓上|楼下|樓下)的?)$/;
/** At `i` a surname, then 大哥/大姐/阿姨 where a private person is meant; the end, or -1. */
function peerFormEnd(text: string, i: number, withWriterOnly = false): number {
  const c1 = text.charCodeAt(i + 1);
  if ((c1 !== 0x5927 /* 大 */ && c1 !== 0x963f /* 阿 */ && c1 !== 0x53d4) /* 叔 */ || surnameLength(text, i) !== 1) return -1;
  PEER_FORM.lastIndex = i + 1;
  if (!PEER_FORM.test(text)) return -1;
  const e = i + 3;
  if (text[e] === '们' || text[e] === '們') return -1;
  // 於大姐陪我去的: whoever goes along with the writer is a private person, however the sentence opens.
  if (PEER_WITH_WRITER_AFTER.test(text.slice(e, e + 5))) return e;
  if (withWriterOnly || i < 2) return -1;
  const before = text.slice(Math.max(0, i - 4), i);
  if (PEER_LEFT_WRITER.test(before)) return e;
  if (PERSON_LEFT.has(text.charCodeAt(i - 1)) && !OFFICIAL_WORD_BEFORE.test(before) && !MACHINE_NOT_DRIVER.test(before.slice(-2))) return e;
  return -1;
}
function scanKinForms(text: string, out: PiiSpan[]) {
  // (The text being read: only its positions of CONTEXT_BIT's characters, which include every surname's.)
  const listed = text === candText;
  const positions = listedAt(CONTEXT_BIT);
  const count = listedCount(CONTEXT_BIT);
  let cursor = 0;
  for (let i = 0; i + 2 < text.length; i++) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
      if (i + 2 >= text.length) break;
    }
    if (!(PEOPLE[text.charCodeAt(i)] & P_SURNAME)) continue;
    // 隔壁罗家老三: a family's son by birth order.
    if (text.charCodeAt(i + 1) === 0x5bb6 /* 家 */ && text.charCodeAt(i + 2) === 0x8001 /* 老 */ && /[大二三四五六七八九幺]/.test(text[i + 3] ?? '') && (i === 0 || PEOPLE[text.charCodeAt(i - 1)] & P_KIN_LEFT) && !KIN_NOT_SURNAME.has(text.charCodeAt(i))) {
      pushName(out, i, i + 4);
      i += 3;
      continue;
    }
    if (!(PEOPLE[text.charCodeAt(i + 1)] & P_KIN_FIRST)) continue;
    if (KIN_NOT_SURNAME.has(text.charCodeAt(i))) {
      // (於大姐陪我去的: such a surname only where the person goes with the writer.)
      const pe = peerFormEnd(text, i, true);
      if (pe > 0) {
        pushName(out, i, pe);
        i = pe - 1;
      }
      continue;
    }
    // (1102室蒋爷爷: after a flat's number, the person living there.)
    // (五保户龙老汉, 贫困户王大娘: also after a word for a private person's standing or trade, not staff.)
    if (i > 0 && !(PEOPLE[text.charCodeAt(i - 1)] & P_KIN_LEFT) && !(i > 1 && ROOM_END.has(text.charCodeAt(i - 1)) && digit(text.charCodeAt(i - 2)) >= 0) && !(PERSON_LEFT.has(text.charCodeAt(i - 1)) && !OFFICIAL_WORD_BEFORE.test(text.slice(Math.max(0, i - 4), i)) && !MACHINE_NOT_DRIVER.test(text.slice(Math.max(0, i - 2), i)))) {
      // 环卫工黎大姐, 我跟焦大哥: a polite form of address names a private person after a trade or beside the writer.
      const pe = peerFormEnd(text, i);
      if (pe > 0) {
        pushName(out, i, pe);
        i = pe - 1;
      }
      continue;
    }
    // (连爷爷都…: "even"; 牛奶, 羊奶: milk.)
    if ((text[i + 1] === '爷' || text[i + 1] === '爺' || text[i + 1] === '奶') && (NOT_ELDER_SURNAME.has(text.charCodeAt(i)) || (text[i + 1] === '奶' && (text[i] === '牛' || text[i] === '羊')))) continue;
    // 周五爷爷过生日, 週三姑姑来: a weekday, not 周 the surname.
    if ((text[i] === '周' || text[i] === '週') && NUMERALS.has(text[i + 1])) continue;
    KIN_FORM.lastIndex = i + 1;
    let m = KIN_FORM.exec(text);
    if (!m) {
      // 陈瘸子, 牛二愣: a village nickname by a trait, after a surname.
      TRAIT_NICKNAME.lastIndex = i + 1;
      m = TRAIT_NICKNAME.exec(text);
    }
    if (!m) {
      const pe = peerFormEnd(text, i);
      if (pe > 0) {
        pushName(out, i, pe);
        i = pe - 1;
      }
      continue;
    }
    const e = i + 1 + m[0].length;
    const next = text[e] ?? '';
    // 王大爷们 (a crowd); 林伯涛, 刘婶娘家: a single kinship character followed by a given name is a name's middle.
    if (next === '们' || next === '們') continue;
    if (m[0].length === 1 && GIVEN_SET.has(next) && next !== '家') continue;
    pushName(out, i, e);
    i = e - 1;
  }
}

/** Well-known people (models held up in the campaign, leaders, stars, classics): named, but not private. */
const INTRODUCED_BEFORE = /(?:我叫|名叫|叫做|名字是|村民|居民|邻居|鄰居|牧民|来电人|來電人)\s?$/;
/** (Stop 29) Countries and foreign cities in Chinese, which read like names (苏丹, 伊朗, 黎巴嫩, 阿根廷), famous overseas
 * Chinese, the Wu dialect's 阿拉 (we, I) and Hokkien words: none is a private person's name, whatever rule reads it. */
const ABROAD = new Set(
  ('苏丹 蘇丹 阿根廷 伊朗 黎巴嫩 叙利亚 敘利亞 也门 也門 约旦 約旦 伊拉克 埃及 肯尼亚 肯尼亞 肯亚 尼日利亚 尼日利亞 尼日尔 尼日爾 巴基斯坦 阿富汗 孟加拉 印度 ' +
    '缅甸 緬甸 老挝 老撾 越南 柬埔寨 泰国 泰國 马来西亚 馬來西亞 印尼 菲律宾 菲律賓 新加坡 文莱 汶萊 巴西 智利 秘鲁 秘魯 哥伦比亚 哥倫比亞 墨西哥 古巴 ' +
    '加纳 加納 马里 馬里 塞内加尔 塞內加爾 坦桑尼亚 坦尚尼亞 乌干达 烏干達 埃塞俄比亚 衣索比亞 摩洛哥 突尼斯 阿尔及利亚 阿爾及利亞 利比亚 利比亞 土耳其 ' +
    '沙特 阿联酋 阿聯酋 卡塔尔 卡塔爾 科威特 阿曼 巴林 以色列 俄罗斯 俄羅斯 乌克兰 烏克蘭 哈萨克 哈薩克 乌兹别克 烏茲別克 吉尔吉斯 吉爾吉斯 塔吉克 土库曼 土庫曼 ' +
    '蒙古 朝鲜 朝鮮 韩国 韓國 日本 英国 英國 法国 法國 德国 德國 意大利 西班牙 葡萄牙 荷兰 荷蘭 瑞士 瑞典 挪威 芬兰 芬蘭 丹麦 丹麥 波兰 波蘭 希腊 希臘 ' +
    '美国 美國 加拿大 澳大利亚 澳大利亞 澳洲 新西兰 紐西蘭 迪拜 杜拜 多哈 利雅得 德黑兰 德黑蘭 卡拉奇 拉合尔 拉合爾 伊斯兰堡 伊斯蘭堡 开罗 開羅 拉各斯 ' +
    '内罗毕 內羅畢 圣保罗 聖保羅 里约 里約 马尼拉 馬尼拉 雅加达 雅加達 吉隆坡 曼谷 河内 河內 仰光 金边 金邊 万象 萬象 首尔 首爾 釜山 东京 東京 大阪 ' +
    '莫斯科 海参崴 海參崴 阿拉 陈嘉庚 陳嘉庚 李光前 胡文虎 ' +
    // Hokkien words that open with a surname's character: 查某 (a woman), 阮 (my) and a kin word; 陆配 (a mainland spouse).
    '查某 阮阿公 阮阿嬤 阮阿媽 阮阿爸 阮阿母 阮大家 阮親 阮亲 阮某 阮尪 阮兜 阮厝 陆配 陸配').split(' '),
);
/** Before a name shown by context: a boundary or a short function word; not a title or word the surname would end. */
const CTX_LEFT = codes('，,。.；;：:、！!？?（(“”"「」『』 \u3000\n边邊的有和跟同与與及给給找问問帮幫替叫请請让讓被把像连連对對了说說@＠');
const JOIN_CHARS = codes('和跟同与與及');
/** After a full name: what the person has, does or says (张桂兰家的, 马兰花她儿子, 阎德山说, 孙建军一起). */
const CTX_AFTER = /(?:同学|同學|小朋友|家(?:低保|最|很|太|穷|窮|的|那|里|裡|门|門|孩|娃|老|房|屋|地|男|媳|闺|閨|去年|今年|前年|一直|也|都|被|是|有|没|沒|住)|打了|打电话|打電話|打过|打過|[她他](?:们|們|儿|兒|女|男|老|妈|媽|爸|爹|娘|家|说|說|媳|闺|閨|丈|妻|爱|愛|孙|孫|婆|公|爷|爺|奶|哥|姐|弟|妹|叔|舅|姑|姨)|的(?:儿子|兒子|女儿|女兒|老婆|丈夫|老伴|男人|媳妇|媳婦|妈|媽|爸|孩子|父亲|父親|母亲|母親|孙子|孫子|孙女|孫女|侄子|侄女|外甥|哥哥|弟弟|姐姐|妹妹|女婿|儿媳|兒媳|公公|婆婆|小叔子|小姑子|小舅子|小姨子|大伯子|家人|邻居|鄰居|房|地|低保|户口|戶口|医保|醫保|养老|養老|补贴|補貼|承包|宅基|鱼塘|魚塘|猪圈|豬圈|院子)|说|說|讲|講|一起|一块|一塊|两口子|兩口子|老两口|老兩口|夫妇|夫婦|两姐妹|兩姐妹|两兄弟|兩兄弟|兄弟[俩倆二两兩]|姐妹[俩倆二两兩]|当场|當場|亲眼|親眼|亲耳|親耳|被|也是|是我|和我|跟我|同我|[和跟][他她]|一家|老人|老太|老头|老頭|老汉|老漢|(?:这|這|那)(?:样|樣)的|(?:这|這|那)(?:种|種)|\s?收(?:$|[。！!\s，,])|的(?:家长|家長|班主任|同桌))/y;
/** After a full three-character name at a clause's start: when or how long the person did something (梁志勇已经被…, 陈秀英今年…). */
const CTX_AFTER_FULL = /(?:[五六七八九]十(?:多|几|幾|[一二三四五六七八九])?(?:了|岁|歲)|在|去(?!年)|来(?!自)|來(?!自)|把|给|給|也|又|还|還|就|不|没|沒|已经|已經|一直|天天|经常|經常|常年|今年|去年|前年|前天|昨天|上个月|上個月|当时|當時|平时|平時|多次|好几|好幾|几次|幾次|三番|自己|本人|家里|家裡)/y;
/**
 * After a full name of common given-name characters (three characters or a compound surname's
 * four): 的 or 家 and anything the person has (宫德福的拖拉机, 贺春兰家一分没拿到) — a word of three
 * such characters seldom ends right before 的/家 (those that do are in NOT_NAME_WORD). Not 家园,
 * 家属, 家具 … (compounds and trades).
 */
const CTX_AFTER_POSSESSIVE = /(?:的(?=[\u3400-\u9fff])(?!时候|時候|话|話|事情|一|人)|家(?![园園属屬具电電居政纺紡乐樂常庭用务務教禽畜底境乡鄉]))/y;
/**
 * After a full name at a clause's start (or after a time word, 可是/还是/只有 …): a verb or an
 * adverb the person does something with (阚德山修房子, 罗胜军找过, 应秋兰跟她闺女).
 */
const CTX_AFTER_ACTION = /(?:[发發拍](?:的|了)|坐(?:过|過|了|着|著)|走(?:丢|丟|失)|回家|回去|回来|回來|往|帮忙|幫忙|反而|反倒|偏偏|竟然|居然|少[算给給拿发發了]|一分|[这這那]人|签字|簽字|签了|簽了|亲自|親自|带头|帶頭|出面|出钱|出錢|掏钱|掏錢|借了|欠了|告诉|告訴|当面|當面|答应|答應|同意|拒绝|拒絕|坚持|堅持|非要|硬要|偏要|最先|最早|首先|加班|上班|下班|干活|幹活|打工|做工|记得|記得|知道|看见|看見|看到|听见|聽見|却|卻|修|买|買|卖|賣|种|種|养|養|摆|擺|开|開|办|辦|报|報|交|签|簽|拿|领|領|找|骑|騎|喝|住|跑|算|摔|只|才|先|都|到(?:今天|现在|現在|今年|底)|一个人|一個人|一家|[跟和同][她他我你]|带着|帶著|每天|每年|每个|每個|从来|從來|从小|從小|早就|早上|晚上|半夜|下午|上午|中午|这几|這幾|那天|当年|當年|得了|患了|病了|死了|去世|住院|退休|明明|实在|實在|根本|多年|几年|幾年|今天|前几|前幾|自家)/y;
const VERB_BEFORE_NAME = codes('找让讓叫问問给給帮幫替请請');
function actionAfter(text: string, e: number): boolean {
  CTX_AFTER_ACTION.lastIndex = e;
  if (CTX_AFTER_ACTION.test(text)) return true;
  CTX_AFTER_FULL.lastIndex = e;
  return CTX_AFTER_FULL.test(text);
}
/** Before a name at a sub-clause's start: a time word or a conjunction (昨天下午X在…, 可是X到今天…). */
const CLAUSE_OPENER_BEFORE = /(?:一早|一大早|没有|沒有|就|昨天|今天|前天|上午|下午|晚上|中午|早上|那天|当天|當天|后来|後來|结果|結果|可是|但是|只有|还是|還是|就是|要不是|而且|并且|並且|所以|因为|因為|如果|虽然|雖然|然后|然後|最后|最後|当时|當時|平时|平時|其实|其實|没想到|沒想到)$/;
/** 是 in a conjunction or adverb (可是, 还是, 就是), not the copula "is". */
const SHI_IN_WORD = /(?:可|但|还|還|就|只|于|於|总|總|也|都|要不|若|倒|硬|要)是$/;
/** A kinship or private relation right before a full name (我二舅X, 表嫂X, 小姨子X, 对象X, 发小X): any verb may follow. */
const KIN_WORD_BEFORE = /(?:家兄|家弟|家妹|舍弟|舍妹|[我俺](?:师傅|師傅)|(?:孩子|娃娃|娃)[他她]?(?:妈|媽|爸|爹|娘)|老[大二三四五六七八九幺]|太太|老太太|老太|老头|老頭|老头子|老頭子|老汉|老漢|老爷子|老爺子|老人家|[大二三四五六七小幺老]?舅|舅妈|舅媽|舅舅|[大二三四五六七小幺]?(?:姑|姨|叔|伯|婶|嬸)|[姑姨](?:父|夫|妈|媽)|干妈|乾媽|干爹|乾爹|表嫂|表哥|表姐|表弟|表妹|堂哥|堂弟|堂姐|堂妹|堂兄|[大二三四]?嫂(?:子)?|弟媳|儿媳|兒媳|女婿|姐夫|妹夫|小姨子|小舅子|小叔子|大伯子|对象|對象|发小|發小|老伴|前夫|前妻|岳父|岳母|公公|婆婆|爷爷|爺爺|奶奶|外公|外婆|姥姥|姥爷|姥爺|爸爸|妈妈|媽媽|哥哥|姐姐|弟弟|妹妹|丈夫|妻子|未婚夫|未婚妻|男朋友|女朋友|老公|老婆|爱人|愛人|儿子|兒子|女儿|女兒|侄子|侄女|外甥|外甥女|孙子|孫子|孙女|孫女|外孙|外孫|闺女|閨女|媳妇|媳婦|兄弟|徒弟|师父|師父|合伙人|合夥人|光棍汉|光棍漢|打工妹|打工仔|同乡|同鄉|老乡|老鄉|[個个阿](?:仔|女)|细佬|細佬|家姐|阿哥|阿姐|阿嫂|老豆|老竇)$/;
/** Before a name: a word that makes what follows a person (跟X一起, 转告X, 其母X, 还有X, @X). */
const CTX_CUE = /(?:跟着|跟著|替|帮|幫|跟|同|与|與|和|像|让|讓|叫|请|請|联系|聯繫|聯系|联络|聯絡|除了|看看|看望|探望|举报|舉報|投诉|投訴|控告|起诉|起訴|看到|看见|看見|碰到|遇到|见到|見到|还有|還有|里有|裡有|问问|問問|问|問|是|我家|俺家|(?:[他她我俺]|大|二|三|小|那)(?:爸|妈|媽|爹|娘|儿子|兒子|女儿|女兒|儿媳妇|兒媳婦|侄子|侄女|外甥|老婆|男人|媳妇|媳婦|丈夫|哥|姐|弟|妹|伯|舅|姑|姨|叔|口子|小子|丫头|丫頭)|@|＠)[：:\s]?$/;
/** The reporter's relative said with 其 (其父, 其母亲, 其子): a full name after it is the relative's, whatever follows. */
const REPORTER_KIN_BEFORE = /其(?:母亲|母親|父亲|父親|母|父|儿子|兒子|女儿|女兒|子|女|妻子|妻|丈夫|夫|爱人|愛人|兄|弟|姐|妹|孙|孫)[：:\s]?$/;
/** Cues after which any characters may be the given name, if a boundary or an action follows (其子丁浩然在…). */
const CTX_STRONG_CUE = /(?:转告|轉告|告诉|告訴|通知|其(?:母亲|母親|父亲|父親|母|父|儿子|兒子|女儿|女兒|子|女|妻子|妻|丈夫|夫|爱人|愛人|兄|弟|姐|妹|孙|孫|邻居|鄰居|朋友|同事|亲戚|親戚)|候选人|候選人|名单|名單|@|＠)(?:一下|一声|一聲)?[：:\s]?$/;
/** Last characters of the cues (a cheap test before the regular expressions). */
const CUE_LAST = codes('过過着著替帮幫系络絡看望报報诉訴下声聲让讓叫请請跟同与與和像家到见見有问問是爸妈媽爹娘子女妇婦侄甥婆人夫哥姐弟妹伯舅姑姨叔告诉訴知母父兄孙孫单單亲親居友事戚头頭@＠');

/** Characters common as a one-character given name (王芳, 李强, 刘畅): a two-character reading needs one of these (not 温泉, 高铁). */
const SINGLE_GIVEN = new CharSet([
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超英华平刚萍红霞辉鹏飞宇浩凯俊峰波斌宁海燕云莲雪荣洁梅琳慧婷倩玲丹蓉琴晶颖欣怡畅旭亮健鑫帅莉娇兰芬珍琼霖瑶璐佳薇蕾虹彬毅斌翔琪瑜菲洪韬璇',
  ...'偉麗強軍豔傑濤華剛紅輝鵬飛凱寧雲蓮榮潔穎暢帥嬌蘭瓊瑤',
]);

function contextNameEnd(text: string, s: number, anyGiven = false, anySingle = false): number {
  const e = nameEnd(text, s, anyGiven);
  if (e < 0) return -1;
  // 刘二妞, 王三娃: a numeral and a typical last character (likelyName refuses numeral given names).
  const sl = surnameLength(text, s);
  const numeralName = e - s === sl + 2 && NUMERALS.has(text[s + sl]) && NUMERAL_NAME_END.has(text[s + sl + 1]);
  if (!numeralName && !likelyName(text, s, e)) return -1;
  // (A compound surname and one given-name character, 宇文浩, is a full name: no word starts so.)
  if (e - s === sl + 1 && sl === 1 && !anySingle && !SINGLE_GIVEN.has(text[e - 1])) return -1;
  const name = text.slice(s, e);
  // 黄会长, 李行长, 王连长: a title, not a given name, ends in 长.
  if (FAMOUS.has(name) || PLACE_END.has(text[e - 1]) || text[e - 1] === '长' || text[e - 1] === '長' || (e - s === 3 && (text[s + 1] === '家' || text[s + 1] === '庄'))) return -1;
  return e;
}
const P_SURNAME = 1;
const P_KIN_FIRST = 2;
const P_KIN_LEFT = 4;
const P_CTX_LEFT = 8;
const P_CUE_LAST = 16;
const P_GIVEN = 32;
const P_RIGHT_FIRST = 64;
const P_ACTION_FIRST = 512;
/** Last characters of a clause opener or a kinship word before a name (CLAUSE_OPENER_BEFORE, KIN_WORD_BEFORE). */
const P_OPENER_LAST = 256;
/** Before a full name: the end of a word for a private person (收银员谈雅琴说, 老板娘桑丽娜自己, 我兄弟齐宝林家的, 老光棍邹长根那种). */
// (Stop 34: and a grower, 果农滕大姐, 菜农.)
const PERSON_LEFT = codes('户戶员員娘工弟父夫棍汉漢妇婦叔舅姨婶嬸姑伯嫂媳婿客机機匠贩販友介徒农農');
const flag = (codesOf: Iterable<number>, bit: number) => {
  for (const c of codesOf) PEOPLE[c] |= bit;
};
flag(SURNAME_CODES, P_SURNAME);
flag(COMPOUND_FIRST_CODES, P_SURNAME);
flag(KIN_FIRST, P_KIN_FIRST);
flag(KIN_LEFT, P_KIN_LEFT);
flag(CTX_LEFT, P_CTX_LEFT);
// (但严小军家的情况…: 但 opens a clause like a comma.)
flag(codes('但'), P_CTX_LEFT);
flag(CUE_LAST, P_CUE_LAST);
flag(codes(GIVEN), P_GIVEN);
flag(PERSON_LEFT, P_PERSON_LEFT);
flag(WORD_SURNAME_CODES, P_WORD_SURNAME);
flag(codes('早太头頭家来來且就大二三四五六七八九幺天午上果是有以为為如然后後时時实實到舅妈媽姑姨叔伯婶嬸父夫妻爹嫂子媳婿哥姐弟妹婆公爷爺奶姥人儿兒女侄甥孙孫闺閨妇婦象小伴母汉漢仔乡鄉佬豆竇兄傅'), P_OPENER_LAST);
/** First characters of what may follow a name shown by context (CTX_AFTER, CUE_AFTER). */
flag(codes('五六七八九家她他的说說讲講一两兩老夫兄姐当當亲親被也是和跟同收这這那每已天经經常今去前昨上平多好几幾三自本打把又就不没沒，,。；;！!？?、 \u3000\n\t：:）)”」去来來到在等都系係给給把让讓还還又就已今前昨上'), P_RIGHT_FIRST);
// (The first characters of CTX_AFTER_ACTION, read after full names only: the third or fourth character on.)
flag(codes('先问問'), P_RIGHT_FIRST);
flag(codes('发發拍坐走记記知看听聽回往帮幫反偏竟居修买買卖賣种種养養摆擺开開办辦报報交签簽拿领領找骑騎喝住跑算摔只才先带帶从從早晚半下中得患病死退明实實根几幾自少这這那亲親出掏借欠告当當答同拒坚堅非硬偏最首加干幹做却卻'), P_ACTION_FIRST);

/**
 * The start of the name ending at the join before `i` (王芳和李强: 王芳), or -1. `anySingle`: a
 * two-character name may have any given-name character (its partner is a two-character name that
 * reads as one by itself).
 */
function nameBeforeJoin(text: string, i: number, anySingle: boolean): number {
  for (const length of [3, 2, 4]) {
    const s = i - 1 - length;
    if (s < 0 || (s > 0 && !CTX_LEFT.has(text.charCodeAt(s - 1)))) continue;
    // (Read in the text cut at the join: 王芳和 is not a name.)
    const from = Math.max(0, s - 2); // (a short window, so a long text stays linear)
    if (contextNameEnd(text.slice(from, i - 1), s - from, false, anySingle && length === 2) === i - 1 - from) return s;
  }
  return -1;
}

/** A relative right before a name that starts like a word (我侄女解婷芬, 我家向思伟). */
const KIN_BEFORE_WORD_SURNAME = /(?:爸|妈|媽|父亲|父親|母亲|母親|儿子|兒子|女儿|女兒|妻子|丈夫|老公|老婆|爱人|愛人|哥|姐|弟|妹|爷|爺|奶|外公|外婆|舅|叔|姑|姨|伯|侄子|侄女|外甥|外甥女|孙子|孫子|孙女|孫女|媳妇|媳婦|闺女|閨女|爹|娘|[我俺]家)$/;

function scanContextNames(text: string, out: PiiSpan[]) {
  const len = text.length;
  // (The text being read: only its positions of characters the pass reads on from, CONTEXT_BIT, in order.)
  const listed = text === candText;
  const positions = listedAt(CONTEXT_BIT);
  const count = listedCount(CONTEXT_BIT);
  let cursor = 0;
  for (let i = 0; i + 1 < len; i++) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
      if (i + 1 >= len) break;
    }
    const here = PEOPLE[text.charCodeAt(i)];
    // (One pass for the readers below: names that read as words, "写成了“董梅”", 转告海燕, 二狗子.)
    const code = text.charCodeAt(i);
    if (here & P_EXTRA) {
      let j = i;
      // (Cheap tests first, so that most characters cost a few table lookups.)
      const c1 = text.charCodeAt(i + 1);
      const n1 = PEOPLE[c1];
      const n2 = i + 2 < len ? PEOPLE[text.charCodeAt(i + 2)] : 0;
      // (A name reads on only where what follows it can start a person's context: P_WORD_AFTER two on, or three on after a full name.)
      if (here & (P_SURNAME | P_WORD_SURNAME_ALL) && c1 >= 0x3400 && c1 <= 0x9fff && (n1 & P_GIVEN || !(n1 & P_NOT_GIVEN)) && (i + 2 === len || n2 & P_WORD_AFTER || c1 === 0x5bb6 || (here & P_WORD_SURNAME_ALL && n2 & P_GIVEN)) && (here & P_WORD_SURNAME_ALL || (i === 0 ? P_CTX_LEFT : PEOPLE[text.charCodeAt(i - 1)]) & (P_CTX_LEFT | P_CUE_LAST | P_PERSON_LEFT))) j = wordNameAt(text, i, here, out);
      if (j === i && here & P_GIVEN_CUE_LAST && n1 & P_GIVEN && n2 & P_GIVEN) j = givenOnlyAt(text, i + 1, out);
      if (j === i && here & P_NICK_FIRST) {
        if (code === 0x5c0f ? n1 & P_SURNAME : NICK_SECOND.has(c1) || c1 === 0x5b50) j = nicknameAt(text, i, out);
        if (j === i && MINORITY_SECOND[c1] && MINORITY_FIRST[code]) j = minorityNameAt(text, i, out);
      }
      if (j > i) {
        i = j;
        continue;
      }
    } else if (code === 0x201c || code === 0x300c || code === 0x300e || code === 0x22) {
      const j = quotedName(text, i, out);
      if (j > i) {
        i = j;
        continue;
      }
    }
    if (!(here & P_SURNAME)) {
      // 牧国华家的, 暴国旺家房子: a surname that is also a word (wordSurnameNameEnd).
      if (here & P_WORD_SURNAME) {
        const e = wordSurnameNameEnd(text, i);
        if (e > 0) {
          pushName(out, i, e);
          i = e - 1;
        }
      }
      continue;
    }
    // 向, 解, 全 … start words (向领导, 解决, 全家) more often than names: only a full name right after a
    // relative or a person word (我侄女解婷芬, 俺大伯向云晓, 我家向思伟), see below.
    const wordSurname = KIN_NOT_SURNAME.has(text.charCodeAt(i));
    if (wordSurname && !(i > 0 && (PEOPLE[text.charCodeAt(i - 1)] & (P_CUE_LAST | P_PERSON_LEFT)))) continue;
    // (Cheap first: a boundary, function word or cue's end before; a given-name character, then what may follow a name.)
    const prev = i > 0 ? PEOPLE[text.charCodeAt(i - 1)] : P_CTX_LEFT;
    const cueChar = i > 0 && ((prev & P_CUE_LAST) !== 0 || (i > 1 && isColonOrSpace(text[i - 1]) && (PEOPLE[text.charCodeAt(i - 2)] & P_CUE_LAST) !== 0) || (i > 1 && text[i - 1] === '了' && text[i - 2] === '除'));
    // (A clause opener or a kinship word only matters before a full name: two given-name characters follow.)
    const prevOpen = i > 1 && (prev & P_OPENER_LAST) !== 0 && (PEOPLE[text.charCodeAt(i + 1)] & P_GIVEN) !== 0 && (PEOPLE[text.charCodeAt(i + 2)] & P_GIVEN) !== 0;
    if (!(prev & (P_CTX_LEFT | P_PERSON_LEFT)) && !cueChar && !prevOpen) continue;
    // (Without a given-name character next, only a strong cue (转告, 其子, @) lets any characters follow.)
    if (!(PEOPLE[text.charCodeAt(i + 1)] & P_GIVEN) && !(PEOPLE[text.charCodeAt(i + 2)] & P_GIVEN) && !(cueChar && CTX_STRONG_CUE.test(text.slice(Math.max(0, i - 6), i)))) continue;
    if (!prevOpen && i + 4 < len && !(PEOPLE[text.charCodeAt(i + 2)] & P_RIGHT_FIRST) && !(PEOPLE[text.charCodeAt(i + 3)] & (P_RIGHT_FIRST | P_ACTION_FIRST)) && !(PEOPLE[text.charCodeAt(i + 4)] & (P_RIGHT_FIRST | P_ACTION_FIRST))) continue;
    const joinInWord = i > 1 && JOIN_CHARS.has(text.charCodeAt(i - 1)) && JOIN_IN_WORD.has(text.charCodeAt(i - 2));
    const leftChar = i > 0 && (prev & P_CTX_LEFT) !== 0 && !joinInWord;
    const window = cueChar ? text.slice(Math.max(0, i - 6), i) : '';
    const cue = cueChar && !joinInWord && CTX_CUE.test(window);
    const strong = cueChar && CTX_STRONG_CUE.test(window);
    const personLeft = i > 0 && (prev & P_PERSON_LEFT) !== 0 && !OFFICIAL_WORD_BEFORE.test(text.slice(Math.max(0, i - 4), i)) && !MACHINE_NOT_DRIVER.test(text.slice(Math.max(0, i - 2), i));
    const before6 = cueChar ? window : prevOpen ? text.slice(Math.max(0, i - 6), i) : '';
    const opener = prevOpen && CLAUSE_OPENER_BEFORE.test(before6);
    const kinBefore = prevOpen && KIN_WORD_BEFORE.test(before6);
    if (i > 0 && !leftChar && !cue && !strong && !personLeft && !opener && !kinBefore) continue;
    if (wordSurname && !strong && !personLeft && !(cue && KIN_BEFORE_WORD_SURNAME.test(window))) continue;
    let e = contextNameEnd(text, i);
    // 佢個仔陳家明, 我儿子李家豪: after a relative, 家 in the middle is a given name's, not a family's.
    if (e < 0 && kinBefore && text[i + 1] === '家' && nameEnd(text, i) === i + 3 && likelyName(text, i, i + 3)) e = i + 3;
    // 陆琴和丁新是…: a two-character name paired with one that reads as a name by itself is a name
    // whatever its given-name character (丁新, 廖川, 边国), as is the first of the pair (nameBeforeJoin).
    if (e < 0 && i > 2 && LIST_JOIN.has(text[i - 1])) {
      const e2 = contextNameEnd(text, i, false, true);
      if (e2 > 0 && e2 - i === 2 && nameBeforeJoin(text, i, false) >= 0) e = e2;
    }
    let ok = false;
    if (e > 0) {
      CTX_AFTER.lastIndex = e;
      ok = CTX_AFTER.test(text);
      if (!ok && (cue || (personLeft && e - i >= 3))) {
        CUE_AFTER.lastIndex = e;
        ok = CUE_AFTER.test(text);
      }
      // "这件事是尚海燕最先发现的", "还有鲍德明每天…": after a cue, a full name and what the person did.
      if (!ok && cue && e - i >= 3) ok = actionAfter(text, e);
      const clauseStart = i === 0 || personLeft || opener || NAME_BOUNDARY_BEFORE.has(text[i - 1]) || text[i - 1] === '的' || text[i - 1] === '说' || text[i - 1] === '說';
      if (!ok && e - i >= 3 && clauseStart) {
        CTX_AFTER_FULL.lastIndex = e;
        ok = CTX_AFTER_FULL.test(text);
        if (!ok) {
          CTX_AFTER_ACTION.lastIndex = e;
          ok = CTX_AFTER_ACTION.test(text);
        }
      }
      // "…受伤的龐德旺。", "报案的冉小芳要…": a full name after 的 that visibly ends.
      if (!ok && e - i >= 3 && text[i - 1] === '的' && (e === len || CLAUSE_END.has(text[e]) || /^(?:却|卻|要|又)/.test(text[e]))) ok = true;
      // 宫德福的拖拉机, 贺春兰家一分没拿到: a full name of common given-name characters, then 的/家.
      if (!ok && e - i >= 3 && e - i === surnameLength(text, i) + 2 && (clauseStart || leftChar || cue || kinBefore)) {
        CTX_AFTER_POSSESSIVE.lastIndex = e;
        ok = CTX_AFTER_POSSESSIVE.test(text);
      }
      // 我二舅边德福种的烟, 表嫂凌秀英生孩子: after a relative, a full name whatever follows.
      if (!ok && kinBefore && e - i >= 3) ok = true;
      // (Round 10) "來電人稱其父馮某某現轉縣醫院": the same after the caller's relative said with 其.
      if (!ok && strong && e - i >= 3 && REPORTER_KIN_BEFORE.test(window)) ok = true;
      // "要找汤建平签字", "让房金凤先交": after a verb that takes a person, a full name and an action.
      if (!ok && e - i >= 3 && i > 0 && VERB_BEFORE_NAME.has(text.charCodeAt(i - 1))) ok = stickyAt(CUE_AFTER, text, e) || actionAfter(text, e);
      // 是X: only a full name that visibly ends (楼长是焦淑芬，), not 是王府井.
      // (CTX_AFTER is sticky: read it at e in the text, not in a slice with a stale lastIndex.)
      if (ok && text[i - 1] === '是' && !stickyAt(CTX_AFTER, text, e) && !SHI_IN_WORD.test(before6) && !(e - i >= 3 && (CLAUSE_END.has(text[e] ?? '。') || actionAfter(text, e) || (e - i === surnameLength(text, i) + 2 && text[e] === '家' && stickyAt(CTX_AFTER_POSSESSIVE, text, e))))) ok = false;
      // A two-character name (王芳) needs both: a cue or a boundary before, and what the person does after.
      if (ok && e - i < 3 && i > 0 && !NAME_BOUNDARY_BEFORE.has(text[i - 1]) && !cue) ok = false;
    }
    // 其子丁浩然在…, 转告付玉洁：…, @李晓燕 : after such a cue the given name may be any characters.
    if (!ok && strong) {
      for (const anyEnd of [contextNameEnd(text, i, true), e]) {
        if (anyEnd < 0) continue;
        CUE_AFTER.lastIndex = anyEnd;
        if (CUE_AFTER.test(text)) {
          e = anyEnd;
          ok = true;
          break;
        }
      }
    }
    if (!ok) continue;
    // (Round 16) "村主任叫鄒長林，": an official's name given after the title (as 村主任鄒長林) stays.
    if (text[i - 1] === '叫' && OFFICIAL_RIGHT_BEFORE.test(text.slice(Math.max(0, i - 6), i))) continue;
    if (wordSurname && !(e - i === 3 && GIVEN_SET.has(text[i + 1]) && GIVEN_SET.has(text[i + 2]) && !NOT_GIVEN.has(text[i + 1]) && !NOT_GIVEN.has(text[i + 2]))) continue;
    // 王芳和李强是…: the name before 和/跟/、 is the other person.
    if (i > 1 && LIST_JOIN.has(text[i - 1])) {
      const s = nameBeforeJoin(text, i, e - i === 2 && SINGLE_GIVEN.has(text[e - 1]));
      if (s >= 0) pushName(out, s, i - 1);
    }
    // 马达和他媳妇: 和/跟/与 before a pronoun joins the person to their family, it ends no given name.
    if (e - i === surnameLength(text, i) + 2 && '和跟与與同'.includes(text[e - 1]) && '他她我俺其'.includes(text[e] ?? '')) e--;
    pushName(out, i, e);
    i = e - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Names that read as words: a surname that is a preposition or a common word (向前进, 於小满, 过春生,
// 党小平), a given name that is an ordinary word (高峰, 田野, 江山, 黎明), a name in quotation marks
// (病历上写成了“董梅”). Read only where what stands around them shows a person.

/** Surnames that also start words (向 "towards", 於 "at", 解 "solve", 全 "all", 过 "pass", 和 "and", 党, 黑 "dark", 原 "former", 从 "from", 能 "can", 代 "instead" …). */
const P_WORD_SURNAME_ALL = 2048;
flag(codes('向于於解全战戰过過和党黨时時习習母农農花牧汝蓬暴盖蓋黑原从從能代'), P_WORD_SURNAME_ALL);
/** What only a person is followed by: their home, their family, what they say or have as a person. */
const PERSON_AFTER = /(?:家(?![园園属屬具电電居政纺紡乐樂常庭用务務教禽畜底境乡鄉长長族私装裝访訪])|一家|老太太|老人家|说|說|讲|講|告诉|告訴|反映|反應|[跟和同对對](?:我|俺)(?:说|說|讲|講|反映)|[和跟同与與替帮幫陪][她他](?:的)?(?:丈夫|老公|妻子|老婆|媳妇|媳婦|男人|爱人|愛人|儿|兒|女|爸|妈|媽|爹|娘|父|母|孙|孫|老伴|哥|姐|弟|妹)|[她他](?:儿|兒|女|男人|老[公婆伴]|妈|媽|爸|爹|娘|媳|闺|閨|丈|妻|爱|愛|孙|孫|婆|公|家|爷|爺|奶|哥|姐|弟|妹|叔|舅|姑|姨)|的(?:儿子|兒子|女儿|女兒|老婆|丈夫|老伴|男人|媳妇|媳婦|妈|媽|爸|孩子|父亲|父親|母亲|母親|孙子|孫子|孙女|孫女|低保|户口|戶口|医保|醫保|档案|檔案|病历|病歷|补贴|補貼|养老金|養老金|身份证|身份證|化验单|化驗單|工资|工資|工钱|工錢|补助|補助|补偿|補償|赔偿|賠償|残疾证|殘疾證|社保|退休金|抚恤金|撫恤金|承包地|宅基地|危房))/y;
/** The same for a two-character name that reads as a word: not 的 and a relative (安静的孩子 is a quiet child). */
const KIN_AFTER_DE = /^的(?:儿子|兒子|女儿|女兒|老婆|丈夫|老伴|男人|媳妇|媳婦|妈|媽|爸|孩子|父亲|父親|母亲|母親|孙子|孫子|孙女|孫女)/;
/** After a two-character name a verb takes (问了黎明，, 找了马力好几次): a boundary or what was done with the person. */
const TAKEN_NAME_AFTER = /^(?:$|[，,。；;！!？?]|好几|好幾|几次|幾次|[一两兩三四五六七八九]次|好多次|[他她]|说|說|帮忙|幫忙)/;
/** 问了, 找了, 告诉, 通知, 联系: verbs that take a person (the looser 看到/遇到 also take things: 找到钱包). */
const ASKS_PERSON_BEFORE = /(?:问了|問了|问过|問過|找了|找过|找過|告诉|告訴|通知|联系|聯繫|聯系|碰到|遇到|遇见|遇見|见到|見到)$/;
/** Characters that end nouns, never a one-character given name read as a word (石子, 码头, 文学家). */
const NOT_WORD_GIVEN = codes('子头頭儿兒们們学學家人员員长長者');
/** After a pair of names (田野和白雪是…, 高山跟林海都…): what two people are or do. */
const PAIR_AFTER = /^(?:是|都|两|兩|俩|倆|一起|一块|一塊|夫妻|夫妇|夫婦|兄弟|姐妹|姐弟|兄妹)/;
/** Before a quoted name: where a name is written, signed or claimed (写成了“董梅”, 签字的是“赵德胜”, 自称“王海涛”). */
const QUOTE_NAME_BEFORE = /(?:叫|名|写成|寫成|写的|寫的|签|簽|署|自称|自稱|冒充|化名|是|有|上的|里的|裡的|中的|人|户|戶|员|員|主)[了的是为為作个個：:\s]{0,2}$/;
const QUOTE_NAME_AFTER = /^(?:的人|这个人|這個人|这人|這人|这个名字|這個名字|的名字|本人|签|簽|不是|是|[，,]?[她他]|说|說|家|把)/;
const QUOTE_CLOSE = codes('”」』"');
/** 问了党小平, 找了向东升: a verb that takes a person right before. */
const TAKES_PERSON_BEFORE = /(?:问了|問了|问过|問過|找了|找到|找过|找過|告诉|告訴|通知|联系|聯繫|聯系|见了|見了|碰到|遇到|看到|看见|看見)$/;

const LOOSE_WORD_SURNAME = codes('过過时時');
/** "找了傅建国三次，他是村里的会计": what follows says the person holds an office. */
const OFFICE_SAID_AFTER = new RegExp(`^[^。；;！!？?]{0,8}?[她他]是[^，,。；;]{0,6}?${TITLE_BEFORE_MOU.source.slice(0, -1)}`);
/** Characters that make a word with 家 after them (大家, 国家, 人家, 老家, 专家). */
const HOME_WORD_FIRST = codes('大国國老全人自管专專作娘婆亲親东東商农農回搬行冤住安成当當');
/** A title right before a name (包村干部叫向德明, 村支书是…): an official, who stays. */
const OFFICIAL_RIGHT_BEFORE = new RegExp(`${TITLE_BEFORE_MOU.source.slice(0, -1)}(?:叫|是|名叫)?$`);
/** First characters of PERSON_AFTER, TAKEN_NAME_AFTER and the joins of a pair or a list. */
const P_WORD_AFTER = 4096;
flag(codes('家说說讲講告反跟和同对對与與及、她他的，,。；;！!？?好几幾一两兩三四五六七八九替帮幫陪老昨前去上那'), P_WORD_AFTER);
/** After a name with anything before it: only the person's home, family or words (家, 的, 一家, 说, 反映, 他/她). */
/** 和/跟/同/与/替/帮/陪 before 她/他 and a relative: 方圆和她母亲, 王芳替她父亲. */
const LIST_JOIN_OR_HELP = codes('和跟同与與替帮幫陪');
const LOOSE_PERSON_AFTER = /(?:家|的|一家|说|說|讲|講|反映|反應|[她他])/y;
const BROTHERS_AFTER = /(?:是[我俺]|都是[我俺]|[两兩]兄弟|兄弟|[两兩]姐妹|姐妹)/y;
const WORD_SURNAME_TWO_AFTER = /(?:家[的门門里裡院房屋地]|的(?:低保|户口|戶口|医保|醫保|档案|檔案|病历|病歷|补贴|補貼|养老金|養老金|身份证|身份證))/y;
const NEXT_CLAUSE_FAMILY = /[，,][她他](?:家|爸|妈|媽|儿|兒|女|老婆|媳|男人|丈夫)/y;
const WHEN_AFTER = /(?:昨天|前天|去年|前年|上个月|上個月|上周|上週)/y;
const HOME_PARTS_AFTER = /家[的门門里裡院房屋地]/y;
/** Surname + one character, the character not ending a noun (高峰, 江山, not 石子, 码头). */
function wordGivenOk(text: string, i: number): boolean {
  const g = text.charCodeAt(i + 1);
  if (!(g >= 0x3400 && g <= 0x9fff) || NOT_GIVEN.has(text[i + 1]) || NOT_WORD_GIVEN.has(g) || NUMERALS.has(text[i + 1])) return false;
  if (PLACE_END.has(text[i + 1]) || PLACE_SUFFIX.has(text[i + 1]) || HONORIFIC_FIRST.has(text[i + 1])) return false;
  const two = text.slice(i, i + 2);
  return !NOT_NAME_WORD.has(two) && !FAMOUS.has(two) && !placeNameReading(text, i, i + 2);
}

/** 向前进, 於小满, 党小平: a surname that starts words, then a given name of two characters (the last a common one); or -1. */
function wordSurnameFullEnd(text: string, i: number): number {
  const a = text[i + 1] ?? '';
  const b = text[i + 2] ?? '';
  const ac = text.charCodeAt(i + 1);
  if (!(ac >= 0x3400 && ac <= 0x9fff) || (NOT_GIVEN.has(a) && !GIVEN_SET.has(a)) || NUMERALS.has(a) || '老子儿兒'.includes(a) || (a !== '家' && NOT_WORD_GIVEN.has(ac)) || (a === '家' && text[i] !== '过' && text[i] !== '過')) return -1;
  // (花 and 进 end names, 春花, 前进, 跃进, though after an introduction they are verbs: 我妈花钱.)
  if (!GIVEN_SET.has(b) || (NOT_GIVEN.has(b) && !NAME_END_VERB.has(b)) || NUMERALS.has(b) || b === a || b === '家') return -1;
  if (text[i] !== '向' && NOT_NAME_WORD.has(text.slice(i, i + 2))) return -1;
  if (FAMOUS.has(text.slice(i, i + 3)) || NOT_NAME_3.has(text.slice(i, i + 3))) return -1;
  return i + 3;
}

/** At `i` (a surname, a surname that starts words, or a quotation mark): a name that reads as words; returns the last index it took, or `i`. */
function wordNameAt(text: string, i: number, here: number, out: PiiSpan[]): number {
  const len = text.length;
  const c0 = text.charCodeAt(i);
  if (!(here & (P_SURNAME | P_WORD_SURNAME_ALL))) return c0 === 0x201c || c0 === 0x300c || c0 === 0x300e || c0 === 0x22 ? quotedName(text, i, out) : i;
  {
    const word = (here & P_WORD_SURNAME_ALL) !== 0;
    const prev = i > 0 ? PEOPLE[text.charCodeAt(i - 1)] : P_CTX_LEFT;
    // (Before a name: a boundary, a function word, a cue's end or a word for a person; for a surname that starts words anything.)
    if (!word && !(prev & (P_CTX_LEFT | P_CUE_LAST | P_PERSON_LEFT))) return i;
    // (Cheap first: the next characters must be able to make a given name, and what follows one start a person's context.)
    const c1 = text.charCodeAt(i + 1);
    const n1 = PEOPLE[c1];
    if (!(c1 >= 0x3400 && c1 <= 0x9fff) || (n1 & P_NOT_GIVEN && !(n1 & P_GIVEN))) return i;
    const after2 = i + 2 === len || (PEOPLE[text.charCodeAt(i + 2)] & P_WORD_AFTER) !== 0;
    const after3 = word && i + 3 < len && (PEOPLE[text.charCodeAt(i + 2)] & P_GIVEN) !== 0 && (PEOPLE[text.charCodeAt(i + 3)] & (P_WORD_AFTER | P_RIGHT_FIRST | P_ACTION_FIRST)) !== 0;
    if (!after2 && !after3 && c1 !== 0x5bb6 /* 家 */) return i;
    if (!(prev & (P_CTX_LEFT | P_CUE_LAST | P_PERSON_LEFT)) && !after3) return i;
    const prevCh = i > 0 ? text[i - 1] : '，';
    const boundary = i === 0 || NAME_BOUNDARY_BEFORE.has(prevCh);
    const cueChar = !boundary && ((prev & P_CUE_LAST) !== 0 || '了过過到见見'.includes(prevCh));
    const window = cueChar || prevCh === '是' ? text.slice(Math.max(0, i - 6), i) : '';
    const cue = cueChar && (CTX_CUE.test(window) || TAKES_PERSON_BEFORE.test(window) || VERB_BEFORE_NAME.has(text.charCodeAt(i - 1)));
    const de = prevCh === '的' || (prevCh === '是' && !SHI_IN_WORD.test(window));
    // (Anything else before: only a surname that starts words, then a person's home, family or words.)
    const loose = !boundary && !cue && !de && prevCh !== '说' && prevCh !== '說' && prevCh !== '了' && !(prev & P_PERSON_LEFT);
    if (loose && !after3) return i;
    // A surname that starts words: a full name, and what a person does, has or is after it.
    // (了 alone is no cue here: 过了, 解了.)
    if (after3) {
      const e = wordSurnameFullEnd(text, i);
      if (e > 0) {
        const strict = (boundary || cue || de) && GIVEN_SET.has(text[i + 1]) && !'小大家'.includes(text[i + 1]) && !NAME_END_VERB.has(text[e - 1]);
        // (Where no boundary or cue comes before, 但严小军家…, 代课老师代晓燕反映, only a person's home, family or words after.)
        // (时间大家都…, 向中国家…: the given name's last character and 家 make a word: 大家, 国家.)
        let ok = stickyAt(PERSON_AFTER, text, e) && !(text[e] === '家' && HOME_WORD_FIRST.has(text.charCodeAt(e - 1)));
        // (过/时 start phrases of time, 过生日也…, 时光明…: those only with a person's home, family or words after.)
        if (loose && ok && !stickyAt(LOOSE_PERSON_AFTER, text, e)) ok = false;
        if (!ok && strict && !LOOSE_WORD_SURNAME.has(text.charCodeAt(i))) ok = stickyAt(CTX_AFTER, text, e) || actionAfter(text, e) || (cue && stickyAt(CUE_AFTER, text, e));
        // 问了党小平，他说…: after a verb that takes a person, a name that visibly ends.
        if (!ok && cue && ASKS_PERSON_BEFORE.test(window) && TAKEN_NAME_AFTER.test(text.slice(e, e + 3))) ok = true;
        // 务工人员黑永贵，…: after a word for a private person, a full name that ends the clause.
        if (!ok && prev & P_PERSON_LEFT && GIVEN_SET.has(text[i + 1]) && !'小大家'.includes(text[i + 1]) && (e === len || CLAUSE_END.has(text[e])) && !OFFICIAL_WORD_BEFORE.test(text.slice(Math.max(0, i - 4), i)) && !MACHINE_NOT_DRIVER.test(text.slice(Math.max(0, i - 2), i))) ok = true;
        // 於小芳和向红英都…: beside another name.
        if (!ok && LIST_JOIN.has(text[e] ?? '')) {
          const n = e + 1;
          const e2 = PEOPLE[text.charCodeAt(n)] & P_WORD_SURNAME_ALL ? wordSurnameFullEnd(text, n) : nameEnd(text, n);
          if (e2 - n >= 3 && (PEOPLE[text.charCodeAt(n)] & P_WORD_SURNAME_ALL || likelyName(text, n, e2))) ok = true;
        }
        // (包村干部叫向德明: an official, by office, stays.)
        if (ok && !officialRightBefore(text, i, boundary)) {
          pushName(out, i, e);
          return e - 1;
        }
      }
    }
    // 牛二和牛三是我两个堂弟: brothers by birth order, one surname and a numeral each.
    if (boundary && NUMERALS.has(text[i + 1] ?? '') && LIST_JOIN.has(text[i + 2] ?? '') && text[i + 3] === text[i] && NUMERALS.has(text[i + 4] ?? '') && !'高周週初'.includes(text[i]) && surnameLength(text, i) === 1 && stickyAt(BROTHERS_AFTER, text, i + 5)) {
      pushName(out, i, i + 2);
      pushName(out, i + 3, i + 5);
      return i + 4;
    }
    // 万家宝的儿子: 家 in the middle of a full name opening a clause, then the person's family.
    if (boundary && text[i + 1] === '家' && (here & P_SURNAME) && surnameLength(text, i) === 1 && GIVEN_SET.has(text[i + 2] ?? '') && !NOT_GIVEN.has(text[i + 2]) && !PLACE_END.has(text[i + 2]) && !NUMERALS.has(text[i + 2])) {
      PERSON_AFTER.lastIndex = i + 3;
      const m = PERSON_AFTER.exec(text);
      if (m && m[0][0] !== '家' && !(m[0][0] === '一' && m[0][1] === '家')) {
        pushName(out, i, i + 3);
        return i + 2;
      }
    }
    // A given name that is an ordinary word (高峰家, 江河说, 万里的档案): only where a person follows.
    if (loose || !after2 || !(here & P_SURNAME) || surnameLength(text, i) !== 1 || !wordGivenOk(text, i)) return i;
    // (A surname that starts words itself, 向上反映, 全力: only 于洋的低保 — a given-name character,
    // starting a clause, then a person's home or what they have.)
    if (word && !(cue && ASKS_PERSON_BEFORE.test(window) && TAKEN_NAME_AFTER.test(text.slice(i + 2, i + 5))) && (!boundary || !GIVEN_SET.has(text[i + 1]) || !stickyAt(WORD_SURNAME_TWO_AFTER, text, i + 2))) return i;
    const e = i + 2;
    // (After 的 or 说 only a person's home or what they have follows: 住的高峰家, 说万里的档案; after 了
    // only their home: 挖断了钱多家的水管. Never 的 and a relative: 安静的孩子 is a quiet child.)
    PERSON_AFTER.lastIndex = e;
    const m = PERSON_AFTER.exec(text);
    // (What a person says needs a given-name character: 仲裁说 is the arbitration.)
    const f0 = m === null ? 0 : m[0].charCodeAt(0);
    const homeOrHas = f0 === 0x5bb6 /* 家 */ || f0 === 0x7684; /* 的 */
    let ok = m !== null && !(f0 === 0x7684 && KIN_AFTER_DE.test(m[0])) && (boundary || cue || homeOrHas) && (homeOrHas || (m[0].length > 1 && (m[0].charCodeAt(1) === 0x4ed6 || m[0].charCodeAt(1) === 0x5979) && LIST_JOIN_OR_HELP.has(f0)) || GIVEN_SET.has(text[i + 1]));
    // 住的是田野，他家…: the next clause speaks of the person's home or family.
    if (!ok && (boundary || de) && stickyAt(NEXT_CLAUSE_FAMILY, text, e)) ok = true;
    // 高峰昨天下午去…: opening the text or a clause, then when the person did something.
    if (!ok && boundary && GIVEN_SET.has(text[i + 1]) && stickyAt(WHEN_AFTER, text, e)) ok = true;
    if (!ok && prevCh === '了' && m !== null && stickyAt(HOME_PARTS_AFTER, text, e)) ok = true;
    // 问了黎明，他说…: after a verb that takes a person, the name ends visibly.
    if (!ok && cue && ASKS_PERSON_BEFORE.test(window) && TAKEN_NAME_AFTER.test(text.slice(e, e + 3))) ok = true;
    // 田野和白雪是…: a pair of such names, then what two people are.
    if (!ok && boundary && LIST_JOIN.has(text[e]) && (PEOPLE[text.charCodeAt(e + 1)] & P_SURNAME) && surnameLength(text, e + 1) === 1 && wordGivenOk(text, e + 1) && PAIR_AFTER.test(text.slice(e + 3, e + 5))) {
      pushName(out, i, e);
      pushName(out, e + 1, e + 3);
      return e + 2;
    }
    if (ok && !officialRightBefore(text, i, boundary)) {
      pushName(out, i, e);
      return e - 1;
    }
  }
  return i;
}
function officialRightBefore(text: string, i: number, boundary: boolean): boolean {
  return !boundary && OFFICIAL_RIGHT_BEFORE.test(text.slice(Math.max(0, i - 6), i));
}


/** "写成了“董梅”", "签字的是「黃志強」": a full name alone in quotation marks where a name is written or claimed; returns where the scan goes on. */
function quotedName(text: string, q: number, out: PiiSpan[]): number {
  const s = q + 1;
  let c = s;
  while (c < text.length && c - s < 5 && !QUOTE_CLOSE.has(text.charCodeAt(c))) c++;
  if (c >= text.length || !QUOTE_CLOSE.has(text.charCodeAt(c)) || c - s < 2 || c - s > 4) return q;
  if (!surnameLength(text, s) || nameEnd(text, s) !== c || !likelyName(text, s, c) || FAMOUS.has(text.slice(s, c))) return q;
  const sl = surnameLength(text, s);
  // (“李大胆”, “张老好”: a nickname by a trait, in quotes mostly an official's.)
  if (text[s + sl] === '大' || text[s + sl] === '老') return q;
  // (One given-name character only if a common one: “孙平”, not “刁民”.)
  if (c - s === sl + 1 && !SINGLE_GIVEN.has(text[c - 1])) return q;
  if (!QUOTE_NAME_BEFORE.test(text.slice(Math.max(0, q - 6), q)) && !QUOTE_NAME_AFTER.test(text.slice(c + 1, c + 5))) return q;
  pushName(out, s, c);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Given names alone (海燕, 建国) and village nicknames (二狗子, 胖嫂, 傻娃): no surname to anchor on, so
// only right after a word that takes a person (转告, 告诉, 叫上, 找了, 我和, a relative) or as a
// list counted in households (志强、春花、建国三家).

/** Words after which a given name alone is a person: verbs that take one, a relative, 我和. */
const GIVEN_ONLY_CUE = /(?:转告|轉告|告诉|告訴|通知|叫上|找了|找过|找過|[我俺]和|[我俺]跟|媳妇|媳婦|老婆|老公|丈夫|妻子|爱人|愛人|儿子|兒子|女儿|女兒|闺女|閨女|弟弟|妹妹|哥哥|姐姐|侄子|侄女|外甥|孙子|孫子|孙女|孫女|表姐|表妹|表哥|表弟|堂姐|堂妹|堂哥|堂弟)$/;
/** Last characters of those cues (a table lookup per character before the expression). */
const P_GIVEN_CUE_LAST = 32768;
flag(codes('告诉訴知上了过過和跟妇婦婆公夫子人儿兒女弟妹哥姐侄甥孙孫'), P_GIVEN_CUE_LAST);
/** After such a cue: what only a person is followed by (一声, 帮忙, 两个人, 在…). */
const GIVEN_ONLY_STRONG_AFTER = /^(?:一声|一聲|一起|一块|一塊|帮忙|幫忙|两个人|兩個人|俩|倆)/;
/** Village nicknames: a birth order and a pet word (二狗子, 三娃), a trait and a kin or pet word (胖嫂, 傻娃). */
const VILLAGE_NICKNAME = /(?:[二三四五六七八九幺](?:狗子|狗|蛋|娃|毛|丫|妞|柱|愣子|愣|虎子)|[傻胖瘦矮憨瘸哑啞聋聾秃禿麻](?:娃|蛋|妞|丫|嫂|婶|嬸))/y;
/** Traits before 子 in a village nickname (黑子, 胖子), read only after the village or the neighbours. */
const TRAIT_ZI_FIRST = codes('黑胖瘦矮憨');
// (Round 16: also 邻居二愣子.)
const NICKNAME_PLACE_BEFORE = /(?:村里|村裡|组里|組裡|组的|組的|村的|屯里|屯裡|楼下的|樓下的|隔壁的|对门的|對門的|隔壁|对门|對門|邻居|鄰居)$/;
/** "修车的小马哥说": 小 and a surname and 哥/姐, for a private person known so. */
const LITTLE_BROTHER = /小[\u3400-\u9fff](?:哥|姐)/y;

/** At `at - 1` a cue's last character: a given name alone at `at`; returns the last index it took, or at - 1. */
function givenOnlyAt(text: string, at: number, out: PiiSpan[]): number {
  {
    if (at < 2 || at + 1 >= text.length || !(PEOPLE[text.charCodeAt(at)] & P_GIVEN) || !(PEOPLE[text.charCodeAt(at + 1)] & P_GIVEN)) return at - 1;
    const m = GIVEN_ONLY_CUE.exec(text.slice(Math.max(0, at - 3), at));
    if (!m) return at - 1;
    const a = text[at];
    const b = text[at + 1];
    if (!GIVEN_SET.has(a) || !GIVEN_SET.has(b) || NUMERALS.has(a) || NUMERALS.has(b) || '小大老家子'.includes(a) || a === b && m[0].length > 2) return at - 1;
    if (GIVEN_WORD_STOP.has(a + b)) return at - 1;
    // (A surname first reads as a full name elsewhere: 转告王芳.)
    if (surnameLength(text, at) && GIVEN_SET.has(text[at + 2] ?? '')) return at - 1;
    const after = text.slice(at + 2, at + 6);
    const strongAfter = GIVEN_ONLY_STRONG_AFTER.test(after);
    const kin = !/^(?:转告|轉告|告诉|告訴|通知|叫上|找了|找过|找過|[我俺][和跟])$/.test(m[0]);
    // (Only after a relative or 转告/告诉 may a plain boundary or an action end it: 他媳妇翠兰在…, 请转告海燕，.)
    const weakOk = (kin || /^(?:转告|轉告|告诉|告訴|通知)$/.test(m[0])) && !NOT_GIVEN.has(a) && !NOT_GIVEN.has(b) && !NOT_NAME_WORD.has(a + b) && stickyAt(GIVEN_ONLY_AFTER, text, at + 2);
    if (!strongAfter && !weakOk) return at - 1;
    pushName(out, at, at + 2);
    return at + 1;
  }
}

/** After 她/他 at `p`: a relative of the person (她男人, 他媳妇, 她妈). */
const FAMILY_FIRST = codes('男丈老媳妻爱愛妈媽爸爹娘儿兒女闺閨婆公');
const FAMILY_AFTER_PRONOUN = /(?:男人|丈夫|老公|媳妇|媳婦|老婆|妻子|爱人|愛人|妈|媽|爸|爹|娘|儿子|兒子|女儿|女兒|闺女|閨女|婆婆|公公)/y;
/** 海燕和她男人, 春燕她妈: two given-name characters opening a clause (or after 是) right before the pronoun or 和/跟 and it. */
function givenOnlyBeforeFamily(text: string, p: number, out: PiiSpan[]) {
  if (!FAMILY_FIRST.has(text.charCodeAt(p + 1)) || !(PEOPLE[text.charCodeAt(p - 1)] & P_GIVEN || LIST_JOIN_OR_HELP.has(text.charCodeAt(p - 1))) || !stickyAt(FAMILY_AFTER_PRONOUN, text, p + 1)) return;
  const join = LIST_JOIN_OR_HELP.has(text.charCodeAt(p - 1)) ? 1 : 0;
  const s = p - join - 2;
  if (s < 0) return;
  const before = s === 0 ? '，' : text[s - 1];
  if (!NAME_BOUNDARY_BEFORE.has(before) && !(before === '是' && !SHI_IN_WORD.test(text.slice(Math.max(0, s - 3), s)))) return;
  const a = text[s];
  const b = text[s + 1];
  // (A name that reads as a word, 白雲她媽, is still the person's when her family follows it directly; 他妈的 is an oath.)
  if (!GIVEN_SET.has(a) || !GIVEN_SET.has(b) || NOT_GIVEN.has(a) || NOT_GIVEN.has(b) || NUMERALS.has(a) || NUMERALS.has(b) || '小大老家子阿'.includes(a) || GIVEN_WORD_STOP.has(a + b) || (NOT_NAME_WORD.has(a + b) && (join || text[p + 2] === '的'))) return;
  // (A surname and one given-name character is read elsewhere: 王芳她妈.)
  if (SURNAME_CODES.has(text.charCodeAt(s)) && SINGLE_GIVEN.has(b)) return;
  pushName(out, s, s + 2);
}

/** 志强、春花、建国三家: three or more given names alone, counted in households. */
function scanGivenOnlyLists(text: string, out: PiiSpan[]) {
  for (let p = text.indexOf('、'); p >= 2; p = text.indexOf('、', p + 1)) {
    const s0 = p - 2;
    // (Round 19: also after 我跟/我和, 我跟春花、海燕、志强三个人一起去的.)
    if (s0 > 0 && !NAME_BOUNDARY_BEFORE.has(text[s0 - 1]) && !(s0 > 1 && '和跟同'.includes(text[s0 - 1]) && '我俺咱'.includes(text[s0 - 2]))) continue;
    const starts: number[] = [];
    let at = s0;
    while (starts.length < 12 && GIVEN_SET.has(text[at] ?? '') && GIVEN_SET.has(text[at + 1] ?? '') && !NUMERALS.has(text[at]) && !NUMERALS.has(text[at + 1])) {
      starts.push(at);
      if (!LIST_JOIN.has(text[at + 2] ?? '')) break;
      at += 3;
    }
    const end = starts.length ? starts[starts.length - 1] + 2 : -1;
    if (starts.length >= 3 && LIST_JOIN.has(text[end] ?? '') === false && HOUSEHOLD_COUNT.test(text.slice(end, end + 3))) {
      for (const st of starts) pushName(out, st, st + 2);
      p = end;
    }
  }
}

/** At `i` (P_NICK_FIRST): 村裡二狗子天天…, 胖嫂開的小賣部, 村里傻娃他妈讲 — a village nickname where a person follows; returns the last index it took, or `i`. */
function nicknameAt(text: string, i: number, out: PiiSpan[]): number {
  {
    if (i + 1 >= text.length) return i;
    const c1 = text.charCodeAt(i + 1);
    if (text.charCodeAt(i) === 0x5c0f /* 小 */ ? !(PEOPLE[c1] & P_SURNAME) : !NICK_SECOND.has(c1) && !(c1 === 0x5b50 && TRAIT_ZI_FIRST.has(text.charCodeAt(i)))) return i;
    let e = -1;
    VILLAGE_NICKNAME.lastIndex = i;
    if (VILLAGE_NICKNAME.test(text)) e = VILLAGE_NICKNAME.lastIndex;
    // 我们组的黑子把…: a trait and 子, only where the village or the neighbours are named before (一个胖子 is anyone).
    else if (c1 === 0x5b50 /* 子 */ && TRAIT_ZI_FIRST.has(text.charCodeAt(i)) && NICKNAME_PLACE_BEFORE.test(text.slice(Math.max(0, i - 4), i))) e = i + 2;
    else if (text[i] === '小') {
      LITTLE_BROTHER.lastIndex = i;
      if (LITTLE_BROTHER.test(text) && SURNAME_SET.has(text[i + 1])) e = i + 3;
    }
    if (e < 0) return i;
    const before = i === 0 || NAME_BOUNDARY_BEFORE.has(text[i - 1]) || text[i - 1] === '的' || NICKNAME_PLACE_BEFORE.test(text.slice(Math.max(0, i - 4), i));
    // (Not 我二哥, 他三姐: a relative by birth order.)
    if (!before || /[我你他她俺咱家]/.test(text[i - 1] ?? '')) return i;
    if (stickyAt(NICKNAME_ACTION_AFTER, text, e) || stickyAt(PERSON_AFTER, text, e)) {
      pushName(out, i, e);
      return e - 1;
    }
  }
  return i;
}
/** After a village nickname: what a person does (天天, 把, 开的, 说). */
// (Round 16: also the real name given next, 二虎子，叫單成龍.)
const NICKNAME_ACTION_AFTER = /(?:天天|经常|經常|总是|總是|又|把|说|說|讲|講|开的|開的|家|[他她](?:妈|媽|爸|爹|娘|家)|也|都|在|去|来|來|[，,]\s?(?:叫|真名|大名))/y;
const P_NICK_FIRST = 16384;

/** NOT_GIVEN characters that are not also common given-name characters (function words, nouns). */
const P_NOT_GIVEN = 8192;
flag([...NOT_GIVEN].filter((c) => !GIVEN_SET.has(c)).map((c) => c.charCodeAt(0)), P_NOT_GIVEN);
/** Second characters of village nicknames (小马哥 has a surname there instead). */
const NICK_SECOND = codes('狗蛋娃毛丫妞柱愣虎嫂婶嬸');
flag(codes('二三四五六七八九幺傻胖瘦矮憨瘸哑啞聋聾秃禿麻小黑'), P_NICK_FIRST);

/** Characters at which scanContextNames' pass also runs the readers above. */
/** (The first characters of minority names' components share the nickname readers' bit: minorityNameAt is read there too.) */
flag(MINORITY_PARTS.filter((w) => !MINORITY_AFTER_ONLY.has(w)).map((w) => w.charCodeAt(0)), P_NICK_FIRST);
const P_EXTRA = P_SURNAME | P_WORD_SURNAME_ALL | P_GIVEN_CUE_LAST | P_NICK_FIRST;
/** After 人 following a full name: the person himself did or suffered something (人都找不到了, 人跑了). */
const PERSON_ADVERB = codes('都也就跑不没沒却卻早还還又');
/** Contact details after a name: a comma and a phone, QQ, WeChat or e-mail. */
const CONTACT_AFTER = /^[，,\s]*(?:QQ|qq|微信|电话|電話|手机|手機|邮箱|郵箱|[0-9０-９])/;
/** Relatives before a pet name (我外甥女小雪, 我侄子阿明): only 小 or 阿 and a given-name character are read there. */
const KIN_BEFORE_PET = /(?:外甥女|外甥|侄女|侄子|孙女|孫女|孙子|孫子|女儿|女兒|儿子|兒子|闺女|閨女|表妹|表弟|表姐|表哥|堂妹|堂弟|外孙女|外孫女|外孙|外孫)$/;
/** 小 and these are words (小学, 小孩, 小时候, 小卖部), not a pet name. */
const NOT_PET_AFTER_XIAO = codes('学學孩时時姐伙夥组組区區车車康吃卖賣店事便心声聲说說票米麦麥金样樣型微便偷贩販妹弟哥');
/** 老 and these are an old place or thing (老楼, 老宅, 老街, 老百姓), not a surname's nickname. */
const OLD_PLACE_AFTER = codes('楼樓屋宅街城区區院巷厂廠村家房百');
/** 小 and these are a small way or place (小路, 小道, 小河), not a surname's nickname. */
const SMALL_PLACE_AFTER = codes('路道巷河山桥橋门門');
/** A meeting or a finished act, not a trade: 开会的, 开完会的, 修好的, 卖掉的. */
const NOT_TRADE = /^[开開卖賣修养養杀殺摆擺补補炸烤磨](?:会|會|完|好|了|过|過|着|著|掉|成)/;
/** Traits a pet name is made of after 小 (小胖, 小黑, 小瘦). */
const PET_TRAIT = codes('胖瘦黑矮白');
/** After such a nickname: a boundary, or what the person does or has. */
const DEALING_NICK_AFTER = /(?:$|[\s，,。.；;！!？?、：:（(）)”」]|把|在|不|没|沒|只|也|都|又|还|還|就|给|給|让|讓|要|是|说|說|讲|講|跟|和|家|的|人|天天|每|收|带|帶|硬|非|从|從|早|却|卻|竟|经常|經常|总|總|一直|已经|已經|一年|一个月|一個月)/y;
/**
 * At `at`: 老钱, 小胖, 老K, 阿珍, 黄阿婆, 宫大姐, 刘嫂, 金凤姐 — a nickname or a form of address; its end, or -1.
 * `petOnly`: only 小/阿 and a given-name character (after a relative).
 */
function dealingNickEnd(text: string, at: number, petOnly: boolean): number {
  const c = text[at];
  const n = text.charCodeAt(at + 1);
  let e = -1;
  if (c === '小' && (PET_TRAIT.has(n) || (GIVEN_SET.has(text[at + 1] ?? '') && !NOT_GIVEN.has(text[at + 1]) && !NUMERALS.has(text[at + 1]))) && !NOT_PET_AFTER_XIAO.has(n) && !NICKNAME_NOT.has(text.slice(at, at + 2))) e = at + 2;
  else if (c === '阿' && GIVEN_SET.has(text[at + 1] ?? '') && !AH_NOT_SECOND.has(n) && !NUMERALS.has(text[at + 1]) && !NOT_GIVEN.has(text[at + 1])) e = at + 2;
  else if (petOnly) return -1;
  else if (c === '老' && n >= 0x41 && n <= 0x5a && !isAsciiAlnum(text.charCodeAt(at + 2))) e = at + 2;
  else if ((c === '老' || c === '小') && surnameLength(text, at + 1) === 1 && !NICKNAME_NOT.has(text.slice(at, at + 2)) && !(c === '老' ? OLD_PLACE_AFTER : SMALL_PLACE_AFTER).has(n)) e = at + 2;
  else if (surnameLength(text, at) === 1 && !KIN_NOT_SURNAME.has(text.charCodeAt(at))) {
    if (stickyAt(KIN_FORM, text, at + 1)) e = KIN_FORM.lastIndex;
    else if (stickyAt(SELF_KIN_FORM, text, at + 1)) e = SELF_KIN_FORM.lastIndex;
    else if (text[at + 1] === '姐' || text[at + 1] === '哥') e = at + 2;
  }
  // 金凤姐, 秀英嫂: two given-name characters and 姐/嫂, as a neighbourhood calls a woman.
  if (e < 0 && GIVEN_SET.has(c) && GIVEN_SET.has(text[at + 1] ?? '') && !NOT_GIVEN.has(c) && !NOT_GIVEN.has(text[at + 1]) && !NOT_NICK_FIRST.has(c) && (text[at + 2] === '姐' || text[at + 2] === '嫂')) e = at + 3;
  return e > 0 && stickyAt(DEALING_NICK_AFTER, text, e) ? e : -1;
}
/** "房东老钱把…", "包工头老鲍只给了…", "开小卖部的金凤姐", "知情人 小胖", "我外甥女小雪在…". */
function scanDealingNicknames(text: string, out: PiiSpan[]) {
  for (let m = execAnchored(DEALING, text, 0); m; m = execAnchored(DEALING, text, DEALING.re.lastIndex)) {
    const at = m.index + m[0].length;
    // (老板 inside 老板娘 is read as 老板娘; 开会的 is a meeting, whose staff stay; 开车的 is a trade.)
    if (NOT_TRADE.test(m[0])) continue;
    let e = dealingNickEnd(text, at, false);
    // "開發商老闆戚永福人都找不到了": a full name, then 人 and an adverb (the person himself), not 湖南人.
    if (e < 0 && surnameLength(text, at) === 1 && text[at + 3] === '人' && PERSON_ADVERB.has(text.charCodeAt(at + 4)) && GIVEN_SET.has(text[at + 1] ?? '') && GIVEN_SET.has(text[at + 2] ?? '') && !NOT_GIVEN.has(text[at + 1]) && !NOT_GIVEN.has(text[at + 2]) && !NOT_NAME_WORD.has(text.slice(at, at + 2))) e = at + 3;
    if (e > 0) {
      pushName(out, at, e);
      DEALING.re.lastIndex = e;
    }
  }
  // "本人向国平 137…", "知情人 向东，QQ…": the writer's own name with a surname that starts words (向, 全, 解 …), where it visibly ends.
  for (let m = execAnchored(SELF_WORD_SURNAME, text, 0); m; m = execAnchored(SELF_WORD_SURNAME, text, SELF_WORD_SURNAME.re.lastIndex)) {
    const at = m.index + m[0].length;
    if (!(PEOPLE[text.charCodeAt(at)] & P_WORD_SURNAME_ALL)) continue;
    let e = wordSurnameFullEnd(text, at);
    // (Two characters only set off by a space or a colon and followed by the person's contact: 知情人 向东，QQ….)
    if (e < 0 && at > m.index + m[0].replace(/[：:\s\u3000]+$/, '').length && GIVEN_SET.has(text[at + 1] ?? '') && !NOT_GIVEN.has(text[at + 1]) && !NUMERALS.has(text[at + 1]) && CONTACT_AFTER.test(text.slice(at + 2, at + 8))) e = at + 2;
    if (e > 0 && (e === text.length || isColonOrSpace(text[e]) || CLAUSE_END.has(text[e]) || digit(text.charCodeAt(e)) >= 0)) pushName(out, at, e);
  }
  // "丝绸厂宿舍4幢203的老谢": the person at a home address.
  for (let k = 0, n = out.length; k < n; k++) {
    const a = out[k];
    if (a.kind !== 'address' || text[a.end] !== '的') continue;
    const e = dealingNickEnd(text, a.end + 1, false);
    if (e > 0) pushName(out, a.end + 1, e);
  }
  for (let p = text.indexOf('小', 2); p > 0; p = text.indexOf('小', p + 1)) petAfterKin(text, p, out);
  for (let p = text.indexOf('阿', 2); p > 0; p = text.indexOf('阿', p + 1)) petAfterKin(text, p, out);
}
function petAfterKin(text: string, p: number, out: PiiSpan[]) {
  if (!KIN_BEFORE_PET.test(text.slice(Math.max(0, p - 3), p))) return;
  const e = dealingNickEnd(text, p, true);
  if (e > 0) pushName(out, p, e);
}

/** Where a chunk of a dotted name stops: function words, the writer's words, places' last characters. */
const DOTTED_STOP = new CharSet([...'的是叫在住我你他她们們和跟与與及或把被给給说說从從到去来來就也都还還人名址村镇鎮乡鄉县縣市区區省路街巷节節号號']);
/** Before a dotted name: an introduction's last character, or 、 in a list. */
const DOTTED_LEFT = new CharSet([...'叫是：:人、 \u3000']);
/**
 * 热依汗·买买提, 木扎帕尔·吐尔洪, 古丽巴哈尔·吾斯曼: a name transcribed by sound, its parts joined by a
 * middle dot, after an introduction (我叫, 我是…的, 反映人) — whatever its characters.
 */
function scanDottedNames(text: string, out: PiiSpan[]) {
  for (let p = 1; p < text.length; p++) {
    const d = text[p];
    if (d !== '·' && d !== '・' && d !== '•') continue;
    let s = p;
    while (s > 0 && p - s < 8 && isHan(text.charCodeAt(s - 1)) && !DOTTED_STOP.has(text[s - 1])) s--;
    if (p - s < 2) continue;
    let e = p + 1;
    while (e < text.length && e - p - 1 < 8 && isHan(text.charCodeAt(e)) && !DOTTED_STOP.has(text[e])) e++;
    if (e - p - 1 < 2) continue;
    // A second dot: 阿卜杜·热合曼·买买提.
    if ((text[e] === '·' || text[e] === '・' || text[e] === '•') && isHan(text.charCodeAt(e + 1))) {
      let f = e + 1;
      while (f < text.length && f - e - 1 < 8 && isHan(text.charCodeAt(f)) && !DOTTED_STOP.has(text[f])) f++;
      if (f - e - 1 >= 2) e = f;
    }
    const before = s > 0 ? text[s - 1] : '';
    const introduced = DOTTED_LEFT.has(before) || (before === '的' && /(?:我是|俺是|本人|我叫)/.test(text.slice(Math.max(0, s - 16), s)));
    if (!introduced || !(e === text.length || !isHan(text.charCodeAt(e)) || DOTTED_STOP.has(text[e]))) {
      p = e - 1;
      continue;
    }
    pushName(out, s, e);
    p = e - 1;
  }
}

/** After a person's full name beside a home or in a list: a boundary, a space, 家/的, or what the person says. */
const BESIDE_NAME_AFTER = /(?:$|[\s\u3000，,。；;！!？?、：:（(]|家|的|说|說|反映)/y;
/** A private person's standing in parentheses after their name (黎明（村民）, 江南（业主）). */
// (Round 19: also a private trade, 小敏（服务员）, 阿强（骑手）.)
const STANDING_IN_PARENS = /^[（(](?:村民|居民|业主|業主|住户|住戶|租户|租戶|家长|家長|村民代表|农户|農戶|群众|群眾|服务员|服務員|骑手|騎手|外卖员|外賣員|快递员|快遞員|保姆|护工|護工|保洁|保潔|保洁员|保潔員|农民工|農民工|摊主|攤主|店主)[）)]/;
/**
 * Readings beside what is already found: a full name right after a home address (南埭村3组8号周阿毛家,
 * …22号 戚银花 ：), the next names of a list set off by spaces (单国平 单国安 两兄弟) or after a contact in
 * parentheses (韋志強（手機…）、邵美珍（…）、卞建華), an ID number of a valid date right after a name (申请人X，
 * 5227…), a nickname explained by a name in brackets (老王（就是…王根寶）), the nickname asked for at a number
 * (打…座机…找老蒲), a name that reads as a word before a private standing in parentheses (黎明（村民）).
 */
function besideKnownSpans(text: string, spans: PiiSpan[]) {
  const n0 = spans.length;
  for (let k = 0; k < n0; k++) {
    const sp = spans[k];
    if (sp.kind === 'address') {
      let q = sp.end;
      if (q < text.length && (isColonOrSpace(text[q]) || text[q] === '，' || text[q] === ',')) q++;
      if (!surnameLength(text, q)) continue;
      let e = Math.max(nameEnd(text, q), confirmedNameEnd(text, q));
      // (周阿毛, 王小六: a rural name of 阿/小 and a given-name or pet character.)
      if (e - q !== 3 && (text[q + 1] === '阿' || text[q + 1] === '小') && (GIVEN_SET.has(text[q + 2] ?? '') || DIMINUTIVE_END.has(text[q + 2] ?? '')) && !NOT_GIVEN.has(text[q + 2] ?? '')) e = q + 3;
      if (e - q === 3 && likelyName(text, q, e) && stickyAt(BESIDE_NAME_AFTER, text, e)) pushName(spans, q, e);
    } else if (sp.kind === 'name') {
      const len = sp.end - sp.start;
      let q = sp.end;
      // 单国平 单国安: another full name after one space.
      if (len === 3 && (text[q] === ' ' || text[q] === '\u3000') && surnameLength(text, q + 1) === 1) {
        const e = nameEnd(text, q + 1);
        if (e - q - 1 === 3 && likelyName(text, q + 1, e) && (e === text.length || isColonOrSpace(text[e]) || CLAUSE_END.has(text[e]))) pushName(spans, q + 1, e);
      }
      // 韋志強（手機 …）、…、卞建華: a list whose items carry their contacts in parentheses.
      if (text[q] === '（' || text[q] === '(') {
        let c = q + 1;
        while (c < text.length && c - q < 28 && text[c] !== '）' && text[c] !== ')' && text[c] !== '。') c++;
        if ((text[c] === '）' || text[c] === ')') && text[c + 1] === '、' && surnameLength(text, c + 2)) {
          const e = nameEnd(text, c + 2);
          if (e - c - 2 >= 2 && likelyName(text, c + 2, e) && (e === text.length || CLAUSE_END.has(text[e]) || text[e] === '（' || text[e] === '(')) pushName(spans, c + 2, e);
        }
      }
      // 申请人谢玉芳，52273119690222002x: a number of an ID's shape right after the name is the person's ID.
      while (q < text.length && q - sp.end < 2 && (isColonOrSpace(text[q]) || text[q] === '，' || text[q] === ',')) q++;
      if (q > sp.end && digit(text.charCodeAt(q)) >= 0) {
        let e = q;
        while (e < text.length && e - q < 18 && digit(text.charCodeAt(e)) >= 0) e++;
        if (e - q === 17 && isX(text.charCodeAt(e))) e++;
        if (e - q === 18 && !(e < text.length && (digit(text.charCodeAt(e)) >= 0 || isAsciiAlnum(text.charCodeAt(e))))) {
          let d = '';
          for (let j = q; j < e; j++) d += isX(text.charCodeAt(j)) ? 'X' : String(digit(text.charCodeAt(j)));
          if (idShaped(d)) spans.push({ kind: 'id_number', start: q, end: e });
        }
      }
    } else if (sp.kind === 'mobile' || sp.kind === 'landline') {
      // "座机(0576)88319025找老蒲": the person to ask for at the number.
      const at = sp.end + (text[sp.end] === '，' || text[sp.end] === ',' || isColonOrSpace(text[sp.end] ?? '') ? 1 : 0);
      if (text[at] === '找') {
        const e = nicknameEnd(text, at + 1);
        if (e > 0) pushName(spans, at + 1, e);
        else {
          const f = nameEnd(text, at + 1);
          if (f - at - 1 === 3 && likelyName(text, at + 1, f) && stickyAt(BESIDE_NAME_AFTER, text, f)) pushName(spans, at + 1, f);
        }
      }
    }
  }
  // 我們老王（就是住我對門的王根寶）: a nickname explained in brackets by a name of the same surname.
  let nameStartsAt: Map<number, number> | null = null;
  for (let p = text.indexOf('老'); p >= 0; p = text.indexOf('老', p + 1)) {
    if (text[p + 2] !== '（' && text[p + 2] !== '(') continue;
    const sur = text[p + 1];
    if (surnameLength(text, p + 1) !== 1 || NICKNAME_NOT.has(text.slice(p, p + 2))) continue;
    let c = p + 3;
    while (c < text.length && c - p < 24 && text[c] !== '）' && text[c] !== ')') c++;
    if (text[c] !== '）' && text[c] !== ')') continue;
    if (!nameStartsAt) {
      nameStartsAt = new Map();
      for (let k = 0; k < n0; k++) if (spans[k].kind === 'name') nameStartsAt.set(spans[k].start, spans[k].end);
    }
    for (let j = p + 3; j < c; j++) {
      const end = nameStartsAt.get(j);
      if (end !== undefined && end <= c && end - j >= 2 && text[j] === sur) {
        pushName(spans, p, p + 2);
        break;
      }
    }
  }
  // 鹰嘴岩镇 黎明（村民）: a name, even one that reads as a word, before a private standing in parentheses.
  for (let p = text.indexOf('（'); p >= 2; p = text.indexOf('（', p + 1)) standingAt(text, p, spans);
  for (let p = text.indexOf('('); p >= 2; p = text.indexOf('(', p + 1)) standingAt(text, p, spans);
}
function standingAt(text: string, p: number, spans: PiiSpan[]) {
  if (!STANDING_IN_PARENS.test(text.slice(p, p + 7))) return;
  for (const len of [3, 2]) {
    const s = p - len;
    if (s < 0 || !(s === 0 || isColonOrSpace(text[s - 1]) || NAME_BOUNDARY_BEFORE.has(text[s - 1]))) continue;
    // (Round 19) 小敏（服务员）: 小 or 阿 and a given-name character, the name the person goes by.
    const pet = len === 2 && (text[s] === '小' || text[s] === '阿') && !NICKNAME_NOT.has(text.slice(s, p)) && !NUMERALS.has(text[s + 1]) && !AH_KIN.has(text[s + 1]);
    if (surnameLength(text, s) !== 1 && !pet) continue;
    let ok = true;
    for (let j = s + 1; j < p; j++) if (!GIVEN_SET.has(text[j]) || NOT_GIVEN.has(text[j])) ok = false;
    if (ok) {
      pushName(spans, s, p);
      return;
    }
  }
}

/** Characters names transcribed by sound are made of (Uyghur, Kazakh, Arabic, Mongolian, Tibetan). */
const TRANSLIT = codes('阿卜布不杜都拉西木乌烏兰蘭图圖雅买買麦麥提热熱依汗吐尔爾洪吾斯曼古丽麗巴哈扎帕努艾克孜迪娜塔玛瑪尼亚亞别別米合甫素赛賽伊萨薩沙穆罕默达達瓦次仁卓顿頓珠格桑旦增姆央措索朗洛吉曲珍普边邊强強益杰傑嘎宗特其日勒额額敦琴坦敖登道满滿鲁魯苏蘇孟乃則则莎曼江力逊遜再那和多才让讓马馬果海来來铁鐵宝寶音南旺毛尕藏朝诺諾明高娃仓倉呼毕畢林太门門楞牛呷伍各乐樂腾騰云雲托');
/** (Round 26) More such characters, of Uyghur, Kazakh and Mongolian names (宝音德力格尔, 阿卜杜克热木玉努斯), read after a strong
 * introduction and by round 26's rules, not after a bare 叫 (惊叫皮毛, 鸣叫玉音 are no names). */
const TRANSLIT_MORE = codes('德根玉卡肯策恰祖胡拜皮班恩塞希贺賀列');
const isTranslit = (c: number): boolean => TRANSLIT.has(c) || TRANSLIT_MORE.has(c);
/** 我叫阿西木，, 反映人阿卜杜拉，, 我叫烏蘭圖雅，: three to six such characters after a strong introduction, up to a boundary. */
function scanTransliteratedNames(text: string, out: PiiSpan[]) {
  for (let m = execAnchored(TRANSLIT_INTRO, text, 0); m; m = execAnchored(TRANSLIT_INTRO, text, TRANSLIT_INTRO.re.lastIndex)) {
    const p = m.index + m[0].length;
    let e = p;
    // (Round 26: up to nine, 努尔麦麦提阿不都拉, and TRANSLIT_MORE's characters; six before.)
    while (e < text.length && e - p < 10 && isTranslit(text.charCodeAt(e))) e++;
    const n = e - p;
    if (NOT_TRANSLIT_RUN.test(text.slice(p, e))) continue;
    if (n >= 3 && n <= 9 && (e === text.length || CLAUSE_END.has(text[e]) || isColonOrSpace(text[e]) || text[e] === '）' || text[e] === ')')) pushName(out, p, e);
  }
  // (Round 12) 我外公那木吉拉今年…, 她儿子宝音的…, 我媳妇萨仁高娃、…: after a relative or a private role, two to six
  // sound-transcription characters up to a boundary or a word that starts the clause's rest (在, 的, 今年, 家).
  for (let m = execAnchored(KIN_TRANSLIT_INTRO, text, 0); m; m = execAnchored(KIN_TRANSLIT_INTRO, text, KIN_TRANSLIT_INTRO.re.lastIndex)) {
    const p = m.index + m[0].length;
    let e = p;
    while (e < text.length && e - p < 7 && TRANSLIT.has(text.charCodeAt(e))) e++;
    // (房东敖其尔不给…: a negation or 都 after the name is the clause's rest, not the name.)
    if (e - p > 2 && (text[e - 1] === '不' || text[e - 1] === '都')) e--;
    const n = e - p;
    if (n < 2 || n > 6) continue;
    if (NOT_TRANSLIT_RUN.test(text.slice(p, e))) continue;
    const next = text[e];
    if (e === text.length || CLAUSE_END.has(next) || isColonOrSpace(next) || next === '）' || next === ')' || KIN_TRANSLIT_AFTER.test(text.slice(e, e + 2))) pushName(out, p, e);
  }
}
/** Runs of such characters that are words of time or repetition (让来电人次日再来). */
const NOT_TRANSLIT_RUN = /^(?:次日|明日|今日|当日|當日|多次|再次|那边|那邊|这边|這邊)|再[来來]/;
const KIN_TRANSLIT_AFTER = /^(?:不|都|在|的|今|家|喺|嘅|住|说|說|帮|幫|代|已|去|到|是|一直|没|沒|反映|叔|八|九|七|六|五)/;

// ---------------------------------------------------------------------------------------------
// (Round 13) Registry numbers, nicknames beside the real name, and signatures with the writer's standing.

/**
 * 学号, 工号, 骑手编号: a student's or a private worker's number singles one person out in the school's
 * or the employer's registry, like a plate. The number as written (GZ-0731128, 03-1187, ELM60213398),
 * four digits or more (学号12 is a seat in class).
 */
const MEMBER_NUMBER = /(学号|學號|学籍号|學籍號|工号|工號|员工号|員工號|员工编号|員工編號|职工号|職工號|工牌号|工牌號|骑手编号|騎手編號|骑手号|騎手號|骑手ID|騎手ID|骑手id|快递员编号|快遞員編號)(?:是|为|為)?[:：\s\u3000]{0,2}([A-Za-z]{0,5}(?:[-－][A-Za-z]{1,3}(?=[-－]))?[-－]?[A-Za-z]?[0-9０-９]{2,14}(?:[-－][0-9０-９]{1,8})?)(?![A-Za-z0-9０-９])/g;
/**
 * A 工号 of staff in their role stays (话务员工号2106, a clerk's 工号 in a complaint about the window): in the
 * sentence before it, a service or official role, and the writer not introducing themselves.
 */
const STAFF_ROLE = /话务|話務|接线员|接線員|客服|坐席|座席|工作人员|工作人員|窗口|民警|警察|警员|警員|收费员|收費員|营业员|營業員|柜员|櫃員|办事员|辦事員|业务员|業務員|医生|醫生|护士|護士|司机|司機|乘务员|乘務員|售票员|售票員|抄表员|抄表員|城管|执法|執法|稽查|检查员|檢查員|服务员|服務員|老师|老師|教师|教師|干部|幹部|领导|領導/;
const STAFF_RIGHT_BEFORE = /(?:话务员|話務員|接线员|接線員|客服|坐席|座席|工作人员|工作人員|窗口|柜员|櫃員|营业员|營業員|办事员|辦事員)的?$/;
const WRITER_IN_SENTENCE = /我是|我係|本人|我叫|反映人|来电人|來電人|投诉人|投訴人|联系人|聯繫人|我[儿兒]子|我女[儿兒]|我老公|我爱人|我愛人/;
function scanMemberNumbers(text: string, out: PiiSpan[]) {
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
 */
const HOLDER_NUMBER = /(?:建档立卡户编号|建檔立卡戶編號|健康证编号|健康證編號|健康证号|健康證號|优待证号|優待證號|股东编号|股東編號|股东证号|股東證號|股东证|股東證|股东号|股東號|股[东東][（(](?:编号|編號)|社员编号|社員編號|会员号|會員號|会员编号|會員編號|会员卡号|會員卡號|居住证号码|居住證號碼|居住证号|居住證號|居住证|居住證|学位申请编号|學位申請編號|账号|賬號|帳號|员编|員編|员工编号|員工編號|厂牌号|廠牌號|工牌号|工牌號|(?:报关员|報關員|船员|船員|从业|從業|资格|資格|职业|職業|导游|導遊|技师|技師|医师|醫師|护士|護士|驾驶员|駕駛員|厨师|廚師|电工|電工|焊工)(?:证书|證書)(?:编号|編號))(?:是|为|為)?[:：\s\u3000]{0,2}([A-Za-z0-9]{1,20}(?:[-－_][A-Za-z0-9]{1,12}){0,3})(?![A-Za-z0-9０-９])/g;
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
function scanSplitMobiles(text: string, out: PiiSpan[]) {
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

function scanHolderNumbers(text: string, out: PiiSpan[]) {
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

/** A full name between `s` and `e`: a surname, then one or two characters that may be given names. */
function bareFullName(text: string, s: number, e: number): boolean {
  const sl = surnameLength(text, s);
  if (!sl || e - s - sl < 1 || e - s - sl > 2 || NOT_NAME_WORD.has(text.slice(s, s + 2))) return false;
  // (Inside brackets a middle character may be one that ends words elsewhere: 謝家俊, 葛有福.)
  for (let k = s + sl; k < e; k++) if (!isHan(text.charCodeAt(k)) || ALIAS_STOP.has(text[k]) || (k === e - 1 && NOT_GIVEN.has(text[k]) && !GIVEN_SET.has(text[k]))) return false;
  return true;
}
const ALIAS_STOP = new CharSet([...'的是了在和我你他她们們这這那个個些上里裡中说說叫姓名']);
/** Words of a nickname's shape that are roles or family words, not a person's nickname. */
const ALIAS_NOT = new Set('撒拉族 撒拉語 撒拉语 小姨子 小舅子 小叔子 小孙子 小孫子 老头子 老頭子 老婆子 老爷子 老爺子 小伙子 小夥子 老师 老師 老板 老闆 老乡 老鄉 老人 老家 老公 老婆 老伴 老头 老頭 老太 老总 老總 小姐 小孩 小区 小區 小组 小組 阿姨 阿婆 阿公 阿伯 阿爸 阿妈 阿媽 阿哥 阿姐 大哥 大姐 大爷 大爺 大妈 大媽 师傅 師傅 同学 同學 网名 網名 小名 外号 外號 真名 大名 全名'.split(' '));
const ALIAS_TITLE_END = /(?:太|先生|女士|小姐|长|長|书记|書記|主任|经理|經理|老师|老師|师傅|師傅|医生|醫生|干部|幹部|员|員|官|委|局|所|院|校|厂|廠|店|司)$/;
/** Forms of address by surname: the nickname's surname must be the name's (姜大嫂（姜玉蓮）). */
const ALIAS_KIN_END = /(?:大爷|大爺|大妈|大媽|大姐|大嫂|大哥|大叔|大婶|大嬸|阿姨|阿婆|婶|嬸|伯|叔|姐|哥|头|頭)$/;
/** Before a nickname: a clean start (a boundary, 是/叫, the writer's standing or trade). */
const ALIAS_CLEAN_BEFORE = new CharSet([...'，,。；;：:、！!？?（(“"「\n \u3000是叫的和跟与與及人员員手工友儿兒']);

function sharesChar(a: string, b: string): boolean {
  for (const ch of a) if (isHan(ch.charCodeAt(0)) && !'老小阿大'.includes(ch) && b.includes(ch)) return true;
  return false;
}
/** Whether `nick` (text[s, e)) reads as a nickname of the person called `full`. */
function aliasOf(text: string, s: number, e: number, full: string, bracketed = false): boolean {
  const nick = text.slice(s, e);
  if (ALIAS_NOT.has(nick) || nick === full) return false;
  for (const ch of nick) if (ALIAS_STOP.has(ch) || !isHan(ch.charCodeAt(0))) return false;
  if (ALIAS_KIN_END.test(nick) && nick[0] === full[0] && nick.length <= 3) return true;
  if (ALIAS_TITLE_END.test(nick)) return false;
  const clean = s === 0 || ALIAS_CLEAN_BEFORE.has(text[s - 1]);
  const prefixed = (nick[0] === '老' || nick[0] === '小' || nick[0] === '阿') && nick.length <= 3;
  if (prefixed && (nick.length === 2 || sharesChar(nick, full) || /[头頭子]$/.test(nick))) return true;
  if (ALIAS_ROLE_END.test(nick)) return false;
  if (sharesChar(nick, full) && (nick.length === 2 || (clean && nick.length <= 3))) return true;
  // "和竹竿（侯俊杰）": any two-character word set off before a full name in brackets is what the person is called.
  return bracketed && clean && nick.length === 2 && !PLACE_END.has(nick[1]);
}
/** Words for a standing, a relation or a kinship before a name in brackets (户主（张三）, 我妈（王芳）): not a nickname. */
const ALIAS_ROLE_END = /[人主户戶属屬者民工手生友表师師姐哥弟妹爸妈媽父母子女儿兒婆公爷爺奶叔伯舅姨姑嫂婶嬸孙孫侄甥]$/;

/**
 * "大熊（熊伟）", "Kelvin（林凯文）", "老葛头（葛有福）", "畢大姐（畢秀雲）": a nickname, an English name or a
 * form of address explained by the real name in brackets; "褚建平（老褚）" the other way round; "小毛，毛小兵，"
 * opening the text. Both are the person's. A nickname must read as one (老/小/阿 and a character, a surname
 * and a kinship address, or sharing a character of the name), never a title: 局长（王建军） stays.
 */
function scanAliasPairs(text: string, out: PiiSpan[]) {
  let q1 = sawTriggers & T_PAREN ? text.indexOf('（') : -1;
  let q2 = sawTriggers & T_PAREN ? text.indexOf('(') : -1;
  for (let p = q1 < 0 ? q2 : q2 < 0 ? q1 : Math.min(q1, q2); p > 0; ) {
    let c = p + 1;
    while (c < text.length && c - p <= 5 && text[c] !== '）' && text[c] !== ')') c++;
    if ((text[c] === '）' || text[c] === ')') && c - p >= 3) {
      const full = text.slice(p + 1, c);
      if (bareFullName(text, p + 1, c)) {
        // Latin: "Tommy（唐明）".
        let l = p;
        while (l > 0 && p - l < 12 && /[A-Za-z]/.test(text[l - 1])) l--;
        if (p - l >= 2 && /[A-Z]/.test(text[l]) && !(l > 0 && /[0-9_@.]/.test(text[l - 1]))) {
          out.push({ kind: 'name', start: l, end: p });
          pushName(out, p + 1, c);
        } else {
          for (const len of [3, 2]) {
            const s = p - len;
            if (s >= 0 && aliasOf(text, s, p, full, true) && !OFFICIAL_RIGHT_BEFORE.test(text.slice(Math.max(0, s - 6), s))) {
              pushName(out, s, p);
              out.push({ kind: 'name', start: p + 1, end: c });
              break;
            }
          }
        }
      } else if (c - p - 1 <= 3 && p >= 2) {
        // "褚建平（老褚）": the name first, its nickname in brackets.
        for (const len of [3, 2, 4]) {
          const s = p - len;
          if (s < 0 || !(s === 0 || ALIAS_CLEAN_BEFORE.has(text[s - 1]))) continue;
          const name = text.slice(s, p);
          if (nameEnd(text, s) === p && likelyName(text, s, p) && aliasOf(text, p + 1, c, name) && (full[0] === '老' || full[0] === '小' || full[0] === '阿')) {
            pushName(out, s, p);
            out.push({ kind: 'name', start: p + 1, end: c });
            break;
          }
        }
      }
    }
    // (Round 16: each kind of bracket looked for again only once passed, so a text with many of one and none of the
    // other stays linear.)
    if (q1 >= 0 && q1 <= p) q1 = text.indexOf('（', p + 1);
    if (q2 >= 0 && q2 <= p) q2 = text.indexOf('(', p + 1);
    p = q1 < 0 ? q2 : q2 < 0 ? q1 : Math.min(q1, q2);
  }
  // "小毛，毛小兵，在大学城…", "我是阿坤，吴坤，": the nickname, then the real name, opening the text (or
  // after the writer's 我是 in its first clauses).
  for (let s = 0, next = 0; s >= 0 && s < 24; s = next) {
    next = -1;
    for (let k = s === 0 ? 0 : s + 1; k < 24 && k < text.length - 1; k++) {
      const c = text.charCodeAt(k);
      const d = text.charCodeAt(k + 1);
      // 我是, 我係, 我叫, 本人
      if (((c === 0x6211 && (d === 0x662f || d === 0x4fc2 || d === 0x53eb)) || (c === 0x672c && d === 0x4eba)) && (k === 0 || NAME_BOUNDARY_BEFORE.has(text[k - 1]))) {
        next = k + 2;
        break;
      }
    }
    // (The nickname has two or three characters: a comma after them, or no reading here.)
    const c2 = text.charCodeAt(s + 2);
    const c3 = text.charCodeAt(s + 3);
    if (c2 !== 0xff0c && c2 !== 0x2c && c3 !== 0xff0c && c3 !== 0x2c) continue;
    const m = ALIAS_OPENER.exec(text.slice(s, s + 12));
    if (!m) continue;
    const nEnd = s + m[1].length;
    const fEnd = nEnd + 1 + m[2].length;
    if (bareFullName(text, nEnd + 1, fEnd) && aliasOf(text, s, nEnd, m[2])) {
      pushName(out, s, nEnd);
      out.push({ kind: 'name', start: nEnd + 1, end: fEnd });
    }
  }
}
const ALIAS_OPENER = /^([\u3400-\u9fff]{2,3})[，,]([\u3400-\u9fff]{2,3}?)(?=[，,。；;\s（(]|$)/;

/** What the writer says a word is: someone's online name, nickname or pet name (蒲公英是我的网名, 豆芽是我女儿的小名). */
const NICK_CUE = /网名|網名|昵称|暱稱|小名|乳名|外号|外號|绰号|綽號|微信名|名字|本名|真名|花名|起的名|取的名/g;
const NICK_IS = /是(?:[^，,。；;！!？?\n狗猫貓犬鸟鳥鱼魚店厂廠村路街船车車]{0,6}?(?:的|我|QQ|qq))?(?:网名|網名|昵称|暱稱|小名|乳名|外号|外號|绰号|綽號|微信名|名字|本名|真名|花名|起的名|取的名)/y;
/** "白露是我闺女，", "万家乐是我，": a word said to be the writer or the writer's child. */
/** (Round 16) Roles that end in 主/人/者 (户主, 群主, 负责人): "户主是我" names the role's holder, not a nickname. */
const ROLE_IS_ME = /[主人者]$/;
const KIN_IS = /是我(?:的?(?:闺女|閨女|女儿|女兒|儿子|兒子|孙子|孫子|孙女|孫女|室友|弟弟|哥哥|姐姐|妹妹|弟|哥|姐|妹|老公|老婆|爱人|愛人|丈夫|妻子|表哥|表姐|表弟|表妹|侄子|侄女|外甥|舅舅|舅公))?(?=[，,。；;！!\s]|$)/y;
/** "侯三是…，真名侯德旺": the real name given later, for a word opening the text. */
const REAL_NAME_LATER = /(?:真名|大名|全名|本名|原名|学名|學名|其实叫|其實叫|[，,]叫)[：:是]?/g;
/** Words that open such a sentence but are no one's name. */
const NICK_SUBJECT_NOT = new Set('孩子 小孩 老人 家人 对方 對方 此人 这人 這人 那人 病人 患者 学生 學生 网友 網友 朋友 室友 同学 同學 邻居 鄰居 问题 問題 原因 结果 結果 事情 名字 身份证 身份證 手机 手機 电话 電話'.split(' '));
const NICK_SUBJECT_STOP = new CharSet([...'的是了在和我你他她们們这這那个個些上里裡中说說叫姓名有没沒不也都就还還']);
/** The word from the clause's start to `to` (2–4 Han characters, or a Latin online name), or -1. */
function clauseSubjectStart(text: string, to: number): number {
  let s = to;
  while (s > 0 && to - s < 16 && !NAME_BOUNDARY_BEFORE.has(text[s - 1]) && text[s - 1] !== '—') s--;
  if (s > 0 && !NAME_BOUNDARY_BEFORE.has(text[s - 1]) && text[s - 1] !== '—') return -1;
  const word = text.slice(s, to);
  if (/^[A-Za-z][A-Za-z0-9_.-]{1,15}$/.test(word)) return s;
  if (word.length < 2 || word.length > 4 || NICK_SUBJECT_NOT.has(word) || ALIAS_NOT.has(word) || ALIAS_TITLE_END.test(word)) return -1;
  for (const ch of word) if (!isHan(ch.charCodeAt(0)) || NICK_SUBJECT_STOP.has(ch)) return -1;
  return s;
}
function scanSaidNicknames(text: string, out: PiiSpan[]) {
  NICK_CUE.lastIndex = 0;
  for (let m = NICK_CUE.exec(text); m; m = NICK_CUE.exec(text)) {
    for (let k = m.index - 1; k >= 0 && m.index - k <= 8; k--) {
      if (text[k] !== '是') continue;
      NICK_IS.lastIndex = k;
      if (NICK_IS.test(text) && NICK_IS.lastIndex === m.index + m[0].length) {
        const s = clauseSubjectStart(text, k);
        if (s >= 0) pushName(out, s, k);
      }
      break;
    }
  }
  for (let k = text.indexOf('是我'); k > 0; k = text.indexOf('是我', k + 2)) {
    KIN_IS.lastIndex = k;
    if (!KIN_IS.test(text)) continue;
    const s = clauseSubjectStart(text, k);
    // (Round 16) "户主是我，", "群主是我": a role the writer holds (…主, …人), not a name.
    if (s >= 0 && k - s <= 3 && isHan(text.charCodeAt(s)) && !ROLE_IS_ME.test(text.slice(s, k))) pushName(out, s, k);
    // "楼下孟宪武是我弟": a full name right before it, wherever the clause starts.
    else if (k >= 3 && text[k + 2] !== '，' && text[k + 2] !== ',' && nameEnd(text, k - 3) === k && likelyName(text, k - 3, k)) pushName(out, k - 3, k);
  }
}
/**
 * "老巩是我们宿舍的舍长，真名巩俊峰", "老馬在批發市場修電動車，…大名馬德山": the text opens with a word said to be
 * someone (X是…) or with a nickname (老/小/阿 and a character), and the real name follows within the next
 * sentences; a nickname without 是 must share a character with it.
 */
function scanOpeningNickname(text: string, out: PiiSpan[]) {
  let k = text[2] === '是' ? 2 : text[3] === '是' ? 3 : -1;
  const said = k > 0 && clauseSubjectStart(text, k) === 0;
  if (!said) {
    if (text[0] !== '老' && text[0] !== '小' && text[0] !== '阿') return;
    k = text[2] === '头' || text[2] === '頭' || text[2] === '子' ? 3 : 2;
    const nick = text.slice(0, k);
    if (!isHan(text.charCodeAt(1)) || ALIAS_NOT.has(nick) || NICKNAME_NOT.has(nick) || ALIAS_STOP.has(text[1]) || ALIAS_TITLE_END.test(nick)) return;
  }
  REAL_NAME_LATER.lastIndex = k;
  for (let m = REAL_NAME_LATER.exec(text); m && m.index - k <= 48; m = REAL_NAME_LATER.exec(text)) {
    const q = m.index + m[0].length;
    const e = nameEnd(text, q, true);
    if (e - q >= 2 && e - q <= 3 && likelyName(text, q, e) && (said || sharesChar(text.slice(0, k), text.slice(q, e)))) {
      pushName(out, 0, k);
      break;
    }
  }
}
function scanNickThenReal(text: string, out: PiiSpan[]) {
  for (let m = execAnchored(NICK_THEN_REAL, text, 0); m; m = execAnchored(NICK_THEN_REAL, text, NICK_THEN_REAL.re.lastIndex)) {
    const q = m.index + m[0].length;
    const e = nameEnd(text, q, true);
    if (e - q < 2 || e - q > 3 || !likelyName(text, q, e)) continue;
    const full = text.slice(q, e);
    for (const len of [3, 2]) {
      const s = m.index - len;
      // (Three characters only for 老/小/阿 and two: 包工头刘二 is 刘二.)
      if (s >= 0 && (len === 2 || '老小阿'.includes(text[s])) && aliasOf(text, s, m.index, full) && sharesChar(text.slice(s, m.index), full)) {
        pushName(out, s, m.index);
        pushName(out, q, e);
        break;
      }
    }
  }
}

/** After a signature's name: the writer's standing, after a comma or in brackets, ending the text (——钟晓燕，小学老师; ——柳青（学生家长）). */
const SIGNED_STANDING_AFTER = /^(?:[，,\s]+[^。！？!?\n，,（(]{0,14}|[（(][^（()）\n]{0,24}[）)])[\s。.!！]*$/;
const STANDING_WORD = /居民|村民|市民|业主|業主|住户|住戶|家长|家長|教师|教師|老师|老師|职工|職工|工人|退休|学生|學生|家属|家屬|护工|護工|患者|之子|之女|[儿兒]子|女[儿兒]|孙女|孫女|孙子|孫子|外孙|外孫/;
/** "——黎诗涵妈妈": a child's name signed with the parent's standing. */
const PARENT_AFTER = /^(?:妈妈|媽媽|爸爸|的家长|的家長|家长|家長|奶奶|爷爷|爺爺|外婆|外公)[\s。.!！]*$/;
/** A private standing before a signed name (——買方羅家明, 。保育员焦丽). */
const SIGN_ROLE_BEFORE = /^(?:买方|買方|卖方|賣方|家长|家長|住户|住戶|居民|村民|市民|业主|業主|护工|護工|保育员|保育員|保洁员|保潔員|驾驶员|駕駛員|修理工|职工|職工|网格员|網格員|退休职工|退休職工)/;
const SIGN_ROLE_FIRST = codes('买買卖賣家住居村市业業护護保驾駕修职職网網退');
/**
 * (Round 15) "——吴秀兰（桐子坳村）", "。周玉蘭（在新竹）": the writer's village or where they are now, in brackets after a
 * signed name ending the text (在/住 first, or a village, group, town or compound word last).
 */
const SIGNED_PLACE_AFTER = /^[（(](?:(?:在|住在|住|现居|現居|现住|現住)[^（()）\n]{1,12}|[^（()）\n]{1,12}(?:村|屯|组|組|镇|鎮|乡|鄉|社区|社區|小区|小區))[）)][\s。.!！]*$/;
function signedStanding(rest: string): boolean {
  return (SIGNED_STANDING_AFTER.test(rest) && STANDING_WORD.test(rest)) || PARENT_AFTER.test(rest) || SIGNED_PLACE_AFTER.test(rest);
}
/**
 * The text's last sentence a name and what the writer is or where they live: "。龚秀英，退休教师",
 * "？宁海波", "。黄启明，凤栖路211号", "。保育员焦丽" — a signature without a dash.
 */
const SIGN_TRAILING = new Uint8Array(65536);
for (const c of ' \t\n\r\u3000。.!！') SIGN_TRAILING[c.charCodeAt(0)] = 1;
const SENTENCE_BREAK = new Uint8Array(65536);
for (const c of '。！？!?\n') SENTENCE_BREAK[c.charCodeAt(0)] = 1;
function trailingSigned(text: string, out: PiiSpan[]) {
  let end = text.length;
  while (end > 0 && SIGN_TRAILING[text.charCodeAt(end - 1)]) end--;
  let ss = end;
  while (ss > 0 && end - ss < 48 && !SENTENCE_BREAK[text.charCodeAt(ss - 1)]) ss--;
  if (ss === 0 || end - ss >= 48) return;
  let q = ss;
  const role = SIGN_ROLE_FIRST.has(text.charCodeAt(q)) ? SIGN_ROLE_BEFORE.exec(text.slice(q, q + 6)) : null;
  if (role) q += role[0].length;
  if (!(PEOPLE[text.charCodeAt(q)] & P_SURNAME)) return;
  const e = nameEnd(text, q);
  if (e < 0 || e - q < 2 || e - q > 3 || !likelyName(text, q, e)) return;
  const rest = text.slice(e);
  const body = text.slice(e, end);
  if ((role && !body) || signedStanding(rest) || (/^[，,\s][^。！？!?\n]{0,30}$/.test(body) && /[0-9０-９]/.test(body))) pushName(out, q, e);
}


/**
 * (Round 13) Names the writer gives in other ways:
 *   - a married woman by her husband's surname, her own and 氏 (尹王氏, 謝林氏), as care homes list old residents;
 *   - a Hong Kong double surname and a given name after a relative (阿媽陳李玉珍, 家母羅何鳳嬌);
 *   - an English name the writer goes by (我係Amy，, 我是阿Joy，, "Steven，我在澳洲…") and 個名係 (Cantonese "my name is");
 *   - the writer's full name right after 我 and a comma (我刁德才，…), the characters of rural names too (才, 花);
 *   - a name said over again in anger (吳曉麗 吳曉麗 吳曉麗！);
 *   - a nickname after 外号 (外号黄鳝); a child's pet name before 他妈/她爸 (小宝他妈…), not 小刘 or 他妈的;
 *   - a Hong Kong number of 4+4 digits right after the writer's name (我翁嘉欣，9138 2274。).
 * Not: 王氏家族 or 张氏 alone (a clan), 我係IT人 (letters that are no name), 外号叫… (read elsewhere).
 */
/** (Round 19) An age said right after a name: 八十七了, 八十七岁, 87岁. */
const AGE_AFTER_NAME = /^(?:[一二三四五六七八九十]{1,3}(?:岁|歲|了|多)|[0-9０-９]{1,3}(?:岁|歲))/;
const MARRIED_NAME_AFTER = /^(?:[，,。；;！!？?、\s（(）)]|$|住|在|今年|老人|已|的|家|说|說|是|喺|入住|一直|去年|年)/;
const HK_KIN_BEFORE = /(?:阿媽|阿妈|阿爸|家母|家父|我媽|我妈|母親|母亲|父親|父亲|媽媽|妈妈|婆婆|奶奶|嫲嫲|外婆|姑媽|姑妈|太太|老婆|阿嫲|阿婆)$/;
const CHILD_THEN_PARENT = /^(?:妈|媽|爸|爹|娘|奶|爷|爺)/;
const HK_KIN_LAST = new Uint8Array(65536);
for (const c of '媽妈母父親亲婆奶嫲太') HK_KIN_LAST[c.charCodeAt(0)] = 1;
const LATIN_SELF = /(?:我是|我係|我叫|叫我|本人)(阿?[A-Z][a-z]{1,11})(?=[，,。；;！!？?\s（(]|$)/g;
const LATIN_OPENING = /^([A-Z][a-z]{2,11})[，,](?=我)/;
const CANTONESE_NAME_INTRO = /(?:個名係|个名系|我個名係|名叫做)/g;
const APPOSITION_NOT = new CharSet([...'妻夫伴爸妈媽爹娘哥姐弟妹爷爺奶婆公叔伯舅姨姑孙孫侄们們儿兒的是了在和说說']);
const NAME_END_ALSO = new CharSet([...'花才进進收财財']);
function scanOtherNames(text: string, out: PiiSpan[], hasLetter: boolean) {
  // 尹王氏
  for (let k = sawTriggers & T_XING ? text.indexOf('氏') : -1; k >= 2; k = text.indexOf('氏', k + 1)) {
    if (!SURNAME_SET.has(text[k - 1]) || !SURNAME_SET.has(text[k - 2]) || (k >= 3 && SURNAME_SET.has(text[k - 3]) && !NAME_BOUNDARY_BEFORE.has(text[k - 3]) && !KIN_END_BEFORE_NAME.has(text.charCodeAt(k - 3)) && !/[母父婆奶嫲]/.test(text[k - 3]))) continue;
    if (!MARRIED_NAME_AFTER.test(text.slice(k + 1, k + 3))) continue;
    if (text[k + 1] === '家' && text[k + 2] === '族') continue;
    pushName(out, k - 2, k + 1);
  }
  // 阿媽陳李玉珍
  for (let k = sawTriggers & T_KIN ? 2 : text.length; k + 4 <= text.length; k++) {
    if (!HK_KIN_LAST[text.charCodeAt(k - 1)] || !(PEOPLE[text.charCodeAt(k)] & P_SURNAME) || !(PEOPLE[text.charCodeAt(k + 1)] & P_SURNAME) || !HK_KIN_BEFORE.test(text.slice(Math.max(0, k - 3), k))) continue;
    const g1 = text[k + 2];
    const g2 = text[k + 3];
    if (!GIVEN_SET.has(g1) || !GIVEN_SET.has(g2 ?? '') || NOT_GIVEN.has(g1) || NOT_GIVEN.has(g2)) continue;
    // (Round 19: also what she does or has done for her right after it, 母親關陳秀芳補繳養老保險.)
    if (!MARRIED_NAME_AFTER.test(text.slice(k + 4, k + 6)) && !actionAfter(text, k + 4)) continue;
    pushName(out, k, k + 4);
  }
  if (hasLetter) {
    LATIN_SELF.lastIndex = 0;
    for (let m = LATIN_SELF.exec(text); m; m = LATIN_SELF.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
    const o = LATIN_OPENING.exec(text);
    if (o) out.push({ kind: 'name', start: 0, end: o[1].length });
  }
  if (sawTriggers & T_MING && (has(text, '名係') || has(text, '名系') || has(text, '名叫做'))) {
    CANTONESE_NAME_INTRO.lastIndex = 0;
    for (let m = CANTONESE_NAME_INTRO.exec(text); m; m = CANTONESE_NAME_INTRO.exec(text)) {
      const q = m.index + m[0].length;
      const e = nameEnd(text, q, true);
      if (e > q && likelyName(text, q, e)) pushName(out, q, e);
    }
  }
  // 我刁德才，
  for (let p = sawTriggers & T_WO ? text.indexOf('我') : -1; p >= 0 && p < text.length - 4; p = text.indexOf('我', p + 1)) {
    if (p > 0 && !NAME_BOUNDARY_BEFORE.has(text[p - 1])) continue;
    const q = p + 1;
    const sl = surnameLength(text, q);
    if (sl !== 1 || KIN_NOT_SURNAME.has(text.charCodeAt(q)) || NOT_NAME_WORD.has(text.slice(q, q + 2))) continue;
    const e = q + 3;
    if (text[e] !== '，' && text[e] !== ',') continue;
    let ok = true;
    // (Round 19: 年 after 大/丰/有 …, 我许大年，, is a given name's end.)
    for (let k = q + 1; k < e; k++) if (!isHan(text.charCodeAt(k)) || APPOSITION_NOT.has(text[k]) || (NOT_GIVEN.has(text[k]) && !NAME_END_ALSO.has(text[k]) && !bigYearName(text, k)) || NUMERALS.has(text[k])) ok = false;
    if (ok && !introAt(text, p) && likelyName(text, q, e)) pushName(out, q, e);
  }
  // 吳曉麗 吳曉麗 吳曉麗！
  const sl = surnameLength(text, 0);
  if (sl === 1 && isHan(text.charCodeAt(2)) && (text[3] === ' ' || text[3] === '\u3000' || text[3] === '，' || text[3] === ',') && text.startsWith(text.slice(0, 3), 4)) {
    if (likelyName(text, 0, 3)) pushName(out, 0, 3);
  }
  // "小宝他妈严丽丽说": a child's pet name (小/阿 and a character, or a doubled one) before 他妈/她爸, opening a clause.
  if (sawTriggers & T_PRONOUN) {
    for (let k = text.indexOf('他'), j = text.indexOf('她'); k >= 0 || j >= 0; ) {
      const p = k < 0 ? j : j < 0 ? k : Math.min(k, j);
      // (Not 他妈的, a curse; not 小刘, a surname's polite form that names nobody.)
      if (p >= 2 && CHILD_THEN_PARENT.test(text.slice(p + 1, p + 3)) && text[p + 2] !== '的' && (p === 2 || NAME_BOUNDARY_BEFORE.has(text[p - 3])) && !SURNAME_SET.has(text[p - 1])) {
        const a = text[p - 2];
        const b = text[p - 1];
        if (isHan(b.charCodeAt(0)) && !ALIAS_STOP.has(b) && !ALIAS_NOT.has(a + b) && (((a === '小' || a === '阿') && !'孩伙夥朋'.includes(b)) || (a === b && !DOUBLED_ADVERB.has(a.charCodeAt(0))))) pushName(out, p - 2, p);
      }
      if (p === k) k = text.indexOf('他', k + 1);
      else j = text.indexOf('她', j + 1);
    }
  }
  // 外号黄鳝
  if (sawTriggers & T_HAO) for (const w of ['外号', '外號', '绰号', '綽號']) {
    for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 2)) {
      const q = k + 2;
      let e = q;
      while (e < text.length && e - q < 3 && isHan(text.charCodeAt(e)) && !ALIAS_STOP.has(text[e])) e++;
      if (e - q >= 2 && (e === text.length || CLAUSE_END.has(text[e]) || text[e] === '）' || text[e] === ')')) pushName(out, q, e);
    }
  }
}
/** "我翁嘉欣，9138 2274。": a Hong Kong number (4 + 4 digits, 5/6/9 first) right after a name found. */
const HK_NUMBER_AFTER_NAME = /^[，,\s\u3000]{1,2}([569][0-9]{3}[\s\u3000][0-9]{4})(?![0-9０-９])(?!\s?[元万萬块塊%％人户戶])/;
function hkNumbersAfterNames(text: string, spans: PiiSpan[]) {
  const n = spans.length;
  for (let k = 0; k < n; k++) {
    const sp = spans[k];
    if (sp.kind !== 'name') continue;
    const m = HK_NUMBER_AFTER_NAME.exec(text.slice(sp.end, sp.end + 14));
    if (m) spans.push({ kind: 'mobile', start: sp.end + m[0].length - m[1].length, end: sp.end + m[0].length });
  }
}

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
function scanPermits(text: string, out: PiiSpan[]) {
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
const TAIWAN_ID = /(?<![A-Za-z0-9])[A-Z][1289A-D][0-9]{8}(?![A-Za-z0-9])/g; // A=10 … Z=33, I=34, O=35
const TAIWAN_ID_CUE = /身份|字號|字号|ID|證號|证号|統一證|统一证/;
/** The same card written without brackets (K5197066), only after 香港身份證 / HKID and with its check right. */
const HK_ID_BARE = /(?:香港身份證|香港身份证|HKID|HK ID)(?:号码|號碼|号|號|No\.?)?[\s:：是係为為]{0,3}([A-Z]{1,2})([0-9]{6})([0-9A])(?![A-Za-z0-9])/g;
function scanResidentCards(text: string, out: PiiSpan[]) {
  if (sawTriggers & T_PAREN) {
    HK_ID.lastIndex = 0;
    for (let m = HK_ID.exec(text); m; m = HK_ID.exec(text)) if (validHkId(m[1], m[2], m[3])) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '香港身份') || has(text, 'HK')) {
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
const RECORD_CUE = /[卡历歷案院编編证證单單可][号號]|[侨僑][证證]/;
/** (Stop 31) A person's certificate number in the registers' own form after its word (beside scanRound23's
 * CERTIFICATE_NUMBER, which reads the older forms after a land or property certificate's own name): a place's or register's characters,
 * the year in brackets, 字 and 第…号 (宅基地證號積集用（2008）第0317號, 股权证号蚝股字第0318号, 执业证书编号豫乡医字2011第0317号,
 * 宅基地证号HL宅字第0316号). An office's document number (X政发〔2021〕3号) has no certificate's word before it.
 * (Stop 32) Also after a certificate's 证明书编号 / 证明编号 (职业病诊断证明书编号赣职诊（2025）第0113号, 回国证明编号侨归字第1962-0317号),
 * and a year and a serial joined by a dash after 字 (退伍证号赣退字79-0418号, 退休证号赣教退字第2011-0318号). */
const CERTIFICATE_FORM = /(?:归侨证|歸僑證|侨眷证|僑眷證|证号|證號|证书编号|證書編號|证明书编号|證明書編號|证明编号|證明編號|证编号|證編號|证书号|證書號)(?:码|碼)?(?:是|为|為|係|系)?[:：\s]{0,2}((?![是为為係系第号號])(?:[A-Za-z]{1,4}|[\u3400-\u9fff]{1,5}){1,2}(?:[（(][0-9]{4}[）)]|[0-9]{4})?[\u3400-\u9fff]{0,2}(?:第[0-9]{3,8}(?:[-－][0-9]{3,6})?[号號]|(?<=字)第?[0-9]{2,4}[-－][0-9]{3,6}[号號]?))/g;
/** (Review) A business's or a project's permit before the word (施工许可证号, 卫生许可证号, 营业执照): no person's. */
// (Stop 32: also with 的 between, 这家企业的证书编号…, and an office's own certificate, 县政府证明编号….)
const BUSINESS_PERMIT_BEFORE = /(?:许可|許可|执照|執照|施工|卫生|衛生|经营|經營|资质|資質|备案|備案|生产|生產|排污|采矿|採礦|取水|规划|規劃|工程|项目|項目|企业|企業|公司|政府|机关|機關|单位|單位)的?$/;
function scanRecordNumbers(text: string, out: PiiSpan[]) {
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
function scanLodgingRooms(text: string, out: PiiSpan[]) {
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
function scanCapitalizedNames(text: string, out: PiiSpan[]) {
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
function scanLatinGivenHanSurnames(text: string, out: PiiSpan[]) {
  LATIN_GIVEN_HAN_SURNAME.lastIndex = 0;
  for (let m = LATIN_GIVEN_HAN_SURNAME.exec(text); m; m = LATIN_GIVEN_HAN_SURNAME.exec(text)) {
    if (!SURNAME_SET.has(m[2]) || LATIN_RUN_NOT.has(m[1]) || LATIN_TITLE.has(m[1])) continue;
    out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
}
// (Review: only where a name is set off, in brackets or after a slash, or said with 입니다/씨/님: 한국어, 서울시, 조선족 are words.)
const HANGUL_NAME = /(?:(?<=[（(]\s?)|(?<=[/／]\s?))[김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉태피계][\uac00-\ud7a3]{2}(?=\s?[）)]|[\s：:，,]|$)|(?<![\uac00-\ud7a3])[김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉태피계][\uac00-\ud7a3]{2}(?=입니다|이에요|예요|씨|님)/g;
function scanHangulNames(text: string, out: PiiSpan[]) {
  HANGUL_NAME.lastIndex = 0;
  for (let m = HANGUL_NAME.exec(text); m; m = HANGUL_NAME.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + 3 });
}
/** (Stop 29) Russian plates and homes: a plate's letter, three digits, two letters and its region (М 742 ТР 25, А 318 КМ
 * 125, in the Cyrillic letters plates use), and a street, house and flat (ул. Светланская, д. 45, кв. 12). */
const RUSSIAN_PLATE = /(?<![\p{Script=Cyrillic}\p{Script=Latin}\p{N}])[АВЕКМНОРСТУХ] ?[0-9]{3} ?[АВЕКМНОРСТУХ]{2} ?[0-9]{2,3}(?![\p{Script=Cyrillic}\p{Script=Latin}\p{N}])/gu;
const RUSSIAN_HOME = /(?<![\p{L}])(?:ул\.|улица|пр\.|просп\.|проспект|пер\.|переулок|б-р|бульвар|ш\.|шоссе)\s?[\p{L}\s.-]{2,30}?,\s?(?:д\.|дом)\s?[0-9]+[\p{L}]?(?:\s?[,/]\s?(?:корп\.|к\.|стр\.)\s?[0-9]+)?,\s?(?:кв\.|квартира)\s?[0-9]+/gu;
function scanRussianDetails(text: string, out: PiiSpan[]) {
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
function scanForeignAccounts(text: string, out: PiiSpan[]) {
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
function scanEmiratesIds(text: string, out: PiiSpan[]) {
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
function scanLatinHomes(text: string, out: PiiSpan[]) {
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
function scanChineseNamesGiven(text: string, out: PiiSpan[]) {
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
function scanTaiwanHomes(text: string, out: PiiSpan[]) {
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
function scanOtherNotations(text: string, out: PiiSpan[], hasLetter: boolean) {
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
function scanLatinBesideNames(text: string, out: PiiSpan[]) {
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
function scanLatinNames(text: string, out: PiiSpan[]) {
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
function scanNicknamesBeforeRealNames(text: string, out: PiiSpan[]) {
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
function scanRound14Names(text: string, out: PiiSpan[], hasLetter: boolean) {
  if (has(text, '名') || (sawTriggers & T_JIAO && sawTriggers & T_PAREN)) scanNicknamesBeforeRealNames(text, out);
  if (sawTriggers & T_SHI && sawTriggers & T_KIN) {
    CHILD_PARENT.lastIndex = 0;
    for (let m = CHILD_PARENT.exec(text); m; m = CHILD_PARENT.exec(text)) {
      const w = m[1];
      if (NICK_SUBJECT_NOT.has(w) || ALIAS_NOT.has(w) || ALIAS_STOP.has(w[0]) || ALIAS_STOP.has(w[1]) || NICK_SUBJECT_STOP.has(w[0]) || NICK_SUBJECT_STOP.has(w[1]) || ALIAS_ROLE_END.test(w)) continue;
      // (A pet name (果果, 朵朵) or a word the text names the child by elsewhere (林一诺 … 一诺妈妈): 我是单亲妈妈 and
      // 我是全职妈妈 say what the writer is.)
      if (w[0] !== w[1] && text.indexOf(w) === m.index + 2 && text.indexOf(w, m.index + 4) < 0) continue;
      pushName(out, m.index + 2, m.index + 4);
    }
  }
  if (sawTriggers & T_AH) {
    if (sawTriggers & T_JIAO || has(text, '自稱') || has(text, '自称')) {
      CALLED_AH.lastIndex = 0;
      for (let m = CALLED_AH.exec(text); m; m = CALLED_AH.exec(text)) {
        if (AH_NOT_SECOND.has(m[1].charCodeAt(1))) continue;
        const s = m.index + m[0].length - 2;
        pushName(out, s, s + 2);
      }
    }
    if (hasLetter) {
      AH_LATIN.lastIndex = 0;
      for (let m = AH_LATIN.exec(text); m; m = AH_LATIN.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
  }
  if (sawTriggers & T_KIN || has(text, '家兄') || has(text, '家姐') || has(text, '家姊') || has(text, '家嫂') || has(text, '先夫') || has(text, '亡夫')) {
    FORMAL_KIN.lastIndex = 0;
    for (let m = FORMAL_KIN.exec(text); m; m = FORMAL_KIN.exec(text)) {
      const q = m.index + m[0].length;
      const e = nameEnd(text, q);
      if (e - q === 3 && likelyName(text, q, e) && !NOT_NAME_WORD.has(text.slice(q, q + 2))) pushName(out, q, e);
    }
  }
  if (has(text, '侨') || has(text, '僑')) {
    OVERSEAS_STANDING.lastIndex = 0;
    for (let m = OVERSEAS_STANDING.exec(text); m; m = OVERSEAS_STANDING.exec(text)) {
      const q = m.index + 2;
      const e = q + 3;
      if (e <= text.length && bareFullName(text, q, e) && (e === text.length || CLAUSE_END.has(text[e]) || text[e] === ' ') && likelyName(text, q, e)) pushName(out, q, e);
    }
  }
  if (hasLetter && (has(text, 'y ') || has(text, 'r '))) {
    ENGLISH_KIN.lastIndex = 0;
    for (let m = ENGLISH_KIN.exec(text); m; m = ENGLISH_KIN.exec(text)) {
      const q = m.index + m[0].length - m[1].length;
      const e = q + m[1].length;
      if (bareFullName(text, q, e) || (m[1].length === 4 && SURNAME_SET.has(m[1][0]) && bareFullName(text, q + 1, e))) pushName(out, q, e);
    }
  }
  // (The tail only: a nickname in the last 40 characters, set off by spaces.)
  if (has(text, ' ') || has(text, '\u3000')) {
    const from = Math.max(0, text.length - 40);
    TAIL_NICK.lastIndex = from;
    for (let m = TAIL_NICK.exec(text); m; m = TAIL_NICK.exec(text)) {
      const w = m[1];
      const s = m.index + m[0].length - w.length;
      if (TAIL_NICK_NOT.has(w) || ALIAS_NOT.has(w) || NICKNAME_NOT.has(w) || ALIAS_TITLE_END.test(w) || DOUBLED_ADVERB.has(w.charCodeAt(0)) || NUMERALS.has(w[0])) continue;
      let stop = false;
      for (const ch of w.slice(1)) if (ALIAS_STOP.has(ch) || NICK_SUBJECT_STOP.has(ch)) stop = true;
      if (stop) continue;
      // (Before it: a standing, a place or a phone number, set off by a space — not the middle of a sentence.)
      const prev = text.charCodeAt(s - 2);
      if (s < 2 || !(isHan(prev) || digit(prev) >= 0 || prev === 0xff1a || prev === 0x3a)) continue;
      // (After it, a number must be a phone: masked already.)
      let k = s + w.length;
      while (k < text.length && (text[k] === ' ' || text[k] === '\u3000')) k++;
      if (k < text.length && digit(text.charCodeAt(k)) >= 0 && !out.some((sp) => sp.start === k && (sp.kind === 'mobile' || sp.kind === 'landline'))) continue;
      pushName(out, s, s + w.length);
    }
  }
}

/**
 * (Round 14) More of the writer's and their family's names:
 *   - the writer after 我是…and a trade they work in, by nickname or full name (我是…出租车司机老谭啊, 我是导游包晓雯，):
 *     a private worker writing as themselves, not an official;
 *   - a relative by surname, 阿 and a character (我阿嬤黃阿桂住…), as southern families name elders;
 *   - a name, then what the village calls the person in brackets: the surname, 家 and an elder's address
 *     (雷秀芝（雷家阿婆）);
 *   - a word set off at the end after 邻居 / 路人 / 网友 (…的邻居 黑皮), as a signature.
 */
const WRITER_TRADE = /[我俺]是[^，,。；;！!？?\n]{0,14}?(?:出租车司机|出租車司機|网约车司机|網約車司機|司机|司機|导游|導遊|渔民|漁民|农民工|農民工|电工|電工|钢筋工|鋼筋工|保育员|保育員|保洁员|保潔員|护工|護工|厨师|廚師|骑手|騎手|快递员|快遞員|外卖员|外賣員|收银员|收銀員|服务员|服務員|店员|店員|供货商|供貨商|供应商|供應商)/g;
const KIN_AH = /(?:阿嬤|阿嫲|阿媽|阿妈|阿爸|阿公|阿婆|阿爺|阿爷|外婆|外公|奶奶|爷爷|爺爺|嫲嫲|我媽|我妈|我爸|老伴|老公|老婆)(?=[\u3400-\u9fff]阿[\u3400-\u9fff](?:住|在|今年|已|的|喺|说|說|[，,。；;！!？?\s]|$))/g;
const ELDER_ALIAS = /^[（(]([\u3400-\u9fff])家(?:阿婆|阿公|阿伯|阿嬤|阿嫲|婆婆|奶奶|爷爷|爺爺|大娘|大爷|大爺|大嫂|阿嫂|二叔|三叔|老太|老汉|老漢)[）)]/;
const TAIL_AFTER_STANDING = /(?:邻居|鄰居|路人|网友|網友|工友|街坊)[\s\u3000]+([\u3400-\u9fff]{2,3})[\s\u3000。.！!]*$/;
function scanMoreRound14Names(text: string, out: PiiSpan[]) {
  if (sawTriggers & T_SHI && sawTriggers & T_WO) {
    WRITER_TRADE.lastIndex = 0;
    for (let m = WRITER_TRADE.exec(text); m; m = WRITER_TRADE.exec(text)) {
      const q = m.index + m[0].length;
      // (Not "我是司机老婆", "我是导游公司的": a relation or a firm after the trade.)
      if ((text[q] === '老' || text[q] === '小') && isHan(text.charCodeAt(q + 1)) && SURNAME_SET.has(text[q + 1]) && /^(?:$|[啊呀啦哦，,。！!？?\s])/.test(text.slice(q + 2, q + 3))) {
        pushName(out, q, q + 2);
        continue;
      }
      // (Not a surname and a polite form: 我是司机王师傅 names nobody.)
      if (HONORIFIC.test(text.slice(q + 1, q + 3)) || ALIAS_TITLE_END.test(text.slice(q, q + 3)) || ALIAS_KIN_END.test(text.slice(q, q + 3))) continue;
      if (q + 3 <= text.length && bareFullName(text, q, q + 3) && /^(?:$|[，,。！!？?；;\s（(])/.test(text.slice(q + 3, q + 4)) && likelyName(text, q, q + 3)) pushName(out, q, q + 3);
    }
  }
  if (sawTriggers & T_AH) {
    KIN_AH.lastIndex = 0;
    for (let m = KIN_AH.exec(text); m; m = KIN_AH.exec(text)) {
      const q = m.index + m[0].length;
      if (SURNAME_SET.has(text[q]) && !AH_NOT_SECOND.has(text.charCodeAt(q + 2))) pushName(out, q, q + 3);
    }
  }
  if (sawTriggers & T_PAREN) {
    const n = out.length;
    for (let k = 0; k < n; k++) {
      const sp = out[k];
      if (sp.kind !== 'name' || sp.end - sp.start < 2) continue;
      const a = ELDER_ALIAS.exec(text.slice(sp.end, sp.end + 8));
      if (a && a[1] === text[sp.start]) out.push({ kind: 'name', start: sp.end + 1, end: sp.end + a[0].length - 1 });
    }
  }
  if (has(text, ' ') || has(text, '\u3000')) {
    const off = Math.max(0, text.length - 24);
    const t = TAIL_AFTER_STANDING.exec(text.slice(off));
    if (t) {
      const w = t[1];
      let ok = !TAIL_NICK_NOT.has(w) && !ALIAS_NOT.has(w) && !NICKNAME_NOT.has(w) && !ALIAS_TITLE_END.test(w);
      for (const ch of w) if (ALIAS_STOP.has(ch) || NICK_SUBJECT_STOP.has(ch)) ok = false;
      const start = off + t.index + t[0].lastIndexOf(w);
      if (ok) pushName(out, start, start + w.length);
    }
  }
}

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
function scanDisabilityNumbers(text: string, out: PiiSpan[]) {
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
function scanWelfareNumbers(text: string, out: PiiSpan[], re: RegExp) {
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
const AH_KIN = new CharSet([...'姨婆公爸妈媽伯叔嫂哥姐弟妹爷爺嬤嫲嬷奶爹娘舅']);
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

function scanRound17Names(text: string, out: PiiSpan[]) {
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
/** At `k` 年 ending a given name after 大 or a wish (大年, 丰年, 有年, 永年), as rural names have it. */
function bigYearName(text: string, k: number): boolean {
  return text[k] === '年' && k > 0 && (text[k - 1] === '大' || NIAN_NAME_FIRST.has(text[k - 1]));
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
function scanRound19Names(text: string, out: PiiSpan[]) {
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
function scanRound18Names(text: string, out: PiiSpan[]) {
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

function scanRound15Names(text: string, out: PiiSpan[]) {
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
function scanSpacedNames(text: string, out: PiiSpan[]) {
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
for (let c = 0; c < 65536; c++) if (PEOPLE[c] & (P_EXTRA | P_SURNAME | P_WORD_SURNAME)) SCAN_FIRST[c] |= CONTEXT_BIT;
// (Every SCAN_FIRST and TRIGGER bit is set by now: noteCharacters' class table is made from them.)
for (let c = 0; c < 65536; c++) {
  if (!SCAN_FIRST[c] && !TRIGGER[c]) continue;
  let k = 1;
  while (k < classCount && (CLASS_SCAN_BITS[k] !== SCAN_FIRST[c] || CLASS_TRIGGERS[k] !== TRIGGER[c])) k++;
  if (k === classCount) {
    if (classCount === 256) throw new Error('noteCharacters: more than 255 classes of characters');
    CLASS_SCAN_BITS[k] = SCAN_FIRST[c];
    CLASS_TRIGGERS[k] = TRIGGER[c];
    classCount++;
  }
  CHAR_CLASS[c] = k;
}

// ---------------------------------------------------------------------------------------------
// (Rounds 20 and 21) Read on pii12.jsonl (a river prefecture: land requisition, migrant workers' wages, left-behind
// elders, scams; recall 0.914 unseen) and pii13.jsonl (the north-west: resettlement villages, Hui surnames, truckers;
// 0.674 unseen, 0.713 after round 20); round 21's rules are marked so. Each rule is a form, not a word list of a set's names.

/** Relatives and people one lives or works beside, before 叫 (我二哥叫支国栋，, 我姥姥叫官秀兰，). */
const KIN_CALLED = /(?:我|俺|额|額|咱)(?:的)?(?:[大二三四五六小]?[哥姐弟妹]|哥哥|姐姐|弟弟|妹妹|爷爷|爺爺|奶奶|姥姥|姥爷|姥爺|外公|外婆|爸爸|妈妈|媽媽|爸|妈|媽|父亲|父親|母亲|母親|老公|老婆|丈夫|妻子|媳妇|媳婦|爱人|愛人|儿子|兒子|女儿|女兒|孙子|孫子|孙女|孫女|舅舅|舅妈|舅媽|叔叔|婶婶|嬸嬸|姑姑|姨妈|姨媽|嫂子|公公|婆婆|岳父|岳母|女婿|儿媳|兒媳|侄子|侄女|表[哥姐弟妹]|堂[哥姐弟妹])叫$/;
/** Introductions after which a name is the writer's own or a relative's: 我叫, 名叫, 本人叫 … and a relative's 叫. */
const SELF_CALLED = /(?:我|俺|额|額|本人|名)叫$/;
/** Field labels whose value is a person's name: 姓名：和月娥，, 开户人：贲国庆，, a joint letter's 代表：海明福（…） (not a deputy's, 人大代表：). */
const NAME_FIELD = /(?:(?<!人大|党|黨|政协|政協|职工|職工)代表|姓名|开户人|開戶人|户名|戶名|开户名|開戶名|收款人|持卡人|账户名|賬戶名|帳戶名)(?:是|为|為)?[:：]\s?$/;
/** Field values that are no name (姓名：匿名, 收款人：本人). */
const NO_NAME_VALUE = /^(?:匿名|不详|不詳|保密|本人|同上|见上|見上|无|無|略|暂无|暫無|不便|未知)/;
/** Characters that end the name of a unit, not a person (收款人：县财政局). */
const UNIT_END = new CharSet([...'局厅廳委办辦站院所厂廠店行部处處科队隊会會社校司团團组組馆館中心']);
/** What a nickname by 老, 小 or 阿 cannot continue with (小心, 小区, 老师 …). */
const NICK_SECOND_NOT = new CharSet([...'心点點时時学學区區孩伙朋组組队隊便气氣声聲些量师師板婆公人家乡鄉年龄齡子弟妹姨伯头頭爷爺娘太实實总總兵']);
/** The full name a 叫 introduces: three Han characters at `at` that end at a clause's end (or the text's). */
function calledFullName(text: string, at: number): boolean {
  if (at + 3 > text.length || !(at + 3 === text.length || CLAUSE_END.has(text[at + 3]) || /[\s0-9０-９]/.test(text[at + 3]))) return false;
  for (let k = 0; k < 3; k++) {
    const c = text.charCodeAt(at + k);
    if (!isHan(c) || LOOSE_STOP.has(c) || NUMERALS.has(text[at + k])) return false;
  }
  return !'老小大阿这這那某什啥谁誰'.includes(text[at]) && !PLACE_END.has(text[at + 2]) && !UNIT_END.has(text[at + 2]);
}
/** A nickname by 老, 小 or 阿 and a surname or given-name character at `at` (老钮, 小洪, 阿顺); its end, or −1. */
function prefixNicknameEnd(text: string, at: number): number {
  const p = text[at];
  const x = text[at + 1] ?? '';
  if (!(p === '老' || p === '小' || p === '阿') || !isHan(x.charCodeAt(0)) || NICK_SECOND_NOT.has(x)) return -1;
  if (p === '阿' ? !GIVEN_SET.has(x) && !SURNAME_SET.has(x) : !SURNAME_SET.has(x)) return -1;
  return at + 2;
}
const NAME_BEFORE_NUMBER_START = new CharSet([...'、，,：:；; \u3000\n']);

function scanRounds20And21Names(text: string, out: PiiSpan[]) {
  const added: PiiSpan[] = [];
  if (sawTriggers & T_JIAO) {
    for (let i = text.indexOf('叫'); i >= 0; i = text.indexOf('叫', i + 1)) {
      const before = text.slice(Math.max(0, i - 6), i + 1);
      const at = i + 1;
      // "我叫秦满年，": a full name after 我叫 whose given name the tables do not read whole (满年).
      // "我二哥叫支国栋，": a relative's full name, whatever its surname.
      // (After 我叫 or 名叫 the first character must be a surname: 名叫 also names things, 一个名叫信息网的平台.)
      const selfCalled = SELF_CALLED.test(before) && (SURNAME_SET.has(text[at] ?? '') || AMBIGUOUS_SURNAMES.has(text[at] ?? ''));
      if ((selfCalled || KIN_CALLED.test(before)) && calledFullName(text, at)) added.push({ kind: 'name', start: at, end: at + 3 });
      // "组长叫老藺，", "他自己叫“阿浩”": what a person is called, 老/小/阿 and a surname, where the clause ends.
      const q = OPEN_QUOTE.has(text[at] ?? '') ? at + 1 : at;
      const e = prefixNicknameEnd(text, q);
      // (Unquoted, not 小X: staff go by it, 窗口的小刘, and the conventions leave them.)
      if (e > 0 && (q === at ? text[at] !== '小' && (e === text.length || CLAUSE_END.has(text[e]) || '他她是也'.includes(text[e])) : QUOTE_CLOSE.has(text.charCodeAt(e)))) added.push({ kind: 'name', start: q, end: e });
      // "工友们叫我“小邹子”", "大家叫我明哥，": what people call the writer.
      if (text[at] === '我') {
        const s = at + 1;
        if (OPEN_QUOTE.has(text[s] ?? '')) {
          let c = s + 1;
          while (c < text.length && c - s <= 5 && isHan(text.charCodeAt(c))) c++;
          if (c - s - 1 >= 2 && QUOTE_CLOSE.has(text.charCodeAt(c)) && (prefixNicknameEnd(text, s + 1) > 0 || SURNAME_SET.has(text[s + 1]))) added.push({ kind: 'name', start: s + 1, end: c });
        } else if (isHan(text.charCodeAt(s)) && !'大老二三小表堂'.includes(text[s]) && !LOOSE_STOP.has(text.charCodeAt(s)) && '哥姐'.includes(text[s + 1] ?? '') && (s + 2 === text.length || CLAUSE_END.has(text[s + 2]))) added.push({ kind: 'name', start: s, end: s + 2 });
      }
    }
  }
  // "姓名：和月娥，", "开户人：贲国庆，": a name field's value, two to four Han characters where it visibly ends.
  if (has(text, '：') || has(text, ':')) for (let m = NAME_FIELD_ANY.exec(text); m; m = NAME_FIELD_ANY.exec(text)) {
    const at = m.index + m[0].length;
    if (!NAME_FIELD.test(text.slice(Math.max(0, at - 10), at)) || NO_NAME_VALUE.test(text.slice(at, at + 2))) continue;
    let c = at;
    while (c < text.length && c - at < 5 && isHan(text.charCodeAt(c))) c++;
    const n = c - at;
    if (n < 2 || n > 4 || !(c === text.length || CLAUSE_END.has(text[c]) || /[\s0-9０-９]/.test(text[c]))) continue;
    // (A surname that is also a word, 和 or 时, opens a field's value as any other.)
    if (UNIT_END.has(text[c - 1]) || PLACE_END.has(text[c - 1]) || (LOOSE_STOP.has(text.charCodeAt(at)) && !AMBIGUOUS_SURNAMES.has(text[at])) || NUMERALS.has(text[at])) continue;
    added.push({ kind: 'name', start: at, end: c });
  }
  NAME_FIELD_ANY.lastIndex = 0;
  // "老钮 13697224185、小洪 18271139260": a nickname or a full name right before a phone number, in a list.
  for (const s of out) {
    if (s.kind !== 'mobile' && s.kind !== 'landline') continue;
    let e = s.start;
    if (e > 0 && (text[e - 1] === ' ' || text[e - 1] === ':' || text[e - 1] === '：')) e--;
    for (const len of [2, 3]) {
      const st = e - len;
      if (st < 0 || (st > 0 && !NAME_BEFORE_NUMBER_START.has(text[st - 1]))) continue;
      const nick = len === 2 && prefixNicknameEnd(text, st) === e;
      let full = false;
      // (Not a polite form: 联系人：霍先生 138…, which the conventions leave.)
      if (len === 3 && (SURNAME_SET.has(text[st]) || (AMBIGUOUS_SURNAMES.has(text[st]) && text[st - 1] === '、')) && !(HONORIFIC_FIRST.has(text[st + 1]) && HONORIFIC.test(text.slice(st + 1, st + 3)))) {
        full = true;
        for (let k = st + 1; k < e; k++) if (!(k === st + 1 ? firstGiven(text[k]) : GIVEN_SET.has(text[k])) || NOT_GIVEN.has(text[k])) full = false;
      }
      if (nick || full) added.push({ kind: 'name', start: st, end: e });
    }
  }
  // "工资都被龍老四捲走了": a private person by surname, 老 and their place among siblings.
  for (let i = text.indexOf('老'); i >= 0; i = text.indexOf('老', i + 1)) {
    if (i < 1 || !NUMERALS.has(text[i + 1] ?? '') || !(SURNAME_SET.has(text[i - 1]) && !AMBIGUOUS_SURNAMES.has(text[i - 1]))) continue;
    if (i >= 2 && isHan(text.charCodeAt(i - 2)) && !'被把给給跟和与與叫找让讓是的'.includes(text[i - 2])) continue;
    if (!/^(?:$|[卷捲骗騙跑拿欠借说說把给給带帶叫让讓打还還也又都就，,。、！!？?）)]|他|她)/.test(text.slice(i + 2, i + 3))) continue;
    added.push({ kind: 'name', start: i - 1, end: i + 2 });
  }
  // "联名反映欠薪：禹长河、禹长海、柴玉梅、饶小军、解放军（真名…": a list of three-character items after a colon, most of
  // them read as full names (a surname the table has, then given-name characters), each item a name.
  if (sawTriggers & T_DUN) {
    for (let c = text.indexOf('：'); c >= 0; c = text.indexOf('：', c + 1)) {
      const items: number[] = [];
      let p = c + 1;
      while (p + 3 <= text.length && [0, 1, 2].every((k) => isHan(text.charCodeAt(p + k)) && !LOOSE_STOP.has(text.charCodeAt(p + k))) && (p + 3 === text.length || text[p + 3] === '、' || CLAUSE_END.has(text[p + 3]))) {
        items.push(p);
        if (text[p + 3] !== '、') break;
        p += 4;
      }
      if (items.length < 3) continue;
      const read = items.filter((q) => SURNAME_SET.has(text[q]) && GIVEN_SET.has(text[q + 2]) && !PLACE_END.has(text[q + 2])).length;
      if (read * 3 < items.length * 2 || items.some((q) => PLACE_END.has(text[q + 2]) || UNIT_END.has(text[q + 2]))) continue;
      for (const q of items) added.push({ kind: 'name', start: q, end: q + 3 });
    }
  }
  // "強嫂（強國英）", "老四（龙建国）": a person called by nickname, then their full name in brackets.
  if (sawTriggers & T_PAREN) {
    for (const s of out) {
      if (s.kind !== 'name' || (text[s.end] !== '（' && text[s.end] !== '(')) continue;
      const at = s.end + 1;
      let c = at;
      while (c < text.length && c - at < 5 && isHan(text.charCodeAt(c))) c++;
      if (c - at >= 2 && c - at <= 4 && (text[c] === '）' || text[c] === ')') && SURNAME_SET.has(text[at]) && !PLACE_END.has(text[c - 1]) && !UNIT_END.has(text[c - 1]) && !LOOSE_STOP.has(text.charCodeAt(at + 1))) added.push({ kind: 'name', start: at, end: c });
    }
  }
  // "我老婆單周氏": a married woman by her husband's and her own surname and 氏, after a relative.
  if (has(text, '氏')) {
    KIN_SHI.lastIndex = 0;
    for (let m = KIN_SHI.exec(text); m; m = KIN_SHI.exec(text)) {
      const at = m.index + m[0].length - 3;
      if (SURNAME_SET.has(text[at]) && SURNAME_SET.has(text[at + 1])) added.push({ kind: 'name', start: at, end: at + 3 });
    }
  }
  // (Round 21) "额男人妥建軍在井下", "我姑父拓明山擔保", "社员撒富贵、": after a relative or a fellow villager, a full name whose
  // surname is also a word (the north-west's Hui surnames: 撒, 者, 虎, 线, 海, 拓), its given name read by the tables.
  for (let m = RELATIVE_BEFORE.exec(text); m; m = RELATIVE_BEFORE.exec(text)) {
    const at = m.index + m[0].length;
    const c = text[at] ?? '';
    if (!(AMBIGUOUS_SURNAMES.has(c) || SURNAME_SET.has(c)) || NOT_NAME_WORD.has(text.slice(at, at + 2))) continue;
    if (!firstGiven(text[at + 1] ?? '') || !GIVEN_SET.has(text[at + 2] ?? '') || NOT_GIVEN.has(text[at + 1]) || NOT_GIVEN.has(text[at + 2])) continue;
    const next = text[at + 3] ?? '';
    if (next && isHan(next.charCodeAt(0)) && !'在就是的家也又都还還说說去到给給当當'.includes(next)) continue;
    added.push({ kind: 'name', start: at, end: at + 3 });
  }
  RELATIVE_BEFORE.lastIndex = 0;
  // (Round 21) "移民新村3區2排5號": a resettlement village's home by its area, row and number.
  if (has(text, '排')) {
    SETTLEMENT_HOME.lastIndex = 0;
    for (let m = SETTLEMENT_HOME.exec(text); m; m = SETTLEMENT_HOME.exec(text)) added.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  // "电话 1 3 9 7 2 2 8 4 0 6 7": a mobile typed digit by digit.
  if (has(text, ' ')) {
    SPACED_MOBILE.lastIndex = 0;
    for (let m = SPACED_MOBILE.exec(text); m; m = SPACED_MOBILE.exec(text)) added.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  for (const s of added) out.push(s);
}
// ---------------------------------------------------------------------------------------------
// (Round 22) Read on pii14.jsonl (a Pearl River Delta factory town: migrant workers' joint letters with their 工号,
// urban-village rooms, Cantonese and Hong Kong writers; recall 0.797 unseen). Each rule is a form, not a set's names.

/** A worker's code in a list beside a phone (YF0317, XH-20433, MT2084167): letters, then three digits or more. */
const LIST_CODE = /(?<![A-Za-z0-9\-－])[A-Z]{1,3}[-－]?[0-9]{3,9}(?![A-Za-z0-9])/g;
/** The text speaks of workers' numbers, so a code beside a phone in it is one. */
const WORKER_NUMBER_CUE = /工号|工號|工牌|员工编号|員工編號|厂牌|廠牌/;
/** A child or a relative named right after the word (大孩子农小雨, 小女林怡君, 真名係文美玲, 名字张文彬). */
const CHILD_OR_TRUE_NAME = /(?:大孩子|小孩子|孩子|大的|小的|小伙子|小夥子|后生仔|後生仔|前员工|前員工|小女|小儿|小兒|犬子|真名[係系是叫]|原名[係系是叫]|名字[係系是叫]?|大仔|细仔|細仔|大女|细女|細女)(?=[\u3400-\u9fff]{2,3})/g;
/** Private people one pays or is cheated by, right before their quoted nickname (中介“阿耀”, 放数的“刀仔辉”). */
const PRIVATE_ROLE_QUOTE = /(?:中介|放数的|放數的|放数佬|放數佬|放贷的|放貸的|放高利贷的|放高利貸的|黄牛|黃牛|蛇头|蛇頭|包工头|包工頭|工头|工頭|二房东|二房東|收[\u3400-\u9fff]{1,6}的)[“「]$/;
/** A Cantonese nickname by its build or trade: 肥仔明, 刀仔辉, 靚仔強 (X仔 and a given-name character). */
const ZAI_NICKNAME = /(?<![\u3400-\u9fff])(?:肥|刀|靓|靚|细|細|大)仔([\u3400-\u9fff])/g;
/** "大家叫他肥李", "叫我肥强": 肥 and a surname or given-name character, as people call someone. */
const FAT_CALLED = /(?:叫他|叫佢|叫我|喊他|都叫|人称|人稱)[“「]?(肥[\u3400-\u9fff])(?=[”」]?(?:$|[，,。；;！!？?、\s]|就|啦|咯))/g;
/** "我係涌口村嘅靚姐", "我系榕围村嘅温伯": a Cantonese self-introduction, a place, 嘅, then how the village calls the writer. */
const CANTONESE_SELF = /(?:我係|我系|我喺|我是)[\u3400-\u9fff]{2,8}?(?:村|坊|巷|街|苑|花园|花園)(?:嘅|的)([\u3400-\u9fff])(伯|叔|婆|姐|嫂|哥|公|姨)(?![\u3400-\u9fff])/g;
/** A home in an urban village: a lane and a house number, perhaps a block (坊) before and 之N after (八坊二巷5號之一). */
const LANE_HOME = /(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})坊)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})巷(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})[号號](?:之[一二三四五六七八九十])?/g;
/** A factory's dormitory room (B栋宿舍314房, 宿舍3棟208房): one worker's bed, like a home. */
const DORM_ROOM = /(?:(?:[A-Z]|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[栋棟]宿舍|宿舍(?:[A-Z]|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[栋棟])[0-9０-９]{3,4}(?:房|室|号|號)/g;

/**
 * Where a list item's full name ends at `e` (three or two characters: a surname the table has, not one that is also a word, then
 * given-name characters), set off before it by a list's separator (or an opening bracket, `afterBracket`): its start, or −1.
 */
function listedFullNameBefore(text: string, e: number, afterBracket: boolean): number {
  for (let len = 3; len >= 2; len--) {
    const st = e - len;
    if (st < 0 || (st > 0 && !NAME_BEFORE_NUMBER_START.has(text[st - 1]) && !(afterBracket && (text[st - 1] === '（' || text[st - 1] === '(')))) continue;
    if (!SURNAME_SET.has(text[st]) || AMBIGUOUS_SURNAMES.has(text[st]) || NOT_NAME_WORD.has(text.slice(st, st + 2))) continue;
    let ok = true;
    for (let q = st + 1; q < e; q++) if (!(q === st + 1 ? firstGiven(text[q]) : GIVEN_SET.has(text[q])) || NOT_GIVEN.has(text[q])) ok = false;
    if (ok) return st;
  }
  return -1;
}

function scanRound22(text: string, out: PiiSpan[]) {
  const added: PiiSpan[] = [];
  // "罗桂生 YF0317 13580264791；", "杨秀芝（XH-20433，18319046287）": where the text speaks of workers' numbers, a code right
  // before a phone is the worker's number, and a full name right before the code (or its bracket) is the worker's.
  // (Without the cue, a list where two codes or more each stand before a phone: 签名：马志刚 MT2084167 138…；覃伟 MT2084203 159….)
  if (sawLetter) {
    const codes: [number, number][] = [];
    // (Where phones begin, in a set: a scan of the spans per code was quadratic on a long run of codes.)
    let phones: Set<number> | null = null;
    for (const sp of out) if (sp.kind === 'mobile' || sp.kind === 'landline') (phones ??= new Set<number>()).add(sp.start);
    LIST_CODE.lastIndex = 0;
    if (phones) for (let m = LIST_CODE.exec(text); m; m = LIST_CODE.exec(text)) {
      const end = m.index + m[0].length;
      let k = end;
      if (text[k] === ' ' || text[k] === '，' || text[k] === ',' || text[k] === '、') k++;
      if (phones.has(k)) codes.push([m.index, end]);
    }
    if (codes.length < 2 && !(codes.length && WORKER_NUMBER_CUE.test(text))) codes.length = 0;
    for (const [start, end] of codes) {
      added.push({ kind: 'member_number', start, end });
      let e = start;
      if (text[e - 1] === ' ' || text[e - 1] === '（' || text[e - 1] === '(') e--;
      const st = listedFullNameBefore(text, e, true);
      if (st >= 0) added.push({ kind: 'name', start: st, end: e });
    }
  }
  // "联名：王德兵（工号XH-20416，电话…）": a full name right before a bracket that opens with a worker's number or a phone.
  if (sawTriggers & T_PAREN) {
    for (const sp of out) {
      if (sp.kind !== 'member_number' && sp.kind !== 'mobile') continue;
      let b = sp.start;
      const cue = /(?:工号|工號|电话|電話|手机|手機)[:：]?$/.exec(text.slice(Math.max(0, b - 3), b));
      if (cue) b -= cue[0].length;
      if (text[b - 1] !== '（' && text[b - 1] !== '(') continue;
      const st = listedFullNameBefore(text, b - 1, false);
      if (st >= 0) added.push({ kind: 'name', start: st, end: b - 1 });
    }
  }
  CHILD_OR_TRUE_NAME.lastIndex = 0;
  if (hasAny(text, CHILD_OR_TRUE_NAME_WORDS)) for (let m = CHILD_OR_TRUE_NAME.exec(text); m; m = CHILD_OR_TRUE_NAME.exec(text)) {
    const at = m.index + m[0].length;
    const c = text[at];
    if (!(SURNAME_SET.has(c) || AMBIGUOUS_SURNAMES.has(c)) || NOT_NAME_WORD.has(text.slice(at, at + 2))) continue;
    // A full name of three: a surname and two given-name characters, then no more of a word (上四年级, 今年…, 在…).
    if (!firstGiven(text[at + 1] ?? '') || !GIVEN_SET.has(text[at + 2] ?? '') || NOT_GIVEN.has(text[at + 1]) || NOT_GIVEN.has(text[at + 2]) || PLACE_END.has(text[at + 2])) continue;
    const next = text[at + 3] ?? '';
    if (next && isHan(next.charCodeAt(0)) && !'今上在要已就是的也又都还還说說去到给給读讀念冲衝喺嘅被帮幫'.includes(next)) continue;
    added.push({ kind: 'name', start: at, end: at + 3 });
  }
  if ((has(text, '“') || has(text, '「')) && hasAny(text, QUOTED_ROLE_WORDS)) {
    for (let q = 0; q < text.length; q++) {
      if (text[q] !== '“' && text[q] !== '「') continue;
      let c = q + 1;
      while (c < text.length && c - q <= 4 && isHan(text.charCodeAt(c))) c++;
      const n = c - q - 1;
      if (n < 2 || n > 3 || !QUOTE_CLOSE.has(text.charCodeAt(c)) || !PRIVATE_ROLE_QUOTE.test(text.slice(Math.max(0, q - 9), q + 1))) continue;
      const x = text.slice(q + 1, c);
      if (/^[阿肥老小大]/.test(x) || /仔|佬|哥|姐$/.test(x)) added.push({ kind: 'name', start: q + 1, end: c });
    }
  }
  if (has(text, '仔')) {
    ZAI_NICKNAME.lastIndex = 0;
    for (let m = ZAI_NICKNAME.exec(text); m; m = ZAI_NICKNAME.exec(text)) if (GIVEN_SET.has(m[1]) || SURNAME_SET.has(m[1])) added.push({ kind: 'name', start: m.index, end: m.index + 3 });
    // (Also right after a workmate's or a caller's word: 工友肥仔強, 叫佢肥仔明.)
    ZAI_AFTER_WORD.lastIndex = 0;
    for (let m = ZAI_AFTER_WORD.exec(text); m; m = ZAI_AFTER_WORD.exec(text)) if (GIVEN_SET.has(m[1]) || SURNAME_SET.has(m[1])) added.push({ kind: 'name', start: m.index + m[0].length - 3, end: m.index + m[0].length });
  }
  // "包工头老覃拿走了", "中介贺老三带进来的": a private person one pays or is cheated by, by 老/阿 and a surname, or by
  // surname, 老 and their place among siblings.
  if (hasAny(text, PRIVATE_ROLE_WORDS)) for (let m = PRIVATE_ROLE.exec(text); m; m = PRIVATE_ROLE.exec(text)) {
    const at = m.index + m[0].length;
    const e = prefixNicknameEnd(text, at);
    if (e > 0 && text[at] !== '小' && !isHanWordAfterNick(text, e)) added.push({ kind: 'name', start: at, end: e });
    else if (SURNAME_SET.has(text[at] ?? '-') && !AMBIGUOUS_SURNAMES.has(text[at]) && text[at + 1] === '老' && NUMERALS.has(text[at + 2] ?? '-')) added.push({ kind: 'name', start: at, end: at + 3 });
  }
  PRIVATE_ROLE.lastIndex = 0;
  if (has(text, '肥')) {
    FAT_CALLED.lastIndex = 0;
    for (let m = FAT_CALLED.exec(text); m; m = FAT_CALLED.exec(text)) {
      const at = m.index + m[0].length - 2;
      if (SURNAME_SET.has(m[1][1]) || GIVEN_SET.has(m[1][1])) added.push({ kind: 'name', start: at, end: at + 2 });
    }
  }
  if (sawTriggers & T_WO && hasAny(text, CANTONESE_SELF_WORDS)) {
    CANTONESE_SELF.lastIndex = 0;
    for (let m = CANTONESE_SELF.exec(text); m; m = CANTONESE_SELF.exec(text)) {
      const at = m.index + m[0].length - 2;
      if (SURNAME_SET.has(m[1]) || m[1] === '靓' || m[1] === '靚') added.push({ kind: 'name', start: at, end: at + 2 });
    }
  }
  if (has(text, '巷')) {
    LANE_HOME.lastIndex = 0;
    for (let m = LANE_HOME.exec(text); m; m = LANE_HOME.exec(text)) {
      let start = m.index;
      // The village the lane is in (涌口村四巷12號): its name, two characters before 村 (口 too, which ends village names).
      if (text[start - 1] === '村') {
        let v = start - 1;
        while (v > 0 && start - 1 - v < 2 && isHan(text.charCodeAt(v - 1)) && (!NAME_STOP.has(text[v - 1]) || (text[v - 1] === '口' && v === start - 1))) v--;
        start = v;
      }
      // A lane and a number alone are a home only with 之N or a home's word right after (…12號是我祖屋, …嘅譚婆).
      const end = m.index + m[0].length;
      if (start === m.index && !/之/.test(m[0]) && !/^(?:嘅|的)?(?:屋|家|祖屋|住|是我)/.test(text.slice(end, end + 3))) continue;
      added.push({ kind: 'address', start, end });
    }
  }
  if (has(text, '宿舍')) {
    DORM_ROOM.lastIndex = 0;
    for (let m = DORM_ROOM.exec(text); m; m = DORM_ROOM.exec(text)) {
      // The factory whose dormitory it is (晟光电子B栋宿舍314房, 永豐傢俱廠宿舍3棟208房).
      let start = m.index;
      if (text.startsWith('宿舍', start)) start = nameStart(text, start);
      else {
        let v = start;
        while (v > 0 && start - v < 6 && isHan(text.charCodeAt(v - 1)) && !NAME_STOP.has(text[v - 1])) v--;
        start = v;
      }
      added.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // "我叫區嘉豪，": a Cantonese surname that is also a word (区, 欧), after 我叫, as a full name ending its clause.
  if (sawTriggers & T_JIAO) {
    for (let i = text.indexOf('叫'); i >= 0; i = text.indexOf('叫', i + 1)) {
      const at = i + 1;
      if (!'區区歐欧'.includes(text[at] ?? '-') || !SELF_CALLED.test(text.slice(Math.max(0, i - 2), i + 1))) continue;
      const end = at + 3;
      if (GIVEN_SET.has(text[at + 1] ?? '-') && GIVEN_SET.has(text[at + 2] ?? '-') && (end === text.length || CLAUSE_END.has(text[end]))) added.push({ kind: 'name', start: at, end });
    }
  }
  // "護照號碼 312847561": a passport of nine digits (Taiwan's), after the word.
  if (sawTriggers & T_HAO && (has(text, '护照') || has(text, '護照'))) {
    TW_PASSPORT.lastIndex = 0;
    for (let m = TW_PASSPORT.exec(text); m; m = TW_PASSPORT.exec(text)) added.push({ kind: 'id_number', start: m.index + m[0].length - 9, end: m.index + m[0].length });
  }
  // "叫我小甘就行": what the writer asks to be called, 小/老/阿 and a surname, before 就行/就好/就得.
  if (sawTriggers & T_JIAO) {
    for (let i = text.indexOf('叫我'); i >= 0; i = text.indexOf('叫我', i + 1)) {
      const e = prefixNicknameEnd(text, i + 2);
      if (e > 0 && /^(?:就行|就好|就得|就可以|得啦|就係|就是)/.test(text.slice(e, e + 3))) added.push({ kind: 'name', start: i + 2, end: e });
    }
  }
  // "老乡曾大哥的电话": a fellow villager or workmate by surname and 大哥, 大姐, 叔 or 嫂.
  FELLOW_KIN.lastIndex = 0;
  if (hasAny(text, FELLOW_WORDS)) for (let m = FELLOW_KIN.exec(text); m; m = FELLOW_KIN.exec(text)) if (SURNAME_SET.has(m[1]) && !AMBIGUOUS_SURNAMES.has(m[1])) added.push({ kind: 'name', start: m.index + m[0].length - m[1].length - m[2].length, end: m.index + m[0].length });
  for (const sp of added) out.push(sp);
}
// ---------------------------------------------------------------------------------------------
// (Round 23) Read on pii15.jsonl (a north-eastern border prefecture: forestry towns, Korean-Chinese and Manchu villages,
// relatives in Korea and Russia; recall 0.842 unseen). Each rule is a form, not a set's names.

/** A Russian number: +7 and a 9xx mobile, or 8 and one grouped 3-3-2-2 (8 914 205 37 19), with spaces, dashes, brackets;
 * (round 26) and a Kazakh one, the same with a 7xx mobile (+7 702 418 63 27, +77014829365, 8 747 310 85 22). */
const RUSSIAN_PHONE_WORD = /(?:тел|Тел|ТЕЛ|телефон|Телефон|моб|Моб)\.?[:：]?\s?$/;
const RU_PHONE = /(?:\+7[\s\-]?\(?[79][0-9]{2}\)?[\s\-]?[0-9]{3}[\s\-]?[0-9]{2}[\s\-]?[0-9]{2}|(?<![0-9])8 [79][0-9]{2} [0-9]{3} [0-9]{2} [0-9]{2})(?![0-9])/g;
/** A Korean alien registration (or resident registration) number after its word: birth date, a dash, seven digits. */
const KOREAN_REGISTRATION = /(?:登录证|登錄證|登录号|登錄號|登记证|登記證|登录|登錄|居民登录|居民登錄|身份证|身份證)(?:号码|號碼|号|號|编号|編號)?(?:是|为|為|係)?[:：]?\s?([0-9]{6}[-－][1-8][0-9]{6})(?![0-9])/g;
/** A forestry farm's or a mine's family quarters by row and number (家属房3排8号), the farm's name before it kept. */
const QUARTERS_HOME = /(?:家属房|家屬房|家属院|家屬院)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})排(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號]/g;
const FOREST_FARM_HOME = /(?:林场|林場)(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[排委]|家属区|家屬區)(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９楼樓院])/g;
const BRACKETED_GROUP_HOUSE = /[（(](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[组組](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號][）)]/g;
/** A village home by hamlet and number after a 屯, 堡 or 村 (东山屯四组5号, 關家窩堡五組21號). */
const TUN_HOME = /[屯堡村](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[组組社](?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９])/g;
/** A name in Cyrillic: a capitalised given name and a surname (Наталья Смирнова). */
const CYRILLIC_NAME = /(?<![А-Яа-яЁё])[А-ЯЁ][а-яё]{1,15} [А-ЯЁ][а-яё]{1,20}(?:а|ов|ев|ин|ина|ова|ева|ский|ская|ко|ук|юк)?(?![А-Яа-яЁё])/g;
/** A Russian surname transliterated (伊萬諾夫, 彼得罗夫): two or three characters and an -ov/-ev ending. */
// (Two characters and 诺夫, 諾夫, 罗夫, 羅夫, 洛夫, 科夫, 耶夫, 列夫, 托夫 or 斯基.)
const RUSSIAN_ENDING_LAST = ['夫', '基'];
const RUSSIAN_ENDING_FIRST = new CharSet([...'诺諾罗羅洛科耶列托斯']);
/** What may stand right before such a surname: no character, or a word that ends before a person (合夥人, 俄罗斯的, 和). */
/** Function characters no transliteration has (学的斯基 is no surname; 彼得 is one, so not LOOSE_STOP's 得). */
const NOT_IN_RUSSIAN_SURNAME = new CharSet([...'的了是在和与與及我你他她们們这這那有就都也还還又很把被给給']);
const BEFORE_RUSSIAN_SURNAME = new CharSet([...'的人伙夥方是叫板闆友家和与與跟同找给給']);
/** A land, forest or grassland certificate's number after its word (柳農承字（2016）第04137號, 吉林证字（2008）第1173号). */
// (Stop 29: a property certificate, 不动产权证号闽（2019）汐浦市不动产权第0031875号, and a Taiwan veteran's, 榮民證號榮字第0417826號.)
const CERTIFICATE_NUMBER = /(?:林权证|林權證|经营权证|經營權證|承包证|承包證|土地证|土地證|宅基地证|宅基地證|不动产权证书|不動產權證書|不动产权证|不動產權證|房产证|房產證|荣民证|榮民證)(?:号码|號碼|号|號|编号|編號)?(?:是|为|為|係)?[:：]?\s?((?:[\u3400-\u9fff]{1,5}字(?:[（(][0-9０-９]{4}[)）])?|[\u3400-\u9fff][（(][0-9０-９]{4}[)）][\u3400-\u9fff]{1,8}?(?:不动产权|不動產權|房权证|房權證))第?[0-9０-９]{2,8}[号號])/g;
/** A room of a care home with its floor (敬老院二樓203房): a resident's home. */
const CARE_HOME_FLOOR_ROOM = /(?:养老院|養老院|敬老院|颐养院|頤養院|福利院|护理院|護理院|老年公寓)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[楼樓层層][0-9０-９]{2,4}(?:房|室|号|號)(?![0-9０-９])/g;

function scanRound23(text: string, out: PiiSpan[]) {
  if (has(text, '+7') || has(text, '8 9') || has(text, '8 7')) {
    RU_PHONE.lastIndex = 0;
    for (let m = RU_PHONE.exec(text); m; m = RU_PHONE.exec(text)) {
      // (8 and 3-3-2-2 only where the writer says it is a phone: 电话, 手机.)
      // (Stop 29: or the Russian word for it, тел. 8 914 755 02 39.)
      if (m[0][0] === '8' && !introBefore(text, m.index, PHONE_INTRO) && !RUSSIAN_PHONE_WORD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
    }
  }
  if ((has(text, '-') || has(text, '－')) && hasAny(text, REGISTRATION_WORDS)) {
    KOREAN_REGISTRATION.lastIndex = 0;
    for (let m = KOREAN_REGISTRATION.exec(text); m; m = KOREAN_REGISTRATION.exec(text)) out.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (has(text, '排') && (has(text, '家属') || has(text, '家屬'))) {
    QUARTERS_HOME.lastIndex = 0;
    for (let m = QUARTERS_HOME.exec(text); m; m = QUARTERS_HOME.exec(text)) {
      let start = m.index;
      // (The farm's, mine's or factory's name: 紅松林場家屬房…, 二道河子林场家属房….)
      if (start >= 2 && /(?:林场|林場|矿区|礦區|煤矿|煤礦|厂区|廠區)$/.test(text.slice(start - 2, start))) start = nameStart(text, start - 2);
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // (Stop 29) A forest farm's house by row or by committee and number, or in its family quarter (青松林場五排3號,
  // 杨木沟林场二委15号, 老黑溝林場家屬區7號), with the farm's name; the studied sets label every such run (40 of 40).
  if (has(text, '林场') || has(text, '林場')) {
    FOREST_FARM_HOME.lastIndex = 0;
    for (let m = FOREST_FARM_HOME.exec(text); m; m = FOREST_FARM_HOME.exec(text)) {
      let start = nameStart(text, m.index);
      // (林場的家青松林場…: the writer's 家 is not the farm's name.)
      if (text[start] === '家' && text[start - 1] === '的') start++;
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // (Stop 29) A village group's house in brackets after a name, as a meeting's record lists speakers: 金成国（一组3号）.
  if (sawTriggers & T_PAREN && (has(text, '组') || has(text, '組'))) {
    BRACKETED_GROUP_HOUSE.lastIndex = 0;
    for (let m = BRACKETED_GROUP_HOUSE.exec(text); m; m = BRACKETED_GROUP_HOUSE.exec(text)) out.push({ kind: 'address', start: m.index + 1, end: m.index + m[0].length - 1 });
  }
  if (has(text, '屯') || has(text, '堡') || (has(text, '村') && (has(text, '组') || has(text, '組') || has(text, '社')))) {
    TUN_HOME.lastIndex = 0;
    for (let m = TUN_HOME.exec(text); m; m = TUN_HOME.exec(text)) {
      const start = nameStart(text, m.index);
      if (start < m.index) out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // (A Cyrillic name has one of а, е, и, о: four look-ups where an expression would read the whole text.)
  if ((has(text, 'а') || has(text, 'е') || has(text, 'и') || has(text, 'о')) && CYRILLIC.test(text)) {
    CYRILLIC_NAME.lastIndex = 0;
    for (let m = CYRILLIC_NAME.exec(text); m; m = CYRILLIC_NAME.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  // (Found from each 夫 and 基, the ending's last character: an expression tried at every position cost a tenth of detectPii.)
  for (const last of RUSSIAN_ENDING_LAST) {
    if (!has(text, last)) continue;
    for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
      if (!RUSSIAN_ENDING_FIRST.has(text[i - 1]) || !(last === '基' ? text[i - 1] === '斯' : text[i - 1] !== '斯')) continue;
      const at = i - 3;
      if (at < 0 || !isHan(text.charCodeAt(at)) || !isHan(text.charCodeAt(at + 1)) || NOT_IN_RUSSIAN_SURNAME.has(text[at]) || NOT_IN_RUSSIAN_SURNAME.has(text[at + 1])) continue;
      if (at > 0 && isHan(text.charCodeAt(at - 1)) && !BEFORE_RUSSIAN_SURNAME.has(text[at - 1])) continue;
      out.push({ kind: 'name', start: at, end: i + 1 });
    }
  }
  if (has(text, '字') || has(text, '产权') || has(text, '產權') || has(text, '房权') || has(text, '房權')) {
    CERTIFICATE_NUMBER.lastIndex = 0;
    for (let m = CERTIFICATE_NUMBER.exec(text); m; m = CERTIFICATE_NUMBER.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  // "；那玉兰 家属房1排5号 0439-…；钮德才 家属房2排1号 …": in a list, a full name set off right before a home.
  if (has(text, '；') || has(text, ';')) {
    const n = out.length;
    for (let k = 0; k < n; k++) {
      const sp = out[k];
      if (sp.kind !== 'address' || text[sp.start - 1] !== ' ') continue;
      const e = sp.start - 1;
      const st = e - 3;
      if (st < 1 || !';；'.includes(text[st - 1])) continue;
      const c = text[st];
      if (!(SURNAME_SET.has(c) || AMBIGUOUS_SURNAMES.has(c)) || !firstGiven(text[st + 1]) || !GIVEN_SET.has(text[st + 2]) || NOT_GIVEN.has(text[st + 1]) || NOT_GIVEN.has(text[st + 2])) continue;
      out.push({ kind: 'name', start: st, end: e });
    }
  }
  if (hasAny(text, CARE_HOMES)) {
    CARE_HOME_FLOOR_ROOM.lastIndex = 0;
    for (let m = CARE_HOME_FLOOR_ROOM.exec(text); m; m = CARE_HOME_FLOOR_ROOM.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
}
const CARE_HOMES = ['养老院', '養老院', '敬老院', '颐养院', '頤養院', '福利院', '护理院', '護理院', '老年公寓'];
const REGISTRATION_WORDS = ['登录', '登錄', '登记', '登記', '身份'];
// ---------------------------------------------------------------------------------------------
// (Round 24) Read on pii16.jsonl (a south-western mountain prefecture: Yi, Tibetan, Naxi and Lisu villages, relocation
// settlements; recall 0.705 unseen, 0.712 after rounds 22–23). Each rule is a form, not a set's names.

/**
 * Family names of two characters read before a given name of two where a name stands (scanRound24): Yi clan names here,
 * Japanese surnames added in round 25 below.
 *
 * Yi clan names (the first two characters of a Yi personal name: 吉克阿依, 阿苦日哈, 曲比阿呷), as the Liangshan Yi write
 * them in Chinese characters: common knowledge of the region's naming, not a list of any set's people. Left out: clan
 * names that begin ordinary words or other peoples' names too often (的日 → 的日子, 木乃 → 木乃伊, 阿拉 → Shanghainese
 * "we", 阿克 → 阿克苏, 比尔, 阿依 → 阿依古丽).
 */
const TWO_CHARACTER_FAMILY_NAMES = new Set(
  ('吉克 阿苦 沙马 沙玛 海来 阿说 阿硕 吉伍 马海 俄木 勒格 阿的 曲比 吉史 俄底 倮伍 吉木 马黑 金古 吉狄 井曲 拉马 衣恩 巴莫 阿力 吉尔 俄的 土比 ' +
    '瓦其 阿且 日火 阿西 加拉 阿尔 果基 阿牛 苏呷 吉吉 阿侯 维色 罗木 尔古 瓦扎 阿约 吉布 吉佐 阿鲁 阿海 且沙 比曲 海乃 苏尔 吉哈 ' +
    '吉觉 拉且 马布 沙呷 俄尔 吉列 吉莫 倮木 尔布 吉赫 俄洛 ' +
    '阿爾 吉爾 阿說 瑪海 馬海 馬黑 沙瑪 曲比 倮伍 金古').split(' '),
);
/** Characters that may stand right before a name (叫, 的, 是, a relative's word's end, a title's), else no Han at all. */
// (Not 长: 乡长沙玛伍力 is the township's head in office.)
const BEFORE_YI_NAME = new CharSet([...'叫的是主人公爸妈媽嫫普姐妹哥弟子女娃伴婆儿兒舅叔爷爺奶师師傅生娘老友表户戶告乡鄉字汉漢夫']);
/** What may follow a name directly (a verb, 的, a bracket), else no Han at all. */
const AFTER_YI_NAME = new CharSet([...'在是的家今住去到说說给給也都就还還要已从從和跟被把（(帮幫让讓叫问問一']);
/** A clan name's characters that begin place names too (阿尔山, 阿尔卑斯, 阿尔巴尼亚, 阿尔及利亚): not a given name's first. */
const NOT_YI_GIVEN_FIRST = new CharSet([...'山卑巴及法泰斯']);
/** "（汉名 王德明）", "（漢名張桂香）": a Yi or Tibetan person's Han name in brackets. */
const HAN_NAME_IN_BRACKETS = /(?:汉名|漢名|汉族名|漢族名|汉语名|漢語名)[:：\s]?([\u3400-\u9fff]{2,3})(?=[)），,])/g;

function scanRound24(text: string, out: PiiSpan[]) {
  // (A look-up of each family name's two characters among the text's: most opinions hold none, and skip the walk, which
  // acts only where a family name starts. Two bit reads per name, where has() was a call each.)
  if (text !== candText || familyPairSeen()) for (let i = 0; i + 4 <= text.length; i++) {
    // (Only where a family name starts: its first character is one of few, read by code, no string made per character.)
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    if (!FAMILY_NAME_FIRST[c0] || !FAMILY_NAME_SECOND[c1] || !FAMILY_NAME_KEYS.has(c0 * 65536 + c1)) continue;
    if (i > 0 && isHan(text.charCodeAt(i - 1)) && !BEFORE_YI_NAME.has(text[i - 1])) continue;
    const g1 = text.charCodeAt(i + 2);
    const g2 = text.charCodeAt(i + 3);
    if (!isHan(g1) || !isHan(g2) || LOOSE_STOP.has(g1) || LOOSE_STOP.has(g2) || NUMERALS.has(text[i + 2]) || NOT_YI_GIVEN_FIRST.has(text[i + 2])) continue;
    // (A clan name and a title is a person in their role: 沙马老师, 吉克书记.)
    if (HONORIFIC_FIRST.has(text[i + 2]) && HONORIFIC.test(text.slice(i + 2, i + 4))) continue;
    // (Stop 35b: nor after an office, 乡长是吉克拉则, unless the writer holds it, 我是村主任….)
    if (i > 0 && STOCK_OFFICE_BEFORE.test(text.slice(Math.max(0, i - 10), i)) && !/我是|本人/.test(text.slice(Math.max(0, i - 10), i))) continue;
    if (i + 4 < text.length && isHan(text.charCodeAt(i + 4)) && !AFTER_YI_NAME.has(text[i + 4])) continue;
    out.push({ kind: 'name', start: i, end: i + 4 });
    i += 3;
  }
  if (has(text, '名')) {
    HAN_NAME_IN_BRACKETS.lastIndex = 0;
    for (let m = HAN_NAME_IN_BRACKETS.exec(text); m; m = HAN_NAME_IN_BRACKETS.exec(text)) if (SURNAME_SET.has(m[1][0])) out.push({ kind: 'name', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
}
// (Round 25) Japanese surnames of two characters (高桥健司, 松本彩花), read the same way: common ones that are no Chinese
// word (not 山田, 池田, 福田, 高木, 平田, 大野, 小野: fields, a Shenzhen district, tall trees, a wild boar, a kitten).
for (const j of '高桥 高橋 松本 佐藤 铃木 鈴木 渡边 渡邊 伊藤 山本 小林 加藤 吉田 井上 木村 斋藤 齋藤 山崎 桥本 橋本 石川 中岛 中島 前田 冈田 岡田 藤田 后藤 後藤 近藤 远藤 遠藤 青木 坂本 西村 藤井 冈本 岡本 藤原 三浦 松井 竹内 田村 柴田 酒井 工藤 宫崎 宮崎 宫本 宮本 安藤 岛田 島田 谷口 今井 丸山 河野 藤本 武田 杉山 久保 松尾 野口 菅原 荒木 大塚 森本 吉川 中川'.split(' ')) TWO_CHARACTER_FAMILY_NAMES.add(j);
const FAMILY_NAME_LIST = [...TWO_CHARACTER_FAMILY_NAMES];
const FAMILY_NAME_FIRST = new Uint8Array(65536);
const FAMILY_NAME_SECOND = new Uint8Array(65536);
const FAMILY_NAME_KEYS = new Set<number>();
/** Each family name's two characters' codes, side by side (familyPairSeen). */
const FAMILY_NAME_PAIRS = Int32Array.from(FAMILY_NAME_LIST.flatMap((c) => [c.charCodeAt(0), c.charCodeAt(1)]));
/** Whether the text being read has both characters of some family name. */
function familyPairSeen(): boolean {
  for (let k = 0; k < FAMILY_NAME_PAIRS.length; k += 2) if (seen(FAMILY_NAME_PAIRS[k]) && seen(FAMILY_NAME_PAIRS[k + 1])) return true;
  return false;
}
for (const c of TWO_CHARACTER_FAMILY_NAMES) {
  FAMILY_NAME_FIRST[c.charCodeAt(0)] = 1;
  FAMILY_NAME_SECOND[c.charCodeAt(1)] = 1;
  FAMILY_NAME_KEYS.add(c.charCodeAt(0) * 65536 + c.charCodeAt(1));
}
// ---------------------------------------------------------------------------------------------
// (Round 25) Read on pii17.jsonl (an eastern megacity's old lanes and towers: Wu-speaking elders, foreign residents;
// recall 0.846 unseen on stop 22's code, 0.851 after rounds 22–24). Each rule is a form, not a set's names.

/** A room of a lane house after its number (…3号亭子间, …9号二楼后楼, …41号一楼车库): one household's home, part of it. */
const LANE_ROOM_AFTER = /^(?:[一二三四五六两兩1-6][楼樓])?(?:前楼|后楼|前樓|後樓|亭子间|亭子間|灶披间|灶披間|客堂间|客堂間|阁楼|閣樓|晒台|曬台|车库|車庫)/;
/** A bare house number and a room of it after 住 (住18号前楼). */
const BARE_LANE_ROOM = /(?<=住(?:在)?)[0-9０-９]{1,3}[号號](?:[一二三四五六两兩][楼樓])?(?:前楼|后楼|前樓|後樓|亭子间|亭子間|灶披间|灶披間|客堂间|客堂間|阁楼|閣樓)/g;
/** A card's number written in groups with spaces after its word (医保卡号 1207 3391 86, 就诊卡 ZL20230917726). */
const SPACED_CARD_NUMBER = /(?:医保卡|醫保卡|社保卡|就诊卡|就診卡|诊疗卡|診療卡)(?:号|號|号码|號碼)?(?:是|为|為|係)?[:：]?\s?((?:[0-9]{2,6} ){1,4}[0-9]{2,6}|[A-Z]{1,3}[0-9]{6,16})(?![0-9A-Za-z])/g;
/** A person named after an English word for who they are (my son Leon Schreiber, The landlord 车振宇, mother-in-law 章佩玲). */
const ENGLISH_PERSON_WORD = /(?:[Mm]y|[Oo]ur|[Tt]he|[Hh]er|[Hh]is)\s(?:Chinese\s)?(?:son|daughter|wife|husband|mother|father|mother-in-law|father-in-law|neighbour|neighbor|landlord|landlady|friend|colleague|nanny|ayi|tenant)\s(?:\(|（)?/g;
/** An e-mail's sender (From: Anna Schreiber <…>). */
const MAIL_FROM = /From:\s([A-Z][a-z]{1,15} [A-Z][a-z]{1,20})\s?</g;
/** A Korean name romanized (Park Ji-hoon, Kim Soo-yeon): a common surname and a hyphenated given name. */
const KOREAN_ROMANIZED = /(?<![A-Za-z])(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Moon|Yang|Son|Bae|Baek|Nam) [A-Z][a-z]{1,6}-[a-z]{2,6}(?![A-Za-z])/g;
/** Who one is by origin or trade before one's full name (香港人陸家豪, 台商施文雄, 楼组长翁丽萍). */
const ORIGIN_BEFORE_NAME = /(?:香港人|台湾人|臺灣人|澳门人|澳門人|台商|港商|楼组长|樓組長)\s?/g;

/**
 * The name right after an English word for who the person is (rounds 25 and 27): a Latin full name, or a Han one of two or
 * three characters starting with a surname and ending the Han run; after round 27's words (`wider`) also a Latin name
 * with an apostrophe (O'Neill) and a Cyrillic given name.
 */
const LATIN_FULL_NAME = /^[A-Z][a-z]{1,15} [A-Z][a-z]{1,20}(?![A-Za-z])/;
const LATIN_FULL_NAME_WIDER = /^[A-Z][a-z]{1,15}(?:'[A-Z][a-z]{1,15})? [A-Z][a-z]{1,20}(?:'[A-Z][a-z]{1,15})?(?![A-Za-z])/;
function nameAfterEnglishWord(text: string, at: number, out: PiiSpan[], wider: boolean): void {
  const latin = (wider ? LATIN_FULL_NAME_WIDER : LATIN_FULL_NAME).exec(text.slice(at, at + 40));
  if (latin) {
    out.push({ kind: 'name', start: at, end: at + latin[0].length });
    return;
  }
  const cyr = wider ? /^[А-ЯЁ][а-яё]{2,15}(?![А-Яа-яЁё])/.exec(text.slice(at, at + 20)) : null;
  if (cyr) {
    out.push({ kind: 'name', start: at, end: at + cyr[0].length });
    return;
  }
  if (SURNAME_SET.has(text[at]) && isHan(text.charCodeAt(at + 1))) {
    let e = at + 1;
    while (e < text.length && e - at < 3 && isHan(text.charCodeAt(e)) && !LOOSE_STOP.has(text.charCodeAt(e))) e++;
    if (e - at >= 2 && (e === text.length || !isHan(text.charCodeAt(e)))) out.push({ kind: 'name', start: at, end: e });
  }
}

function scanRound25(text: string, out: PiiSpan[]) {
  const n = out.length;
  if (hasAny(text, LANE_ROOM_WORDS)) {
    for (let k = 0; k < n; k++) {
      const sp = out[k];
      if (sp.kind !== 'address') continue;
      const m = LANE_ROOM_AFTER.exec(text.slice(sp.end, sp.end + 7));
      if (m) sp.end += m[0].length;
      // (…9号二楼 read already, then 后楼.)
      else if (/[楼樓]$/.test(text.slice(sp.start, sp.end))) {
        const r = /^(?:前楼|后楼|前樓|後樓|亭子间|亭子間)/.exec(text.slice(sp.end, sp.end + 3));
        if (r) sp.end += r[0].length;
      }
    }
    BARE_LANE_ROOM.lastIndex = 0;
    for (let m = BARE_LANE_ROOM.exec(text); m; m = BARE_LANE_ROOM.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (hasAny(text, CARD_WORDS)) {
    SPACED_CARD_NUMBER.lastIndex = 0;
    for (let m = SPACED_CARD_NUMBER.exec(text); m; m = SPACED_CARD_NUMBER.exec(text)) {
      const digits = m[1].replace(/[^0-9]/g, '').length;
      if (digits >= 8) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
  if (sawLetter) {
    ENGLISH_PERSON_WORD.lastIndex = 0;
    for (let m = ENGLISH_PERSON_WORD.exec(text); m; m = ENGLISH_PERSON_WORD.exec(text)) {
      nameAfterEnglishWord(text, m.index + m[0].length, out, false);
    }
    MAIL_FROM.lastIndex = 0;
    for (let m = MAIL_FROM.exec(text); m; m = MAIL_FROM.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
    KOREAN_ROMANIZED.lastIndex = 0;
    for (let m = KOREAN_ROMANIZED.exec(text); m; m = KOREAN_ROMANIZED.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  if (hasAny(text, ORIGIN_WORDS)) {
    ORIGIN_BEFORE_NAME.lastIndex = 0;
    for (let m = ORIGIN_BEFORE_NAME.exec(text); m; m = ORIGIN_BEFORE_NAME.exec(text)) {
      const at = m.index + m[0].length;
      if (!(SURNAME_SET.has(text[at]) || '區区'.includes(text[at] ?? '-'))) continue;
      if (!GIVEN_SET.has(text[at + 1] ?? '-') || !GIVEN_SET.has(text[at + 2] ?? '-')) continue;
      const next = text[at + 3] ?? '';
      if (next && isHan(next.charCodeAt(0)) && !'讲講说說在是的住也都就已反'.includes(next)) continue;
      out.push({ kind: 'name', start: at, end: at + 3 });
    }
  }
}
// ---------------------------------------------------------------------------------------------
// (Round 26) Read on pii18.jsonl (a north-western borderland: an oasis city, farm regiments, a grassland banner;
// Uyghur, Kazakh, Mongolian and Hui writers; recall 0.720 unseen). Each rule is a form, not a set's names.

/** A Mongolian number: +976 and eight digits (4-4). */
const MN_PHONE = /\+976[\s\-]?[5-9][0-9]{3}[\s\-]?[0-9]{4}(?![0-9])/g;
/** A farm regiment's company housing by company, row and number (二四八团七连三排12号, 11连2排3号). */
const REGIMENT_HOME = /(?:(?:[0-9０-９]{1,3}|[一二三四五六七八九十百〇零]{1,5})[团團])?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[连連](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})排(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９])/g;
/** A herder's camp or household by number (塔林花嘎查4号牧点, 夏牧场9号牧点, 塔勒德沟7号户), the village or pasture kept. */
const CAMP_HOME = /(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?:牧点|牧點)|(?<=[沟溝村]|嘎查)(?:[0-9０-９]{1,3})[号號][户戶](?![主口籍头頭])/g;
const CAMP_PLACE_BEFORE = /(?:嘎查|牧场|牧場|[沟溝村])$/;
/** A lane's or street's house after a word of the writer's home (我家托格拉克巷29号, 院子在恰克玛巷17号, 就是家，草原路33号). */
const HOME_STREET_BEFORE = /(?:我家|俺家|老家|家在|院子在|院子是|就是家[，,]|在一起[，,])$/;
const HOME_STREET_CUES = ['我家', '俺家', '老家', '家在', '院子在', '院子是', '就是家', '在一起'];
const STREET_HOUSE = /(?:巷|路|街)(?:[0-9０-９]{1,4})[号號](?![楼樓院0-9０-９])/g;
/** A certificate's number in its own format (蒙（2019）哈日乌苏旗草原承包第0312号, 哈草承（2011）第1027号, 新边（2018）字第06231号): the
 * issuer's short name (one to three characters) before the year. */
const YEAR_CERTIFICATE = /[（(][0-9０-９]{4}[)）][\u3400-\u9fff]{0,12}?第[0-9０-９]{3,6}[号號]/g;
/** A border resident's or grassland certificate's letter code (XBM-653128-0417, HRWS-2019-030417). */
const LETTER_CERTIFICATE = /(?<![A-Za-z0-9-])[A-Z]{2,5}-[0-9]{4,6}-[0-9]{3,6}(?![A-Za-z0-9-])/g;
/** The certificates those numbers belong to, when one is named in the line. */
const CERTIFICATE_WORDS = ['边民证', '邊民證', '草原证', '草原證', '承包经营权证', '承包經營權證', '经营权证', '經營權證', '承包证', '承包證', '权证', '權證'];
/** A name in transliteration joined by a hyphen or a full-width stop (艾克拜尔-伊明, 祖丽皮亚．阿不力米提) or the middle dot. */
const TRANSLIT_JOINERS = '·•・．-－';
const JOINER_CODES = codes(TRANSLIT_JOINERS);
/** Characters a dotted transliterated name may have besides TRANSLIT's: the dot sets it apart from words. */
const TRANSLIT_DOTTED_MORE = codes('叶葉夏如比里地山肯沙拜包库庫肉');
/** Who a person is, before their name (中间人马永福, 房东者德清, 司机麦合苏提·阿巴斯, 车主买合木提·哈力克). */
/** Who a person is, before their name (中间人马永福, 房东者德清, 司机麦合苏提·阿巴斯, 车主买合木提·哈力克). */
const ROLE_WORDS = ['中间人', '中間人', '合伙人', '合夥人', '个体户', '個體戶', '枣农', '棗農', '房东', '房東', '车主', '車主', '司机', '司機', '租客', '社员', '社員', '店主', '户主', '戶主', '牧民', '哥哥', '弟弟', '妹妹', '姐姐', '邻居', '鄰居', '父亲', '父親', '爷爷', '爺爺', '同学', '同學', '老公', '丈夫', '儿子', '兒子', '管事的'];
/** A Latin-script name after who the person is (他叫Ganbold Tsogt, 合作伙伴Dauren Abenov, 护照上写的是Ablimit Savur). */
const LATIN_AFTER_ROLE = /(?:[他她我]叫|名叫|司机|司機|商人|伙伴|夥伴|买家|買家|客户|客戶|留学生|留學生|学生|學生|探亲的|探親的|的是|名)\s?([A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?(?: [A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,14})?)?)(?![A-Za-z ])/g;
/** What a person named after their role does next (中间人马永福拖了…, 中间人杨国福拿了…). */
const VERB_AFTER_ROLE_NAME = new CharSet([...'拖拿收欠骗騙带帶跑卷捲说說叫把给給就又也都还還是在不没沒打占佔借扣要']);
/** Place names written in these characters that open a sentence as a name would (阿克苏，…). */
const TRANSLIT_PLACES = new Set(['阿克苏', '阿克蘇', '阿拉木图', '阿拉木圖', '哈萨克', '哈薩克', '哈萨克斯坦', '哈薩克斯坦', '蒙古', '吐鲁番', '吐魯番', '库尔勒', '庫爾勒', '喀什', '和田', '阿勒泰', '塔城', '哈密', '阿拉善', '锡林郭勒', '呼和浩特', '包头', '鄂尔多斯', '巴音']);
/** What may stand before an item of a list (a name before its home, number or plate). */
const LIST_ITEM_BEFORE = new CharSet([...'；;、：:，,①②③④⑤⑥⑦⑧⑨⑩\n \u3000']);
/** Words for the number that may stand between a listed name and the number (阿如汗 2号牧点; 娜仁 电话158…). */
const LISTED_NUMBER_WORD = /^(?:[\s，,]?(?:电话|電話|手机|手機|证号|證號|边民证|邊民證|草原证号|草原證號|身份证|身份證)[:：]?\s?|[\s，,]|[（(][\u3400-\u9fff]{1,6}[)）]\s?)/;

/** The end of a transliterated name at `at` (its parts joined by TRANSLIT_JOINERS), or -1: 2–10 characters a part. */
function transliteratedEnd(text: string, at: number, minLength: number): number {
  let e = at;
  let parts = 0;
  for (;;) {
    const p = e;
    // (The first part too may have TRANSLIT_DOTTED_MORE's characters, 叶尔包拉提·赛提, when a joiner follows it.)
    while (e < text.length && e - p < 10 && (isTranslit(text.charCodeAt(e)) || TRANSLIT_DOTTED_MORE.has(text.charCodeAt(e)))) e++;
    if (parts === 0 && !(e + 1 < text.length && JOINER_CODES.has(text.charCodeAt(e)))) {
      e = p;
      while (e < text.length && e - p < 10 && isTranslit(text.charCodeAt(e))) e++;
    }
    if (e - p < 2) return parts ? p - 1 : -1;
    parts++;
    if (e + 1 < text.length && JOINER_CODES.has(text.charCodeAt(e)) && (isTranslit(text.charCodeAt(e + 1)) || TRANSLIT_DOTTED_MORE.has(text.charCodeAt(e + 1)))) {
      e++;
      continue;
    }
    return e - at >= minLength ? e : -1;
  }
}

function scanRound26(text: string, out: PiiSpan[]) {
  // (Kazakh numbers are read with the Russian ones, scanRound23's RU_PHONE.)
  if (has(text, '+976')) {
    MN_PHONE.lastIndex = 0;
    for (let m = MN_PHONE.exec(text); m; m = MN_PHONE.exec(text)) out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '排') && (has(text, '连') || has(text, '連'))) {
    REGIMENT_HOME.lastIndex = 0;
    for (let m = REGIMENT_HOME.exec(text); m; m = REGIMENT_HOME.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '牧点') || has(text, '牧點') || has(text, '号户') || has(text, '號戶') || has(text, '号戶') || has(text, '號户')) {
    CAMP_HOME.lastIndex = 0;
    for (let m = CAMP_HOME.exec(text); m; m = CAMP_HOME.exec(text)) {
      let start = m.index;
      // (A village's or pasture's name before the number, 塔林花嘎查4号牧点: kept with it; after 在 or a boundary, it begins.)
      const before = CAMP_PLACE_BEFORE.exec(text.slice(Math.max(0, start - 3), start));
      if (before) start = nameStart(text, start - 1);
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if ((has(text, '巷') || has(text, '路') || has(text, '街')) && hasAny(text, HOME_STREET_CUES)) {
    STREET_HOUSE.lastIndex = 0;
    for (let m = STREET_HOUSE.exec(text); m; m = STREET_HOUSE.exec(text)) {
      let s0 = m.index;
      while (s0 > 0 && m.index - s0 < 8 && isHan(text.charCodeAt(s0 - 1)) && !STREET_NAME_STOP.has(text[s0 - 1]) && !HOME_STREET_BEFORE.test(text.slice(Math.max(0, s0 - 6), s0))) s0--;
      if (s0 === m.index || !HOME_STREET_BEFORE.test(text.slice(Math.max(0, s0 - 6), s0))) continue;
      const end = m.index + m[0].length;
      out.push({ kind: 'address', start: s0, end });
      // "我家托格拉克巷29号，他家31号": the neighbour's house in the same lane.
      const next = /^[，,]?(?:他家|她家|他们家|他們家)([0-9０-９]{1,4}[号號])/.exec(text.slice(end, end + 10));
      if (next) out.push({ kind: 'address', start: end + next[0].length - next[1].length, end: end + next[0].length });
    }
  }
  if (hasAny(text, CERTIFICATE_WORDS) || has(text, '草承')) {
    YEAR_CERTIFICATE.lastIndex = 0;
    for (let m = YEAR_CERTIFICATE.exec(text); m; m = YEAR_CERTIFICATE.exec(text)) {
      // (The issuer's short name before the year, 蒙, 哈草承, 新边: up to four characters, not the cue word's.)
      let start = m.index;
      const longest = text[m.index - 1] === '字' ? 4 : 3; // (苦草承字（2011）…: 字 after the short name)
      while (start > 0 && m.index - start < longest && isHan(text.charCodeAt(start - 1)) && !'号號证證是为為的'.includes(text[start - 1])) start--;
      // (Without a boundary before it within three characters, the prefix is a province's one character, 另一户蒙（2019）….)
      if (start > 0 && isHan(text.charCodeAt(start - 1)) && !'号號证證是为為的'.includes(text[start - 1])) start = BOAT_PROVINCE.test(text[m.index - 1]) ? m.index - 1 : m.index;
      if (start === m.index) continue;
      out.push({ kind: 'member_number', start, end: m.index + m[0].length });
    }
    if (sawLetter) {
      LETTER_CERTIFICATE.lastIndex = 0;
      for (let m = LETTER_CERTIFICATE.exec(text); m; m = LETTER_CERTIFICATE.exec(text)) out.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
    }
  }
  // A name in transliteration joined by a hyphen or a full-width stop, or by the dot with characters TRANSLIT lacks.
  for (const j of TRANSLIT_JOINERS) {
    if (!has(text, j)) continue;
    for (let i = text.indexOf(j); i >= 0; i = text.indexOf(j, i + 1)) {
      let s0 = i;
      while (s0 > 0 && i - s0 < 10 && (isTranslit(text.charCodeAt(s0 - 1)) || TRANSLIT_DOTTED_MORE.has(text.charCodeAt(s0 - 1)))) s0--;
      if (i - s0 < 2) continue;
      const e = transliteratedEnd(text, s0, 5);
      if (e <= i + 2) continue;
      // (The name's start: a boundary, a role or intro word, or a Latin letter or digit before it.)
      out.push({ kind: 'name', start: s0, end: e });
      i = e;
    }
  }
  // After who the person is: a Han full name (surname, ambiguous ones too, and two given-name characters) or a name in
  // transliteration.
  // (Each role word looked up where the text has it: an expression of their alternation read every text whole.)
  for (const role of ROLE_WORDS) {
    if (!has(text, role)) continue;
    for (let i = text.indexOf(role); i >= 0; i = text.indexOf(role, i + 1)) {
      let at = i + role.length;
      if (at < text.length && (text[at] === '：' || text[at] === ':' || text[at] === ' ' || text[at] === '\u3000')) at++;
      const c = text[at] ?? '';
      // (Not 和, "and": 儿子和妹子的事.)
      if ((SURNAME_SET.has(c) || (AMBIGUOUS_SURNAMES.has(c) && c !== '和')) && !NOT_NAME_WORD.has(text.slice(at + 1, at + 3)) && firstGiven(text[at + 1] ?? '-') && GIVEN_SET.has(text[at + 2] ?? '-') && !NOT_GIVEN.has(text[at + 1]) && !NOT_GIVEN.has(text[at + 2]) && (at + 3 >= text.length || !isHan(text.charCodeAt(at + 3)) || VERB_AFTER_ROLE_NAME.has(text[at + 3]) || afterNameOk(text, at + 1, at + 3) || KIN_TRANSLIT_AFTER.test(text.slice(at + 3, at + 5)))) {
        out.push({ kind: 'name', start: at, end: at + 3 });
        continue;
      }
      let e = transliteratedEnd(text, at, 2);
      if (e < 0) continue;
      if (e - at > 2 && (text[e - 1] === '不' || text[e - 1] === '都')) e--;
      if (NOT_TRANSLIT_RUN.test(text.slice(at, e)) || TRANSLIT_PLACES.has(text.slice(at, e))) continue;
      if (e === text.length || CLAUSE_END.has(text[e]) || isColonOrSpace(text[e]) || text[e] === '）' || text[e] === ')' || text[e] === '（' || text[e] === '(' || KIN_TRANSLIT_AFTER.test(text.slice(e, e + 2)) || /^[0-9０-９]/.test(text.slice(e, e + 1))) out.push({ kind: 'name', start: at, end: e });
    }
  }
  // A sentence that opens with a name in transliteration and a comma, in a line that gives a number (热合曼江，…1879…).
  // (Sentence starts found by indexOf of each end mark: no walk over every character.)
  // (Digits as noteCharacters listed them: the text being read has some, else no rule here needs looking at.)
  const digits = text === candText && listedCount(DIGIT_BIT) > 0;
  if (digits && (has(text, '，') || has(text, ','))) for (const mark of OPENING_MARKS) {
    if (mark && !has(text, mark)) continue;
    for (let i = mark ? text.indexOf(mark) : -1; ; i = text.indexOf(mark, i + 1)) {
      if (mark && i < 0) break;
      const at = i + 1;
      if (at < text.length && isTranslit(text.charCodeAt(at))) {
        const e = transliteratedEnd(text, at, 3);
        if (e > 0 && (text.charCodeAt(e) === 0xff0c || text.charCodeAt(e) === 0x2c) && !TRANSLIT_PLACES.has(text.slice(at, e)) && !NOT_TRANSLIT_RUN.test(text.slice(at, e))) out.push({ kind: 'name', start: at, end: e });
      }
      if (!mark) break;
    }
  }
  if (sawLetter) {
    LATIN_AFTER_ROLE.lastIndex = 0;
    for (let m = LATIN_AFTER_ROLE.exec(text); m; m = LATIN_AFTER_ROLE.exec(text)) {
      if (!m[1].includes(' ') && m[1].length < 5) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
  }
  // In a list: a name right before what the list gives of that person (a home, a number, a plate, a certificate).
  if (hasAny(text, LIST_CUES)) {
    const n = out.length;
    for (let k = 0; k < n; k++) {
      const sp = out[k];
      if (sp.kind === 'name' || sp.start === 0 || !LISTED_BEFORE_SPAN.has(text[sp.start - 1])) continue;
      // (Back over the number's word or a bracketed note, 娜仁 电话158…, 阿不都热西提（手抓肉）186….)
      let e = sp.start;
      for (let back = Math.min(10, e); back >= 1; back--) {
        const w = LISTED_NUMBER_WORD.exec(text.slice(e - back, sp.start));
        if (w && w[0].length === back) {
          e -= back;
          break;
        }
      }
      if (e === sp.start) continue;
      // (The name: a Han full name, or a transliterated one, after an item's boundary or marker.)
      for (let len = 2; len <= 12 && e - len >= 0; len++) {
        const st = e - len;
        const b = st === 0 ? '\n' : text[st - 1];
        if (!(LIST_ITEM_BEFORE.has(b) || /[0-9][.．)）]$/.test(text.slice(Math.max(0, st - 2), st)))) continue;
        const full = fullNameAt(text, st) === e || ((AMBIGUOUS_SURNAMES.has(text[st]) || SURNAME_SET.has(text[st])) && len === 3 && GIVEN_SET.has(text[st + 1]) && GIVEN_SET.has(text[st + 2]) && !NOT_GIVEN.has(text[st + 1]) && !NOT_GIVEN.has(text[st + 2]));
        if (full || (transliteratedEnd(text, st, 2) === e && !TRANSLIT_PLACES.has(text.slice(st, e)))) out.push({ kind: 'name', start: st, end: e });
        break;
      }
    }
  }
}
/** Where a sentence starts: the text's start ('') and after each mark. */
const OPENING_MARKS = ['', '。', '！', '!', '？', '?', '\n'];
/** What stands right before a listed person's number, home or certificate (the last character of LISTED_NUMBER_WORD's forms). */
const LISTED_BEFORE_SPAN = new CharSet([...' ，,）)：:话話机機号號证證\u3000']);
// ---------------------------------------------------------------------------------------------
// (Round 27) Read on pii19.jsonl (a tropical island prefecture: fishermen and boat people, Li villages, overseas-Chinese
// farms, migratory retirees; recall 0.869 unseen, 0.874 after round 26). Each rule is a form, not a set's names.

/** A compound's home written with spaces between its parts (鲸澳国际社区 5栋 1801, 海景公寓 B座 1207). */
const SPACED_HOME = /(?:小区|小區|社区|社區|公寓|花园|花園|家园|家園|新村|大厦|大廈|苑)[ \u3000](?:[0-9０-９]{1,3}(?:栋|棟|幢|号楼|號樓)|[A-Za-z]座)[ \u3000][0-9０-９]{3,4}(?:室)?(?![0-9０-９])/g;
/** A farm's team housing (南茂华侨农场六队12号, 七队20号 after 我家). */
const FARM_TEAM_HOME = /(?:农场|農場)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[队隊](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９楼樓])/g;
const BARE_TEAM_HOME = /(?<=我家|俺家|住在|家住|住)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[队隊](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９楼樓])/g;
/** A Vietnamese name in Latin script with its diacritics (Nguyễn Thị Mai, Trần Văn Phúc): a common surname and one or two parts. */
const VIETNAMESE_NAME = /(?<![A-Za-zÀ-ỹ])(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Mai|Trương)(?: [A-ZÀ-Ỹ][a-zà-ỹ]{0,7}){1,3}(?![A-Za-zÀ-ỹ])/g;
/** A returnee's certificate in letter groups after its word (归侨证 NM-1978-1126), and a household's contract or agreement
 * number of two letter groups (合同编号 JGW-LW-2024-0083, 协议编号 SY-BQ-2023-0188: the labelled sets' private contracts;
 * those of one group, HT-2026-03517, were a company's or a school's forms and are not labelled there). */
const CUED_LETTER_CODE = /(?:归侨证|歸僑證)(?:号|號)?(?:是|为|為)?[:：]?\s?([A-Z]{2,4}(?:-[A-Z]{2,4})?-[0-9]{4}-[0-9]{3,6})(?![A-Za-z0-9-])|(?:合同编号|合同編號|协议编号|協議編號)(?:是|为|為)?[:：]?\s?([A-Z]{2,4}-[A-Z]{2,4}-[0-9]{4}-[0-9]{3,6})(?![A-Za-z0-9-])/g;
/** A homestead certificate without its year (宅基地证 红字第0318号). */
const YEARLESS_CERTIFICATE = /(?:宅基地证|宅基地證|土地证|土地證|房产证|房產證)(?:号|號)?[:：]?\s?([\u3400-\u9fff]{1,4}字第[0-9０-９]{3,6}[号號])/g;
/** A passport's number of nine digits after passport No. (passport (No. 548127036)). */
const PASSPORT_NO = /[Pp]assport\s?\(?(?:No\.?|number|#)\s?([0-9]{9})(?![0-9])/g;
/** Who a person is in English before a Han or Latin name (Landlord 卢兆丰, Mr. 程家宝, The boss 文志雄, My aunty 郭凤英, I'm 郑伟强). */
const ENGLISH_ROLE = /(?:(?:[Mm]y|[Tt]he|[Oo]ur) (?:aunty|auntie|aunt|uncle|boss|employer|neighbour|neighbor|cousin|nephew|niece)|Landlord|landlord|neighbour|neighbor|Mr\.|Mrs\.|Ms\.|I'm|I am|my name is|My name is|je m'appelle|Je m'appelle) ?(?=[\u3400-\u9fffA-ZА-Я])/g;

function scanRound27(text: string, out: PiiSpan[]) {
  // A Hainanese woman's name: a surname, 妚 and a given name or a birth-order numeral (陈妚香, 符妚二).
  if (has(text, '妚')) {
    for (let i = text.indexOf('妚'); i >= 0; i = text.indexOf('妚', i + 1)) {
      if (i < 1 || !SURNAME_SET.has(text[i - 1]) || !(GIVEN_SET.has(text[i + 1] ?? '-') || NUMERALS.has(text[i + 1] ?? '-'))) continue;
      if (i >= 2 && isHan(text.charCodeAt(i - 2)) && !NAME_STOP.has(text[i - 2]) && !PERSON_BEFORE_PI.has(text[i - 2])) continue;
      out.push({ kind: 'name', start: i - 1, end: i + 2 });
    }
  }
  if ((has(text, ' ') || has(text, '\u3000')) && (has(text, '栋') || has(text, '棟') || has(text, '幢') || has(text, '号楼') || has(text, '號樓') || has(text, '座'))) {
    SPACED_HOME.lastIndex = 0;
    for (let m = SPACED_HOME.exec(text); m; m = SPACED_HOME.exec(text)) {
      const start = nameStart(text, m.index, true);
      if (start < m.index) out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if (has(text, '队') || has(text, '隊')) {
    if (has(text, '农场') || has(text, '農場')) {
      FARM_TEAM_HOME.lastIndex = 0;
      for (let m = FARM_TEAM_HOME.exec(text); m; m = FARM_TEAM_HOME.exec(text)) out.push({ kind: 'address', start: nameStart(text, m.index), end: m.index + m[0].length });
    }
    BARE_TEAM_HOME.lastIndex = 0;
    for (let m = BARE_TEAM_HOME.exec(text); m; m = BARE_TEAM_HOME.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (sawLetter) {
    VIETNAMESE_NAME.lastIndex = 0;
    for (let m = VIETNAMESE_NAME.exec(text); m; m = VIETNAMESE_NAME.exec(text)) if (/[À-ỹ]/.test(m[0])) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    if (hasAny(text, CUED_CODE_WORDS)) {
      CUED_LETTER_CODE.lastIndex = 0;
      for (let m = CUED_LETTER_CODE.exec(text); m; m = CUED_LETTER_CODE.exec(text)) {
        const code = m[1] ?? m[2];
        out.push({ kind: 'member_number', start: m.index + m[0].length - code.length, end: m.index + m[0].length });
      }
    }
    if (has(text, 'assport')) {
      PASSPORT_NO.lastIndex = 0;
      for (let m = PASSPORT_NO.exec(text); m; m = PASSPORT_NO.exec(text)) out.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
    ENGLISH_ROLE.lastIndex = 0;
    for (let m = ENGLISH_ROLE.exec(text); m; m = ENGLISH_ROLE.exec(text)) {
      nameAfterEnglishWord(text, m.index + m[0].length, out, true);
    }
  }
  if (hasAny(text, YEARLESS_CERTIFICATE_WORDS)) {
    YEARLESS_CERTIFICATE.lastIndex = 0;
    for (let m = YEARLESS_CERTIFICATE.exec(text); m; m = YEARLESS_CERTIFICATE.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  // "南茂华侨农场": a name read before 侨 that ends in 华 is the farm's 华侨 (overseas Chinese), not a person.
  if (has(text, '华侨') || has(text, '華僑')) {
    for (let k = out.length - 1; k >= 0; k--) {
      const sp = out[k];
      if (sp.kind === 'name' && (text[sp.end] === '侨' || text[sp.end] === '僑') && (text[sp.end - 1] === '华' || text[sp.end - 1] === '華')) out.splice(k, 1);
    }
  }
}
// ---------------------------------------------------------------------------------------------
// (Round 28) Read on pii20.jsonl (a south-western mountain megacity's platform economy and old districts: riders and
// drivers, live-streamers, porters, stair-street lanes; recall 0.823 unseen). Each rule is a form, not a set's names.

function scanRound28(text: string, out: PiiSpan[]) {
  // A vehicle's identification number (17 characters, no I, O or Q) after its word: one owner's car, like a plate.
  if (sawLetter && (has(text, '车架') || has(text, '車架') || has(text, 'VIN') || has(text, '识别代号') || has(text, '識別代號'))) {
    VIN.lastIndex = 0;
    for (let m = VIN.exec(text); m; m = VIN.exec(text)) out.push({ kind: 'plate', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  // A platform worker's number: after the platform's own words for it (司机编号, 工号 in a ride-hailing or delivery
  // line, 编号 right after a rider named), and each further one a list gives (分别是 A、B; 张三（ID 1）、李四（2）).
  if (hasAny(text, PLATFORM_WORDS)) {
    PLATFORM_NUMBER.lastIndex = 0;
    const found: PiiSpan[] = [];
    for (let m = PLATFORM_NUMBER.exec(text); m; m = PLATFORM_NUMBER.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      // (Four digits at least: 工号12 is a seat, not a worker's number.)
      if (m[1].replace(/[^0-9]/g, '').length < 4) continue;
      found.push({ kind: 'member_number', start, end: start + m[1].length });
      // (The list after it: 、KM0523177, ，KM…, 和…)
      let at = start + m[1].length;
      for (;;) {
        const next = LISTED_CODE.exec(text.slice(at, at + 30));
        if (!next) break;
        const s0 = at + next[0].length - next[1].length;
        found.push({ kind: 'member_number', start: s0, end: s0 + next[1].length });
        at = s0 + next[1].length;
      }
    }
    // Bracketed numbers of the same shape as one found (黄小波（30713720）, 覃小兵（LS-50388）).
    if (found.length && (has(text, '（') || has(text, '('))) {
      const shapes = new Set(found.map((f) => codeShape(text.slice(f.start, f.end))));
      BRACKETED_CODE.lastIndex = 0;
      for (let m = BRACKETED_CODE.exec(text); m; m = BRACKETED_CODE.exec(text)) if (shapes.has(codeShape(m[1]))) found.push({ kind: 'member_number', start: m.index + 1, end: m.index + 1 + m[1].length });
    }
    for (const f of found) out.push(f);
  }
  // A name right before brackets that give that person's number or child (李明亮（骑手ID 30711486）, 汪洋（孩子汪子墨）),
  // and the child's name inside.
  if (has(text, '（') || has(text, '(')) {
    for (const open of ['（', '(']) {
      if (!has(text, open)) continue;
      for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
        const inside = text.slice(i + 1, i + 24);
        const child = BRACKETED_CHILD.exec(inside);
        const numbered = BRACKETED_NUMBER.test(inside);
        if (!child && !numbered) continue;
        for (const len of [3, 2]) {
          const st = i - len;
          if (st < 0 || !(st === 0 || LIST_ITEM_BEFORE.has(text[st - 1]) || text[st - 1] === '我' || text[st - 1] === '是')) continue;
          // (A parent and the child in brackets share the surname: 白云飞（孩子白一鸣）, though 白云 is a word.)
          const full = fullNameAt(text, st) === i || (child !== null && len === 3 && text[i + 1 + child[0].length] === text[st] && SURNAME_SET.has(text[st]) && GIVEN_SET.has(text[st + 2]));
          const bare = len === 2 && (SURNAME_SET.has(text[st]) || AMBIGUOUS_SURNAMES.has(text[st])) && isHan(text.charCodeAt(st + 1)) && !NOT_NAME_WORD.has(text.slice(st, i)) && !NAME_STOP.has(text[st + 1]) && (child !== null || LIST_JOIN.has(text[st - 1] ?? '-') || text[st - 1] === '我' || /[、]/.test(text.slice(i, i + 40)));
          if (full || bare) {
            out.push({ kind: 'name', start: st, end: i });
            break;
          }
        }
        if (child) {
          const cs = i + 1 + child[0].length;
          const ce = fullNameAt(text, cs) > 0 ? fullNameAt(text, cs) : nameEnd(text, cs);
          if (ce > cs + 1 && ce - cs <= 4 && (text[ce] === '）' || text[ce] === ')')) out.push({ kind: 'name', start: cs, end: ce });
        }
      }
    }
  }
  // Family words of the south-west before a full name (我老汉儿龚明全, 我幺爸冉德强, 我家幺儿冉子轩).
  if (has(text, '老汉儿') || has(text, '老漢兒') || has(text, '幺') || has(text, '么') || has(text, '娃儿') || has(text, '娃兒')) {
    SW_KIN.lastIndex = 0;
    for (let m = SW_KIN.exec(text); m; m = SW_KIN.exec(text)) {
      const at = m.index + m[0].length;
      const e = fullNameAt(text, at);
      if (e > 0) out.push({ kind: 'name', start: at, end: e });
    }
  }
  // An aunt of the south-west by her surname or full name (王孃孃, 刘素琴孃孃): a private person, as 王阿姨 is.
  if (has(text, '孃孃') || has(text, '嬢嬢')) {
    for (const form of ['孃孃', '嬢嬢']) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        if (i >= 3 && fullNameAt(text, i - 3) === i) out.push({ kind: 'name', start: i - 3, end: i + 2 });
        // (Not inside quotes: “冉孃孃小面” is a shop.)
        else if (i >= 1 && (SURNAME_SET.has(text[i - 1]) || AMBIGUOUS_SURNAMES.has(text[i - 1])) && (i < 2 || (!isHan(text.charCodeAt(i - 2)) && !'“"「『'.includes(text[i - 2])) || AUNT_BEFORE.has(text[i - 2]))) out.push({ kind: 'name', start: i - 1, end: i + 2 });
      }
    }
  }
  // Who a private person is to the writer or in a trade, before a full name (卖家万国强, 中介萬小龍, 室友钟灵 …).
  namesAfterWords(text, PRIVATE_ROLE_WORDS_28, out);
  // An online name: quoted after what introduces one (主播“山城二哥”, 网名“…”, 抖音叫“橙子妹妹”, 账号名“岚江幺妹儿”), or bare
  // after 主播/网名 where a real name, an account or brackets follow (快手主播胖丫，快手号…; 主播Kiko（真名冉琳）).
  if (hasAny(text, HANDLE_WORDS)) {
    HANDLE_QUOTED.lastIndex = 0;
    for (let m = HANDLE_QUOTED.exec(text); m; m = HANDLE_QUOTED.exec(text)) {
      const start = m.index + m[0].length - m[1].length - 1;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
    HANDLE_BARE.lastIndex = 0;
    for (let m = HANDLE_BARE.exec(text); m; m = HANDLE_BARE.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      const after = text.slice(start + m[1].length, start + m[1].length + 8);
      if (!HANDLE_FOLLOW.test(after)) continue;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
    if (sawLetter && (has(text, '@') || has(text, '＠'))) {
      AT_HANDLE.lastIndex = 0;
      for (let m = AT_HANDLE.exec(text); m; m = AT_HANDLE.exec(text)) out.push({ kind: 'wechat', start: m.index + m[0].length - m[1].length - 1, end: m.index + m[0].length });
    }
  }
  // A nickname right before the real name it stands for (做微商的紅么妹，大名陳小紅; 闪电侯哥”，真名侯建军).
  if (has(text, '大名') || has(text, '真名')) {
    ALIAS_BEFORE_REAL.lastIndex = 0;
    for (let m = ALIAS_BEFORE_REAL.exec(text); m; m = ALIAS_BEFORE_REAL.exec(text)) {
      const start = m.index + m[0].length - m[1].length - m[2].length;
      if (ALIAS_NOT.has(m[1]) || NOT_ALIAS_28.has(m[1]) || NOT_IN_ALIAS.test(m[1])) continue;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
  }
  // A Latin given name before 的妈妈/的爸爸 (我是Emma的妈妈).
  if (sawLetter && (has(text, '的妈妈') || has(text, '的媽媽') || has(text, '的爸爸') || has(text, '的家长') || has(text, '的家長'))) {
    LATIN_CHILD.lastIndex = 0;
    for (let m = LATIN_CHILD.exec(text); m; m = LATIN_CHILD.exec(text)) out.push({ kind: 'name', start: m.index + m[0].length - m[1].length - m[2].length, end: m.index + m[0].length - m[2].length });
  }
  // Homes of a mountain city: a house's annex number (…巷21号附2号, …社14号附2号) with its floor, a compound's building
  // with a floor below the entrance (观江台小区7栋负3-2), a lane house with a flat (雁鸣坡42号2-1), a dormitory room (樟园8舍205).
  if (has(text, '附')) pushLaneHomes(text, ANNEX_HOME, out);
  if (has(text, '负') || has(text, '負')) {
    BELOW_HOME.lastIndex = 0;
    for (let m = BELOW_HOME.exec(text); m; m = BELOW_HOME.exec(text)) {
      const start = nameStart(text, m.index, true);
      if (start < m.index) out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if (has(text, '-') && (has(text, '号') || has(text, '號'))) pushLaneHomes(text, LANE_FLAT, out);
  if (has(text, '舍')) {
    SCHOOL_DORM_ROOM.lastIndex = 0;
    for (let m = SCHOOL_DORM_ROOM.exec(text); m; m = SCHOOL_DORM_ROOM.exec(text)) {
      // (The garden's name is one or two characters after a boundary or a word before it: 宿舍竹园 → 竹园.)
      const start = LANE_STOP.has(text[m.index]) || text[m.index] === '舍' ? m.index + 1 : m.index;
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // A lane house whose dweller is named right after it (吊楼巷11号，住的是我外婆…; 黄葛渡吊脚楼7号，户主向洪发).
  if (has(text, '住的是') || has(text, '户主') || has(text, '戶主')) pushLaneHomes(text, LANE_HOUSE_DWELLER, out);
  // A household register's number (户口簿户号500237003417) and a loan's contract number (借款合同编号是SJB-2022-1107-08834).
  if (has(text, '户号') || has(text, '戶號')) {
    HOUSEHOLD_REGISTER.lastIndex = 0;
    for (let m = HOUSEHOLD_REGISTER.exec(text); m; m = HOUSEHOLD_REGISTER.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (sawLetter && (has(text, '借款') || has(text, '贷款') || has(text, '貸款'))) {
    LOAN_CONTRACT.lastIndex = 0;
    for (let m = LOAN_CONTRACT.exec(text); m; m = LOAN_CONTRACT.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  // A card's number after 卡号 where the card named before it in the sentence is a person's (医保卡…，卡號H500…).
  if (sawLetter && (has(text, '卡号') || has(text, '卡號')) && hasAny(text, CARD_WORDS)) {
    LETTERED_CARD.lastIndex = 0;
    for (let m = LETTERED_CARD.exec(text); m; m = LETTERED_CARD.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
}
/** A full name right after any of `words` (who the person is), and a two-character one after the words that allow it
 * (TWO_CHARACTER_AFTER_ROLE) where the clause or a verb follows. */
function namesAfterWords(text: string, words: readonly string[], out: PiiSpan[]): void {
  for (const word of words) {
    // (Every character of the word seen before the text is searched: 主管's and 楼长's are common, their pairs not.)
    if (!allSeen(word) || !has(text, word)) continue;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const at = i + word.length;
      const e = fullNameAt(text, at);
      if (e > 0) out.push({ kind: 'name', start: at, end: e });
      else if (TWO_CHARACTER_AFTER_ROLE.has(word) && SURNAME_SET.has(text[at] ?? '-') && isHan(text.charCodeAt(at + 1)) && !NAME_STOP.has(text[at + 1]) && !NOT_NAME_WORD.has(text.slice(at, at + 2)) && (at + 2 === text.length || CLAUSE_END.has(text[at + 2]) || VERB_AFTER_ROLE_NAME.has(text[at + 2]))) out.push({ kind: 'name', start: at, end: at + 2 });
    }
  }
}
/** Whether the text being read has every character of `word` (SEEN look-ups, no search). */
function allSeen(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (!seen(word.charCodeAt(k))) return false;
  return true;
}
const VIN = /(?:车架号|車架號|车架号码|車架號碼|车辆识别代号|車輛識別代號|VIN码|VIN碼|VIN)(?:是|为|為)?[:：\s]{0,2}([A-HJ-NPR-Z0-9]{17})(?![A-Za-z0-9])/g;
const PLATFORM_WORDS = ['骑手', '騎手', '司机编号', '司機編號', '司机工号', '司機工號', '代驾', '代駕', '网约车', '網約車', '货运', '貨運', '外卖', '外賣', '快递员', '快遞員', '配送员', '配送員'];
/** A platform's number for a worker after its word (a letter group, digits, dashes): 司机编号BBHY-0827-3317, 工号CX50-20817,
 * 骑手编号分别是KM…, 编号76120438 right after a rider's name. */
const PLATFORM_NUMBER = /(?:(?:骑手|騎手|司机|司機|快递员|快遞員|配送员|配送員|代驾|代駕)(?:编号|編號|工号|工號|号|號|ID|id)|工号|工號|(?:骑手|騎手|快递员|快遞員|司机|司機)[\u3400-\u9fff]{2,3}[，,]\s?(?:编号|編號|工号|工號|ID))(?:分别是|分別是|是|为|為)?[:：\s]{0,2}([A-Z]{0,5}[0-9]{0,4}[-－]?[A-Z0-9]{0,5}[-－]?[0-9]{2,10}(?:[-－][0-9]{2,8})?)(?![A-Za-z0-9])/g;
const LISTED_CODE = /^[、，,和及与與]\s?([A-Z]{1,5}[-－]?[0-9]{4,10}(?:[-－][0-9]{2,8})?|[0-9]{6,10})(?![A-Za-z0-9])/;
const BRACKETED_CODE = /[（(]([A-Z]{0,5}[-－]?[0-9]{4,10}(?:[-－][0-9]{2,8})?)[）)]/g;
/** A code's shape: its letters kept, each digit as 9 (KM0523168 → KM9999999). */
const codeShape = (code: string): string => code.replace(/[0-9]/g, '9').replace(/－/g, '-');
const BRACKETED_CHILD = /^(?:孩子|小孩|娃儿|娃兒|儿子|兒子|女儿|女兒)[:：\s]?/;
const BRACKETED_NUMBER = /^(?:(?:骑手|騎手|司机|司機)?(?:ID|id|编号|編號|工号|工號|号|號)[:：\s]?)?[A-Z]{0,5}[-－]?[0-9]{4,}/;
const SW_KIN = /(?:我|俺|屋头|屋頭|我家|我屋头|我屋頭)(?:老汉儿|老漢兒|幺爸|幺叔|幺姑|幺儿|幺兒|幺妹|幺女|么儿|麼兒|娃儿|娃兒)/g;
const AUNT_BEFORE = new CharSet([...'的个個那这這是找跟和叫喊问問家楼樓边邊壁上下']);
const PRIVATE_ROLE_WORDS_28 = ['卖家', '賣家', '买家', '買家', '室友', '雇主', '男主人', '女主人', '营业员', '營業員', '管理员', '管理員', '主管', '楼长', '樓長', '外孙', '外孫', '网约车司机', '網約車司機', '中介'];
const TWO_CHARACTER_AFTER_ROLE = new Set(['室友', '楼长', '樓長', '网约车司机', '網約車司機']);
const HANDLE_WORDS = ['主播', '网名', '網名', '账号名', '賬號名', '帳號名', '昵称', '暱稱', '抖音叫', '快手叫', '微博叫', '微博'];
const HANDLE_QUOTED = /(?:主播|网名|網名|账号名|賬號名|帳號名|昵称|暱稱|(?:抖音|快手|微博)(?:上)?叫)(?:是|为|為|叫)?[:：]?[“"「]([^”"」，,。\s]{2,10})[”"」]/g;
const HANDLE_BARE = /(?:主播|网名|網名)(?:是|为|為|叫)?[:：]?([\u3400-\u9fff]{2,4}(?=[，,（(])|[A-Za-z][A-Za-z]{1,12}|[\u3400-\u9fff]{2,3}[A-Za-z]{2,10})/g;
const HANDLE_FOLLOW = /^(?:[，,（(]\s?(?:微博|真名|大名|快手号|快手號|抖音号|抖音號|微信|网名|網名)|[（(][^）)]{0,4}[@＠]|，被)/;
const AT_HANDLE = /(?:微博|微博号|微博號)[:：\s]?[@＠]([A-Za-z][A-Za-z0-9_]{3,19})(?![A-Za-z0-9_])/g;
// (Not after 是: 甜甜和蜜蜜是表姐妹，大名… says what they are.)
const ALIAS_BEFORE_REAL = /(?<=[的叫]|主播|^)([\u3400-\u9fff]{2,4})(”?[，,（(](?:大名|真名))/g;
/** What stands before 大名/真名 but is no nickname: a word for the name itself, a role, a relative. */
const NOT_ALIAS_28 = new Set(['老熟人', '熟人', '网名', '網名', '昵称', '暱稱', '舍长', '舍長', '儿子', '兒子', '女儿', '女兒', '小名', '外号', '外號']);
/** A pronoun or a particle inside is a clause, not a nickname (我网名, 他馬師傅, 额叫尕蛋). */
const NOT_IN_ALIAS = /[我俺额額咱你他她的是叫在说說]/;
const LATIN_CHILD = /(?<![A-Za-z])([A-Z][a-z]{1,10})(的(?:妈妈|媽媽|爸爸|家长|家長))/g;
/** Each match of `re` (a home's number after its lane's last character; group 1, when there, the home without what
 * follows it) as an address from where the lane's name begins. */
function pushLaneHomes(text: string, re: RegExp, out: PiiSpan[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = laneStart(text, m.index);
    if (start < m.index) out.push({ kind: 'address', start, end: m.index + (m[1] ?? m[0]).length });
  }
}
/** Where a lane or village team's name begins before its house number (凉水井巷 in …住三十六梯凉水井巷9号). */
function laneStart(text: string, at: number): number {
  let s0 = at;
  while (s0 > 0 && at - s0 < 10 && isHan(text.charCodeAt(s0 - 1)) && !STREET_NAME_STOP.has(text[s0 - 1]) && !LANE_STOP.has(text[s0 - 1])) s0--;
  return s0;
}
const LANE_STOP = new CharSet([...'在住是的旁到从從于於叫那这這个個就都']);
/** A lane's, street's, slope's or village team's house number with its annex (附N号) and floor. */
const ANNEX_HOME = /(?:巷|街|路|坡|梯|坎|湾|灣|社|组|組|村)[0-9０-９]{1,4}[号號]附[0-9０-９]{1,3}[号號](?:负?[0-9０-９一二三四五六七八九]{1,2}[楼樓]|負[0-9０-９一二三四五六七八九]{1,2}[楼樓]|[0-9０-９]{1,2}-[0-9０-９]{1,2})?/g;
/** A compound's building and a flat on a floor below the entrance (7栋负3-2, 3棟負2-1, B栋负11-4). */
const BELOW_HOME = /(?:[0-9０-９]{1,3}|[A-Z])(?:栋|棟|幢)[负負][0-9０-９]{1,2}-[0-9０-９]{1,2}(?![0-9０-９])/g;
const LANE_FLAT = /(?:巷|坡|梯|坎)[0-9０-９]{1,4}[号號][0-9０-９]{1,2}-[0-9０-９]{1,2}(?![0-9０-９])/g;
const SCHOOL_DORM_ROOM = /[\u3400-\u9fff]{1,2}[园園]\s?[0-9０-９]{1,2}舍\s?[0-9０-９]{3,4}(?![0-9０-９])/g;
const LANE_HOUSE_DWELLER = /((?:巷|坡|梯|坎|吊脚楼|吊腳樓)[0-9０-９]{1,4}[号號])(?=[，,]\s?(?:住的是|户主|戶主))/g;
const HOUSEHOLD_REGISTER = /(?:户口簿|戶口簿|户口本|戶口本)(?:的)?(?:户号|戶號)(?:是|为|為)?[:：\s]{0,2}([0-9]{9,12})(?![0-9])/g;
const LOAN_CONTRACT = /(?:借款|贷款|貸款)合同(?:编号|編號|号|號)(?:是|为|為)?[:：\s]{0,2}([A-Z]{2,5}(?:[-－][A-Z0-9]{2,6}){2,4})(?![A-Za-z0-9])/g;
const LETTERED_CARD = /(?:卡号|卡號)(?:是|为|為)?[:：\s]{0,2}([A-Z][0-9]{8,16})(?![A-Za-z0-9])/g;

// ---------------------------------------------------------------------------------------------
// (Round 30) Read on pii21.jsonl (a south-western border prefecture with Myanmar and Laos: Dai, Jingpo, Hani and Wa
// villages, cross-border spouses and workers, jade markets, plantations; recall 0.590 unseen). Each rule is a form.

function scanRound30(text: string, out: PiiSpan[]) {
  // A foreign number with its country code (+95 9 …, 0095 …, +856 20 …, +66 81-…): seven to twelve digits after it.
  if (has(text, '+') || has(text, '＋') || has(text, '00')) {
    FOREIGN_PHONE.lastIndex = 0;
    for (let m = FOREIGN_PHONE.exec(text); m; m = FOREIGN_PHONE.exec(text)) {
      let digits = 0;
      for (let k = m.index; k < m.index + m[0].length; k++) if (digit(text.charCodeAt(k)) >= 0) digits++;
      if (digits >= 9) out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
    }
  }
  // A Myanmar mobile written at home (09 691 284 037) after its word.
  if (has(text, '缅甸') || has(text, '緬甸')) {
    MYANMAR_LOCAL.lastIndex = 0;
    for (let m = MYANMAR_LOCAL.exec(text); m; m = MYANMAR_LOCAL.exec(text)) out.push({ kind: 'mobile', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (sawLetter) {
    // A Myanmar citizenship card (1/BaMaNa(N)120847).
    if (has(text, '/') && has(text, '(')) {
      MYANMAR_NRC.lastIndex = 0;
      for (let m = MYANMAR_NRC.exec(text); m; m = MYANMAR_NRC.exec(text)) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
    }
    // A Burmese, Shan, Kachin or Karen name after its honorific (U Tin Win, Daw Khin Myo Aye, Ko Nyi Nyi, Mg Aung Ko Ko,
    // Nang Mo Hom, Sai Kham Hlaing), or of two to four of their syllables (Zaw Min Htun), and a Jingpo name by its clan
    // (Lahtaw Naw Ja, Maran Tu Lum).
    SEA_NAME.lastIndex = 0;
    for (let m = SEA_NAME.exec(text); m; m = SEA_NAME.exec(text)) {
      const words = m[0].split(/\s+/);
      const led = SEA_HONORIFIC.has(words[0]) || JINGPO_CLAN.has(words[0]);
      const syllables = words.filter((w) => BURMESE_SYLLABLE.has(w)).length;
      if ((led && words.length >= 2) || syllables >= 2 || (words.length === 2 && LAO_SURNAME_END.test(words[1]))) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
    // A border pass, a work permit or a border resident's card number after its word (边民证号BM5331240417, 务工证JW…).
    if (hasAny(text, BORDER_PAPER_WORDS)) {
      BORDER_PAPER.lastIndex = 0;
      for (let m = BORDER_PAPER.exec(text); m; m = BORDER_PAPER.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
    // Passports listed with their holders (Phet Sayavong的P2041736): a passport's letter and seven or eight digits.
    if (has(text, '护照') || has(text, '護照')) {
      LISTED_PASSPORT.lastIndex = 0;
      for (let m = LISTED_PASSPORT.exec(text); m; m = LISTED_PASSPORT.exec(text)) out.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
  // A Dai name (岩 or 玉 and a Dai given name, 咪/波 before a child's name, 康朗 …) where a person is introduced: after 我叫, 我是,
  // a relative or an ethnic group (我是他妈妈玉丙香, 傣族玉罕香, 我儿子岩坎新), or before a number.
  if (hasAny(text, DAI_FIRST_WORDS)) {
    for (const first of DAI_FIRST_WORDS) {
      if (!has(text, first)) continue;
      for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
        let e = i + first.length;
        // (咪/波 before the child's name, itself a Dai name: 咪岩帕龙, 波岩光.)
        if ((first === '咪' || first === '波') && (text[e] === '岩' || text[e] === '玉' || text[e] === '巖')) e++;
        const given = e;
        while (e < text.length && e - given < 3 && DAI_GIVEN.has(text[e])) e++;
        if (e === given || e - i < 2) continue;
        const before = text.slice(Math.max(0, i - 8), i);
        // (After a strong introduction the name may run into what follows, 儿子岩嘎吸毒; after a weak one, 的 or a list's
        // comma, the name must end where a clause or a verb does: not 的玉石, 的岩层.)
        const strong = DAI_INTRO_BEFORE.test(before);
        if (!strong && !DAI_WEAK_BEFORE.test(before)) continue;
        if (!strong && !(e === text.length || CLAUSE_END.has(text[e]) || VERB_AFTER_ROLE_NAME.has(text[e]) || AFTER_NAME.test(text.slice(e, e + 6)) || text[e] === '的' || text[e] === '和' || text[e] === '在' || text[e] === '（')) continue;
        out.push({ kind: 'name', start: i, end: e });
        i = e - 1;
      }
    }
  }
  // A name after the writer's or a person's ethnic group (我是景颇族石然诺, 老婆是傣族…): a Han full name, or a two- to four-
  // character name that ends the clause.
  if (has(text, '族')) {
    ETHNIC_BEFORE_NAME.lastIndex = 0;
    for (let m = ETHNIC_BEFORE_NAME.exec(text); m; m = ETHNIC_BEFORE_NAME.exec(text)) {
      const at = m.index + m[0].length;
      const full = fullNameAt(text, at);
      if (full > 0) {
        out.push({ kind: 'name', start: at, end: full });
        continue;
      }
      let e = at;
      while (e < text.length && e - at < 4 && isHan(text.charCodeAt(e)) && !NAME_STOP.has(text[e])) e++;
      if (e - at >= 2 && (e === text.length || CLAUSE_END.has(text[e]))) out.push({ kind: 'name', start: at, end: e });
    }
  }
  // A private person by trade before a full name (茶商骆国强, 地主方永昌, 珠宝商陈家乐, 报关行的邹丽萍).
  namesAfterWords(text, TRADE_BEFORE_NAME, out);
  // A home in a village group (曼岗寨4组6号, 曼贡寨四组十一号, 曼嫩村民小组33号): the village's name kept with it.
  if (has(text, '寨') || has(text, '小组') || has(text, '小組')) {
    VILLAGE_GROUP_HOME.lastIndex = 0;
    for (let m = VILLAGE_GROUP_HOME.exec(text); m; m = VILLAGE_GROUP_HOME.exec(text)) {
      // (A village's name is two or three characters: 曼岗 of 曼岗寨, not 表舅张德荣说祖屋曼岗.)
      let start = m.index;
      while (start > 0 && m.index - start < 3 && isHan(text.charCodeAt(start - 1)) && !STREET_NAME_STOP.has(text[start - 1]) && !LANE_STOP.has(text[start - 1]) && !'屋说說'.includes(text[start - 1])) start--;
      if (start < m.index) out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
}
const FOREIGN_PHONE = /(?:\+|＋|00)(?:95|856|66|84|855|65|63|62|977|880|94|91)[\s-]?\(?[0-9]{1,3}\)?(?:[\s-]?[0-9]{2,5}){1,4}(?![0-9])/g;
const MYANMAR_LOCAL = /(?:缅甸|緬甸)(?:号|號|电话|電話|手机|手機|号码|號碼)(?:是|为|為)?[:：\s]{0,2}(09[\s-]?[0-9]{3}[\s-]?[0-9]{3}[\s-]?[0-9]{3,4})(?![0-9])/g;
const MYANMAR_NRC = /(?<![0-9A-Za-z])[0-9]{1,2}\/[A-Z][a-z]{1,3}(?:[A-Z][a-z]{1,3}){1,3}\((?:N|E|P|NAING)\)[0-9]{6}(?![0-9])/g;
/** Two to five capitalized words, a name's shape in Latin script (checked against honorifics, clans and syllables). */
const SEA_NAME = /(?<![A-Za-z])(?:U|Daw|Ko|Mg|Ma|Maung|Sai|Nang|Naw|Saw|Nan|[A-Z][a-z]{1,10})(?: [A-Z][a-z]{0,10}){1,4}(?![A-Za-z])/g;
/** How Lao surnames end (Sayavong, Phommachanh, Luangrath, Duangdy, Keomany …). */
const LAO_SURNAME_END = /(?:vong|chanh|sack|xay|phone|vanh|dy|rath|sith|thong|sone|many|kham|savath|ouane|lath)$/;
const SEA_HONORIFIC = new Set(['U', 'Daw', 'Ko', 'Mg', 'Maung', 'Sai', 'Nang', 'Naw', 'Saw']);
const JINGPO_CLAN = new Set(['Lahtaw', 'Lahpai', 'Maran', 'Marip', 'Nhkum', 'Hpauyu', 'Lashi', 'Zahkung', 'Labya', 'Hkangda']);
const BURMESE_SYLLABLE = new Set('Aung Min Zaw Htun Tun Htut Myo Kyaw Win Thant Hla Myint Khin Thin Nwe Nyi Than Htike Lwin Hlaing Oo Kham Hseng Noon Mo Hom Lin Soe Thu Zin Moe Phyo Naing Wai Yan Thet Paing Htet Ei Phyu Su Mya Sandar Thida Thein Myat Nay Wunna Kaung Khant Hein Pyae Sone Chit Swe Yee Yi Mar San Nu Tin Hnin Wint Shwe Thaw Lay'.split(' '));
const BORDER_PAPER_WORDS = ['边民证', '邊民證', '通行证', '通行證', '务工证', '務工證', '工作证', '工作證', '边境证', '邊境證'];
const BORDER_PAPER = /(?:边民证|邊民證|边境通行证|邊境通行證|通行证|通行證|务工证|務工證|边境证|邊境證)(?:号|號|号码|號碼)?(?:是|为|為|上的?)?[:：｜|\s]{0,2}([A-Z]{1,4}[-－]?[0-9]{4,12}(?:[-－][0-9]{2,8}){0,2})(?![A-Za-z0-9])/g;
const LISTED_PASSPORT = /(?<=[的：:，,、\s])([A-Z][0-9]{7,8})(?![A-Za-z0-9])/g;
const DAI_FIRST_WORDS = ['岩', '巖', '玉', '咪', '康朗', '依', '喃'];
/** Dai given-name syllables as written in Chinese (温, 香, 罕, 叫, 坎, 应, 龙 …). */
const DAI_GIVEN = new CharSet([...'温溫香罕叫坎应應龙龍帕丙保糯新那嫩旺景帅帥扁洪南拉岭嶺俊光湾灣尖伦倫喃波勐宝寶嘎峰腊臘罗羅康庄莊儿兒三伦丹']);
const DAI_INTRO_BEFORE = /(?:我叫|名叫|叫做|我是|我係|他是|她是|妈妈|媽媽|爸爸|阿爸|阿妈|阿媽|儿子|兒子|女儿|女兒|老婆|老公|丈夫|妻子|公公|婆婆|哥哥|姐姐|弟弟|妹妹|傣族|邻居|鄰居|都叫我|名字|联系人|聯繫人|学生|學生|叫)$/;
const DAI_WEAK_BEFORE = /(?:的|、|，|：)$/;
const ZU = '族'.charCodeAt(0);
const ETHNIC_BEFORE_NAME = /(?:我是|我係|老婆是|老公是|丈夫是|妻子是|她是|他是)(?:傣族|景颇族|景頗族|哈尼族|佤族|傈僳族|拉祜族|德昂族|布朗族|阿昌族|基诺族|基諾族|独龙族|獨龍族|怒族|彝族|苗族|瑶族|瑤族|壮族|壯族|白族|纳西族|納西族|藏族)(?:的|人)?/g;
const TRADE_BEFORE_NAME = ['茶商', '珠宝商', '珠寶商', '木材商', '玉石商', '地主', '报关行的', '報關行的', '物流的', '班长', '班長', '工头', '老板娘', '承包商', '收购商', '收購商', '中间商', '中間商'];
const VILLAGE_GROUP_HOME = /(?:寨|村民小组|村民小組)(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[组組])?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})[号號](?![0-9０-９楼樓])/g;

/** What may stand before a 妚 name besides a boundary: a word ending in a person's place (的, 个, 我系…个). */
const PERSON_BEFORE_PI = new CharSet([...'个個的叫系係是婆妈媽奶娘嫂姐妹']);
const CUED_CODE_WORDS = ['归侨证', '歸僑證', '合同编号', '合同編號', '协议编号', '協議編號'];
const YEARLESS_CERTIFICATE_WORDS = ['宅基地证', '宅基地證', '土地证', '土地證', '房产证', '房產證'];

const LIST_CUES = ['联名', '聯名', '名单', '名單', '户主', '戶主', '店主', '；', ';', '①', '1）', '1)', '1.', '1．'];

const LANE_ROOM_WORDS = ['前楼', '后楼', '前樓', '後樓', '亭子', '灶披', '客堂', '阁楼', '閣樓', '晒台', '曬台', '车库', '車庫'];
const CARD_WORDS = ['医保卡', '醫保卡', '社保卡', '就诊卡', '就診卡', '诊疗卡', '診療卡'];
const ORIGIN_WORDS = ['香港人', '台湾人', '臺灣人', '澳门人', '澳門人', '台商', '港商', '楼组长', '樓組長'];
const TW_PASSPORT = /(?:护照号码|護照號碼|护照号|護照號)(?:是|为|為|係)?[:：]?\s?[0-9]{9}(?![0-9])/g;
// What each rule of scanRound22 needs in the text at all (has: a look-up per word), so that most opinions skip its expression.
const CHILD_OR_TRUE_NAME_WORDS = ['孩子', '大的', '小的', '小女', '小儿', '小兒', '犬子', '真名', '原名', '名字', '大仔', '细仔', '細仔', '大女', '细女', '細女', '小伙', '小夥', '后生', '後生', '员工', '員工'];
const PRIVATE_ROLE_WORDS = ['中介', '放数', '放數', '放贷', '放貸', '高利', '黄牛', '黃牛', '蛇头', '蛇頭', '工头', '工頭', '房东', '房東'];
const QUOTED_ROLE_WORDS = [...PRIVATE_ROLE_WORDS, '收'];
const CANTONESE_SELF_WORDS = ['我係', '我系', '我喺', '我是'];
const FELLOW_WORDS = ['老乡', '老鄉', '同乡', '同鄉', '工友', '邻居', '鄰居'];
const ZAI_AFTER_WORD = /(?:工友|老乡|老鄉|叫佢|叫他|个|個|係|系)(?:肥|刀|靓|靚|细|細)仔([\u3400-\u9fff])/g;
const PRIVATE_ROLE = /(?:包工头|包工頭|工头|工頭|中介|二房东|二房東|放数佬|放數佬|放贷的|放貸的|蛇头|蛇頭)/g;
/** After a nickname of 老/阿 and a character: more of a word (老板, 阿姨 are caught before; 老王八 …) rather than a verb. */
const isHanWordAfterNick = (text: string, e: number): boolean => isHan(text.charCodeAt(e)) && !'拿收欠骗騙带帶跑卷捲说說叫把给給就又也都还還的是在不没沒'.includes(text[e]);
const FELLOW_KIN = /(?:老乡|老鄉|同乡|同鄉|工友|邻居|鄰居)([\u3400-\u9fff])(大哥|大姐|大嫂|哥|姐|叔|嫂|婶|嬸)(?![\u3400-\u9fff]{0,1}[们們])/g;
const RELATIVE_BEFORE = /(?:我|俺|额|額|咱)(?:家)?(?:妹妹|姐姐|哥哥|弟弟|老伴|男人|老公|老婆|媳妇|媳婦|爸|妈|媽|爹|娘|父亲|父親|母亲|母親|姑父|姑夫|姨父|舅舅|叔叔|伯伯|婆婆|公公|兄弟|哥|姐|弟|妹|儿子|兒子|女子|女儿|女兒|尕娃|娃|孙子|孫子|孙女|孫女|爷爷|爺爺|奶奶|老汉|老漢)|(?:村民|社员|社員|户主|戶主|邻居|鄰居|司机|司機|工友)/g;
// (Round 24: an area by letter too, E区1排2号.)
const SETTLEMENT_HOME = /(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}|[A-H])[区區](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})排(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號]/g;
/** A given name's first character: the tables' and 占 (马占山, 锁占福), which after a surname also ends words (占领, 占有). */
const firstGiven = (c: string): boolean => GIVEN_SET.has(c) || c === '占';
const KIN_SHI = /(?:老婆|妻子|媳妇|媳婦|家母|母亲|母親|奶奶|外婆|姥姥|祖母|老伴|内人|內人|太太)[\u3400-\u9fff]{2}氏/g;
const SPACED_MOBILE = /(?<![0-9０-９] ?)[1１] [3-9３-９](?: [0-9０-９]){9}(?! ?[0-9０-９])/g;
const NAME_FIELD_ANY = /[:：]\s?/g;

/**
 * The personal data in a text, as sorted, disjoint spans. `names`: the learned model of names no rule reads
 * (name-model.ts); `codes`: the learned model of numbers no rule reads (code-model.ts); null for both:
 * the rules alone (what scripts/train-names.ts and train-codes.ts measure the models against).
 */
const EASTERN_DIGITS = [...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹'];
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
export function detectPii(text: string, names: NameModel | null = shippedNameModel, codes: CodeModel | null = names ? shippedCodeModel : null): PiiSpan[] {
  if (typeof text !== 'string' || !text) return [];
  if (undecidedPlates.length) clearUndecidedPlates();
  if (sampleTables.length) clearSampleTables();
  text = flatText(text);
  const spans: PiiSpan[] = [];
  noteCharacters(text);
  // (Stop 29) Arabic-Indic and Persian digits (+٩٦٤ ٧٧٠ …, ۰۹۱۲ ۵۴۰ …) are read as the digits they are: one UTF-16 unit
  // each, so every span found on the folded text is the original's.
  if (hasAny(text, EASTERN_DIGITS)) {
    text = text.replace(EASTERN_DIGIT, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
    noteCharacters(text);
  }
  scanNumbers(text, spans);
  if (has(text, '@') || has(text, '＠')) scanEmails(text, spans);
  if (has(text, 'at')) scanSpelledEmails(text, spans);
  // (Both need Latin letters, which most opinions lack.)
  const hasLetter = sawLetter; // (read by scanNumbers above)
  if (hasLetter) {
    if (has(text, 'dot') || has(text, 'DOT')) scanDotSpelledEmails(text, spans);
    scanPassports(text, spans);
    scanPinyinNames(text, spans);
    // (Round 15) A line typed in pinyin alone.
    if (has(text, 'jiao ') || has(text, 'shi ') || has(text, 'zhu zai ')) scanPinyinLine(text, spans);
  }
  for (let m = execAnchored(WECHAT, text, 0); m; m = execAnchored(WECHAT, text, WECHAT.re.lastIndex)) {
    // (wx inside a word, "xwx: abcdef", is no introduction; checked here, a lookbehind would slow the scan.)
    if ((m[0][0] === 'w' || m[0][0] === 'W') && (m[0][1] === 'x' || m[0][1] === 'X') && m.index > 0 && /[A-Za-z]/.test(text[m.index - 1])) continue;
    const start = m.index + m[0].length - m[1].length;
    spans.push({ kind: 'wechat', start, end: start + m[1].length });
  }
  if (has(text, 'wxid_')) {
    WXID.lastIndex = 0;
    for (let m = WXID.exec(text); m; m = WXID.exec(text)) spans.push({ kind: 'wechat', start: m.index, end: m.index + m[0].length });
  }
  scanChineseDigits(text, spans);
  if (hasLetter) scanPlates(text, spans); // a plate has a Latin letter after its province
  if (hasLetter && (has(text, '·') || has(text, '•') || has(text, '・'))) scanPlates(text, spans, true);
  if (has(text, '渔') || has(text, '漁')) scanBoats(text, spans);
  if (has(text, '船号') || has(text, '船號') || has(text, '船牌') || has(text, '船舶') || has(text, '船名')) {
    BOAT_NUMBER.lastIndex = 0;
    for (let m = BOAT_NUMBER.exec(text); m; m = BOAT_NUMBER.exec(text)) spans.push({ kind: 'plate', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  scanAddresses(text, spans);
  scanNames(text, spans, spans.slice());
  // (Round 13: each only where its cue word is there at all.)
  if (sawTriggers & T_HAO) scanMemberNumbers(text, spans);
  if (hasAny(text, HOLDER_CUES)) scanHolderNumbers(text, spans);
  if (hasAny(text, SPLIT_CUES)) scanSplitMobiles(text, spans);
  // (Round 14: each only where its cue character is there at all.)
  if (sawTriggers & T_ZHENG || (hasLetter && has(text, 'ermit'))) scanPermits(text, spans);
  if (hasLetter) {
    scanResidentCards(text, spans);
    scanLatinNames(text, spans);
  }
  // (Stop 30: a Portuguese writer's BIR too, with no 身份 in the text.)
  if ((sawTriggers & T_ZHENG && has(text, '身份')) || (hasLetter && has(text, 'BIR'))) {
    MACAU_ID.lastIndex = 0;
    for (let m = MACAU_ID.exec(text); m; m = MACAU_ID.exec(text)) spans.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (sawTriggers & T_HAO && RECORD_CUE.test(text)) scanRecordNumbers(text, spans);
  if (sawTriggers & T_FANG || has(text, '室')) scanLodgingRooms(text, spans);
  if (has(text, '住户') || has(text, '住戶') || has(text, '业主') || has(text, '業主')) {
    BARE_ROOM_RESIDENT.lastIndex = 0;
    for (let m = BARE_ROOM_RESIDENT.exec(text); m; m = BARE_ROOM_RESIDENT.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  // (Round 15: each only where its cue word is there at all.)
  if (sawTriggers & T_ZHENG && (has(text, '残疾') || has(text, '殘疾'))) scanDisabilityNumbers(text, spans);
  if (sawTriggers & T_ZHENG && (has(text, '低保') || has(text, '优待') || has(text, '優待'))) scanWelfareNumbers(text, spans, WELFARE_NUMBER);
  if (sawTriggers & T_HAO && (has(text, '户号') || has(text, '戶號') || has(text, '用户编号') || has(text, '用戶編號') || has(text, '缴费号') || has(text, '繳費號')) && (has(text, '热') || has(text, '熱') || has(text, '暖'))) scanWelfareNumbers(text, spans, HEATING_ACCOUNT);
  scanSpacedNames(text, spans);
  scanRound15Names(text, spans);
  scanRound17Names(text, spans);
  scanRound18Names(text, spans);
  scanRound19Names(text, spans);
  scanRounds20And21Names(text, spans);
  scanRound22(text, spans);
  scanRound23(text, spans);
  scanRound24(text, spans);
  scanRound25(text, spans);
  scanRound26(text, spans);
  scanRound27(text, spans);
  scanRound28(text, spans);
  scanRound30(text, spans);
  scanRound31(text, spans, hasLetter);
  scanStop32(text, spans, hasLetter);
  scanStop33(text, spans, hasLetter);
  scanStop34(text, spans);
  scanStop35(text, spans, hasLetter);
  scanStop36(text, spans);
  scanStop37(text, spans);
  scanStop37b(text, spans);
  scanStop38(text, spans);
  scanStop38b(text, spans);
  scanStop39(text, spans); // (Stop 39)
  scanStop39b(text, spans);
  scanStop40(text, spans); // (Stop 40)
  scanStop40b(text, spans);
  if (scriptTest(THAI_LETTER, text) || has(text, '泰') || has(text, 'Thai') || has(text, '-')) scanThai(text, spans);
  scanRound14Names(text, spans, hasLetter);
  scanMoreRound14Names(text, spans);
  if (hasLetter && (has(text, '（微信') || has(text, '(微信') || has(text, '（LINE') || has(text, '(LINE'))) {
    WECHAT_AFTER.lastIndex = 0;
    for (let m = WECHAT_AFTER.exec(text); m; m = WECHAT_AFTER.exec(text)) spans.push({ kind: 'wechat', start: m.index, end: m.index + m[1].length });
  }
  scanAliasPairs(text, spans);
  if (sawTriggers & T_SHI && sawTriggers & (T_MING | T_HAO | T_WO)) scanSaidNicknames(text, spans);
  if (sawTriggers & (T_MING | T_JIAO)) {
    scanOpeningNickname(text, spans);
    scanNickThenReal(text, spans);
  }
  if (sawTriggers & T_XING) scanGivenThenSurname(text, spans);
  if (has(text, '“') || has(text, '「')) scanQuotedNicknames(text, spans);
  if (sawTriggers & T_PAREN && sawTriggers & T_JIAO) {
    CALLED_ME_BRACKET.lastIndex = 0;
    for (let m = CALLED_ME_BRACKET.exec(text); m; m = CALLED_ME_BRACKET.exec(text)) if (!AH_KIN.has(m[1][1]) && !NICKNAME_NOT.has(m[1]) && !ALIAS_NOT.has(m[1])) spans.push({ kind: 'name', start: m.index, end: m.index + 2 });
  }
  trailingSigned(text, spans);
  scanOtherNames(text, spans, hasLetter);
  besideKnownSpans(text, spans);
  hkNumbersAfterNames(text, spans);
  homesBesideNames(text, spans);
  if (hasLetter) {
    scanLatinBesideNames(text, spans);
    capsAfterHanNames(text, spans, spans);
    scanCapitalizedNames(text, spans);
    scanLatinGivenHanSurnames(text, spans);
    scanSocialHandles(text, spans);
    scanMessengerHandles(text, spans);
    scanForeignAccounts(text, spans);
    scanLatinHomes(text, spans);
    if (sawTriggers & T_PAREN) latinBeforeBracketedName(text, spans);
  } else if (scriptTest(CASED_NOT_ASCII, text)) scanCapitalizedNames(text, spans); // (Ирина Соколова, Đặng Thị Lan with no ASCII letter)
  if (scriptTest(HANGUL, text)) scanHangulNames(text, spans);
  if (has(text, '中文名')) scanChineseNamesGiven(text, spans);
  scanTaiwanHomes(text, spans);
  scanOtherNotations(text, spans, hasLetter);
  if (has(text, '784')) scanEmiratesIds(text, spans);
  if (has(text, '@')) scanMicroblogAt(text, spans);
  if (scriptTest(CYRILLIC, text)) scanRussianDetails(text, spans);
  if (has(text, '号') || has(text, '號')) scanCuedStreetHomes(text, spans);
  if (undecidedPlates.length) platesOfPersons(spans);
  dropOfficeContacts(text, spans);
  // (Round 22) "支付宝 138…": 付 is a surname, and 付宝 before a number read as a name; Alipay is none.
  let kept = has(text, '支付') ? withoutAlipay(text, spans) : spans;
  // (Stop 28) An ethnic group is no one's name, whatever rule read it (冶兰花（撒拉族）: 撒 is a Salar surname too).
  if (has(text, '族')) kept = kept.filter((sp) => sp.kind !== 'name' || text.charCodeAt(sp.end - 1) !== ZU || sp.end - sp.start > 4);
  // (Stop 29) Nor is a country or a foreign city whatever rule read it (儿子韩国里…, 我是苏丹的…), nor Wu's 阿拉.
  // (Review: unless a name is introduced there, 我叫阿拉, 村民韩国.)
  kept = kept.filter((sp) => sp.kind !== 'name' || sp.end - sp.start > 5 || !ABROAD.has(text.slice(sp.start, sp.end)) || INTRODUCED_BEFORE.test(text.slice(Math.max(0, sp.start - 3), sp.start)));
  // (Stop 30) 广 in a name, not in a place or a word it starts (从广东, 练广播操).
  // (Only where the span opens with a word that leads to a place, 从/向/到…, or ends in 广 before one: 我叫王广大 stays a name.)
  if (has(text, '广') || has(text, '廣')) kept = kept.filter((sp) => sp.kind !== 'name' || !guangWord(text, sp));
  // (Stop 31) Nor 标 opening the word after it (翻译费标准, 商标志).
  if (has(text, '标') || has(text, '標')) kept = kept.filter((sp) => sp.kind !== 'name' || !BIAO_WORD.test(text.slice(sp.end - 1, sp.end + 1)));
  // (Stop 34) Nor a word some rule read after a kin word or a comma (我妈高血压, 被告是我, 船證是…), nor a chat group in a
  // list of groups (班级群、年级群、安全群).
  kept = kept.filter((sp) => sp.kind !== 'name' || !(WORD_NOT_NAME_STOP34.has(text.slice(sp.start, sp.start + 2)) || groupInList(text, sp)));
  // (Each detector emits its spans in order, so the sort mostly merges sorted runs.)
  const merged = mergeSpans(kept);
  const ruled = sawTriggers & T_DUN ? fillNameLists(text, merged) : merged;
  // (Names no rule read, by the learned model, among what the rules left unmasked.)
  const learned = names ? names.find(text, ruled, (start, end) => !knownNotName(text, start, end), foldedOf(text), { threshold: FULL_NAME_LOGIT_41, firstUnits: COMMON_SURNAME_UNITS_41, keep: (start, end) => plainFullName41(text, start, end) }) : [];
  // (Numbers no rule read, by the learned model of numbers, likewise.)
  const coded = codes ? codes.find(text, ruled, (start, end) => !knownNotPersonalCode(text, start, end)) : NO_SPANS;
  // (A name in capitals after a Han name the model read, as after one the rules read.)
  const caps: PiiSpan[] = [];
  if (learned.length && sawLetter) capsAfterHanNames(text, learned, caps);
  let result = maskRepeatedNames(text, learned.length || coded.length ? mergeSpans(ruled.concat(learned, coded, caps)) : ruled);
  if (sawTriggers & T_PAREN && (has(text, '号') || has(text, '號') || has(text, '-'))) result = bracketedHomes(text, result);
  if (result.length) result = namesBesideFound(text, result);
  if (result.length) result = besideNamesStop34(text, result);
  if (has(text, '爸爸') || has(text, '妈妈') || has(text, '媽媽') || has(text, '家长') || has(text, '家長')) result = parentsOfNamedChildren(text, result);
  result = stop35After(text, result);
  if (result.length) result = stop36After(text, result);
  result = stop36bAfter(text, result); // (Stop 36b)
  if (result.length) result = stop37After(text, result);
  if (result.length) result = stop37bAfter(text, result); // (Stop 37b)
  if (result.length) result = stop38After(text, result); // (Stop 38)
  if (result.length || has(text, '群')) result = stop39After(text, result); // (Stop 39)
  if (result.length) result = stop39bAfter(text, result); // (Stop 39b)
  if (result.length) result = stop40After(text, result); // (Stop 40)
  if (result.length) result = stop40bAfter(text, result);
  if (result.length) result = stop40cAfter(text, result);
  if (result.length) result = withoutPlaceholders(text, result);
  if (sampleTables.length) result = withoutSampleTables(text, result);
  forgetText(); // (not to keep a long text alive until the next call)
  forgetOfficeLines();
  return result;
}
/** 标 and the character after it making a word (标准, 标志, 标签 …): no name ends in that 标. */
const BIAO_WORD = /^[标標][准準志签簽题題语語本兵价價注明牌杆桿记記识識的书書线線尺]/;
/** (Stop 31) A street number in brackets right after a person's name (林阿珠（顶埕巷3号）、陈秀兰（顶埕巷7号）): that person's home,
 * whichever rule or model read the name. An office's stays visible (县政府（人民路1号）: no name before it). */
// (Stop 32) Also any named place's house number (纪凤兰（西坨子8号）), a flat by building, 门 or unit and room (苗凤英（1号楼2门302）),
// and the northern shorthand of building, entrance and room (郎玉林（4-1-201）).
const BRACKETED_STREET_HOME = /^[（(]((?:[\u3400-\u9fff]{1,8}(?:路|街|大街|大道|巷|弄|胡同|道|里|坊)|[\u3400-\u9fff]{1,7}[子坨屯庄莊村沟溝湾灣头頭口坝壩岭嶺寨营營堡集铺鋪桥橋塘坪洼窪岗崗坡脚腳]|[0-9０-９]{1,2}排)(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})[号號](?:之[0-9０-９]{1,2})?|[\u3400-\u9fff]{0,8}[0-9０-９]{1,3}(?:号楼|號樓|[栋棟幢])[0-9０-９]{1,2}(?:[门門]|单元|單元)[0-9０-９]{3,4}[室号號]?|[0-9０-９]{1,3}[-－][0-9０-９]{1,2}[-－][0-9０-９]{3,4})[）)]/;
function bracketedHomes(text: string, spans: PiiSpan[]): PiiSpan[] {
  let added: PiiSpan[] | null = null;
  for (const sp of spans) {
    if (sp.kind !== 'name') continue;
    const m = BRACKETED_STREET_HOME.exec(text.slice(sp.end, sp.end + 24));
    if (!m || STREET_OFFICE_AFTER.test(m[1])) continue;
    (added ??= []).push({ kind: 'address', start: sp.end + 1, end: sp.end + 1 + m[1].length });
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}
const GUANG_WORD = /[广廣][东東西州播场場告大泛阔闊电電安元汉漢德水饶饒宁寧发發义義袤度]/;
function guangWord(text: string, sp: PiiSpan): boolean {
  const at = text.slice(sp.start, sp.end).search(/[广廣]/);
  if (at < 0) return false;
  const g = sp.start + at;
  if (!GUANG_WORD.test(text.slice(g, g + 2))) return false;
  return '从從向往到在去练練'.includes(text[sp.start]) || g === sp.end - 1;
}

/**
 * Whether the number the learned model of numbers read at text[start, end) is, by the campaign's conventions, no
 * one's: an office's or a company's line (as dropOfficeContacts reads the rules' own), a company's account or credit
 * code, an order, a parcel's pick-up code, a transaction, a police case, a procurement contract, an amount, a count,
 * a page, a version, a thing's number; a plate after its province (the rules'); without a cue, a number whose
 * checksum fails. The model sees few of these in the labelled sets, and each writer labels them alike (not at all).
 */
function knownNotPersonalCode(text: string, start: number, end: number): boolean {
  for (const o of officeLines) if (start < o.end && o.start < end) return true;
  // (Read at half width, as the model reads the run: ＲＭＢ８８００００ is RMB880000.)
  let before = toHalfWidth(text.slice(Math.max(0, start - 14), start));
  let run = toHalfWidth(text.slice(start, end));
  // (Stop 32) After +86 a line is read without the country code, and the words before the plus (县委办公室：+86 0797 …).
  if (before.endsWith('+')) {
    before = before.replace(/\(?\+$/, '');
    run = run.replace(/^86[ -]?/, '');
  }
  // (An office's line by the rules' own pattern, for a line's shape only: 会员号码 2019123456 is a member's.)
  if ((LINE_SHAPE.test(run) && OFFICE_LINE_BEFORE.test(before)) || OFFICE_RIGHT_BEFORE.test(before) || CORPORATE_ACCOUNT_BEFORE.test(before) || NOT_PERSONAL_CODE_BEFORE.test(before)) return true;
  // (A plate after its province, 湘G88888 or 京A·12345, is the rules': they mask the one a writer gives as theirs.)
  if (PLATE_PROVINCE.has(text.charCodeAt(start - 1)) || (start >= 3 && PLATE_PROVINCE.has(text.charCodeAt(start - 3)) && /^[A-Za-z][·•・]$/.test(before.slice(-2)))) return true;
  // (Without a cue the rules read, a checksum decides: an ID number's shape whose check fails, or a card's digits that
  // fail Luhn, the rules leave as no such number, and so does the model. After 身份证号 or 卡号 the rules mask them.)
  if (ID_SHAPE.test(run) ? !validIdNumber(run.toUpperCase()) : CARD_SHAPE.test(run) && !luhn(run.replace(/ /g, ''))) return true;
  if (CURRENCY_CODE.test(run) || NOT_PERSONAL_CODE_AFTER.test(toHalfWidth(text.slice(end, end + 8)))) return true;
  // (Stop 41) A template's, a notice's or a group's number, as the rules leave them (CONTRACT_SAMPLE_38B, SAMPLE_BEFORE_39):
  // the words in its clause before it (公示的协议编号, 协议范本编号, 我们村的, 其中, 他们公布的) or a template's right after
  // (为范本, 的模板). The model, trained on numbers after such cues that were a person's, reads the cue alone.
  const clause = before.slice(before.search(/[^，,。；;！!？?\n]*$/));
  // (Review: none where a person is in the clause — 按照模板填写了我妈的社保号…, 厂家说儿子的保修卡号… —: their number.)
  if (PERSON_IN_CLAUSE_41.test(clause)) return false;
  if (TEMPLATE_OR_GROUP_BEFORE_41.test(clause) || TEMPLATE_AFTER_41.test(text.slice(end, end + 5))) return true;
  // (A firm's or an office's: 加油站购买合同号…, 县住建局的招标编号….)
  return FIRM_BEFORE_41.test(clause);
}
const FIRM_BEFORE_41 = /公司|企业|企業|加油站|厂家|廠家|商家|门店|門店|工厂|工廠|集团|集團|作坊|局|政府|街道[办辦]|管委[会會]/;
/** A person in a number's clause (the writer, a relative, someone spoken of; not 我们, 他们 or a firm's 这家/厂家). */
const PERSON_IN_CLAUSE_41 = /我(?![们們])|俺(?![们們])|本人|(?<![厂廠商这這那哪一每店东東])家(?![长長])|[妈媽爸父母妻夫儿兒孙孫爷爺奶婆]|女儿|女兒|孩子|老人|[他她](?![们們])|[哥姐弟妹](?!妹)/;
const TEMPLATE_OR_GROUP_BEFORE_41 = /公示|公布|[范範]本|模板|[样樣]本|示例|[样樣]例|示[范範]|格式|我们村|我們村|其中|他们|他們|集体|集體/;
const TEMPLATE_AFTER_41 = /^(?:[为為]|的)?(?:[范範]本|模板|[样樣]本|示例|[样樣]例)/;
/** A landline's shape (with its area code or without), a service line's (400/800), eight digits in two groups. */
const LINE_SHAPE = /^(?:0\d{2,3}[- ]?\d{7,8}|\d{7,8}|[48]00[- ]?\d{3}[- ]?\d{4}|\d{4} \d{4})$/;
const ID_SHAPE = /^\d{17}[\dXx]$/;
const CARD_SHAPE = /^\d(?: ?\d){15,18}$/;
const PLATE_PROVINCE = new Set([...'京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊'].map((c) => c.charCodeAt(0)));
const CURRENCY_CODE = /^(?:RMB|CNY|USD|HKD|EUR|MOP|NTD|TWD)/i;
const NOT_PERSONAL_CODE_BEFORE = /(?:(?:(?:公司|企业|企業|单位|單位|局|厅|廳|中心|医院|醫院|学校|學校|银行|銀行|部门|部門|办|辦|查询|查詢)[^，,。；;！!？?]{0,6}(?:电话|電話|号码|號碼|热线|熱線)|订单|訂單|单号|單號|取件码|取件碼|附件|型号|型號|版本|流水号|流水號|交易号|交易號|警情|信用代码|信用代碼|采购|採購|金额|金額|文号|文號|发票|發票|费用|費用|价格|價格|工资|工資|罚款|罰款|收费|收費)[^，,。；;！!？?]{0,6}|(?:村委会|村委會|居委会|居委會|委员会|委員會)[:：]?\s?|第[0-9\s]{0,3})$/;
const NOT_PERSONAL_CODE_AFTER = /^\s?(?:的?(?:设备|設備|机器|機器|仪器|儀器|产品|產品|货物|貨物|文件|批次)|元|万|萬|块|塊|%|％|平方|亩|畝|公里|人次|次|页|頁|个|個|件|份|辆|輛|台|吨|噸|公斤|千克|斤|人|[（(](?:公司|总机|總機|单位|單位|办公|辦公))/;

/**
 * Whether what the learned name model read at text[start, end) is what the rules know is no private person's name:
 * an official or staff in their role (after a title or a post, before 书记/主任…), a famous person, a word the rules
 * keep as a word (阿姨, 老师, 温泉), a form of address or kinship (王先生, 刘大姐, 和二哥: where one names a private
 * person the rules read it), or a place (阿尔山, 张家村). The model learns these from the labelled sets too, but
 * rarely sees them; the rules' lists are the campaign's own conventions.
 */
function knownNotName(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  if (FAMOUS.has(span) || ABROAD.has(span) || isKnownWord(span) || isKnownWord(span.slice(0, 2)) || isKnownWord(span.slice(-2))) return true;
  if (LEARNED_NOT_LAST.has(text.charCodeAt(end - 1)) || /(?:先生|女士|小姐|太太)$/.test(span) || wordNotPerson(foldToSimplified(span))) return true;
  // The tail of a word that starts before it (叫苦连天's 苦连天), a run opening with a common word where no surname
  // stands (能力强; not 椰子强 or 眼镜儿, nicknames after a rarer word), a doubled character (甜甜和蜜蜜: a pet name,
  // or a word; where one names a person the rules read it). (The dictionary is in Simplified script: a Traditional
  // span is looked up folded.)
  if ((start >= 1 && wordNotPerson(foldToSimplified(text.slice(start - 1, end)))) || (start >= 2 && end - start <= 2 && wordNotPerson(foldToSimplified(text.slice(start - 2, end))))) return true;
  if (end - start > 2 && !SURNAME_UNIT[text.charCodeAt(start)] && commonWord(foldToSimplified(span.slice(0, 2)))) return true;
  if (end - start === 2 && span[0] === span[1]) return true;
  // (Stop 41) A run whose first character ends a three-character word begun before it (棚户区老汉's 区老汉), and a
  // village called after a clan with 家 (汪家坦, 李家坞, 俞家畈: a place, where a given name never ends so).
  if (start >= 2 && wordNotPerson(foldToSimplified(text.slice(start - 2, start + 1)))) return true;
  if (end - start === 3 && (span[1] === '家' && CLAN_VILLAGE_END.has(span[2]))) return true;
  // A surname and a polite or trade form of address (刘大夫, 张医生, 李老师): identifies nobody, as in the rules.
  if (end - start === 3 && SURNAME_UNIT[text.charCodeAt(start)] && POLITE_ADDRESS_41.has(foldToSimplified(span.slice(1)))) return true;
  // (Stop 32) No surname and no character of a given name or of a common word: rare characters in a row (緀餠歀 in pasted
  // noise), no one's name.
  if (!SURNAME_UNIT[text.charCodeAt(start)] && !COMPOUND_FIRST_UNIT[text.charCodeAt(start)] && !hasKnownCharacter(span)) return true;
  // (Stop 28) 老 or 小 before a word of standing: a standing, not a nickname (老股东, 老党员, 小商户; not 老建国, whose
  // 建国 is a common word and a given name).
  if (end - start === 3 && (span[0] === '老' || span[0] === '小') && STANDING_WORDS.has(foldToSimplified(span.slice(1)))) return true;
  const before = text.slice(Math.max(0, start - 8), start).trimEnd();
  // (Stop 34: a record's role set before a colon too, 经手人：周某, 審判員：王某.)
  if (TITLE_BEFORE_MOU.test(before.replace(/[:：]$/, '')) || OFFICIAL_RIGHT_BEFORE.test(before) || OFFICIAL_WORD_BEFORE.test(before) || STAFF_RIGHT_BEFORE.test(before) || LIST_OFFICIAL_BEFORE.test(before) || STAFF_ROLE_END.test(before) || /(?:负责人|負責人|社工|政府的?|[局委办辦所站]的|街道办的?|街道辦的?)$/.test(before)) return true;
  const after = text.slice(end, end + 16);
  return TITLE_AFTER.test(after) || LIST_TITLE_AFTER.test(after) || OFFICE_SAID_AFTER.test(after) || CLAN_AFTER.test(after);
}
/**
 * (Stop 41) The logit down to which the name model's candidate is read as a name when it has a plain full name's form
 * (plainFullName41), where the shipped threshold (2) holds for the rest. Over every labelled set, against 2 for all:
 * recall up on 23 sets (pii48 0.962 → 0.971, pii57 +0.007, dev28 0.974 → 0.978, pii62 +0.005, pii63 +0.005), precision
 * down on pii4 (−0.002: 胡楊林) and pii42 (−0.001: 胡楊節); at −1 pii2 lost 0.005 of precision, at 1 half the recall.
 * The whole model at 1 read ordinary words after cues (师姐冷静, 从广安): the gate is what keeps them out.
 */
const FULL_NAME_LOGIT_41 = 0;
/** COMMON_SURNAMES_40 by UTF-16 unit: the first characters whose three-character candidates the model reads down to
 * FULL_NAME_LOGIT_41 (name-model.ts candidates; every other candidate keeps the shipped threshold's pruning). */
const COMMON_SURNAME_UNITS_41 = new Uint8Array(65536);
/** Three characters in a plain full name's form: one of the hundred commonest surnames, neither the given name nor the
 * first two characters a dictionary word (高大, 明白), no 老/小/阿/大 of a nickname (周老三) and no 府 (王府井, which the
 * dictionary lacks), no settlement's last character (马坊营), no post right before. */
function plainFullName41(text: string, start: number, end: number): boolean {
  if (end - start !== 3 || !COMMON_SURNAMES_40.has(text[start]) || '老小阿大府'.includes(text[start + 1]) || CLAN_VILLAGE_END.has(text[end - 1])) return false;
  if (wordNotPerson(foldToSimplified(text.slice(start + 1, end))) || POST_BEFORE_41.test(text.slice(Math.max(0, start - 2), start))) return false;
  // (Review: words the dictionary tags as persons' are words too — 朱红, 陆军, 刘海, 李子 —, a famous person is in it
  // whole (袁世凯, 刘亦菲), and a run cutting the next word short is none (韦博英语's 韦博英).)
  const read = foldToSimplified(text.slice(start, Math.min(text.length, end + 1)));
  return !anyDictionaryWord(read.slice(0, 2)) && !anyDictionaryWord(read.slice(0, 3)) && !(read.length > 3 && anyDictionaryWord(read.slice(2, 4)));
}
/** A post or a body right before a name (协会理事长李明华, 村长, 主任): an official in their role, which the rules leave. */
const POST_BEFORE_41 = /(?:长|長|主任|书记|書記|委员|委員|干部|幹部|局|处|處|科|所|站|办|辦|会|會|部)$/;
/** Forms of address that follow a bare surname and name nobody (the model's candidates; the rules read their own). */
const POLITE_ADDRESS_41 = new Set(['大夫', '医生', '老师', '师傅', '大姐', '护士', '律师']);
/** The last character of a village named after a clan with 家 (汪家坦, 程家坞, 王家村, 李家湾). */
const CLAN_VILLAGE_END = new CharSet('村庄莊湾灣坦坞塢畈营營寨屯沟溝坪岭嶺坡堡铺鋪洼窪峪冲沖塘坝壩嘴圩垸埠窑窯岙垄壟垅壠堰坳店集岗崗'.split(''));
/** A clan, not a person: 王氏家族, 陈家宗祠. */
const CLAN_AFTER = /^(?:家族|宗族|宗祠|祠堂|族人|宗亲|宗親)/;
const isKnownWord = (w: string): boolean => ALIAS_NOT.has(w) || NICKNAME_NOT.has(w) || NOT_NAME_WORD.has(w);
/** A staff or service role right before (局长的司机 X: someone's driver, in their work; the rules read a writer's own trade). */
const STAFF_ROLE_END = new RegExp(`(?:${STAFF_ROLE.source})的?$`);
/** A list's first name whose list the title after covers (王建军、李明等镇领导). */
const LIST_TITLE_AFTER = new RegExp(`^[、和与與及][^，,。；;！!？?]{0,10}${TITLE_AFTER.source.slice(1)}`);

/** The spans but a name 付宝 right after 支 (支付宝, Alipay); the same array when there is none. */
function withoutAlipay(text: string, spans: PiiSpan[]): PiiSpan[] {
  const alipay = (sp: PiiSpan) => sp.kind === 'name' && sp.end === sp.start + 2 && text[sp.start - 1] === '支' && text[sp.start] === '付' && (text[sp.start + 1] === '宝' || text[sp.start + 1] === '寶');
  return spans.some(alipay) ? spans.filter((sp) => !alipay(sp)) : spans;
}

/**
 * (Round 16) "联名家长：林秀娟、蒋大军、阿牛伍各、陈翠萍": after two names of a list read as names, the items that follow
 * in the same list are names too, also one the tables cannot read (a Yi name) — each of two to four Han characters,
 * starting with a surname or 阿, no function word, place or title (LOOSE_STOP), not before a title. Spans sorted.
 */
function fillNameLists(text: string, spans: PiiSpan[]): PiiSpan[] {
  let extra: PiiSpan[] | null = null;
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1];
    const b = spans[k];
    if (a.kind !== 'name' || b.kind !== 'name' || text[a.end] !== '、' || b.start !== a.end + 1 || text[b.end] !== '、') continue;
    let pos = b.end + 1;
    let next = k + 1;
    for (;;) {
      let q = pos;
      while (q < text.length && q - pos <= 4 && isHan(text.charCodeAt(q)) && text[q] !== '、' && !LIST_JOIN.has(text[q])) q++;
      const sep = text[q] ?? '';
      if (q - pos < 2 || q - pos > 4 || !(sep === '' || sep === '、' || CLAUSE_END.has(sep) || LIST_JOIN.has(sep) || isColonOrSpace(sep))) break;
      while (next < spans.length && spans[next].end <= pos) next++;
      const covered = next < spans.length && spans[next].start <= pos && spans[next].end >= q;
      if (!covered) {
        if (!(surnameLength(text, pos) || text[pos] === '阿' || MINORITY_FIRST[text.charCodeAt(pos)])) break;
        let ok = true;
        for (let c = pos; c < q; c++) if (LOOSE_STOP.has(text.charCodeAt(c)) || NUMERALS.has(text[c])) ok = false;
        if (!ok || TITLE_AFTER.test(text.slice(q, q + 4)) || NOT_NAME_WORD.has(text.slice(pos, pos + 2))) break;
        (extra ??= []).push({ kind: 'name', start: pos, end: q });
      }
      if (sep !== '、') break;
      pos = q + 1;
    }
    // (The list is read once: the scan goes on after it, so a text of one list of 100,000 names stays linear.)
    while (next < spans.length && spans[next].end <= pos) next++;
    k = Math.max(k, next - 1);
  }
  return extra ? mergeSpans(spans.concat(extra)) : spans;
}

// ---------------------------------------------------------------------------------------------
// Round 16: a municipality's service windows (dev16), pastoral and fishing places (pii8), a northern district (pii11).

/** "抖音号shuoyuan_laowu", "快手號：abc_123": a short-video or microblog account, introduced as such, names its owner. */
const SOCIAL_HANDLE = /(?:抖音|快手|微博|小红书|小紅書|视频号|視頻號)(?:号|號|账号|賬號|帳號|ID|id)[\s:：是为為]{0,4}([A-Za-z0-9][-_.A-Za-z0-9]{2,28}[-_A-Za-z0-9])(?![-_A-Za-z0-9])/g;
/** (Stop 29) A messenger's or a network's account after its name (Telegram @lena_sok_vdk, KakaoTalk：dongchul_son88, VK:
 * vk.com/sveta_amber25, Viber, Zalo, Instagram, Skype): a handle with a digit, an underscore, a dot or an @, which a
 * word after the name (Line till midnight) has not; and a microblog's handle in Han characters after @ (微博@圖川小金魚). */
const MESSENGER_HANDLE = /(?<![A-Za-z])(?:Telegram|telegram|TG|KakaoTalk|Kakaotalk|Kakao|kakao|Viber|viber|VK|vk|Instagram|instagram|IG|ig|Facebook|facebook|FB|fb|Skype|skype|Twitter|twitter|Signal|Zalo|zalo|Snapchat|TikTok|Tiktok|tiktok|LINE|Line)(?:\s?(?:ID|id|号|號|账号|賬號|帳號))?[\s:：是为為]{0,4}(@[A-Za-z0-9][-_.A-Za-z0-9]{1,30}[A-Za-z0-9_]|[A-Za-z0-9][-_.A-Za-z0-9/]{1,40}[A-Za-z0-9_])(?![-_.A-Za-z0-9@])/g;
const MICROBLOG_AT = /(?<!官方|政务|政務)(?:微博|抖音|快手|小红书|小紅書)[\s:：]{0,2}(@[\u3400-\u9fff][\u3400-\u9fff0-9_]{1,9})(?=[，,。；;！!？?\s）)]|$)/g;
/** An office's account, which is no one's personal data (@岚江发布). */
const OFFICIAL_HANDLE_END = /发布|發佈|發布|政务|政務|公安|在线|在線|融媒|新闻|新聞|卫健|衛健|文旅|政府|人民|交警|局|委|办|辦|团|團|中央|日报|日報|电视|電視|法院|检察|檢察|网警|網警|消防|监管|監管|医院|醫院|学校|學校|大学|大學/;
function scanMessengerHandles(text: string, out: PiiSpan[]) {
  MESSENGER_HANDLE.lastIndex = 0;
  for (let m = MESSENGER_HANDLE.exec(text); m; m = MESSENGER_HANDLE.exec(text)) {
    // (A handle has a letter or starts with @, and is not a number with its unit: TG 2.35, LINE 2.0, VK 12.5万.)
    if (!/[0-9_.@]/.test(m[1]) || !/[A-Za-z@_]/.test(m[1]) || /^[0-9.]+[A-Za-z%/]*$/.test(m[1])) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'wechat', start: end - m[1].length, end });
  }
}
function scanMicroblogAt(text: string, out: PiiSpan[]) {
  MICROBLOG_AT.lastIndex = 0;
  for (let m = MICROBLOG_AT.exec(text); m; m = MICROBLOG_AT.exec(text)) {
    if (OFFICIAL_HANDLE_END.test(m[1])) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'wechat', start: end - m[1].length, end });
  }
}
function scanSocialHandles(text: string, out: PiiSpan[]) {
  if (!has(text, '抖音') && !has(text, '快手') && !has(text, '微博') && !has(text, '小红书') && !has(text, '小紅書') && !has(text, '视频号') && !has(text, '視頻號')) return;
  SOCIAL_HANDLE.lastIndex = 0;
  for (let m = SOCIAL_HANDLE.exec(text); m; m = SOCIAL_HANDLE.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ kind: 'wechat', start: end - m[1].length, end });
  }
}

/**
 * A street number said to be a household's (县城东风路67号是我们家, 工人村二街7號舊居) or where a parcel or a letter for a
 * private person goes (收貨地址寫的是工人村七街3號, 寄往沙嘴漁村後街5號, 房子在石塘渔村海边路19号): the home, with the
 * village or quarter named before the street. Not an office's (…8号区政府).
 */
const CUED_STREET_NUMBER = /(?:路|街|大街|大道|巷|弄|胡同)(?:[0-9０-９]{1,5}|[一二三四五六七八九十百零〇]{1,4})(?:号|號)(?![楼樓院0-9０-９])/g;
// (Stop 31: and where a household is, 铺子和家都在麦仓街47号.)
const STREET_HOME_BEFORE = /(?:(?:收货|收貨)地址(?:写的是|寫的是|填的是|填的|是|为|為)?|寄往|寄到|寄回|(?:房子|老房子|老房|祖屋|老屋|祖宅|老宅|(?:我|俺|咱|他|她|们|們|和|老|自|娘)家)(?:就|都|也)?(?:在|是))[：:\s]?$/;
const STREET_HOME_AFTER = /^(?:是我家|是俺家|是我们家|是我們家|是咱家|旧居|舊居|老宅|祖屋|祖宅)/;
const STREET_OFFICE_AFTER = /^[^，,。；;]{0,6}(?:政府|局|中心|公司|法院|医院|醫院|银行|銀行|办|辦|委|所|站)/;
const STREET_NAME_STOP = new CharSet([...'在是往到下了的住址我你他她们們和与與及係喺']);
const STREET_LEAD = /^(?:县城|縣城|市区|市區|城区|城區|镇上|鎮上|城关|城關)/;
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

function scanStop32(text: string, out: PiiSpan[], hasLetter: boolean) {
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
function sentenceAround(text: string, start: number, end: number): string {
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

function scanRound31(text: string, out: PiiSpan[], hasLetter: boolean) {
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
function capsAfterHanNames(text: string, names: readonly PiiSpan[], spans: PiiSpan[]) {
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

function scanCuedStreetHomes(text: string, out: PiiSpan[]) {
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
function scanGivenThenSurname(text: string, out: PiiSpan[]) {
  GIVEN_THEN_SURNAME.lastIndex = 0;
  for (let m = GIVEN_THEN_SURNAME.exec(text); m; m = GIVEN_THEN_SURNAME.exec(text)) {
    if (!SURNAME_SET.has(m[2]) || NOT_GIVEN.has(m[1][0])) continue;
    const [start, end] = m.indices![1];
    out.push({ kind: 'name', start, end });
  }
}

/** "Tenzin Norbu（丹增诺布）": a name in Latin letters, then the same person's Chinese name (found) in brackets. */
const LATIN_THEN_BRACKET = /(?<![A-Za-z])([A-Z][a-z]{1,12}(?: [A-Z][a-z]{1,12}){1,2})\s?[（(][\u3400-\u9fff·]{2,8}[)）]/g;
function latinBeforeBracketedName(text: string, spans: PiiSpan[]) {
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
function scanQuotedNicknames(text: string, out: PiiSpan[]) {
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

/** "——小胖（我们车队都这么叫我）": a nickname the writer explains in brackets as what people call them. */
const CALLED_ME_BRACKET = /([小老阿][\u3400-\u9fff])(?=[（(][^（()）\n]{0,12}(?:叫我|喊我)[^（()）\n]{0,3}[）)])/g;

/** "0451-86450012（供热办）", "0227-5510936（公司總機）": the writer labels the line an office's. */
const OFFICE_LABEL_AFTER = /^[ \u3000]?[(（][^()（）家宅我俺]{0,6}(?:办|辦|总机|總機|公司|局|中心|站|所|科|处|處|办公室|辦公室|值班室|前台|热线|熱線)[)）]/;
/**
 * "退役军人服务站在街道办一楼，电话0451-…", "松岗区征收办在和平路88号二楼": an office said to be somewhere, then the line
 * or the address — the office's, not a person's. (A clause where the writer or a home speaks, 我/家, is left alone.)
 */
const OFFICE_IS_AT = /(?:站|中心|局|科|所|办|辦|办公室|辦公室|政府|委员会|委員會|窗口|大厅|大廳|法院|医院|醫院|银行|銀行)(?:的(?:办公室|辦公室))?(?:就)?在/;
const PHONE_AFTER_CLAUSE = /[，,]\s*(?:办公室|辦公室)?(?:电话|電話|联系电话|聯繫電話)[:：\s]*$/;
function officeClauseBefore(text: string, from: number, atEnd: boolean): boolean {
  let s = from;
  while (s > 0 && from - s < 40 && !'。！？!?\n；;'.includes(text[s - 1])) s--;
  const clause = text.slice(s, from);
  const m = OFFICE_IS_AT.exec(clause);
  return m !== null && (!atEnd || m.index + m[0].length === clause.length) && !/[我俺咱家]/.test(clause.slice(0, m.index + m[0].length));
}
const CORPORATE_ACCOUNT_BEFORE = /(?:对公|對公)[^0-9０-９，,。；;]{0,8}$/;
const CALLED_UNANSWERED_AFTER = /^\s?(?:都|又|也|还|還|总|總|一直)?(?:冇人聽|冇人接|没人接|沒人接|没人听|沒人聽|无人接听|無人接聽|打不通|没人应|沒人應)/;
const OWN_LINE_AFTER = /(?:我|俺|阮|家里|家裡|屋企|自己)[^，,。；;]{0,5}?的?(?:座机|座機|电话|電話|固话|固話)/;
/** Called by the writer with nothing between the call and the number but how often or how long: not a person's
 * line said to be someone's (打我妈座机…, 打房东电话…). */
const CALLED_BEFORE = /(?:打|拨|撥)(?:了|咗|去|过|過|过去|過去)?(?:[一二三四五六七八九十两兩几幾好多0-9]{1,3}(?:次|遍|天|回|趟|个钟|個鐘))?$/;
/** The lines dropOfficeContacts left visible as an office's, in the text being read: the learned model of numbers
 * leaves them too (knownNotPersonalCode), so such a line is not half masked by it. */
let officeLines: PiiSpan[] = [];
/** The text is read: its office lines are forgotten (detectPii). */
function forgetOfficeLines(): void {
  officeLines = NO_SPANS;
}
function dropOfficeContacts(text: string, spans: PiiSpan[]) {
  officeLines = [];
  let kept = 0;
  for (const sp of spans) {
    let drop = false;
    if (sp.kind === 'landline') {
      const c = text[sp.end] ?? '';
      // (Stop 30) "打咗十幾次0756-8862 1180都冇人聽": a line called and not answered is an office's.
      // (Unless the writer says it is theirs: "…都沒人接，這是我們家的座機".)
      if (CALLED_UNANSWERED_AFTER.test(text.slice(sp.end, sp.end + 6)) && CALLED_BEFORE.test(text.slice(Math.max(0, sp.start - 8), sp.start)) && !OWN_LINE_AFTER.test(text.slice(sp.end, sp.end + 24))) drop = true;
      else if ((c === '（' || c === '(' || ((c === ' ' || c === '\u3000') && '（('.includes(text[sp.end + 1] ?? ''))) && OFFICE_LABEL_AFTER.test(text.slice(sp.end, sp.end + 12))) drop = true;
      else if (PHONE_AFTER_CLAUSE.test(text.slice(Math.max(0, sp.start - 10), sp.start))) {
        // (The comma within those ten characters: looked for there only, so a long text costs no more per number.)
        let comma = sp.start - 1;
        while (comma > 0 && sp.start - comma <= 10 && text[comma] !== '，' && text[comma] !== ',') comma--;
        drop = comma > 0 && (text[comma] === '，' || text[comma] === ',') && officeClauseBefore(text, comma, false);
      }
    } else if (sp.kind === 'bank_card') {
      // "对公收款账号是0801 …": a company's account, not a person's card.
      drop = CORPORATE_ACCOUNT_BEFORE.test(text.slice(Math.max(0, sp.start - 12), sp.start));
    } else if (sp.kind === 'address' && sp.start > 0 && text[sp.start - 1] === '在') {
      drop = officeClauseBefore(text, sp.start, true);
    }
    if (!drop) spans[kept++] = sp;
    else if (sp.kind === 'landline') officeLines.push(sp);
  }
  spans.length = kept;
}

/**
 * A name read once is the same person wherever it recurs ("住户白晓明（…）家中漏水…，白晓明拒不维修"): its
 * other occurrences are masked too (names of two Han characters or more; spans sorted and disjoint).
 */
function maskRepeatedNames(text: string, spans: PiiSpan[]): PiiSpan[] {
  let extra: PiiSpan[] | null = null;
  let looked: string[] | null = null;
  for (const s of spans) {
    if (s.kind !== 'name' || s.end - s.start < 2 || !isHan(text.charCodeAt(s.start))) continue;
    const name = text.slice(s.start, s.end);
    // (A name already looked for: every occurrence, this one too, was found then.)
    if (looked?.includes(name)) continue;
    // (At most 16 distinct names are looked for: each is a pass over the text, and a huge text must stay linear.)
    if ((looked ??= []).push(name) > 16) break;
    // (Occurrences already inside a span add nothing: a walk along the sorted spans tells, so a text of one name said
    // 350,000 times costs no sort.)
    let k = 0;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      while (k < spans.length && spans[k].end <= at) k++;
      if (k < spans.length && spans[k].start <= at && spans[k].end >= at + name.length) continue;
      (extra ??= []).push({ kind: 'name', start: at, end: at + name.length });
    }
  }
  return extra ? mergeSpans(spans.concat(extra)) : spans;
}

/** The text with every personal-data character masked; everything else verbatim. */
export function redact(text: string, spans = detectPii(text)): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    // One ＊ per character (a surrogate pair is one character).
    let n = 0;
    for (let k = s.start; k < s.end; k++) {
      const c = text.charCodeAt(k);
      const prev = k > s.start ? text.charCodeAt(k - 1) : 0;
      if (!(c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff)) n++;
    }
    out += text.slice(at, s.start) + '＊'.repeat(n);
    at = s.end;
  }
  return out + text.slice(at);
}

// (Stop 33) Read on pii34.jsonl (an emigrant county in southern Zhejiang: relatives in Italy, Spain, France, the
// Netherlands, Portugal and Austria) and pii35.jsonl (a commuter town's high-rise estates, owners' group chats and
// car-pool chats) after three stops unseen.
/** A room of a courtyard house by its number (槐西村东区17号院北屋, 5号院3号房, 23號院西廂房): one household's. */
const COURTYARD_ROOM = /[0-9０-９]{1,4}[号號]院(?:[东西南北東][厢廂]?[屋房]|正[屋房]|[倒后後]座(?:房)?|[东西南北東]?[厢廂]房|[0-9０-９]{1,3}[号號]?[房屋间間])/g;
/** An owner's parking space after its word (车位是负二层A区086号, 车位：B2-309, 車位C區237, 我的车位地下一层C-112). */
const PARKING_SPACE_SHAPED = /(?:车位|車位)(?:号|號|编号|編號)?(?:是|为|為|：|:)?\s?((?:(?:地下|负|負)[一二三四1-4][层層]|[A-Z][区區])?(?:(?:地下|负|負)[一二三四1-4][层層])?[A-Z](?:[0-9][区區]?|[区區])?[-－]?[0-9]{2,4}[号號]?|[A-Z][0-9]?[区區]?[-－]?[0-9]{2,4}[号號]?)(?![0-9A-Za-z])/g;
/** A space's place under an estate without the word before it (买的是B區負二層218號, 负二层A区086号). */
const PARKING_LEVEL = /(?:[A-Z][区區])?(?:地下|负|負)[一二三四1-4][层層](?:[A-Z][区區]?)?[-－]?[0-9]{2,4}[号號]?(?![0-9])/g;
/** Where a forwarded chat's message starts: the text's start, a new line, a bar between messages, a heading's end. */
const CHAT_LINE_SPEAKER = /(?:^|[\n｜|】\]])\s?((?:[^\n｜|：:，,。！？!?；;【】\[\]［］“”"]|[:：](?=[0-9]{2})){1,28}?)[：:](?![0-9]{2})/g;
/** What a chat's line starts with that is a field of a record, not a speaker (时间：, 记录：). */
const CHAT_FIELD = /^(?:时间|時間|地点|地點|主持|主持人|出席|列席|发言|發言|记录|記錄|记录人|記錄人|内容|內容|主题|主題|议题|議題|回复|回覆|答复|答覆|反映|诉求|訴求|处理|處理|结果|結果|姓名|电话|電話|地址|序号|序號|群名|原文|附|注|备注|備註|说明|說明|事由|来源|來源|时间地点|日期|会议|會議|议程|議程|参会|參會|缺席|结论|結論|Re|RE|Fw|FW)$/;
/** What else opens a line with a colon in a text about a chat: headings, greetings, answers, firms, buildings. */
const CHAT_NOT_LABEL = /^(?:[0-9０-９一二三四五六七八九十]+[、.．)）]|各位|您好|你好|大家|答|问|問|回答|Q$|A$|PS|P\.S|TO|第)|(?:情况|情況|经过|經過|问题|問題|诉求|訴求|建议|建議|意见|意見|金额|金額|部门|部門|地址|电话|電話|热线|熱線|名称|名稱|内容|內容|人员|人員|时间|時間|地点|地點|费|費|公司|集团|集團|物业|物業|快递|快遞|中介|商会|商會|开发商|開發商|如下|原因|结果|結果|要求|说明|說明|单位|單位|银行|銀行|医院|醫院|学校|學校|中心|业主|業主|领导|領導|举报人|舉報人|联系人|聯繫人|号楼|號樓|栋|棟|单元|單元|移动|移動|联通|聯通|电信|電信|通知|公告|回复|回覆|处理|處理|主持人|记录人|記錄人|参会|參會)$/;
/** A flat's shorthand opening a speaker's label (2-1-1801 柴文静, 7#1502-何晓婷, 12#0801-老耿). */
/** (Stop 34) A heading line that names a chat group (柳浜房东群：, 讨薪群截图：). */
const CHAT_HEADING = /群(?:截图|截圖|聊天|消息|记录|記錄)?[：:]?\n/;
/** (Stop 34) A worker's code opening a speaker's label (TX-0417 邬国平：), as a factory's group shows its members. */
const SPEAKER_CODE = /^([A-Z]{1,4}[-－][0-9]{3,6})(?:\s+|$)/;
/** (Stop 34) A house number in the place before a speaker's name (柳浜12号-符根宝): the speaker's home. */
const SPEAKER_HOUSE = /[0-9０-９]{1,4}[号號]$/;
const SPEAKER_FLAT = /^([0-9]{1,2}[-－][0-9]{1,2}[-－][0-9]{3,4}|[0-9]{1,2}#[0-9]{3,4}|[0-9]{1,2}[-－][0-9]{3,4})(?:[\s-－]+|$|(?=[\u3400-\u9fff]))/;
/** A name in passport order with the family name in capitals (ZHENG Jianping, XU YIFAN, CHEN Xiaoyun). */
const CAPS_PINYIN_NAME = /(?<![A-Za-z0-9@._-]|[A-Z] )([A-Z]{1,6}) ([A-Z][a-z]{1,17}|[A-Z]{2,18})(?![A-Za-z0-9@]| [A-Z])/g;
/** Places and words that spell like a surname and a given name (HE NAN, ZHONG GUO, SHEN ZHEN). */
const CAPS_PINYIN_NOT = new Set('hebei henan hubei hunan hainan jiangsu jiangxi shanxi shandong guangdong guangxi fujian sichuan yunnan guizhou gansu qinghai ningxia xinjiang xizang beijing tianjin shanghai chongqing shenzhen guangzhou xiamen zhongguo changsha wuhan zhengzhou nanjing hangzhou suzhou wenzhou ningbo taiwan xianggang aomen huanan huabei huadong huazhong dongbei xibei xinan zhonghua renmin gonghe'.split(' '));
const ONE_PINYIN_SYLLABLE = new RegExp(PINYIN_GIVEN.source.replace('{1,3}', ''));
/** What follows a brand's, a shop's or a place's name spelled in capitals (LI NING专卖店, ZHONG SHAN路, YI LI牛奶). */
const CAPS_PINYIN_THING_AFTER = /^\s?(?:路|街|道|店|专卖|專賣|商场|商場|广场|廣場|手机|手機|牛奶|茶|中心|牌|品牌|公司|集团|集團|酒店|饭店|飯店|超市|商城|大厦|大廈|小区|小區|村|镇|鎮|市|县|縣|烫|燙|面|麵|剧|劇|学校|學校|中学|中學|小学|小學|Rd|Road|St|Street|Ave)/;
/** Where a name in capitals is said to be one (拼音, 护照, 名字 …): needed when both words are in capitals. */
const CAPS_NAME_CUE_BEFORE = /(?:名字|姓名|拼音|拼成|拼写|拼寫|护照|護照|身份证|身份證|签名|簽名|署名|户名|戶名|持卡人|收款人|儿子|兒子|女儿|女兒|孩子|Name|name|NAME|passport|Passport|PASSPORT|打成|写成|寫成|改成|印成)|(?:叫|是|我是|他是|她是|[：:])\s?$/;
/** A phone written in pairs after its country code (+33 6 41 27 83 09, +32 470 12 34 56). */
const PAIRED_PHONE = /(?:\+|＋|(?<![0-9])00)(?:3[0-9]|4[0-9]|35[0-9]|37[0-9]|38[0-9])\s?(?:\(0\)\s?)?[1-9](?:[\s.-]?[0-9]{2}){4}(?![0-9])/g;
/** A French number at home (07 68 32 15 40) after a phone's word. */
const FRENCH_LOCAL_PHONE = /(?:号码|號碼|手机|手機|电话|電話|portable|Portable|tél\.?|Tél\.?|tel\.?|Tel\.?)[\s:：是为為]{0,3}(0[1-9](?:[\s.][0-9]{2}){4})(?![0-9])/g;
/** European plates after the car's word: Italian GF 418 TX, French GH-217-KP, Spanish 4821 LKT, Dutch 12-ABC-3. */
const EURO_PLATE = /(?:车牌|車牌|牌照|号牌|號牌|的车|的車|coche|auto|voiture|targa|matrícula|matricula|immatriculation|kenteken)(?:号|號|是|为|為|係|：|:|\s){0,3}([A-Z]{2}[\s-]?[0-9]{3}[\s-]?[A-Z]{2}|[0-9]{4}[\s-]?[B-DF-HJ-NP-TV-Z]{3}|[0-9]{1,2}-[A-Z]{2,3}-[0-9]{1,2}|[A-Z]{2}-[0-9]{2,3}-[A-Z]{1,2})(?![A-Za-z0-9])/g;
const EURO_PLATE_WORDS = ['车牌', '車牌', '牌照', '号牌', '號牌', '的车', '的車', 'coche', 'auto', 'voiture', 'targa', 'matr', 'immatriculation', 'kenteken'];
/** A Dutch house number with its floor (Javastraat 141-II, Keizersgracht 12-3) or a Spanish floor and door after a
 * comma (Calle de los Almendros 17, 2º izquierda; Avenida del Puerto 211, 4º 3ª; Rua dos Anjos 52, 3.º Esq). */
const DUTCH_HOUSE = /(?<![A-Za-z])[A-Z][a-z]{2,24}(?:straat|laan|gracht|kade|weg|plein|singel|dijk) [0-9]{1,4}(?:-(?:I{1,3}V?|IV|hoog|huis|[0-9]{1,2}|[A-H]))?[a-z]?(?![A-Za-z0-9])/g;
const IBERIAN_STREET = /(?<![A-Za-z])(?:Calle|Avenida|Avda\.|Plaza|Paseo|Carrer|Rua|Avenida|Travessa|Largo|Camino|Ronda) (?:(?:de|del|dels|de la|de las|de los|de les|dos|das|do|da|d')\s?)?(?:[A-Za-zÀ-ÿ'’.-]{1,20} ){0,3}?[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]{1,20},? [0-9]{1,4}[A-Za-z]?(?:,? ?(?:[0-9]{1,2}\.?[º°ª](?: ?[0-9]{1,2}\.?[º°ª])?|bajo|planta [0-9]{1,2})(?: ?(?:izquierda|derecha|izda\.?|dcha\.?|Esq\.?|Dto\.?|Dir\.?|[A-Z]|[0-9]{1,2}\.?[º°ª]))?)?(?![A-Za-z0-9])/g;
/** An Italian street given before a home's word after it (Viale Monza 148楼上住, …的家). */
const HOME_RIGHT_AFTER = /^\s?(?:楼上住|樓上住|住|的家|家里|家裡|的房子)/;

/** An office's, a consulate's or a shop's line: named right before it or said to be theirs right after it. */
const OFFICE_NAMED_BEFORE_LINE = /(?:大使馆|大使館|领事馆|領事館|领事部|領事部|领事|領事|使馆|使館|政府|警察局|警局|公安|派出所|局|所|处|處|办|辦|中心|医院|醫院|学校|學校|商店|店|公司|餐馆|餐館|酒店|银行|銀行|Consulat|Ambassade|Mairie|Préfecture|consulat|ambassade|mairie)[^，,。；;！!？?]{0,6}$/;
const OFFICE_SAID_AFTER_LINE = /^[^，,。；;！!？?]{0,4}(?:是|为|為)[^，,。；;！!？?]{0,14}(?:大使馆|大使館|领事|領事|政府|警察|公安|局|所|商店|店|公司|餐馆|餐館|酒店|银行|銀行|中心|医院|醫院)/;
function officeLineAround(text: string, start: number, end: number): boolean {
  return OFFICE_NAMED_BEFORE_LINE.test(text.slice(Math.max(0, start - 24), start)) || OFFICE_SAID_AFTER_LINE.test(text.slice(end, end + 24));
}

const COURTYARD_OFFICE = /幼儿园|幼兒園|卫生室|衛生室|卫生院|衛生院|村委|居委|派出所|政府|大院|学校|學校|医院|醫院|诊所|診所|办公|辦公|局|站|公司|搬到|设在|設在/;
const COURTYARD_OFFICE_AFTER = /^[^，,。；;]{0,3}(?:是|为|為|开|開|做|作)[^，,。；;]{0,4}(?:档案|檔案|办公|辦公|室|所|站|店|小卖部|小賣部|仓库|倉庫|诊所|診所|幼儿园|幼兒園)/;
const NOT_PLACE_BEFORE_COURTYARD = /[了到在是租住搬的把给給於于从從往向去回]$/;

function scanStop33(text: string, out: PiiSpan[], hasLetter: boolean) {
  if (has(text, '院')) {
    COURTYARD_ROOM.lastIndex = 0;
    for (let m = COURTYARD_ROOM.exec(text); m; m = COURTYARD_ROOM.exec(text)) {
      const end = m.index + m[0].length;
      // (Not an office's, a school's or a shop's room: 村委会6号院西屋, 9号院正房是派出所, 12号院倒座房开小卖部.)
      if (COURTYARD_OFFICE.test(text.slice(Math.max(0, m.index - 12), m.index)) || COURTYARD_OFFICE_AFTER.test(text.slice(end, end + 8))) continue;
      // (The place's name before the number only when it ends as a place does: 槐西村东区17号院, not 搬到了9号院.)
      const placed = isHan(text.charCodeAt(m.index - 1)) && !NOT_PLACE_BEFORE_COURTYARD.test(text.slice(Math.max(0, m.index - 1), m.index));
      out.push({ kind: 'address', start: placed ? nameStart(text, m.index, true) : m.index, end });
    }
  }
  // (Stop 34: also under a heading that names a group, 柳浜房东群：, 讨薪群截图：.)
  if (hasAny(text, CHAT_WORDS) || has(text, '群·') || has(text, '拼车群') || has(text, '拼車群') || (has(text, '群') && CHAT_HEADING.test(text))) scanChatLineSpeakers(text, out);
  if (has(text, '\n') && (has(text, '|') || has(text, '｜') || has(text, '\t')) && (has(text, '姓名') || has(text, '名字') || has(text, '户主') || has(text, '戶主') || has(text, '承租人') || has(text, '申请人') || has(text, '申請人'))) scanTables(text, out);
  if ((has(text, '｜') || has(text, '|')) && (has(text, '姓名：') || has(text, '姓名:') || has(text, '来访人：') || has(text, '來訪人：') || has(text, '来电人：') || has(text, '來電人：'))) scanFormFields(text, out);
  if (has(text, '+') || has(text, '＋') || has(text, '00')) {
    PAIRED_PHONE.lastIndex = 0;
    for (let m = PAIRED_PHONE.exec(text); m; m = PAIRED_PHONE.exec(text)) if (!officeLineAround(text, m.index, m.index + m[0].length)) out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, ' ') || has(text, '.')) {
    FRENCH_LOCAL_PHONE.lastIndex = 0;
    for (let m = FRENCH_LOCAL_PHONE.exec(text); m; m = FRENCH_LOCAL_PHONE.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      if (!officeLineAround(text, start, m.index + m[0].length)) out.push({ kind: 'mobile', start, end: m.index + m[0].length });
    }
  }
  if (!hasLetter) return;
  CAPS_PINYIN_NAME.lastIndex = 0;
  for (let m = CAPS_PINYIN_NAME.exec(text); m; m = CAPS_PINYIN_NAME.exec(text)) {
    const family = m[1][0] + m[1].slice(1).toLowerCase();
    const given = m[2].toLowerCase();
    if (m[1].length < 2 && family !== 'E') continue;
    if (!PINYIN_SURNAMES.has(family) || !PINYIN_GIVEN.test(given) || CAPS_PINYIN_NOT.has(family.toLowerCase() + given)) continue;
    const end = m.index + m[0].length;
    // (Not a brand, a shop, a road or a product spelled out: LI NING专卖店, XIAO MI手机, ZHONG SHAN路.)
    if (CAPS_PINYIN_THING_AFTER.test(text.slice(end, end + 4))) continue;
    // (Both words in capitals is how signs and brands are printed too: there, only where a name is said to be.)
    // (Brands and places so printed mostly have a one-syllable second word, LI NING, XIAO MI; a given name mostly two, XU YIFAN.)
    if (m[2] === m[2].toUpperCase() && ONE_PINYIN_SYLLABLE.test(given) && !CAPS_NAME_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ kind: 'name', start: m.index, end });
  }
  if (hasAny(text, EURO_PLATE_WORDS)) {
    EURO_PLATE.lastIndex = 0;
    for (let m = EURO_PLATE.exec(text); m; m = EURO_PLATE.exec(text)) {
      const end = m.index + m[0].length;
      // (Not a model, 的车是EV 300 XL款; nor a firm's or a collective's car.)
      if (/^\s?(?:款|型|版|系列)/.test(text.slice(end, end + 3)) || /公司|公车|公車|集体|集體|单位|單位|政府/.test(sentenceAround(text, m.index, end))) continue;
      out.push({ kind: 'plate', start: end - m[1].length, end });
    }
  }
  for (const re of [DUTCH_HOUSE, IBERIAN_STREET]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (LATIN_OFFICE_IN.test(m[0]) || EURO_NOT_HOUSE_AFTER.test(text.slice(end, end + 7)) || /^\s?(?:km|公里|米|是银行|是銀行|银行|銀行)/.test(text.slice(end, end + 6))) continue;
      if (!EURO_HOME_BEFORE.test(before) && !HOME_RIGHT_AFTER.test(text.slice(end, end + 4))) {
        if (LATIN_OFFICE_BEFORE.test(before) || EURO_OFFICE_BEFORE.test(before) || OFFICE_BEFORE_ROOM.test(before.slice(-14))) continue;
        if (EURO_BUSINESS_NEAR.test(text.slice(Math.max(0, m.index - 12), end + 10))) continue;
      }
      out.push({ kind: 'address', start: m.index, end });
    }
  }
  // (Viale Monza 148楼上住: the business veto of the rule before does not hold where the home is said right after.)
  if (has(text, '楼上') || has(text, '樓上')) {
    EURO_STREET_FIRST.lastIndex = 0;
    for (let m = EURO_STREET_FIRST.exec(text); m; m = EURO_STREET_FIRST.exec(text)) {
      const end = m.index + m[0].length;
      if (/[0-9]/.test(m[0]) && HOME_RIGHT_AFTER.test(text.slice(end, end + 4))) out.push({ kind: 'address', start: m.index, end });
    }
  }
}

/**
 * A forwarded chat's speakers written without brackets (2-1-1801 柴文静：…, 果果妈：…, 米兰-周永祥：…｜马德里·叶国强：…): each is a
 * resident's display name, and a flat's shorthand before it is their home. An office's speaker (物业-刘经理, 社区网格员-冯,
 * 物业客服小王, 群主) and a record's field (时间：, 记录：) stay.
 */
function scanChatLineSpeakers(text: string, out: PiiSpan[]) {
  const found: PiiSpan[] = [];
  let speakers = 0;
  CHAT_LINE_SPEAKER.lastIndex = 0;
  for (let m = CHAT_LINE_SPEAKER.exec(text); m; m = CHAT_LINE_SPEAKER.exec(text)) {
    let label = m[1];
    let start = m.index + m[0].length - 1 - label.length;
    // (A plate or a note in brackets after the name: 老賀（車牌冀R·7T350）.)
    const bracket = label.search(/[（(]/);
    if (bracket >= 0) label = label.slice(0, bracket);
    // (A signature's dash or spaces before it, or the message's date and time: ——张伟：, 2024-03-05 10:32 张伟：.)
    const lead = /^(?:[—\-\s]+|(?:(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日)\s*)?(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?\s*)?)/.exec(label);
    if (lead) {
      start += lead[0].length;
      label = label.slice(lead[0].length);
    }
    label = label.replace(/\s+$/, '');
    // (Stop 34: nor the group's own name heading the chat, 柳浜房东群：.)
    if (label.length < 1 || OFFICE_SPEAKER.test(label) || CHAT_NOT_SPEAKER.test(label) || CHAT_FIELD.test(label) || CHAT_NOT_LABEL.test(label) || label.endsWith('群')) continue;
    // (Not someone's words told in a sentence: 微信群转过来的：, 来电人反映：.)
    if (/[的]|(?:反映|说|說|称|稱|问|問|写|寫|讲|講|道|表示|回复|回覆|通知)$/.test(label)) continue;
    const flat = SPEAKER_FLAT.exec(label) ?? SPEAKER_CODE.exec(label);
    let home: PiiSpan | null = null;
    if (flat) {
      home = { kind: /^[A-Z]/.test(flat[1]) ? 'member_number' : 'address', start, end: start + flat[1].length };
      start += flat[0].length;
      label = label.slice(flat[0].length);
    } else {
      // (A place beside the name: 米兰-周永祥, 马德里·叶国强 (the name after it); 张伟-滨江花园 (a name before it).)
      const sep = label.search(/[-－·・]/);
      if (sep > 0 && sep < label.length - 1) {
        const before = label.slice(0, sep);
        const after = label.slice(sep + 1);
        // (Stop 34: not a hamlet named for a family, 蒋家埭, 王家坝: 家 and a place's last character.)
        const named = (w: string) => surnameLength(w, 0) > 0 && likelyName(w + '：', 0, w.length) && !(w[1] === '家' && PLACE_END_CHARS.has(w[w.length - 1]));
        // (Stop 34: a nickname after the place is the speaker, 南浜-阿凤, though 南浜 reads as a surname and a given name.)
        if (named(before) && !named(after) && !/^[阿老小][\u3400-\u9fff]$/.test(after)) label = before;
        else {
          if (SPEAKER_HOUSE.test(before)) home = { kind: 'address', start, end: start + sep };
          start += sep + 1;
          label = label.slice(sep + 1);
        }
      }
    }
    // (A time, a date or a number left in the label is no display name: 2024-03-05 10, 张伟 10, B2-041 张伟.)
    if (!label.trim() || /[0-9０-９]/.test(label)) continue;
    speakers++;
    if (home) found.push(home);
    found.push({ kind: 'name', start, end: start + label.length });
  }
  // (A chat has people speaking in turn: one label alone is a heading or a field more often than a speaker.)
  if (speakers >= 2) for (const sp of found) out.push(sp);
}

/** A table's personal columns by their header (姓名|房號|車位號|電話) and what a cell under each is. */
const TABLE_COLUMNS: ReadonlyMap<string, PiiKind> = new Map<string, PiiKind>([
  ...['姓名', '名字', '户主', '戶主', '户主姓名', '戶主姓名', '联系人', '聯繫人', '聯系人', '业主', '業主', '业主姓名', '業主姓名', '家长', '家長', '家长姓名', '家長姓名', '学生姓名', '學生姓名', '老人姓名', '申请人', '申請人', '承租人', '租户', '租戶'].map((w) => [w, 'name'] as const),
  // (Stop 40) An applicant's and a place on a waiting list, a utility account.
  ...['申请编号', '申請編號', '申请号', '申請號', '轮候号', '輪候號', '水户号', '水戶號', '电户号', '電戶號', '燃气户号', '燃氣戶號', '订单号', '訂單號', '股权证号', '股權證號', '成员编号', '成員編號'].map((w) => [w, 'member_number'] as const),
  ...['房号', '房號', '住址', '地址', '家庭住址', '现住址', '現住址', '门牌', '門牌', '门牌号', '門牌號', '房间', '房間', '房间号', '房間號', '宿舍', '车位', '車位', '车位号', '車位號', '床号', '床號', '床位'].map((w) => [w, 'address'] as const),
  ...['电话', '電話', '手机', '手機', '联系电话', '聯繫電話', '聯系電話', '手机号', '手機號', '联系方式', '聯繫方式'].map((w) => [w, 'mobile'] as const),
  ...['身份证', '身份證', '身份证号', '身份證號', '身份证号码', '身份證號碼'].map((w) => [w, 'id_number'] as const),
  ...['车牌', '車牌', '车牌号', '車牌號'].map((w) => [w, 'plate'] as const),
  ...['微信', '微信号', '微信號'].map((w) => [w, 'wechat'] as const),
  ...['银行卡号', '銀行卡號', '卡号', '卡號', '账号', '賬號', '帳號'].map((w) => [w, 'bank_card'] as const),
  // (Stop 34) A passbook's number (户主｜人口｜折号).
  ...['折号', '折號', '摺号', '摺號', '存折号', '存折號', '存摺號', '折子号', '摺子號'].map((w) => [w, 'bank_card'] as const),
]);
const TABLE_BAR = /[|｜\t]/;
/** A column that says the rows are officials or offices (职务, 单位, 部门). */
const OFFICIAL_COLUMN = /^(?:职务|職務|职位|職位|职称|職稱|单位|單位|部门|部門|科室|机构|機構|名称|名稱|工作单位|工作單位)$/;
/** A cell that is an official by title or an office by name, or a service line of six digits or fewer (王主任, 县第一中学, 12345). */
function officialCell(kind: PiiKind, body: string): boolean {
  if (kind === 'name') return /(?:主任|书记|書記|科长|科長|镇长|鎮長|局长|局長|所长|所長|经理|經理|老师|老師|医生|醫生|警官|干事|幹事|村长|村長|站长|站長|队长|隊長|院长|院長|校长|校長)$|(?:医院|醫院|学校|學校|中学|中學|小学|小學|公司|局|委|中心|政府|银行|銀行|所|站|办|辦|店|馆|館|超市|院|合作社|委员会|委員會|厂|廠|部|农家乐|農家樂)$/.test(body);
  if (kind === 'mobile') return body.replace(/[^0-9]/g, '').length <= 6;
  return false;
}
/**
 * (Stop 33) A table pasted into an opinion (a roster, a registration form): its header row names the columns
 * (序號|姓名|房號|車位號|電話), and each later row with as many cells gives one person's name, home, space, phone or
 * papers under them, whatever they look like (B2-041 is a parking space only by its column). Other columns (序号, 金额,
 * 备注) stay.
 */
function scanTables(text: string, out: PiiSpan[]) {
  let lineStart = 0;
  let columns: (PiiKind | undefined)[] | null = null;
  /** (Stop 34) Where a sample table's header starts, while its rows are read (−1: none). */
  let sampleFrom = -1;
  let sampleCells = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const cells = TABLE_BAR.test(line) ? line.split(TABLE_BAR) : null;
    if (sampleFrom >= 0 && (!cells || cells.length !== sampleCells)) {
      sampleTables.push(sampleFrom, lineStart);
      sampleFrom = -1;
    }
    if (cells) {
      const kinds = cells.map((c) => TABLE_COLUMNS.get(c.trim()));
      // (A table of officials or offices, with their post or unit, is the office's directory: no one's private data.)
      // (Stop 34) A form's sample, said so right above the table or in its header (填写示例：, 如：, 样表) or filled with a
      // sample person (张三|138…): its rows are nobody's, and stay visible whatever rule or model reads them. Asked of the
      // lines around the header only, so a real roster in a text that speaks of a template elsewhere is still masked.
      if (kinds.some((k) => k === 'name') && cells.length >= 2) {
        const sample = sampleTableAt(text, lineStart, lineEnd);
        columns = sample === SAMPLE_HEADED || cells.some((c) => OFFICIAL_COLUMN.test(c.trim())) ? null : kinds;
        if (sample === SAMPLE_HEADED && sampleFrom < 0) {
          sampleFrom = lineStart;
          sampleCells = cells.length;
        }
      } else if (columns && cells.length === columns.length) {
        // (Review, stop 34: a row of a sample person, 张三 or 王某某, is the form's example; the rows after it are the
        // roster's own and stay masked. Only its name is left visible: a number in it may still be somebody's.)
        if (columns.some((k, c) => k === 'name' && placeholderPerson(cells[c].trim()))) sampleTables.push(lineStart, lineEnd);
        let at = lineStart;
        for (let c = 0; c < cells.length; c++) {
          const kind = columns[c];
          const cell = cells[c];
          const lead = cell.length - cell.trimStart().length;
          const body = cell.trim();
          if (kind && body && !/^[-－—/／无無空略]+$/.test(body) && !officialCell(kind, body) && !/样本|樣本|示例|样例|樣例/.test(body)) out.push({ kind, start: at + lead, end: at + lead + body.length });
          at += cell.length + 1;
        }
      } else columns = null;
    } else columns = null;
    lineStart = lineEnd + 1;
  }
  if (sampleFrom >= 0) sampleTables.push(sampleFrom, text.length);
}

/** (Stop 34) Sample tables' and sample rows' lines, as pairs of start and end in the text's order, found by scanTables
 * for this text: the names in them are nobody's (withoutSampleTables). */
let sampleTables: number[] = [];
/** A new text: no sample table is left from the last (detectPii). */
function clearSampleTables(): void {
  sampleTables = [];
}
/** A table whose header, or the heading right above it, says it is a form's example (样表, 填写示例：, 如：). */
const SAMPLE_HEADED = 1;
function sampleTableAt(text: string, lineStart: number, lineEnd: number): number {
  // (The line right above the header, at most 80 characters: each header reads a bounded stretch.)
  const above = text.slice(Math.max(0, lineStart - 80), lineStart).split('\n').slice(-2).join('\n').trimEnd();
  return SAMPLE_OR_FAKE.test(text.slice(lineStart, lineEnd)) || SAMPLE_CUE_BEFORE_TABLE.test(above.slice(above.lastIndexOf('\n') + 1)) ? SAMPLE_HEADED : 0;
}
/** A sample person of a form: 张三, 李四, or a surname with 某/×× (王某某). */
const placeholderPerson = (cell: string): boolean => PLACEHOLDER_TEXTS.has(cell) || /^[\u3400-\u9fff](?:某某?|××|XX|xx|＊＊|\*\*)$/.test(cell);
/** (Stop 33) The sample persons of forms and templates, here and abroad: nobody's (样表上填的是张三, a template's Mario Rossi). */
const PLACEHOLDER_TEXTS = new Set(['张三', '張三', '李四', '王五', '赵六', '趙六', 'Mario Rossi', 'RSSMRA80A01H501U', 'Juan Español Español', 'Juan Español', '12345678Z', 'John Doe', 'Jane Doe', 'Max Mustermann', 'Erika Mustermann', 'Jean Dupont', 'Jan Jansen']);
/**
 * A number made up for a form's example or a fake one (E12345678, 13800000000, +34 91 000 0000): its digits are the
 * counting run alone or end in seven zeros or more. (A card or a phone that holds such a run among other digits, as
 * writers' invented ones do, is kept: 6228480123456789.)
 */
function placeholderNumber(run: string): boolean {
  const d = run.replace(/[^0-9]/g, '');
  if (d.length < 6) return false;
  return '1234567890'.startsWith(d) || /0{7,}$/.test(d);
}
/** Where the writer says it is a form's example, a template or a fake (张三 is also some writers' neighbour). */
// (Stop 34: and a form's pattern, 表格样式, 填表说明.)
const SAMPLE_OR_FAKE = /样表|樣表|样本|樣本|样例|樣例|示例|范本|範本|范例|範例|模板|例子|举例|舉例|填写说明|填寫說明|样式|樣式|填表说明|填表說明|填报说明|填報說明|假号码|假號碼|sample|Sample|template|Template|example|Example|esempio|ejemplo|modelo|modello/;
/** Right above a table's header, a sample's cue ending the line (填写示例：, 【样表】, 如：, 例如：, 格式如下：): a heading, not a
 * sentence that speaks of a template (他们说要用模板填，我们村的名单：). */
const SAMPLE_CUE_BEFORE_TABLE = new RegExp(`(?:(?:${SAMPLE_OR_FAKE.source})[^，,。；;！!？?\\n]{0,6}|(?:^|[，,。：:\\s])(?:如|例如|比如)|格式如下|格式示例|示例格式)[：:】\\])）]?\\s*$`);
function withoutPlaceholders(text: string, spans: PiiSpan[]): PiiSpan[] {
  let kept: PiiSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    const t = text.slice(sp.start, sp.end);
    // (Stop 34) Also a number's part left before a sample's stars (身份证：430726********1234 on a form's pattern).
    const drop = (PLACEHOLDER_TEXTS.has(t) || (sp.kind !== 'name' && sp.kind !== 'address' && (placeholderNumber(t.replace(/^[A-Za-z]{1,2}/, '')) || /^[*＊]{3}/.test(text.slice(sp.end, sp.end + 3))))) && SAMPLE_OR_FAKE.test(sentenceAround(text, sp.start, sp.end));
    if (drop && !kept) kept = spans.slice(0, k);
    else if (!drop && kept) kept.push(sp);
  }
  return kept ?? spans;
}

/** A Han name in brackets right after a name in Latin letters (Kim Ji-hwan (金志焕), Chen Weiguo（陈卫国）). */
const HAN_IN_BRACKETS_AFTER = /^\s?[（(]([\u3400-\u9fff]{2,4})[）)]/;
/** A name set off by commas right after a person's number (身份证…2115，苑金生，原来…). */
const NAME_SET_OFF_AFTER = /^[，,]\s?([\u3400-\u9fff]{2,3})(?=[，,。；;！!]|$)/;
/**
 * (Stop 33) Names beside what the rules and models found: a Han name in brackets after a Latin one, and a name set off by
 * commas right after a person's ID or phone number (whose it is). Either must read as a name (a surname and given
 * characters), so 身份证…，无业， or Kim (金浦机场) stays.
 */
function namesBesideFound(text: string, spans: PiiSpan[]): PiiSpan[] {
  let added: PiiSpan[] | null = null;
  for (const sp of spans) {
    const after = text.slice(sp.end, sp.end + 8);
    let m: RegExpExecArray | null = null;
    if (sp.kind === 'name' && isLatinLetter(text.charCodeAt(sp.end - 1))) m = HAN_IN_BRACKETS_AFTER.exec(after);
    else if (sp.kind === 'id_number' || sp.kind === 'mobile') m = NAME_SET_OFF_AFTER.exec(after);
    if (!m) continue;
    const s = sp.end + m[0].length - m[1].length - (m[0].endsWith('）') || m[0].endsWith(')') ? 1 : 0);
    const e = s + m[1].length;
    if (!surnameLength(text, s) || !likelyName(text, s, e) || knownNotName(text, s, e) || TITLE_OR_PLACE_END.test(m[1])) continue;
    (added ??= []).push({ kind: 'name', start: s, end: e });
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}
/** A title or a place where a name would end (王书记, 刘主任, 张警官, 王府井): an official or a place, no private person. */
const TITLE_OR_PLACE_END = /(?:书记|書記|主任|经理|經理|警官|科长|科長|镇长|鎮長|局长|局長|所长|所長|老师|老師|医生|醫生|干事|幹事|村长|村長|站长|站長|队长|隊長|同志|先生|女士|小姐|师傅|師傅|井|村|镇|鎮|路|街|府|乡|鄉|县|縣|区|區)$/;
const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** A child's full name before the parent who writes, then the parent's phone (關宇航爸爸，153…). */
const CHILD_BEFORE_PARENT_PHONE = /([\u3400-\u9fff]{2,3})(?:爸爸|妈妈|媽媽|家长|家長)[，,：:\s]+(?=[+＋0-9０-９])/g;
function parentsOfNamedChildren(text: string, spans: PiiSpan[]): PiiSpan[] {
  let added: PiiSpan[] | null = null;
  let p = 0;
  CHILD_BEFORE_PARENT_PHONE.lastIndex = 0;
  for (let m = CHILD_BEFORE_PARENT_PHONE.exec(text); m; m = CHILD_BEFORE_PARENT_PHONE.exec(text)) {
    const s = m.index;
    const e = s + m[1].length;
    // (At a clause's start: 我是關宇航爸爸 reads the name after 我是 anyway; 的孩子妈妈 is no name.)
    if (s > 0 && !/[，,。；;！!？?\s：:】)）——]/.test(text[s - 1])) continue;
    // (Read as a name on its own: likelyName takes the 爸爸 after it for a relative's word, here it is the frame.)
    const from = Math.max(0, s - 8);
    const alone = text.slice(from, e) + '。';
    if (!surnameLength(text, s) || !likelyName(alone, s - from, e - from) || knownNotName(text, s, e)) continue;
    // (The phone must start right after the comma: spans are in order, so one pointer walks them with the matches.)
    const phoneAt = m.index + m[0].length;
    while (p < spans.length && spans[p].start < phoneAt) p++;
    if (p >= spans.length || spans[p].start !== phoneAt || (spans[p].kind !== 'mobile' && spans[p].kind !== 'landline')) continue;
    (added ??= []).push({ kind: 'name', start: s, end: e });
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}

/** A form's fields written in a line (姓名：相振国｜房号：…｜车位：B2-309｜微信：…): label, colon, value up to the next field. */
const FORM_FIELD = /(?:^|[｜|；;，,\s\u3000】\]])([\u3400-\u9fff]{2,6})[：:]\s?([^｜|；;，,。\s\u3000【】]{1,40})/g;
/** Who a form's record is of, beside the table's name columns (来访人：…, 来电人：…). */
const FORM_PERSON_LABELS = new Set(['来访人', '來訪人', '来电人', '來電人', '反映人', '投诉人', '投訴人', '举报人', '舉報人', '诉求人', '訴求人', '当事人', '當事人']);
/**
 * (Stop 33) A form pasted as one line of fields (【业主意见登记】姓名：相振国｜房号：…｜车位：B2-309): where the text has a
 * name field, each value under a personal label (as scanTables' columns) is that person's, whatever it looks like; a
 * name only as two to four Han characters. Other fields (意见：, 处理：, 接待人：) stay.
 */
function scanFormFields(text: string, out: PiiSpan[]) {
  FORM_FIELD.lastIndex = 0;
  for (let m = FORM_FIELD.exec(text); m; m = FORM_FIELD.exec(text)) {
    const label = m[1];
    const kind = FORM_PERSON_LABELS.has(label) ? 'name' : TABLE_COLUMNS.get(label);
    // (The value is read from its own start: the next field's separator starts the next match.)
    FORM_FIELD.lastIndex = m.index + m[0].length;
    if (!kind) continue;
    const value = m[2];
    const start = m.index + m[0].length - value.length;
    if (kind === 'name' ? !/^[\u3400-\u9fff]{2,4}$/.test(value) || NOT_NAME_WORD.has(value.slice(0, 2)) : !/[0-9０-９]/.test(value)) continue;
    out.push({ kind, start, end: start + value.length });
  }
}
/** A run of Thai letters (สมชาย ใจดี): in a Chinese opinion, a Thai relative's or worker's name when it is a given name and a
 * family name after any title; a longer run is a phrase or an address. */
const THAI_RUN = /[\u0e01-\u0e4e.]{2,}(?: [\u0e01-\u0e4e.]{2,})*/g;
/** Titles before a Thai name (นาย Mr, นาง Mrs, นางสาว Miss, เด็กชาย/เด็กหญิง boy/girl): kept outside the span. */
const THAI_TITLE = /^(?:นางสาว|นาง|นาย|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.)\s?/;
/** Thai words a writer may quote that are no one's name (greetings, thanks, the country, Bangkok). */
const THAI_NOT_NAME = /^(?:สวัสดี|ขอบคุณ|ครับ|ค่ะ|คะ|ประเทศไทย|กรุงเทพ|กรุงเทพมหานคร|ไทย|บาท)/;
/** A Thai ID card's number: thirteen digits, plain or grouped 1-4-5-2-1. */
const THAI_ID = /(?<![0-9])([1-8])[-\s]?([0-9]{4})[-\s]?([0-9]{5})[-\s]?([0-9]{2})[-\s]?([0-9])(?![0-9])/g;
const THAI_ID_CUE = /泰国|泰國|Thai|บัตรประชาชน|ประจำตัว/;
/**
 * (Stop 33) Thai relatives, workers and spouses: a name in Thai script (the title before it left out), and a Thai ID
 * card's number by its check digit where Thailand or the card is named in the text or where it is grouped 1-4-5-2-1
 * (the card's own print).
 */
function scanThai(text: string, out: PiiSpan[]) {
  THAI_RUN.lastIndex = 0;
  for (let m = THAI_RUN.exec(text); m; m = THAI_RUN.exec(text)) {
    const title = THAI_TITLE.exec(m[0]);
    const start = m.index + (title ? title[0].length : 0);
    const name = text.slice(start, m.index + m[0].length);
    if (name.length < 3 || name.split(' ').length > 2 || THAI_NOT_NAME.test(name)) continue;
    out.push({ kind: 'name', start, end: m.index + m[0].length });
  }
  const cued = THAI_ID_CUE.test(text);
  THAI_ID.lastIndex = 0;
  for (let m = THAI_ID.exec(text); m; m = THAI_ID.exec(text)) {
    const grouped = m[0].length === 17 && /^[0-9][-\s][0-9]{4}[-\s][0-9]{5}[-\s][0-9]{2}[-\s][0-9]$/.test(m[0]);
    if ((!cued && !grouped) || !validThaiId(m.slice(1).join(''))) continue;
    out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
}

// ---------------------------------------------------------------------------------------------
// (Stop 34) Read on pii36.jsonl (a Three Gorges reservoir county: resettled migrants, relocation after landslides, fishers
// who gave up fishing, passbooks, subsidy rosters) and pii37.jsonl (a manufacturing city between Jiangsu and Zhejiang:
// private firms, private lending, guarantors, court enforcement, transfer records, migrant workers) after two stops unseen.

/** A passbook's number after its word (折号6217 0035 1187 2694 03, 摺子號30512 0417 7723 61): an account, one household's. */
const PASSBOOK_NUMBER = /(?:存折|存摺|折子|摺子|折|摺)(?:号|號)(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}([0-9](?:[0-9]|[ \u3000](?=[0-9])){11,29})(?![0-9])/g;
/**
 * A roster's row: a name opening the line, then a space and the household's figures or papers (樊德林 户 4人 2400元,
 * 鲍国安 500249********0179 三人户), as subsidy lists are posted. Read only where two rows or more have that shape.
 */
/** The last character of a place's name: a landform, a water, a hamlet (石桥, 高坪, 柳湾, 张家坝). */
const PLACE_END_CHARS = new CharSet([...'河溪江湖山岭嶺坪坝壩塘湾灣沟溝峪岗崗洲坳垭埡洼窪岙嶴垅壟垄坑桥橋屯寨堡营營铺鋪坡冲沖村庄莊镇鎮乡鄉街路口头頭湖滩灘圩埠港园園埭浜渡']);
const ROSTER_ROW = /(?:^|\n)[ \u3000]*([\u3400-\u9fff]{2,3})[ \u3000\t]+(?=[0-9０-９*＊]|[户戶][ \u3000]|[一二三四五六七八九十两兩][人口](?![\u3400-\u9fff]))/g;
/** A bicycle's or an e-bike's plate with its city's name (澜湾B20417, 柳川C31742), after the plate's word or the vehicle. */
const CITY_PLATE = /(?:车牌|車牌|牌照|号牌|號牌|电动车|電動車|电瓶车|電瓶車)(?:号|號)?(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}((?![是为為係号號码碼的])[\u3400-\u9fff]{2}[A-Z][0-9]{5})(?![0-9A-Za-z])/g;
/**
 * A certificate's number in a register's form with the issuing place and the year in brackets, after the certificate's
 * word (船舶登记证书编号（湘澧）船登（籍）（2018）FT-300417號, 不动产权证号苏（2019）澜湾市不动产权第0017263号): a person's
 * boat or home. CERTIFICATE_FORM reads the shorter forms.
 */
const REGISTER_FORM = /(?:证号|證號|证书编号|證書編號|证书号|證書號|证编号|證編號)(?:码|碼)?(?:是|为|為|係)?[:：\s]{0,2}((?:[（(][\u3400-\u9fff]{1,4}[）)])?[\u3400-\u9fff]{1,4}(?:[（(][\u3400-\u9fff]{1,2}[）)])?[（(][0-9]{4}[）)][\u3400-\u9fff]{0,10}?(?:[A-Z]{1,3}[-－]?)?[0-9]{3,8}[号號])/g;
/** A certificate's number that repeats the certificate's word after the issuer's (漁民證澧渔民证0512号, 低保證號澧低保证2020-0317). */
const CERTIFICATE_OWN_WORD = /([\u3400-\u9fff]{1,3}[证證])(?:号|號)?(?:是|为|為)?[:：\s]{0,2}([\u3400-\u9fff]{1,3}\1[0-9]{2,6}(?:[-－][0-9]{2,6})?[号號]?)(?![0-9])/g;
/** A person's number by its word: a retiree's card, a resettled migrant's number, a boat's identification, a seaman's book. */
const PERSON_CODE = /(?:退休证号|退休證號|退休证编号|退休證編號|移民编号|移民編號|移民证号|移民證號|船舶识别号|船舶識別號|服务簿号|服務簿號|服务簿编号|服務簿編號)(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}([\u3400-\u9fff]?[A-Za-z0-9]{1,16}(?:[-－][A-Za-z0-9]{1,8}){0,3})(?![A-Za-z0-9])/g;
const PERSON_CODE_CUES = ['退休证', '退休證', '移民编', '移民編', '移民证', '移民證', '识别号', '識別號', '服务簿', '服務簿'];
/** A receipt's payer (今收到符阿根交来…, 收到柳湾村符阿根交来…): the person who paid, after any place named before them. */
const RECEIPT_PAYER = /收到([\u3400-\u9fff]{2,10}?)(?:交来|交來|缴来|繳來|缴纳|繳納|交纳|交納)/g;
/** Whom money was lent or transferred to (借给邬晓峰二十万, 微信转账给“峰哥”): a private person, by name or by nickname. */
const LENT_TO = /(?<!流)(?:借给|借給|借钱给|借錢給|转账给|轉賬給|轉帳給|转给|轉給|汇给|匯給)了?(?=[\u3400-\u9fff“"「])/g;
/** A borrower's or a payer's name opening a clause before what they did with the writer's money (邬国平借给我…, 樊德林欠我…,
 * 蔺春花向我转账…). */
const DEALS_WITH_WRITER_AFTER = /^(?:借给我|借給我|借了我|借我|欠我|欠了我|向我借|找我借|向我转账|向我轉賬|向我轉帳|给我转|給我轉|转给我|轉給我|还我|還我|拿了我)/;
/** Whom a debt is owed to or a claim is brought against (他欠樊德林二十万, 起诉邬国平, 申请执行蔺春花的厂房, 转给 邬国平 2000元). */
// (Also with 的是 between, 申請執行的是X的紡織廠.)
const OWED_BEFORE = /(?:欠了?|起诉了?|起訴了?|申请执行|申請執行|状告|狀告|转给|轉給|借给|借給)(?:的是)?[ \u3000]?(?=[\u3400-\u9fff])/g;
/** A member of the writer's household by full name (我家陶长顺退捕没收入, 我家郭俊宇去了). */
const HOUSEHOLD_MEMBER_BEFORE = /(?:我家|俺家|咱家)(?=[\u3400-\u9fff])/g;
/** A child's name in a parent's display name in a school's group (改成“蔺雨桐媽媽”). */
const PARENT_REMARK = /[“"「]([\u3400-\u9fff]{2,3})(?:妈妈|媽媽|爸爸|家长|家長)[”"」]/g;
/** Who phones on the writer's behalf, after the number (联系：135…（温小燕代）). */
const ON_BEHALF = /[（(]([\u3400-\u9fff]{2,3})代[）)]/g;
/** A surname and a form of address right before the real name (滕大姐，大名滕秀英): the same person, by both. */
const FORM_BEFORE_REAL_NAME = /(?:大姐|大哥|阿姨|大妈|大媽|大爷|大爺|大叔|大婶|大嬸|老汉|老漢|老太|幺妹)[，,\s]?(?:大名|真名|本名|全名|学名|學名)/g;
/** A plate right after whoever drives it (老板聂振华开着浙F·3K715): that person's car, whatever else the sentence says. */
const DRIVES_AFTER_NAME = /^(?:开着|開著|开的是|開的是|开来|開來)/;
/** A private firm's or association's secretary-general, where the text is about such an association (商会, 协会, 会费). */
const ASSOCIATION_SECRETARY = /(?:秘书长|秘書長)(?=[\u3400-\u9fff])/g;
const ASSOCIATION_WORDS = ['商会', '商會', '协会', '協會', '会费', '會費', '联谊会', '聯誼會', '同乡会', '同鄉會'];
/** A name misspelt on a paper, and the right one (证上把我蔺春花打成了蔺春华, 把我爸的名字写成了邬德後): both the person's. */
const MISWRITTEN = /(?:名字|名|把我[\u3400-\u9fff]{2,3})[^。！？!?\n]{0,20}?(?:打成|写成|寫成|印成|错成|錯成)了?(?=[\u3400-\u9fff])/g;
const MISWRITTEN_FROM = /把我([\u3400-\u9fff]{2,3})(?:打成|写成|寫成|印成|错成|錯成)/g;
/** A private lender or a debt collector by their trade before a name (隔壁放贷的鲍志强): a private person. */
const LENDER_BEFORE = /(?:放贷|放貸|放高利贷|放高利貸|放水|收账|收賬|讨债|討債|催债|催債)的(?=[\u3400-\u9fff])/g;
/**
 * The heads of private firms and associations and a village group's or a building's leader, as the sets label them
 * (厂长聂振华, 会长聂振华, 组长邬大成, 会长是南春吉大爷), and a ship's crew; not where a firm follows (会长是恒达家具厂的老板).
 */
const PRIVATE_HEAD = /(?:厂长|廠長|会长|會長|组长|組長)(?:是|叫)?(?=[\u3400-\u9fff])/g;
const FIRM_AFTER_NAME = /^[\u3400-\u9fff]{0,4}?(?:厂|廠|公司|集团|集團|店|行|社|协会|協會|商会|商會)/;

function pushNamedAt(text: string, out: PiiSpan[], s: number, e: number): void {
  if (surnameLength(text, s) && !knownNotName(text, s, e) && !TITLE_OR_PLACE_END.test(text.slice(s, e))) pushName(out, s, e);
}
/** A name in a slot that says it is one (a roster's row, a firm's head): a surname and no word, whatever stands before it
 * (knownNotName takes a name after 组长 for an official's). */
function slotName(text: string, s: number, e: number): boolean {
  const span = text.slice(s, e);
  return surnameLength(text, s) > 0 && e - s >= 2 && e - s <= 4 && span[0] !== span[1] && !isKnownWord(span) && !wordNotPerson(foldToSimplified(span)) && !TITLE_OR_PLACE_END.test(span);
}

function scanStop34(text: string, out: PiiSpan[]) {
  if (has(text, '折') || has(text, '摺')) {
    PASSBOOK_NUMBER.lastIndex = 0;
    for (let m = PASSBOOK_NUMBER.exec(text); m; m = PASSBOOK_NUMBER.exec(text)) out.push({ kind: 'bank_card', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (has(text, '\n')) {
    const rows: number[] = [];
    ROSTER_ROW.lastIndex = 0;
    for (let m = ROSTER_ROW.exec(text); m; m = ROSTER_ROW.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]); // (after the line's break and indent)
      rows.push(start, start + m[1].length);
    }
    // (Not a place's row, 石桥 2户, 高坪 5户: a hamlet's name ends in its landform.)
    if (rows.length >= 4) for (let k = 0; k < rows.length; k += 2) if (!officialCell('name', text.slice(rows[k], rows[k + 1])) && !PLACE_END_CHARS.has(text[rows[k + 1] - 1]) && slotName(text, rows[k], rows[k + 1])) pushName(out, rows[k], rows[k + 1]);
  }
  if (sawLetter && hasAny(text, ['车牌', '車牌', '牌照', '号牌', '號牌', '电动车', '電動車', '电瓶车', '電瓶車'])) {
    CITY_PLATE.lastIndex = 0;
    for (let m = CITY_PLATE.exec(text); m; m = CITY_PLATE.exec(text)) {
      const end = m.index + m[0].length;
      // (Not a part's or a model's code, 电动车电池A12345, 型号B20417.)
      // (Review: nor a spot it is parked at, 停在B12345车位, 放在C20417号棚: a verb or a locative is no city's name.)
      if (PUBLIC_CAR.test(sentenceAround(text, m.index, end)) || /^(?:电池|電池|电瓶|電瓶|车架|車架|电机|電機|型号|型號|配件|品牌|车型|車型)/.test(m[1]) || /[在到停放于於着著里裡内內边邊旁]/.test(m[1].slice(0, 2))) continue;
      out.push({ kind: 'plate', start: end - m[1].length, end });
    }
  }
  if (has(text, '证') || has(text, '證')) {
    REGISTER_FORM.lastIndex = 0;
    for (let m = REGISTER_FORM.exec(text); m; m = REGISTER_FORM.exec(text)) {
      if (BUSINESS_PERMIT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
    CERTIFICATE_OWN_WORD.lastIndex = 0;
    for (let m = CERTIFICATE_OWN_WORD.exec(text); m; m = CERTIFICATE_OWN_WORD.exec(text)) {
      if (BUSINESS_PERMIT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index + m[1].length - 1))) continue;
      out.push({ kind: 'member_number', start: m.index + m[0].length - m[2].length, end: m.index + m[0].length });
    }
  }
  if (hasAny(text, PERSON_CODE_CUES)) {
    PERSON_CODE.lastIndex = 0;
    for (let m = PERSON_CODE.exec(text); m; m = PERSON_CODE.exec(text)) {
      let digits = 0;
      for (let k = 0; k < m[1].length; k++) if (digit(m[1].charCodeAt(k)) >= 0) digits++;
      if (digits >= 4) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
  if (has(text, '收到')) {
    RECEIPT_PAYER.lastIndex = 0;
    for (let m = RECEIPT_PAYER.exec(text); m; m = RECEIPT_PAYER.exec(text)) {
      // (The payer after the place they are from: 柳湾村符阿根.)
      const payer = m[1];
      const cut = Math.max(...[...'镇鎮乡鄉村县縣区區市街组組的'].map((c) => payer.lastIndexOf(c))) + 1;
      const s = m.index + 2 + cut;
      const e = m.index + 2 + payer.length;
      // (Any surname: the slot is a payer's, 符阿根 too.)
      if (e - s >= 2 && e - s <= 3 && !knownNotName(text, s, e)) pushName(out, s, e);
    }
  }
  if (hasAny(text, ['借给', '借給', '钱给', '錢給', '账给', '賬給', '帳給', '转给', '轉給', '汇给', '匯給'])) {
    LENT_TO.lastIndex = 0;
    for (let m = LENT_TO.exec(text); m; m = LENT_TO.exec(text)) {
      const at = m.index + m[0].length;
      if (OPEN_QUOTE.has(text[at])) {
        const close = text.slice(at + 1, at + 12).search(/[”"」]/);
        if (close >= 2 && !/[0-9０-９]|(?:园|園|社|厂|廠|公司|中心|基地|协会|協會|合作社|所|办|辦|委会|委會|局|政府|站|院|队|隊|处|處|科|村|镇|鎮|乡|鄉|街道|社区|社區|银行|銀行|账户|賬戶|帳戶)$/.test(text.slice(at + 1, at + 1 + close))) out.push({ kind: 'name', start: at + 1, end: at + 1 + close });
        continue;
      }
      const e = nameEnd(text, at);
      if (e > at + 1 && likelyName(text, at, e)) pushNamedAt(text, out, at, e);
    }
  }
  if (hasAny(text, ['欠', '起诉', '起訴', '申请执行', '申請執行', '状告', '狀告', '转给', '轉給', '借给', '借給'])) {
    OWED_BEFORE.lastIndex = 0;
    for (let m = OWED_BEFORE.exec(text); m; m = OWED_BEFORE.exec(text)) {
      const at = m.index + m[0].length;
      const e = nameEnd(text, at);
      // (A full name, or two characters the clause ends after: 欠了工资, 借了钱给他 name no one.)
      if (e === at + 3 || (e === at + 2 && !isHan(text.charCodeAt(e)))) if (slotName(text, at, e) && !knownNotName(text, at, e)) pushName(out, at, e);
    }
  }
  if (hasAny(text, ['给我', '給我', '了我', '借我', '欠我', '向我', '找我', '还我', '還我'])) {
    for (let at = 0; at < text.length; at++) {
      // (At a clause's start only: a surname right after a boundary.)
      if (!(at === 0 || NAME_BOUNDARY_BEFORE.has(text[at - 1])) || !surnameLength(text, at)) continue;
      const e = nameEnd(text, at);
      if (e > at + 1 && DEALS_WITH_WRITER_AFTER.test(text.slice(e, e + 4)) && slotName(text, at, e) && !knownNotName(text, at, e)) pushName(out, at, e);
    }
  }
  if (has(text, '我家') || has(text, '俺家') || has(text, '咱家')) {
    HOUSEHOLD_MEMBER_BEFORE.lastIndex = 0;
    for (let m = HOUSEHOLD_MEMBER_BEFORE.exec(text); m; m = HOUSEHOLD_MEMBER_BEFORE.exec(text)) {
      const at = m.index + 2;
      const e = nameEnd(text, at);
      // (A full name of three only, no place's or thing's: 我家林权证, 我家钱家浜村, 我家门口, 我家李子树 name no one.)
      if (e === at + 3 && !text.slice(at, e).includes('家') && !wordNotPerson(foldToSimplified(text.slice(at, at + 2))) && !PLACE_END_CHARS.has(text[e - 1]) && !PLACE_END_CHARS.has(text[e] ?? '') && slotName(text, at, e) && !knownNotName(text, at, e)) pushName(out, at, e);
    }
  }
  if (has(text, '妈妈') || has(text, '媽媽') || has(text, '爸爸') || has(text, '家长') || has(text, '家長')) {
    PARENT_REMARK.lastIndex = 0;
    for (let m = PARENT_REMARK.exec(text); m; m = PARENT_REMARK.exec(text)) pushNamedAt(text, out, m.index + 1, m.index + 1 + m[1].length);
  }
  if (has(text, '代）') || has(text, '代)')) {
    ON_BEHALF.lastIndex = 0;
    for (let m = ON_BEHALF.exec(text); m; m = ON_BEHALF.exec(text)) if (likelyName(text, m.index + 1, m.index + 1 + m[1].length)) pushNamedAt(text, out, m.index + 1, m.index + 1 + m[1].length);
  }
  if (has(text, '名')) {
    FORM_BEFORE_REAL_NAME.lastIndex = 0;
    for (let m = FORM_BEFORE_REAL_NAME.exec(text); m; m = FORM_BEFORE_REAL_NAME.exec(text)) {
      const s = m.index - 1;
      if (s >= 0 && surnameLength(text, s) === 1 && (s === 0 || NAME_BOUNDARY_BEFORE.has(text[s - 1]))) pushName(out, s, m.index + (m[0].match(/^[\u3400-\u9fff]{2}/)?.[0].length ?? 2));
    }
  }
  if (hasAny(text, ASSOCIATION_WORDS)) {
    ASSOCIATION_SECRETARY.lastIndex = 0;
    for (let m = ASSOCIATION_SECRETARY.exec(text); m; m = ASSOCIATION_SECRETARY.exec(text)) {
      // (Review: a government's or an office's secretary-general is an official, 商会 elsewhere or not.)
      if (/(?:政府|委|局|办|辦|院|厅|廳|部|处|處|人大|政协|政協)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const at = m.index + m[0].length;
      const e = nameEnd(text, at);
      if (e > at + 1 && likelyName(text, at, e)) pushNamedAt(text, out, at, e);
    }
  }
  if (hasAny(text, ['打成', '写成', '寫成', '印成', '错成', '錯成'])) {
    MISWRITTEN.lastIndex = 0;
    for (let m = MISWRITTEN.exec(text); m; m = MISWRITTEN.exec(text)) {
      // (A full name of three characters only, set off after: 名字写成了错别字 is none.)
      const at = m.index + m[0].length;
      // (Review: 地名, 村名, 单位名 written wrong are places', 张家湾 no one's.)
      if (text[m.index] === '名' && /(?:地|村|镇|鎮|乡|鄉|街|路|单位|單位|公司|店|校|厂|廠|组|組)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (!isHan(text.charCodeAt(at + 3)) && slotName(text, at, at + 3)) pushName(out, at, at + 3);
    }
    MISWRITTEN_FROM.lastIndex = 0;
    for (let m = MISWRITTEN_FROM.exec(text); m; m = MISWRITTEN_FROM.exec(text)) if (slotName(text, m.index + 2, m.index + 2 + m[1].length)) pushName(out, m.index + 2, m.index + 2 + m[1].length);
  }
  if (hasAny(text, ['放贷的', '放貸的', '利贷的', '利貸的', '放水的', '收账的', '收賬的', '讨债的', '討債的', '催债的', '催債的'])) {
    LENDER_BEFORE.lastIndex = 0;
    for (let m = LENDER_BEFORE.exec(text); m; m = LENDER_BEFORE.exec(text)) {
      const at = m.index + m[0].length;
      const e = nameEnd(text, at, true);
      if (e > at + 1 && slotName(text, at, e)) pushName(out, at, e);
    }
  }
  if (hasAny(text, ['长', '長'])) {
    PRIVATE_HEAD.lastIndex = 0;
    for (let m = PRIVATE_HEAD.exec(text); m; m = PRIVATE_HEAD.exec(text)) {
      // (A group's leader only of a village's, a building's or a shop floor's group: 村民小组长, 楼组长, 原来的组长, 厂里组长,
      // 佢哋組長; not an inspection's or a task force's, 督导组组长, 工作组组长.)
      if ((m[0][0] === '组' || m[0][0] === '組') && m.index > 0 && isHan(text.charCodeAt(m.index - 1)) && !'的小楼樓们們村原我俺里裡哋'.includes(text[m.index - 1])) continue;
      const at = m.index + m[0].length;
      const e = nameEnd(text, at, true);
      // (Two characters only where the name visibly ends: 会长郜占魁组织… is not 韩占.)
      if (e === at + 2 && isHan(text.charCodeAt(e)) && !'说說的在是把跟和让讓叫就也都又还還不没沒'.includes(text[e])) continue;
      if (e > at + 1 && likelyName(text, at, e) && !FIRM_AFTER_NAME.test(text.slice(e, e + 7)) && slotName(text, at, e)) pushName(out, at, e);
    }
  }
}

/** (Stop 34) A name set off at the end after a sentence or a dash, then its home closing the text (…情况就是这样。樊德林，柳湾村3组7号;
 * ——滕幺妹，柳湾村2组11号): the writer's signature. */
const SIGNED_BEFORE_HOME = /(?:^|[。！？!?\n]|——|—)\s?([\u3400-\u9fff]{2,3})[，,\s]\s?$/;
/** (Stop 34) Beside a name found: a worker's code after it in a list (邬国平 TX-0417，…), and the plate it drives. */
const CODE_AFTER_NAME = /^[ \u3000]([A-Z]{1,4}[-－]?[0-9]{3,6})(?=[，,；;、。\s]|$)/;
function besideNamesStop34(text: string, spans: PiiSpan[]): PiiSpan[] {
  let added: PiiSpan[] | null = null;
  const last = spans[spans.length - 1];
  if (last.kind === 'address' && !/[^\s。.！!]/.test(text.slice(last.end))) {
    const m = SIGNED_BEFORE_HOME.exec(text.slice(Math.max(0, last.start - 8), last.start));
    const s = last.start - m?.[0].length! + m?.[0].indexOf(m[1])!;
    if (m && slotName(text, s, s + m[1].length) && !spans.some((x) => x.start < s + m[1].length && x.end > s)) (added ??= []).push({ kind: 'name', start: s, end: s + m[1].length });
  }
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    if (sp.kind !== 'name') continue;
    const code = CODE_AFTER_NAME.exec(text.slice(sp.end, sp.end + 14));
    if (code) (added ??= []).push({ kind: 'member_number', start: sp.end + 1, end: sp.end + 1 + code[1].length });
    const drive = sawLetter ? DRIVES_AFTER_NAME.exec(text.slice(sp.end, sp.end + 3)) : null;
    if (drive) {
      const at = sp.end + drive[0].length;
      const plate = /^[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-HJ-NP-Z][·•・.\s-]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])/.exec(text.slice(at, at + 12));
      if (plate) (added ??= []).push({ kind: 'plate', start: at, end: at + plate[0].length });
    }
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}

/** (Stop 34) Words that open what some rule read as a name: a cruise ship, a chamber of commerce, a court's parties, a boat's
 * papers, blood pressure and sugar. */
const WORD_NOT_NAME_STOP34 = new Set('游轮 遊輪 商会 商會 被告 原告 船证 船證 高血 血压 血壓 血糖'.split(' '));
/** A chat group's name in a list of groups (班级群、年级群、安全群、家委会群): 群 ends it and the list goes on with another. */
function groupInList(text: string, sp: PiiSpan): boolean {
  if (text[sp.end - 1] !== '群' || sp.end - sp.start > 4) return false;
  const after = text.slice(sp.end, sp.end + 7);
  return /^[、，,]/.test(after) && after.slice(1).includes('群') || /群[、，,]$/.test(text.slice(Math.max(0, sp.start - 2), sp.start));
}

/** (Stop 34) The names and made-up numbers (13800000000) in a sample table's or a sample row's lines (scanTables):
 * nobody's, whichever rule or model read them. (Review: no more. A phone, an ID or a card there that is no placeholder
 * stays masked: a real one copied into an example is still somebody's, and masking a made-up one costs little.) */
function withoutSampleTables(text: string, spans: PiiSpan[]): PiiSpan[] {
  const t = sampleTables;
  sampleTables = [];
  // (Both in the text's order: one pointer walks the tables with the spans.)
  let k = 0;
  return spans.filter((sp) => {
    while (k < t.length && t[k + 1] <= sp.start) k += 2;
    if (!(k < t.length && sp.start >= t[k] && sp.end <= t[k + 1])) return true;
    return !(sp.kind === 'name' || (sp.kind !== 'address' && placeholderNumber(text.slice(sp.start, sp.end))));
  });
}

// ---------------------------------------------------------------------------------------------
// (Stop 35) A China–Mongolia border port and a county's schools (pii40, pii41; own examples).

/**
 * Mongolian names written in Chinese by sound (巴特尔, 其其格, 德力格尔玛, 乌力吉巴图, 孟克吉日嘎拉): no surname, a name is
 * one or more name elements joined (Bat-, Bayar-, Erdene-, -tsetseg, -chimeg, -delger, -jargal, -bilig, -tu …), each
 * written with a handful of sound characters. The elements below are the common ones of Mongolian personal names
 * (Simplified; Traditional text is read folded). A run is read as a name only in a person's slot (mongolNameSlot):
 * after a relative, a private standing or the writer's 我, set off and before a contact, signing the text off, or
 * opening it before a colon or a comma; never before a place's word (嘎查, 苏木, 浩特, 巴托, 诺尔: those runs are places).
 */
const MONGOL_ELEMENTS = (
  '巴特尔 巴特 巴图 巴雅尔 巴彦 巴音 巴达 巴根 巴嘎 巴噶 巴拉 宝音 宝力格 宝力高 宝力道 宝鲁 毕力格 必力格 毕力贡 毕斯 白音 白乙 布和 布仁 布赫 ' +
  '朝鲁 朝克图 朝格 朝克 朝伦 朝鲁门 其其格 其木格 其力莫格 其日麦 德力格尔 德力格 德勒格 达来 达赖 达瓦 达木林 达林太 达日玛 ' +
  '敖登 敖特根 敖敦 敖日格勒 敖其尔 额尔敦 额尔德尼 额日和木 恩和 恩克 斯琴 斯日古楞 斯庆 苏和 苏雅拉 苏荣 苏日娜 苏德 ' +
  '图雅 图娅 图门 图布信 图力古尔 托雅 托娅 陶克陶 陶格斯 特木尔 铁木尔 特古斯 乌力吉 乌云 乌兰 乌日娜 乌日根 乌仁 乌日汗 乌恩 ' +
  '孟和 孟根 孟克 满都拉 满都胡 那顺 那仁 那日苏 那木吉拉 娜仁 娜日苏 娜布其 诺敏 诺日布 哈斯 哈日 哈拉图 呼和 呼日勒 呼格吉勒 ' +
  '胡日查 吉日嘎拉 吉格木德 吉日格勒 吉雅 格日勒 格日乐 格根 阿拉坦 阿拉腾 阿木古楞 阿古达木 阿茹娜 阿日斯楞 阿拉木斯 ' +
  '萨仁 萨其日拉 萨楚拉 萨日娜 赛罕 赛音 道尔吉 旭日干 照日格图 青格乐 青格勒 牧仁 温都苏 温都尔 扎布 扎那 扎木苏 僧格 桑布 ' +
  '浩斯 高娃 卓娜 嘎日迪 荣贵 额尔德木 吉日木 包日 塔娜 乌云塔娜 ' +
  // (More common elements, from Mongolian naming at large: Bayasgalan, Darkhan, Nasan, Buyant, Suren, Tegshin, Saruul, Sübedei …)
  '巴雅斯古楞 达尔罕 那森 宝力德 斯仁 陶克涛 特布信 萨茹拉 其仁 苏布道 布日古德 额日登 伊德尔 白乙拉 那日松 阿迪雅 达古拉 萨日朗 道日娜 图古勒 青格尔 嘎拉桑 查干 查娜 乌日图 格日图 敖日其楞 朝勒门 乌力更 额尔和 阿拉塔 毕力贡达来 图们吉日嘎拉'
).split(' ');
/** Elements of two characters that a person's slot alone may carry (达瓦, 诺敏, 牧仁): not words or places' parts (乌云, 乌兰, 巴拉). */
const MONGOL_ALONE = new Set('达瓦 诺敏 卓娜 敖敦 浩斯 牧仁 敖登 宝音 斯琴 萨仁 孟和 苏和 巴图 图雅 托雅 托娅 图娅 恩和 那顺 那仁 娜仁 哈斯 吉雅 朝鲁 布和 格根 乌恩 高娃 巴根 白音'.split(' '));
/** Sound characters that join elements or end a name (图, 尔, 玛, 娅 …). */
const MONGOL_SOUND = new UnitSet([...'塔巴图雅尔特格勒吉嘎达赖敖登敦苏娜乌毕斯哈浩朝鲁宝音彦德额恩琴萨赛楚玛娅托陶布扎旭胡茹楞仓仁孟根莫荣贵汗克敏诺顺兰芽荷乙白满沁桑策'].map((c) => c.charCodeAt(0)));
/** Sound characters that are also common words (其, 木, 拉, 那, 和, 来, 日 …): inside a name only, never at its ends. */
const MONGOL_WEAK = new UnitSet([...'其木拉那门干查来和力都信日勒'].map((c) => c.charCodeAt(0)));
/** Name parts by their first character, longest first (what partAt reads). */
function partsByFirst(parts: Iterable<string>): Map<number, string[]> {
  const byFirst = new Map<number, string[]>();
  for (const w of parts) {
    const list = byFirst.get(w.charCodeAt(0)) ?? [];
    list.push(w);
    byFirst.set(w.charCodeAt(0), list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}
/** The longest part of `byFirst` that starts at t[i], or ''. */
function partAt(byFirst: Map<number, string[]>, t: string, i: number): string {
  const list = byFirst.get(t.charCodeAt(i));
  if (!list) return '';
  for (const w of list) if (t.charCodeAt(i + 1) === w.charCodeAt(1) && t.startsWith(w, i)) return w;
  return '';
}
/**
 * A bit per hash of the first two characters of each of `parts`: where t[i]'s and t[i + 1]'s bit is clear, no part starts
 * at i (partAt compares both). A look-up in 8 kB where partAt's is a Map's and a list's at the many characters that only
 * begin a part (阿, 拉, 多 …).
 */
function pairBits(parts: Iterable<string>): Int32Array {
  const bits = new Int32Array(2048);
  for (const w of parts) {
    const h = pairHash(w.charCodeAt(0), w.charCodeAt(1));
    bits[h >>> 5] |= 1 << h;
  }
  return bits;
}
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) >>> 16;
/** Whether a part of pairBits' `bits` may start at t[i]. */
const pairAt = (bits: Int32Array, t: string, i: number): boolean => {
  const h = pairHash(t.charCodeAt(i), t.charCodeAt(i + 1));
  return ((bits[h >>> 5] >>> h) & 1) !== 0;
};
const MONGOL_BY_FIRST = partsByFirst(MONGOL_ELEMENTS);
const MONGOL_PAIRS = pairBits(MONGOL_ELEMENTS);
/** The elements' first characters, as a bit table: hasMongolSound asks it at every character, where a Map's look-up costs a hash. */
const MONGOL_FIRST = new UnitSet(MONGOL_BY_FIRST.keys());
/** A place's word: a run before it is the place's name (巴彦锡勒嘎查, 呼和浩特, 乌兰巴托, 达来诺尔), and so are some words made of the same characters. */
const MONGOL_PLACE_AT = /嘎查|苏木|浩特|巴托|诺尔|淖尔|郭勒|高勒|陶勒盖|那达慕|敖包|哈达|蒙古|布鲁克|郭楞|察布|牧骑/y;
const MONGOL_PLACE_AFTER = /^(?:嘎查|苏木|浩特|巴托|诺尔|淖尔|郭勒|高勒|陶勒盖|布鲁克|郭楞|察布|牧骑|江|旗|盟|镇|市|县|区|乡|村|路|街|河|湖|山|口岸|牧场|草原|公园|宾馆|酒店|饭店|度假|大街|广场|小区|社区|队|站)/;
const mongolElementAt = (t: string, i: number): string => partAt(MONGOL_BY_FIRST, t, i);
/** From `s` on the folded text, the end of a run of elements and sound characters (up to ten), trimmed of weak ends; 0 where
 * no element is in it. `elements` gets how many elements it has, `covered` how many of its characters they cover. */
function mongolRun(t: string, s: number): { end: number; elements: number; covered: number; alone: boolean } | null {
  let e = s;
  let elements = 0;
  let covered = 0;
  let lastStrong = s;
  let first = '';
  while (e < t.length && e - s < 10) {
    MONGOL_PLACE_AT.lastIndex = e;
    if (MONGOL_PLACE_AT.test(t)) break;
    const w = mongolElementAt(t, e);
    if (w && e + w.length - s <= 10) {
      if (!elements) first = w;
      elements++;
      covered += w.length;
      e += w.length;
      lastStrong = e;
      continue;
    }
    const c = t.charCodeAt(e);
    if (MONGOL_SOUND.has(c)) {
      e++;
      lastStrong = e;
      continue;
    }
    if (MONGOL_WEAK.has(c) && e > s) {
      e++;
      continue;
    }
    break;
  }
  e = lastStrong;
  if (!elements || e - s < 2) return null;
  // (Elements must stand for most of the run: 德国人, 巴士站 have a sound character and no element.)
  if (covered * 3 < e - s) return null;
  return { end: e, elements, covered, alone: e - s === first.length && MONGOL_ALONE.has(first) };
}
/** Before a Mongolian name: a relative, a private standing, the writer, a record's person, or a dash. */
const MONGOL_CUE_BEFORE = /(?:我是|我叫|叫做|名叫|名字叫|名字是|汉字名|蒙文名|(?<![们們])叫|本人|我|俺|署名|落款|联名|户主|来访人|来电人|反映人|联系人|申请人|当事人|写成了|写成|写的是|(?<![变變])成了|父亲|母亲|阿爸|阿妈|阿爹|爸爸|妈妈|我爸|我妈|俺爸|俺妈|爷爷|奶奶|姥姥|姥爷|外公|外婆|儿子|女儿|孙子|孙女|弟弟|哥哥|姐姐|妹妹|堂兄|堂弟|堂哥|堂姐|堂妹|表哥|表弟|表姐|表妹|叔叔|舅舅|姨妈|姑姑|媳妇|丈夫|妻子|老公|老婆|婆婆|公公|女婿|外甥女|外甥|侄子|侄女|外孙女|外孙|亲戚|同学|朋友|邻居|孩子|牧民|村民|老教师|老板|知情人|患者|家长|姑娘|小伙|骑手|主人|流转方|受让方|户名|——|—|--)[：:\s“"「]{0,2}$/;
/** A standing that is also a public role (护士, 医生, 出纳, 干部): a private person there only where the writer says it is
 * them (我是…) or where the name signs off or stands before a contact. */
const MONGOL_ROLE_BEFORE = /(?:护士|医生|大夫|出纳|会计|干部|司机|老师|教师)[：:\s]{0,2}$/;
/** Weaker cues (的, 是, 和): the name needs two elements, or 我是 before in its sentence. */
const MONGOL_WEAK_BEFORE = /(?:的|是|和|与|、|，)$/;
/** After a name set off: a contact (a number, +976, 手机, 身份证, 微信 …) or the text's end. */
const MONGOL_CONTACT_AFTER = /^[\s，,、｜|/／:：]{0,3}(?:[0-9０-９+＋]|手机|电话|联系|身份证|微信|护照|邮箱|学生证|边民证|住址|家住|QQ|qq)/; // (Stop 36b: + QQ)
const MONGOL_END_AFTER = /^[\s。.！!]*$/;
/** The place a signature ends with (青格乐图，巴彦锡勒嘎查). */
const MONGOL_PLACE_END_AFTER = /^[，,\s][\u3400-\u9fff]{2,12}(?:嘎查|苏木|镇|旗|村|乡)[\s。.！!]*$/;
const MONGOL_SIGNED_TAIL = /^[，,][^。！？!?\n，,：:]{2,20}[\s。.！!]*$/;
const MONGOL_BOUNDARY = new UnitSet([...'，,。；;：:、！!？?（(“"「|｜/／-—】\n \u3000'].map((c) => c.charCodeAt(0)));
/** Whether the run t[s, e) stands in a person's slot (t: the folded text). */
// (Stop 35b: the same slots read the Tibetan, Yi and Turkic names of scanStop35b, with their places' words and more cues.)
function mongolNameSlot(t: string, s: number, e: number, run: { elements: number; alone: boolean }, placeAfter: RegExp = MONGOL_PLACE_AFTER, cue: RegExp = MONGOL_CUE_BEFORE): boolean {
  // (Nor a run that is part of a word: 那顺|便, 乌云|密布, 苏德|战争.)
  if (crossesWord(t, s, e)) return false;
  const before = t.slice(Math.max(0, s - 8), s);
  const after = t.slice(e, e + 16);
  // (Nor a place whose name goes on a character or two past the run: 乌兰察布市, 锡林郭勒盟.)
  if (placeAfter.test(after) || /^[^\s，,。；;！!？?的在是去到从和与就也都家说了]{1,2}(?:市|盟|旗)/.test(after)) return false;
  const contact = MONGOL_CONTACT_AFTER.test(after);
  const tail = t.length - e <= 16 ? after : '…';
  const ends = MONGOL_END_AFTER.test(tail) || MONGOL_PLACE_END_AFTER.test(tail);
  const afterBoundary = !after || MONGOL_BOUNDARY.has(after.charCodeAt(0)) || contact || '啊呀吧啦'.includes(after[0]);
  const strong = cue.test(before);
  if (strong && !(before.endsWith('我') && '们們家'.includes(t[s] ?? ''))) return true;
  let from = s;
  while (from > 0 && s - from < 40 && !'。！!？?\n'.includes(t[from - 1])) from--;
  const writer = /我是|我叫|本人/.test(t.slice(from, s));
  if (MONGOL_ROLE_BEFORE.test(before)) return writer || contact || ends;
  const lineStart = s === 0 || t[s - 1] === '\n';
  const setOff = lineStart || MONGOL_BOUNDARY.has(t.charCodeAt(s - 1));
  if (setOff && (contact || ends)) return !run.alone || lineStart || contact;
  // (Opening a text or a line: 浩斯：…, 巴音达赖，物流园…)
  if (lineStart && /^[：:，,\s]/.test(after)) return true;
  // (After 号 and a space, a roster's household and its head: …牧户8号 宝音图.)
  if (/[号號][\s\u3000]+$/.test(before) && (afterBoundary || !after)) return true;
  if (MONGOL_WEAK_BEFORE.test(before) && (afterBoundary || /^(?:家|的)/.test(after)) && !run.alone && (run.elements >= 2 || writer)) return true;
  // (Signing off with a short tail after a comma: …朝克图那顺，巴彦锡勒嘎查一组牧户14号; 胡日查，苏木干部。)
  if (setOff && !run.alone && t.length - e <= 24 && MONGOL_SIGNED_TAIL.test(t.slice(e))) return true;
  return false;
}
/** Whether t[s, e)'s last character and what follows make a word of the dictionary (顺便), or the run with the next one
 * or two characters does (乌云密布, 苏德战争): the run is part of a word, no name. */
function crossesWord(t: string, s: number, e: number): boolean {
  if (e >= t.length) return false;
  if (wordNotPerson(t.slice(e - 1, e + 1)) && commonWord(t.slice(e - 1, e + 1))) return true;
  for (let k = 1; k <= 2 && e + k <= t.length; k++) if (e - s + k <= 4 && e - s + k >= 3 && wordNotPerson(t.slice(s, e + k))) return true;
  return false;
}
/** Han surnames Mongols in China commonly take (包, 白, 韩, 吴, 陈, 王, 李, 张, 赵, 何, 鲍, 宝, 云, 奇, 黄). */
const HAN_MONGOL_SURNAME = new UnitSet([...'包白韩吴陈王李张赵何鲍云奇黄邢孟'].map((c) => c.charCodeAt(0)));
/** Mongolian names by sound in a person's slot. */
function scanMongolNames(text: string, t: string, out: PiiSpan[], found: PiiSpan[]) {
  for (let i = 0; i < t.length; i++) {
    if (!MONGOL_FIRST.has(t.charCodeAt(i)) && !MONGOL_SOUND.has(t.charCodeAt(i))) continue;
    // (A run starts at a boundary or after a non-sound character: inside a longer run it was read from its start.)
    if (i > 0 && MONGOL_SOUND.has(t.charCodeAt(i - 1)) && !MONGOL_CUE_BEFORE.test(t.slice(Math.max(0, i - 8), i))) continue;
    const run = mongolRun(t, i);
    if (!run) continue;
    // (A Han surname before a Mongolian given name, as many Mongols in China write theirs: 包铁木尔, 白巴特尔. The surname is read
    // with it where the two together stand set off; a one-element name of three characters or more.)
    let s = i;
    if (i > 0 && run.end - i >= 3 && run.elements === 1 && HAN_MONGOL_SURNAME.has(t.charCodeAt(i - 1)) && !mongolNameSlot(t, i, run.end, run) && mongolNameSlot(t, i - 1, run.end, { elements: 2, alone: false })) s = i - 1;
    // (Nor a run whose end makes a word with what follows, 那顺|便, 乌云|密布, 苏德|战争 (a review's probes), nor one that
    // opens right after 我 with 那 or 这 (我那顺便问一下).)
    if (i > 0 && (t[i - 1] === '我' || t[i - 1] === '俺') && '那这'.includes(t[i])) {
      i = run.end - 1;
      continue;
    }
    if (s < i || mongolNameSlot(t, i, run.end, run)) {
      const sp: PiiSpan = { kind: 'name', start: s, end: run.end };
      out.push(sp);
      // (A copy: merging may widen the span pushed, and the name read is what stop35After compares.)
      found.push({ kind: 'name', start: s, end: run.end });
      i = run.end - 1;
    }
  }
}

/**
 * A Mongolian name in Cyrillic standing alone in a Chinese text (Батбилэг，蒙古号…, 我叫Түмэнбаяр, 表妹Ундрах来…): Mongolians
 * go by their given name, one capitalized word (a hyphenated one too, Мөнх-Очир). Not inside a sentence of Cyrillic
 * (Сайн байна уу, Баянзүрх дүүрэг: a word before or after it), nor a place's or a country's name (CYRILLIC_PLACES).
 * An initial and the name, as Mongolians write the father's name before their own (Б.Оюунчимэг), is a name wherever it stands.
 */
const CYRILLIC_WORD_ALONE = /(?<![\p{Script=Cyrillic}\p{Script=Latin}\p{N}.\-]|[\p{Script=Cyrillic}][ ,])[А-ЯЁӨҮ][а-яёөүһ]{2,15}(?:-[А-ЯЁӨҮа-яёөүһ][а-яёөүһ]{1,12})?(?![\p{Script=Cyrillic}\p{Script=Latin}\p{N}]|[ ,.]\s?[\p{Script=Cyrillic}])/gu;
const CYRILLIC_INITIAL_NAME = /(?<![\p{Script=Cyrillic}\p{Script=Latin}])[А-ЯЁӨҮ]\.\s?[А-ЯЁӨҮ][а-яёөүһ]{2,15}(?![\p{Script=Cyrillic}])/gu;
/** Places, countries, peoples and greetings written in Cyrillic, which a Chinese text may quote alone. */
const CYRILLIC_PLACES = new Set(('Улаанбаатар Монгол Монголия Эрдэнэт Дархан Замын-Үүд Чойр Сайншанд Баянзүрх Сүхбаатар Чингэлтэй Баянгол Хан-Уул ' +
  'Сонгинохайрхан Налайх Багануур Говь Дорноговь Өмнөговь Хөвсгөл Архангай Хэнтий Хятад Эрээн Бээжин Хөх-Хот Москва Россия Иркутск Улан-Удэ ' +
  'Владивосток Хабаровск Чита Новосибирск Казахстан Алматы Астана Сайн Сайхан Баярлалаа Мэнд Привет Здравствуйте Спасибо Банк Хаан Голомт ' +
  'Төрийн Худалдаа Хөгжил Монголын Улсын Миний Бид Энэ Тэр Жалоба Заявление Тема Вопрос Ответ Письмо Уважаемые Уважаемый').split(' '));
/** Mongolian plates: four digits and three Cyrillic capitals (4581 УНБ), after the car they are on. */
const MONGOL_PLATE = /(?:车|車|牌|号|號)[^，,。；;！!？?\n]{0,6}?(?<![0-9])([0-9]{4}\s?[А-ЯЁӨҮ]{3})(?![\p{Script=Cyrillic}])/gu;
/** A Mongolian civil registration number (регистрийн дугаар): two Cyrillic letters and eight digits (УБ84071213), or in Latin
 * letters after 注册号 (UB76052328). */
const MONGOL_REGISTER = /(?<![\p{Script=Cyrillic}\p{Script=Latin}0-9])[А-ЯЁӨҮ]{2}[0-9]{8}(?![0-9])/gu;
const MONGOL_REGISTER_LATIN = /(?:注册号|註冊號|登记号|登記號|регистр)[^，,。；;！!？?\n0-9]{0,12}?(?<![A-Za-z])([A-Z]{2}[0-9]{8})(?![0-9])/g;
/** A Mongolian mobile without its +976, after the words that say it is one (蒙古号9903 4127, 蒙古国电话 8811 2233). */
const MONGOL_LOCAL_MOBILE = /(?:蒙古|蒙古国|蒙古國)(?:的)?(?:手机|手機|电话|電話|号码|號碼|号|號)(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}([5-9][0-9]{3}[\s-]?[0-9]{4})(?![0-9])/g;
/** A Mongolian bank account's IBAN (MN + two check digits + sixteen digits, in groups of four or run together). */
const MONGOL_IBAN = /(?<![A-Za-z0-9])MN[0-9]{2}(?:\s?[0-9]{4}){4}(?![0-9])/g;
/** A Mongolian flat: its building and door (52-р байр, 14 тоот). */
const MONGOL_FLAT = /[0-9]{1,4}(?:-р|-р)?\s?байр,?\s?[0-9]{1,4}\s?тоот/g;
/**
 * A herder's household by its village, group and number (沙日塔拉嘎查四组牧户13号, 呼和陶勒盖嘎查牧户3号): the household's home,
 * the village's name kept with it. The village starts after the clause's boundary or after the words that lead to it
 * (我家, 在, 是, 住).
 */
const HERDER_HOUSEHOLD = /嘎查(?:[一二三四五六七八九十0-9０-９]{1,2}[组組])?牧[户戶](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９院])/g;
const VILLAGE_NAME_STOP = new UnitSet([...'在是家住的了们們我俺从從到于於：:，,。；;！!？?、（(）)“”"「」【】\n \u3000|｜/'].map((c) => c.charCodeAt(0)));
/**
 * A pupil's or a candidate's number by its cue: 准考证号, 考生号, 报名号, 考籍号 (the exam's registry singles the candidate out),
 * and a teacher's certificate (教师资格证号, or 证号 where the text speaks of the certificate).
 */
const EXAM_NUMBER = /(?:准考证号|准考證號|准考证|准考證|考生号|考生號|考籍号|考籍號|报名号|報名號|教师资格证号|教師資格證號|资格证号|資格證號|资格证编号|資格證編號)(?:码|碼)?(?:是|为|為)?[:：\s\u3000]{0,2}([A-Za-z]{0,2}[0-9０-９]{8,20})(?![0-9０-９])/g;
const CERTIFICATE_NUMBER_MINE = /(?:我的|本人)(?:证号|證號|证书号|證書號)(?:是|为|為)?[:：\s]{0,2}([0-9０-９]{10,20})(?![0-9０-９])/g;
/** A parent named by their child, as school group chats and notes sign: 李沐阳妈妈, 雨桐妈妈, 鲍思远家长. */
const CHILD_NAMING_PARENT = /(?:^|(?<=[\n，,。；;！!？?“"「]|——|—|班|\s))([\u3400-\u9fff]{2,3})(?:妈妈|爸爸|家长|外婆|奶奶|姥姥|爷爷|外公|姥爷|媽媽|家長|爺爺|姥爺)(?=[：:，,。！!\s]|$|看|又|在|说|說)/g;
function scanStop35(text: string, out: PiiSpan[], hasLetter: boolean): void {
  const t = foldedOf(text);
  mongolFound = [];
  if (MONGOL_BY_FIRST.size && hasMongolSound(t)) scanMongolNames(text, t, out, mongolFound);
  // (Stop 35b: Tibetan, Yi and Turkic names by their stock's parts, in the same slots.)
  scanStop35b(text, t, out);
  if (scriptTest(CYRILLIC, text)) {
    CYRILLIC_WORD_ALONE.lastIndex = 0;
    for (let m = CYRILLIC_WORD_ALONE.exec(text); m; m = CYRILLIC_WORD_ALONE.exec(text)) {
      if (CYRILLIC_PLACES.has(m[0]) || /^[\s,]*(?:дүүрэг|хороо|аймаг|сум|хот|гудамж|улс|район|область)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      // (In a text of Cyrillic sentences, a word opening one: only among Han characters or Chinese punctuation.)
      const b = text.charCodeAt(m.index - 1);
      if (m.index > 0 && !(isHan(b) || MONGOL_BOUNDARY.has(b) || b === 0x3002 || b === 0xff0c || b === 0x3a || b === 0xff1a || b === 0x20 || b === 0x2c)) continue;
      const a = text.charCodeAt(m.index + m[0].length);
      if (m.index + m[0].length < text.length && !(isHan(a) || MONGOL_BOUNDARY.has(a) || a === 0x20 || a === 0x2c || a === 0x2e || a === 0xff0c || a === 0x3002 || a === 0x3a || a === 0xff1a || a === 0x28 || a === 0xff08)) continue;
      out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
    CYRILLIC_INITIAL_NAME.lastIndex = 0;
    for (let m = CYRILLIC_INITIAL_NAME.exec(text); m; m = CYRILLIC_INITIAL_NAME.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    MONGOL_PLATE.lastIndex = 0;
    for (let m = MONGOL_PLATE.exec(text); m; m = MONGOL_PLATE.exec(text)) out.push({ kind: 'plate', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    MONGOL_REGISTER.lastIndex = 0;
    for (let m = MONGOL_REGISTER.exec(text); m; m = MONGOL_REGISTER.exec(text)) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
    MONGOL_FLAT.lastIndex = 0;
    for (let m = MONGOL_FLAT.exec(text); m; m = MONGOL_FLAT.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (hasLetter) {
    MONGOL_REGISTER_LATIN.lastIndex = 0;
    for (let m = MONGOL_REGISTER_LATIN.exec(text); m; m = MONGOL_REGISTER_LATIN.exec(text)) out.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    if (has(text, 'MN')) {
      MONGOL_IBAN.lastIndex = 0;
      for (let m = MONGOL_IBAN.exec(text); m; m = MONGOL_IBAN.exec(text)) out.push({ kind: 'bank_card', start: m.index, end: m.index + m[0].length });
    }
  }
  if (has(t, '蒙古')) {
    MONGOL_LOCAL_MOBILE.lastIndex = 0;
    for (let m = MONGOL_LOCAL_MOBILE.exec(text); m; m = MONGOL_LOCAL_MOBILE.exec(text)) out.push({ kind: 'mobile', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (scriptTest(MONGOL_SCRIPT, text)) {
    MONGOL_SCRIPT_WORD.lastIndex = 0;
    for (let m = MONGOL_SCRIPT_WORD.exec(text); m; m = MONGOL_SCRIPT_WORD.exec(text)) {
      if (NAME_WORD_NEAR.test(sentenceAround(text, m.index, m.index + m[0].length))) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
  }
  if (hasLetter) {
    CAPITALS_NAME.lastIndex = 0;
    for (let m = CAPITALS_NAME.exec(text); m; m = CAPITALS_NAME.exec(text)) {
      const words = m[1].split(' ');
      if (words.some((w) => LATIN_RUN_NOT.has(w[0] + w.slice(1).toLowerCase()) || !/[AEIOUY]/.test(w))) continue;
      // (Two words or more after a relative or a name's word, or one word where the text speaks of how a name is spelt.)
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      if (words.length >= 2 ? CAPITALS_CUE_BEFORE.test(before) : words[0].length >= 6 && SPELLING_WORDS.test(sentenceAround(text, m.index, m.index + m[1].length)) && /[是：:“"「，,]$/.test(before)) out.push({ kind: 'name', start: m.index, end: m.index + m[1].length });
    }
    LATIN_STREET_HOME.lastIndex = 0;
    for (let m = LATIN_STREET_HOME.exec(text); m; m = LATIN_STREET_HOME.exec(text)) {
      if (/我|住|地址|家/.test(sentenceAround(text, m.index, m.index + m[0].length))) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
    }
    if (has(text, '车牌') || has(text, '車牌')) {
      SPOKEN_PLATE.lastIndex = 0;
      for (let m = SPOKEN_PLATE.exec(text); m; m = SPOKEN_PLATE.exec(text)) out.push({ kind: 'plate', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
  if (has(text, '加')) {
    SPOKEN_FOREIGN_PHONE.lastIndex = 0;
    for (let m = SPOKEN_FOREIGN_PHONE.exec(text); m; m = SPOKEN_FOREIGN_PHONE.exec(text)) out.push({ kind: 'mobile', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (has(t, '蒙古') && hasAny(text, ['账号', '賬號', '帳號', '账户', '賬戶', '帳戶'])) {
    MONGOL_ACCOUNT.lastIndex = 0;
    for (let m = MONGOL_ACCOUNT.exec(text); m; m = MONGOL_ACCOUNT.exec(text)) out.push({ kind: 'bank_card', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (has(text, '同学') || has(text, '同學')) {
    SCHOOL_PUPIL.lastIndex = 0;
    for (let m = SCHOOL_PUPIL.exec(text); m; m = SCHOOL_PUPIL.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      const e = nameEnd(text, s, true);
      if (e - s >= 2 && e - s <= 3 && (text.startsWith('同学', e) || text.startsWith('同學', e)) && likelyName(text, s, e)) pushName(out, s, e);
    }
  }
  if (has(text, '嘎查')) {
    HERDER_HOUSEHOLD.lastIndex = 0;
    for (let m = HERDER_HOUSEHOLD.exec(text); m; m = HERDER_HOUSEHOLD.exec(text)) {
      let s = m.index;
      while (s > 0 && m.index - s < 8 && isHan(text.charCodeAt(s - 1)) && !VILLAGE_NAME_STOP.has(text.charCodeAt(s - 1))) s--;
      if (m.index - s < 2) continue;
      out.push({ kind: 'address', start: s, end: m.index + m[0].length });
    }
  }
  if (hasAny(text, ['考', '资格', '資格', '证号', '證號'])) {
    EXAM_NUMBER.lastIndex = 0;
    for (let m = EXAM_NUMBER.exec(text); m; m = EXAM_NUMBER.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    if (hasAny(text, ['资格证', '資格證', '证书', '證書'])) {
      CERTIFICATE_NUMBER_MINE.lastIndex = 0;
      for (let m = CERTIFICATE_NUMBER_MINE.exec(text); m; m = CERTIFICATE_NUMBER_MINE.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
}
let mongolFound: PiiSpan[] = [];
/** A pupil named by the school's own word (我校孟子墨同学, 本班李浩然同学). */
const SCHOOL_PUPIL = /(?:我校|本校|该校|該校|我班|本班)([\u3400-\u9fff])/g;
const PLATE_PREFIX_SPEAKER = /(?<=^|\n)[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-Z][-－]([\u3400-\u9fff]{2,4})[：:]/g;
const FIELD_WORDS = new Set('性别 性別 民族 年龄 年齡 备注 備註 籍贯 籍貫 国籍 國籍 职业 職業 单位 單位 事由 处理 處理 身份证号 身份證號 身份证 身份證 边民证号 邊民證號 护照号 護照號 学籍号 學籍號'.split(' '));
const MONGOL_SCRIPT_WORD = /[\u1820-\u18aa\u180b-\u180f]{2,30}/g;
const NAME_WORD_NEAR = /名字|名叫|叫|姓名|签名|簽名/;
/** A name in capitals as passports write it (MUNKHBAT ERDENEBILEG): two or three words after a relative or a name's word, or one
 * word where the text speaks of how a name is spelt (一个是ERDENCHIMEG，一个是ERDUNQIMUGE). */
const CAPITALS_NAME = /(?<![A-Za-z0-9])([A-Z]{3,16}(?: [A-Z]{2,16}){0,2})(?![A-Za-z0-9])/g;
const CAPITALS_CUE_BEFORE = /(?:女婿|丈夫|妻子|老公|老婆|儿子|兒子|女儿|女兒|父亲|父親|母亲|母親|表哥|表姐|表妹|表弟|朋友|同学|同學|叫|名字|名字是|姓名|我是|我叫)[：:\s]{0,2}$/;
const SPELLING_WORDS = /拼法|拼写|拼寫|拼音|字母|护照上|護照上|名字/;
/** A home in Latin letters by its street and number (Khairkhan street 112, Peace Avenue 17). */
const LATIN_STREET_HOME = /(?<![A-Za-z])[A-Z][a-z]{2,20} (?:[Ss]treet|[Aa]venue|[Rr]oad|St\.|Ave\.) [0-9]{1,4}(?:[-\/][0-9]{1,4})?(?![0-9])/g;
/** A plate said aloud, its digits in words (车牌是蒙H六K五八二一), as speech-to-text writes it. */
const SPOKEN_PLATE = /(?:车牌|車牌)(?:号|號)?(?:是|为|為)?[:：\s]{0,2}([京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-Z](?=[A-Z0-9]{0,5}[零〇一二三四五六七八九幺洞拐])(?:[A-Z0-9]|[零〇一二三四五六七八九幺洞拐]){5,6})(?![A-Za-z0-9零〇一二三四五六七八九])/g;
/** A foreign phone said aloud with its country code after 加 (加九七六，九九零四，八三一七), after a phone's word. */
const SPOKEN_FOREIGN_PHONE = /(?:电话|電話|手机|手機|号码|號碼)(?:是|为|為)?[:：\s]{0,2}(加[一二三四五六七八九零〇幺]{1,3}[，,\s]?(?:[零〇一二三四五六七八九幺洞拐]{2,4}[，,\s]?){2,4}[零〇一二三四五六七八九幺洞拐])/g;
/** A Mongolian bank account after its word, in a text about Mongolia's banks (账号5012 4836 71). */
const MONGOL_ACCOUNT = /(?:账号|賬號|帳號|账户|賬戶|帳戶)(?:是|为|為)?[:：\s]{0,2}([0-9]{4}(?: ?[0-9]{2,4}){1,3})(?![0-9])/g;
function hasMongolSound(t: string): boolean {
  for (let i = 0; i + 1 < t.length; i++) if (MONGOL_FIRST.has(t.charCodeAt(i)) && pairAt(MONGOL_PAIRS, t, i) && mongolElementAt(t, i)) return true;
  return false;
}
/**
 * (Stop 35) After every rule and model: a parent named by their child (李沐阳妈妈：…, ——柏俊杰妈妈, 中二班吕梓萱妈妈) whole,
 * the child's full name or two given-name characters where the text sets the pair off as a speaker or a signature; a
 * child's name some rule read is widened over the parent's word. Officials written with 某 stay visible (书记员：李某), and
 * so do names written 某某 as a list's placeholder (写成“王某某”); a hamlet is no name (向阳组); a span some rule read inside
 * a village's name before 嘎查 is the place's; a Mongolian name read whole replaces the pieces of it other rules took.
 */
function stop35After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let result = spans;
  const found = mongolFound;
  mongolFound = [];
  // (Which span covers each character, so that each question below is one look-up, not a search: linear in the text.)
  let cover: Int32Array = NO_COVER;
  if (hasAny(text, ['妈妈', '爸爸', '家长', '外婆', '奶奶', '姥姥', '爷爷', '外公', '姥爷', '媽媽', '家長', '爺爺', '姥爺'])) {
    const added: PiiSpan[] = [];
    cover = coverIndex(text.length, result);
    CHILD_NAMING_PARENT.lastIndex = 0;
    for (let m = CHILD_NAMING_PARENT.exec(text); m; m = CHILD_NAMING_PARENT.exec(text)) {
      const s = m.index;
      const e = s + m[1].length;
      const end = m.index + m[0].length;
      // (A name some rule or model read there: the parent's word joins it.)
      const k = cover[s];
      if (k >= 0 && result[k].kind === 'name' && result[k].end >= e) {
        added.push({ kind: 'name', start: s, end });
        continue;
      }
      if (knownNotName(text, s, e) || wordNotPerson(foldToSimplified(text.slice(s, e)))) continue;
      const speaker = (s === 0 || text[s - 1] === '\n') && /^[：:]/.test(text.slice(end, end + 1));
      const signed = (text[s - 1] === '—' || text[s - 1] === '班') && end + 4 >= text.length && /^[\s。.！!]*$/.test(text.slice(end));
      const alone = text.slice(Math.max(0, s - 8), s) + text.slice(s, e) + '。';
      const full = surnameLength(text, s) > 0 && e - s >= 2 && likelyName(alone, Math.min(8, s), Math.min(8, s) + e - s);
      let given = e - s === 2;
      for (let q = s; q < e && given; q++) if (!GIVEN_SET.has(text[q]) || NOT_GIVEN.has(text[q])) given = false;
      if ((full && (speaker || signed || s === 0 || text[s - 1] === '班' || e - s === 3)) || (given && (speaker || signed))) added.push({ kind: 'name', start: s, end });
    }
    if (added.length) {
      result = mergeSpans(result.concat(added));
      cover = NO_COVER;
    }
  }
  // (A plate set off beside a private person's name: 冀G·58K21 王福顺, 蒙H·D72816，侯振宇，…, 李二柱，蒙H·5L032。, 徐大力，车皖L·T2683.)
  if (sawLetter && result.length) {
    const added: PiiSpan[] = [];
    if (cover === NO_COVER) cover = coverIndex(text.length, result);
    PLATE.lastIndex = 0;
    for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
      const ps = m.index;
      const pe = m.index + m[0].length;
      if (cover[ps] >= 0 && cover[pe - 1] === cover[ps]) continue;
      const setBefore = ps === 0 || /[，,。；;！!？?\s：:车車]/.test(text[ps - 1]);
      const setAfter = pe === text.length || /[，,。；;！!？?\s]/.test(text[pe]);
      if (!setBefore || !setAfter) continue;
      let beside = false;
      for (let d = 1; d <= 2 && !beside && pe + d < text.length; d++) {
        const k = cover[pe + d];
        beside = k >= 0 && result[k].kind === 'name' && result[k].start === pe + d && /^[，,\s]{1,2}$/.test(text.slice(pe, pe + d));
      }
      for (let d = 1; d <= 5 && !beside && ps - d > 0; d++) {
        const k = cover[ps - d - 1];
        beside = k >= 0 && result[k].kind === 'name' && result[k].end === ps - d && /^[，,\s]{1,2}(?:车牌|車牌|车|車)?(?:号|號)?[:：]?$/.test(text.slice(ps - d, ps));
      }
      if (!beside || OFFICIAL_CAR.test(sentenceAround(text, ps, pe))) continue;
      added.push({ kind: 'plate', start: ps, end: pe });
    }
    if (added.length) {
      result = mergeSpans(result.concat(added));
    }
  }
  // (A chat's speaker after the plate's prefix they go by: 晋K-二柱子：….)
  if (sawLetter && has(text, '\n')) {
    const added: PiiSpan[] = [];
    PLATE_PREFIX_SPEAKER.lastIndex = 0;
    for (let m = PLATE_PREFIX_SPEAKER.exec(text); m; m = PLATE_PREFIX_SPEAKER.exec(text)) {
      const s = m.index + m[0].length - m[1].length - 1;
      added.push({ kind: 'name', start: s, end: s + m[1].length });
    }
    if (added.length) result = mergeSpans(result.concat(added));
  }
  const hasMou = has(text, '某');
  const hasGroup = has(text, '组') || has(text, '組');
  const hasGacha = has(text, '嘎查') || has(text, '苏木') || has(text, '蘇木');
  const t = hasGacha || found.length ? foldedOf(text) : text;
  // (The Mongolian names read whole, by the character they start at.)
  const foundAt = found.length ? coverIndex(text.length, found) : null;
  let names: Map<string, number> | null = null;
  if (hasGacha) {
    names = new Map();
    for (const sp of result) if (sp.kind === 'name') names.set(text.slice(sp.start, sp.end), (names.get(text.slice(sp.start, sp.end)) ?? 0) + 1);
  }
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp0 of result) {
    let sp = sp0;
    if (sp.kind === 'name') {
      const span = text.slice(sp.start, sp.end);
      const f = foundAt ? foundAt[sp.start] : -1;
      // (A form's field word, a grade before its class, a plate's prefix: no one's name, 性别｜女, 高二(4)班, 蒙H-韩二愣.)
      // (A kinship word, 樊长友（祖父）, and the writer's trade after 的, 我是…的文员, 我是…的宿管员: no one's name.)
      if (KIN_WORDS.has(span) || (span.length <= 3 && /[员員]$/.test(span) && /[的是]$/.test(text.slice(Math.max(0, sp.start - 1), sp.start)))) {
        changed = true;
        continue;
      }
      if (TABLE_COLUMNS.has(span) || FIELD_WORDS.has(span) || (/^[高初][一二三]$/.test(span) && /^[(（班年的备備学學生]/.test(text.slice(sp.end, sp.end + 1))) || (span.length === 2 && PLATE_PROVINCE.has(span.charCodeAt(0)) && /[A-Z]/.test(span[1]))) {
        changed = true;
        continue;
      }
      if (hasMou && /^[\u3400-\u9fff]某{1,2}$/.test(span)) {
        const before = text.slice(Math.max(0, sp.start - 8), sp.start).replace(/[:：\s]+$/, '');
        if (TITLE_BEFORE_MOU.test(before) || (/[“"「]$/.test(before) && /写成|寫成|写的是|寫的是|写作|寫作|都是|都写|都寫/.test(text.slice(Math.max(0, sp.start - 16), sp.start)))) {
          changed = true;
          continue;
        }
      }
      // (A village's group, 向阳组: after a village's word, or before a boundary, a number or its villagers — not 张桂芳组负责,
      // a team named after its head, and never after a person's cue: a review's probes.)
      if (hasGroup && f < 0 && (/^[组組](?![织織长長成建合装裝件员員委])/.test(text.slice(sp.end, sp.end + 2)) || (sp.end - sp.start >= 3 && /[组組]$/.test(span)))
        && !/(?:[员員工匠]|师傅|師傅|大姐|大哥|阿姨|我是|我叫|叫)[：:\s]{0,2}$/.test(text.slice(Math.max(0, sp.start - 4), sp.start))
        && (/[村屯社队隊寨查][\s，,、]{0,2}$/.test(text.slice(Math.max(0, sp.start - 3), sp.start)) || /^[组組]?(?:$|[\s，,。、；;：:）)]|[0-9０-９一二三四五六七八九十]|村民|的村民|群众|群眾)/.test(text.slice(sp.end + (/[组組]$/.test(span) ? 0 : 1), sp.end + 4)))) {
        changed = true;
        continue;
      }
      // (Unless the same name is masked elsewhere in the text as a person's: 我叫乌兰，乌兰嘎查的乌兰.)
      if (hasGacha && !(f >= 0 && found[f].end >= sp.end) && /^[^\s，,。；;！!？?的在是去到从和与就也都]{0,3}(?:嘎查|苏木)/.test(t.slice(sp.end, sp.end + 6)) && names!.get(span)! < 2) {
        changed = true;
        continue;
      }
      // (A Mongolian name read whole after a cue some rule took with it, 牧民温都苏: the name alone.)
      if (foundAt) {
        for (let d = 1; d <= 4 && sp.start + d < sp.end; d++) {
          const g = foundAt[sp.start + d];
          if (g >= 0 && found[g].start === sp.start + d && found[g].end <= sp.end && MONGOL_CUE_BEFORE.test(t.slice(Math.max(0, sp.start + d - 8), sp.start + d))) {
            sp = { kind: sp.kind, start: sp.start + d, end: sp.end };
            break;
          }
        }
      }
    }
    // (A number the writer says is a sample's or a template's: 表格样例的身份证号写的是3413291990….)
    if (sp.kind !== 'name' && sp.kind !== 'address' && SAMPLE_NUMBER_BEFORE.test(text.slice(Math.max(0, sp.start - 24), sp.start))) {
      changed = true;
      continue;
    }
    // (An area code, then a number in two groups of four: 0512-6287 3041.)
    if (sp.kind === 'landline' && /^0[0-9]{2,3}[-－][0-9]{4}$/.test(text.slice(sp.start, sp.end)) && /^ [0-9]{4}(?![0-9])/.test(text.slice(sp.end, sp.end + 6))) sp = { kind: sp.kind, start: sp.start, end: sp.end + 5 };
    if (sp !== sp0) changed = true;
    kept.push(sp);
  }
  return changed ? kept : result;
}
const KIN_WORDS = new Set('祖父 祖母 外祖父 外祖母 父亲 父親 母亲 母親 爷爷 爺爺 奶奶 外公 外婆 姥姥 姥爷 姥爺 爸爸 妈妈 媽媽 儿子 兒子 女儿 女兒 哥哥 姐姐 弟弟 妹妹 孙子 孫子 孙女 孫女 叔叔 舅舅 伯伯 姑姑 阿姨 监护人 監護人'.split(' '));
const SAMPLE_NUMBER_BEFORE = /(?:样例|樣例|示例|样表|樣表|范例|範例|模板|样本|樣本|例子)[^，,。；;！!？?]{0,12}(?:写的是|寫的是|填的是|印的是|是|为|為)[:：\s]{0,2}$/;
const NO_COVER: Int32Array = new Int32Array(0);
/** For each character, the index of the span (of sorted, disjoint `spans`) that covers it, or -1. */
function coverIndex(length: number, spans: readonly PiiSpan[]): Int32Array {
  const at = new Int32Array(length).fill(-1);
  for (let k = 0; k < spans.length; k++) at.fill(k, spans[k].start, Math.min(length, spans[k].end));
  return at;
}

// ---------------------------------------------------------------------------------------------
// (Stop 35b) Names with no Han surname written in Chinese by sound: Tibetan, Yi, Uyghur, Kazakh and Kyrgyz (own examples).

/**
 * Tibetan names are one or two parts of two characters each, from a well-known stock (Tashi, Tsering, Dolma, Dondrub, Dorje,
 * Lhamo, Tenzin, Pema …), written in the Lhasa, Kham and Amdo transcriptions alike (次仁, 才让, 泽仁, 策仁; 多吉, 多杰; 拉姆,
 * 拉毛; 丹增, 旦增, 单增, 旦正); monks go by such names too (喇嘛洛桑坚参, 阿克更登). Yi names are a clan name and a given name
 * of two or three syllables (吉克阿呷, 沙马伍呷, 阿苏拉则). Uyghur, Kazakh and Kyrgyz names are a given name and the father's
 * given name, joined by a middle dot of any kind (·, ・, •, ．, ., a space) or run together (阿依古丽吐尔逊), or the given
 * name alone (买买提, 古丽娜尔). As with the Mongolian names of stop 35, a run of the stock's parts is read as a name only in a
 * person's slot (mongolNameSlot: after a relative, a private standing, 我/我是/叫, a dash; set off before a contact; signing
 * the text off; opening it before a colon or a comma, a chat's speaker), never before a place's or a thing's word (扎西寺,
 * 格桑花, 卓玛泉, 吉克村, 尼玛县, 肉孜节), nor an official or a living Buddha named in a public role (县委书记扎西平措,
 * 嘉木样活佛). The parts are common knowledge of the peoples' naming, written before any set that holds such names was measured.
 */
const TIBETAN_PARTS = (
  '扎西 扎喜 札西 扎希 次仁 才让 才仁 泽仁 策仁 次成 卓玛 卓嘎 卓姆 卓措 卓毛 顿珠 顿旦 东珠 端智 多吉 多杰 朵吉 多布杰 拉姆 拉毛 拉珍 ' +
  '拉宗 拉措 拉巴 央金 央吉 央宗 央拉 央措 格桑 尕桑 平措 彭措 朋措 旺堆 旺久 旺杰 旺青 旺姆 旺秀 旺加 旺扎 尼玛 达瓦 达娃 达哇 ' +
  '索朗 索南 斯朗 斯郎 四郎 洛桑 罗桑 丹增 旦增 单增 丹真 旦正 白玛 贝玛 班玛 德吉 德庆 德青 德央 德措 德珍 益西 伊西 益喜 耶西 ' +
  '曲珍 曲吉 曲措 曲扎 曲尼 曲宗 巴桑 普布 普赤 普琼 普珍 边巴 次旦 才旦 仁青 仁钦 仁增 罗布 洛布 诺布 贡布 公保 贡保 贡觉 降央 ' +
  '江央 绛央 嘉央 加央 阿旺 昂旺 江措 嘉措 加措 坚措 尖措 群培 群佩 琼培 格勒 格列 根秋 更秋 强巴 绛巴 措姆 措毛 措吉 桑杰 桑吉 ' +
  '桑珠 米玛 次珍 次央 次旺 泽旺 才旺 白珍 仓决 更登 根敦 晋美 久美 土登 图登 丹巴 旦巴 洛追 赤列 赤烈 坚参 坚赞 坚才 朗杰 南杰 ' +
  '达杰 巴登 白登 贡嘎 嘎玛 噶玛 尕玛 尕藏 洛绒 格绒 降措 扎巴 东智 泽郎 泽让 呷绒 降拥 翁姆 志玛 完玛 才项 才吉 周措 吉毛 卓玛吉 ' +
  '拉加 却吉 更藏 仁措 旦措 尼措 扎桑'
).split(' ');
/** Yi clan names (the first two syllables of a Yi name), and the given names' commonest pairs. */
const YI_CLANS = ('吉克 阿苏 沙马 沙玛 俄木 海来 马海 吉伍 曲比 阿的 勒格 比曲 吉木 瓦其 阿尔 木乃 罗洪 阿苦 阿说 吉史 倮伍 马黑 金古 吉狄 ' +
  '巴莫 土比 阿且 日火 果基 阿牛 苏呷 阿侯 维色 尔古 瓦扎 阿约 吉布 吉佐 阿鲁 且沙 海乃 苏尔 吉哈 吉觉 马布 沙呷 俄尔 吉列 吉莫 ' +
  '尔布 吉赫 俄洛 阿库 阿于 吉则 吉好 俄底 衣恩').split(' ');
const YI_GIVEN = ('阿呷 阿依 阿果 阿惹 阿支 阿木 阿芝 阿衣 拉则 拉哈 拉且 石哈 伍呷 伍沙 伍各 木呷 日哈 尔哈 布哈 衣呷 子莫 子石 五斤 ' +
  '依作 么惹 史哈 石体 日体 惹古 克哈 曲者 伍牛 拉格 莫色 日呷 依呷 石各 阿各 约哈 体古 尔日 木果 沙沙 者哈 阿达 以作').split(' ');
/** Uyghur, Kazakh and Kyrgyz given names and their parts (Mehmet, Ahmet, Tursun, Abdu-, Nur-, Gül-, -bek, -jan …). */
const TURKIC_PARTS = (
  '买买提 麦麦提 买提 艾买提 艾麦提 阿合买提 艾合买提 吐尔逊 吐尔洪 吐逊 吐尔地 吐尔迪 吐鲁洪 吐尔贡 阿不都 阿卜杜 阿布都 阿布杜 热依木 ' +
  '热合曼 克里木 克力木 卡德尔 喀迪尔 卡迪尔 依明 伊明 艾力 艾尔肯 艾则孜 艾山 艾散 哈山 玉素甫 玉苏甫 尤素甫 吾斯曼 奥斯曼 肉孜 ' +
  '阿力木 阿里木 尼亚孜 塔依尔 吾买尔 吾麦尔 阿布来提 阿不来提 买合木提 托合提 托乎提 亚森 牙生 亚生 伊力哈木 依力哈木 阿迪力 阿地力 ' +
  '阿布力孜 阿卜力孜 克然木 库尔班 沙吾提 司马义 斯马义 伊斯马伊力 依不拉音 穆合塔尔 米吉提 阿布拉 阿不拉 喀斯木 卡斯木 哈斯木 ' +
  '加帕尔 吉力力 居麦 哈力克 巴拉提 帕尔哈提 艾尼瓦尔 艾克拜尔 伊克拉木 热西提 热扎克 热夏提 斯拉木 阿西木 麦合苏提 买苏木 吐送 ' +
  '吾守尔 赛买提 外力 瓦伊提 哈力木 萨拉木 沙拉木 艾斯卡尔 艾孜买提 米尔扎提 阿扎提 依沙克 亚库甫 尤努斯 玉努斯 卡米力 阿不力米提 ' +
  '艾力江 买买提江 库尔班江 阿力木江 努尔江 叶尔江 艾合买提江 ' +
  '阿依古丽 古丽 阿依努尔 阿依夏木 阿依先木 阿米娜 阿娜尔 阿孜古丽 帕丽旦 迪丽 迪丽努尔 迪丽拜尔 迪丽达尔 祖丽 祖丽胡玛尔 祖力胡玛尔 ' +
  '再努尔 佐拉 左热 米热 米日古丽 玛依拉 麦尔哈巴 努尔古丽 帕夏 热娜 热孜万 依扎提 伊扎提 布合力其 海丽且木 哈丽旦 玛依努尔 美合日班 ' +
  '茹先 阿丽亚 阿依夏 比丽克孜 古扎丽 热依拉 热依汗 努尔 娜尔 阿依 米拉 加娜尔 阿依达娜 古丽米拉 古丽扎达 海尼沙 哈尼克孜 麦迪娜 ' +
  '再娜甫 帕孜丽 阿依提拉 ' +
  '叶尔兰 叶尔肯 叶尔波力 叶尔别克 努尔兰 努尔别克 别克 哈力别克 木拉提 阿斯哈尔 巴合提 哈孜别克 达吾列提 沙吾列 阿力甫 加尔肯 拜山 ' +
  '赛力克 达吾提 塔拉甫 阿合力别克 波拉提 巴哈提 马哈提 哈那提 加依达尔 努尔太 阿斯力别克 热依扎 ' +
  '克尤木 卡尤木 托合托 库尔曼 吐尔干 阿依特 阿斯卡尔 苏来曼 吾拉孜 额尔克 阿依别克 阿布德卡德尔'
).split(' ');
const enum Stock { Tibetan = 1, YiClan = 2, YiGiven = 3, Turkic = 4 }
const STOCK_PARTS = new Map<string, Stock>();
for (const w of TIBETAN_PARTS) STOCK_PARTS.set(w, Stock.Tibetan);
for (const w of TURKIC_PARTS) STOCK_PARTS.set(w, Stock.Turkic);
for (const w of YI_GIVEN) STOCK_PARTS.set(w, Stock.YiGiven);
for (const w of YI_CLANS) STOCK_PARTS.set(w, Stock.YiClan);
for (const [kind, words] of stop36bStock()) for (const w of words) if (!STOCK_PARTS.has(w)) STOCK_PARTS.set(w, kind); // (Stop 36b)
const STOCK_BY_FIRST = partsByFirst(STOCK_PARTS.keys());
/** The parts' first characters, as a bit table (scanStop35b asks it at every character). */
const STOCK_FIRST = new UnitSet(STOCK_BY_FIRST.keys());
const STOCK_PAIRS = pairBits(STOCK_PARTS.keys());
/** Sound characters of Turkic and Yi names outside the stock (帕提古丽, 阿卜杜克热木, 吉克伍呷): after a Turkic or Yi part only. */
const STOCK_SOUND = new UnitSet([...'买麦提吐逊孜热曼丽娜帕努迪拜亚甫吾斯艾罕汗尤呷惹则莫' + '江洪敏姆荪坦娅勒谢宛'].map((c) => c.charCodeAt(0)));
/** Sound characters that are also common words' (阿, 拉, 木, 合, 力 …): inside such a run only, never at its end. */
const STOCK_WEAK = new UnitSet([...'阿拉木合力古巴哈沙米尼塔别依尔克伍石日体'].map((c) => c.charCodeAt(0)));
/** Marks between a given name and the father's (·, ・, •, ．, ., a hyphen, a space). */
const STOCK_DOT = new UnitSet([...'·・•．.-‧ \u3000'].map((c) => c.charCodeAt(0)));
/** Parts that are words alone (格桑 a flower, 尼玛 the sun and a curse, 扎西 luck, 才让 "only then let", 努尔哈赤): alone,
 * only after a name's own cue (叫, 我是, 法名, a relative), never after a bare 我/你/他 or a verb. */
const STOCK_WORDY = new Set('才让 才仁 尼玛 格桑 扎西 达瓦 达娃 白玛 拉巴 四郎 努尔 古丽 阿依 罗布 贡布 贡觉 德吉 米拉 别克 娜尔 艾山 哈山 拉加 志玛 周措 格列 拉宗 加措 扎巴 次成 平措'.split(' '));
const stockPartAt = (t: string, i: number): string => partAt(STOCK_BY_FIRST, t, i);
/** From `s` on the folded text, a run of the stock's parts (up to fourteen characters with its dots), or null. */
function stockRun(t: string, s: number): { end: number; elements: number; alone: boolean; first: string } | null {
  let e = s;
  let elements = 0;
  let covered = 0;
  let dots = 0;
  let lastStrong = s;
  let first = '';
  let sounds = false;
  let yiGiven = 0;
  while (e < t.length && e - s < 14) {
    let at = e;
    // (A dot or a space between two parts: 阿依古丽·吐尔逊, 卡德尔 依明.)
    if (elements && e === lastStrong && STOCK_DOT.has(t.charCodeAt(at))) at++;
    const w = stockPartAt(t, at);
    if (w && at + w.length - s <= 14) {
      const kind = STOCK_PARTS.get(w)!;
      // (A Yi clan name only first.)
      if (kind === Stock.YiClan && elements) break;
      // (A Yi given name opens a run only where it is one alone, 阿依, 阿呷: 子石, 拉哈 open words too, 儿子石…, 小舅子石….)
      if (kind === Stock.YiGiven && !elements && w[0] !== '阿') break;
      if (!elements) first = w;
      if (kind === Stock.YiGiven) yiGiven++;
      if (kind !== Stock.Tibetan) sounds = true;
      elements++;
      covered += w.length;
      dots += at - e;
      e = at + w.length;
      lastStrong = e;
      continue;
    }
    if (at > e || !sounds) break;
    const c = t.charCodeAt(e);
    if (STOCK_SOUND.has(c)) {
      e++;
      lastStrong = e;
      if (STOCK_PARTS.get(first) === Stock.YiClan) yiGiven++;
      continue;
    }
    if (STOCK_WEAK.has(c)) {
      e++;
      continue;
    }
    break;
  }
  e = lastStrong;
  if (!elements || e - s < 2) return null;
  // (Parts must stand for most of the run; a Yi clan name needs its given name, of two or three syllables.)
  if (covered * 3 < e - s - dots) return null;
  if (STOCK_PARTS.get(first) === Stock.YiClan && (!yiGiven || e - s < 4 || e - s > 5)) return null;
  return { end: e, elements, alone: elements === 1 && e - s === first.length, first };
}
/** A place's or a thing's word after a run: the run names it (扎西寺, 格桑花, 卓玛泉, 吉克村, 尼玛县, 罗布林卡, 肉孜节, 扎西德勒). */
const STOCK_PLACE_AFTER = /^(?:之|村(?!民)|乡|镇|县|区|市|州|省|盟|旗|寺|庙|宫|拉康|沟|山|峰|湖|错|河|泉|湾|滩|坝|岗|宗|林卡|林|岭|桥|街|路|巷|大道|广场|小区|社区|居委|牧场|草原|草场|学校|小学|中学|幼儿园|医院|卫生院|诊所|公司|集团|合作社|酒店|宾馆|饭店|客栈|民宿|餐厅|餐馆|茶馆|超市|商店|商场|市场|景区|公园|度假|峡谷|冰川|雪山|温泉|佛学院|节|花|德勒|德列|旅游|文化|组(?!长)|队(?!长)|站|厂|矿|园|馆|店|牌|杯|歌|舞|家园|新村|口岸|号(?:楼|院)|大街|大桥|农场|牧业|片区|地区)/;
/** A title after a run, or an office before it: an official, a teacher or a living Buddha in a public role (书记扎西平措, 嘉木样活佛). */
const STOCK_TITLE_AFTER = /^(?:书记|支书|县长|乡长|镇长|村长|州长|市长|主任|局长|处长|科长|所长|站长|部长|厅长|主席|委员|活佛|仁波切|堪布|格西|校长|院长|老师|医生|大夫|警官|法官|同志|代表)/;
const STOCK_OFFICE_BEFORE = /(?:书记|支书|县长|乡长|镇长|村长|州长|市长|主任|局长|处长|科长|所长|站长|部长|厅长|主席|委员|领导|干部|活佛|仁波切|堪布|达赖|班禅|校长|院长|法官|检察官|民警|警官|代表|书记员|世)(?:是|叫|名叫|为)?[：:\s]{0,2}$/;
/** More cues of a person for these names: Tibetan, Uyghur and Yi kin words (阿佳, 阿妈啦, 阿帕, 阿嫫), a monk or a nun, a name's kind
 * (法名, 藏名, 彝名), relatives and private standings of one character or two, asking or telling someone. */
const STOCK_CUE_BEFORE = new RegExp('(?:阿佳|阿觉|阿妈啦|阿爸啦|波啦|莫啦|阿帕|阿塔|阿卡|阿恰|阿嫫|阿普|阿达|僧人|喇嘛|阿克|觉姆|尼姑|法名|僧名|经名|藏名|藏文名|' +
  '彝名|彝族名|藏族名|维吾尔名|维语名|哈萨克名|柯尔克孜名|本名|真名|全名|小名|乳名|大名|转告|告诉|通知|同事|工友|老乡|室友|舍友|战友|病友|学生|租客|租户|' +
  '房东|店主|业主|住户|嫂子|弟媳|儿媳|男朋友|女朋友|对象|未婚妻|未婚夫|前夫|前妻|继父|继母|养父|养母|岳父|岳母|伯父|伯母|姐夫|妹夫|姑父|姨父|舅妈|大伯|' +
  '小叔|爸|妈|哥|姐|弟|妹|叔|姨|舅|伯|儿|夫|妻|找|问|借款人|欠款人|收款人|户主|签名|签字|此致|敬礼|' + stop36bCues() + ')[：:\\s“"「，,]{0,2}$|' + MONGOL_CUE_BEFORE.source);
/** A name's own cue, after which a part that is a word alone is a name (叫格桑, 我是尼玛, 我阿妈卓玛). */
const STOCK_WORDY_BEFORE = /[我俺你他她们找问给帮告诉知转的是和与、，,]$/;
/** A chat's speaker after a time or a bracket opening the line ([10:32] 旺堆：…). */
const STOCK_SPEAKER_BEFORE = /^[\[【［(（]?[0-9０-９:：\-/ ]{0,16}[\]】］)）]?\s?$/;
/** Whether the run t[s, e) stands in a person's slot. */
function stockNameSlot(t: string, s: number, e: number, run: { elements: number; alone: boolean; first: string }): boolean {
  const before = t.slice(Math.max(0, s - 10), s);
  const after = t.slice(e, e + 8);
  if (STOCK_PLACE_AFTER.test(after) || STOCK_TITLE_AFTER.test(after)) return false;
  if (STOCK_OFFICE_BEFORE.test(before) && !/我是|本人/.test(before)) return false;
  if (run.alone) {
    // (One part alone: not after a bare pronoun or a verb where it is a word, 我尼玛, 我才让他走, 给格桑浇水; and it ends the word.)
    if (STOCK_WORDY.has(run.first) && STOCK_WORDY_BEFORE.test(before)) return false;
    if (/[你他她]$/.test(before)) return false;
    // (Nor opening the text before a comma: 阿依，你把… calls a girl.)
    if (STOCK_WORDY.has(run.first) && (s === 0 || t[s - 1] === '\n') && !/^[：:]/.test(after)) return false;
    if (STOCK_WORDY.has(run.first) && !(after === '' || MONGOL_BOUNDARY.has(after.charCodeAt(0)) || stickyAt(MINORITY_AFTER, t, e) || MONGOL_CONTACT_AFTER.test(after) || '啊呀吧啦'.includes(after[0]))) return false;
  }
  // (A chat's speaker after a time: [10:32] 旺堆：…)
  if (/^[：:]/.test(after) && s > 0 && t[s - 1] !== '\n') {
    let from = s;
    while (from > 0 && s - from < 20 && t[from - 1] !== '\n') from--;
    if ((from === 0 || t[from - 1] === '\n') && STOCK_SPEAKER_BEFORE.test(t.slice(from, s))) return true;
  }
  // (Beside a Han name in brackets: 王芳（吉克阿依）.)
  if (run.elements >= 2 && /[（(]$/.test(before) && /^[）)]/.test(after)) return true;
  return mongolNameSlot(t, s, e, run, STOCK_PLACE_AFTER, STOCK_CUE_BEFORE);
}
/** A Han name in brackets right after such a name (沙马伍呷（马建国）), or before one in brackets (王芳（吉克阿依）). */
function hanNameBeside(text: string, s: number, e: number, out: PiiSpan[]): void {
  if (text[e] === '（' || text[e] === '(') {
    const q = e + 1;
    let c = q;
    while (c < text.length && c - q < 4 && isHan(text.charCodeAt(c))) c++;
    if (c - q >= 2 && c - q <= 3 && (text[c] === '）' || text[c] === ')') && likelyName(text, q, c)) pushName(out, q, c);
  }
  if (s >= 3 && (text[s - 1] === '（' || text[s - 1] === '(')) {
    for (const len of [3, 2]) {
      const q = s - 1 - len;
      if (q < 0 || !(q === 0 || !isHan(text.charCodeAt(q - 1)) || MONGOL_BOUNDARY.has(text.charCodeAt(q - 1)))) continue;
      if (likelyName(text, q, s - 1)) {
        pushName(out, q, s - 1);
        break;
      }
    }
  }
}
function scanStop35b(text: string, t: string, out: PiiSpan[]): void {
  for (let i = 0; i < t.length; i++) {
    // (stockRun reads no run where no part starts.)
    if (!STOCK_FIRST.has(t.charCodeAt(i)) || !pairAt(STOCK_PAIRS, t, i)) continue;
    const run = stockRun(t, i);
    if (!run) continue;
    // (Stop 36b) 措 closing a Tibetan name (仁青措, 德吉措): the name is more than a word alone then.
    if (tibetanTail(t, i, run.end) > run.end) {
      run.end++;
      run.alone = false;
    }
    // (Stop 36b) A monk's title before his name (扎巴次仁多吉): the name starts after it.
    if (monkTitleFirst(t, i, run)) {
      i += 1;
      continue;
    }
    if (!stockNameSlot(t, i, run.end, run) && !dottedStockName(t, i, run.end)) continue;
    out.push({ kind: 'name', start: i, end: run.end });
    mongolFound.push({ kind: 'name', start: i, end: run.end });
    hanNameBeside(text, i, run.end, out);
    i = run.end - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// (Stop 36) Elders' nicknames, veterans' and welfare papers, rooms and beds in homes for the old, the writer's own car and
// e-bike, homes above a workshop, numbers abroad; and words, kin and masked numbers that no rule should mask (read on pii38,
// a central-China prefecture's veterans and nursing homes, and pii39, a Chaoshan city's clans and relatives abroad; own
// examples).

/** Han characters that are surnames but also words joining a kin word to the sentence (和娭毑, 跟婆婆, 给爹): no nickname's. */
const ELDER_NOT_SURNAME = new CharSet([...'管和同向于於与與跟给給把被让讓叫陪带帶看帮幫替请請对對为為是在我俺你他她干幹亲親后後继繼养養公老阿大小外家的个個屋']);
/**
 * An elder's everyday name in central and south-western speech: a surname and 娭毑, 嗲嗲, 满爹, 大爹 or 老倌 (易娭毑, 唐嗲嗲,
 * 覃满爹, 贺老倌), one span. 爹 and 婆婆 alone after a surname (胡爹, 严婆婆) are nicknames too, but only where the name stands
 * set off: signing the text, before a contact or a boundary. The kin word alone (娭毑我今年…, 我屋老倌子) stays visible.
 */
const ELDER_NICK = /([\u3400-\u9fff])(娭毑|嗲嗲|满爹|滿爹|大爹|老倌|爹爹|婆婆|爹)/g;
/** What stands before such a nickname: the text's start, no Han character, or 的/是/叫/找/问 (茶园坳的胡爹, 我是易娭毑). */
const ELDER_BEFORE_WORD = new CharSet([...'的是叫找问問喊']);
/** After a weak kin word (爹, 婆婆): the text's end, a boundary, a contact. */
const ELDER_SET_OFF_AFTER = /^(?:[\s。.！!]*$|[，,；;、\s]*(?:[0-9０-９+＋]|电话|電話|手机|手機|住|家住))/;
/** 老 and a one-character surname signing the text or before a contact (老黎，130…; …，老柏。), or a chat's speaker (老詹：). */
const LAO_SURNAME = /老([\u3400-\u9fff])/g;
/** 老 and these make words (老师, 老乡, 老公 …), never a nickname. */
// (楼, 房, 车, 院, 厂, 村, 店 are surnames too, but after 老 far more often the old building, house, car …: 老楼：没有电梯.)
const LAO_WORD_SECOND = new CharSet([...'师師乡鄉公婆家板闆表总總伴汉漢农農弟哥姐妹爸妈媽兵人实實干幹党黨铁鐵友伙夥头頭子大小少年祖爷爺奶伯叔母父爹娘天外式样樣同区區城宅本字屋街巷庄莊楼樓房车車院厂廠村店铺鋪']);
/** An everyday 阿-name with a kin word after it (阿兴伯, 阿秀姨, 阿珍姐), or alone signing (——阿楷; 阿蚝 0754-…). */
const AH_NICK = /阿([\u3400-\u9fff])(伯|姨|叔|婶|嬸|姐|嫂|哥|姑|婆|公|仔)?/g;
/** Second characters of 阿 that make words or foreign names (阿拉伯, 阿里, 阿弥陀佛, 阿富汗, 阿根廷, 阿尔卑斯 …). */
const AH_NOT_SECOND_36 = new CharSet([...'门門拉里裡弥彌富根尔爾塞萨薩联聯曼巴胶膠斯克莫米蒙波卡特瓦']);
/** A paper's cue: veterans', disability and welfare certificates and their numbers. */
const PAPER_CUE = /(?:残疾军人证|殘疾軍人證|伤残军人证|傷殘軍人證|优待证|優待證|退出现役证|退出現役證|退伍证|退伍證|士兵证|士兵證|军官证|軍官證|退役军人证|退役軍人證|优抚对象|優撫對象|五保供养证|五保供養證|烈士证明书|烈士證明書)(?:的)?(?:编号|編號|证号|證號|号码|號碼|号|號)?(?:是|为|為)?[:：\s]{0,2}/g;
/** The paper's own number after its cue: a register's form (湘军残字第002916号, 2019湘退字第01736号), letters and digits
 * (湘YD2023-0587264, YF-432923-01427, TY2021-432902-0317), or digits alone (4329212300417). */
const PAPER_NUMBER = /(?:(?:19|20)[0-9]{2})?[\u3400-\u9fff]{1,4}字第[0-9０-９]{3,10}[号號]|[\u3400-\u9fff]?[A-ZＡ-Ｚ]{1,4}[-－]?[0-9０-９]{2,8}(?:[-－][0-9A-Z０-９Ａ-Ｚ]{2,10}){0,3}|[0-9０-９]{8,20}/y;
/** A room in a home for the old after 住 (住市社会福利院颐养楼507, 住光荣院A栋206室): the resident's home. */
const CARE_HOME_ROOM_36 = /(?<=住|住在)(?!在)[\u3400-\u9fff]{0,8}?(?:福利院|养老院|養老院|敬老院|光荣院|光榮院|养老公寓|養老公寓|老年公寓|颐养院|頤養院|护理院|護理院|康养中心|康養中心)[\u3400-\u9fff0-9A-Z]{0,4}?(?:楼|樓|栋|棟)[0-9０-９]{3,4}(?![0-9０-９])(?:室|房|号|號)?/g;
/** A bed after a room or a house (312房2床, 214床, 7号床): one home, the room's span goes on over it. */
const BED_AFTER = /^(?:[0-9０-９]{1,3}(?:号|號)?床|床)(?![位费費])/;
/** A chat's family member by the resident's bed (312床家属-谢芳): the bed is the resident's home. */
const BED_FAMILY = /(?<=^|\n)[0-9０-９]{1,4}床(?=家属|家屬)/g;
/** The writer's own car or e-bike right before its plate (我的电动车榕汀C·17640; 我…，车是粤B·D83516). */
const OWN_PLATE_BEFORE = /(?:我|俺)(?:的|家的|家)?(?:车|車|电动车|電動車|电瓶车|電瓶車|摩托车|摩托車|货车|貨車)(?:牌|牌号|牌號|号|號)?(?:是|係)?[:：]?\s?$|(?:^|[，,])(?:车|車)(?:牌|牌号|牌號)?(?:是|係)[:：]?\s?$/;
/** A boat's number read out in Chinese digits (粤汕渔一五三零八): like the Arabic one. */
const BOAT_SPOKEN = /[粤粵闽閩浙琼瓊桂苏蘇鲁魯辽遼冀津沪滬][\u3400-\u9fff]{0,2}[渔漁](?:[零〇一二三四五六七八九幺]{5,6})(?![零〇一二三四五六七八九十百千万萬幺])/g;
/** Phones abroad in two shapes the number rules leave: +1 with the area code in brackets (+1 (416) 555-0183), and a
 * foreign landline with a one-digit area code (04-228 6170 in Penang, 02-437 1856 in Bangkok) after a phone's word. */
const NANP_BRACKETED = /\+1\s?\(\s?[2-9][0-9]{2}\s?\)\s?[0-9]{3}[-\s]?[0-9]{4}(?![0-9])/g;
const ONE_DIGIT_AREA = /(?<=(?:电话|電話|座机|座機|手机|手機|tel|Tel|TEL)[:：\s]{0,2}(?:是|係)?)0[1-9]-[0-9]{3,4}[\s-][0-9]{4}(?![0-9])/g;
/** 蚁 (蟻), a Chaoshan surname that also means an ant: a name after a person's word, never after 蚂, 白 or 工 (蚂蚁, 白蚁). */
const YI_ANT_NAME = /(?<=(?:老公|老婆|丈夫|妻子|船主|档主|檔主|店主|老板|老闆|作坊主|户主|戶主|阿公|阿嫲|阿爸|阿姆|我叫|我是|——|[，,。：:“"「\s]))[蚁蟻]([\u3400-\u9fff]{2})(?=$|[，,。；;！!？?”"」\s（(]|讲|講|说|說|户|戶|的|家|叩|是)/g;
/** A home where a workshop, a shop or a guesthouse is below and the family lives above it (作坊在上埔村东三巷11号，楼上住人). */
const LIVES_ABOVE = /楼上住人|樓上住人|[一二三]楼住人|[一二三]樓住人|住楼上|住樓上|住在楼上|住在樓上|一家住|楼上是家|樓上是家/;
const VILLAGE_LANE_HOME = /(?<=在|是|厝|屋|家)[\u3400-\u9fff]{1,4}(?:村|里)[\u3400-\u9fff]{0,5}(?:巷|路|街|片|里)[0-9０-９]{1,4}(?:号|號)(?![0-9０-９楼樓栋棟])|(?<=在|是|厝|屋)[\u3400-\u9fff]{1,3}里[0-9０-９]{1,4}(?:号|號)(?![0-9０-９楼樓栋棟])/g;

/** A relative or a clan's and a hall's officer before a three-character name, the name then going on to a verb or a boundary. */
const CLAN_BEFORE_36 = /(?:宗亲|宗親|宗祠|祠堂|祠|族|宗族|同乡|同鄉)[\u3400-\u9fff]{0,3}$/;
/** A text about a clan's hall or association (浯塘村的祖厝理事会…理事长柯振德). */
const CLAN_TEXT_36 = /宗亲|宗親|宗祠|祠堂|祖厝|宗族|族谱|族譜|祖祠|宗族/;
const KIN_ROLE_NAME = /(?:叔公|叔婆|伯公|阿舅|阿叔|阿伯|阿姑|阿姨|乡贤|鄉賢|管事|理事长|理事長|作坊主|档主|檔主|船主)[\u3400-\u9fff]{3}(?=[，,。；;！!\s]|$|在|讲|講|说|說|过世|過世|是|的|也|又|就)/g;
/** A name opening a line before a bar. */
const BAR_NAME = /(?:^|\n)([\u3400-\u9fff]{2,3})(?=[｜|])/g;
/** A Thai bank account after its word (xxx-x-xxxxx-x). */
const THAI_ACCOUNT = /(?:账号|賬號|账户|賬戶|A\/C|Account)[^，,。；;\n0-9]{0,4}?[:：\s]{0,2}([0-9]{3}-[0-9]-[0-9]{5}-[0-9])(?![0-9])/g;
const STOP36_CUED: [RegExp, PiiKind][] = [
  [/NRIC\s?(?:No\.?)?[:：\s]{0,2}([STFGM][0-9]{7}[A-Z])(?![A-Za-z0-9])/g, 'id_number'],
  [/(?:IC|MyKad|身份证|身份證)(?:号|號|号码|號碼|No\.?)?[:：\s]{0,2}([0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-[0-9]{2}-[0-9]{4})(?![0-9])/g, 'id_number'],
  [THAI_ACCOUNT, 'member_number'],
  [/(?:抖音|快手)(?:号|號|账号|賬號|ID|id)?(?:是|係)?[:：\s]{0,2}([A-Za-z][A-Za-z0-9_.]{3,23})(?![A-Za-z0-9_])/g, 'wechat'],
  [/(?:Remitter|Beneficiary|汇款人|匯款人|收款人)[:：\s]{1,2}([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){1,3})(?![A-Za-z])/g, 'name'],
];

function scanStop36(text: string, spans: PiiSpan[]): void {
  const n = text.length;
  // Elders' nicknames.
  if (has(text, '娭') || has(text, '嗲') || has(text, '爹') || has(text, '老倌') || has(text, '婆婆')) {
    ELDER_NICK.lastIndex = 0;
    for (let m = ELDER_NICK.exec(text); m; m = ELDER_NICK.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!SURNAME_UNIT[text.charCodeAt(s)] || ELDER_NOT_SURNAME.has(text[s])) {
        ELDER_NICK.lastIndex = s + 1;
        continue;
      }
      if (!(s === 0 || !isHan(text.charCodeAt(s - 1)) || ELDER_BEFORE_WORD.has(text[s - 1]))) continue;
      const kin = m[2];
      if (kin === '老倌' && (text[e] === '子' || isHan(text.charCodeAt(e)) && !'讲講说說在是的'.includes(text[e]))) continue;
      if ((kin === '爹' || kin === '婆婆') && !ELDER_SET_OFF_AFTER.test(text.slice(e, e + 8))) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // 老 and a surname signing or before a contact, or a chat's speaker.
  if (has(text, '老')) {
    LAO_SURNAME.lastIndex = 0;
    for (let m = LAO_SURNAME.exec(text); m; m = LAO_SURNAME.exec(text)) {
      const s = m.index;
      const c = text.charCodeAt(s + 1);
      if (!SURNAME_UNIT[c] || LAO_WORD_SECOND.has(text[s + 1])) continue;
      const lineStart = s === 0 || text[s - 1] === '\n';
      const setOff = lineStart || '，,。；;！!——-｜| \u3000'.includes(text[s - 1]);
      if (!setOff) continue;
      const after = text.slice(s + 2, s + 10);
      if ((lineStart && /^[：:]/.test(after)) || (!lineStart && ELDER_SET_OFF_AFTER.test(after))) spans.push({ kind: 'name', start: s, end: s + 2 });
    }
  }
  // 阿-names with a kin word after, or alone signing.
  if (has(text, '阿')) {
    AH_NICK.lastIndex = 0;
    for (let m = AH_NICK.exec(text); m; m = AH_NICK.exec(text)) {
      const s = m.index;
      const second = text[s + 1];
      if (AH_KIN.has(second) || AH_NOT_SECOND_36.has(second) || '姆兄阿'.includes(second)) continue;
      if (s > 0 && text[s - 1] === '阿') continue;
      const e = s + m[0].length;
      const after = text.slice(e, e + 8);
      const lineStart = s === 0 || text[s - 1] === '\n';
      // (A chat's speaker with a place before it, 港口阿斌：, 码头阿强仔：: the display name whole.)
      if (/^[：:]/.test(after)) {
        let q = s;
        while (q > 0 && s - q < 4 && isHan(text.charCodeAt(q - 1))) q--;
        if (q === 0 || text[q - 1] === '\n') spans.push({ kind: 'name', start: q, end: e });
        continue;
      }
      if (m[2] && m[2] !== '仔') {
        if (isHan(text.charCodeAt(e)) && !'讲講说說'.includes(text[e])) continue;
        spans.push({ kind: 'name', start: s, end: e });
        continue;
      }
      if (m[2]) continue;
      const signed = (s >= 1 && (text[s - 1] === '—' || text[s - 1] === '-')) || lineStart || (s >= 1 && '。！!'.includes(text[s - 1]));
      if (signed && /^(?:[\s。.！!]*$|[\s，,]{0,2}[0-9０-９+＋])/.test(after)) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // Veterans' and welfare papers after their cue.
  if (sawTriggers & T_ZHENG || has(text, '优抚') || has(text, '優撫')) {
    PAPER_CUE.lastIndex = 0;
    for (let m = PAPER_CUE.exec(text); m; m = PAPER_CUE.exec(text)) {
      const at = m.index + m[0].length;
      PAPER_NUMBER.lastIndex = at;
      const p = PAPER_NUMBER.exec(text);
      if (!p) continue;
      const num = p[0];
      let digits = 0;
      for (let k = 0; k < num.length; k++) if (digit(num.charCodeAt(k)) >= 0) digits++;
      if (digits < 5 || /[0-9A-Za-z]/.test(text[at + num.length] ?? '')) continue;
      spans.push({ kind: 'member_number', start: at, end: at + num.length });
    }
  }
  // Rooms in homes for the old, and a chat's bed.
  if (has(text, '住') && (has(text, '院') || has(text, '寓') || has(text, '中心'))) {
    CARE_HOME_ROOM_36.lastIndex = 0;
    for (let m = CARE_HOME_ROOM_36.exec(text); m; m = CARE_HOME_ROOM_36.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '床') && (has(text, '家属') || has(text, '家屬'))) {
    BED_FAMILY.lastIndex = 0;
    for (let m = BED_FAMILY.exec(text); m; m = BED_FAMILY.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  // The writer's own car or e-bike.
  if (sawLetter && (has(text, '车') || has(text, '車')) && (has(text, '我') || has(text, '俺'))) {
    for (const re of [PLATE, PLATE_DOTTED]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        let s = m.index;
        // (An e-bike's plate with its city's two characters: 榕汀C·17640.)
        if (re === PLATE_DOTTED && s >= 1 && isHan(text.charCodeAt(s - 1)) && !PLATE_CUE_CHAR.has(text[s - 1]) && !'车車的'.includes(text[s - 1])) s--;
        let from = s;
        while (from > 0 && s - from < 40 && !SENTENCE_END.test(text[from - 1])) from--;
        const before = text.slice(from, s);
        if (!/我|俺/.test(before) || OFFICIAL_CAR.test(before) || PUBLIC_CAR.test(before) || OFFICIAL_USE.test(before)) continue;
        if (OWN_PLATE_BEFORE.test(before)) spans.push({ kind: 'plate', start: s, end: m.index + m[0].length });
      }
    }
  }
  if ((has(text, '渔') || has(text, '漁'))) {
    BOAT_SPOKEN.lastIndex = 0;
    for (let m = BOAT_SPOKEN.exec(text); m; m = BOAT_SPOKEN.exec(text)) if (!/[政]/.test(m[0])) spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '+1')) {
    NANP_BRACKETED.lastIndex = 0;
    for (let m = NANP_BRACKETED.exec(text); m; m = NANP_BRACKETED.exec(text)) spans.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '-')) {
    ONE_DIGIT_AREA.lastIndex = 0;
    for (let m = ONE_DIGIT_AREA.exec(text); m; m = ONE_DIGIT_AREA.exec(text)) spans.push({ kind: 'landline', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '蚁') || has(text, '蟻')) {
    YI_ANT_NAME.lastIndex = 0;
    for (let m = YI_ANT_NAME.exec(text); m; m = YI_ANT_NAME.exec(text)) {
      if (!GIVEN_SET.has(m[1][0]) || !(GIVEN_SET.has(m[1][1]) || NUMERALS.has(m[1][1]) || '两兩全'.includes(m[1][1]))) continue;
      spans.push({ kind: 'name', start: m.index, end: m.index + 3 });
    }
  }
  // A relative or a clan's officer named after the kin word or the role (叔公莊國梁過世了, 阿舅林两金在, 乡贤陈炳辉讲, 管事翁振标，).
  if (has(text, '叔') || has(text, '舅') || has(text, '贤') || has(text, '賢') || has(text, '管事') || has(text, '理事') || has(text, '主')) {
    KIN_ROLE_NAME.lastIndex = 0;
    // (Whether the text is about a clan, read once and only when a 理事长 asks: not once per match, which took 42 s on
    // 1 MB of 理事长卓承业，.)
    let clanText: boolean | undefined;
    for (let m = KIN_ROLE_NAME.exec(text); m; m = KIN_ROLE_NAME.exec(text)) {
      const s = m.index + m[0].length - 3;
      // (A 理事长 only of a clan's hall or association: the head of the Red Cross or a trade association is an official
      // in the role, which an older rule leaves visible; a review found 红十字会理事长张国华 masked.)
      if (text[m.index] === '理' && !CLAN_BEFORE_36.test(text.slice(Math.max(0, m.index - 8), m.index)) && !(clanText ??= CLAN_TEXT_36.test(text))) continue;
      if (likelyName(text, s, s + 3) && !knownNotName(text, s, s + 3)) spans.push({ kind: 'name', start: s, end: s + 3 });
    }
  }
  // A roster's line opening with a name before a bar (杨秀蕊｜0754…｜…, 湯炳文｜在鄉老復員軍人｜…).
  if (has(text, '｜') || has(text, '|')) {
    BAR_NAME.lastIndex = 0;
    for (let m = BAR_NAME.exec(text); m; m = BAR_NAME.exec(text)) {
      const s = m.index + (text[m.index] === '\n' ? 1 : 0);
      const e = s + m[1].length;
      // (Three characters with a surname and two given-name characters, on a line of two bars or more: a roster's row.)
      if (e - s !== 3 || !GIVEN_SET.has(text[s + 1]) || !GIVEN_SET.has(text[s + 2])) continue;
      let eol = text.indexOf('\n', e);
      if (eol < 0) eol = text.length;
      let bars = 0;
      for (let q = e; q < eol && bars < 2; q++) if (text[q] === '｜' || text[q] === '|') bars++;
      if (bars >= 2 && likelyName(text, s, e) && !knownNotName(text, s, e)) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (sawLetter) {
    // Papers and ids abroad by their cue: a Singapore NRIC, a MyKad number, a Thai bank account, a Douyin or Kuaishou id,
    // and a remitter's or a beneficiary's name in Latin letters.
    for (const [re, kind] of STOP36_CUED) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const s = m.index + m[0].length - m[1].length;
        spans.push({ kind, start: s, end: s + m[1].length });
      }
    }
  } else if (has(text, '账号') || has(text, '賬號')) {
    THAI_ACCOUNT.lastIndex = 0;
    for (let m = THAI_ACCOUNT.exec(text); m; m = THAI_ACCOUNT.exec(text)) spans.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (n > 12 && LIVES_ABOVE.test(text)) {
    VILLAGE_LANE_HOME.lastIndex = 0;
    for (let m = VILLAGE_LANE_HOME.exec(text); m; m = VILLAGE_LANE_HOME.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
}

/** Words of a surname character and one more that some rule read as a name (关爱 "care", 莫港 "don't say"). */
const WORD_NOT_NAME_STOP36 = new Set('关爱 關愛 莫港 莫讲 莫講 莫说 莫說 莫搞 莫急 莫慌 莫怕 莫管'.split(' '));
/** A clan's hall or council after 林氏, 陈氏 (林氏家庙, 翁氏宗祠): the clan, no person. */
const CLAN_AFTER_36 = /^(?:家庙|家廟|宗祠|祠堂|宗亲|宗親|家族|族谱|族譜|祖祠|祖厝|大宗|理事会|理事會|后人|後人|子孙|子孫)/;
/** A count after a name's last numeral (卫健四家, 消防三次): the number of offices or times, no name. */
// (A home's name, “荣军之家”: in quotes; 邻居王耀之家的狗 is a man's family.)
const QUOTE_OPEN_36 = new Set([...'“"「『《‘']);
const QUOTE_CLOSE_36 = new Set([...'”"」』》’']);
const OFFICE_BEFORE_COUNT = /^(?:公安|民政|卫健|衛健|卫生|衛生|教育|财政|財政|人社|住建|交通|水利|农业|農業|农业|林业|林業|城管|环保|環保|应急|應急|消防|税务|稅務|法院|检察|檢察|纪委|紀委|司法|信访|信訪|国土|國土|规划|規劃|文旅|体育|體育|商务|商務|统计|統計|审计|審計|医保|醫保|残联|殘聯|妇联|婦聯|工会|工會|街道|社区|社區|乡镇|鄉鎮|市场|市場|自然|发改|發改|工信|科技|气象|氣象|海事|海关|海關|边检|邊檢)$/;
const COUNT_AFTER = /^(?:家|个|個|次|趟|回|天|年|人|位|户|戶|间|間|张|張|台|臺|辆|輛)/;
/** A sample's or a template's words before a placeholder name (示例填法：姓名王某). */
const SAMPLE_BEFORE = /示例|样例|樣例|范例|範例|填法|模板|样表|樣表|例如/;
/** A mis-recorded name's quoted pair: “阳国顺”刻成了“杨国顺”, “莫仕林”…写成了“莫士林”. */
const QUOTED_NAME_36 = /[“"「]([\u3400-\u9fff]{2,4})[”"」]/g;
/** Latin homes: a block's or a house's number before the street, and a unit, the city, province and postal code after it
 * when joined by ASCII commas (Blk 208 Serangoon Vale #05-311, Singapore 550208; 1287 Maplewood Crescent, Markham, ON L3R 2K9). */
const LATIN_HOME_BEFORE = /(?:(?:Blk|BLK|Block)\s?[0-9]{1,4}[A-Z]?|[0-9]{1,5}[A-Z]?)\s$/;
const LATIN_HOME_AFTER = /^(?:\s?#[0-9]{1,3}-[0-9]{1,5})?(?:,\s?Singapore\s[0-9]{6}|,\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s?[A-Z]{2}\s[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9])?/;

/** A form's field that names a number (补贴发放卡号, 银行账号): no name ends so. */
const NUMBER_WORD_END = /(?:卡号|卡號|账号|賬號|证号|證號|编号|編號|号码|號碼)$/;
const PRINT_BEFORE = new CharSet([...'手脚腳盖蓋打复複影烙封列刻翻']);
/** The last word of a street in English (Vale, Crescent, Drive, Road …). */
const LATIN_STREET_END = /\s(?:Vale|Crescent|Drive|Road|Rd|Street|St|Avenue|Ave|Rise|Lane|Way|Court|Place|Boulevard|Blvd|Close|Terrace|Walk|Gardens|Heights|View)$/;
/** Before an address: a bar or a colon, a verb (填, 在, 住), a position word's last character (对面, 路边), an old house's word. */
const ADDRESS_LEAD_36 = /^(?:[｜|:：]|填|老厝|老屋|祖厝|[面边邊](?=[\u3400-\u9fff]{2,6}(?:村|苑|园|園|里|小区|小區|花园|花園)))/;
/** An institution's car right before its plate (院里的面包车, 所里的车, 单位的越野车). */
const INSTITUTION_CAR_BEFORE = /(?:院里|院裡|所里|所裡|站里|站裡|局里|局裡|单位|單位|公家)的[\u3400-\u9fff]{0,3}(?:车|車)$/;
/** The writer's or a relative's short name after 我, 我是, 他叫, a daughter or a son (…，我胡丹。; 我是他女易佳。). */
const FAMILY_SHORT_NAME = /(?:[，,。；;\s]我(?:是)?|[他她]叫|我是[他她]的?(?:女|儿|兒|女儿|女兒|儿子|兒子))([\u3400-\u9fff]{2,3})(?=[，,。.；;！!\s]|$)/g;

function stop36After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  let sample: boolean | undefined;
  for (let k = 0; k < spans.length; k++) {
    let sp = spans[k];
    const span = text.slice(sp.start, sp.end);
    if (sp.kind === 'name') {
      const len = sp.end - sp.start;
      // (阿 and a kin word, 阿姆, 阿兄: a relative, not a name; 老倌子, my old man.)
      if (len === 2 && span[0] === '阿' && (AH_KIN.has(span[1]) || '姆兄姑婶嬸'.includes(span[1]))) { changed = true; continue; }
      if (span === '老倌子' || span === '老倌') { changed = true; continue; }
      // (关爱 only as the word itself or a campaign's, 关爱月, 关爱行: 关爱国 and 关爱民 are names, a review found them readable.)
      if (WORD_NOT_NAME_STOP36.has(span.slice(0, 2)) && len <= 3 && (len === 2 || (span[0] !== '关' && span[0] !== '關') || '月周週日年行活站室团團队隊会會组組卡金班'.includes(span[2]))) { changed = true; continue; }
      // (林氏 before its hall: the clan.)
      if (len === 2 && (span[1] === '氏') && CLAN_AFTER_36.test(text.slice(sp.end, sp.end + 3))) { changed = true; continue; }
      // (伊泰国: Teochew 伊, "he", before a country.)
      if (len >= 3 && (span[0] === '伊' || span[0] === '佢') && ABROAD.has(span.slice(1))) { changed = true; continue; }
      // (A count ending a list of offices: 公安、卫健四家.)
      // (Only an office's name before the count: 和李长九家一样 is a man, a review found him readable.)
      if (len === 3 && NUMERALS.has(span[2]) && OFFICE_BEFORE_COUNT.test(span.slice(0, 2)) && '、，,和与與'.includes(text[sp.start - 1] ?? '') && COUNT_AFTER.test(text.slice(sp.end, sp.end + 1))) { changed = true; continue; }
      // (A placeholder in a sample: 示例填法：姓名王某.)
      if (len === 2 && span[1] === '某' && (sample ??= SAMPLE_BEFORE.test(text))) { changed = true; continue; }
      // (A form's field, 补贴发放卡号; 榮軍之家, a home's name; 手印, a fingerprint.)
      if (NUMBER_WORD_END.test(span) || (span.endsWith('之') && text[sp.end] === '家' && (QUOTE_OPEN_36.has(text[sp.start - 1] ?? '') || QUOTE_CLOSE_36.has(text[sp.end + 1] ?? ''))) || (span[0] === '印' && PRINT_BEFORE.has(text[sp.start - 1]))) { changed = true; continue; }
      // (A Thai soi, village or road is a home's part, a subdistrict or a district no one's: ซอยเจริญสุข, แขวงบางกะปิ.)
      if (/^(?:แขวง|เขต)/.test(span)) { changed = true; continue; }
      if (/^(?:ซอย|หมู่บ้าน|ถนน)/.test(span)) sp = { kind: 'address', start: sp.start, end: sp.end };
      // (A street with its house number before it, Blk 208 Serangoon Vale, 1287 Maplewood Crescent: a home.)
      if (LATIN_STREET_END.test(span) && LATIN_HOME_BEFORE.test(text.slice(Math.max(0, sp.start - 10), sp.start))) sp = { kind: 'address', start: sp.start, end: sp.end };
    } else if (sp.kind !== 'address' && text[sp.end] === '*' && /^\*{3}/.test(text.slice(sp.end, sp.end + 3))) {
      // (The head of a masked number, 432921********1038: masked data.)
      changed = true;
      continue;
    }
    if (sp.kind === 'address' && sp === spans[k]) {
      // (A bar, a verb or a position word before the place: ｜牛轭岭村…, 填凤溪锦园…, 对面汀湾雅苑…, 路边鲎屿村…, 老厝鲎屿村….)
      const lead = ADDRESS_LEAD_36.exec(span);
      if (lead && (lead[0].length > 1 || !'面边邊'.includes(lead[0]) || '对對路旁河'.includes(text[sp.start - 1] ?? ''))) sp = { kind: sp.kind, start: sp.start + lead[0].length, end: sp.end };
    }
    if (sp.kind === 'address') {
      // (A Thai house's number before its soi or village, and the soi's number after it; not the subdistrict and city.)
      if (/^(?:แขวง|เขต)/.test(span)) { changed = true; continue; }
      if (THAI_LETTER.test(span[0])) {
        const hn = /[0-9]{1,4}\/[0-9]{1,4}\s?$/.exec(text.slice(Math.max(0, sp.start - 10), sp.start));
        if (hn) sp = { kind: sp.kind, start: sp.start - hn[0].length, end: sp.end };
        const soi = /^\s[0-9]{1,3}(?![0-9])/.exec(text.slice(sp.end, sp.end + 5));
        if (soi && span.startsWith('ซอย')) sp = { kind: sp.kind, start: sp.start, end: sp.end + soi[0].length };
      }
    }
    if (sp.kind === 'plate') {
      // (An e-bike's plate with its city's two characters, 车牌｜榕汀A·52076.)
      if (/^[\u3400-\u9fff][A-Z][·•・]/.test(span) && !PLATE_PROVINCE.has(text.charCodeAt(sp.start)) && isHan(text.charCodeAt(sp.start)) && isHan(text.charCodeAt(sp.start - 1)) && !PLATE_CUE_CHAR.has(text[sp.start - 1]) && !'车車的'.includes(text[sp.start - 1]) && (kept.length ? kept[kept.length - 1].end : 0) < sp.start - 1) sp = { kind: sp.kind, start: sp.start - 1, end: sp.end };
      // (An institution's own car: 院里的面包车湘W·…)
      if (INSTITUTION_CAR_BEFORE.test(text.slice(Math.max(0, sp.start - 10), sp.start))) { changed = true; continue; }
    }
    // (A landline read out in Chinese digits, its area code and two groups: 零七五四，八五一七，三零六二.)
    if ((sp.kind === 'landline' || sp.kind === 'mobile') && text[sp.start] === '零') {
      const more = /^[，,][零〇一二三四五六七八九幺]{4}(?![零〇一二三四五六七八九幺])/.exec(text.slice(sp.end, sp.end + 6));
      if (more && /^零[零〇一二三四五六七八九幺]{2,3}[，,][零〇一二三四五六七八九幺]{4}$/.test(span)) sp = { kind: sp.kind, start: sp.start, end: sp.end + more[0].length };
    }
    if (sp.kind === 'address') {
      // (A bed after the room: 康颐园养老院3楼312房2床, 214床, 7号床.)
      const bed = BED_AFTER.exec(text.slice(sp.end, sp.end + 5));
      if (bed && (k + 1 >= spans.length || spans[k + 1].start >= sp.end + bed[0].length)) sp = { kind: sp.kind, start: sp.start, end: sp.end + bed[0].length };
      // (A Latin home's number before the street and its unit, city and postal code after it.)
      if (/^[A-Z0-9]/.test(span) && /[A-Za-z]/.test(span)) {
        const b = LATIN_HOME_BEFORE.exec(text.slice(Math.max(0, sp.start - 10), sp.start));
        const prevEnd = kept.length ? kept[kept.length - 1].end : 0;
        if (b && sp.start - b[0].length >= prevEnd) sp = { kind: sp.kind, start: sp.start - b[0].length, end: sp.end };
        const a = LATIN_HOME_AFTER.exec(text.slice(sp.end, sp.end + 40));
        if (a && a[0]) {
          let end = sp.end + a[0].length;
          // (Spans the unit covered already, #05-311 read as a number, join it.)
          while (k + 1 < spans.length && spans[k + 1].start < end) end = Math.max(end, spans[++k].end);
          sp = { kind: sp.kind, start: sp.start, end };
        }
      }
    }
    if (sp !== spans[k]) changed = true;
    kept.push(sp);
  }
  let result = changed ? mergeSpans(kept) : spans;
  // A relative's short name with the family's surname, after the writer or a kin word (我爸薛國良，我薛凱; 他叫魏晟，我是魏德林).
  if (result.length && (has(text, '我') || has(text, '叫') || has(text, '女') || has(text, '儿') || has(text, '兒'))) {
    const added: PiiSpan[] = [];
    const surnames = new Set<string>();
    for (const sp of result) if (sp.kind === 'name' && sp.end - sp.start === 3 && surnameLength(text, sp.start) === 1) surnames.add(text[sp.start]);
    if (surnames.size) {
      // (Which span covers each character: one look-up per match, linear in the text.)
      const cover = coverIndex(text.length, result);
      FAMILY_SHORT_NAME.lastIndex = 0;
      for (let m = FAMILY_SHORT_NAME.exec(text); m; m = FAMILY_SHORT_NAME.exec(text)) {
        const s = m.index + m[0].length - m[1].length;
        const e = s + m[1].length;
        if (!surnames.has(text[s]) || NOT_GIVEN.has(text[s + 1]) || (e - s === 3 && NOT_GIVEN.has(text[s + 2]))) continue;
        let covered = false;
        for (let q = s; q < e && !covered; q++) covered = cover[q] >= 0;
        if (covered) continue;
        added.push({ kind: 'name', start: s, end: e });
      }
    }
    if (added.length) result = mergeSpans(result.concat(added));
  }
  // A mis-recorded name beside the right one, each in quotes: the other one of a pair that differs by one character.
  if (has(text, '“') || has(text, '「') || has(text, '"')) {
    const quoted: [number, number][] = [];
    QUOTED_NAME_36.lastIndex = 0;
    for (let m = QUOTED_NAME_36.exec(text); m; m = QUOTED_NAME_36.exec(text)) quoted.push([m.index + 1, m.index + 1 + m[1].length]);
    if (quoted.length >= 2 && quoted.length <= 12) {
      const masked = (s: number, e: number) => result.some((sp) => sp.kind === 'name' && sp.start <= s && sp.end >= e);
      const added: PiiSpan[] = [];
      for (const [s, e] of quoted) {
        if (masked(s, e) || !surnameLength(text, s)) continue;
        for (const [s2, e2] of quoted) {
          if (s2 === s || e2 - s2 !== e - s || !masked(s2, e2)) continue;
          let diff = 0;
          for (let q = 0; q < e - s; q++) if (text[s + q] !== text[s2 + q]) diff++;
          if (diff === 1) {
            added.push({ kind: 'name', start: s, end: e });
            break;
          }
        }
      }
      if (added.length) result = mergeSpans(result.concat(added));
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// (Stop 36b) Names by sound, second round (read on pii42, southern Xinjiang: Uyghur, Kazakh and Kyrgyz names, and pii43, a
// Tibetan prefecture with a Yi county; own examples): the Kham and Amdo spellings of Tibetan names, more Uyghur, Kazakh and
// Kyrgyz given names and their endings (-江, -汗, -阿洪, -古丽, -别克), more Yi given names; a given name and the father's
// joined by a name's dot is a name wherever it stands; the words before such a name that say it is one (汉名, 俗名,
// 户口本上写, 车主, 老人); a monk's title 扎巴 stays outside his name.

/**
 * More parts for scanStop35b's stock (Stock.Tibetan, Stock.Turkic, Stock.YiGiven), written from common knowledge of the
 * peoples' naming: Tibetan names as Kham and Amdo speakers write them in Chinese (邓珠 for 顿珠, 翁修 for 旺秀, 曲批 for
 * 群培, 拥措 for 央措, 泽央, 俄色, 呷玛, 登真, 仁真, 郎加 …); Uyghur given names in their common spellings (图尔荪, 色依提,
 * 祖农, 米日阿依, 阿依谢姆, 古再丽, 图尼萨 …), Kazakh and Kyrgyz ones (托列根, 苏坦, 加马勒, 奥木尔别克 …); Yi given names
 * (日果, 尔古, 拉莫 …). A function, so the stock's setup above can read it before this section is reached.
 */
function stop36bStock(): [Stock, string[]][] {
  return [
    [Stock.Tibetan, ('邓珠 登珠 顿珠 翁修 旺修 翁姆 曲批 群批 群培 娜姆 拉姆措 次称 称列 志姆 拥措 拥忠 雍措 雍忠 央措 俄色 呷玛 根呷 ' +
      '登真 邓真 丹真 旦真 仁真 郎加 朗加 降泽 降初 降称 泽央 泽称 泽批 泽翁 卓嘛 卓么 阿尼 拉玛 格荣 格让 阿称 多登 银珠 巴姆 根嘎 ' +
      '占堆 阿扎 郎吉 四朗 斯达 曲宗 卓玛 益西 扎西 尼玛 达瓦 降央 阿旺 仁增').split(' ')],
    [Stock.Turkic, ('图尔荪 吐尔孙 图尔逊 色依提 赛依提 斯迪克 司迪克 祖农 努尔东 吾拉音 热苏力 阿布都热苏力 木合塔尔 哈米提 艾孜孜 艾海提 ' +
      '阿卜来提 阿布力克木 阿不力克木 麦麦提敏 买买提明 玉山 肉孜买买提 努尔麦麦提 阿不都热依木 热合木 卡哈尔 艾拜都拉 阿卜杜拉 ' +
      '米日阿依 米热阿依 米日班 阿依谢姆 布阿依谢姆 阿依先姆 古再丽 古再丽努尔 图尼萨 图尼萨汗 阿提古丽 热比古丽 帕提古丽 热汗古丽 ' +
      '赛乃姆 玛丽亚姆 布沙拉 布合丽且木 麦合丽娅 热孜宛 热孜亚 祖丽菲亚 姑丽 阿依姑丽 吐送古丽 阿娜尔汗 阿米娜汗 佐拉古丽 ' +
      '阿不力孜 阿不力米提 托列根 苏坦 苏力坦 加马勒 阿依加马勒 奥木尔 奥木尔别克 马坦 阿曼 阿斯勒别克 苏坦别克 哈布力 库万 哈依拉提 阿依登 多斯别克 ' +
      '达尼亚尔 贾娜尔 沙依拉 阿赛提 萨乌列 卡依沙尔 古丽加依娜 别克苏力坦 朱马 朱马别克 吐尔干别克').split(' ')],
    [Stock.YiGiven, '日果 尔古 拉莫 衣莫 依莫 史莫 尔呷 木且 拉博 拉铁 伍加 莫呷 日作 伍合'.split(' ')],
  ];
}
/** Words before a name that say it is one: a name's kind (汉名, 俗名), where an office wrote it (户口本上写, 汉文写), asking for
 * someone (叫他), an owner of a car, an elder, a ranger, a monk's title (扎巴). Read into STOCK_CUE_BEFORE. */
function stop36bCues(): string {
  return '汉名|汉文名|汉族名|俗名|上写|文写|登记成|记成|叫他|叫她|车主|老人|管护员|护林员|巡护员|举报人|写信人|反映人|扎巴';
}
// (Parts that are words alone: 阿曼 the country, 阿尼 an aunt, 拉玛, 玉山 a mountain, 朱马 a surname and a horse.)
for (const w of ['阿曼', '阿尼', '拉玛', '玉山', '朱马', '苏坦', '马坦', '斯达', '阿扎']) STOCK_WORDY.add(w);

/** A monk's title 扎巴 opening a run that goes on with a name of its own (扎巴次仁多吉): the title is left outside. */
function monkTitleFirst(t: string, i: number, run: { end: number; elements: number; first: string }): boolean {
  if (run.first !== '扎巴' || run.elements < 2 || run.end - i < 4) return false;
  const rest = stockRun(t, i + 2);
  return rest !== null && rest.end === run.end;
}

/** Marks that join a given name and the father's in Turkic names written in Chinese (·, ・, •, ．, ., a space). */
const NAME_DOT_36B = /[·・•．.‧ \u3000]/;
/**
 * A run of the stock's parts with a name's dot inside, both sides two characters or more (阿依古丽·吐尔逊, 麦麦提敏．阿布拉,
 * 吾拉音 阿西木): a person's full name, wherever it stands in the sentence (…真正困难的阿依古丽·吐尔逊不在名单上). Not before a
 * place's or a thing's word or a title, nor after an office (县长买买提·依明), as stockNameSlot reads them.
 */
function dottedStockName(t: string, s: number, e: number): boolean {
  const run = t.slice(s, e);
  const k = run.search(NAME_DOT_36B);
  if (k < 2 || e - s - k - 1 < 2) return false;
  // (A space joins two names only between two parts of the stock: 卡德尔 依明, not 我 阿依.)
  if ((run[k] === ' ' || run[k] === '\u3000') && !(stockPartAt(t, s) && stockPartAt(t, s + k + 1))) return false;
  const before = t.slice(Math.max(0, s - 10), s);
  const after = t.slice(e, e + 8);
  if (STOCK_PLACE_AFTER.test(after) || STOCK_TITLE_AFTER.test(after)) return false;
  if (STOCK_OFFICE_BEFORE.test(before) && !/我是|本人/.test(before)) return false;
  return true;
}

/** 措 (a lake, mtsho) closing a Tibetan name after its parts (仁青措, 卓玛措, 德吉措); not the word 措施, 措辞, 措手. */
function tibetanTail(t: string, s: number, e: number): number {
  if (t[e] !== '措' || '施辞手'.includes(t[e + 1] ?? '') || STOCK_PARTS.get(stockPartAt(t, s)) !== Stock.Tibetan) return e;
  return e + 1;
}

/**
 * A record of one person by its own cue (健康档案号, 签约编号, 筛查编号, 体检编号, a household's 档案号): the number whole,
 * letters, digits and dashes (QY4521070318, BC-2025-KM-0412, 45210710200300517). Not a work order, a notice, a project
 * or a case (工单号, 通报编号, 项目编号, 案号): their cues are others.
 */
const PERSON_RECORD_36B = /(?:健康档案号|健康檔案號|健康档案编号|健康檔案編號|居民档案号|居民檔案號|搬迁户档案号|搬遷戶檔案號|(?<![卷宗项目項目工程])档案号|(?<![卷宗项目項目工程])檔案號|签约编号|簽約編號|签约号|簽約號|筛查编号|篩查編號|体检编号|體檢編號)(?:码|碼)?(?:是|为|為)?[:：\s\u3000]{0,2}([A-Za-z]{0,3}[-－]?[0-9A-Za-z](?:[0-9A-Za-z]|[-－](?=[0-9A-Za-z])){5,24})(?![0-9A-Za-z])/g;
/**
 * A name in Uyghur Arabic script or in Tibetan script standing in a Chinese text (ئابلىمىت روزى（…）, ཚེ་རིང་སྒྲོལ་མ，…): two or
 * three Uyghur words, at least one with a letter only Uyghur writes (ئ ې ۈ ۆ ۇ ە ھ ى), or two to five Tibetan syllables joined by
 * tshegs. Between Han characters, punctuation, Latin or the text's ends only, never inside a sentence of the script; and not
 * the Tibetan greetings and thanks (བཀྲ་ཤིས་བདེ་ལེགས, ཐུགས་རྗེ་ཆེ).
 */
const UYGHUR_NAME_36B = /(?<![\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff][ \u00a0]?)[\u0600-\u06ff]{2,14}(?: [\u0600-\u06ff]{2,14}){1,2}(?![ \u00a0]?[\u0600-\u06ff])/g;
const UYGHUR_LETTER_36B = /[\u0626\u06d0\u06c8\u06c6\u06c7\u06d5\u06be\u0649]/;
const TIBETAN_NAME_36B = /(?<![\u0f00-\u0fff])[\u0f40-\u0fbc]{1,8}(?:\u0f0b[\u0f40-\u0fbc]{1,8}){1,4}\u0f0b?(?![\u0f00-\u0fff])/g;
const TIBETAN_PHRASE_36B = /བདེ་ལེགས|ཐུགས་རྗེ|ཡག་པོ|ཨེ་ཡིན|བཀའ་དྲིན/;
/** An 18-digit ID that fails its check in a form's sample (样表, 示例, 填表说明, 办事指南): a made-up sample, no one's. */
const SAMPLE_BEFORE_36B = /样表|樣表|示例|样例|樣例|范例|範例|样本|樣本|模板|填表说明|填表說明|指南/;
/** A public body's account (捐款账户, 非税收入账户, 对公账户, 财政专户) or a posted notice: a card number that fails Luhn there is no one's. */
const PUBLIC_ACCOUNT_36B = /捐款账户|捐款賬戶|收入账户|收入賬戶|对公账户|對公賬戶|单位账户|單位賬戶|财政专户|財政專戶|公告栏|公告欄|公告上|公告末尾|公示栏/;
/** A form's field for a vehicle at its line's start (车牌：, 掛車：), a form's field for its person, a caller's car. */
const PLATE_FIELD_36B = /(?:^|\n)(?:车牌|車牌|车牌号|車牌號|挂车|掛車|车号|車號|车辆|車輛)[：:]\s?$/;
const PERSON_FIELD_36B = /(?:^|\n)(?:驾驶员|駕駛員|姓名|车主|車主|来电人|來電人|申请人|申請人|司机|司機)[：:]/;
const HOLDER_CAR_36B = /(?:来电人|來電人|来访人|來訪人|举报人|舉報人|反映人)(?:的)?(?:车辆|車輛|车|車|私家车|私家車)(?:是|為|为)?$/;
/** Verbs and words that 不 opens (不在, 不是, 不肯, 不给 …). */
const NOT_VERB_36B = /^[在是会會能要肯让讓给給同愿願知想敢用够夠管理认認签簽见見去来來]/;
function stop36bAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let result = spans;
  const added: PiiSpan[] = [];
  if (has(text, '号') || has(text, '號')) {
    PERSON_RECORD_36B.lastIndex = 0;
    for (let m = PERSON_RECORD_36B.exec(text); m; m = PERSON_RECORD_36B.exec(text)) {
      if ((m[1].match(/[0-9]/g) ?? []).length < 4) continue;
      const start = m.index + m[0].length - m[1].length;
      added.push({ kind: 'member_number', start, end: start + m[1].length });
    }
  }
  if (/[\u0600-\u06ff]/.test(text)) {
    UYGHUR_NAME_36B.lastIndex = 0;
    for (let m = UYGHUR_NAME_36B.exec(text); m; m = UYGHUR_NAME_36B.exec(text)) if (UYGHUR_LETTER_36B.test(m[0])) added.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  if (/[\u0f40-\u0fbc]/.test(text)) {
    TIBETAN_NAME_36B.lastIndex = 0;
    for (let m = TIBETAN_NAME_36B.exec(text); m; m = TIBETAN_NAME_36B.exec(text)) {
      if (TIBETAN_PHRASE_36B.test(m[0])) continue;
      const end = m.index + m[0].length - (m[0].endsWith('\u0f0b') ? 1 : 0);
      added.push({ kind: 'name', start: m.index, end });
    }
  }
  // A plate no rule decided on, given as a person's: in a form's own field (车牌：, 挂车：) of a form that names its person
  // (驾驶员：, 姓名：, 车主：, 来电人：), right after a caller's or a visitor's word (来电人车辆…), or right before the name that
  // signs the text (车牌…，王某某): that person's car. An office's car in the plate's clause stays visible.
  if (has(text, '车') || has(text, '車')) {
    PLATE.lastIndex = 0;
    // (result is sorted by start: one pointer walks it along the plates, so a text of many plates stays linear.)
    let j = 0;
    for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      while (j < result.length && result[j].end <= start) j++;
      if (j < result.length && result[j].start < end) continue;
      const clause = text.slice(Math.max(0, start - 12), start);
      if (PUBLIC_CAR.test(clause) || /[局所委]的[车車]|公务|公務/.test(clause)) continue;
      const next = j < result.length ? result[j] : undefined;
      const signer = next && next.kind === 'name' && next.start <= end + 2 && /^[，,\s]{1,2}$/.test(text.slice(end, next.start)) && text.length - next.end <= 4 && /^[\s。.！!]*$/.test(text.slice(next.end));
      const field = PLATE_FIELD_36B.test(text.slice(Math.max(0, start - 6), start)) && PERSON_FIELD_36B.test(text);
      const holder = HOLDER_CAR_36B.test(text.slice(Math.max(0, start - 8), start));
      if (signer || field || holder) added.push({ kind: 'plate', start, end });
    }
  }
  if (added.length) result = mergeSpans(result.concat(added));
  // A name read on into 不 opening a verb (…阿不都不在名单上, 古丽不肯): 不 is the verb's.
  if (has(text, '不')) {
    result = result.map((sp) => (sp.kind === 'name' && sp.end - sp.start >= 4 && text[sp.end - 1] === '不' && NOT_VERB_36B.test(text.slice(sp.end, sp.end + 1)) ? { ...sp, end: sp.end - 1 } : sp));
  }
  // A Turkic or Tibetan full name joined by a dot right after an office (县长买买提·托合提, 副局长玉山·阿不拉): an official in the
  // role, as stockNameSlot reads a run there, whichever rule read it; the writer holding the office (我是村主任…) stays masked.
  if (has(text, '·') || has(text, '•') || has(text, '・') || has(text, '．')) {
    result = result.filter((sp) => {
      if (sp.kind !== 'name' || !/[·•・．]/.test(text.slice(sp.start, sp.end))) return true;
      const before = foldToSimplified(text.slice(Math.max(0, sp.start - 10), sp.start));
      return !(STOCK_OFFICE_BEFORE.test(before) && !/我是|本人/.test(before));
    });
  }
  // Sample IDs that fail their check, public accounts that fail Luhn.
  if (result.some((sp) => sp.kind === 'id_number' || sp.kind === 'bank_card')) {
    result = result.filter((sp) => {
      const digits = text.slice(sp.start, sp.end).replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^0-9Xx]/g, '').toUpperCase();
      if (sp.kind === 'id_number' && digits.length === 18 && !validIdNumber(digits)) return !SAMPLE_BEFORE_36B.test(text.slice(Math.max(0, sp.start - 30), sp.start));
      if (sp.kind === 'bank_card' && /^[0-9]{16,19}$/.test(digits) && !luhn(digits)) return !PUBLIC_ACCOUNT_36B.test(text.slice(Math.max(0, sp.start - 30), sp.end + 30));
      return true;
    });
  }
  return result;
}

// (Stop 37) Read on pii44 (an express-delivery hub county: couriers, waybills, truck drivers, village parcel stations,
// live-streamers) and pii45 (an island free-trade-port city: retirees, foreign tourists and residents, yachts, hotels).

// (A waybill after 单号 was tried and left out: pii44 labels parcels' waybills, but pii2, pii20 and pii40 leave the
// very same numbers visible, 快递单号SF… beside a recipient's name, and the floors keep the older convention.)
/** A hotel, guesthouse or home-for-the-old room where someone lives or stays (住蓝海酒店1203房): a home. A bare room
 * number where officials play cards (在1806房打牌) is not: a 住 and a named house are needed. */
const SHORT_STAY_37 = /出差|晚|夜|旅游|旅遊|开会|開會/;
const STAY_ROOM = /(?<![抓记記忍])住(?!建)(?:在)?((?:(?!在)[\u3400-\u9fff]){2,10}?(?:酒店|宾馆|賓館|饭店|飯店|旅馆|旅館|颐养中心|頤養中心|养老院|養老院) ?[0-9]{3,4}(?: ?(?:号房|號房|房|室))?)(?![0-9])/g;
/** Anchors of homes that the older address rules read only in part: a villa by block letter (B18栋, A区12号), a
 * street number with the street's section or side (街东段47号, 街西侧21号, 街27号后院), a basement bed (地下室B1-23),
 * a prefab row (板房区E排3间), a container lived in (集装箱办公室C-06, C区14号集装箱) and a yacht's berth
 * (B码头07泊位). The name before the anchor is added by walking back over Han characters to a stop word. */
const HOME_ANCHOR = /[A-Z]?[0-9]?(?:区|區)[0-9]{1,3}(?:号|號)(?:集装箱|集裝箱)|[A-Z](?:[0-9]{1,3}(?:栋|棟|幢)|(?:区|區)[0-9]{1,3}(?:号|號))(?![0-9])|(?:街|路|巷)(?:[东西南北東][段侧側][0-9]{1,4}(?:号|號)(?:后院|後院)?|[0-9]{1,4}(?:号|號)(?:后院|後院))(?![0-9楼樓栋棟])|地下室[A-Z]?[0-9]{1,2}-[0-9]{1,3}|板房[区區][A-Z0-9]{1,2}排[0-9]{1,3}(?:间|間|号|號)|(?:集装箱|集裝箱)(?:办公室|辦公室)[A-Z]?-?[0-9]{1,3}|[A-Z0-9]{1,3}(?:码头|碼頭)[0-9]{1,3}(?:号|號)?泊位/g;
/** Where the walk back stops: a verb or particle before a place, punctuation, or the town or county in front (which
 * stays outside the span by the sets' convention). */
const HOME_WALK_STOP = new CharSet([...'在住是的于於到停从從往和与與镇鎮乡鄉县縣市我他她把想要让讓给給，,。；;：:、']);
/** A street number is a home only with a cue of one (住, 家, 店, 出租屋, 房东); an office's street number stays. */
/** An estate's name before a villa's block letter (珊瑚湾别墅区, 丰泽花园, 某某天境). */
const ESTATE_WORD_37 = /别墅|別墅|花园|花園|家园|家園|小区|小區|苑|庭|府|天境|山庄|山莊|新村|公寓/;
const STREET_HOME_CUE = /住|家|店|出租|房东|房東|屋/;
/** Words with 家 or 店 that are no home's cue (那家饭店, 国家电网, 大家): taken out before STREET_HOME_CUE reads. */
const NOT_HOME_CUE_37 = /[那这這哪每一两兩几幾国國大商厂廠店]家|家[具电電]|[饭飯酒商书書药藥]店/g;
/** A block by letter and number (B3栋) is a villa's only in a villa estate: a high-rise's (阳光小区B3栋) stays. */
const VILLA_WORD_37 = /别墅|別墅|山庄|山莊/;
const FULL_WIDTH_37 = /[\uff01-\uff5e]/;
/** The text in half-width forms (toHalfWidth), made once per text: six rounds of rules read it, and each making its own
 * copy was 5% of the masking's time (a profile of stop 40). */
let halfWidthFor = '';
let halfWidthText = '';
function halfWidthOf(text: string): string {
  if (text !== halfWidthFor) {
    halfWidthFor = text;
    halfWidthText = FULL_WIDTH_37.test(text) ? toHalfWidth(text) : text;
  }
  return halfWidthText;
}
const OFFICE_NEAR = /局|政府|委员会|委員會|派出所|法院|医院|醫院|学校|學校|中心|公司/;
/** A private person after the word for a private trade (快递员, 导游, 领队, 潜水教练, 销售顾问, 联系人 …): such trades
 * are no office, so the person is labelled like anyone. A parcel station's 站长 is its owner; another 站长 is left
 * alone (候鸟服务站's head is an official). */
const TRADE_NAME = /(?:快递员|快遞員|派件员|派件員|分拣员|分揀員|装卸工|裝卸工|销售总监|銷售總監|销售顾问|銷售顧問|置业顾问|置業顧問|导游|導遊|领队|領隊|潜水教练|潛水教練|冲浪教练|衝浪教練|教练|教練|员工|員工|联系人|聯繫人|聯系人|住客|渔民|漁民|船员|船員|买房人|買房人|我叫|站长|站長|我爸|我妈|我媽|我是儿子|我是兒子|我是女儿|我是女兒)([\u3400-\u9fff]{2,3})/g;
const TRADE_NAME_END = /^(?:$|[，,。.；;！!？?\s:：、（(）)…—-]|的|说|說|被|反|在|当|當|拍|是|也|工号|工號|电话|電話|手机|手機|老闆|老板|[一二三四五六七八九]十)/;
/** A two-character name only before punctuation or the end (员工关好门 is no name); a kin word's tail (宋大爷) is none. */
const TRADE_NAME_END_SHORT = /^(?:$|[，,。.；;！!？?\s:：、（(）)…]|被|说|說)/;
/** After a parent or child (我爸…), a name only before punctuation, 的 or an age (我爸尚某某七十六了): 我妈向领导反映 is none. */
const KIN_NAME_END_37 = /^(?:$|[，,。.；;！!？?\s:：、（(）)…]|的|[一二三四五六七八九]十)/;
const KIN_TAIL_37 = new CharSet([...'爷爺妈媽爹姐哥叔姨婶嬸婆公伯']);
/** A title after a surname (王先生, 张女士, 王经理, 李师傅, 王老板, 王总): a form of address, not a name. */
const SURNAME_TITLE_37 = /^(?:先生|女士|小姐|太太|经理|經理|师傅|師傅|老板|老闆|总|總)/;
/**
 * Whether a span a cue rule read as a name (surname first) is an ordinary word the jieba dictionary has, as the name
 * model's check (knownNotName) reads one: the whole a word (安全, 房东, 白内障), its first two a common word (任务重,
 * 江西人, 高兴地), or a word and a character no given name has (毛病多, 车祸后, 单位里; 包饺子, 高收入). A name whose
 * first two or last two happen to be a word keeps its given character (江海波, 包月娥, 王建国). With `given2`, a
 * two-character word whose second is a given name's (丛珊) is a name unless the word is a common one.
 */
function ordinaryWord37(span: string, given2 = false): boolean {
  const w = foldToSimplified(span);
  if (wordNotPerson(w)) return !(given2 && w.length === 2 && GIVEN_SET.has(w[1]) && !commonWord(w));
  if (w.length !== 3) return false;
  const head = w.slice(0, 2);
  return commonWord(head) || (wordNotPerson(head) && !GIVEN_SET.has(w[2])) || (wordNotPerson(w.slice(1)) && !GIVEN_SET.has(w[1]));
}
const NOT_GIVEN_37 = new CharSet([...'的了是说說被和与與也都就还還把给給让讓去来來']);
/** A name on its own at a line's start before a slash and a number (鞠立军/188…/complaint): a writer's signature. */
const SLASH_NAME = /(?:^|\n)([\u3400-\u9fff]{2,3})\/(?=[0-9+])/g;
/** A streamer's or platform account's name after its cue (账号“…”, 账号名…, 主播…（本名…）, 一个叫“…”的代购). */
const HANDLE_37 = /(?:账号名|賬號名|帳號名|网名|網名|昵称|暱稱|账号|賬號|帳號)(?:是|叫)?[:：\s]{0,2}[“"「]([^”"」\n]{2,12})[”"」]|(?:(?:账号名|賬號名|帳號名)(?:是|叫|[:：])?|(?:网名|網名|昵称|暱稱)(?:是|叫|[:：]))[:：\s]{0,2}([\u3400-\u9fff]{2,8})(?=$|[，,。；;！!\s])|主播([\u3400-\u9fff]{2,6})(?=[（(](?:本名|真名))|叫[“"「]([^”"」\n]{2,8})[”"」]的(?:代购|代購|主播|网红|網紅)/g;
/** An account's state or a question after the cue, not its name (被盗, 异常, 已冻结, 什么). */
const HANDLE_STATE_37 = /^(?:[已被遭未]|异常|異常|冻结|凍結|封禁|封号|封號|正常|违规|違規|锁定|鎖定|注销|註銷|失效|无效|無效|登不上|不能用|找回|什么|甚麼|啥)/;
/** A private fishing boat a family lives on (琼椰渔08836号船) is an address, the boat's number a plate. */
const BOAT_HOME = /[粤粵闽閩浙琼瓊桂苏蘇鲁魯辽遼冀津沪滬][\u3400-\u9fff]{0,2}[渔漁][0-9]{5,6}(?:号船|號船)/g;

// (A plate with a letter inside its serial, 冀E·8W503, was tried and left out: dev11 leaves such a plate visible.)
/** A foreign name in Chinese transcription with its dot (娜塔莉娅·格列博娃) after a bracket beside the original, 中文写, or
 * a cue of a person (朋友, 我叫, 名字): a person, labelled like the original. */
const DOTTED_TRANSCRIPTION = /(?<=(?:[（(]|中文写|中文寫|中文名|朋友|我叫|名字|名叫)[:：\s]{0,2})[\u3400-\u9fff]{2,5}[·・•‧][\u3400-\u9fff]{2,7}?(?=$|[^\u3400-\u9fff]|[在是的了和与與说說开開住来來从從去到对對也都还還就给給])/g;
/** A part of a dotted pair that is no transcription: a place, a people or a word of the dictionary (海南·博鳌, 中国·三亚,
 * 维吾尔族·哈萨克族), or one opening with a particle (都一样·不管). */
function notTranscription37(part: string): boolean {
  const w = foldToSimplified(part);
  return wordNotPerson(w) || w.endsWith('族') || NOT_GIVEN_37.has(w[0]);
}
/** A diving instructor's certificate number (PADI 318274): a record of one person. */
const DIVE_CERT = /(?<![A-Za-z])(?:PADI|SSI|NAUI|CMAS)\s?[0-9]{5,8}(?![0-9])/g;

function scanStop37(text: string, spans: PiiSpan[]): void {
  // (Full-width digits, letters and marks read as ASCII, ０８１５房, Ｂ２－０７, ＰＡＤＩ, ／: the text folded by
  // toHalfWidth, one unit for one, so a match's positions are the text's.)
  const w = halfWidthOf(text);
  const hw = (word: string) => (w === text ? has(text, word) : w.includes(word));
  if (has(text, '·') || has(text, '・') || has(text, '•') || has(text, '‧')) {
    DOTTED_TRANSCRIPTION.lastIndex = 0;
    for (let m = DOTTED_TRANSCRIPTION.exec(text); m; m = DOTTED_TRANSCRIPTION.exec(text)) {
      if (m[0].split(/[·・•‧]/).some(notTranscription37)) continue;
      spans.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
  }
  if (hw('PADI') || hw('SSI') || hw('NAUI') || hw('CMAS')) {
    DIVE_CERT.lastIndex = 0;
    for (let m = DIVE_CERT.exec(w); m; m = DIVE_CERT.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '住') && (has(text, '酒店') || has(text, '宾馆') || has(text, '賓館') || has(text, '饭店') || has(text, '飯店') || has(text, '旅馆') || has(text, '旅館') || has(text, '颐养') || has(text, '頤養') || has(text, '养老院') || has(text, '養老院'))) {
    STAY_ROOM.lastIndex = 0;
    for (let m = STAY_ROOM.exec(w); m; m = STAY_ROOM.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      // (A stay of a few nights or a business trip, 出差住在…, 住了两晚的…: a room, no one's home.)
      if (SHORT_STAY_37.test(text.slice(Math.max(0, m.index - 8), s + m[1].length))) continue;
      spans.push({ kind: 'address', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '栋') || has(text, '棟') || has(text, '幢') || has(text, '号') || has(text, '號') || has(text, '地下室') || has(text, '泊位') || has(text, '集装箱') || has(text, '集裝箱') || has(text, '板房')) {
    HOME_ANCHOR.lastIndex = 0;
    for (let m = HOME_ANCHOR.exec(w); m; m = HOME_ANCHOR.exec(w)) {
      const a = m.index;
      const e = a + m[0].length;
      const street = m[0][0] === '街' || m[0][0] === '路' || m[0][0] === '巷';
      let s = a;
      while (s > 0 && a - s < 8 && isHan(text.charCodeAt(s - 1)) && !HOME_WALK_STOP.has(text[s - 1]) && !((text[s - 1] === '墅') && text[s] !== '区' && text[s] !== '區')) s--;
      if (street) {
        if (s === a) continue; // (a street needs its name)
        const before = text.slice(Math.max(0, s - 16), s);
        const after = text.slice(e, e + 12);
        if (!(STREET_HOME_CUE.test(before.replace(NOT_HOME_CUE_37, '')) || STREET_HOME_CUE.test(after.replace(NOT_HOME_CUE_37, ''))) || OFFICE_NEAR.test(text.slice(Math.max(0, s - 4), s))) continue;
      } else if (m[0][0] >= 'A' && m[0][0] <= 'Z' && !m[0].includes('码') && !m[0].includes('碼') && !m[0].includes('集') && !(/^[A-Z][0-9]/.test(m[0]) ? VILLA_WORD_37 : ESTATE_WORD_37).test(text.slice(s, a))) continue; // (B18栋 alone, 摊位C区28号: no estate; 阳光小区B3栋 a high-rise's block, no villa)
      spans.push({ kind: 'address', start: s, end: e });
    }
  }
  if (has(text, '渔') || has(text, '漁')) {
    BOAT_HOME.lastIndex = 0;
    for (let m = BOAT_HOME.exec(text); m; m = BOAT_HOME.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  TRADE_NAME.lastIndex = 0;
  // (Whether a 站长 is a parcel station's owner: a 驿站 and no 服务站 in the text, read once, not once per 站长.)
  const stationOwner = (has(text, '驿站') || has(text, '驛站')) && !has(text, '服务站') && !has(text, '服務站');
  for (let m = TRADE_NAME.exec(text); m; m = TRADE_NAME.exec(text)) {
    const cue = m[0].slice(0, m[0].length - m[1].length);
    if ((cue === '站长' || cue === '站長') && !stationOwner) continue;
    const s = m.index + cue.length;
    const kin = cue.startsWith('我') && cue !== '我叫'; // (a parent or child named: three characters only, 我妈高血压 is none)
    const c = text.charCodeAt(s);
    if (!(SURNAME_UNIT[c] || text[s] === '盘' || text[s] === '盤') || NOT_GIVEN_37.has(text[s + 1])) continue;
    // (A surname and a title, 王先生, 张女士, 李师傅, 王总: a form of address, left visible by the sets' convention.)
    if (SURNAME_TITLE_37.test(text.slice(s + 1, s + 3))) continue;
    let end = -1;
    for (const len of kin ? [3] : [3, 2]) if (end < 0 && len <= m[1].length && !(len === 3 && text[s + 1] === '老') && !NOT_GIVEN_37.has(text[s + len - 1]) && !KIN_TAIL_37.has(text[s + len - 1]) && (kin ? KIN_NAME_END_37 : len === 3 ? TRADE_NAME_END : TRADE_NAME_END_SHORT).test(text.slice(s + len, s + len + 3))) end = s + len;
    if (end < 0) continue;
    if (WORD_NOT_NAME_STOP34.has(text.slice(s, s + 2)) || ordinaryWord37(text.slice(s, end))) continue;
    spans.push({ kind: 'name', start: s, end });
    TRADE_NAME.lastIndex = end;
  }
  if (hw('/')) {
    SLASH_NAME.lastIndex = 0;
    for (let m = SLASH_NAME.exec(w); m; m = SLASH_NAME.exec(w)) {
      const s = m.index + m[0].length - m[1].length - 1;
      // (A form's field, 金额/100元, 单价/5元: a word, no signature.)
      if ((SURNAME_UNIT[text.charCodeAt(s)] || text[s] === '盘' || text[s] === '盤') && !ordinaryWord37(m[1])) spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '账号') || has(text, '賬號') || has(text, '帳號') || has(text, '网名') || has(text, '網名') || has(text, '昵称') || has(text, '暱稱') || has(text, '本名') || has(text, '真名') || has(text, '叫“') || has(text, '叫"')) {
    HANDLE_37.lastIndex = 0;
    for (let m = HANDLE_37.exec(text); m; m = HANDLE_37.exec(text)) {
      const g = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (/^[0-9\s]+$/.test(g)) continue; // (an account number is read by the number rules)
      // (An account's state, “被盗”, “异常”, “已冻结”; unquoted, a word, 什么, 无所谓: no one's handle.)
      if ((m[1] !== undefined && HANDLE_STATE_37.test(g)) || (m[2] !== undefined && (wordNotPerson(foldToSimplified(g)) || HANDLE_STATE_37.test(g)))) continue;
      const s = m.index + m[0].lastIndexOf(g);
      spans.push({ kind: 'name', start: s, end: s + g.length });
    }
  }
}

/** Words some rule read as a name that are none: a thanks closing a voice message (谢谢啊), 应为 of a correction, 未填
 * of a form, 权益 of 权益保障, 凌晨 (before dawn), 文艺 of a show, 包月 (by the month), 楼道 of a stairwell, and a
 * nationality (韩国人, 韩国籍). */
const WORD_NOT_NAME_STOP37 = /^(?:谢谢|謝謝|应为|應為|未填|权益|權益|凌晨|文艺|文藝|包月|楼道|樓道|韩国人|韓國人|韩国籍|韓國籍)/;
/** The span text[start, end) is one of those words, or one and a character no given name has (谢谢啊, 楼道未修) or
 * that opens a word with the next (权益保障): a name that merely starts with one (凌晨曦, 包月娥, 文艺华) is a name. */
function wordNotNameStop37(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  const m = WORD_NOT_NAME_STOP37.exec(span);
  if (!m) return false;
  const rest = foldToSimplified(span.slice(m[0].length));
  return rest === '' || (rest.length === 1 && (!GIVEN_SET.has(rest) || '未不没无'.includes(rest) || (end < text.length && wordNotPerson(foldToSimplified(text.slice(end - 1, end + 1))))));
}
/** A chat speaker named by an office or a company's outlet and a dash (网点-老聂, 渔政-王队, 物业-小陈): someone in
 * their role, not labelled by the sets' convention. */
const ROLE_DASH_BEFORE = /(?:网点|網點|渔政|漁政|物业|物業|城管|执法|執法|村委|社区|社區|居委|派出所|海事|海关|海關)[-－]$/;
/** An official car: the plate's serial begins with 0 (the series kept for party and government cars) and the text says
 * whose it is (公车, 公务车, a bureau's or a centre's car). A private 0 plate with no such word stays masked. */
const OFFICIAL_CAR_NEAR = /公车|公車|公务|公務|(?:局|中心|政府|单位|單位|公家|所|院|委)(?:的|里的|裡的)?(?:车|車)|局的|局里|局裡|中心的|公家/;
/** The writer's or a private car: a 0 plate near these is no official's. */
const PRIVATE_CAR_NEAR = /私家车|私家車|(?:我|我家|我们|我們|自己|他家|她家)的?(?:车|車)/;

function stop37After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  // (Whether the text is a sample or a notice, read once per call and only when a 王某 span asks: not once per span.)
  let sample: boolean | undefined;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    const span = text.slice(sp.start, sp.end);
    if (sp.kind === 'name') {
      if (wordNotNameStop37(text, sp.start, sp.end)) { changed = true; continue; }
      // (A placeholder, 王某某, 李某: nobody.)
      if (/^[\u3400-\u9fff]某{1,2}$/.test(span) && (sample ??= /示例|案例|公示|模板|样例|樣例|名字也是/.test(text))) { changed = true; continue; }
      // (斯克 closing a Russian city's name, 哈巴罗夫斯克: no one.)
      if (span === '斯克' && isHan(text.charCodeAt(sp.start - 1))) { changed = true; continue; }
      if (ROLE_DASH_BEFORE.test(text.slice(Math.max(0, sp.start - 4), sp.start))) { changed = true; continue; }
    }
    // (A number field with no digit in it, 未填; a template's XXXX; a made-up all-zero number.)
    if ((sp.kind === 'id_number' || sp.kind === 'member_number') && (!/[0-9０-９零〇一二三四五六七八九幺]/.test(span) || /[Xx]{4}/.test(span))) { changed = true; continue; }
    // (A bare room number where something happens, 在1806房打牌: no one's home without 住 or a house named.)
    if (sp.kind === 'address' && /^[0-9]{3,4}房$/.test(span) && text[sp.start - 1] === '在') { changed = true; continue; }
    // (A permit's number with its issuer's words, 冀交运管货字…号: the whole as written.)
    if (sp.kind === 'member_number' && text[sp.start - 1] === '字' && (text[sp.end] === '号' || text[sp.end] === '號')) {
      let s = sp.start - 1;
      while (s > 0 && sp.start - s < 8 && isHan(text.charCodeAt(s - 1)) && !HOME_WALK_STOP.has(text[s - 1]) && text[s - 1] !== '号' && text[s - 1] !== '號') s--;
      kept.push({ kind: sp.kind, start: s, end: sp.end + 1 });
      changed = true;
      continue;
    }
    // (A flat by building, unit and room read without its estate: the estate's name before it is part of the home.)
    if (sp.kind === 'address' && /^[0-9]{1,3}(?:号楼|號樓|栋|棟)/.test(span) && sp.start > 0 && isHan(text.charCodeAt(sp.start - 1)) && !HOME_WALK_STOP.has(text[sp.start - 1])) {
      let s = sp.start;
      while (s > 0 && sp.start - s < 6 && isHan(text.charCodeAt(s - 1)) && !HOME_WALK_STOP.has(text[s - 1])) s--;
      const walked = text.slice(s, sp.start);
      // (The estate's start not found, or no estate: 我们家, 楼上 before the building are none.)
      // (Nor a hospital, a school or an office, 市人民医院5号楼: its building is no estate's.)
      if ((s > 0 && isHan(text.charCodeAt(s - 1)) && !HOME_WALK_STOP.has(text[s - 1])) || walked.length < 3 || /们|們|楼上|樓上|^家/.test(walked) || OFFICE_NEAR.test(walked)) { kept.push(sp); continue; }
      kept.push({ kind: sp.kind, start: s, end: sp.end });
      changed = true;
      continue;
    }
    if (sp.kind === 'plate') {
      const dot = span.search(/[A-Z][·・.\s-]?0/);
      const near = dot >= 0 && dot <= 2 ? text.slice(Math.max(0, sp.start - 20), Math.min(text.length, sp.end + 12)) : '';
      if (near && OFFICIAL_CAR_NEAR.test(near) && !PRIVATE_CAR_NEAR.test(near)) { changed = true; continue; }
    }
    kept.push(sp);
  }
  return changed ? kept : spans;
}

// (Stop 37b) Read on pii46 (a city after a P2P lending collapse and an illegal fund-raising: investors, transfers,
// contracts, lawyers, debt collectors) and pii47 (a county's politics-and-law organs: household registration, traffic
// police, courts, prisoners' families, community correction).

/** A private party named after the word for their part or trade in a matter (业务员, 经手人, 前夫, 被执行人, 对方,
 * 服刑人员, 矫正对象, 律师, 催款员, 理事长 of a private co-operative, 大哥 …): none of these is an office, so the person
 * is labelled like anyone. A closing quote may stand between (“风控专员”曾凯). The name must read as one (nameEnd,
 * likelyName) and end where a name ends (punctuation, a verb, 的, 名下, 卡上): 对方说, 律师费, 被执行人拒不 stay. */
const PARTY_NAME_37B = /(?:业务员|業務員|业务总监|業務總監|风控专员|風控專員|经手人|經手人|前夫|前妻|前台|公司行政|理事长|理事長|被执行人|被執行人|对方|對方|催款员|催款員|催收员|催收員|矫正对象|矯正對象|矫正人员|矯正人員|社区矫正人员|服刑人员|服刑人員|在押人员|在押人員|刑满释放的|刑滿釋放的|出借人代表|投资人代表|投資人代表|退休民警|退休法官|大哥|二哥|大姐|律师事务所的|律師事務所的|律师|律師)[”"」]?/g;
/** After the party's name: what may follow a name besides the usual (PEOPLE's right and action flags). */
const PARTY_END_37B = /^(?:名下|卡上|个人|個人|手里|手裡|手上|挪|哭|阿姨|律师|律師)/;
/** Cue words the rule must not read as a party when the word is part of a longer one before it (公司行政部, 法律援助律师
 * is a lawyer too, but 值班律师 sent by the court's office is in role: left to the older rules). */
const PARTY_NOT_BEFORE_37B = /(?:值班|公职|公職|法援|援助)$/;
/** Signed after 我 or 俺 (我向国富, 俺彭老实。电话…): the writer's own name at a clause's end, before a number or 当场.
 * A surname and a kin word or title (我覃老太, 我们村彭老爹) is no name by the sets' convention. */
const I_SIGNED_37B = /(?:^|[。！？!?，,；;\s）)」”])(?:我|俺)(?=[\u3400-\u9fff]{2,4}(?:$|[，,。；;！!\s0-9１-９]|当场|當場))/g;
/** A surname and a kin word or title, or 老 and a surname: a form of address, not a name (覃老太, 龙二婶, 麻二爷,
 * 彭老爹, 龙嫂, 老桑). A birth-order nickname (谢老四) or one with a given character (彭老实) stays a name. */
const KIN_FORM_37B = /^[\u3400-\u9fff](?:[老二三大小]?(?:太|倌|爹|嬸|婶|爷|爺|嫂|叔|伯|婆|娘|奶|哥|姐|姨|律))$|^老[\u3400-\u9fff]$/;
/** A record number of one person's claim or custody after its cue: a contract's, a loan's, a receipt's, a loss
 * registration's, an agreement's, a detainee's, a prisoner's, a correction's, a staff badge, a lawyer's licence (17
 * digits), and a platform's user name. A police case's, a court's, a work order's or a fine's number is the organ's and
 * stays (案件编号, 案号, 工单号, 罚单号: their cues are not here). */
const RECORD_37B = /(?:出借编号|出借編號|登记编号|登記編號|确认单[”"」]?编号|確認單[”"」]?編號|在押编号|在押編號|在押人员编号|在押人員編號|矫正编号|矯正編號|服刑人员编号|服刑人員編號|执业证号|執業證號|执业证编号|工牌上写|工牌號|工牌号|股金证号|股金證號)[”"」]?(?:是|为|為)?[:：\s]{0,2}([A-Za-z]{1,6}[0-9]{0,4}(?:[-－][A-Za-z0-9]{1,12}){1,4}|[A-Za-z]{2,6}[0-9]{4,12}(?:[-－][0-9]{2,8})?|[0-9]{6,20})(?![-A-Za-z0-9])/g;
/** A prisoner's number after a bare 编号 where the text speaks of prison (监狱, 服刑, 在押, 会见): one person's; a
 * police case's (案件编号), a work order's or a fine's stays. Digits or Chinese digits read out. */
const PRISON_WORD_37B = /监狱|監獄|服刑|在押|会见|會見|看守所/;
const BARE_NUMBER_37B = /(?<!案件|案|工单|工單|罚单|罰單|流水|单|單)(?:编号|編號)(?:是|为|為)?[:：\s]{0,2}([0-9]{6,12}|[零〇一二三四五六七八九幺]{6,12})(?![0-9零〇一二三四五六七八九幺])/g;
/** A platform's or a payment account's user name in Latin letters after its cue (用户名, 账户名, 平台账号): its owner's. */
const ACCOUNT_NAME_37B = /(?:用户名|用戶名|账户名|賬戶名|帳戶名|平台账号|平台賬號|平台帳號)(?:是|为|為)?[:：\s]{0,2}([A-Za-z][A-Za-z0-9_.]{3,30})(?![A-Za-z0-9_.@])/g;
/** A chat speaker named with a place and a dash (金涔-熊猫妹：…): the place stays outside, the display name is labelled
 * unless an office or a form of address (网点-老聂 is older rules', 律所-老桑, 正衡所-肖律). */
const PLACE_DASH_SPEAKER_37B = /(?:^|\n)([\u3400-\u9fff]{1,6})[-－]([\u3400-\u9fff]{2,6})[：:]/g;
/** Calls himself (他叫自己“…”): a self-styled nickname. */
const SELF_STYLED_37B = /叫自己[“"「]?([\u3400-\u9fff]{2,8})[”"」]?(?=[，,。；;！!]|$)/g;
/** A transfer's payee after an arrow from a payer (郑小平→邓秋实): a private person. */
const ARROW_PAYEE_37B = /[→＞>]\s?(?=[\u3400-\u9fff]{2,4}(?:$|[，,。；;\s（(]))/g;

/** A name where a cue says one stands: a surname and given characters (nameEnd), a surname that also starts words and a
 * two-character given name (向国富, 覃万春, 麻友谊: wordSurnameFullEnd), and a village name by 大/二/小 and a typical
 * last character (杨大毛, where nameEnd stops at 杨大). */
function cuedNameEnd37b(text: string, s: number): number {
  let e = nameEnd(text, s);
  if ((e < 0 || e === s + 2) && (surnameLength(text, s) === 1 || PEOPLE[text.charCodeAt(s)] & P_WORD_SURNAME) && wordSurnameFullEnd(text, s) === s + 3) return s + 3;
  if (e === s + 2 && '大二三小'.includes(text[s + 1]) && NUMERAL_NAME_END.has(text[s + 2] ?? '')) e = s + 3;
  return e;
}
/** Drawn in or cheated by someone (被付宏拉进合作社, 被黎素琴骗了): the one who drew them in is a private person. */
const DRAWN_BY_37B = /被(?=[\u3400-\u9fff]{2,4}(?:拉进|拉進|拉去|拉入|骗|騙|忽悠|坑))/g;
const DRAWN_VERB_37B = /^(?:拉进|拉進|拉去|拉入|骗|騙|忽悠|坑)/;
/** A full name before an elder's form of address (邹玉兰阿姨, 的丁秀娥奶奶), after a clause's start or 的: a neighbour
 * or a fellow investor named whole. A surname alone before it (张阿姨) is a form of address and stays. */
const ELDER_AFTER_37B = /^(?:阿姨|奶奶|大爷|大爺|大妈|大媽|婆婆|爷爷|爺爺)/;
function partyNameEnd37b(text: string, s: number): number {
  let e = cuedNameEnd37b(text, s);
  if (e < 0) return -1;
  // (康健律师: a name before a title the reading ran into.)
  if (e - s === 3 && (text.slice(e - 1, e + 1) === '律师' || text.slice(e - 1, e + 1) === '律師')) e--;
  if (!(likelyName(text, s, e) || (e === s + 3 && wordSurnameFullEnd(text, s) === e)) || WORD_NOT_NAME_STOP34.has(text.slice(s, s + 2)) || KIN_FORM_37B.test(text.slice(s, e))) return -1;
  // (An ordinary word after the cue, 大姐包饺子, 大哥高收入, or a surname and a title, 前台王先生: no name; review of stop
  // 37. A two-character word that may be a given name stays a name here, 前台丛珊, so 前夫全程说 is still read as one.)
  if (ordinaryWord37(text.slice(s, e), true) || SURNAME_TITLE_37.test(text.slice(s + 1, s + 3))) return -1;
  const c = text.charCodeAt(e);
  if (e === text.length || !isHan(c) || (PEOPLE[c] & (P_RIGHT_FIRST | P_ACTION_FIRST) && !(text[e] === '家' && e - s === 2)) || PARTY_END_37B.test(text.slice(e, e + 2))) return e;
  return -1;
}

function scanStop37b(text: string, spans: PiiSpan[]): void {
  PARTY_NAME_37B.lastIndex = 0;
  for (let m = PARTY_NAME_37B.exec(text); m; m = PARTY_NAME_37B.exec(text)) {
    if (PARTY_NOT_BEFORE_37B.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // (A co-operative's or a firm's chairman is a private person; a public body's 理事长 (残联) is in role.)
    if (m[0].startsWith('理事') && !/合作社|公司/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const s = m.index + m[0].length;
    const e = partyNameEnd37b(text, s);
    if (e < 0) continue;
    spans.push({ kind: 'name', start: s, end: e });
    PARTY_NAME_37B.lastIndex = e;
  }
  // (律师 after a name: 的康健律师, at a line's start 穆晓东律师（…）.)
  if (has(text, '律师') || has(text, '律師')) {
    for (let k = text.indexOf('律'); k >= 0; k = text.indexOf('律', k + 1)) {
      if (text[k + 1] !== '师' && text[k + 1] !== '師') continue;
      for (const len of [3, 2]) {
        const s = k - len;
        if (s < 0 || !(s === 0 || text[s - 1] === '的' || text[s - 1] === '\n' || CLAUSE_END.has(text[s - 1]))) continue;
        if (nameEnd(text, s) < k || !likelyName(text, s, k) || KIN_FORM_37B.test(text.slice(s, k))) continue;
        spans.push({ kind: 'name', start: s, end: k });
        break;
      }
    }
  }
  if (has(text, '被')) {
    DRAWN_BY_37B.lastIndex = 0;
    for (let m = DRAWN_BY_37B.exec(text); m; m = DRAWN_BY_37B.exec(text)) {
      const s = m.index + 1;
      const e = cuedNameEnd37b(text, s);
      if (e < 0 || !DRAWN_VERB_37B.test(text.slice(e, e + 2)) || !(likelyName(text, s, e) || (e === s + 3 && wordSurnameFullEnd(text, s) === e)) || KIN_FORM_37B.test(text.slice(s, e)) || TITLE_AFTER.test(text.slice(s + 1, e)) || ordinaryWord37(text.slice(s, e))) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (has(text, '阿姨') || has(text, '奶奶') || has(text, '大爷') || has(text, '大爺') || has(text, '大妈') || has(text, '大媽') || has(text, '婆婆') || has(text, '爷爷') || has(text, '爺爺')) {
    for (let k = 3; k + 2 <= text.length; k++) {
      const c = text[k];
      if (c !== '阿' && c !== '奶' && c !== '大' && c !== '婆' && c !== '爷' && c !== '爺') continue;
      if (!ELDER_AFTER_37B.test(text.slice(k, k + 2))) continue;
      const s = k - 3;
      if (!(s === 0 || text[s - 1] === '的' || CLAUSE_END.has(text[s - 1]) || text[s - 1] === '\n')) continue;
      if (cuedNameEnd37b(text, s) !== k || !(likelyName(text, s, k) || wordSurnameFullEnd(text, s) === k) || KIN_FORM_37B.test(text.slice(s, k)) || ordinaryWord37(text.slice(s, k))) continue;
      spans.push({ kind: 'name', start: s, end: k });
    }
  }
  if (has(text, '我') || has(text, '俺')) {
    I_SIGNED_37B.lastIndex = 0;
    for (let m = I_SIGNED_37B.exec(text); m; m = I_SIGNED_37B.exec(text)) {
      const s = m.index + m[0].length;
      const e = cuedNameEnd37b(text, s);
      if (e < 0 || !(likelyName(text, s, e) || (e === s + 3 && wordSurnameFullEnd(text, s) === e)) || KIN_FORM_37B.test(text.slice(s, e)) || WORD_NOT_NAME_STOP34.has(text.slice(s, s + 2))) continue;
      const c = text[e] ?? '';
      if (!(c === '' || CLAUSE_END.has(c) || /[\s0-9１-９]/.test(c) || c === '当' || c === '當')) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (hasAny(text, RECORD_CUES_37B)) {
    RECORD_37B.lastIndex = 0;
    for (let m = RECORD_37B.exec(text); m; m = RECORD_37B.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if ((has(text, '编号') || has(text, '編號')) && PRISON_WORD_37B.test(text)) {
    BARE_NUMBER_37B.lastIndex = 0;
    for (let m = BARE_NUMBER_37B.exec(text); m; m = BARE_NUMBER_37B.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (hasAny(text, ACCOUNT_CUES_37B)) {
    ACCOUNT_NAME_37B.lastIndex = 0;
    for (let m = ACCOUNT_NAME_37B.exec(text); m; m = ACCOUNT_NAME_37B.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '-') || has(text, '－')) {
    PLACE_DASH_SPEAKER_37B.lastIndex = 0;
    for (let m = PLACE_DASH_SPEAKER_37B.exec(text); m; m = PLACE_DASH_SPEAKER_37B.exec(text)) {
      const s = m.index + m[0].length - m[2].length - 1;
      if (ROLE_DASH_BEFORE.test(m[1] + '-') || OFFICE_DASH_37B.test(m[1]) || KIN_FORM_37B.test(m[2]) || ROLE_SPEAKER_37B.test(m[2]) || PLACE_AFTER_DASH_37B.test(m[2])) continue;
      spans.push({ kind: 'name', start: s, end: s + m[2].length });
    }
  }
  if (has(text, '叫自己')) {
    SELF_STYLED_37B.lastIndex = 0;
    for (let m = SELF_STYLED_37B.exec(text); m; m = SELF_STYLED_37B.exec(text)) {
      const s = m.index + m[0].length - m[1].length - (/[”"」]$/.test(m[0]) ? 1 : 0);
      // (Calls himself a word or a form of address, “老大”, “领导”: no nickname of his own.)
      if (KIN_FORM_37B.test(m[1]) || wordNotPerson(foldToSimplified(m[1]))) continue;
      spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '→')) {
    ARROW_PAYEE_37B.lastIndex = 0;
    for (let m = ARROW_PAYEE_37B.exec(text); m; m = ARROW_PAYEE_37B.exec(text)) {
      const s = m.index + m[0].length;
      const e = nameEnd(text, s);
      if (e < 0 || !likelyName(text, s, e) || isHan(text.charCodeAt(e))) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
}
const RECORD_CUES_37B = ['编号', '編號', '执业证', '執業證', '工牌', '股金证', '股金證'];
const ACCOUNT_CUES_37B = ['用户名', '用戶名', '户名', '戶名', '平台账号', '平台賬號', '平台帳號'];
/** An office or a firm before a chat speaker's dash: the speaker is in their role (律所, 法院, 所). */
const OFFICE_DASH_37B = /(?:所|局|院|办|辦|委|队|隊|中心|公司|律所|银行|銀行|群主|主任|会|會|站|处|處|里|裡|群)$/;
/** A home after the dash (张伟-滨江花园：): the person's name is before it, the rule is older rules'. */
const PLACE_AFTER_DASH_37B = /(?:别墅|別墅|花园|花園|家园|家園|小区|小區|苑|庭|府|山庄|山莊|新村|公寓|[村镇鎮乡鄉区區街路巷园園栋棟楼樓号號])$/;
/** A speaker named by a post or by 小/老 and a surname (村会计, 站长, 文书, 周老师, 小王): someone in role or a form of
 * address, left to the older rules. */
const ROLE_SPEAKER_37B = /(?:长|長|师|師|书|書|计|計|任|员|員|官)$|^[小老][㐀-鿿]$/;
/** Words some rule read as a name that are none: a chat log's heading (聊天记录), 查询 (inquire), a mediation room. */
const WORD_NOT_NAME_37B = /^(?:聊天记录|聊天記錄|查询|查詢|调解工作室|調解工作室)$/;

/** (Stop 37b) After all rules: forms of address and words read as names dropped, a place before a chat speaker's dash
 * left visible, a trailer's 挂 joined to its plate, a company's account after its cue left visible. */
function stop37bAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    const span = text.slice(sp.start, sp.end);
    if (sp.kind === 'name') {
      if (WORD_NOT_NAME_37B.test(span)) { changed = true; continue; }
      // (A place before a chat speaker's dash at a line's start, 金涔-熊猫妹：: outside by the sets' convention.)
      if ((text[sp.end] === '-' || text[sp.end] === '－') && (sp.start === 0 || text[sp.start - 1] === '\n')) {
        const right = /^[-－]([\u3400-\u9fff]{2,6})[：:]/.exec(text.slice(sp.end, sp.end + 9));
        if (right && !PLACE_AFTER_DASH_37B.test(right[1])) { changed = true; continue; }
      }
    }
    // (Not 挂车 or 挂靠, the word a plate stands before.)
    if (sp.kind === 'plate' && (text[sp.end] === '挂' || text[sp.end] === '掛') && !'车車靠'.includes(text[sp.end + 1] ?? '')) { kept.push({ kind: sp.kind, start: sp.start, end: sp.end + 1 }); changed = true; continue; }
    if (sp.kind === 'bank_card' && /公司[\s:：]*$|对公|對公/.test(text.slice(Math.max(0, sp.start - 16), sp.start))) { changed = true; continue; }
    kept.push(sp);
  }
  return changed ? kept : spans;
}

// (Stop 38) Read on pii49 (a research university and a provincial academy of sciences: students, supervisors,
// postdocs, foreign scholars, reimbursements, dormitories).

/** A student's or a researcher's place in a university before a full name (研一葉曉薇, 博士後蘇亦辰, 师姐贝思彤, 交換生黃品睿,
 * 研究助理焦嘉禾): none is an office, so the person is labelled like anyone. The name must read as one and end where a
 * name ends (partyNameEnd37b): 研究生院, 博士生导师, 师兄说 stay. */
const ACADEMIC_38 = /(?:研[一二三]|博[一二三四五](?![士])|研究生|博士生|博士后|博士後|硕士生|碩士生|本科生|师兄|師兄|师姐|師姐|师妹|師妹|师弟|師弟|学长|學長|学姐|學姐|学弟|學弟|学妹|學妹|交换生|交換生|研究助理|访问学者|訪問學者|同门|同門|我导师|我導師|老教授|(?:我们|我們)(?:课题|課題)?(?:组|組)的?)(?:[:：\s]{0,2})/g;
/** The same cue ending right before a span (stop38After). */
const ACADEMIC_END_38 = new RegExp(`(?:${ACADEMIC_38.source})$`);
const ACADEMIC_CUES_38 = ['我们', '我們', '研', '博', '硕', '碩', '本科生', '师', '師', '学长', '學長', '学姐', '學姐', '学弟', '學弟', '学妹', '學妹', '交换生', '交換生', '访问学者', '訪問學者', '同门', '同門', '老教授'];
/** The writer after 是我/和我/有我 (搬酒的是我孔令晗和…, 名单上有…和我柯梓默，): a full name of three characters. */
const I_AFTER_38 = /(?:是|和|有|、)(?:我|俺)(?=[\u3400-\u9fff]{3})/g;
/** An ORCID iD: four groups of four, the last character the ISO 7064 MOD 11-2 check of the fifteen digits before it. */
const ORCID_38 = /(?<![0-9A-Za-z-‐–－])(000[09])[-‐–－ ]?([0-9]{4})[-‐–－ ]?([0-9]{4})[-‐–－ ]?([0-9]{3}[0-9X])(?![0-9A-Za-z-‐–－])/g;
/** A campus card's, a car pass's or a campus clinic's number after its cue (一卡通号20230952, 通行证编号TX-2025-1487,
 * 就诊卡号, 医疗证号): one person's. */
const CAMPUS_NUMBER_38 = /(?:一卡通卡?[号號]|校[园園]卡[号號]|[饭飯]卡[号號]|通行[证證][编編][号號]|[车車][证證][号號]|就[诊診]卡[号號]|[医醫][疗療][证證][号號])(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}([A-Z]{0,4}-?[0-9][0-9-]{4,15}[0-9])(?![0-9A-Za-z])/g;
const CAMPUS_CUES_38 = ['一卡通', '校园卡', '校園卡', '饭卡', '飯卡', '通行证', '通行證', '车证', '車證', '就诊卡', '就診卡', '医疗证', '醫療證'];
/** A student number set before its word (2023060355 学号的同学…). */
const NUMBER_BEFORE_STUDENT_38 = /(?<![0-9０-９])([0-9０-９]{8,12})\s?(?:学号|學號)/g;
/** A date of eight digits (20241020): no student's number (review of stop 38). */
const DATE_DIGITS_38 = /^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$/;
/** A table's header cell naming one person's number: the cells under it are labelled. */
const NUMBER_HEADER_38 = /^(?:学号|學號|工号|工號|职工号|職工號|一卡通号|一卡通號|校园卡号|校園卡號)$/;
/** A German or another passport of nine letters and digits after the English word: letters (no vowels) and at least three digits. */
const PASSPORT_MIXED_38 = /(?:passport|Passport|PASSPORT)(?: (?:No\.?|number))?[:\s]{0,2}\(?([CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})(?![A-Za-z0-9])/g;

function academicNameEnd38(text: string, s: number): number {
  let e = partyNameEnd37b(text, s);
  // (Review of stop 38: no two-character word passes for a name here, 师姐温柔, 师兄幸好, 师兄战友: partyNameEnd37b's
  // leniency for a word whose second character is a given name's is not taken after a student's place, nor a word the
  // dictionary tags as a person's, 师兄安静, 师姐阳光, 研二秦岭.)
  if (e >= 0 && (ordinaryWord37(text.slice(s, e)) || (e - s === 2 && taggedPersonWord38(text.slice(s, e))))) e = -1;
  // (After such a cue a full name of three characters where a name ends, 师兄敖博远负责, 研二施若兮 ending the text; not
  // one opening with a word, 师兄连连道歉, 研二高温天气, 研究生秦岭考察.)
  if (e < 0) {
    const e3 = nameEnd(text, s, true);
    if (e3 === s + surnameLength(text, s) + 2 && e3 - s >= 3 && !NOT_GIVEN_37.has(text[e3 - 1]) && !NOT_GIVEN_37.has(text[e3 - 2]) && likelyName(text, s, e3) && !ordinaryWord37(text.slice(s, e3)) && !KIN_FORM_37B.test(text.slice(s, e3)) && nameEndsHere38(text, e3)) e = e3;
  }
  if (e < 0) return -1;
  // (马达和他媳妇: a function word read as the name's last character ends the name before it.)
  if (NOT_GIVEN_37.has(text[e - 1])) e = e - 1 - s >= 2 ? e - 1 : -1;
  if (e < 0) return -1;
  const name = text.slice(s, e);
  // (A three-character reading that opens with a word is none, 师姐迟早会知道, 师兄安静地坐着; one opening with a word the
  // dictionary tags as a person's keeps a given name's last character, 我们组阳光明.)
  if (e - s === 3 && (wordNotPerson(foldToSimplified(name.slice(0, 2))) || (taggedPersonWord38(name.slice(0, 2)) && !GIVEN_SET.has(foldToSimplified(name[2]))))) return -1;
  if (titleAfterSurname38(text, s)) return -1;
  return e;
}

function scanStop38(text: string, spans: PiiSpan[]): void {
  if (hasAny(text, ACADEMIC_CUES_38)) {
    ACADEMIC_38.lastIndex = 0;
    for (let m = ACADEMIC_38.exec(text); m; m = ACADEMIC_38.exec(text)) {
      const s = m.index + m[0].length;
      const e = academicNameEnd38(text, s);
      if (e < 0) continue;
      spans.push({ kind: 'name', start: s, end: e });
      ACADEMIC_38.lastIndex = e;
    }
  }
  if (has(text, '我') || has(text, '俺')) {
    I_AFTER_38.lastIndex = 0;
    for (let m = I_AFTER_38.exec(text); m; m = I_AFTER_38.exec(text)) {
      const s = m.index + m[0].length;
      const e = cuedNameEnd37b(text, s);
      if (e !== s + 3 || !likelyName(text, s, e) || KIN_FORM_37B.test(text.slice(s, e)) || ordinaryWord37(text.slice(s, e)) || titleAfterSurname38(text, s)) continue;
      const c = text[e] ?? '';
      if (!(c === '' || CLAUSE_END.has(c) || c === '和' || c === '的' || /\s/.test(c))) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (has(text, '000')) {
    ORCID_38.lastIndex = 0;
    for (let m = ORCID_38.exec(text); m; m = ORCID_38.exec(text)) if (validOrcid(m[0])) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (hasAny(text, CAMPUS_CUES_38)) {
    CAMPUS_NUMBER_38.lastIndex = 0;
    for (let m = CAMPUS_NUMBER_38.exec(text); m; m = CAMPUS_NUMBER_38.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '学号') || has(text, '學號')) {
    NUMBER_BEFORE_STUDENT_38.lastIndex = 0;
    for (let m = NUMBER_BEFORE_STUDENT_38.exec(text); m; m = NUMBER_BEFORE_STUDENT_38.exec(text)) if (!DATE_DIGITS_38.test(toHalfWidth(m[1]))) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[1].length });
  }
  if (has(text, '\t') && (has(text, '号') || has(text, '號'))) numberColumns38(text, spans);
  if (has(text, 'assport') || has(text, 'ASSPORT')) {
    PASSPORT_MIXED_38.lastIndex = 0;
    for (let m = PASSPORT_MIXED_38.exec(text); m; m = PASSPORT_MIXED_38.exec(text)) {
      const digits = m[1].replace(/[^0-9]/g, '').length;
      if (digits < 3 || digits > 7) continue;
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'id_number', start: s, end: s + m[1].length });
    }
  }
}

/** A table pasted with tabs whose header names a person's number (姓名\t学号\t…, 姓名\t工号\t…): the digits under it. */
function numberColumns38(text: string, spans: PiiSpan[]): void {
  let column = -1;
  let width = 0;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (line.includes('\t')) {
      const cells = line.split('\t');
      const header = cells.findIndex((c) => NUMBER_HEADER_38.test(c.trim()));
      if (header >= 0) {
        column = header;
        width = cells.length;
      } else if (column >= 0 && (cells.length !== width || (!/[0-9０-９]/.test(line) && cells[column].trim() !== ''))) column = -1; // (a row of another shape or a row of words, another table's header: review of stop 38)
      else if (column >= 0) {
        let start = at;
        for (let k = 0; k < column; k++) start += cells[k].length + 1;
        // (Cells trimmed: a \r before the line's end, spaces around; full-width digits too.)
        const raw = cells[column];
        const cell = raw.trim();
        start += raw.length - raw.trimStart().length;
        if (/^[A-Z]{0,3}-?[0-9０-９]{5,12}$/.test(cell)) spans.push({ kind: 'member_number', start, end: start + cell.length });
      }
    } else column = -1;
    at = end + 1;
  }
}

const ORCID_SHAPE_38 = /^000[09][-‐–－ ]?[0-9]{4}[-‐–－ ]?[0-9]{4}[-‐–－ ]?[0-9]{3}[0-9X]$/;
/** Forms of address a rule read as names (师姐, 师兄): no one's name by the sets' convention. */
const ADDRESS_NOT_NAME_38 = /^(?:师姐|師姐|师兄|師兄|师妹|師妹|师弟|師弟|师母|師母|导师|導師)$/;
/** A bank's short name after 开户 (开户行建行): no one's name. */
const BANK_SHORT_38 = /^行?(?:建行|工行|农行|農行|中行|交行|招行)$/;

/** (Stop 38) After all rules: forms of address and a bank's short name dropped, a phone read inside a longer digit run
 * (an invoice number) dropped. */
function stop38After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    if (sp.kind === 'name') {
      const span = text.slice(sp.start, sp.end);
      if (ADDRESS_NOT_NAME_38.test(span) || BANK_SHORT_38.test(span)) { changed = true; continue; }
      // (Review of stop 38: an ordinary word right after a student's place and before a clause's end, 我们组的温柔。, is no
      // name whichever rule read it; a nickname doing something, 我们组的黑子把水渠堵了, stays.)
      if (sp.end - sp.start <= 3 && (sp.end === text.length || CLAUSE_END.has(text[sp.end])) && (ordinaryWord37(span) || (span.length === 2 && taggedPersonWord38(span))) && ACADEMIC_END_38.test(text.slice(Math.max(0, sp.start - 10), sp.start))) { changed = true; continue; }
    }
    if ((sp.kind === 'mobile' || sp.kind === 'landline') && sp.start > 0 && /[0-9]/.test(text[sp.start - 1]) && /^[0-9]/.test(text[sp.start])) { changed = true; continue; }
    // (An ORCID-shaped number whose check character is wrong, read by an older rule after the word ORCID: review of stop 38.)
    if (sp.kind === 'member_number' && ORCID_SHAPE_38.test(text.slice(sp.start, sp.end)) && !validOrcid(text.slice(sp.start, sp.end))) { changed = true; continue; }
    kept.push(sp);
  }
  return changed ? kept : spans;
}

// ── Stop 38b: read off pii50 (single-clan villages in Jiangxi and southern Anhui) and pii51 (a Heilongjiang state farm) ──

/** Kin, clan and private cues before a full name (我伯伯洪兆德, 堂叔洪兆顺, 族长俞家耀, 同族的汪承旺, 东家杜成刚, 上海知青顾婉华,
 * 翻译戴晓鸥): a private person named in full. A clan head or elder (族长, 族老) holds no public office. */
const PARTY_CUES_38B = ['伯伯', '伯母', '伯娘', '堂叔', '堂伯', '堂兄', '堂哥', '堂弟', '堂姐', '堂妹', '族长', '族長', '族老', '同族', '东家', '東家', '知青', '翻译', '翻譯', '儿子', '兒子', '其子'];
/** Cue words that open a longer word or an office before them (村知青办, 知青点): no party. */
const PARTY_NOT_AFTER_38B = /^(?:办|辦|点|點|馆|館|林|楼|樓|会|會|们|們|年代|时|時|档案|檔案|证|證|是|说|說|费|費|公司|人员|人員|员|員|官)/;
/** Two names of one generation side by side (洪兆东、洪兆发; 汪啟東、汪啟華兩兄弟): a clan's brothers or cousins share the
 * surname and the generation character, so the second reading stands if the first does. */
const GEN_SEPARATORS_38B = ['、', '和', '与', '與', '及', '，', ','];
/** A nickname before the full name in brackets at a clause's start (大柱子（孟庆柱）, 老蔫巴（程守义）, 细伢子（汪继宇）). */
const NICK_LEFT_38B = new CharSet([...'\n。！？!?；;，,：:的']);
const NICK_SHAPE_38B = /^(?:[老大小二三四五六阿][\u3400-\u9fff]{1,2}|[\u3400-\u9fff]{1,2}(?:子|巴|头|頭|蛋|娃|狗|丫|妞))$/;
const NICK_NOT_38B = /^(?:大哥|二哥|大姐|二姐|大嫂|大叔|大爷|大爺|大妈|大媽|大娘|老公|老婆|老伴|老板|老闆|老师|老師|老人|老家|老乡|老鄉|小孩|小子|孩子|儿子|兒子|妻子|老头|老頭|小伙子|老头子|老頭子|大队|大隊|小组|小組|老大|老二|老三|阿姨|阿婆|阿公|大夫|大师|大師|老总|老總|日子|房子|样子|樣子|本子|单子|單子|票子|院子|村子|法子|路子|电子|電子|分子|例子|小区|小區|大会|大會|老赖|老賴)$/;
/** A name signed before 敬上 after a village, a group or a house (洪家源村六组洪兆林敬上). */
const SIGNED_JINGSHANG_38B = /(?:^|[\n。！？!?；;，,\s组組村号號屯队隊])([\u3400-\u9fff]{2,4})(?=敬上|谨上|謹上)/g;
/** A resident named after the place she lives or works at, before 反映 or 举报 (第五管理区孙桂芝反映：, 六组洪兆林举报，). */
const PLACE_VERBS_38B = ['反映', '举报', '舉報', '投诉', '投訴'];
const PLACE_BEFORE_NAME_38B = new CharSet([...'区區站村组組屯队隊场場']);
/** A name before a slash and a number (洪国辉/152 4302 6552/) after a sentence's end. */
const SLASH_LEFT_38B = new CharSet([...'。！？!?；;\n']);

/** Grave, urn, queue and genealogy numbers after their cue (墓位号ML-B-0388, 梅岭公墓ML-C-0233, 世系号WS-28-0721,
 * 领谱编号YS-2024-0066, 排号单PH-0872), or before 号墓穴: letters, dashes and digits tied to one person's grave or line.
 * (Work orders, receipts and mediation numbers have other cues and stay.) */
// (Review of stop 38b: no bare 穴位, an acupuncture point's, 针灸穴位ST-036.)
const GRAVE_CUES_38B = ['墓位', '公墓', '墓穴', '世系号', '世系號', '谱编号', '譜編號', '排号单', '排號單', '格位', '寄存证', '寄存證'];
const GRAVE_CODE_38B = /(?:墓位号?|墓位號|公墓|墓穴号?|墓穴號|世系号|世系號|谱编号|譜編號|排号单|排號單|格位号?|格位號|寄存证号?|寄存證號?)(?:是|为|為)?[:：]?\s?([A-Z]{1,4}(?:[-－][A-Z0-9]{1,4}){0,2}[-－][0-9]{3,5})(?![0-9A-Za-z])/g;
const CODE_BEFORE_GRAVE_38B = /(?<![0-9A-Za-z-])([A-Z]{1,4}(?:-[A-Z0-9]{1,4}){0,2}-[0-9]{3,5})(?=号墓|號墓|号穴|號穴|号格位|號格位)/g;
/** A land contract's number held by a household (承包合同号HL-2024-03-7100, 土地承包合同QZ-2021-03-1094): letters, a year,
 * an area and a serial. Older sets leave contracts and agreements visible; a land contract (承包) in a line where the
 * writer or a named holder speaks of it (我, 俺, 承包人, 名下) identifies one household. */
const LAND_CONTRACT_38B = /(?:承包)?合同(?:号|號|编号|編號)?(?:是|为|為)?[:：]?\s?([A-Z]{1,3}[-－](?:19|20)[0-9]{2}[-－][0-9]{1,3}[-－][0-9]{3,5})(?![0-9A-Za-z])/g;
// (Review of stop 38b: 承包 right before 合同, or 承包人 near a bare 合同; the holder's cue within 40 characters before the
// number, or her words after it, 承包人戚玉兰, 我是彭振興; none in a notice's sample, 公示, 范本.)
const CONTRACT_HOLDER_38B = /我|俺|他|她|承包人|名下|户主|戶主|身份证|身份證/;
const CONTRACT_HOLDER_AFTER_38B = /承包人|我是|俺是|我叫|名下|户主|戶主/;
const CONTRACT_SAMPLE_38B = /范本|範本|样本|樣本|示例|示范|示範|格式|公示/;
/** (Review of stop 38b) A machine's cue within 12 characters before its plate (拖拉机号牌吉05-31842): 新12-15000元 none. */
const MACHINE_CUE_38B = /号牌|號牌|车号|車號|牌照|车牌|車牌|牌号|牌號|拖拉机|拖拉機|收割机|收割機|农机|農機/;
/** (Review of stop 38b) A firm's, a society's or a business's registration, no machine's (企业登记证编号…). */
const NOT_MACHINE_REG_38B = /企业|企業|工商|社团|社團|营业|營業/;
/** A farm machine's plate (号牌黑08-18789): a province's character, two digits, a dash and five digits. */
const PROVINCE_38B = new CharSet([...'京津冀晋晉蒙辽遼吉黑沪滬苏蘇浙皖闽閩赣贛鲁魯豫鄂湘粤粵桂琼瓊渝川贵貴云雲藏陕陝甘青宁寧新']);
const MACHINE_PLATE_38B = /^[\u3400-\u9fff][0-9]{2}[-－][0-9]{5}(?![0-9])/;
/** A machine's registration certificate number after its cue (登记证书编号2308890021528952). */
const MACHINE_REG_38B = /(?:登记证书|登記證書|登记证|登記證)(?:编号|編號|号|號)(?:是|为|為)?[:：]?\s?([0-9]{10,20})(?![0-9])/g;
/** A Russian mobile written 8-9xx-xxx-xx-xx (the trunk prefix 8 before a 9xx operator code). */
const RU_TRUNK_MOBILE_38B = /(?<![0-9+])(8[-\s]9[0-9]{2}[-\s][0-9]{3}[-\s][0-9]{2}[-\s][0-9]{2})(?![0-9])/g;
/** A work station's or a company's family house by row and number (榆树岗作业站6排15号, 东岗作业站家属房一排九号). */
const ROW_HOUSE_38B = /([\u3400-\u9fff]{1,5}(?:作业站|作業站)(?:家属房|家屬房)?)([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})排([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號]/g;
const ROW_HOUSE_LEAD_38B = /^(?:俺家|我家|住在|家住|住址|地址|住|址|在|是|的|俺|我|家|到|去)+/;
/** A village house spoken in a voice message (汪家坦村二组，门牌是二十三号): one span from the village to the number. */
const SPOKEN_DOOR_38B = /([\u3400-\u9fff]{1,5}村(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[组組])[，,\s]?(?:门牌|門牌)(?:号|號)?(?:是|就是)?([0-9]{1,4}|[一二三四五六七八九十百零]{1,5})[号號]/g;
/** Columns of a pasted roster that hold a person's name or number (姓名, 车主, 男方, 职工号, 墓位号). */
const NAME_COLUMN_38B = /^(?:姓名|车主|車主|机主|機主|男方|女方|户主|戶主|墓主|联系人|聯繫人|承包人|申请人|申請人)$/;
const CODE_COLUMN_38B = /^(?:职工号|職工號|工号|工號|墓位号|墓位號|世系号|世系號|合同号|合同號|承包合同号|承包合同號)$/;
const CODE_CELL_38B = /^[A-Z]{1,4}(?:[-－]?[A-Z0-9]{1,4}){0,3}[-－]?[0-9]{3,8}$/;
/** (Review of stop 38b) What a clan village's name ends with after X家 (张家湾, 汪家祠, 王家坝, 张家口, 李家塘): a place. */
const CLAN_PLACE_END_38B = new CharSet([...'村庄莊寨屯堡源口祠店铺舖桥橋嘴岔冲衝畈垄壟洼窪湾灣坝壩塘岭嶺沟溝坪岗崗湖河溪山峪洲圩埠墩垸坳坞塢场場巷院营營集镇鎮界园園湘']);
/** (Review of stop 38b) A nickname's last character (大柱子, 老蔫巴): a rare dictionary word so ending may be one. */
const NICK_END_38B = new CharSet([...'子巴头頭蛋娃狗丫妞']);
/** (Review of stop 38b) A title after 老/大/小 before a bracket (老书记, 老会计, 老中医, 大队长): a role, no nickname. */
const NICK_TITLE_38B = /^(?:书记|書記|会计|會計|中医|中醫|支书|支書|党员|黨員|队长|隊長|组长|組長|村长|村長|主任|干部|幹部|师傅|師傅|医生|醫生|教师|教師|校长|校長|同志|领导|領導|兵|军|軍|乡|鄉|师|師|板|闆|总|總|百姓)/;
/** (Review of stop 38b) Whether s..e, read as a name by a stop-38b rule, is no name: a clan village (张家湾, 汪家祠; with
 * `anyJia` any X家Y), an ordinary word read without the given-name leniency (连连, 温和, 全程, 常委会), a two-character
 * word the dictionary tags as a person's (阳光), a place (武昌), a kin form, or a surname and a title (李会计). */
function notName38b(text: string, s: number, e: number, anyJia = false): boolean {
  const w = text.slice(s, e);
  if (w.length === 3 && (w[1] === '家' || w[1] === '傢') && (anyJia || CLAN_PLACE_END_38B.has(w[2]) || WATER_OR_HILL.has(w.charCodeAt(2)))) return true;
  return ordinaryWord37(w) || (taggedPersonWord38(w) || (w.length !== 2 && word50_38b(w.slice(0, 2)))) || placeNameReading(text, s, e) || KIN_FORM_37B.test(w) || titleAfterSurname38(text, s);
}
/** (Review of stop 38b) Two- and three-character words the jieba dictionary has 50 times or more under a tag no person's
 * (满脸, 严寒, 鄂州, 胖子, 老百姓): a word opening a three-character reading (鄂州来, 满脸通) or a nickname that is a word.
 * A rarer word (大柱子, 3) may be a nickname. Read the first time. */
let words50_38b: Set<string> | undefined;
function word50_38b(span: string): boolean {
  if (!words50_38b) {
    const words = new Set<string>();
    eachDictionaryWord((word, freq, tag) => {
      if ((word.length === 2 || word.length === 3) && freq >= 50 && !tag.startsWith('nr')) words.add(word);
    });
    words50_38b = words;
  }
  return words50_38b.has(foldToSimplified(span));
}
function scanStop38b(text: string, spans: PiiSpan[]): void {
  // (At each cue found by indexOf, no scan of the whole text by an alternation.)
  for (const cue of PARTY_CUES_38B) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
      let s = k + cue.length;
      if (cue === '同族') { if (text[s] !== '的') continue; s++; }
      // (房东家, 广东家, 山东家, 河东家: 东家 inside a longer word; review of stop 38b.)
      if ((cue === '东家' || cue === '東家') && k > 0 && '房广廣山河'.includes(text[k - 1])) continue;
      if (text[s] === '”' || text[s] === '"' || text[s] === '」') s++;
      if (PARTY_NOT_AFTER_38B.test(text.slice(s, s + 2))) continue;
      let e = partyNameEnd37b(text, s);
      // (A full name of three after these cues whatever follows it, 伯伯洪兆德无儿无女, 知青温丽娜想…, in any given character, 戴晓鸥.)
      if (e < 0 || (e === s + 2 && !(PEOPLE[text.charCodeAt(e)] & (P_RIGHT_FIRST | P_ACTION_FIRST)) && !PARTY_END_37B.test(text.slice(e, e + 2)) && !/^[名的在说說是和跟与與]/.test(text.slice(e, e + 1)))) {
        const e3 = nameEnd(text, s, true);
        // (Review of stop 38b: only where no dictionary word opens the three, 高大威, 满脸通, 吉普车, and a name may end after
        // them, 严寒中 no.)
        if (e3 === s + 3 && surnameLength(text, s) === 1 && likelyName(text, s, e3) && !wordNotPerson(foldToSimplified(text.slice(s, s + 2))) && !taggedPersonWord38(text.slice(s, s + 2)) && (nameEndsHere38(text, e3) || !wordNotPerson(foldToSimplified(text.slice(e3 - 1, e3 + 1)))) && !notName38b(text, s, e3) && !PLACE_SUFFIX.has(text[e3 - 1])) e = e3;
      }
      // (俞振家, 王建家 before a clause's end after a kin cue: 家 closes the given name, not a home.)
      if ((e === s + 2 || (e < 0 && nameEnd(text, s) === s + 2 && likelyName(text, s, s + 2))) && text[s + 2] === '家' && CLAUSE_END.has(text[s + 3] ?? '。')) e = s + 3;
      // (Review of stop 38b: an ordinary word read with the given-name leniency of partyNameEnd37b, 族长连连说好, 东家高大,
      // a clan village, 儿子张家湾, or a surname and a title: no name.)
      if (e < 0 || notName38b(text, s, e)) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // (Read at each separator: the three characters before it and the two after it compared, no scan of the whole text.)
  for (const sep of GEN_SEPARATORS_38B) {
    if (!has(text, sep)) continue;
    for (let k = text.indexOf(sep, 3); k >= 0; k = text.indexOf(sep, k + 1)) {
      const a = k - 3;
      const b = k + 1;
      if (text.charCodeAt(b) !== text.charCodeAt(a) || text.charCodeAt(b + 1) !== text.charCodeAt(a + 1) || !isHan(text.charCodeAt(a)) || !isHan(text.charCodeAt(a + 1)) || !isHan(text.charCodeAt(a + 2)) || !isHan(text.charCodeAt(b + 2)) || text[a + 2] === text[b + 2]) continue;
      if (surnameLength(text, a) !== 1 || isHan(text.charCodeAt(b + 3)) && !/^(?:兩|两|兄|姐|都|的|家|等|二|三|四)/.test(text.slice(b + 3, b + 4))) continue;
      if (!likelyName(text, a, a + 3) || !likelyName(text, b, b + 3) || notName38b(text, a, a + 3) || notName38b(text, b, b + 3)) continue;
      if (a > 0 && isHan(text.charCodeAt(a - 1)) && surnameLength(text, a - 1) && nameEnd(text, a - 1) === a + 2) continue;
      spans.push({ kind: 'name', start: a, end: a + 3 }, { kind: 'name', start: b, end: b + 3 });
    }
  }
  // (At each opening bracket: the two or three characters before it after a clause's start, the name inside it.)
  for (const open of ['（', '(']) {
    if (!has(text, open)) continue;
    for (let k = text.indexOf(open, 2); k >= 0; k = text.indexOf(open, k + 1)) {
      const inner = k + 1;
      let close = inner;
      while (close < text.length && close - inner <= 4 && isHan(text.charCodeAt(close))) close++;
      if (close - inner < 2 || close - inner > 4 || (text[close] !== '）' && text[close] !== ')')) continue;
      for (const len of [3, 2]) {
        const s = k - len;
        if (s < 0 || !(s === 0 || NICK_LEFT_38B.has(text[s - 1]))) continue;
        const nick = text.slice(s, k);
        if (![...nick].every((c) => isHan(c.charCodeAt(0))) || !NICK_SHAPE_38B.test(nick) || NICK_NOT_38B.test(nick) || KIN_FORM_37B.test(nick) || /[我你他她们們的是村镇鎮乡鄉长長任员員]/.test(nick)) continue;
        // (Review of stop 38b: a word, 三个, 胖子, 大学生, 老百姓, a place, 老张家, 李家塘, or 老/大/小 and a title, 老书记.)
        if (word50_38b(nick) || (ordinaryWord37(nick) && !NICK_END_38B.has(nick[nick.length - 1])) || taggedPersonWord38(nick) || placeNameReading(text, s, k) || nick[1] === '家' || ('老大小'.includes(nick[0]) && (NICK_TITLE_38B.test(nick.slice(1)) || nick[2] === '家'))) continue;
        const e = cuedNameEnd37b(text, inner);
        if (e !== close || !likelyName(text, inner, e)) continue;
        spans.push({ kind: 'name', start: s, end: k }, { kind: 'name', start: inner, end: e });
        break;
      }
    }
  }
  // (A clan head named at a clause's start, 汪启明是族长: the head of a clan holds no office.)
  for (const head of ['是族长', '是族長']) {
    if (!has(text, head)) continue;
    for (let k = text.indexOf(head, 3); k >= 0; k = text.indexOf(head, k + 1)) {
      const s = k - 3;
      if (!(s === 0 || CLAUSE_END.has(text[s - 1])) || surnameLength(text, s) !== 1 || !likelyName(text, s, k) || notName38b(text, s, k)) continue;
      spans.push({ kind: 'name', start: s, end: k });
    }
  }
  if (has(text, '敬上') || has(text, '谨上') || has(text, '謹上')) {
    SIGNED_JINGSHANG_38B.lastIndex = 0;
    for (let m = SIGNED_JINGSHANG_38B.exec(text); m; m = SIGNED_JINGSHANG_38B.exec(text)) {
      const end = m.index + m[0].length;
      for (const len of [3, 2]) {
        const s = end - len;
        if (s < m.index || !(nameEnd(text, s) === end || (len === 3 && surnameLength(text, s) === 1 && !PLACE_SUFFIX.has(text[end - 1]))) || !likelyName(text, s, end) || notName38b(text, s, end, true)) continue;
        spans.push({ kind: 'name', start: s, end });
        break;
      }
    }
  }
  for (const verb of PLACE_VERBS_38B) {
    if (!has(text, verb)) continue;
    for (let k = text.indexOf(verb, 4); k >= 0; k = text.indexOf(verb, k + 2)) {
      const s = k - 3;
      if (!PLACE_BEFORE_NAME_38B.has(text[s - 1]) || !'：:，,'.includes(text[k + 2] ?? '') || !isHan(text.charCodeAt(s)) || !isHan(text.charCodeAt(s + 1)) || !isHan(text.charCodeAt(s + 2))) continue;
      const w = text.slice(s, k);
      if (surnameLength(text, s) !== 1 || !likelyName(text, s, k) || notName38b(text, s, k, true) || PLACE_SUFFIX.has(w[2])) continue;
      spans.push({ kind: 'name', start: s, end: k });
    }
  }
  for (const slash of ['/', '／']) {
    if (!has(text, slash)) continue;
    for (let k = text.indexOf(slash, 2); k >= 0; k = text.indexOf(slash, k + 1)) {
      if (!/^[\s+＋]?[0-9０-９]/.test(text.slice(k + 1, k + 3))) continue;
      let s = k;
      while (s > 0 && k - s < 5 && isHan(text.charCodeAt(s - 1))) s--;
      if (k - s < 2 || k - s > 4 || !(s === 0 || SLASH_LEFT_38B.has(text[s - 1]))) continue;
      const e = cuedNameEnd37b(text, s);
      if (e !== k || !likelyName(text, s, e) || notName38b(text, s, e, true)) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // (Review of stop 38b: full-width letters, digits and dashes read as ASCII, ＱＸ－Ｄ－０７３１: the text folded by toHalfWidth,
  // one unit for one, as scanStop37 reads it, so a match's positions are the text's.)
  const hw = halfWidthOf(text);
  scanNumbers38b(text, hw, spans);
  if (has(text, '\t')) scanRoster38b(text, spans);
}

/** Stop 38b's numbers and homes, read on `w`, the text folded to half width (the same positions). */
function scanNumbers38b(text: string, w: string, spans: PiiSpan[]): void {
  if (hasAny(text, GRAVE_CUES_38B)) {
    GRAVE_CODE_38B.lastIndex = 0;
    for (let m = GRAVE_CODE_38B.exec(w); m; m = GRAVE_CODE_38B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
    CODE_BEFORE_GRAVE_38B.lastIndex = 0;
    for (let m = CODE_BEFORE_GRAVE_38B.exec(w); m; m = CODE_BEFORE_GRAVE_38B.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[1].length });
  }
  if (has(text, '承包') && has(text, '合同')) {
    LAND_CONTRACT_38B.lastIndex = 0;
    for (let m = LAND_CONTRACT_38B.exec(w); m; m = LAND_CONTRACT_38B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      const before = text.slice(Math.max(0, s - 40), s);
      const after = text.slice(s + m[1].length, s + m[1].length + 20);
      if (!(m[0].startsWith('承包') || /承包人|承包户|承包戶/.test(before + after)) || !(CONTRACT_HOLDER_38B.test(before) || CONTRACT_HOLDER_AFTER_38B.test(after)) || CONTRACT_SAMPLE_38B.test(before + after)) continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (w.includes('-')) {
    // (At each dash: a province's character and two digits before it, five digits after it, a machine's cue before.)
    for (const dash of ['-']) {
      for (let k = w.indexOf(dash, 3); k >= 0; k = w.indexOf(dash, k + 1)) {
        if (!PROVINCE_38B.has(w[k - 3]) || !MACHINE_PLATE_38B.test(w.slice(k - 3, k + 7)) || /[0-9A-Za-z]/.test(w[k - 4] ?? '') || !MACHINE_CUE_38B.test(w.slice(Math.max(0, k - 15), k - 3))) continue;
        spans.push({ kind: 'plate', start: k - 3, end: k + 6 });
      }
    }
    if (w.includes('8-9') || w.includes('8 9')) {
      RU_TRUNK_MOBILE_38B.lastIndex = 0;
      for (let m = RU_TRUNK_MOBILE_38B.exec(w); m; m = RU_TRUNK_MOBILE_38B.exec(w)) spans.push({ kind: 'mobile', start: m.index, end: m.index + m[1].length });
    }
  }
  if (has(text, '登记证') || has(text, '登記證')) {
    MACHINE_REG_38B.lastIndex = 0;
    for (let m = MACHINE_REG_38B.exec(w); m; m = MACHINE_REG_38B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      if (NOT_MACHINE_REG_38B.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '排') && (has(text, '作业站') || has(text, '作業站'))) {
    ROW_HOUSE_38B.lastIndex = 0;
    for (let m = ROW_HOUSE_38B.exec(w); m; m = ROW_HOUSE_38B.exec(w)) {
      const lead = ROW_HOUSE_LEAD_38B.exec(m[1]);
      const s = m.index + (lead && lead[0].length < m[1].length - 2 ? lead[0].length : 0);
      spans.push({ kind: 'address', start: s, end: m.index + m[0].length });
    }
  }
  if (has(text, '门牌') || has(text, '門牌')) {
    SPOKEN_DOOR_38B.lastIndex = 0;
    for (let m = SPOKEN_DOOR_38B.exec(w); m; m = SPOKEN_DOOR_38B.exec(w)) {
      const lead = ROW_HOUSE_LEAD_38B.exec(m[1]);
      const s = m.index + (lead && lead[0].length < m[1].length - 3 ? lead[0].length : 0);
      spans.push({ kind: 'address', start: s, end: m.index + m[0].length });
    }
  }
}

/** A pasted roster (tab-separated, a heading row of column names): the cells under a name column that read as a name,
 * and under a worker's, a grave's or a genealogy's number column that read as a code. Each line is read once. */
function scanRoster38b(text: string, spans: PiiSpan[]): void {
  let nameCol = -1;
  let codeCol = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.includes('\t')) {
      const cells = line.split('\t');
      const heads = cells.map((c) => c.trim());
      const n = heads.findIndex((c) => NAME_COLUMN_38B.test(c));
      const k = heads.findIndex((c) => CODE_COLUMN_38B.test(c));
      if (n >= 0 || k >= 0) {
        nameCol = n;
        codeCol = k;
      } else if (nameCol >= 0 || codeCol >= 0) {
        let at = lineStart;
        for (let c = 0; c < cells.length; c++) {
          const cell = cells[c];
          const t = cell.trim();
          const s = at + cell.indexOf(t);
          if (c === nameCol && t.length >= 2 && t.length <= 4 && cuedNameEnd37b(text, s) === s + t.length && likelyName(text, s, s + t.length) && !KIN_FORM_37B.test(t) && !ordinaryWord37(t)) spans.push({ kind: 'name', start: s, end: s + t.length });
          if (c === codeCol && CODE_CELL_38B.test(t)) spans.push({ kind: 'member_number', start: s, end: s + t.length });
          at += cell.length + 1;
        }
      }
    } else {
      nameCol = -1;
      codeCol = -1;
    }
    lineStart = lineEnd + 1;
  }
}

/** Characters a person's name is often followed by (的, 说, 管, 过, 熬): what a person does or has. */
const NAME_NEXT_38 = new CharSet([...'的是说說被和与與也都就还還把给給让讓去来來管过過熬帮幫带帶做写寫发發拿找跟替陪等叫要在已又才曾']);
/** (Review of stop 38) Where a three-character name read after a student's place may end: the text's or a clause's end,
 * a space, a party's word (名下, 手里) or a verb a person does (师兄敖博远负责, 研二施若兮。). */
function nameEndsHere38(text: string, e: number): boolean {
  if (e >= text.length) return true;
  const c = text.charCodeAt(e);
  if (CLAUSE_END.has(text[e]) || /\s/.test(text[e]) || NAME_NEXT_38.has(text[e]) || PARTY_END_37B.test(text.slice(e, e + 2)) || (isHan(c) && PEOPLE[c] & P_ACTION_FIRST)) return true;
  // (A word starting right after the name and none across its end: 敖博远负责, not 全程英文.)
  return e + 2 <= text.length && wordNotPerson(foldToSimplified(text.slice(e, e + 2))) && !wordNotPerson(foldToSimplified(text.slice(e - 1, e + 1)));
}
/** A degree or a post after a surname that no list of titles has (李博士, 王师兄, 王保安, 李门卫, 周教授). */
const TITLE_GIVEN_38 = /^(?:博士|硕士|碩士|博导|博導|导师|導師|师兄|師兄|师姐|師姐|师弟|師弟|师妹|師妹|学长|學長|学姐|學姐|保安|门卫|門衛|保洁|保潔|司机|司機|教授|院士|宿管|辅导员|輔導員|秘书|秘書|会计|會計|出纳|出納|厨师|廚師|馆长|館長|老总|老總)/;
/** (Review of stop 38) Whether a title or a post follows the surname at `s` (王科长, 陈镇长, 王保安, 王先生): someone
 * named by their role, no name. */
function titleAfterSurname38(text: string, s: number): boolean {
  const g = text.slice(s + Math.max(1, surnameLength(text, s)), s + Math.max(1, surnameLength(text, s)) + 3);
  return SURNAME_TITLE_37.test(g) || HONORIFIC.test(g) || TITLE_AFTER.test(g) || TITLE_GIVEN_38.test(g);
}
/** Two- and three-character words the jieba dictionary tags as a person's and has 50 times or more (安静, 阳光, 秦岭, 宋体,
 * 吉普车, 高尔夫, 王府井, 全家福; and a few famous people's names, 李娜), not the names a writer gives (王建国 12, 李秀英 3):
 * ordinary words a cue's reading takes for names. wordNotPerson leaves them out, as its
 * person tags are unreliable; after a student's place (a two-character name the writer invents is in no dictionary) they
 * are read as words. Read from the dictionary the first time. */
let personWords38: Set<string> | undefined;
function taggedPersonWord38(span: string): boolean {
  if (!personWords38) {
    const words = new Set<string>();
    eachDictionaryWord((word, freq, tag) => {
      if ((word.length === 2 || word.length === 3) && freq >= 50 && tag.startsWith('nr')) words.add(word);
    });
    personWords38 = words;
  }
  return personWords38.has(foldToSimplified(span));
}

// ── Stop 39: read off pii52 (an old industrial city's pensions and social security) and pii53 (an urban village's
// demolition and resettlement) ──

/** One person's social-security numbers after their cue (医保卡号分别为YB2115030088、YB2115030089, 死亡证明编号：S2115…,
 * 死亡医学证明书编号S…, 长护险编号CH…, 社保卡B…, 医保卡的卡号是YB…, 医保号YB…, 退休证上的编号是TX…): letters and digits,
 * and any more of them listed after 、 or 和. */
const SOCIAL_CUES_39 = ['医保', '醫保', '社保卡', '死亡证明', '死亡證明', '死亡医学证明', '死亡醫學證明', '长护险', '長護險', '退休证', '退休證'];
const SOCIAL_NUMBER_39 = /(?:(?:[医醫]保卡|社保卡|死亡(?:医学|醫學)?(?:证明|證明)[书書]?|长护险|長護險|退休[证證])(?:上|里|裡)?的?(?:卡[号號]|[号號][码碼]|[编編][号號]|[号號])?|[医醫]保(?:[编編][号號]|[号號]))(?:分别|分別)?(?:是|为|為)?[:：\s]{0,2}((?:[A-Z]{1,4}-?)?[0-9]{6,19}(?:-[0-9]{3,6})?)(?![0-9A-Za-z])/g;
const SOCIAL_MORE_39 = /^(?:、|和|及|与|與|,|，)\s?((?:[A-Z]{1,4}-?)?[0-9]{6,19})(?![0-9A-Za-z])/;
/** A month or a day written in digits (202409, 20240913), unless letters lead it; an amount, a start or a batch after a
 * number (123456元, 202409起, 202301批次). */
const DATE_MONTH_39 = /^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])$/;
const NOT_NUMBER_AFTER_39 = /^[元起批年月]/;
function socialNumber39(number: string, after: string): boolean {
  return !(/^[0-9]+$/.test(number) && (DATE_MONTH_39.test(number) || DATE_DIGITS_38.test(number))) && !NOT_NUMBER_AFTER_39.test(after);
}
/** A sample's or a public number's words right before the cue (示例, 样本, 范本): no one's. */
const SAMPLE_BEFORE_39 = /示例|[样樣]本|[范範]本|示[范範]|模板|[样樣]例|例如|比如/;
/** A property certificate by its shape (川（2015）柏澜新区不动产权第0516395号, 川（2015）成都市不动产权证第…号): a
 * province's character, the year in brackets, the registering place, 不动产权(证)第 and the serial; a household's,
 * whatever cue (权证, 老宅, 老屋) or none. Simplified and Traditional characters mixed (不動产权). */
const PROPERTY_CERT_39 = /[\u3400-\u9fff][（(](?:19|20)[0-9]{2}[）)][\u3400-\u9fff]{0,10}?不[动動][产產][权權][证證]?第[0-9]{5,10}[号號]/g;
const PROPERTY_CUE_39 = /不[动動][产產][权權]/;
/** A household's compensation (or resettlement) agreement number after 协议编号 (BLZS-SY-2332, blzs-sy-3707,
 * BLZS2024SY3707): letters and dashed parts with a digit; only where a holder is spoken of (我, 他家, 户主, 名下,
 * 被征收人, 其兄, 共有人; not 我们, 他们, 其中) and not a template's (范本, 样本). */
const AGREEMENT_39 = /(?:[协協][议議]|安置|[补補][偿償])(?:[编編][号號]|[号號])(?:是|为|為)?[:：\s]{0,2}([A-Za-z]{2,6}(?:(?:-[A-Za-z0-9]{1,6}){1,3}|[0-9][A-Za-z0-9]{3,13}))(?![-0-9A-Za-z])/g;
const AGREEMENT_HOLDER_39 = /[我俺](?![们們])|[他她]家|[他她]的|其[兄弟姐妹父母夫妻子女家]|户主|戶主|名下|本人|共有人|当事人|當事人|被[征徵]收人|委[托託]人|身份[证證]/;

function scanStop39(text: string, spans: PiiSpan[]): void {
  // (Full-width letters and digits read as half-width, once per text; the offsets are the same.)
  const w = halfWidthOf(text);
  scanHomes39(text, w, spans);
  scanNames39(text, spans);
  if (hasAny(text, SOCIAL_CUES_39)) {
    SOCIAL_NUMBER_39.lastIndex = 0;
    for (let m = SOCIAL_NUMBER_39.exec(w); m; m = SOCIAL_NUMBER_39.exec(w)) {
      if (SAMPLE_BEFORE_39.test(text.slice(Math.max(0, m.index - 6), m.index + m[0].length))) continue;
      let s = m.index + m[0].length - m[1].length;
      let e = s + m[1].length;
      if (socialNumber39(m[1], w.slice(e, e + 1))) spans.push({ kind: 'member_number', start: s, end: e });
      for (let more = SOCIAL_MORE_39.exec(w.slice(e, e + 30)); more; more = SOCIAL_MORE_39.exec(w.slice(e, e + 30))) {
        s = e + more[0].length - more[1].length;
        e = s + more[1].length;
        // (Each listed number as the first: 长护险编号20240913、20240914 are two dates.)
        if (socialNumber39(more[1], w.slice(e, e + 1)) && !SAMPLE_BEFORE_39.test(text.slice(s - 6, s))) spans.push({ kind: 'member_number', start: s, end: e });
      }
    }
  }
  if (PROPERTY_CUE_39.test(text)) {
    PROPERTY_CERT_39.lastIndex = 0;
    for (let m = PROPERTY_CERT_39.exec(w); m; m = PROPERTY_CERT_39.exec(w)) {
      if (SAMPLE_BEFORE_39.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
    }
  }
  if ((has(text, '编号') || has(text, '編號') || has(text, '议号') || has(text, '議號')) && sawLetter) {
    AGREEMENT_39.lastIndex = 0;
    for (let m = AGREEMENT_39.exec(w); m; m = AGREEMENT_39.exec(w)) {
      if (!/[0-9]/.test(m[1])) continue;
      const s = m.index + m[0].length - m[1].length;
      const e = s + m[1].length;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(e, e + 20);
      if (SAMPLE_BEFORE_39.test(text.slice(Math.max(0, m.index - 4), e)) || !(AGREEMENT_HOLDER_39.test(before) || CONTRACT_HOLDER_AFTER_38B.test(after))) continue;
      spans.push({ kind: 'member_number', start: s, end: e });
    }
  }
}

/** The words that end a compound's name (工人村, 福泰园小区, 砺新家园, 机床厂家属院). */
const COMPOUND_SUFFIX_39 = '村|小区|小區|家园|家園|家属院|家屬院|家属区|家屬區|宿舍|新村|花园|花園|苑|园|園|院';
const HAN_NUMBER_39 = '[一二三四五六七八九十]';
/** A building with its unit (and room) or floor in a compound named before it (工人村15栋2单元402, 工人村9栋一楼,
 * 工人村24栋2单元, 钢北区福泰园小区5号楼2单元401): a household's home. (Buildings and units in Chinese numerals stay the older
 * rules': read here too, they masked a span outside the labels of dev25, a set never studied.) A building alone
 * (工人村21栋) is no home. Groups: 1 the compound's word, 2 the unit, 3 the room. */
const COMPOUND_HOME_39 = new RegExp(
  `(${COMPOUND_SUFFIX_39})(?:[0-9]{1,3})(?:号楼|號樓|栋|棟|幢|座)(?:([0-9]{1,2})(?:单元|單元)([0-9]{3,4}(?:室|号|號)?)?|(?:${HAN_NUMBER_39}|[0-9]{1,2})(?:楼|樓)(?![0-9]))(?![0-9])`,
  'g',
);
/** A temporary-housing area's house (柏澜过渡房B区9号, 周转房3号, 板房A区12号); not a building's or a store's number
 * (过渡房3号楼, 过渡房3号仓库). */
const TRANSIT_HOME_39 = /(?:过渡房|過渡房|周转房|週轉房|板房|安置点|安置點)([A-Z甲乙丙丁东西南北東][区區])?[0-9]{1,3}[号號](?![楼樓栋棟仓倉库庫])/g;
const TRANSIT_CUES_39 = ['过渡房', '過渡房', '周转房', '週轉房', '板房', '安置点', '安置點'];
/** A show flat's or a site's hut (样板房3号, 活动板房2号): no home. */
const TRANSIT_NOT_39 = /(?:[样樣]|活[动動])$/;
/** Someone living in a temporary house: 住, one's own (我家, 他家), or a person named within its clause. */
const RESIDENT_CUE_39 = /住(?![院校宿])|[我俺他她你]家/;
/** Compound words that are a home's place whatever name they end (砺新家园, 机床厂家属院, 某某新村, 军区大院). */
const COMPOUND_OK_39 = /(?:家园|家園|新村|大院|小区|小區|宿舍|家属院|家屬院|家属区|家屬區)$/;
/** Institutions and parks, no household's compound (市二院, 总院, 博物院, 孤儿院, 研究生院, 幼儿园). */
const INSTITUTION_END_39 = /(?:[医醫]院|[一二三四五六七八九十总總分]院|博物院|孤[儿兒]院|[学學]院|美院|体院|體院|研究生院|研究院|精神病院|[敬养養]老院|福利院|保育院|卫生院|衛生院|[疗療]养院|[法]院|[检檢]察院|[剧劇戏戲影]院|棋院|[禅禪]院|[贡貢]院|道院|[转轉]院|[幼托][儿兒]园|[幼托][兒]園|公园|公園|[动動植]物[园園]|[乐樂]园|[乐樂]園|[产產]业[园園]|科技[园園]|工[业業][园園]|校[园園]|[陵墓][园園]|[设設][计計]院)$/;
/** A home spoken of as someone's: 住在, 家住, 我家, 他家 before it, 住 after it (他在工人村9栋一楼住); not 大家, 专家,
 * 国家 or 住院. */
const HOME_CUE_BEFORE_39 = /住(?![院校宿])|[我俺他她你]家/;
const HOME_CUE_AFTER_39 = /^(?:[，,]?住(?![院校宿])|的家)/;
/** A compound pointed at, not named (这个小区, 我们村, 本院, 隔壁小区): no home. */
const DEICTIC_PLACE_39 = /[这這那该該本个個们們我你他她哪每各同隔对對]/;
/** Words that end the walk back to a home's start: the home starts after them (他在…, 我家住…, 照顾…, 系原…). */
const HOME_LEAD_39 = new CharSet([...'在住是的于於到去给給顾顧系原和与與及、搬回叫户戶']);

/** The start of the place named right before `at` (up to `max` Han characters back), after the last leading word. */
function homeStart39(text: string, at: number, max: number, stop = ''): number {
  let s = at;
  while (s > 0 && at - s < max && isHan(text.charCodeAt(s - 1)) && !HOME_LEAD_39.has(text[s - 1]) && !stop.includes(text[s - 1])) s--;
  return s;
}
/** Dictionary words no place's name starts with (据说, 一些, 三名, 明天, 一旁, 已经): adverbs, verbs, numerals and
 * measures, pronouns, prepositions, conjunctions, particles, times and directions, 50 times or more. Read the first time. */
let leadWords39: Set<string> | undefined;
function leadWord39(span: string): boolean {
  if (!leadWords39) {
    const words = new Set<string>();
    eachDictionaryWord((word, freq, tag) => {
      if ((word.length === 2 || word.length === 3) && freq >= 50 && /^(?:d|v|p|c|u|r|m|q|f|t|y|e|ad|zg)$/.test(tag)) words.add(word);
    });
    leadWords39 = words;
  }
  return leadWords39.has(foldToSimplified(span));
}
/** The walk's start moved past the words no place's name starts with (通知：据说小区…, 一些小区…). */
function placeStart39(text: string, s: number, at: number): number {
  for (let moved = true; moved && s < at; ) {
    moved = false;
    for (const n of [3, 2]) {
      if (s + n <= at && leadWord39(text.slice(s, s + n))) { s += n; moved = true; break; }
    }
  }
  return s;
}

function scanHomes39(text: string, w: string, spans: PiiSpan[]): void {
  if ((has(text, '栋') || has(text, '棟') || has(text, '幢') || has(text, '楼') || has(text, '樓') || has(text, '座')) && (has(text, '单元') || has(text, '單元') || has(text, '楼') || has(text, '樓'))) {
    COMPOUND_HOME_39.lastIndex = 0;
    for (let m = COMPOUND_HOME_39.exec(w); m; m = COMPOUND_HOME_39.exec(w)) {
      const end = m.index + m[0].length;
      const suffixEnd = m.index + m[1].length;
      const s = placeStart39(text, homeStart39(text, m.index, 10, '县縣市镇鎮乡鄉口址关關城'), m.index);
      // (A compound needs a name before its word: no bare 村3栋; no office's floor, 局3号楼2楼. A room read makes the
      // unit a household's, 工人村15栋2单元402的水管.)
      if (m.index - s < 1 || sharedPartAfter(text, m[2] === undefined || m[3] !== undefined ? '' : '单元', end) || DEICTIC_PLACE_39.test(text.slice(s, m.index)) || OFFICE_ROOM_AFTER.test(text.slice(end, end + 4)) || OFFICE_BEFORE_ROOM.test(text.slice(Math.max(0, s - 6), suffixEnd))) continue;
      // (An institution or a generic place is no compound, 学院, 公园, 农村, 中关村, 孤儿院, 博物院; a floor without a
      // unit only where someone lives there, 他在工人村9栋一楼住, not 在书院5号楼一楼开会 or 请大家到市二院3号楼2楼.)
      const place = text.slice(s, suffixEnd);
      if (INSTITUTION_END_39.test(foldToSimplified(place)) && !COMPOUND_OK_39.test(place)) continue;
      if (/[院园園]$/.test(place) && !COMPOUND_OK_39.test(place) && [2, 3, 4].some((n) => place.length >= n && wordNotPerson(foldToSimplified(place.slice(-n))))) continue;
      if (!COMPOUND_OK_39.test(place) && (word50_38b(place) || taggedPersonWord38(place) || word50_38b(place.slice(-2)) || (place.length > 3 && (word50_38b(place.slice(-3)) || taggedPersonWord38(place.slice(-3)))))) continue;
      if (m[2] === undefined && !HOME_CUE_BEFORE_39.test(text.slice(Math.max(0, s - 8), s)) && !HOME_CUE_AFTER_39.test(text.slice(end, end + 3))) continue;
      spans.push({ kind: 'address', start: s, end });
    }
  }
  if (hasAny(text, TRANSIT_CUES_39)) {
    TRANSIT_HOME_39.lastIndex = 0;
    for (let m = TRANSIT_HOME_39.exec(w); m; m = TRANSIT_HOME_39.exec(w)) {
      if (TRANSIT_NOT_39.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const s = homeStart39(text, m.index, 4, '房区區点點');
      const end = m.index + m[0].length;
      // (A resident's or an area's: 住過渡房…, 柏澜过渡房B区17号, 储秀英住过渡房3号; no 过渡房3号是食堂.)
      let c = s;
      while (c > 0 && s - c < 20 && !CLAUSE_MARK_39.test(text[c - 1])) c--;
      let d = end;
      while (d < text.length && d - end < 12 && !CLAUSE_MARK_39.test(text[d])) d++;
      const named = s < m.index && !word50_38b(text.slice(s, m.index)) && !wordNotPerson(foldToSimplified(text.slice(s, m.index)));
      const person = spans.some((sp) => sp.kind === 'name' && sp.end > c - 20 && sp.start < d + 20);
      if (!(m[1] || named || person || RESIDENT_CUE_39.test(text.slice(c, s) + text.slice(end, d)))) continue;
      spans.push({ kind: 'address', start: s, end });
    }
  }
}

/** A surname and a family nickname (何么妹, 雷幺爸, 馮老大, 張二嬢, 张二孃): one person called so, where a clause or
 * 的/和 sets the surname off (a distinctive nickname also after a village's or a group's word, 竹篙村何么妹). 周大娘,
 * 谭老汉 (a kin title for anyone old) stay. */
const FAMILY_NICK_39 = ['么妹', '幺妹', '幺爸', '么爸', '老大', '老二', '老三', '老四', '二嬢', '三嬢', '幺嬢', '么嬢', '二孃', '三孃', '幺孃', '么孃'];
const FAMILY_NICK_LEFT_39 = new CharSet([...'的是和與与及、叫找给給跟替帮幫']);
/** Where a distinctive nickname (么妹, 二嬢; not 老大) may follow a place's word: 竹篙村何么妹, 三组张二嬢. */
const NICK_PLACE_LEFT_39 = new CharSet([...'村组組社队隊']);
/** Surnames that are also prepositions or conjunctions (向老大反映, 连老大都不管, 于老大来说): a nickname after them only
 * with a person's cue, 叫/找/的 before or 说/家 after (找向老大, 向老大说). */
const PREPOSITION_SURNAME_39 = new CharSet([...'向连連于從从由同和对對跟与與给給被把让讓']);
/** A name opening a line before a bar or a dash and a number (宫振江｜177…, 宫振江 | 177…, 柴玉霞——158-…, 柴玉霞—158…,
 * 柴玉霞──158…): a run of the mark counts once. */
const BAR_MARKS_39 = ['｜', '|', '—', '─'];
/** A client or clients named after 受 and before 委托 (受甘秀蓮女士委託, 受黎国骧、黎国富、黎秀英三人委托). */
const CLIENTS_39 = /受((?:[\u3400-\u9fff]{2,4}[、，,和及与與]){0,5}[\u3400-\u9fff]{2,4}?)(?:女士|先生|老人)?(?:[二三四五六七八九十]人|等人|等|夫妇|夫婦)?(?:的)?(?:委托|委託)/g;
/** Asking for an elder named in full (替齐德山大爷问, 替邰振興大爺說句話). */
const FOR_ELDER_39 = /(?:替|帮|幫|代)([\u3400-\u9fff]{3})(?=大爷|大爺|大娘|大妈|大媽|奶奶|爷爷|爺爺|阿姨|老人|老爷子|老爺子)/g;
/** A chat speaker's display name with a dash at a line's start in a group's log (红纺-李姐：, 二组-德福：, 东区—王阿姨：). */
const DASH_SPEAKER_39 = /(?:^|\n)([\u3400-\u9fff]{1,6}[-－—][\u3400-\u9fff]{1,3})[：:]/g;

/** A surname and a kin word or an epithet (孙婆婆, 陈瞎子, 叶二娘, 孙九爷): a form of address, no full name. */
const EPITHET_END_39 = /(?:婆婆|爷爷|爺爺|奶奶|姥姥|公公|叔叔|伯伯|阿姨|大爷|大爺|大娘|大妈|大媽|瞎子|聋子|聾子|瘸子|哑巴|啞巴|拐子|婶婶|嬸嬸|嫂子|老汉|老漢|[二三四五六七八九]娘|[二三四五六七八九][爷爺])$/;
function nameOk39(text: string, s: number, e: number): boolean {
  return e - s >= 2 && e - s <= 4 && likelyName(text, s, e) && !notName38b(text, s, e, true) && !KIN_FORM_37B.test(text.slice(s, e)) && !EPITHET_END_39.test(text.slice(s, e));
}

/** Dictionary words of three or four characters starting with 老大, 老二, 老三 or 老四 (老大难, 老三届, 老大妈, 老大夫,
 * 老三篇, 老大不小), whatever their tag: jieba tags many of them a person's. Read the first time. */
let elderWords39: Set<string> | undefined;
function elderWord39(span: string): boolean {
  if (!elderWords39) {
    const words = new Set<string>();
    eachDictionaryWord((word, freq) => {
      if ((word.length === 3 || word.length === 4) && freq >= 3 && /^老[大二三四]/.test(word)) words.add(word);
    });
    elderWords39 = words;
  }
  return elderWords39.has(foldToSimplified(span));
}

function scanNames39(text: string, spans: PiiSpan[]): void {
  for (const nick of FAMILY_NICK_39) {
    if (!has(text, nick)) continue;
    const elder = nick[0] === '老';
    for (let k = text.indexOf(nick, 1); k >= 0; k = text.indexOf(nick, k + 1)) {
      const s = k - 1;
      if (surnameLength(text, s) !== 1 || !isHan(text.charCodeAt(s))) continue;
      const left = s > 0 && isHan(text.charCodeAt(s - 1)) ? text[s - 1] : '';
      if (left && (!(FAMILY_NICK_LEFT_39.has(left) || (!elder && NICK_PLACE_LEFT_39.has(left))) || word50_38b(text.slice(s - 1, s + 1)) || taggedPersonWord38(text.slice(s - 1, s + 1)))) continue;
      const next = text[k + 2] ?? '';
      if (elder) {
        // (老大 and 老二 as words after a surname-like character: 我家老大, 他是老大; 二 of 老二 ending a longer word; a
        // longer word starting at the nickname, 老大难, 老三届, 老大妈, 老大夫, 老三篇, 老大不小.)
        if (isHan(text.charCodeAt(k + 2)) && /^[子家们們哥姐爷爺娘]/.test(next)) continue;
        if (elderWord39(text.slice(k, k + 3)) || elderWord39(text.slice(k, k + 4))) continue;
      }
      if (PREPOSITION_SURNAME_39.has(text[s]) && !(/[叫找的]/.test(left) || /[说說家]/.test(next))) continue;
      spans.push({ kind: 'name', start: s, end: k + 2 });
    }
  }
  for (const bar of BAR_MARKS_39) {
    if (!has(text, bar)) continue;
    for (let k = text.indexOf(bar, 2); k >= 0; k = text.indexOf(bar, k + 1)) {
      if (text[k - 1] === bar) continue;
      let j = k;
      while (text[j] === bar) j++;
      if (!/^\s?[+＋0-9０-９]/.test(text.slice(j, j + 2))) continue;
      const at = text[k - 1] === ' ' ? k - 1 : k;
      let s = at;
      while (s > 0 && at - s < 5 && isHan(text.charCodeAt(s - 1))) s--;
      if (at - s < 2 || at - s > 4 || !(s === 0 || SLASH_LEFT_38B.has(text[s - 1]))) continue;
      const e = cuedNameEnd37b(text, s);
      if (e !== at || !nameOk39(text, s, e)) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (has(text, '受') && (has(text, '委托') || has(text, '委託'))) {
    CLIENTS_39.lastIndex = 0;
    for (let m = CLIENTS_39.exec(text); m; m = CLIENTS_39.exec(text)) {
      let at = m.index + 1;
      for (const part of m[1].split(/[、，,和及与與]/)) {
        let e = cuedNameEnd37b(text, at);
        if (e !== at + part.length && part.length === 3 && surnameLength(text, at) === 1 && nameEnd(text, at, true) === at + 3) e = at + 3;
        if (e === at + part.length && nameOk39(text, at, e) && !/[局所院办辦委会會司]$/.test(part)) spans.push({ kind: 'name', start: at, end: e });
        at += part.length + 1;
      }
    }
  }
  if (has(text, '替') || has(text, '帮') || has(text, '幫') || has(text, '代')) {
    FOR_ELDER_39.lastIndex = 0;
    for (let m = FOR_ELDER_39.exec(text); m; m = FOR_ELDER_39.exec(text)) {
      const s = m.index + 1;
      if (surnameLength(text, s) !== 1 || nameEnd(text, s, true) !== s + 3 || !nameOk39(text, s, s + 3)) continue;
      spans.push({ kind: 'name', start: s, end: s + 3 });
    }
  }
}

/** An office's words in the clause before a landline (社保所门口贴的电话, 清算组的电话, 办事大厅门口只写个, 律师事务所,
 * 预约要打): the office's public number, unless the writer's own (我, 家, 本人) or a named person is spoken of in that
 * clause, or a household's or an account's number (户号, 账号). Not 厕所, 场所. */
const OFFICE_CLAUSE_39 = /社保|[医醫]保|人社|局|(?<![厕廁场場住诊診])所(?!以|有|在)|中心|清算[组組]|大[厅廳]|窗口|[门門]口|[预預][约約]|[热熱][线線]|[单單]位|[办辦](?!理)|公司/;
const OWN_CLAUSE_39 = /我|俺|家|本人|手机|手機|[联聯][系繫]人|其|她|他|户主|戶主|老人|住/;
const ACCOUNT_CLAUSE_39 = /[户戶][号號]|[账賬帐帳][号號户戶]/;
const CLAUSE_MARK_39 = /[，,。！？!?\n；;：:]/;
/** A mailbox an office names (指定邮箱, 投诉邮箱, 官方邮箱): no one's, unless the clause speaks of someone's
 * (发到他单位邮箱). */
const OFFICE_MAIL_39 = /(?:指定|官方|公共|投[诉訴]|受理|[单單]位|局|中心|[办辦])的?(?:[邮郵]箱|信箱)[:：\s]{0,2}$/;
/** A sample's words touching a number or its cue (“卡号示例” 6228…, 样本号码…, 示例：…): no one's number. */
const SAMPLE_NUMBER_39 = /(?:示例|[样樣]本|[范範]例|[样樣]例|模板)(?:[号號][码碼]|卡[号號]|[编編][号號]|[号號]|[电電]话|[电電]話|手[机機]|[邮郵]箱)?[”"'」』\s:：]*$/;

/** The start of the clause `at` is in (up to 20 characters back). */
function clauseStart39(text: string, at: number): number {
  let c = at;
  while (c > 0 && at - c < 20 && !CLAUSE_MARK_39.test(text[c - 1])) c--;
  return c;
}

/** Whether a person is named in text[c, at): a name span, or a likely name opening the clause (张德明预约电话). */
function nameInClause39(text: string, spans: PiiSpan[], c: number, at: number): boolean {
  if (spans.some((o) => o.kind === 'name' && o.start >= c && o.end <= at)) return true;
  for (let i = c; i < at - 1; i++) {
    if (!isHan(text.charCodeAt(i)) || !surnameLength(text, i)) continue;
    const e = nameEnd(text, i);
    if (e > i + 1 && e <= at && (i === c || !isHan(text.charCodeAt(i - 1))) && likelyName(text, i, e) && !notName38b(text, i, e)) return true;
  }
  return false;
}

/** (Stop 39) After all rules: an office's landline and mailbox, and a sample's number, dropped. */
function stop39After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    if (sp.kind === 'landline') {
      const c = clauseStart39(text, sp.start);
      const clause = text.slice(c, sp.start);
      if (OFFICE_CLAUSE_39.test(clause) && !OWN_CLAUSE_39.test(clause) && !ACCOUNT_CLAUSE_39.test(clause) && !nameInClause39(text, spans, c, sp.start)) { changed = true; continue; }
    }
    if (sp.kind === 'email' && OFFICE_MAIL_39.test(text.slice(Math.max(0, sp.start - 8), sp.start)) && !OWN_CLAUSE_39.test(text.slice(clauseStart39(text, sp.start), sp.start))) { changed = true; continue; }
    if (sp.kind !== 'name' && sp.kind !== 'address' && SAMPLE_NUMBER_39.test(text.slice(Math.max(0, sp.start - 12), sp.start).replace(/^[^]*[，,。；;！!？?\n]/, ''))) { changed = true; continue; }
    kept.push(sp);
  }
  if (has(text, '群') && (has(text, '-') || has(text, '－') || has(text, '—'))) {
    const added = dashSpeakers39(text, kept);
    if (added.length) return mergeSpans(kept.concat(added));
  }
  return changed ? kept : spans;
}

/** Chat speakers with a dash whom no rule read (红纺-李姐：, 二组-德福：, 南浜-阿凤：): the display name whole, where the
 * right side is name-like (a surname and a kin word, 阿 and a character, or a likely name), not a role or a word
 * (东区-业主：, 东区-会员：, 东区-一号：). Where a rule read the name after the dash (罗马-甘志强：, 南浜-阿凤：) the older
 * sets' convention stands and the place stays visible; an office's or an official's (渔政-王队, 社区-网格员, 网点-老聂)
 * stays too. */
const OFFICIAL_AFTER_DASH_39 = /[队隊长長]$|主任|书记|書記|警官|干部|幹部|客服|网格|網格|老师|老師|医生|醫生/;
const OFFICE_BEFORE_DASH_39 = /政$|[点點]$|网点|網點|物业|物業/;
const KIN_AFTER_DASH_39 = /^(?:[姐哥叔婶嬸嫂姨伯婆爷爺奶]|阿姨|大[姐哥叔爷爺妈媽娘])$/;
function dashNameLike39(text: string, s: number, e: number): boolean {
  const right = text.slice(s, e);
  const folded = foldToSimplified(right);
  if (word50_38b(folded) || wordNotPerson(folded)) return false;
  if (/^阿[\u3400-\u9fff]$/.test(right)) return true;
  const sl = surnameLength(text, s);
  if (sl >= 1 && KIN_AFTER_DASH_39.test(right.slice(sl))) return true;
  return right.length >= 2 && likelyName(text, s, e);
}
function dashSpeakers39(text: string, spans: PiiSpan[]): PiiSpan[] {
  const out: PiiSpan[] = [];
  DASH_SPEAKER_39.lastIndex = 0;
  for (let m = DASH_SPEAKER_39.exec(text); m; m = DASH_SPEAKER_39.exec(text)) {
    const s = m.index + m[0].length - m[1].length - 1;
    const e = s + m[1].length;
    const [left, right] = m[1].split(/[-－—]/);
    if (OFFICE_SPEAKER.test(m[1]) || OFFICE_DASH_37B.test(left) || OFFICE_BEFORE_DASH_39.test(left) || OFFICIAL_AFTER_DASH_39.test(right)) continue;
    if (spans.some((sp) => sp.start < e && sp.end > s)) continue;
    if (!dashNameLike39(text, e - right.length, e)) continue;
    out.push({ kind: 'name', start: s, end: e });
  }
  return out;
}


// ── Stop 39b: read off pii54 (vocational schools' internships in another province) and pii55 (a provincial capital's
// taxis, ride-hailing and driving schools) ──

/** Roles of private persons before a full name (教练魏国平, 司机危家豪, 班主任舒建波, 辅导员全振宇, HR秦晓丽, 驾校前台薛佳慧,
 * 实习生符晗翊, 群主章慧): a coach, a driver, a passenger, a school's teacher or a firm's clerk is no public official. */
const ROLE_CUES_39B = ['教练', '教練', '司机', '司機', '班主任', '辅导员', '輔導員', '前台', '财务', '財務', 'HR', '人事', '群主', '实习生', '實習生', '学生', '學生', '学员', '學員', '乘客', '车主', '車主', '孩子'];
/** What after such a cue opens a word, no name (司机师傅, 学生家长, 教练车, 乘客信息, 人事部, 财务室, 群主是). */
const ROLE_NOT_AFTER_39B = /^(?:师傅|師傅|家长|家長|车|車|信息|资料|資料|部|处|處|科|室|是|说|說|们|們|都|的|证|證|会|會|宿舍|公寓|手|姓|名|证|一|二|三|两|兩|自|本|也|还|還|就|被|在|和|与|與|跟|给|給|让|讓|把|对|對|要|不|没|沒|已|又|只|从|從)/;
/** Ride-hailing, taxi and driving-school cues: an order, a masked mobile or a plate in such a text is one trip's or one
 * driver's. */
// (Review: not 行程, a business trip's or a meeting's schedule as often as a ride's.)
const RIDE_CUES_39B = ['乘客', '司机', '司機', '网约车', '網約車', '约车', '約車', '打车', '打車', '乘车', '乘車', '出租车', '出租車', '的哥', '车友', '車友'];
/** A ride's order number after 订单 (订单号CT2025…, 訂單：FD…, 订单CT…、FD…): letters and at least ten digits. */
const RIDE_ORDER_39B = /(?:订单|訂單)(?:号|號|编号|編號)?(?:是|为|為)?[:：\s]{0,2}((?:[A-Z]{1,4}[0-9]{10,22}(?![0-9A-Za-z])[、，,和及\s]{0,2})+)/g;
const ORDER_CODE_39B = /[A-Z]{1,4}[0-9]{10,22}/g;
/** A meeting's, a trip's or an office's contact in the masked mobile's sentence (会议联系人138****6621, 出差行程): an
 * office's, no rider's. */
const MEETING_39B = /会议|會議|出差|报到|報到|会务|會務|联系人|聯系人|聯繫人|培训班|培訓班/;
/** The sentence around [a, b): back to the last sentence mark, on to the next. */
function sentenceAround39b(text: string, a: number, b: number): string {
  while (a > 0 && !'。！？!?；;\n'.includes(text[a - 1])) a--;
  while (b < text.length && !'。！？!?；;\n'.includes(text[b])) b++;
  return text.slice(a, b);
}
/** A shop's or a delivery's order in the order's sentence (淘宝订单号TB…, 京东订单JD…): a purchase, no ride, even where a
 * driver is named elsewhere in the text (a review's finding). */
const SHOP_ORDER_39B = /淘宝|淘寶|京东|京東|天猫|天貓|拼多多|网购|網購|网店|網店|店铺|店鋪|商家|商品|快递|快遞|外卖|外賣|购物|購物|发货|發貨|退款/;
/** Papers of a driver, a learner or a trainee after their cue (学员编号LJSJ…, 从业资格证：4301…, 驾驶证档案编号…, 扣证单号JC…,
 * 扣车单号KC…, 车辆运输证号…): letters and digits tied to one person. */
const PAPER_CUES_39B = ['学员编号', '學員編號', '学员号', '學員號', '资格证', '資格證', '档案编号', '檔案編號', '运输证', '運輸證', '扣证单', '扣證單', '扣车单', '扣車單', '驾驶员证', '駕駛員證'];
const PAPER_39B = /(?:学员编号|學員編號|学员号|學員號|资格证|資格證|档案编号|檔案編號|运输证|運輸證|扣证单|扣證單|扣车单|扣車單|驾驶员证|駕駛員證)(?:号码|號碼|号|號|编号|編號)?(?:是|为|為)?[:：\s]{0,2}([A-Z]{0,6}[0-9]{8,18})(?![0-9A-Za-z])/g;
/** A ride-hailing driver's certificate written with its short prefix (网驾430197699978): the whole, prefix and digits. */
const WANGJIA_39B = /(?:网驾|網駕)[0-9]{6,16}(?![0-9])/g;
/** A mobile masked as the platforms show it (138****5678): seven digits still point to one rider or driver. Older sets
 * leave such numbers visible, so only in a ride's text. A sample's (…0000) stays. */
const MASKED_MOBILE_39B = /(?<![0-9*＊])1[3-9][0-9][*＊]{4}[0-9]{4}(?![0-9*＊])/g;
/** An internship agreement's number (协议编号LCSX-2025-7031) where a trainee, a student or their parent names it. */
const AGREEMENT_39B = /(?:协议编号|協議編號|协议号|協議號)(?:是|为|為)?[:：\s]{0,2}([A-Z]{2,6}[-－]?(?:19|20)[0-9]{2}[-－]?[0-9]{3,6})(?![0-9A-Za-z])/g;
const AGREEMENT_PARTY_39B = /实习生|實習生|我叫|我是|儿子|兒子|女儿|女兒|孩子|学生|學生|丙方|乙方/;
/** A training car's plate (湘A0988学, 湘A2622學): one coach's car. */
const TRAINING_PLATE_39B = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-HJ-NP-Z][·•・]?[0-9A-HJ-NP-Z]{4}[学學]/g;
/** A plate given with its driver's or rider's cue right before it (车牌湘A·JX066, 出租车湘A·T1615, 被投诉车辆：…, 霍师傅（…）). */
const PLATE_39B = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-HJ-NP-Z][·•・]?[0-9A-HJ-NP-Z]{5,6}(?![0-9A-Za-z])/g;
const PLATE_CUE_39B = /(?:车牌号?|車牌號?|车号|車號|号牌|號牌|车辆|車輛|出租车|出租車|网约车|網約車|的士|黑车|黑車|私家车|私家車|[师師]傅|教练|教練|司机|司機)[是为為:：\s（(]{0,2}$/;
/** An office's, a firm's or the police's car in the plate's clause (公务车, 执法车, 公司车, 座驾, 警车): no person's. */
const OFFICIAL_TEXT_39B = /公车|公車|公务|公務|单位|單位|政府|镇长|鎮長|县长|縣長|局长|局長|书记|書記|领导|領導|干部|幹部|校车|校車|警车|警車|商务车|商務車|机关|機關|公交|[县縣市区區]委/;
const OFFICE_CAR_39B = /公务|公務|公车|公車|执法车|執法車|警车|警車|公司车|公司車|座驾|座駕|单位|單位|运管|運管|领导|領導/;
/** A home from the district through the compound to the building, the compound named by a housing word (苑, 园, 小区,
 * 宿舍 …: a review found 高新区管委会3栋 and 开发区科技路创业园5栋 masked otherwise) (澧东区桂月路紫荆苑12栋, 枫渡区河西街老粮站宿舍5栋2楼,
 * 楓渡區梧桐灣小區12棟2單元603). */
const DISTRICT_HOME_39B = /[\u3400-\u9fff]{2}[区區](?![委])(?:[\u3400-\u9fff]{1,4}[路街巷道])?[\u3400-\u9fff]{1,5}?(?:苑|[园園]|小[区區]|宿舍|公寓|新村|庭|居|[湾灣]|里|村)[0-9０-９]{1,3}[栋棟幢](?:[0-9０-９]{1,2}(?:单元|單元))?(?:[0-9０-９]{1,2}(?:楼|樓|层|層)|[0-9０-９]{3,4}(?:室|号|號)?)?/g;
const NOT_HOME_39B = /创业|創業|科技|孵化|政府|医院|醫院|学校|學校|大厦|大廈|中心|广场|廣場|工业|工業|产业|產業|园区|園區|局|公司|厂|廠|站(?!宿舍)|办|辦|所|院|馆|館|市场|市場/;
/** Nicknames: a surname and 师傅 or 教练 for one driver or coach (司机王师傅, 霍师傅（湘A·T7766）, 驾校唐教练), a tout's
 * 老吴 after 自称, 老戴 before his full name. Not 各位师傅, 司机师傅, 安装师傅 (a word before the surname). */
const NICK_LEFT_39B = new CharSet([...'\n。！？!?；;，,：:、（(“"「 是叫找问問给給跟和与與']);
const NICK_ROLE_39B = ['师傅', '師傅', '教练', '教練'];
const NICK_NOT_39B = /食堂|饭堂|飯堂|厨师|廚師|后厨|後廚|餐厅|餐廳|局里|局裡|所里|所裡|站里|站裡|院里|院裡/;

/** A name after a private role's cue (the stop-38b party's reading). */
function roleName39b(text: string, s: number): number {
  if (ROLE_NOT_AFTER_39B.test(text.slice(s, s + 2))) return -1;
  let e = partyNameEnd37b(text, s);
  if (e < 0 || e === s + 2) {
    const e3 = nameEnd(text, s, true);
    if (e3 === s + 3 && surnameLength(text, s) === 1 && likelyName(text, s, e3) && !wordNotPerson(foldToSimplified(text.slice(s, s + 2))) && !taggedPersonWord38(text.slice(s, s + 2)) && nameEndsHere38(text, e3) && !notName38b(text, s, e3) && !PLACE_SUFFIX.has(text[e3 - 1])) e = e3;
  }
  if (e < 0 || notName38b(text, s, e)) return -1;
  // (Review: a title or a famous name cut to two characters, 司机王大夫 → 王大, 陶行知 → 陶行, 徐向前 → 徐向: the dictionary
  // has the three characters as one word.)
  if (e === s + 2 && isHan(text.charCodeAt(e)) && (taggedPersonWord38(text.slice(s, s + 3)) || wordNotPerson(foldToSimplified(text.slice(s, s + 3))))) return -1;
  return e;
}

function scanStop39b(text: string, spans: PiiSpan[]): void {
  for (const cue of ROLE_CUES_39B) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
      let s = k + cue.length;
      if (text[s] === ' ' || text[s] === '：' || text[s] === ':') s++;
      const e = roleName39b(text, s);
      if (e > 0) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  for (const role of NICK_ROLE_39B) {
    if (!has(text, role)) continue;
    for (let k = text.indexOf(role, 1); k >= 0; k = text.indexOf(role, k + 1)) {
      const s = k - 1;
      if (surnameLength(text, s) !== 1 || !(s === 0 || NICK_LEFT_39B.has(text[s - 1]) || /(?:司机|司機|驾校|駕校|那个|那個)$/.test(text.slice(Math.max(0, s - 2), s)))) continue;
      // (Not the writer's own handle, 我是司机王师傅: round 14's sets leave it visible.)
      if (/^[各那这這某老小大每个個位]/.test(text[s]) || /(?:我是|我叫|俺是)(?:司机|司機|教练|教練)?$/.test(text.slice(Math.max(0, s - 4), s)) || !hasAny(text, RIDE_CUES_39B.concat(['驾校', '駕校', '学车', '學車', '练车', '練車', '学员', '學員'])) || has(text, '公交')) continue;
      // (Review: not an office's driver or a canteen's cook, 单位司机王师傅, 食堂王师傅, which older sets leave visible, nor a
      // brand the dictionary has as a word, 康师傅.)
      if (OFFICIAL_TEXT_39B.test(text) || NICK_NOT_39B.test(text) || taggedPersonWord38(text.slice(s, k + 2))) continue;
      spans.push({ kind: 'name', start: s, end: k + 2 });
    }
  }
  if (has(text, '老')) {
    for (let k = text.indexOf('老'); k >= 0; k = text.indexOf('老', k + 1)) {
      const e = k + 2;
      if (surnameLength(text, k + 1) !== 1 || isHan(text.charCodeAt(e)) && !/^(?:嘛|啊|呀|全名|提醒|开|開)/.test(text.slice(e, e + 2))) continue;
      const before = text.slice(Math.max(0, k - 3), k);
      const after = text.slice(e, e + 6);
      const full = /^[嘛啊呀，,\s]{0,2}全名/.test(after) && after.includes(text[k + 1]);
      if (!(full || /(?:自称|自稱|司机|司機|的哥)$/.test(before)) || wordNotPerson(foldToSimplified(text.slice(k, e))) || ordinaryWord37(text.slice(k, e))) continue;
      if (KIN_FORM_37B.test(text.slice(k, e)) && !full && !/(?:自称|自稱|司机|司機)$/.test(before)) continue;
      spans.push({ kind: 'name', start: k, end: e });
    }
  }
  const hw = halfWidthOf(text);
  scanNumbers39b(text, hw, spans);
}

function scanNumbers39b(text: string, w: string, spans: PiiSpan[]): void {
  const ride = hasAny(text, RIDE_CUES_39B);
  if (ride && (has(text, '订单') || has(text, '訂單'))) {
    RIDE_ORDER_39B.lastIndex = 0;
    for (let m = RIDE_ORDER_39B.exec(w); m; m = RIDE_ORDER_39B.exec(w)) {
      const base = m.index + m[0].length - m[1].length;
      if (SHOP_ORDER_39B.test(sentenceAround39b(text, m.index, base + m[1].length))) continue;
      ORDER_CODE_39B.lastIndex = 0;
      for (let c = ORDER_CODE_39B.exec(m[1]); c; c = ORDER_CODE_39B.exec(m[1])) spans.push({ kind: 'member_number', start: base + c.index, end: base + c.index + c[0].length });
    }
  }
  if (hasAny(text, PAPER_CUES_39B)) {
    PAPER_39B.lastIndex = 0;
    for (let m = PAPER_39B.exec(w); m; m = PAPER_39B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '网驾') || has(text, '網駕')) {
    WANGJIA_39B.lastIndex = 0;
    for (let m = WANGJIA_39B.exec(w); m; m = WANGJIA_39B.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (ride && (has(text, '****') || has(text, '＊＊＊＊'))) {
    MASKED_MOBILE_39B.lastIndex = 0;
    for (let m = MASKED_MOBILE_39B.exec(text); m; m = MASKED_MOBILE_39B.exec(text)) if (!m[0].endsWith('0000') && !MEETING_39B.test(sentenceAround39b(text, m.index, m.index + m[0].length))) spans.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  if ((has(text, '协议') || has(text, '協議')) && (has(text, '实习') || has(text, '實習'))) {
    AGREEMENT_39B.lastIndex = 0;
    for (let m = AGREEMENT_39B.exec(w); m; m = AGREEMENT_39B.exec(w)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const lineStart = m.index === 0 || text[m.index - 1] === '\n';
      if (!(AGREEMENT_PARTY_39B.test(before) || (lineStart && AGREEMENT_PARTY_39B.test(text)))) continue;
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (sawLetter && (has(text, '学') || has(text, '學'))) {
    TRAINING_PLATE_39B.lastIndex = 0;
    for (let m = TRAINING_PLATE_39B.exec(w); m; m = TRAINING_PLATE_39B.exec(w)) spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length });
  }
  // (Review: only in a ride's or a driving school's text with no office's, a bus's or a school bus's car anywhere in it;
  // older sets leave such plates visible, 河西区教育局的公车…，车牌豫W·A2816.)
  if (sawLetter && hasAny(text, RIDE_CUES_39B.concat(['教练', '教練', '驾校', '駕校'])) && !OFFICIAL_TEXT_39B.test(text)) {
    PLATE_39B.lastIndex = 0;
    for (let m = PLATE_39B.exec(w); m; m = PLATE_39B.exec(w)) {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      if (!PLATE_CUE_39B.test(before)) continue;
      // (The plate's clause: back to the last sentence mark, on to the next.)
      let a = m.index;
      while (a > 0 && !'。！？!?；;\n，,'.includes(text[a - 1])) a--;
      let b = m.index + m[0].length;
      while (b < text.length && !'。！？!?；;\n，,'.includes(text[b])) b++;
      if (OFFICE_CAR_39B.test(text.slice(a, b))) continue;
      spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length });
    }
  }
  if ((has(text, '区') || has(text, '區')) && (has(text, '栋') || has(text, '棟') || has(text, '幢'))) {
    DISTRICT_HOME_39B.lastIndex = 0;
    for (let m = DISTRICT_HOME_39B.exec(w); m; m = DISTRICT_HOME_39B.exec(w)) {
      if (NOT_HOME_39B.test(m[0]) || /^(?:市区|市區|城区|城區|社区|社區|小区|小區|景区|景區|校区|校區|园区|園區|厂区|廠區|片区|片區|该区|該區|本区|本區|辖区|轄區|郊区|郊區)/.test(m[0])) continue;
      spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
    }
  }
}

/** (Stop 39b) After all rules: a plate of a company's car (公司车湘A·C0001), a school's or a chat group's name read as a
 * person's (工程学校 → 程学校, 车友群), an office's landline (检测中心（0731-…）, 0731-…（顺捷总部）, 交通运输局…电话0731-…). */
const OFFICE_LINE_BEFORE_39B = /(?:中心|总部|總部|局|公司|驾校|駕校|学校|學校|热线|熱線|处|處|站|队|隊)[」”]?[:：（(\s]{0,2}$|(?:中心|总部|總部|局|公司|驾校|駕校|学校|學校|处|處)[^\n。；;？?！!号號栋棟室]{0,6}(?:电话|電話)[:：\s]{0,2}$/;
const OFFICE_LINE_AFTER_39B = /^[（(][^）)]{0,8}(?:中心|总部|總部|局|公司|驾校|駕校|学校|學校|处|處|站)/;
function stop39bAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    const span = text.slice(sp.start, sp.end);
    if (sp.kind === 'name' && (/(?:学校|學校|[友群]群)$/.test(span))) { changed = true; continue; }
    // (Review: a famous name or a title the dictionary has whole, cut to two characters by any cue's reading: 学生陶行知 →
    // 陶行, 司机王大夫 → 王大.)
    if (sp.kind === 'name' && sp.end - sp.start === 2 && isHan(text.charCodeAt(sp.end)) && taggedPersonWord38(text.slice(sp.start, sp.end + 1))) { changed = true; continue; }
    if (sp.kind === 'plate' && /(?:公司车|公司車|座驾|座駕)[^，,。；;\n]{0,4}$/.test(text.slice(Math.max(0, sp.start - 10), sp.start))) { changed = true; continue; }
    if (sp.kind === 'landline' && (OFFICE_LINE_BEFORE_39B.test(text.slice(Math.max(0, sp.start - 14), sp.start)) || OFFICE_LINE_AFTER_39B.test(text.slice(sp.end, sp.end + 10)))) { changed = true; continue; }
    kept.push(sp);
  }
  return changed ? kept : spans;
}


// ── Stop 40: read off pii56 (a Yangtze city's public rental and affordable housing) and pii57 (a north-western county's
// marriages, bride prices, support of the old and family mediation) ──

/** Cues of a private person's standing right before a full name (媒人海满仓, 调解员海永祥, 网格员祝一诺, 应届生蒋新民, 女方鲁小芹,
 * 老人李存孝，82岁, 外地媳妇窦引弟, 前租户秋红 …). A village's mediator and a grid worker are named in their neighbours' family
 * matters, not as an office. */
const NAME_CUES_40 = ['媒人', '调解员', '調解員', '网格员', '網格員', '应届生', '應屆生', '大学生', '大學生', '女方', '男方', '老人', '子女', '媳妇', '媳婦', '邻居反映', '鄰居反映', '登记的', '登記的', '前租户', '前租戶', '茲證明', '兹证明', '达达', '達達', '丈夫', '男人', '老婆', '班主任', '学生', '學生'];
/** Hui given names of the north-west, written by sound after a surname (拜哈桑, 妥阿依莎, 丁法蒂麦, 马乙卜, 冶尔德, 马撒利). */
const HUI_GIVEN_40 = /^(?:哈桑|阿依莎|阿伊莎|法蒂麦|法蒂麥|穆萨|穆薩|乙卜|尔德|爾德|撒利|伊布|尔萨|爾薩|麦燕|麥燕|阿舍|尔麦|爾麥|穆罕|努尔|努爾)/;
/** 拜, a Hui surname of the north-west (拜玉山, 拜秀岚): the words it starts (拜年, 拜托, 拜访) have no given-name character
 * after it and a name's end after three characters. */
const HUI_SURNAME_40 = /^[拜海]/;
const ADVERB_SURNAME_40 = new Set([...'曾常应應于於向连連付包谈談满滿都也还還就又才再把被给給跟和与與将將']);
/** Surnames of the Hui of the north-west, before a given name read by sound (马哈桑, 丁阿依莎, 冶穆萨). */
const HUI_SURNAMES_40 = new Set([...'马馬丁海穆拜冶妥锁鎖麻沙白杨楊韩韓喇撒金铁鐵哈者纳納']);
/** Given names of the rural north-west that no list of given-name characters reads (二女, 招弟, 引弟, 满仓, 满囤): after a
 * surname they are a name (景二女, 田招弟), not after 老王 (王二女儿). */
const NW_GIVEN_40 = /^(?:二女|三女|二妮|三妮|招弟|引弟|引娣|满仓|滿倉|满囤|滿囤)(?![儿兒婿])/;
/** A surname (with 拜, 海, 麻) and a Hui or north-western given name anywhere (穆阿依莎, 丁法蒂麦, 冶穆萨, 马乙卜, 苗二女): the
 * given parts are no words of their own. */
const SURNAME_THEN_GIVEN_40 = /(?:阿依莎|阿伊莎|法蒂麦|法蒂麥|哈桑|穆萨|穆薩|乙卜|二女|招弟|引弟|引娣)/g;

/** The end of a name at `s` read after one of stop 40's cues, or -1. */
function cuedName40(text: string, s: number): number {
  if (s >= text.length) return -1;
  const sl = surnameLength(text, s) || (HUI_SURNAME_40.test(text[s]) ? 1 : 0);
  if (!sl) return -1;
  const hui = HUI_GIVEN_40.exec(text.slice(s + sl, s + sl + 3)) ?? NW_GIVEN_40.exec(text.slice(s + sl, s + sl + 3));
  if (hui) return s + sl + hui[0].length;
  // (Review: 男方曾承诺, 女方于本月, 丈夫包养小三, 男方付彩礼: a character that is a surname and an adverb or a verb before a
  // word is no name.)
  if (ADVERB_SURNAME_40.has(text[s]) && (wordNotPerson(foldToSimplified(text.slice(s + 1, s + 3))) || wordNotPerson(foldToSimplified(text.slice(s, s + 2))))) return -1;
  if (surnameLength(text, s)) return roleName39b(text, s);
  // (拜 and two given-name characters, then a name's end.)
  const e = s + 3;
  if (e <= text.length && GIVEN_SET.has(text[s + 1]) && isHan(text.charCodeAt(s + 2)) && nameEndsHere38(text, e) && !wordNotPerson(foldToSimplified(text.slice(s, s + 2)))) return e;
  return -1;
}

/** Mediation agreements' numbers (沙调〔2025〕第072号, 石調〔2025〕第139号): one family's dispute, its parties named in it. */
const MEDIATION_40 = /[\u4e00-\u9fff]{1,2}[调調]〔(?:19|20)[0-9]{2}〕第?[0-9]{1,5}[号號]/g;
/** A protection order's case number ((2025)甘0727民保令3号): one family's. */
const PROTECTION_CASE_40 = /[（(](?:19|20)[0-9]{2}[）)][\u4e00-\u9fff][0-9]{2,6}民保令[0-9]{1,5}[号號]/g;
/** A person's numbers by their cue: an application's and a waiting list's place (申请编号RZGZ202561128, 轮候号LH2024-9783), a
 * water or gas account (水户号02231159, 燃气户号RQ146245386), a diploma (毕业证编号…), a tenancy (合同编号RZZL-2022-30348, with a
 * tenant in the text). (A land contract's stays stop 38b's, with its holder near.) Not a receipt's (收据编号…), which eight older sets leave
 * visible. */
const PERSON_NUMBER_40 = /(?:申请编号|申請編號|申请号|申請號|轮候号|輪候號|轮候编号|輪候編號|(?:水|水费|水費|燃气|燃氣|燃气费|燃氣費|气|氣)(?:户号|戶號)|(?:毕业证|畢業證)(?:书|書)?(?:编号|編號|号|號))(?:是|为|為)?[:：\s]{0,2}([A-Z]{0,6}-?[0-9][0-9-]{5,19})(?![0-9A-Za-z])/g;
const LEASE_40 = /(?:合同|合約)(?:编号|編號|号|號)?[:：\s]{0,2}([A-Z]{2,6}-(?:19|20)[0-9]{2}-[0-9]{4,6})(?![0-9])/g;
const TENANT_40 = /承租人|租户|租戶|退租|续签|續簽|租金/;
/** A code of letters and digits a table under 申请编号 or 轮候号 lists, one per row (RZGZ202522600, LH2024-3046). */
const LISTED_CODE_40 = /(?<![0-9A-Za-z])[A-Z]{2,6}(?:[0-9]{9,14}|(?:19|20)[0-9]{2}-[0-9]{3,5})(?![0-9A-Za-z])/g;
/** A mobile told in three parts with commas after its cue (电话是158，1029，8960). */
const COMMA_MOBILE_40 = /(?:电话|電話|手机|手機|联系方式|聯繫方式)(?:号码|號碼|号|號)?(?:是|为|為)?[:：\s]{0,2}(1[3-9][0-9][，,][0-9]{4}[，,][0-9]{4})(?![0-9])/g;
/** A nickname of a neighbour, 那个老滕, 七栋的老皮; a manager's or a chat owner's, 管家小赖, 群主小岳. */
const COMMON_SURNAMES_40 = new Set([...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金廖贾賈夏韦韋傅方邹鄒孟熊秦邱江尹薛闫閆段雷侯史陶黎贺賀顾顧郝龚龔邵钱錢严嚴覃武戴莫孔汤湯']);
for (const c of COMMON_SURNAMES_40) COMMON_SURNAME_UNITS_41[c.charCodeAt(0)] = 1;
const NICK_40 = /(?:那个|那個|栋的|棟的|家的)老([\u4e00-\u9fff])(?=[，,。！!？?\s搬他她住家的])|(?:管家|群主)小([\u4e00-\u9fff])(?=[，,。！!？?\s说說讲講收])/g;

function scanStop40(text: string, spans: PiiSpan[]): void {
  for (const cue of NAME_CUES_40) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
      let s = k + cue.length;
      if (text[s] === '：' || text[s] === ':' || text[s] === ' ') s++;
      // (Not a word the cue opens, 老人家, 女方家, 男方的, 子女们.)
      if (/^(?:家|的|们|們|说|說|要|都|也|和|与|與|是|在|不|没|沒)/.test(text.slice(s, s + 1))) continue;
      // (Not an office's mediator, 镇综治中心的调解员陈少玲, whom older sets leave visible as an official.)
      if (cue.startsWith('调') || cue.startsWith('調')) if (/(?:中心|所|局|院|庭|委)的?$/.test(text.slice(Math.max(0, k - 3), k))) continue;
      const e = cuedName40(text, s);
      if (e > 0) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // (Two parties of one dispute: 冶爾德與穆改蓮的贍養糾紛, 锁建军向妥小娟转账.)
  if (has(text, '纠纷') || has(text, '糾紛') || has(text, '转账') || has(text, '轉賬') || has(text, '轉帳')) {
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      if (c !== '与' && c !== '與' && c !== '向') continue;
      const right = cuedName40(text, k + 1);
      if (right < 0 || !/^(?:的|转|轉)/.test(text.slice(right, right + 1))) continue;
      for (const len of [4, 3]) {
        const s = k - len;
        if (s < 0 || (s > 0 && isHan(text.charCodeAt(s - 1)) && !/[：:，,、是]/.test(text[s - 1]))) continue;
        if (cuedName40(text, s) === k) {
          spans.push({ kind: 'name', start: s, end: k });
          break;
        }
      }
      spans.push({ kind: 'name', start: k + 1, end: right });
    }
  }
  // (One owing support: 抚养费：侯宝山每月应付500元.)
  if (has(text, '每月') || has(text, '每年')) {
    for (let k = text.indexOf('：'); k >= 0; k = text.indexOf('：', k + 1)) {
      const e = cuedName40(text, k + 1);
      if (e > 0 && /^(?:每月|每年)/.test(text.slice(e, e + 2)) && /(?:抚养费|撫養費|赡养费|贍養費|生活费|生活費)$/.test(text.slice(Math.max(0, k - 3), k))) spans.push({ kind: 'name', start: k + 1, end: e });
    }
  }
  // (One asked for: 代段素珍咨询.)
  if (has(text, '代')) {
    for (let k = text.indexOf('代'); k >= 0; k = text.indexOf('代', k + 1)) {
      const e = cuedName40(text, k + 1);
      if (e > 0 && /^(?:咨询|諮詢|询问|詢問|申请|申請|反映|办理|辦理)/.test(text.slice(e, e + 2))) spans.push({ kind: 'name', start: k + 1, end: e });
    }
  }
  if (has(text, '阿') || has(text, '法') || has(text, '哈') || has(text, '穆') || has(text, '乙') || has(text, '二') || has(text, '招') || has(text, '引')) {
    SURNAME_THEN_GIVEN_40.lastIndex = 0;
    for (let m = SURNAME_THEN_GIVEN_40.exec(text); m; m = SURNAME_THEN_GIVEN_40.exec(text)) {
      const s = m.index - 1;
      if (s < 0 || !(surnameLength(text, s) === 1 || HUI_SURNAME_40.test(text[s]) || text[s] === '麻')) continue;
      const e = m.index + m[0].length;
      if (/[儿兒婿生孩士排媳子弟]/.test(text[e] ?? '') || (s > 0 && text[s - 1] === '老')) continue;
      // (Review: a name's own start, not a word's last character, 高二女生, 其余二女, 大师招弟子; a Hui given name after a
      // Hui surname only, not 我向哈桑借.)
      if (s > 0 && isHan(text.charCodeAt(s - 1)) && !/[叫是我俺额人员員方娘妈媽爸婆夫妻女儿兒子]$/.test(text[s - 1])) continue;
      if (!/^(?:二女|招弟|引弟|引娣)$/.test(m[0]) && !HUI_SURNAMES_40.has(text[s])) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  NICK_40.lastIndex = 0;
  if (has(text, '老') || has(text, '小')) for (let m = NICK_40.exec(text); m; m = NICK_40.exec(text)) {
    const at = m.index + m[0].length - 2;
    if (surnameLength(text, at + 1) !== 1 || STANDING_WORDS.has(foldToSimplified(text.slice(at, at + 2)))) continue;
    // (Review: 老师, 老赖, 老房, 小康, 小麦 are words; only a common surname's nickname is one anyway, 老张, 小王.)
    if (wordNotPerson(foldToSimplified(text.slice(at, at + 2))) && !COMMON_SURNAMES_40.has(text[at + 1])) continue;
    spans.push({ kind: 'name', start: at, end: at + 2 });
  }
  // (Numbers only where a digit is: most opinions have none, and these rules' look-ups cost a few microseconds each.)
  if (!DIGIT_40.test(text)) return;
  const w = halfWidthOf(text);
  if (has(text, '〔') && (has(text, '调解') || has(text, '調解') || has(text, '协议') || has(text, '協議'))) {
    MEDIATION_40.lastIndex = 0;
    for (let m = MEDIATION_40.exec(text); m; m = MEDIATION_40.exec(text)) {
      // (Only the 调 and what follows it, with the one place character before it: 沙调〔2025〕…; not a document's 文号.)
      const s = m.index + m[0].length - (m[0].length - m[0].search(/[调調]〔/)) - 1;
      if (/^(?:文件|文|通知|规定|規定|执行|執行|要求)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) || sampleNumber40(text, m.index + m[0].length) || /第0+[号號]$/.test(m[0])) continue;
      // (Review: an office's price or budget adjustment, 湘价调〔2024〕123号, 财预调〔2025〕7号, 发改价调.)
      if (/[价價预預改]$/.test(text.slice(Math.max(0, m.index), m.index + m[0].search(/[调調]〔/)))) continue;
      spans.push({ kind: 'member_number', start: Math.max(m.index, s), end: m.index + m[0].length });
    }
  }
  if (has(text, '保令')) {
    PROTECTION_CASE_40.lastIndex = 0;
    for (let m = PROTECTION_CASE_40.exec(w); m; m = PROTECTION_CASE_40.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '号') || has(text, '號')) {
    PERSON_NUMBER_40.lastIndex = 0;
    for (let m = PERSON_NUMBER_40.exec(w); m; m = PERSON_NUMBER_40.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      if (/^-|-$/.test(m[1]) || sampleNumber40(text, m.index + m[0].length)) continue;
      // (Review: a patent's, a trademark's or a procurement's public number, 专利申请号CN…, 商标申请号, 采购项目申请编号.)
      if (/专利|專利|商标|商標|采购|採購|项目|項目|招标|招標/.test(text.slice(Math.max(0, m.index - 6), m.index + 2)) || text[m.index + m[0].length] === '.') continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
    // (A table's column of applications or places on the list: every row's code.)
    if ((has(text, '申请编号') || has(text, '申請編號') || has(text, '轮候号') || has(text, '輪候號')) && TABLE_BAR.test(text)) {
      LISTED_CODE_40.lastIndex = 0;
      for (let m = LISTED_CODE_40.exec(w); m; m = LISTED_CODE_40.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
    }
  }
  if ((has(text, '合同') || has(text, '合約')) && TENANT_40.test(text)) {
    LEASE_40.lastIndex = 0;
    for (let m = LEASE_40.exec(w); m; m = LEASE_40.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      // (GF-2015-0601: the national model contract's number, no tenancy's.)
      if (m[1].startsWith('GF-')) continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '，') || has(text, ',')) {
    COMMA_MOBILE_40.lastIndex = 0;
    for (let m = COMMA_MOBILE_40.exec(text); m; m = COMMA_MOBILE_40.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'mobile', start: s, end: s + m[1].length });
    }
  }
}
const DIGIT_40 = /[0-9０-９]/;
/** A number said to be a sample right after it (RZGZ2025（样本）, …（示例）). */
function sampleNumber40(text: string, e: number): boolean {
  return /^[（(]?(?:样本|樣本|示例|样例|樣例|例)|^(?:为|為)?(?:范本|範本|模板)/.test(text.slice(e, e + 4));
}

/** (Stop 40) After all rules: a class read as a name (我班学生 → 班学生), a child's word (娃娃), an amount owed (欠费三百), a
 * surname said as unknown (冒名者姓蔡), an ID said to be wrong (…（校验位不对）), a batch's or a document's number (批次号PZ2025-07,
 * 汭住保〔2025〕12号文件), an office's or a utility's line (水务集团0716-…, 工作电话0716-…, a housing office's notice). */
const OFFICE_LINE_40 = /(?:集团|集團|客服|工作电话|工作電話|办公电话|辦公電話|办公室|辦公室|居委会|居委會)[^\n。；;，,]{0,10}$|(?:请拨打|請撥打|拨打|撥打)[:：\s]?$/;
/** Someone's own line, said so before it (我家, 他的座机, 王大爷的电话): kept whatever office is named nearby. */
const OWN_LINE_40 = /[我家他她]|的(?:座机|座機|电话|電話)/;
function stop40After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    const span = text.slice(sp.start, sp.end);
    const before = text.slice(Math.max(0, sp.start - 16), sp.start);
    const after = text.slice(sp.end, sp.end + 8);
    let drop = false;
    if (sp.kind === 'name') drop = /^班[学學]生$|^娃娃$/.test(span) || (/^[费費][一二三四五六七八九十百千两兩]/.test(span) && /[欠交缴繳收退]$/.test(before)) || /^者姓/.test(span);
    else if (sp.kind === 'id_number') drop = /^[（(]?(?:校验位|校驗位)(?:不对|不對|错|錯)/.test(after) && /例子|示例|样例|樣例|填错|填錯/.test(before);
    else if (sp.kind === 'landline') drop = OFFICE_LINE_40.test(before) && !OWN_LINE_40.test(before);
    if (!drop && sp.kind === 'member_number') drop = /(?:批次号|批次號|批次)[:：\s]{0,2}$/.test(before);
    if (!drop && sp.kind !== 'name') drop = /〔(?:19|20)[0-9]{2}〕/.test(span) && /^(?:文件|号文|號文)/.test(after);
    if (drop) {
      changed = true;
      continue;
    }
    kept.push(sp);
  }
  return changed ? kept : spans;
}


// ── Stop 40b: read off pii58 (a plains county's village collectives: members, shares, dividends) and pii59 (a mountain
// scenic area: tourists, guides, porters, vendors, homestays) ──

/** More standings before a name (导游韦冬生, 老板娘汤秀娥, 计调莫丽君, 女朋友蔡宜蓁, 成员徐新民, 外嫁女郜桂芝, 退休教师范文清). */
const NAME_CUES_40B = ['导游', '導遊', '老板娘', '老闆娘', '计调', '計調', '女朋友', '男朋友', '太太', '成员', '成員', '外嫁女', '退休教师', '退休教師', '转告', '轉告'];
/** A booking's, a ticket's or an order's number after its cue, in Chinese or English (订单SJ20250619552747, 訂單號…, order
 * YQ2025…, booking no. YQ…): one traveller's. Not a shop's or a delivery's order (SHOP_ORDER_39B in its sentence). */
const ORDER_40B = /(?:订单|訂單|order|booking)(?:号|號|编号|編號| no\.?| number| #)?(?:是|为|為)?[:：\s]{0,2}([A-Z]{1,4}[0-9]{10,22})(?![0-9A-Za-z])/gi;
/** A vendor's stall after its cue (摊位号FX-A156, 攤位FX-B117): one vendor's place. */
/** A loan app's order (网贷…订单号MXH…): left visible as pii12 leaves it, a lender's record rather than a traveller's. */
/** A shop's or a delivery's order in the order's sentence (淘宝, 京东, 快递 …; not 退款, which a booking's refund says too). */
const SHOP_40B = /淘宝|淘寶|京东|京東|天猫|天貓|拼多多|网购|網購|网店|網店|店铺|店鋪|快递|快遞|外卖|外賣|发货|發貨/;
const LOAN_40B = /网贷|網貸|贷款|貸款|借款|高利贷|高利貸|借了/;
const STALL_40B = /(?:摊位|攤位)(?:号|號|编号|編號)?(?:是|为|為)?[:：\s]{0,2}([A-Z]{1,3}-?[A-Z]?[0-9]{2,4})(?![0-9A-Za-z-])/g;
/** A porter's or a sedan-chair carrier's number (编号TSG-0388, （HG-017）, 轎伕編號HG-062) where such work is spoken of. */
const CARRIER_40B = /(?:编号|編號|[（(])(?:是|为|為)?[:：\s]{0,2}([A-Z]{2,4}-[0-9]{2,4})(?![0-9A-Za-z])/g;
const CARRIER_TEXT_40B = /挑山工|挑夫|滑竿|轿夫|轎伕|抬轿|抬轎/;
/** A mobile in three parts with commas and no cue (再发一次，186，8204，9453). */
const BARE_COMMA_MOBILE_40B = /(?<![0-9])(?<![0-9][，,])1[3-9][0-9][，,][0-9]{4}[，,][0-9]{4}(?![0-9])/g;
/** A married woman's old-style name, her husband's surname and her own, then 氏 (范李氏, 魏张氏). */
const OLD_STYLE_40B = /([\u4e00-\u9fff])([\u4e00-\u9fff])氏/g;

function scanStop40b(text: string, spans: PiiSpan[]): void {
  for (const cue of NAME_CUES_40B) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
      let s = k + cue.length;
      // (导游叫那个胡红霞: a guide named after a pause.)
      if (/^(?:叫那个|叫那個|叫|是)/.test(text.slice(s, s + 3))) s += text.startsWith('叫那', s) ? 3 : 1;
      if (/^(?:家|的|们|們|说|說|要|都|也|和|与|與|在|不|没|沒|证|證|名|大|会|會|费|費)/.test(text.slice(s, s + 1))) continue;
      const e = cuedName40(text, s);
      if (e > 0) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // (Two who sign together: 范國富與馬愛蓮聯名.)
  if (has(text, '联名') || has(text, '聯名')) {
    for (let k = 0; k < text.length; k++) {
      if (text[k] !== '与' && text[k] !== '與' && text[k] !== '和') continue;
      const right = cuedName40(text, k + 1);
      if (right < 0 || !/^(?:联名|聯名)/.test(text.slice(right, right + 2))) continue;
      spans.push({ kind: 'name', start: k + 1, end: right });
      for (const len of [3, 2, 4]) {
        const s = k - len;
        if (s >= 0 && cuedName40(text, s) === k) {
          spans.push({ kind: 'name', start: s, end: k });
          break;
        }
      }
    }
  }
  if (has(text, '氏')) {
    OLD_STYLE_40B.lastIndex = 0;
    for (let m = OLD_STYLE_40B.exec(text); m; m = OLD_STYLE_40B.exec(text)) {
      if (surnameLength(text, m.index) !== 1 || surnameLength(text, m.index + 1) !== 1 || isHan(text.charCodeAt(m.index - 1)) && !/[我妈媽奶婆娘是叫和与與、，,：:]/.test(text[m.index - 1])) continue;
      spans.push({ kind: 'name', start: m.index, end: m.index + 3 });
    }
  }
  if (has(text, '师傅老') || has(text, '師傅老')) {
    for (let k = text.indexOf('傅老'); k >= 0; k = text.indexOf('傅老', k + 1)) {
      // (老 and a surname, then the nickname's end: 滑竿師傅老吳，…, 老雷抬到半路.)
      const s = k + 1;
      const next = text.charCodeAt(s + 2);
      if (surnameLength(text, s + 1) === 1 && (Number.isNaN(next) || !isHan(next) || /[说說抬要]/.test(text[s + 2]))) spans.push({ kind: 'name', start: s, end: s + 2 });
    }
  }
  if (!DIGIT_40.test(text)) return;
  const w = halfWidthOf(text);
  if (has(text, '订单') || has(text, '訂單') || /order|booking/i.test(text)) {
    ORDER_40B.lastIndex = 0;
    for (let m = ORDER_40B.exec(w); m; m = ORDER_40B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      if (SHOP_40B.test(sentenceAround39b(text, m.index, s + m[1].length)) || LOAN_40B.test(text) || /^[A-Z]+0+$/.test(m[1]) || sampleNumber40(text, s + m[1].length)) continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '摊位') || has(text, '攤位')) {
    STALL_40B.lastIndex = 0;
    for (let m = STALL_40B.exec(w); m; m = STALL_40B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (CARRIER_TEXT_40B.test(text)) {
    CARRIER_40B.lastIndex = 0;
    for (let m = CARRIER_40B.exec(w); m; m = CARRIER_40B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '，') || has(text, ',')) {
    BARE_COMMA_MOBILE_40B.lastIndex = 0;
    for (let m = BARE_COMMA_MOBILE_40B.exec(text); m; m = BARE_COMMA_MOBILE_40B.exec(text)) spans.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
}
/** (Stop 40b) An office's emergency, rescue, police or advice line (派出所电话0559-…, 急救电话, 景区救援0559-…, 咨询0559-…). */
const OFFICE_LINE_40B = /(?:派出所|所里|急救|救援|急诊|急診|(?:咨询|諮詢)(?![人者])|监管|監管|医院|醫院|游客中心|遊客中心|农经站|農經站|核实|核實)[^\n。；;]{0,8}$/;
function stop40bAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    if (sp.kind === 'landline' && (OFFICE_LINE_40B.test(text.slice(Math.max(0, sp.start - 14), sp.start)) || /^(?:核实|核實)/.test(text.slice(sp.end, sp.end + 2))) && !OWN_LINE_40.test(text.slice(Math.max(0, sp.start - 6), sp.start))) {
      changed = true;
      continue;
    }
    kept.push(sp);
  }
  return changed ? kept : spans;
}

/** (Stop 40c) A name of three read as two where its last character is rare (女朋友蔡宜蓁來爬山 → 蔡宜, 老闆娘湯秀娥人很好 →
 * 湯秀): the third character is masked too when it is none of the 2,000 commonest, starts no word, makes none with the
 * given name, and a name's end follows it (a sweep of the 2,000 commonest after 王芳 had 115 read on otherwise). Masking two of three leaves the one character a reader could search the rest by. */
const NOT_NAME_TAIL_40C = new Set([...'说說在和的了是也都就又还還给給被把对對跟与與同等们們先姐哥妹弟叔伯姨舅爷爺奶妈媽爸婆公夫妻儿兒女老总總经經主书書局长長师師家这這那来來去到从從向让讓叫请請帮幫喺係嘅咗佢冇唔嗰啲哋噉俾畀']);
/** The 2,000 characters the jieba dictionary's words use most (by the words' frequencies): a name's rare last character
 * (蓁 8,866th, 娥 2,607th) is none of them; 不, 他, 年, 芳 are. Read from the dictionary the first time. */
let commonCharacters40c: Uint8Array | undefined;
function commonCharacter40c(c: string): boolean {
  if (!commonCharacters40c) {
    const counts = new Map<number, number>();
    eachDictionaryWord((word, freq) => {
      for (let k = 0; k < word.length; k++) counts.set(word.charCodeAt(k), (counts.get(word.charCodeAt(k)) ?? 0) + freq);
    });
    const table = new Uint8Array(65536);
    for (const [code] of [...counts.entries()].filter(([code]) => isHan(code)).sort((a, b) => b[1] - a[1]).slice(0, 2000)) table[code] = 1;
    commonCharacters40c = table;
  }
  return commonCharacters40c[c.charCodeAt(0)] === 1;
}
function stop40cAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let out: PiiSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    const e = sp.end;
    // (Most spans are no two-character name with a Han character after it: no copy, no look-up for them.)
    if (sp.kind !== 'name' || e - sp.start !== 2 || e >= text.length || !isHan(text.charCodeAt(e)) || NOT_NAME_TAIL_40C.has(text[e])) continue;
    if (surnameLength(text, sp.start) !== 1 || commonCharacter40c(foldToSimplified(text[e])) || spans.some((o) => o !== sp && o.start <= e && o.end > e)) continue;
    const fold = (a: number, b: number) => foldToSimplified(text.slice(a, b));
    if (wordNotPerson(fold(e, e + 2)) || wordNotPerson(fold(e - 1, e + 1)) || wordNotPerson(fold(sp.start, e + 1)) || taggedPersonWord38(text.slice(sp.start, e + 1)) || !nameEndsHere38(text, e + 1)) continue;
    out ??= spans.slice();
    out[i] = { ...sp, end: e + 1 };
  }
  return out ?? spans;
}
