import { anyDictionaryWord } from './dictionary.js';
import { foldToSimplified } from '../normalize.js';
import { type CodeModel, shippedCodeModel } from '../code-model.js';
import { type NameModel, shippedNameModel } from '../name-model.js';
import { mergeSpans, type PiiSpan, spansTables } from './spans.js';
import { anchoredScansTables } from './anchored-scans.js';
import { execAnchored, flatText, foldedOf, forgetText, has, hasAny, noteCharacters, scriptTest, textTables } from './text.js';
import { nameWordsTables, surnameLength } from './name-words.js';
import { numbersTables, sawLetter, sawTriggers, scanNumbers } from './numbers.js';
import { scanDotSpelledEmails, scanSpelledEmails } from './emails.js';
import { scanEmails, scanPassports, scanPinyinLine, scanPinyinNames } from './passports.js';
import { scanChineseDigits } from './spoken-numbers.js';
import { clearUndecidedPlates, platesOfPersons, platesTables, scanBoats, scanPlates, undecidedPlates } from './plates.js';
import { accountsTables, scanMessengerHandles, scanMicroblogAt, scanSocialHandles } from './accounts.js';
import { homesBesideNames, scanAddresses } from './homes.js';
import { aliasesAndSignaturesTables, hkNumbersAfterNames, scanAliasPairs, scanNickThenReal, scanOpeningNickname, scanOtherNames, scanSaidNicknames, trailingSigned } from './aliases-and-signatures.js';
import { namesCuedTables } from './names-cued.js';
import { kinAndContextCuesTables } from './kin-and-context-cues.js';
import { givenNamesAndNicknamesTables } from './given-names-and-nicknames.js';
import { besideKnownSpans } from './names-by-dealings.js';
import { scanNames } from './names-introduced.js';
import { dropOfficeContacts, forgetOfficeLines, officeContactsTables } from './office-contacts.js';
import { knownNotPersonalCode } from './not-a-personal-code.js';
import { memberNumbersTables, scanHolderNumbers, scanMemberNumbers, scanSplitMobiles } from './member-numbers.js';
import { permitsTables, scanLodgingRooms, scanPermits, scanRecordNumbers, scanResidentCards } from './permits.js';
import { scanCapitalizedNames, scanChineseNamesGiven, scanEmiratesIds, scanForeignAccounts, scanHangulNames, scanLatinBesideNames, scanLatinGivenHanSurnames, scanLatinHomes, scanLatinNames, scanOtherNotations, scanRussianDetails, scanTaiwanHomes } from './foreign.js';
import { scanMoreRound14Names, scanRound14Names } from './names-round14.js';
import { scanDisabilityNumbers, scanWelfareNumbers, welfareNumbersTables } from './welfare-numbers.js';
import { scanRound15Names, scanRound17Names, scanRound18Names, scanRound19Names, scanSpacedNames } from './names-posts-pets-sms.js';
import { scanRounds20And21Names } from './regions/river-and-north-west.js';
import { scanRound22 } from './regions/factory-town.js';
import { scanRound23 } from './regions/north-east-border.js';
import { scanRound24 } from './regions/south-west-mountains.js';
import { scanRound25 } from './regions/eastern-megacity.js';
import { scanRound26 } from './regions/north-west-borderland.js';
import { scanRound27 } from './regions/tropical-island.js';
import { scanRound28 } from './regions/mountain-megacity.js';
import { myanmarLaosBorderTables, scanRound30 } from './regions/myanmar-laos-border.js';
import { knownNotName, notANameTables, plainFullName41, plainTwoCharName42 } from './not-a-name.js';
import { capsAfterHanNames, latinBeforeBracketedName, scanCuedStreetHomes, scanGivenThenSurname, scanQuotedNicknames, scanRound31, scanStop32 } from './regions/hakka-county-and-bohai-port.js';
import { clearSampleTables, namesBesideFound, parentsOfNamedChildren, sampleTables, scanStop33, scanThai, withoutPlaceholders, withoutSampleTables } from './regions/emigrant-county.js';
import { besideNamesStop34, groupInList, scanStop34, threeGorgesReservoirTables } from './regions/three-gorges-reservoir.js';
import { scanStop35, stop35After, stop36bAfter } from './names-by-sound.js';
import { scanStop36, stop36After } from './elders-and-veterans.js';
import { scanPersonalPapers43 } from './personal-papers.js';
import { scanFirmHeads52, scanShopPeople53, withoutFirmPlates53 } from './firm-heads.js';
import { scanLotteryTickets52 } from './lottery-tickets.js';
import { movingCompaniesAfter53, scanMovingCompanies53 } from './moving-companies.js';
import { scanCampsChatsAndNotices44 } from './camps-chats-and-notices.js';
import { chatExportSpeakers53, chatSpeakersAfter52, withoutGroupNumbers53, scanNeighboursByBuilding52, scanPlatformNicknames52 } from './chat-names.js';
import { scanWardsAndHospitalNumbers45 } from './wards-and-hospital-numbers.js';
import { scanUtilitiesAndBuildings45 } from './utilities-and-buildings.js';
import { scanHomesBoughtAndLoans46 } from './homes-bought-and-loans.js';
import { scanForestPlots50, scanHolderNames50 } from './holdings.js';
import { spelledNames46 } from './names-spelled-out.js';
import { scanGiftRegisters46 } from './gift-registers.js';
import { reliefAndTourismAfter47, scanReliefAndTourism47 } from './relief-and-tourism.js';
import { scanPaymentsAndRosters47 } from './payments-and-rosters.js';
import { familiesAfter47, scanFamiliesAndCourts47 } from './families-and-courts.js';
import { fraudsAndSoldiersAfter48, scanFraudsAndSoldiers48 } from './frauds-and-soldiers.js';
import { clinicsAndCarsAfter48, scanClinicsAndCars48 } from './clinics-and-cars.js';
import { scanTalentAndChildcare48, talentAndChildcareAfter48 } from './talent-and-childcare.js';
import { unreadIdentifiers } from './identifiers.js';
import { scanStop37, stop37After } from './regions/delivery-hub-and-island-port.js';
import { scanStop37b, stop37bAfter } from './regions/lending-collapse-and-legal-organs.js';
import { scanStop38, stop38After } from './regions/research-university.js';
import { scanStop38b } from './regions/clan-villages-and-state-farm.js';
import { scanStop39, stop39After } from './regions/industrial-city-pensions.js';
import { scanStop39b, stop39bAfter } from './regions/internships-and-provincial-capital.js';
import { scanStop40, scanStop40b, stop40After, stop40bAfter, stop40cAfter } from './regions/public-housing-and-village-collectives.js';

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
//   - (stop 49) any other run of letters and digits with six digits or more that no rule and no model read (a waybill, an
//     order, a receipt, a certificate a setting brings: A4118992025…, K3-20250610-5291), unless its cue, its clause or its
//     shape makes it an office's case number, a firm's, a product's, a document's, a public thing's, a date, an amount or
//     a count (identifiers.ts);
//   - (stop 50) a surname with one kin character of one's own or the parents' generation (阙叔, 唐姨, 王哥, 钟叔叔), not after
//     an office (派出所的王叔叔); a name after a certificate's holder or a ship's officer (持证人, 二副); a number with its
//     party named right after it (合同…，乙方…); a home left or pulled down (老房子…, 原住房…); a household's forest plot
//     (45林班15小班) and the holder before 名下 (holdings.ts);
//   - NOT masked: 400/800 numbers (companies' service lines), short public hotlines (12345, 110) and
//     an office's line (值班电话, 村委会电话 0745-…): they identify no person and staff need them to
//     follow a case up. Public officials, by title (王书记, 李局长) or by name with their office
//     (镇长王建军, 王建军、李明等镇领导): what they do in office is the subject of the criticism, not
//     private data; the same holds for an official car's plate (公车私用 reports must keep it). A
//     surname with a polite or trade form of address (李师傅, 王女士, 张老师, 窗口的小刘, 刘大姐) or alone
//     (我姓王) identifies nobody and stays, also where a writer signs with it (联系人：王女士, 聯絡：鄺太);
//     but a nickname for a private person as above, and an elder or a peer by surname and kinship address
//     (王大爷, 隔壁的刘大爷, 刘婶, 王哥: staff so called after their office stay), are masked: in a village that names one household. 张某某 is masked: writers use it for a real person they name; 向某机构 is "some".
//     An official by office with 某 (乡党委副书记钱某某, 村主任刘某) stays, like the official; so do famous
//     people in a list (李白、杜甫的诗).
//   - a building, a phase or an area alone (家住望江苑小区5号楼, 小区二期) is shared by many homes and stays.
//     Unit names, dates, amounts and counts stay.
//
// Every detector is linear in the text (anchored scans, bounded quantifiers), so a 1 MB paste or
// binary garbage costs milliseconds and never throws.

