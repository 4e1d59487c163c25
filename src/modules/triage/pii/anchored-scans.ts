import { firstUnits } from '../first-units.js';

// The registry of scans anchored on their first characters, and every scan and pass that has a first-character bit, in the order their bits are made.

// ---------------------------------------------------------------------------------------------
// Scans anchored on their first characters.
//
// A global regular expression of many alternatives (房东|包工头|…) is tried by the engine at every position of
// the text, several times the cost of a table lookup per character. Where every match can only start with one
// of a known set of characters, the scan looks those up and tries the expression (sticky) there alone: the
// same leftmost match as the global search, found in a fraction of the time. noteCharacters lists the text's
// positions of all such characters once, one list per bit; each scan (and each pass of the name readers that acts
// only at some characters, NAME_INTRO_BIT and CONTEXT_BIT) then reads its own bit's list alone.

/** Per UTF-16 unit, a bit for each anchored scan or pass that may start at it. */
const SCAN_FIRST = new Uint32Array(65536);
let scanBits = 0;
export interface AnchoredScan {
  /** The expression, sticky; after a match its lastIndex is the match's end, as a global one's. */
  re: RegExp;
  bit: number;
}
/** A new SCAN_FIRST bit for the units `first` lists. */
function firstCharsBit(first: Iterable<number>): number {
  if (scanBits >= 32) throw new Error('at most 32 anchored scans');
  const bit = 1 << scanBits++;
  for (const unit of first) SCAN_FIRST[unit] |= bit;
  return bit;
}
/** Every anchored scan, in the order made (the tests compare each with its global search). */
export const anchoredScans: AnchoredScan[] = [];
/**
 * `re` (sticky) tried only where a match may start: at the units its source says a match begins with
 * (first-units.ts), so an edit to the expression can never leave a start out. An expression whose
 * matches may start anywhere is refused here, at load: scan it globally instead.
 */
function anchoredScan(re: RegExp): AnchoredScan {
  if (!re.sticky || re.global) throw new Error('anchoredScan: a sticky expression');
  const first = firstUnits(re);
  if (!first) throw new Error(`anchoredScan: a match of ${re.source} may start anywhere`);
  const scan = { re, bit: firstCharsBit(first) };
  anchoredScans.push(scan);
  return scan;
}
/** Digits (ASCII and full-width) as a SCAN_FIRST bit: scanNumbers starts its runs at the positions listed for it. */
const DIGIT_BIT = firstCharsBit([...Array(10).keys()].flatMap((d) => [0x30 + d, 0xff10 + d]));

// ---------------------------------------------------------------------------------------------
// Numbers said in words, as hotline transcripts write them: 一三八零零一三八零零零, 幺三九 幺二三四 五六七八.

/** Digit value (0–9) of a numeral's UTF-16 unit, or -1. */
const CN_DIGIT = new Int8Array(65536).fill(-1);
// (Stop 30) 腰: speech-to-text writes 幺 (yāo, "one" read out) as 腰 (waist), 俺的电话腰三五二七…. (Stop 44) And 么, which
// writers type for 幺 and the Traditional conversion makes of it (电话么三二八…): a run of numerals, never 什么 or 怎么.
for (const [ch, v] of Object.entries({ 零: 0, 〇: 0, 洞: 0, 一: 1, 幺: 1, 腰: 1, 么: 1, 拐: 7, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 })) CN_DIGIT[ch.charCodeAt(0)] = v;
// Financial numerals (壹叁捌 柒肆伍贰…), as some writers spell a number out so it cannot be misread.
for (const [ch, v] of Object.entries({ 壹: 1, 贰: 2, 貳: 2, 叁: 3, 叄: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9 })) CN_DIGIT[ch.charCodeAt(0)] = v;
/** CN_DIGIT's numerals as a SCAN_FIRST bit: scanChineseDigits visits the positions noteCharacters listed for it alone. */
const CN_DIGIT_BIT = firstCharsBit([...CN_DIGIT.keys()].filter((c) => CN_DIGIT[c] >= 0));

