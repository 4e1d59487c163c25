import type { PiiSpan } from './spans.js';
import { CharSet, UnitSet } from './unit-sets.js';
import { anchoredScansTables } from './anchored-scans.js';
import { candText, execAnchored, has, hasAny, textTables } from './text.js';
import { nameWordsTables } from './name-words.js';
import { numbersTables, sawTriggers } from './numbers.js';
import { platesTables } from './plates.js';

const { ADDRESS_AT_COMPOUND, ADDRESS_AT_STREET, ADDRESS_INTRO, COMPOUND, DASHED, DIGIT_BIT, NUM, STREET, UNIT } = anchoredScansTables;
const { NAME_BOUNDARY_BEFORE, PLACE_END, isHan } = nameWordsTables;
const { SENTENCE_END } = platesTables;
const { listedCount } = textTables;
const { T_DAN, T_ORD, T_ZHU, T_ZU } = numbersTables;

// Home addresses: a compound, village or street with its building, unit, room or house number.

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
export function nameStart(text: string, at: number, compound = false): number {
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
export function sharedPartAfter(text: string, parts: string, end: number): boolean {
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
export function homesBesideNames(text: string, spans: PiiSpan[]) {
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
export function scanAddresses(text: string, out: PiiSpan[]) {
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

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const homesTables = { NAME_STOP, NEIGHBOUR_BEFORE, OFFICE_BEFORE_ROOM, OFFICE_ROOM_AFTER };