const { CLAUSE_END, COMPOUND_SET, LIST_JOIN, LOOSE_STOP, NICKNAME_NOT, NOT_NAME_WORD, NUMERALS, PEOPLE, P_WORD_SURNAME, TITLE_AFTER, isColonOrSpace, isHan } = nameWordsTables;
const { P_EXTRA } = givenNamesAndNicknamesTables;
const { ALIAS_NOT, P_SURNAME } = aliasesAndSignaturesTables;
const { CONTEXT_BIT, SCAN_FIRST, WECHAT } = anchoredScansTables;
const { TRIGGER, T_DUN, T_FANG, T_HAO, T_JIAO, T_MING, T_PAREN, T_SHI, T_WO, T_XING, T_ZHENG } = numbersTables;
const { CASED_NOT_ASCII, CHAR_CLASS, CLASS_SCAN_BITS, CLASS_TRIGGERS, CYRILLIC, HANGUL, THAI_LETTER } = textTables;
const { NO_SPANS } = spansTables;
const { BOAT_NUMBER } = platesTables;
const { STREET_OFFICE_AFTER, WXID } = accountsTables;
const { HOLDER_CUES, SPLIT_CUES, WECHAT_AFTER } = memberNumbersTables;
const { BARE_ROOM_RESIDENT, MACAU_ID, RECORD_CUE } = permitsTables;
const { HEATING_ACCOUNT, WELFARE_NUMBER } = welfareNumbersTables;
const { ZU } = myanmarLaosBorderTables;
const { WORD_NOT_NAME_STOP34 } = threeGorgesReservoirTables;
const { CALLED_ME_BRACKET } = officeContactsTables;
const { AH_KIN, MINORITY_FIRST } = namesCuedTables;
const { ABROAD, INTRODUCED_BEFORE } = kinAndContextCuesTables;
const { LOWER_FIRST_UNITS_43, FULL_NAME_LOGIT_41, GIVEN_UNITS_42, TWO_CHAR_NAME_LOGIT_42 } = notANameTables;
/** The name model's lower bounds by a candidate's length (two and three characters; the shipped threshold for the rest). */
const LOWER_LOGITS = [undefined, undefined, TWO_CHAR_NAME_LOGIT_42, FULL_NAME_LOGIT_41];

