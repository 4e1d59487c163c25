import { type CodeModel, shippedCodeModel } from './code-model.js';
import { eachDictionaryWord } from './jieba-dictionary.js';
import { type NameModel, shippedNameModel } from './name-model.js';
import { foldToSimplified, toHalfWidth } from './normalize.js';
import { mergeSpans, NO_SPANS, type PiiKind, type PiiSpan } from './pii/spans.js';
import { CharSet, UnitSet } from './pii/unit-sets.js';
import { luhn, validAustrianSv, validBsn, validCodiceFiscale, validIdNumber, validNir, validOrcid, validThaiId } from './pii/checksums.js';
import { CONTEXT_BIT, SCAN_FIRST, WECHAT } from './pii/anchored-scans.js';
import { CASED_NOT_ASCII, CHAR_CLASS, CLASS_SCAN_BITS, CLASS_TRIGGERS, CYRILLIC, execAnchored, flatText, foldedOf, forgetText, HANGUL, has, hasAny, KATAKANA_ANY, MONGOL_SCRIPT, noteCharacters, scriptTest, THAI_LETTER } from './pii/text.js';
import { AMBIGUOUS_SURNAMES, ambiguousGiven, CLAUSE_END, COMPOUND_FIRST_UNIT, COMPOUND_SET, digit, FAMOUS, GIVEN_SET, HONORIFIC, HONORIFIC_FIRST, isColonOrSpace, isHan, likelyName, LIST_JOIN, LIST_OFFICIAL_BEFORE, LOOSE_STOP, NAME_BOUNDARY_BEFORE, nameEnd, NICKNAME_NOT, NOT_GIVEN, NOT_NAME_WORD, NUMERAL_NAME_END, NUMERALS, OFFICIAL_WORD_BEFORE, OPEN_QUOTE, P_WORD_SURNAME, PEOPLE, PLACE_NAMES, PLACE_SUFFIX, placeNameReading, pushName, stickyAt, SURNAME_SET, SURNAME_UNIT, surnameLength, TITLE_AFTER, TITLE_BEFORE_MOU, WATER_OR_HILL } from './pii/name-words.js';
import { anyDictionaryWord, commonWord, hasKnownCharacter, LEARNED_NOT_LAST, STANDING_WORDS, wordNotPerson } from './pii/dictionary.js';
import { ID_INTRO, sawLetter, sawTriggers, scanNumbers, T_DUN, T_FANG, T_HAO, T_JIAO, T_MING, T_PAREN, T_SHI, T_WO, T_XING, T_ZHENG, TRIGGER } from './pii/numbers.js';
import { scanDotSpelledEmails, scanSpelledEmails } from './pii/emails.js';
import { PINYIN_GIVEN, PINYIN_SURNAMES, scanEmails, scanPassports, scanPinyinLine, scanPinyinNames } from './pii/passports.js';
import { isHanAt, scanChineseDigits } from './pii/spoken-numbers.js';
import { BOAT_NUMBER, clearUndecidedPlates, OFFICIAL_CAR, OFFICIAL_USE, OWN_CAR, PLATE, PLATE_CUE_CHAR, PLATE_DOTTED, PLATE_PROVINCE, platesOfPersons, POLICE_OR_PUBLIC, PUBLIC_CAR, scanBoats, scanPlates, SENTENCE_END, undecidedPlates } from './pii/plates.js';
import { CUED_STREET_NUMBER, scanMessengerHandles, scanMicroblogAt, scanSocialHandles, STREET_HOME_AFTER, STREET_HOME_BEFORE, STREET_LEAD, STREET_NAME_STOP, STREET_OFFICE_AFTER, WXID } from './pii/accounts.js';
import { homesBesideNames, nameStart, OFFICE_BEFORE_ROOM, OFFICE_ROOM_AFTER, scanAddresses, sharedPartAfter } from './pii/homes.js';
import { ALIAS_NOT, hkNumbersAfterNames, OFFICIAL_RIGHT_BEFORE, P_SURNAME, scanAliasPairs, scanNickThenReal, scanOpeningNickname, scanOtherNames, scanSaidNicknames, trailingSigned } from './pii/aliases-and-signatures.js';
import { AH_KIN, MINORITY_AFTER, MINORITY_FIRST } from './pii/names-cued.js';
import { ABROAD, INTRODUCED_BEFORE, P_ACTION_FIRST, P_RIGHT_FIRST } from './pii/kin-and-context-cues.js';
import { OFFICE_SAID_AFTER, wordSurnameFullEnd } from './pii/names-as-words.js';
import { NICKNAME_ACTION_AFTER, P_EXTRA } from './pii/given-names-and-nicknames.js';
import { besideKnownSpans } from './pii/names-by-dealings.js';
import { scanNames } from './pii/names-introduced.js';
import { CALLED_ME_BRACKET, dropOfficeContacts, forgetOfficeLines } from './pii/office-contacts.js';
import { knownNotPersonalCode, NOT_PERSONAL_CODE_BEFORE } from './pii/not-a-personal-code.js';
import { HOLDER_CUES, scanHolderNumbers, scanMemberNumbers, scanSplitMobiles, SPLIT_CUES, STAFF_RIGHT_BEFORE, STAFF_ROLE, WECHAT_AFTER } from './pii/member-numbers.js';
import { BARE_ROOM_RESIDENT, BUSINESS_PERMIT_BEFORE, MACAU_ID, RECORD_CUE, scanLodgingRooms, scanPermits, scanRecordNumbers, scanResidentCards } from './pii/permits.js';
import { LATIN_OFFICE_BEFORE, LATIN_OFFICE_IN, LATIN_RUN_NOT, scanCapitalizedNames, scanChineseNamesGiven, scanEmiratesIds, scanForeignAccounts, scanHangulNames, scanLatinBesideNames, scanLatinGivenHanSurnames, scanLatinHomes, scanLatinNames, scanOtherNotations, scanRussianDetails, scanTaiwanHomes } from './pii/foreign.js';
import { scanMoreRound14Names, scanRound14Names } from './pii/names-round14.js';
import { HEATING_ACCOUNT, scanDisabilityNumbers, scanWelfareNumbers, WELFARE_NUMBER } from './pii/welfare-numbers.js';
import { scanRound15Names, scanRound17Names, scanRound18Names, scanRound19Names, scanSpacedNames } from './pii/names-posts-pets-sms.js';
import { scanRounds20And21Names } from './pii/regions/river-and-north-west.js';
import { scanRound22 } from './pii/regions/factory-town.js';
import { scanRound23 } from './pii/regions/north-east-border.js';
import { AFTER_YI_NAME, scanRound24, STOCK_OFFICE_BEFORE } from './pii/regions/south-west-mountains.js';
import { scanRound25 } from './pii/regions/eastern-megacity.js';
import { scanRound26 } from './pii/regions/north-west-borderland.js';
import { scanRound27 } from './pii/regions/tropical-island.js';
import { scanRound28 } from './pii/regions/mountain-megacity.js';
import { scanRound30, ZU } from './pii/regions/myanmar-laos-border.js';

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