// ---------------------------------------------------------------------------------------------
// WeChat IDs (letters first; a phone number used as a WeChat ID is caught as a mobile).

const WECHAT = anchoredScan(/(?:Telegram|telegram|LINE\s?ID|Line\s?ID|LINE|line(?=[:：])|微信|威信|薇信|V信|v信|vx|VX|Vx|wechat|WeChat|Wechat|weixin|Weixin|WeiXin|wx|WX|Wx)(?:号码|號碼|账号|賬號|帳號|号|號|ID|id)?[\s:：是为為]{0,8}([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/y);

// ---------------------------------------------------------------------------------------------
// Addresses

const NUM = '(?:[0-9０-９]{1,5}|[一二三四五六七八九十百零〇两兩]{1,4}|[A-Za-zＡ-Ｚ])';
const UNIT = '(?:号楼|號樓|号院|號院|栋|棟|幢|座|单元|單元|层|層|楼|樓|室|户|戶|号|號|组|組|排|弄|巷|门|門|期|区|區)';
const DASHED = '[0-9０-９]{1,4}(?:[-－][0-9０-９]{1,4}){1,3}';
// (Stop 31: and a flat's letter after its floor, 鷗景苑3樓A, or a ground floor after the number, 老檸檬圍3號地下, as Hong Kong and
// Macau write them.)
// (Stop 32: and a room in Chinese digits after its unit or floor, 建港里十一号楼三门二〇二.)
const PARTS = `(?:${NUM}${UNIT}|${DASHED}){1,6}(?:[0-9０-９]{2,5}(?:室|户|戶|号|號|房(?![东東主子租价價产產屋间間]))?|(?<=[门門元层層楼樓])[一二三四五六七八九〇零]{3,4}(?![一二三四五六七八九十〇零百千万萬年元])(?:室|号|號)?)?(?:[东東西南北中](?:户|戶))?(?:(?<=[楼樓])[A-H](?![A-Za-z0-9])|(?<=[号號])地下(?![室车車停商超铁鐵]))?`;
// (Round 16: also a resettlement site, 红柳牧场安置点9栋1单元101.)
const COMPOUND = '(?:安置点|安置點|安置区|安置區|家属院|家屬院|小区|小區|花园|花園|家园|家園|新村|公寓|大厦|大廈|苑|园|園|里|裡|村|庄|莊|社区|社區|新城|广场|廣場|宿舍|大院|山庄|山莊|别墅|別墅|华庭|華庭|豪庭|雅庭|名庭|御庭|湾|灣|居|坊)';
const STREET = '(?:路|街|大街|大道|巷|弄|胡同|道)';
/** A compound / village followed by building, unit, room or house numbers. */
const ADDRESS_AT_COMPOUND = anchoredScan(new RegExp(`${COMPOUND}(${PARTS})`, 'y'));
/** A street followed by two or more house / building parts (南京路300弄5号, 长江路12号院3号楼). */
const ADDRESS_AT_STREET = anchoredScan(new RegExp(`${STREET}(${PARTS})`, 'y'));
/** Introduced: 家住 / 住在 / 住址 / 地址 … up to the clause's end. (Stop 50: and a home left or pulled down, 老房子在…, 原住房….) */
const ADDRESS_INTRO = anchoredScan(/(?:家庭住址|住址|地址|门牌号码|門牌號碼|门牌号|門牌號|门牌|門牌|家住|住在|家在|现住|現住|现居|現居|居住|独居|獨居|老房子在|老房子(?!的)|老宅在|老屋在|原住房|原住址|原住|住)(?:地址|住址)?(?:在|于|於|是|为|為|係)?[:：\s（(]*([^，,。；;！!？?\s\n]{2,40})/y);

/** Words that introduce a writer's own name or a private person's. */
const NAME_INTRO_WORDS = (
  '个叫|個叫|的叫|人叫|联系方式|聯繫方式|联系方法|我是|我叫|我的名字是|我的名字叫|我名叫|名叫|本人叫|本人是|本人|鄙人|我姓|本人姓|' +
    '村民|居民|同村|同組|同组|介绍人|介紹人|担保人|擔保人|见证人|見證人|老赖|老賴|业主|業主|职工|職工|老党员|老黨員|党员|黨員|退休职工|退休職工|退休教师|退休教師|退休干部|退休幹部|家长|家長|患者|租户|租戶|农民|農民|农户|農戶|' +
    '个体户|個體戶|户主|戶主|住户|住戶|老兵|老汉|老漢|联系人|聯繫人|聯系人|反映人|举报人|舉報人|投诉人|投訴人|来信人|來信人|写信人|寫信人|寄件人|寄信人|收件人|收货人|收貨人|姓名|署名|签名|簽名|落款|申请人|申請人|当事人|當事人|' +
    '我爸|我妈|我媽|我父亲|我父親|我母亲|我母親|我爱人|我愛人|我丈夫|我妻子|我老公|我老婆|我儿子|我兒子|我女儿|我女兒|我哥|我姐|我弟|我妹|邻居|鄰居|老伴|家属|家屬|' +
    // Hotline transcripts and signatures: 来电人X, 市民 X, 网友 X; people by their standing: 五保户X, 被征收户X, 村委委员X.
    '来电人|來電人|来电者|來電者|来访人|來訪人|市民|网友|網友|知情人|知情群众|知情群眾|群众|群眾|村民代表|五保户|五保戶|低保户|低保戶|被征收户|被徵收戶|征收户|徵收戶|' +
    '教师|教師|老师|老師|会计|會計|委员|委員|侄子|侄女|姪子|姪女|外甥|儿媳|兒媳|孙子|孫子|孙女|孫女|，叫|,叫|。叫|' +
    // Private persons a writer complains about or speaks for: by trade, by kinship, by standing.
    '商户|商戶|包工头|包工頭|老板娘|老闆娘|老板|老闆|房东|房東|房主|租客|摊主|攤主|店主|车主|車主|承包人|承包户|承包戶|开发商|開發商|雇主|僱主|工头|工頭|' +
    '同事|同学|同學|朋友|亲戚|親戚|表哥|表姐|表弟|表妹|堂哥|堂弟|舅舅|姑姑|叔叔|伯伯|婶婶|嬸嬸|公公|婆婆|岳父|岳母|女婿|孩子|小孩|学生|學生|病人|病友|' +
    '老人|孤儿|孤兒|残疾人|殘疾人|退伍军人|退伍軍人|退役军人|退役軍人|军属|軍屬|烈属|烈屬|村医|村醫|保安|门卫|門衛|保姆|护工|護工|清洁工|清潔工|环卫工|環衛工|' +
    '工人|农民工|農民工|工友|务工人员|務工人員|贫困户|貧困戶|困难户|困難戶|危房户|危房戶|拆迁户|拆遷戶|留守老人|留守儿童|留守兒童|独居老人|獨居老人|' +
    '业主代表|業主代表|居民代表|家长代表|家長代表|外甥女|我表叔|我表姑|我表舅|我表姨|我堂叔|我堂兄|我堂姐|我堂妹|我丈人|我孙子|我孫子|我孙女|我孫女|我外孙|我外孫|我兄弟|我姐夫|我妹夫|我姑父|我姨父|我姑夫|我姨夫|我表哥|我表姐|我表弟|我表妹|我爷爷|我爺爺|我奶奶|我外婆|我外公|我公公|我婆婆|我岳父|我岳母|我叔|我舅|我姑|我姨|我侄|我孙|我孫|' +
    '来访者|來訪者|来信者|來信者|诉求人|訴求人|求助人|报警人|報警人|信访人|信訪人|上访人|上訪人|代理人|监护人|監護人|' +
    // (Round 15) The parties of a private debt and of its enforcement (被执行人苏某某, 出借人, 今借到…人民币): private persons.
    '被执行人|被執行人|申请执行人|申請執行人|出借人|债务人|債務人|债权人|債權人|放贷人|放貸人|今借到|今欠|' +
    // Owners and parties by what they own or do (塘主解老五, 办事人权福生).
    '学员|學員|机主|機主|塘主|园主|園主|矿主|礦主|船主|货主|貨主|事主|苦主|办事人|辦事人|缴费人|繳費人|购房人|購房人|投保人|参保人|參保人|' +
    // Dialect and Cantonese self-introductions; relatives said with 我/俺 and without; people by their part in a case.
    '俺叫|俺是|俺姓|额叫|額叫|额是|額是|偶是|我係|本人係|我叫做|我名字叫|我名字是|名字叫|名字是|' +
    '我爸爸|我爹|我娘|我妈妈|我媽媽|我哥哥|我姐姐|我弟弟|我妹妹|我媳妇|我媳婦|我老伴|我亲家|我親家|俺亲家|俺親家|我东家|我東家|我爷|我爺|俺爷|俺爺|我闺女|我閨女|我家老人|我家老头|我家老頭|我男人|我婆娘|我大儿子|我大兒子|我小儿子|我小兒子|我大女儿|我大女兒|我小女儿|我小女兒|' +
    '俺爹|俺爸|俺娘|俺妈|俺媽|俺老伴|俺家老人|俺男人|俺媳妇|俺媳婦|俺儿子|俺兒子|俺闺女|俺閨女|俺哥|俺姐|俺弟|俺妹|' +
    '女子|妻子|丈夫|未婚夫|未婚妻|老公|老婆|媳妇|媳婦|爱人|愛人|儿子|兒子|女儿|女兒|闺女|閨女|父亲|父親|母亲|母親|爸爸|妈妈|媽媽|哥哥|姐姐|弟弟|妹妹|' +
    '发件人|發件人|留言人|咨询人|諮詢人|求助者|建议人|建議人|我娃|俺娃|额娃|額娃|位叫|在下姓|全名|真名|真实姓名|真實姓名|聯絡人|联络人|产权人|產權人|大名|小名|乳名|本名|原名|绰号|綽號|外号|外號|我阿爸|我阿媽|我阿妈|我阿爺|我阿嫲|我老豆|我老竇|阿爸|阿媽|我家姐|我細佬|户名|戶名|开户名|開戶名|收款人|持卡人|受害人|被害人|伤者|傷者|死者|原告|被告|借款人|欠款人|承租人|出租人|证明人|證明人|担保人|擔保人|失主|遗孀|遺孀|网格员|網格員|志愿者|志願者|' +
    // (Round 16) Grand-uncles and -aunts, grandparents in the southern form, a Cantonese elder brother (我舅公X, 我阿公X, 我大佬X).
    '我舅公|我叔公|我伯公|我姑婆|我姨婆|我舅婆|我阿公|我阿婆|我大佬|我细佬|我祖父|我祖母|' +
    // (Round 16) Herders and fishers by their standing, as 村民 (牧民代表冯金宝, 渔民黄阿四, 船东 吴金土).
    '牧民|牧民代表|渔民|漁民|渔民代表|漁民代表|船东|船東|' +
    // (Round 19) Delivery riders and couriers by their trade (骑手 花志勇，…).
    '骑手|騎手|外卖员|外賣員|快递员|快遞員|' +
    // (Round 19) A parent in the letter-writer's formal words (家父何振聲是…, 家母…).
    '家父|家母|' +
    // (Stop 28) A father and elders in the northwest's Hui and Salar speech (我阿大韩有福), a Muslim's religious name (经名法图麦),
    // a mosque's student (满拉), a shop's hand,
    // a dealer, a salesman, a debt collector (伙计马小兵, 代理商蔡宏远, 推销员葛丽, 催收员…).
    '我阿大|我阿奶|我阿舅|经名|經名|满拉|滿拉|伙计|夥計|代理商|推销员|推銷員|催收员|催收員|打假人|' +
    // Grandparents called without 我 (阿嫲陳亞嬌), a fellow villager (老乡阳明), a Cantonese son or daughter (佢個女凌慧).
    '阿嫲|阿嬤|阿婆|阿爺|阿爷|阿奶|老乡|老鄉|個女|个女|個仔|个仔|' +
    // (Stop 29) Southern Min kin with 阿 (我阿叔, 我阿母, 我阿兄), a late parent or husband, a
    // relative of a third person (她老公); private persons by their job or standing in a firm, a dormitory, a clan's or
    // an elders' council, an overseas-Chinese family (楼管, 记录员, 副总, 翻译, 出纳, 台胞, 乡亲, 归侨); not 理事长, which an official
    // body's head is too (区残联理事长).
    '我阿叔|我阿母|我阿兄|我阿姐|我阿伯|我阿姆|我阿嬸|我阿婶|先父|先母|先夫|亡夫|她老公|他老婆|她丈夫|他妻子|她儿子|她兒子|他儿子|他兒子|' +
    '楼管|樓管|记录员|記錄員|记录人|記錄人|副总|副總|翻译|翻譯|出纳|出納|台胞|乡亲|鄉親|侨胞|僑胞|归侨|歸僑|侨眷|僑眷|' +
    // (Stop 29) Taiwanese and formal written kin: 阮 for "my" in Hokkien (阮阿爸, 阮某 my wife, 阮尪 my husband, 阮後生 my
    // son), a husband as 我先生 and a wife as 我太太 or 內人, 外子, 家兄, 舍弟, and 敝姓 before a surname.
    '阮阿爸|阮阿母|阮老爸|阮老母|阮阿公|阮阿嬤|阮阿媽|阮爸|阮媽|阮某|阮尪|阮牽手|阮後生|阮查某囝|阮囝仔|阮小弟|阮阿兄|阮阿姊|阮小妹|' +
    '外子|內人|内人|內子|内子|家兄|舍弟|舍妹|家姊|家姐|小犬|犬子|我先生|我太太|她先生|他太太|敝人|我老爸|我老媽|我老妈|我老母|' +
    // (Stop 29) A sister's husband (连襟) and a wife in Wu speech (我老太婆).
    '我连襟|我連襟|连襟|連襟|我老太婆|老太婆|' +
    // (Stop 29) Taiwanese managers, businessmen and students, mainland spouses of Taiwanese, a veteran's descendant, an old
    // woman and a boss in Hokkien speech (台幹許雅婷, 陸配彭小燕, 歐巴桑李阿秀, 頭家洪永昌), and more Hokkien kin (阮囝, 伊尪, 阿祖).
    '台干|台幹|台商|台生|陆配|陸配|台籍|老兵后代|老兵後代|欧巴桑|歐巴桑|头家|頭家|阮囝|阮阿祖|阿祖|伊尪|伊某|伊囝|亲家母|親家母|亲家公|親家公|' +
    // (Stop 32) Hakka and southern grandparents and mothers without 我 (阿公古德森, 阿姆曾玉秀), a great-grandfather, grand-nephews and
    // great-grandchildren (侄孫溫家明, 曾孙刘建华), a father's elder brother in the north (我大爺鄧廣田); growers and clansmen by their
    // standing (果农曾水秀, 族人赖春林, 社员代表…); a property firm's manager (物业经理谢锦程) and a chat group's member (not 财务 or
    // 调度, which an office's staff are too: 镇财政所财务王丽).
    '阿姆|我太公|我太婆|太公|太婆|侄孙|侄孫|侄孙女|侄孫女|曾孙|曾孫|曾孙女|曾孫女|我大爷|我大爺|' +
    '果农|果農|茶农|茶農|菜农|菜農|橙农|橙農|族人|宗亲|宗親|社员|社員|社员代表|社員代表|物业经理|物業經理|群成员|群成員|保洁|保潔|' +
    // (Stop 32) A name by its kind: in the clan's register, at school, used before (族谱名赖绍棠, 曾用名…; not 别名: 玉米别名包谷).
    '族谱名|族譜名|谱名|譜名|学名|學名|曾用名|' +
    // (Stop 33) Owners' and parents' committees are residents, not offices (业委会主任樊志國, 家委会主任紀思彤); a flat's
    // inspector, a village election's candidate, an overseas community's leader, in-laws, a sub-landlord, a courier, a
    // rider and a commuter by their standing (验房师鈕晨陽, 候选人叶国富, 侨领潘德林, 親家陳金寶, 二房东熊大, 快递员小黑哥).
    '业委会主任|業委會主任|业委会副主任|業委會副主任|业委会委员|業委會委員|业委会成员|業委會成員|家委会主任|家委會主任|家委会成员|家委會成員|' +
    '我阿娘|外孙|外孫|外孙女|外孫女|验房师|驗房師|候选人|候選人|侨领|僑領|亲家|親家|二房东|二房東|快递员|快遞員|快递小哥|快遞小哥|骑手|騎手|通勤族|黑车司机|黑車司機|筹备组成员|籌備組成員|' +
    // (Stop 34) A ship's crew; a grandson in south-western speech (船员鲍海, 我孙儿滕浩宇).
    '船员|船員|我孙儿|我孫兒|孙儿|孫兒|' +
    // (Stop 47) A disaster's and an insurer's parties and a donor by their standing (被保险人滑金妹, 重建户广顺子, 捐款人嵇水生):
    // private persons, as 投保人 and 拆迁户 are. (Not 游客, which starts too many words: 游客成群, 游客方向; relief-and-tourism.ts
    // reads a tourist's signature.)
    '被保险人|被保險人|受益人|重建户|重建戶|受灾户|受災戶|安置户|安置戶|捐款人|捐赠人|捐贈人|' +
    // (Stop 50) A certificate's holder and a ship's officers and hands (持证人闵长江, 二副程海峰, 轮机长…: a crewing agency's
    // seafarers, private persons as 船员 are; not 船长, whom a port's notices name in office), and a son as 我儿 (我儿官启航).
    '持证人|持證人|大副|二副|三副|轮机长|輪機長|大管轮|大管輪|二管轮|二管輪|三管轮|三管輪|水手长|水手長|我儿|我兒|' +
    // (Stop 51, pii95 studied) Elder siblings by their rank (我大哥王長江, 大哥向長江分了老屋), and a
    // sister-in-law. (Not 隔壁: a set never read lost two characters' precision.)
    '大哥|二哥|三哥|大姐|二姐|三姐|我大哥|我二哥|我三哥|我大姐|我二姐|我三姐|大嫂|我大嫂|我嫂子|' +
    // (Stop 51, pii97 studied) Sons and daughters by their rank in a will or a family's quarrel (由次子漆国强继承, 长女…).
    '长子|長子|次子|三子|幼子|长女|長女|次女|三女|幼女|养子|養子|养女|養女|' +
    // (Stop 52, pii101 and pii104 studied) The parties of a second-hand deal and a group purchase, and a nurse (卖家葛荣,
    // 买家卫晨, 团长莫小琪, 护士景书瑶): private persons by their part, as 租客 and 护工 are. A firm's person in charge is read
    // in firm-heads.ts (负责人 is an office's too).
    '卖家|賣家|买家|買家|团长|團長|护士|護士|' +
    // (Stop 52, pii106 studied) The parties of a land lease, a visiting buyer and a go-between (出租方姚振山, 承租方史运福, 地租给陈怀远,
    // 河北客商邢振江, 中间人鲍志远): every set that names one after these words labels the name.
    '出租方|承租方|租给|租給|客商|中间人|中間人|' +
    // (Stop 52, pii105 studied) A lottery outlet's owner (站主戚海龙).
    '站主|' +
    // (Stop 53, pii108 studied) Livestock dealers and brokers, and who draws a payment (猪贩子游平安, 豬經紀季佑生, 补偿款领取人邹细妹):
    // private persons by their trade or part, as 代理商 and 受益人 are.
    '猪贩子|豬販子|牛贩子|牛販子|羊贩子|羊販子|猪经纪|豬經紀|牛经纪|牛經紀|领取人|領取人|' +
    // (Stop 53, pii109 studied) A market's neighbouring stallholder (邻摊卜长有): a private person, as 邻居 is.
    '邻摊|鄰攤|隔壁摊|隔壁攤'
).split('|');
/** The introductions' first characters as a SCAN_FIRST bit: scanNames visits the positions noteCharacters listed for it alone. */
const NAME_INTRO_BIT = firstCharsBit(NAME_INTRO_WORDS.map((w) => w.charCodeAt(0)));
const NAME_THEN_CONTACT = anchoredScan(/(?:[(（]\s*(?:电话|電話|手机|手機|联系|聯繫|聯系|tel|Tel|TEL|电|電|微信|身份证|身份證)|[，,]\s*(?:电话|電話|手机|手機|联系电话|聯繫電話|聯系電話|身份证|身份證|QQ|qq|微信|邮箱|郵箱|e-?mail|E-?mail))/y);
/** A private person after the place they live: 大垄村谭有福的儿子, 三组王五反映. */
const PLACE_THEN_NAME = anchoredScan(/(?:村|组|組|屯|寨|镇|鎮|乡|鄉|社区|社區|小区|小區|隔壁|对门|對門|楼下|樓下|楼上|樓上)(?:里的|裡的|的)?(?=[\u3400-\u9fff])/y);
const REPORTING_VERB = anchoredScan(/反映|反應|来电|來電|来信|來信|举报|舉報|投诉|投訴/y);

/** A letter's closing formula after the writer's name. */
const CLOSING = anchoredScan(/[敬谨謹拜叩顿頓泣跪](?=[上首谢謝呈告])/y);
/** Verbs after which a private person's full name may stand (找了王建军, 被宋大海打了, 把杨德明打了). */
const NAME_AFTER_VERB = anchoredScan(/找(?:了|到|过|過)?|被|把|告诉|告訴|通知|问了|問了|打了|骂了|罵了|欠/y);

// ---------------------------------------------------------------------------------------------
// Round 11 (pii7, dev11 studied): a private person named by a nickname or a form of address after
// the dealings the writer has with them, names transcribed by sound, homes beside their residents.

/**
 * Words for a private person by the dealings the writer has with them (房东, 包工头, 租户, 保姆, 店主, 业主, 知情人)
 * or by their trade (开小卖部的, 卖菜的, 修鞋的, 杀猪的; round 19: 收废品的, not 收费的 at a window): what follows names
 * that person, however the writer calls them.
 */
const DEALING = anchoredScan(/(?:住的|房东|房東|房主|包工头|包工頭|工头|工頭|租户|租戶|租客|房客|保姆|雇主|僱主|店主|摊主|攤主|老板娘|老闆娘|老板|老闆|车主|車主|住户|住戶|业主|業主|户主|戶主|知情人|(?:开|開|卖|賣|修|养|養|杀|殺|摆|擺|补|補|炸|烤|磨)[\u3400-\u9fff]{1,5}?的|(?:收废品|收廢品|收破烂|收破爛|收旧货|收舊貨|收废铁|收廢鐵)的)[\s\u3000]?/y);
/** The writer's own introductions before a name whose surname starts words. */
const SELF_WORD_SURNAME = anchoredScan(/(?:本人|我是|我叫|联系人|聯繫人|反映人|举报人|舉報人|投诉人|投訴人|来电人|來電人|知情人|落款|署名)[：:\s\u3000]*/y);
/** A strong introduction before such a name. */
const TRANSLIT_INTRO = anchoredScan(/(?:我叫|名叫|叫做|我是|本人|反映人|举报人|舉報人|投诉人|投訴人|联系人|聯繫人|聯系人|来电人|來電人|来信人|來信人|写信人|寫信人|姓名|落款|署名)[：:\s\u3000]{0,3}/y);
// (Without an optional 我/俺/她/他/我们/我家 before the relative: the loop reads only where a match ends, and the match
// of the relative alone ends at the same place; the expression is then not tried at every 我 and 他.)
const KIN_TRANSLIT_INTRO = anchoredScan(/(?:外公|外婆|阿爸|阿妈|阿媽|爸爸|妈妈|媽媽|父亲|父親|母亲|母親|家父|家母|家兄|老公|老婆|媳妇|媳婦|丈夫|妻子|儿子|兒子|女儿|女兒|孙子|孫子|孙女|孫女|侄子|姪子|侄女|姪女|外孙|外孫|公公|婆婆|亲戚|親戚|邻居|鄰居|房东|房東|包工头|包工頭|老乡|老鄉|孩子|阿公|阿爷|阿爺|牧民|村民|家长|家長|户名|戶名|叫)[：:\s\u3000]{0,2}/y);
/** "护工小芳，叫吕芳", "小蒋，真名蒋春雷": a nickname, a comma, then the real name sharing a character with it. */
const NICK_THEN_REAL = anchoredScan(/[，,](?:叫|真名|大名|全名|本名|其实叫|其實叫)[：:是]?/y);

/**
 * (Round 14) Nicknames and names the writer sets beside a person:
 *   - a nickname right before the real name's cue (胖虎大名叫陶子昂, 小名叫豆包大名叫…, 叫小黑，真名…, 罗二虎（真名…）,
 *     “黑皮刘”（叫刘金宝）): the word the real name explains;
 *   - a child's name in 我是X妈妈 / X妈 / X爸爸 (我是一诺妈妈): the parent names themselves by their child;
 *   - 阿 and one character after 叫 / 自称 (司机叫阿龙，), and 阿 with an English name anywhere (阿May, 阿Ben);
 *   - a formal kinship word and the relative's full name (家父蘇永康為…, 家母陸秀英今年…, 先父X);
 *   - a returnee's or an overseas Chinese's full name after 华侨 / 归侨 (我是…華僑黃麗娟，);
 *   - an English kinship word and a Chinese name (My mother 梁何秀雲 lives…);
 *   - a nickname set off at the end of the text, by a phone number or after the writer's standing (泺水新村 老甘 133…,
 *     13960975523 老甄, 路人 强子, 上班族 东东 130…).
 * Not 小名 words that are no one's (老师, 小区), a title (王局长（王建军）), 我是孩子妈妈, 阿姨, 家父去世.
 */
const REAL_NAME_CUE = anchoredScan(/(?:[，,]|[（(])?(?:叫|真名|大名|全名|本名|学名|學名)(?:叫|是)?[:：]?/y);

// ---------------------------------------------------------------------------------------------

/** Personal-data spans of a text, sorted and merged (overlapping spans become one). */
/**
 * The characters scanContextNames' pass does anything at (all others it steps over): those of its readers (P_EXTRA),
 * a surname that is a word (P_WORD_SURNAME) and opening quotation marks; also scanKinForms' surnames. (Here, after
 * every flag() above.) (The bit is made here, last of the bits; its characters are marked in detect.ts, which loads
 * after every flag().)
 */
const CONTEXT_BIT = firstCharsBit([0x201c, 0x300c, 0x300e, 0x22]);

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const anchoredScansTables = { SCAN_FIRST, DIGIT_BIT, CN_DIGIT, CN_DIGIT_BIT, WECHAT, NUM, UNIT, DASHED, COMPOUND, STREET, ADDRESS_AT_COMPOUND, ADDRESS_AT_STREET, ADDRESS_INTRO, NAME_INTRO_WORDS, NAME_INTRO_BIT, NAME_THEN_CONTACT, PLACE_THEN_NAME, REPORTING_VERB, CLOSING, NAME_AFTER_VERB, DEALING, SELF_WORD_SURNAME, TRANSLIT_INTRO, KIN_TRANSLIT_INTRO, NICK_THEN_REAL, REAL_NAME_CUE, CONTEXT_BIT };