let classCount = 1;
// (Made here, at load: this module imports every module that makes a SCAN_FIRST or TRIGGER bit or flags PEOPLE, so all of
// them have run by now. CONTEXT_BIT itself is made in anchored-scans.ts, last of the bits.)
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
/** A count of days, times or the like where a given name would stand (三天, 两年, 五次). */
const COUNT_GIVEN_44 = /^[一二三四五六七八九十两兩几幾半][天年月日周週次个個回遍趟分秒点點岁歲]$/;

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
  if (sawTriggers & T_HAO || has(text, '工牌') || has(text, '胸牌')) scanMemberNumbers(text, spans);
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
  scanPersonalPapers43(text, spans); // (Stop 43)
  scanCampsChatsAndNotices44(text, spans); // (Stop 44)
  scanWardsAndHospitalNumbers45(text, spans); // (Stop 45)
  scanUtilitiesAndBuildings45(text, spans);
  scanHomesBoughtAndLoans46(text, spans); // (Stop 46)
  scanGiftRegisters46(text, spans);
  scanReliefAndTourism47(text, spans); // (Stop 47)
  scanPaymentsAndRosters47(text, spans);
  scanFamiliesAndCourts47(text, spans);
  scanFraudsAndSoldiers48(text, spans); // (Stop 48)
  scanClinicsAndCars48(text, spans);
  scanTalentAndChildcare48(text, spans);
  scanForestPlots50(text, spans); // (Stop 50)
  scanHolderNames50(text, spans);
  scanFirmHeads52(text, spans); // (Stop 52)
  scanShopPeople53(text, spans); // (Stop 53)
  scanNeighboursByBuilding52(text, spans);
  scanPlatformNicknames52(text, spans);
  scanLotteryTickets52(text, spans);
  scanMovingCompanies53(text, spans); // (Stop 53)
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
  // (Stop 44, pii74 studied) Nor a surname-like character before a count of days or times (停单三天，电话…: 单三天; 关了两年).
  kept = kept.filter((sp) => sp.kind !== 'name' || sp.end - sp.start !== 3 || !COUNT_GIVEN_44.test(text.slice(sp.start + 1, sp.end)));
  // (Each detector emits its spans in order, so the sort mostly merges sorted runs.)
  const merged = mergeSpans(kept);
  const ruled = sawTriggers & T_DUN ? fillNameLists(text, merged) : merged;
  // (Names no rule read, by the learned model, among what the rules left unmasked.)
  const learned = names ? names.find(text, ruled, (start, end) => !knownNotName(text, start, end), foldedOf(text), { thresholds: LOWER_LOGITS, firstUnits: LOWER_FIRST_UNITS_43, secondUnits: GIVEN_UNITS_42, keep: (start, end) => (end - start === 3 ? plainFullName41(text, start, end) : plainTwoCharName42(text, start, end)) }) : [];
  // (Numbers no rule read, by the learned model of numbers, likewise.)
  const coded = codes ? codes.find(text, ruled, (start, end) => !knownNotPersonalCode(text, start, end)) : NO_SPANS;
  // (A name in capitals after a Han name the model read, as after one the rules read.)
  const caps: PiiSpan[] = [];
  if (learned.length && sawLetter) capsAfterHanNames(text, learned, caps);
  // (Review of stop 43) A compound surname's first character before the model's name (南宫丽娟 read as 宫丽娟): the whole name.
  // (Not where the character ends a word begun before it: 湖南宫某 is 湖南 and 宫某.)
  for (const sp of learned) if (sp.start > 0 && COMPOUND_SET.has(text.slice(sp.start - 1, sp.start + 1)) && !(sp.start > 1 && anyDictionaryWord(foldToSimplified(text.slice(sp.start - 2, sp.start))))) sp.start--;
  // (Stop 43) A plate the rules left undecided, whose sentence has a person only the models read: that person's car.
  if (undecidedPlates.length && (learned.length || coded.length)) {
    const persons = learned.concat(coded);
    platesOfPersons(persons);
    for (let k = learned.length + coded.length; k < persons.length; k++) caps.push(persons[k]);
  }
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
  if (has(text, '的')) result = spelledNames46(text, result); // (Stop 46)
  if (result.length) result = reliefAndTourismAfter47(text, result); // (Stop 47)
  if (result.length) result = familiesAfter47(text, result);
  if (result.length) result = fraudsAndSoldiersAfter48(text, result); // (Stop 48)
  if (result.length) result = clinicsAndCarsAfter48(text, result);
  if (result.length) result = talentAndChildcareAfter48(text, result);
  result = unreadIdentifiers(text, result); // (Stop 49)
  result = chatSpeakersAfter52(text, result); // (Stop 52)
  if (result.length) result = movingCompaniesAfter53(text, result); // (Stop 53)
  result = chatExportSpeakers53(text, result); // (Stop 53)
  result = withoutGroupNumbers53(text, result);
  result = withoutFirmPlates53(text, result);
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
