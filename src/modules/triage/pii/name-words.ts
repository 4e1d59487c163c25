import type { PiiSpan } from './spans.js';
import { CharSet, UnitSet, unitSetsTables } from './unit-sets.js';
import { anchoredScansTables } from './anchored-scans.js';

const { codes } = unitSetsTables;
const { NAME_INTRO_WORDS } = anchoredScansTables;

// Surnames, given names and the ends of names: what every name reader builds on.

// ---------------------------------------------------------------------------------------------
// Numbers: one linear scan over digit groups (ASCII or full-width) joined by single separators.

/** Digit value of a UTF-16 unit, or -1. */
export function digit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Names

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆司卓古吉缪简项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚权帅屠朴练廉禹祖漆巴丰卿狄索宣晋扈晁芮阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危亢嵇湛宾戎勾茅揭尉冶斯束檀衣昝智幸奉植衡尧' +
  '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭於蔣餘葉蘇呂盧鍾譚陸範賈韋鄒閆閻龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯嶽歐關蘭寧紀畢單塗駱藍遊鮑華饒陽繆簡項連蘆麥婁竇宮費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂鬱儲勞諶藺樓滿聞厲闞權帥樸練豐晉闕況鮮諸戰賓堯衞' +
  // Rarer surnames that seldom start an ordinary word (洪, 赖, 郗, 禤, 笪, 仉 …), both scripts.
  '洪赖钮荀邴糜隗宓郗钭蓟鄂璩濮郏庾暨殳夔厍訾乜蒯竺仉缑郈佴谯笪禤贲羿汲郦莘韶凤逄' +
  '賴鈕薊酈譙緱厙鳳禚貝贝路沃郤鄞车車' +
  // (強 is 强 in Traditional script; 眭, 庹 are rare surnames that start no common word.)
  '強眭庹' +
  // More real rare surnames that start no ordinary word (甯, 綦, 麴, 酆, 郄, 苌, 芈, 呙, 妫, 郐, 郇, 蹇), both scripts.
  '甯綦麴酆郄雎苌萇芈羋呙咼妫媯郐鄶郟鈄郇蹇毋斛' +
  // (More real surnames that start no common word.)
  '雒菅虢郯嬴弓巢' +
  // (Round 14) 丘, a Hakka and overseas-Chinese surname (丘德成); 丘陵 reads as no name (陵 is no given name here).
  '丘' +
  // (Round 21) Hui and Dongxiang surnames of the north-west that seldom start a word before a given name (妥, 锁, 喇, 冶).
  '妥锁鎖喇冶' +
  // (Stop 28) 撒, a Salar surname (撒秀英, 撒得福); the words it starts (撒谎, 撒手) have no given-name character after it.
  '撒';
const COMPOUND_SURNAMES = '太史|闾丘|閭丘|左丘|单于|單于|公冶|太叔|万俟|萬俟|拓跋|百里|东郭|東郭|羊舌|梁丘|乐正|樂正|宗政|濮阳|濮陽|淳于|仲孙|仲孫|钟离|鍾離|巫马|巫馬|公西|漆雕|司空|鲜于|鮮于|第五|欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|慕容|尉迟|尉遲|宇文|长孙|長孫|夏侯|公孙|公孫|端木|独孤|獨孤|司徒|申屠|轩辕|軒轅|澹台|澹臺|呼延|南宫|南宮|西门|西門|闻人|聞人|赫连|赫連|亓官|司寇|颛孙|顓孫|壤驷|壤駟|公羊|宰父|谷梁|穀梁';
/** Characters common in given names (both scripts), and 某 for 张某某. */
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华平刚桂兰玉萍红霞建国林文辉力鹏飞宇浩凯俊峰波斌宁海燕云莲真环雪荣爱妹香月凤洁梅琳素慧巧美淑惠珠翠雅芝玲婷倩茜秋珊莎锦黛青丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝阳妮宝贝初程梵罡恒鸿桦骅剑娇纪宽灵玛媚琪晴容睿烁堂唯威韦雯苇萱阅彦雨忠宗曼紫逸贤蝶菡绿蓝儿烟小大中立志永德福生龙春兴金山胜发成光东新利清彬富顺信子昌进松善厚庆友裕河哲江亮政谦亨奇固之轮翰朗伯宏言若鸣朋梁栋维启克伦翔旭泽晨辰士以家致树炎行时泰盛雄琛钧冠策腾楠榕风航弘义兵保全安和武学祥才有坚良仁贵元康星天达岩茂彪博诚先敬震振壮会思群豪心邦承乐绍功芬珍琼花娥莺媛瑞凡佳嘉勤贞莉娣叶璧璐娅琦晶妍姣婉娴瑾颖露瑶怡婵雁蓓仪荷彩菊霖霏靖铭泓涵瑜璇璟瑄钰铮锋锐铁钢锡镇长根柱桥森杨柏桐梓楷樱权萌莹蔚蓬茹荟苗芷芮芙芹苏茵蒙蕾藤晋昊昕昆昂晖晗晟景智暖暄曦朝望期木未本朴杉材果柯柳桓梧棠楚槐樊欧歌正殷毅民水汝汉汐沁沐沛泉泊洪浦涌润淮淳添渊源溪滨漫潇澄澈灿炳炜烨焕煜熙燃爵玄玮珂珏璋璞甜田甫男画畅白百皓益盈石祯禄禹秉科稳穗童章竣端笑筱箐米纲绮继绪缘羿翊耀聚舜芃芊萧蔓虹衡西詹誉谷豫赛跃轩迅远迪通道遥郁重鑫镜闯阔阿陆隆霆霜靓韬颂飒驰骏骞高鹤黎默鼎齐某一二三四五六七八九十' +
  '偉靜麗強軍豔傑濤華剛蘭紅國輝鵬飛凱寧雲蓮環榮愛鳳潔錦夢嵐韻園藝詠聰瀾純悅飄瀅靄曉歡楓亞陽寶貝恆鴻樺驊劍嬌紀寬靈瑪爍韋葦閱彥賢綠藍兒煙龍興勝發東順進慶謙輪鳴棟維啟倫澤樹時鈞騰風義學堅貴達巖誠壯會樂紹瓊鶯貞葉婭嫻穎瑤嬋儀銘鈺錚鋒銳鐵鋼錫鎮長橋楊櫻權瑩薈蘇晉暉樸歐漢湧潤淵濱瀟燦煒燁煥瑋畫暢禎祿穩綱綺繼緒緣蕭譽賽躍軒遠遙鬱鏡闖闊陸靚韜頌颯馳駿騫鶴齊峯閲樑啓羣嫺鋭' +
  // More given-name characters common in older and rural names (冬梅, 少华, 春来, 有福, 卫东, 援朝 …).
  '冬少繁来來寿壽喜财財旺土桃杏银銀锁鎖栓虎豹雀鹰鷹定吉礼禮孝俭儉庄温溫慈诗詩日北早夏南好直实實钦欽捷绣繡浪津舟帆岭嶺岗崗岛島洲塘池苍蒼葱蔥归歸登展升再连連卫衛革向传傳祖庭语語彤淼垚品喆健满滿仓倉妞丫娃招弟换換改仙姑娘莎翔雯婧璐瑛玥琨珺钊釗炯烽焱淦湘滔潮渝沅洛汀沫泳洲铃鈴钟鍾镭鐳锴鍇坤帅帥恺愷桢楨朔昶勋勳斐蕴蘊嫦艷犇卉葵幺朵令诺諾佩川守世丰豐玫援佑' +
  // Given-name characters that seldom end an ordinary word after a surname character (盼, 奕, 麟 …).
  '盼彧奕姝嫣瀚漪祺尧堯麒麟凌淩墨' +
  // Names of the 1950s–70s generation (红旗, 幸福, 长庚): 旗, 幸 and 庚 seldom end a word after a surname character.
  '旗幸庚' +
  // (Round 23) Korean-Chinese given names (崔龙洙, 李贞植, 朴成镐, 申恩惠).
  '洙植镐鎬恩' +
  // (Stop 30) Common in northern rural names (耿广田, 魏书田, 司金锤), both scripts.
  '广廣书書锤錘' +
  // (Stop 31) 标 of southern names (林清標, 王志标).
  '标標' +
  // (Stop 32) 双 of a pair's wish (郝双喜; not 声: 齐声, 连声 are words).
  '双雙' +
  // (Stop 52) 雷 of 春雷, 国雷 (买家段春雷, 村民段春雷: 段春 was masked and 雷 left); 余 of 庆余, 有余 (老伴范庆余);
  // 占 of the northern plains' rural names (邹占山, 毛佔山; not 运, which opens 运输 after a surname, nor 留, which ends a
  // signature: 姜文涛留).
  '雷余餘占佔' +
  // (Stop 53, pii108 studied) 赐 of 天赐 (老闆桂天賜 was masked as 桂天). (细 of the south's 细妹 is read in nameEnd only before
  // 妹, 娃, 伢 or 仔: as any given name's character it read 明细 as a name and a set never studied one character short.)
  '赐賜'
const SURNAME_SET = new CharSet(SURNAMES);
const SURNAME_CODES = new UnitSet([...SURNAMES].map((c) => c.charCodeAt(0)));
const COMPOUND_SET = new Set(COMPOUND_SURNAMES.split('|'));
const COMPOUND_FIRST = new CharSet(COMPOUND_SURNAMES.split('|').map((x) => x[0]));
const COMPOUND_FIRST_CODES = new UnitSet(COMPOUND_SURNAMES.split('|').map((c) => c.charCodeAt(0)));
const PLACE_NAME_FIRST = new CharSet('江吉武金安宁寧常黄黃南高丰豐万萬林邵岳衡沈瀋辽遼阜咸信益华華成文永平和长長石龙龍');
/** Places that read like a surname and a given name ("我是江西人", "我是武汉的"). */
const PLACE_NAMES = /^(?:江苏|江蘇|江西|吉林|武汉|武漢|金华|金華|安阳|安陽|宁波|寧波|常德|黄山|黃山|南昌|南宁|南寧|南通|南阳|南陽|南平|高安|宁德|寧德|丰城|豐城|万宁|萬寧|林芝|邵阳|邵陽|岳阳|岳陽|衡阳|衡陽|沈阳|瀋陽|辽阳|遼陽|阜阳|阜陽|咸阳|咸陽|信阳|信陽|益阳|益陽|华阴|華陰|安康|常宁|常寧|成安|文安|永和|平安|和平|长安|長安|华山|華山|金山|石林|龙华|龍華)/;
const GIVEN_SET = new CharSet(GIVEN);
const NUMERALS = new CharSet('一二三四五六七八九十幺'); // (幺: 罗幺妹, the youngest)
const OLD_NAME_END = new CharSet('根栓拴锁鎖柱旺财財');
const NUMERAL_NAME_END = new CharSet('妹娃宝寶毛丫根喜保娣妞妮凤鳳英秀花兰蘭贵貴福旺狗柱虎牛');
const HONORIFIC_FIRST = new CharSet('先女小师師老大阿经經总總同书書主局镇鎮乡鄉县縣市科所院校医醫护護某');
const HONORIFIC = /^(?:先生|女士|小姐|师傅|師傅|老师|老師|大爷|大爺|大妈|大媽|阿姨|大哥|大姐|老板|老闆|经理|經理|总|總|同志|书记|書記|主任|局长|局長|镇长|鎮長|乡长|鄉長|县长|縣長|市长|市長|科长|科長|所长|所長|院长|院長|校长|校長|医生|醫生|护士|護士|某[个個些种種])/;
/** After a strong introduction (我叫, 姓名：) any Han character may be a given name, except these. */
const NOT_GIVEN = new CharSet([
  ...'的是在了和与與及等我你他她们們这這那有没沒不也都就还還说說讲講向从從对對把被给給让讓今年现現岁歲男女家住电電手联聯身份证證号號反举舉投村镇鎮乡鄉县縣市区區街路',
  // Nouns, verbs and particles that end words, never names (职工文化节, 困难户修房子).
  ...'节節会會费費款钱錢事情题題物品业業务務作活动動程序度制法规規房屋楼樓场場站所院室厂廠店馆館部处處队隊委办辦局科组組社庙廟里裡外内內后後边邊旁月号號元块塊次个個么麼吗嗎呢吧啊呀过過着著得很太最更又才刚剛已没请請谢謝问問看见見听聽想要能可该該应應出进進起开開关關打做干幹弄搞找拿送接收交用花吃喝玩睡走跑坐拉推到去',
]);
const PLACE_SUFFIX = new CharSet([...'镇鎮乡鄉村县縣市区區州省庄莊屯寨堡']);
const PLACEHOLDER_SURNAMES = new CharSet('张王李赵刘陈孙張趙劉陳孫');
const PLACE_OR_KIN_FIRST = new CharSet('沟溝坡岭嶺坪坝壩塘湾灣岗崗冲沖坳垭埡洼窪屯寨堡营營铺舖桥橋人村镇鎮乡鄉县縣市区區街路庄莊屯湾灣寨组組社小家花公集厂廠局所院校中大妈媽爷爺哥姐叔婶嬸娘伯嫂奶姨舅师師老书書主经經同总總');
/** After a candidate name these make it a place or a kinship term, not a person's name. */
const PLACE_OR_KIN_AFTER = /^(?:[沟溝坡岭嶺坪坝壩塘湾灣岗崗冲沖坳垭埡洼窪屯寨堡营營铺舖桥橋]|人|村|镇|鎮|乡|鄉|县|縣|市|区|區|街|路|庄|莊|屯|湾|灣|寨|组|組|社区|社區|小区|小區|家园|家園|花园|花園|公司|集团|集團|厂|廠|局|所|院|校|中学|中學|小学|小學|大学|大學|妈|媽|爷|爺|哥|姐|叔|婶|嬸|娘|伯|嫂|奶|姨|舅|师傅|師傅|老师|老師|书记|書記|主任|局长|局長|镇长|鎮長|乡长|鄉長|县长|縣長|市长|市長|科长|科長|所长|所長|院长|院長|校长|校長|经理|經理|同志|总|總)/;

/** Three-character words that read as a surname and a given name (高峰期 rush hour, 黑龙江 a province). */
const NOT_NAME_3 = new Set('高峰期 黑龙江 黑龍江 胡杨林 胡楊林 常青藤 白雪公 黎明前 万里长 萬里長 金山银 金山銀'.split(' '));
const NOT_NAME_3_FIRST = new UnitSet([...NOT_NAME_3].map((w) => w.charCodeAt(0)));
/** (Stop 53, pii108 studied: 细 before 妹, 娃, 伢 or 仔 opens a southern given name, 邬细妹, 邹细妹.) 牛得水, 马得福, 李得胜: 得 ("gain") and a wish is a rural given name (得 alone is a particle, no name's). */
const DE_NAME_END = new CharSet([...'水福胜勝财財贵貴禄祿利旺宝寶喜寿壽荣榮']);
/** After a name that reads as a word: when, in the past, the person did something (去年, 昨天, 上个月). */
const PAST_WHEN_AFTER = /(?:去年|前年|今年|昨天|前天|上个月|上個月|上周|上週|那年)/y;
/** Adverbs and time words among those words (平时去年…, 马上…): never a name before a time. */
const ADVERB_NAME_WORD = new Set('平时 平時 常常 常年 马上 馬上 向来 向來 成天 曾经 曾經 全天 周末 于是 白天 夏天 童年 何时 何時 时候 時候'.split(' '));
/** Characters that doubled make an adverb (天天 every day, 常常 often, 早早 early), not a doubled given name (婷婷). */
const DOUBLED_ADVERB = new UnitSet([...'天常时時刚剛渐漸早'].map((c) => c.charCodeAt(0)));
/** Adverbs of two given-name characters (永远): after a surname character they go on the sentence. */
const ADVERB_GIVEN = new Set(['永远', '永遠', '根本', '本来', '本來']);
/** What follows 发 when it opens a verb (发起, 发了, 发群里, 发给, 发到, 发来, 发布, 发在, 发过): not a given name's 发 (郑金发出海, 臧启发的 are names). */
const FA_VERB_AFTER = new CharSet([...'起了群给給到来來布在过過朋圈消信红紅']);
/**
 * The end of a name starting at `start` (a surname there), or -1: surname + one or two given-name
 * characters, the longer reading preferred unless it runs into a place or kinship word.
 */
export function nameEnd(text: string, start: number, anyGiven = false): number {
  const sl = surnameLength(text, start);
  if (!sl || NOT_NAME_WORD.has(text.slice(start, start + 2))) return -1;
  const s = start + sl;
  // (Stop 29) 陳林美玉, 張李秀英: a married woman's name in Taiwan and Hong Kong with her husband's surname before her
  // own (冠夫姓), where the four characters end the clause.
  // (Only right after a boundary or 是/叫/：, not a doubled character (谢谢大家), not ending in 家, and not after a party's
  // word: 出租方骆国平.)
  if (sl === 1 && SURNAME_UNIT[text.charCodeAt(s)] && text[s] !== text[start] && GIVEN_SET.has(text[s + 1] ?? '') && GIVEN_SET.has(text[s + 2] ?? '') && text[s + 2] !== '家' && !isHan(text.charCodeAt(s + 3)) && !NOT_NAME_WORD.has(text.slice(s, s + 2)) && (start === 0 || NAME_BOUNDARY_BEFORE.has(text[start - 1]) || '是叫'.includes(text[start - 1]))) return s + 3;
  // 谢老四, 王老五: a private person's nickname by birth order.
  if (text[s] === '老' && /[二三四五六七八九幺么]/.test(text[s + 1] ?? '') && !/[十百千万萬]/.test(text[s + 2] ?? '')) return s + 2;
  // 石老根, 赵老栓: 老 and a rural given name's wish (a root, a lock, a pillar, plenty), not a word.
  if (text[s] === '老' && OLD_NAME_END.has(text[s + 1] ?? '') && (text[s + 2] === '家' || NUMERALS.has(text[s + 2] ?? '') || !GIVEN_SET.has(text[s + 2] ?? ''))) return s + 2;
  // 王先生, 李师傅, 张老师: a surname and a form of address, not a name.
  if (HONORIFIC_FIRST.has(text[s]) && HONORIFIC.test(text.slice(s, s + 2))) return -1;
  let e = s;
  // (郗二毛, 李三狗: after a numeral, a typical second character of a village name is read too.)
  while (e < text.length && e - s < 2 && (isGiven(text.charCodeAt(e), text[e], anyGiven) || lateGiven(text, s, e) || (e === s + 1 && (NUMERALS.has(text[s]) || text[s] === '小') && NUMERAL_NAME_END.has(text[e])) || (e === s && text[e] === '得' && DE_NAME_END.has(text[s + 1] ?? '')) || (e === s && (text[e] === '细' || text[e] === '細') && '妹娃伢仔'.includes(text[s + 1] ?? '。')))) e++;
  for (; e > s; e--) {
    // 钟家兄弟, 王家, 李四家的房子: a family or a home, not a name.
    if (text[e - 1] === '家') continue;
    // 赵敏天天吵架, 李强常常不在: the last character doubled is an adverb (天天, 常常), not the name's.
    if (e - s === 2 && text[e] === text[e - 1]) continue;
    // 车天天往医院跑: a doubled adverb (天天, 常常) after a surname character is the adverb, not a given name.
    if (e - s === 2 && text[s] === text[s + 1] && DOUBLED_ADVERB.has(text.charCodeAt(s))) continue;
    // 章永遠不在: two given-name characters that make an adverb (永远) are the adverb, not the name's.
    if (e - s === 2 && ADVERB_GIVEN.has(text.slice(s, e))) continue;
    // (Stop 52) 团长韦佳发起退款, 施婷发群里: 发 opening a verb (发起, 发群, 发了), not the name's last character.
    if (e - s === 2 && (text[e - 1] === '发' || text[e - 1] === '發') && FA_VERB_AFTER.has(text[e] ?? '')) continue;
    // "我是茅岗镇…": a place's name ends in 镇/乡/村, a person's hardly.
    if (PLACE_SUFFIX.has(text[e - 1])) continue;
    // (Stop 36: not 组 after two given-name characters or opening a verb, 王德福组织…, 王德福组队, 王德福组长, 王德福组的人: the
    // given name's last character is the name's; a village's group, 向阳组, 三组, has no surname and two given characters.)
    if (PLACE_OR_KIN_FIRST.has(text[e]) && PLACE_OR_KIN_AFTER.test(text.slice(e, e + 3)) && !((e - s === 2 && (text[e] === '组' || text[e] === '組')) || GROUP_VERB.test(text.slice(e, e + 2)))) continue;
    // (Round 11) "石笋河镇", "青石山村": a river's or a hill's name before a town or a village is a place, not a person.
    if (PLACE_SUFFIX.has(text[e + 1] ?? '') && WATER_OR_HILL.has(text.charCodeAt(e)) && '镇鎮乡鄉村'.includes(text[e + 1])) continue;
    if (placeNameReading(text, start, e)) continue;
    // 张三 / 李四 / 王五: a numeral makes a name only after a classic placeholder surname, or where
    // the name visibly ends ("高三学生" is a school grade).
    // 刘三妹, 王二娃: a numeral and a typical second character is a name like any other.
    if (e - s === 2 && NUMERALS.has(text[s]) && !NUMERALS.has(text[s + 1]) && NUMERAL_NAME_END.has(text[s + 1])) return e;
    // (Stop 34) 蒋阿四, 陈阿六: 阿 and a numeral, the southern name by birth order, is the whole name.
    if (e - s === 2 && text[s] === '阿' && NUMERALS.has(text[s + 1]) && !/[十百千万萬]/.test(text[e] ?? '')) return e;
    if (NUMERALS.has(text[s]) || (e - s === 2 && NUMERALS.has(text[s + 1]))) {
      const next = text.charCodeAt(e);
      const ends = !(next >= 0x3400 && next <= 0x9fff) || /^(?:反映|举报|舉報|投诉|投訴|说|說|家|的|是|在|今|现|現|同志)/.test(text.slice(e, e + 2));
      if (!ends && !(e - s === 1 && PLACEHOLDER_SURNAMES.has(text[s - 1]))) continue;
    }
    return e;
  }
  return -1;
}

/**
 * The end of a name at `start` confirmed by what follows it (AFTER_NAME): surname + one or two
 * characters, any Han character but NOT_GIVEN, the longer reading preferred; or -1.
 */
export function confirmedNameEnd(text: string, start: number): number {
  const sl = surnameLength(text, start);
  if (!sl) return -1;
  const s = start + sl;
  if (HONORIFIC_FIRST.has(text[s]) && HONORIFIC.test(text.slice(s, s + 2))) return -1;
  if (NOT_NAME_WORD.has(text.slice(start, start + 2))) {
    // (学员蓝天宇，, 我是某村的黄金妹，: a word and a common given-name character is a full name where the clause ends after it.)
    const c = text[start + 2] ?? '';
    return sl === 1 && GIVEN_SET.has(c) && !NUMERALS.has(c) && !'小大中儿兒'.includes(c) && CLAUSE_END.has(text[start + 3] ?? '') ? start + 3 : -1;
  }
  let longest = s;
  while (longest < text.length && longest - s < 2 && (isGiven(text.charCodeAt(longest), text[longest], true) || lateGiven(text, s, longest) || (longest === s + 1 && NAME_END_VERB_CODES.has(text.charCodeAt(longest))))) longest++;
  for (let e = longest; e > s; e--) {
    if (PLACE_SUFFIX.has(text[e - 1])) continue;
    if (placeNameReading(text, start, e)) continue;
    if (afterNameOk(text, s, e)) return e;
  }
  return -1;
}

/**
 * Whether start..e reads as a place (我是常德人, 我是南昌的): the place's name itself, or the place and
 * one more character that runs on into a word. 常德宏, 宁波明 are names where the name visibly ends
 * (我叫常德宏，…, 知情人 宁波明) — the place's name is just the name's first two characters.
 */
export function placeNameReading(text: string, start: number, e: number): boolean {
  if (!PLACE_NAME_FIRST.has(text[start])) return false;
  const m = PLACE_NAMES.exec(text.slice(start, e));
  if (m === null) return false;
  return m[0].length === e - start || !(e - start === 3 && m[0].length === 2 && GIVEN_SET.has(text[e - 1]) && AFTER_NAME.test(text.slice(e, e + 5)));
}

/** Landforms and waters that a town's or a village's name ends with before 镇/乡/村 (石笋河镇, 青石山村). */
const WATER_OR_HILL = new UnitSet([...'河溪江湖山岭嶺坪坝壩塘湾灣沟溝峪岗崗洲'].map((c) => c.charCodeAt(0)));
/** Length of the surname at `at` (2 for 欧阳, 1 for 王), or 0. */
export function surnameLength(text: string, at: number): number {
  // (Tables by character code: text[at] would be a new string to hash, per call.)
  const c = text.charCodeAt(at);
  if (COMPOUND_FIRST_UNIT[c] && COMPOUND_SET.has(text.substr(at, 2))) return 2;
  return SURNAME_UNIT[c] ? 1 : 0;
}
/** SURNAME_SET and COMPOUND_FIRST by UTF-16 unit (their one-unit entries). */
const SURNAME_UNIT = new Uint8Array(65536);
for (const s of SURNAME_SET) if (s.length === 1) SURNAME_UNIT[s.charCodeAt(0)] = 1;
const COMPOUND_FIRST_UNIT = new Uint8Array(65536);
for (const s of COMPOUND_FIRST) if (s.length === 1) COMPOUND_FIRST_UNIT[s.charCodeAt(0)] = 1;

/** 业 ends many words (林业, 物业) but also three-character names (鲍建业, 王宏业): only after a common given-name character. */
/** 年 ends words (今年, 明年) but also classic names wishing long life or plenty (永年, 延年, 丰年, 鹤年). */
/** Last characters of kinship words before a name (我爱人卢建设, 我儿子甘建设). */
const KIN_END_BEFORE_NAME = new UnitSet([...'人夫妻子女儿兒爸妈媽父母哥姐弟妹爷爺奶婆公舅叔伯姑姨婿媳'].map((c) => c.charCodeAt(0)));
const NIAN_NAME_FIRST = new CharSet([...'永延丰豐有松鹤鶴寿壽庆慶兆锡錫遐长長椿']);
function lateGiven(text: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const c = text[e];
  if (c === '年') return NIAN_NAME_FIRST.has(text[s]);
  // 甘建设, 令狐建設: 建设 is a name of the 1950s–60s, but also ends 工程建设, 平安建设 — only where the
  // surname itself starts a word (a boundary or 的/是 before it), not inside one.
  if (c === '设' || c === '設') {
    if (text[s] !== '建') return false;
    const before = s >= 2 ? text.charCodeAt(s - 2) : 0;
    return s < 2 || !(before >= 0x3400 && before <= 0x9fff) || before === 0x7684 /* 的 */ || before === 0x662f /* 是 */ || KIN_END_BEFORE_NAME.has(before) || PERSON_WORD_END.has(before) || (s >= 3 && COMPOUND_SET.has(text.substr(s - 2, 2)));
  }
  // 浩然, 欣然, 安然: 然 ends a name after a common given-name character, but not in 然后/然而 (李明然后…).
  if (c === '然') return GIVEN_SET.has(text[s]) && !NUMERALS.has(text[s]) && !'后後而则則'.includes(text[e + 1] ?? '');
  return (c === '业' || c === '業') && GIVEN_SET.has(text[s]) && !NUMERALS.has(text[s]);
}

export function isGiven(code: number, ch: string, anyGiven: boolean): boolean {
  return GIVEN_SET.has(ch) || (anyGiven && code >= 0x3400 && code <= 0x9fff && !NOT_GIVEN.has(ch));
}
/**
 * An introduction word and what scanNames asks of it. Each question is a fixed test of the word alone (STRONG_INTRO,
 * KIN_INTRO …), answered once at load (after CALLED_INTRO, where every such expression is made) instead of by a
 * regular expression per introduction found (KIN_INTRO, ending in $, is tried at every position of the word).
 * PII-only A/B, both load orders: detectPii −7% CPU; whole pipeline at 300k opinions −1.2%.
 */
export interface Intro {
  word: string;
  strong: boolean;
  kin: boolean;
  confirmable: boolean;
  writer: boolean;
  nickname: boolean;
  self: boolean;
  sign: boolean;
  givenOnly: boolean;
  nicknameWord: boolean;
  called: boolean;
  endsJiao: boolean;
  endsXing: boolean;
}
/**
 * The introductions by their first two characters, longest first, without a hash lookup per character: a first and a
 * second character each have a small index (0: none begins or follows so), and INTRO_PAIRS[first * INTRO_SECONDS +
 * second] is the list's index in INTRO_LISTS plus one.
 */
const INTRO_FIRST_INDEX = new Uint16Array(65536);
const INTRO_SECOND_INDEX = new Uint16Array(65536);
let introFirsts = 0;
let introSeconds = 0;
for (const w of NAME_INTRO_WORDS) {
  if (!INTRO_FIRST_INDEX[w.charCodeAt(0)]) INTRO_FIRST_INDEX[w.charCodeAt(0)] = ++introFirsts;
  if (!INTRO_SECOND_INDEX[w.charCodeAt(1)]) INTRO_SECOND_INDEX[w.charCodeAt(1)] = ++introSeconds;
}
const INTRO_SECONDS = introSeconds + 1;
const INTRO_SECOND_UNITS = new UnitSet(NAME_INTRO_WORDS.map((w) => w.charCodeAt(1)));
const INTRO_PAIRS = new Uint16Array((introFirsts + 1) * INTRO_SECONDS);
const INTRO_LISTS: Intro[][] = [];
for (const word of NAME_INTRO_WORDS) {
  const pair = INTRO_FIRST_INDEX[word.charCodeAt(0)] * INTRO_SECONDS + INTRO_SECOND_INDEX[word.charCodeAt(1)];
  if (!INTRO_PAIRS[pair]) INTRO_PAIRS[pair] = INTRO_LISTS.push([]);
  const flags = { strong: false, kin: false, confirmable: false, writer: false, nickname: false, self: false, sign: false, givenOnly: false, nicknameWord: false, called: false };
  INTRO_LISTS[INTRO_PAIRS[pair] - 1].push({ word, ...flags, endsJiao: word.endsWith('叫'), endsXing: word.endsWith('姓') });
}
for (const list of INTRO_LISTS) list.sort((a, b) => b.word.length - a.word.length);
/** The introductions starting with the units `a`, `b` (longest first), or undefined. */
export function introsAt(a: number, b: number): Intro[] | undefined {
  // (Most characters follow no introduction's first: an 8 KB bit table says so without reading the 128 KB index.)
  if (!INTRO_SECOND_UNITS.has(b)) return undefined;
  const pair = INTRO_PAIRS[INTRO_FIRST_INDEX[a] * INTRO_SECONDS + INTRO_SECOND_INDEX[b]];
  // (An index of 0, first or second, lands on a pair no word has: row 0, or column 0.)
  return pair ? INTRO_LISTS[pair - 1] : undefined;
}
const OPEN_QUOTE = new CharSet([...'「『“"']);
/** A table cell after a bar: two to four Han characters up to the next bar, semicolon, comma or line end. */
const BAR_CELL = /^\s*([\u3400-\u9fff]{2,4})\s*(?:[｜|；;，,\n]|$)/;
const isColonOrSpace = (c: string) => c === ':' || c === '：' || c === ' ' || c === '\u3000' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
/** Introductions after which the next word is surely a name. */
const STRONG_INTRO = /^(?:大名|本名|原名|全名|真名|真实姓名|真實姓名|聯絡人|联络人|俺叫|额叫|額叫|我叫做|名字叫|我名字|户名|戶名|开户名|開戶名|收款人|持卡人|我叫|我的名字|我名叫|名叫|本人叫|姓名|署名|签名|簽名|落款|联系人|聯繫人|聯系人|反映人|举报人|舉報人|投诉人|投訴人|来信人|來信人|写信人|寫信人|寄件人|寄信人|收件人|收货人|收貨人|申请人|申請人|当事人|當事人)/;
/** A signature: after 此致敬礼 or a dash, a name closing the text (perhaps followed by a date). */
const SIGNATURE = /(?:此致\s*敬礼|此致\s*敬禮|敬礼|敬禮|——|—|--|－－)[!！。.,，\s]*(?=\S)/g;
/** Every match of NAME_THEN_CONTACT has one of these (e-?mail and E-?mail: mail). */
const CONTACT_WORDS = ['电', '電', '手机', '手機', '联系', '聯繫', '聯系', 'tel', 'Tel', 'TEL', '微信', '身份证', '身份證', 'QQ', 'qq', '邮箱', '郵箱', 'mail'];
const LIVES_AT_THE = /(?:家住|住在|居住在)[^，,。；;！!？?\s\n]{1,24}?的/g;
/** "住东二巷的冷秀琴": 住 starting a clause, the place, then 的 (read from each such 住). */
const LIVES_AT_THE_AFTER_ZHU = /[^，,。；;！!？?\s\n在院]{1}[^，,。；;！!？?\s\n]{0,23}?的/y;
const WRITER_INTRO = new Set(['我是', '本人', '鄙人', '俺是', '额是', '額是', '偶是', '我係']);
/** What follows a name in a list of names: another separator, 等, or a reporting verb. */
const AFTER_LISTED_NAME = /^(?:[、，,和及与與]|等|[一二三四五六七八九十两兩0-9０-９](?:户|戶|家|人|个|個|位|名)|反映|举报|舉報|投诉|投訴|联名|聯名|[。；;！!？?\s]|$)/;
const CLAUSE_END = new CharSet([...'，,。.；;！!？?、\n：:（(']);
/** A name a few words after 我是 follows a role word (社区干部廖敏, 村民代表谭有福), not any word ("机关职工，"). */
const ROLE_END = new CharSet([...'部民员員户戶工师師生长長主者属屬友叫的手人书書委官计計娘士客匠贩販理任']);
const NAME_BOUNDARY_BEFORE = new CharSet([...'，,。；;：:、！!？?（(“"「\n \u3000']);
const HEAD_AFTER_NAME = /^\s*(?:来电|來電|来信|來信|来访|來訪|留言|反映|反應|举报|舉報|投诉|投訴|致信|[（(：:，,])/;
/** What follows a private person named after their place: a reporting verb, kinship, a boundary. */
const PLACE_NAME_AFTER = /^(?:[，,。（(\s]|老人|老太|老头|老頭|老汉|老漢|一个人|一個人|反映|举报|舉報|投诉|投訴|说|說|家(?:的|里|裡|门|門|房|地|孩)|的(?:娃|孩|男人|媳|老人|父|母|儿|兒|女|妻|丈|爱人|愛人|侄|孙|孫|外甥|哥|姐|弟|妹|家|老伴|房|地|户口|戶口|低保|事))/;
/** A name (group 1) right before a phone number, perhaps with 电话/手机 and a colon between. */
const NAME_BEFORE_PHONE = /([\u3400-\u9fff]{2,4})[\s:：,，]*(?:联系电话|聯繫電話|联系方式|聯繫方式|电话|電話|手机号码|手機號碼|手机号|手機號|手机|手機|邮箱|郵箱|電郵|电邮|身份证号码|身份證號碼|身份证号|身份證號|身份证|身份證|卡号|卡號|QQ号|QQ|qq|微信号|微信|tel|Tel|TEL)?[\s:：]*[+＋(（]?$/;
const MOU_EXCLUDED_AFTER = codes('个個些种種位天年月日部单單处處局村乡鄉镇鎮县縣市省地时時次项項段件条條人样樣方类類区區社街科室所站厂廠店校院系级級届屆批');
const MOU_NOT_GIVEN = codes('家一二三四五六七八九十大小中有来來发發生成和时時子儿兒女某');
const TITLE_BEFORE_MOU = /(?:书记|書記|镇长|鎮長|乡长|鄉長|县长|縣長|市长|市長|局长|局長|主任|村长|村長|支书|支書|科长|科長|所长|所長|站长|站長|队长|隊長|会计|會計|主席|部长|部長|处长|處長|院长|院長|校长|校長|干部|幹部|领导|領導|委员|委員|民警|警官|文书|文書|审判员|審判員|审判长|審判長|书记员|書記員|调解员|調解員|执行员|執行員|经手人|經手人|接访人|接訪人|法官|法院|调委会|調委會|信访局|信訪局)$/;
const MOU_EXCLUDED_BEFORE = codes('任如为為几幾奈于於由对對关關至属屬出主列缺首酒');

/**
 * Introductions after which a name is checked by where it ends rather than by its characters
 * (来电人孔繁荣，… / 村民 楊春來 135… / 五保户石老根的侄子): any Han characters but NOT_GIVEN
 * and NOT_NAME_WORD, if a clause boundary follows.
 */
const CONFIRMABLE_INTRO = /^(?:学员|學員|机主|機主|知情群众|知情群眾|，叫|,叫|。叫|发件人|發件人|留言人|咨询人|諮詢人|求助者|建议人|建議人|我娃|俺娃|额娃|額娃|位叫|全名|真名|真实姓名|真實姓名|聯絡人|联络人|产权人|產權人|我阿|我老豆|我老竇|阿爸|阿媽|我家姐|我細佬|俺|额叫|額叫|额是|額是|偶是|我係|本人係|我叫做|我名字|名字叫|名字是|我爹|我娘|我媳|我男人|我婆娘|我大|我小|我闺|我閨|我家老|户名|戶名|开户名|開戶名|收款人|持卡人|受害|被害|伤者|傷者|死者|原告|被告|借款|欠款|承租|出租人|证明人|證明人|担保|擔保|失主|遗孀|遺孀|网格员|網格員|联系方式|聯繫方式|联系方法|个叫|個叫|的叫|人叫|我是|我叫|我的名字|我名叫|名叫|本人|鄙人|村民|居民|业主|業主|职工|職工|老党员|老黨員|退休|家长|家長|患者|租户|租戶|农民|農民|农户|農戶|个体户|個體戶|户主|戶主|住户|住戶|老兵|联系人|聯繫人|聯系人|反映人|举报人|舉報人|投诉人|投訴人|来信人|來信人|写信人|寫信人|姓名|署名|签名|簽名|落款|申请人|申請人|当事人|當事人|我爸|我妈|我媽|我父|我母|我爱人|我愛人|我丈夫|我妻子|我老公|我老婆|我儿子|我兒子|我女儿|我女兒|我哥|我姐|我弟|我妹|邻居|鄰居|老伴|家属|家屬|来电|來電|来访|來訪|五保|低保|被征收|被徵收|征收户|徵收戶|侄|姪|外甥|儿媳|兒媳|孙|孫|包工|老板|老闆|房东|房東|房主|租客|摊主|攤主|店主|车主|車主|承包|雇主|僱主|工头|工頭|同事|同学|同學|朋友|亲戚|親戚|表|堂|舅|姑|叔|伯|婶|嬸|公公|婆婆|岳|女婿|病友|退伍|退役|村医|村醫|保姆|护工|護工|我爷|我爺|我奶|我外|我公|我婆|我岳|我叔|我舅|我姑|我姨|我侄|我姪|我孙|我孫|来信者|來信者|来访者|來訪者|诉求|訴求|求助|报警|報警|信访|信訪|上访|上訪|代理|监护|監護|家父|家母)/;
/** What may follow a confirmed name: a clause boundary, contact details or a reporting verb. */
// (Stop 29: an age right after the name confirms it, 许天赐九十二岁.)
// (Stop 34: and a spoken particle closing the clause, 我是…的费阿大哦，.)
const AFTER_NAME = /^(?:$|[\s，,。.、；;：:！!？?（(）)」』”"\-—－＋+0-9０-９]|[哦喔噢呀啊](?=[\s，,。.！!？?]|$)|反映|反应|反應|举报|舉報|投诉|投訴|来电|來電|来信|來信|家住|家在|住在|住址|住|电话|電話|手机|手機|联系|聯繫|聯系|身份|今年|现年|現年|年过|年近|同志|夫妇|夫婦|一家|老两口|老兩口|的(?:父|母|儿|兒|女|妻|丈|爱人|愛人|侄|孙|孫|外甥|哥|姐|弟|妹|家|老伴|亲戚|親戚|房|地|户口|戶口|低保|补贴|補貼|事)|(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})(?:岁|歲|周岁|週歲))/;
// (Stop 30) What befalls a relative or what they do, right after the name (我父亲耿广田去世了, 她老伴魏书田瘫在床上):
// everyday words, so they confirm only a name of common given-name characters (afterNameOk), not 我妈白血病已经….
const AFTER_EVENT = /^(?:去世|过世|過世|病逝|逝世|生病|住院|瘫|癱|摔|患|得了|已经|已經|一直|现在|現在|每天|常年|长期|長期|在外|在家|打工)/;
/** Whether text[e…] confirms a name whose given characters are text[s, e) (after its surname). */
export function afterNameOk(text: string, s: number, e: number): boolean {
  const tail = text.slice(e, e + 6);
  if (AFTER_NAME.test(tail)) return true;
  if (!AFTER_EVENT.test(tail) || e - s < 1) return false;
  for (let k = s; k < e; k++) if (!GIVEN_SET.has(text[k]) || NUMERALS.has(text[k])) return false;
  return !NOT_NAME_WORD.has(text.slice(s - 1, s + 1));
}
/** Surname-first words that are not names ("我是房东，", "孩子成绩，", "群众满意。"). */
const NOT_NAME_WORD = new Set(
  ('撒拉 撒谎 撒謊 撒手 撒气 撒氣 撒野 撒娇 撒嬌 楼下 楼上 樓下 樓上 宣传 宣傳 温泉 溫泉 金银 金銀 成绩 成績 成本 成果 成功 成立 成员 成天 成为 成為 满意 滿意 高兴 高興 高度 高中 高考 方便 方面 方法 方案 关心 關心 关于 關於 关注 關注 关系 關係 应该 應該 应当 應當 许多 許多 常常 常年 ' +
    '韶山 权利 權利 权力 權力 黄土 黃土 和平 安全 安排 安徽 平安 平时 平時 文明 文件 文本 文字 文章 全军 全軍 战胜 戰勝 高端 于是 向来 向來 马上 馬上 白天 石头 石頭 金钱 金錢 包括 包工 任何 任务 任務 全部 全体 全體 全家 全是 全都 全村 全镇 全鎮 毛病 申请 申請 ' +
    '程序 连续 連續 齐全 齊全 宁愿 寧願 宁夏 寧夏 曾经 曾經 余额 餘額 温度 溫度 严重 嚴重 严格 嚴格 严肃 嚴肅 尚未 何时 何時 何况 何況 谈话 談話 洪水 田地 林地 苗木 房子 房屋 房东 房東 房租 ' +
    '查明 查清 查处 查處 查实 查實 查办 查辦 司机 司機 江湖 万一 萬一 周末 周围 周圍 周边 周邊 黄金 黃金 黄色 黃色 白色 蓝色 藍色 范围 範圍 施工 管理 管道 解决 解決 解释 解釋 龙头 龍頭 左右 付款 付钱 付錢 付费 付費 章程 简单 簡單 ' +
    '项目 項目 夏天 欧洲 歐洲 路上 路口 毕业 畢業 单位 單位 单独 單獨 单元 單元 单子 單子 费用 費用 卫生 衛生 商量 商店 商场 商場 商户 商戶 沙发 沙發 印象 古代 武装 武裝 甘肃 甘肅 南京 南方 苏州 蘇州 ' +
    '安心 幸福 温暖 溫暖 温饱 溫飽 富裕 安居 齐心 齊心 成长 成長 成就 宁静 寧靜 苗头 苗頭 雷锋 雷鋒 金融 金额 金額 包容 包装 包裝 蓝天 藍天 白云 白雲 黄河 黃河 文书 文書 谈心 談心 修房 谈谈 談談 文化 向有 向中 向国 向國 向东 向東 向南 向北 向西 向信 向前 温州 溫州 常州 徐州 郑州 鄭州 许昌 許昌 唐山 秦皇 时候 時候 雷雨 戴帽 牛奶 熊猫 熊貓 葛根 柴油 柴火 米饭 米飯 钱财 錢財 钟头 鐘頭 童年 宗教 ' +
    '于今 余下 鲁莽 魯莽 祝福 孔雀 姜汤 罗列 羅列 纪律 紀律 季度 宫殿 宮殿 芦苇 蘆葦 蒙古 甄别 甄別 应急 應急 林业 林業 江边 江邊 游客 遊客 游戏 遊戲 华侨 華僑 游泳 万元 萬元 马来 馬來 全文 全天 范文 範文 路人 路灯 路燈 路面 路段 路边 路邊 路线 路線 路费 路費 路过 路過 路程 路况 路況 路基 路牌 路障 路政 路途 路旁 满月 滿月 毋宁 毋寧 毋庸 贝壳 貝殼 车来 車來 车子 車子 车队 車隊 车站 車站 车主 車主 师傅 師傅 师父 師父 ' +
    // (Round 16) 孙媳妇 is a kinship word, 工商银行 a bank.
    // (Stop 34) A cruise ship, a chamber of commerce, a court's parties, a boat's papers (游轮, 商会, 被告, 船证).
    '游轮 遊輪 商会 商會 被告 原告 船证 船證 ' +
    '孙媳 孫媳 商银 商銀 ' +
    // (Round 26) A township of the grassland (苏木), a border resident (边民), kinship words (祖父, 孙子), 蒙古国's 古国.
    '苏木 蘇木 边民 邊民 祖父 孙子 孫子 古国 古國 ' +
    // (Round 23) Words that 那, 回, 富 and 玄 begin, now that they are read as surnames where a name is expected (那天, 回来, 富裕, 玄关).
    '那天 那时 那時 那边 那邊 那个 那個 那些 那里 那裡 那么 那麼 那样 那樣 那儿 那兒 那会 那會 那年 那次 那家 那位 那种 那種 那就 那是 那还 那還 那条 那條 那片 那块 那塊 那段 那间 那間 回来 回來 回去 回家 回复 回復 回答 回头 回頭 回到 回老 回国 回國 回村 回乡 回鄉 回信 回电 回電 回应 回應 回收 回迁 回遷 回扣 富裕 富有 富贵 富貴 富起 富人 富民 富硒 玄关 玄關 玄机 玄機 玄乎 玄学 玄學 ' +
    // (Round 20) Words the round-21 surnames begin (妥善, 锁定, 喇叭, 冶金); what a writer says they are, not who: the overseas Chinese, a nationality (我是柔佛的华人, 我是白族); not 韩国, which begins names (韩国栋).
    '妥善 妥协 妥協 妥当 妥當 妥帖 妥妥 锁定 鎖定 锁门 鎖門 喇叭 喇嘛 冶金 冶炼 冶煉 华人 華人 汉族 漢族 白族 苗族 满族 滿族 壮族 壯族 回族 藏族 彝族 侗族 瑶族 黎族 畲族 土家 蒙族 朝鲜 朝鮮 ' +
    // (Stop 29) Countries opening with a surname's character (苏丹, 伊朗, 黎巴嫩, 孟加拉): ABROAD has them whole. Not 韩国, which
    // opens names (韩国栋, 韓國福).
    // (Stop 29) Hokkien words opening with 阮 (my/our) and 查某 (a woman, a daughter), and 陆配 (a mainland spouse).
    '阮阿 阮某 阮親 阮亲 阮兜 阮厝 阮尪 阮囝 阮查 阮後 阮牽 阮牵 查某 陆配 陸配 ' +
    // (Review) 翻译成英文: 成 and a language after 翻译, no name.
    '成英 成汉 成漢 成中 成外 成维 成維 成日 成韩 成韓 成俄 成法 成德 成藏 成蒙 成朝 成阿 成西 成葡 成越 成泰 成缅 成緬 成普 成白 成文 成书 成書 ' +
    '苏丹 蘇丹 伊朗 黎巴 叙利 敘利 印度 秘鲁 秘魯 古巴 沙特 以色 法国 法國 英国 英國 德国 德國 美国 美國 荷兰 荷蘭 葡萄 墨西 尼日 巴基 巴西 巴林 孟加 柬埔 缅甸 緬甸 老挝 老撾 越南 泰国 泰國 卡塔 科威 土耳 阿联 阿聯 乌克 烏克 希腊 希臘 波兰 波蘭 丹麦 丹麥').split(' '),
);

/** A name signing off the text, perhaps followed by a date (also after a colon: "签的：尚志远"). */
const SIGNED_TAIL = /[\s—－\-。，,！!？?：:]([\u3400-\u9fff]{2,4})[\s。.!！，,]*(?:(?:(?:[0-9０-９]{4}\s*[年.\-/．])?[0-9０-９]{1,2}\s*[月.\-/．][0-9０-９]{1,2}\s*日?|[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月)[\s。.]*)?$/;
const TAIL_WINDOW = 48;
/**
 * Whether SIGNED_TAIL may match at all: before the closing white space and punctuation, the text ends with a date (a
 * digit, 日 or 月) or with two to four Han characters set off by a separator. (Most texts end in a longer clause: the
 * expression is not tried.)
 */
const TAIL_MARK = /[\s。.!！，,]/;
const TAIL_SEPARATOR = /[\s—－\-。，,！!？?：:]/;
export function signedTailPossible(text: string): boolean {
  let e = text.length;
  while (e > 0 && TAIL_MARK.test(text[e - 1])) e--;
  const last = text.charCodeAt(e - 1);
  if (digit(last) >= 0 || last === 0x65e5 /* 日 */ || last === 0x6708 /* 月 */) return true;
  let s = e;
  while (s > 0 && e - s < 5 && isHan(text.charCodeAt(s - 1))) s--;
  return e - s >= 2 && e - s <= 4 && s > 0 && TAIL_SEPARATOR.test(text[s - 1]);
}
/** After these introductions a nickname (老王, 小李) stands for a private person's name. */
const NICKNAME_INTRO = /^(?:黑车司机|黑車司機|快递员|快遞員|快递小哥|快遞小哥|骑手|騎手|邻居|鄰居|保安|门卫|門衛|保姆|司机|司機|工友|同事|老乡|老鄉|朋友|发小|發小|我是|俺是|本人|来电人|來電人|反映人|联系人|聯繫人|聯系人|聯絡人|联络人|署名|落款|村民|居民|市民|网友|網友)/;
/** Introductions of the writer or the caller themselves (round 10). */
const SELF_INTRO = /^(?:来电人|來電人|来电者|來電者|反映人|联系人|聯繫人|聯系人|聯絡人|联络人|投诉人|投訴人|举报人|舉報人|来信人|來信人|写信人|寫信人|我是|俺是|本人|署名|落款|签名|簽名)$/;
/** Kinship addresses a person goes by (孟大姐, 刘阿姨, 汪奶奶, 辛老汉). */
const SELF_KIN_FORM = /(?:大姐|大哥|阿姨|大妈|大媽|大爷|大爺|大娘|大叔|大婶|大嬸|大嫂|嫂子|奶奶|爷爷|爺爺|婆婆|阿婆|阿伯|老伯|老汉|老漢|老倌)/y;
/** What follows a private person's nickname: a boundary, or what they are or do. */
const NICKNAME_AFTER = /^(?:$|[\s，,。.；;！!？?、：:（(）)0-9０-９]|两口子|兩口子|一家|家|的|夫妇|夫婦|老两口|老兩口|反映|说|說|天天|经常|經常|总是|總是|今年|每天|每次|一趟|一天)/;
/**
 * The end of 老王 / 小李 at `at` where a private person is meant, or -1 (老师, 小区 and the like are
 * words; 小刘 at a service window is staff, so this is only read after a private person's intro).
 */
export function nicknameEnd(text: string, at: number): number {
  const c = text[at];
  if (c !== '老' && c !== '小') return -1;
  // 邻居老蔫家, 老倔头儿: 老 and a trait (limp, stubborn, stingy) is a village nickname, not a word.
  if (c === '老' && TRAIT_AFTER_LAO.has(text[at + 1] ?? '')) {
    let e = at + 2;
    if (text[e] === '儿' || text[e] === '兒') e++;
    return NICKNAME_AFTER.test(text.slice(e, e + 3)) ? e : -1;
  }
  const sl = surnameLength(text, at + 1);
  if (sl !== 1 || NICKNAME_NOT.has(text.slice(at, at + 2))) return -1;
  const e = at + 2;
  return NICKNAME_AFTER.test(text.slice(e, e + 3)) ? e : -1;
}
/** Before a reporting full name at `s`: a word for a private person by standing or trade (种粮户, 养殖户, 环卫工), not staff or an official. */
export function reporterStanding(text: string, s: number): boolean {
  return (PEOPLE[text.charCodeAt(s - 1)] & P_PERSON_LEFT) !== 0 && !OFFICIAL_WORD_BEFORE.test(text.slice(Math.max(0, s - 4), s)) && !MACHINE_NOT_DRIVER.test(text.slice(Math.max(0, s - 2), s));
}
/** A person reporting (after a name): 反映, 举报, 投诉, 来电. */
const REPORTS_AFTER = /(?:反映|反應|举报|舉報|投诉|投訴|来电|來電)/y;
/** Introductions of a nickname, after which a quoted nickname is masked whatever its characters. */
const NICKNAME_WORD_INTRO = new Set(['外号', '外號', '绰号', '綽號', '小名', '乳名']);
/** A name in Latin letters: two or three capitalised words (Li Wei, Zhang Guihua, Jenny Chen). */
const LATIN_NAME = /[A-Z][a-z]{0,12}(?:[ ·.\-][A-Z][a-z]{0,12}){1,2}(?![A-Za-z])/y;
/** "我弟弟叫成功，", "我儿子叫强强": a given name alone (two common given-name characters) where it visibly ends; or -1. */
export function givenOnlyEnd(text: string, at: number, named = false, doubled = false): number {
  const a = text[at] ?? '';
  const b = text[at + 1] ?? '';
  // (Not 阿芳, 小李: a form of address; a doubled character only as what a child is called, 我儿子叫强强, not 大名鼎鼎.)
  if (!GIVEN_SET.has(a) || !GIVEN_SET.has(b) || NUMERALS.has(a) || NUMERALS.has(b) || NOT_GIVEN.has(a) || NOT_GIVEN.has(b) || '小大老家子阿'.includes(a) || (a === b && !doubled)) return -1;
  // (After 叫 a word like 光明, 文静 is the name given; 朋友 stays a friend.)
  if ((named ? RELATION_WORD_STOP : GIVEN_WORD_STOP).has(a + b)) return -1;
  return stickyAt(GIVEN_ONLY_AFTER, text, at + 2) ? at + 2 : -1;
}
/** Words of two given-name characters that are not names (朋友, 好友). */
const RELATION_WORD_STOP = new Set('朋友 好友 战友 戰友 亲友 親友 工友 病友 校友 学友 學友 室友 网友 網友'.split(' '));
const GIVEN_WORD_STOP = new Set([...RELATION_WORD_STOP, ...'文明 文化 安全 和平 平时 平時 时间 光明 明天 天天 今天'.split(' ')]);
/** After a given name alone: a boundary, or what the person does with the writer. */
// (Round 16: also her own family's home, 我媳妇红霞的娘家.)
const GIVEN_ONLY_AFTER = /(?:$|[，,。；;！!？?、\s）)]|一声|一聲|一起|一块|一塊|帮忙|幫忙|两个人|兩個人|俩|倆|在|今年|去年|也|都|是|说|說|的(?:娘家|婆家|老家))/y;
/** Traits a village nickname names after 老 (老蔫, 老倔, 老抠): no ordinary word is 老 and one of these. */
const TRAIT_AFTER_LAO = new CharSet([...'蔫倔犟抠摳憨瘸驼駝歪']);
/** Introductions after which a given name or a village nickname alone (黑娃, 翠花, 二毛, 狗蛋) is a private person (also 都叫他 …). */
const GIVEN_ONLY_INTRO = new Set(['邻居', '鄰居', '老板娘', '老闆娘', '外号', '外號', '绰号', '綽號', '小名', '乳名']);
/** Last characters of such nicknames and rural given names (…娃, …蛋, …妞, …花, …毛). */
const DIMINUTIVE_END = new CharSet([...'娃蛋妞丫花毛狗柱根宝寶妹']);
const NOT_NICK_FIRST = new CharSet([...'小大老阿家别別这這那个個些们們一几幾']);
/** "邻居黑娃说", "老板娘翠花都…", "都叫他黑蛋，": the nickname's end, or -1. */
export function givenOnlyNicknameEnd(text: string, at: number): number {
  const a = text.charCodeAt(at);
  if (!(a >= 0x3400 && a <= 0x9fff) || NOT_GIVEN.has(text[at]) || NOT_NICK_FIRST.has(text[at]) || !DIMINUTIVE_END.has(text[at + 1] ?? '')) return -1;
  const e = at + 2;
  return stickyAt(CUE_AFTER, text, e) ? e : -1;
}
/** "村里的老蔫儿一辈子…": 老, a trait and 儿 is a nickname wherever it stands after a boundary or 的. */
const OLD_HEAD_AFTER = /^(?:$|[，,。；;！!？?、\s]|家|的|说|說|他|她|今年|一个|一個|一家|在)/;
export function scanTraitNicknames(text: string, out: PiiSpan[]) {
  for (let p = text.indexOf('老'); p >= 0; p = text.indexOf('老', p + 1)) {
    // "老杨头家的房子": 老, a surname and 头 (頭), as villages call an old man, then his home, his words or a boundary.
    if ((text[p + 2] === '头' || text[p + 2] === '頭') && SURNAME_SET.has(text[p + 1] ?? '') && (p === 0 || NAME_BOUNDARY_BEFORE.has(text[p - 1]) || text[p - 1] === '的') && OLD_HEAD_AFTER.test(text.slice(p + 3, p + 5))) {
      pushName(out, p, p + 3);
      continue;
    }
    if (!TRAIT_AFTER_LAO.has(text[p + 1] ?? '') || (text[p + 2] !== '儿' && text[p + 2] !== '兒')) continue;
    if (p > 0 && !NAME_BOUNDARY_BEFORE.has(text[p - 1]) && text[p - 1] !== '的' && text[p - 1] !== '个' && text[p - 1] !== '個') continue;
    pushName(out, p, p + 3);
  }
}
const NICKNAME_NOT = new Set('老师 老師 老房 老龄 老齡 老成 老练 老練 老毛 老江 老汤 老湯 老方 老常 小区 小區 小米 小康 小麦 小麥 小时 小時 小组 小組 小车 小車 小金 小吃'.split(' '));
/** A person word before 叫 (爷爷叫尤本善, 孩子叫朱一諾, 我爸叫鲍建业): kinship or a private standing, not a title (老師叫…). */
const KIN_BEFORE_JIAO = codes('爸妈媽父母子女儿兒妻夫婆公伴爷爺奶娘哥姐弟妹爹婶嬸舅姨伯叔孙孫侄姪居户戶民友媳婿仔囡娃太');
/** Characters that end a word for a person, before a name (村民王五, 本人（李四）, 我（张三）). */
const PERSON_WORD_END = codes('我人民户戶主属屬员員爸妈媽父母子女儿兒妻夫婆公伴居友');
/** 变成了/改成了/写成了 X: what a record turned a name into (read from each 成了). */
const BECAME_BEFORE = codes('变變改写寫');
/** What follows such a name: a boundary, or the start of what was done. */
const VERB_NAME_AFTER = /^(?:$|[，,。；;！!？?、\s）)]|[打骂罵推砍踢拿借欠吵抢搶占佔欺威殴毆拖不也都就一他她的说說讲講家是在还還又]|[两兩三四五六七八九几幾好](?:次|回|趟))/;
const SEX_BEFORE = codes('，,（( \u3000');
const SEX_AFTER = codes('，,）) \u3000、0123456789０１２３４５６７８９');
/** Kinship characters said doubled (舅舅, 姑姑, 叔叔). */
const DOUBLED_KIN = codes('爸妈媽哥姐弟妹爷爺奶婆公舅姑叔伯婶嬸姨');
/** Surnames that are also common words (和 "and", 党 "party", 时 "time"): read only after 叫, a strong or a kinship introduction. */
// (Round 19: 相 and 言, real surnames that start words, 相信, 言论: 我奶奶叫相玉珍, 我是她孙女相欣怡。)
// (Round 21) The north-west's Hui surnames that are also words (撒, 者, 虎, 线, 海, 哈, 拓): read as the rest here.
// (Round 23: 那, 回, 富, Manchu and Hui surnames of the north-east, and 玄, a Korean one, which are words too.)
// (Stop 30) 容, 区/區 and 岑, Cantonese surnames of the Pearl River delta (房东容炳根, 我阿爺區錦添, 业主岑宝琳): 容 and 区
// start common words (容易, 区里), so only after a cue, as the others here.
const AMBIGUOUS_SURNAMES = new CharSet([...'和党黨时時习習母养養农農水花牧汝蓬盖蓋暴相言撒者虎线線海哈拓那回富玄容区區岑位']);
/** Of those, the ones that are also verbs or nouns a relative does or has (母亲养鸡, 我妈花钱): not after kinship alone. */
const AMBIGUOUS_NOT_AFTER_KIN = new CharSet([...'习習母养養农農水花牧汝蓬']);
/** Introductions naming a relative (我爸, 他兒子, 我舅舅). */
const KIN_INTRO = /(?:爸|妈|媽|父亲|父親|母亲|母親|儿子|兒子|女儿|女兒|妻子|丈夫|老公|老婆|爱人|愛人|哥|姐|弟|妹|爷|爺|奶|外公|外婆|舅|叔|姑|姨|侄|姪|孙|孫|孙子|孫子|孙女|孫女|媳妇|媳婦|闺女|閨女|爹|娘)$/;
/** 和振邦, 党玉霞, 時德貴: such a surname and two common given-name characters, then a boundary; or -1. */
export function ambiguousNameEnd(text: string, at: number): number {
  if (!ambiguousGiven(text, at)) {
    // (Round 19) "旅館老闆叫習永剛。", "包工頭叫農志剛": 刚 ("just") is no given name in a sentence, but the last of a full
    // name where the clause visibly ends right after it (志刚, 永刚).
    const a = text[at + 1] ?? '';
    const b = text[at + 2] ?? '';
    if ((b === '刚' || b === '剛') && GIVEN_SET.has(a) && !NOT_GIVEN.has(a) && !'小大老家一二三四五六七八九十'.includes(a) && (at + 3 === text.length || CLAUSE_END.has(text[at + 3]))) return at + 3;
    return -1;
  }
  return afterNameOk(text, at + 1, at + 3) ? at + 3 : -1;
}
/** Two common given-name characters after such a surname at `at`. */
export function ambiguousGiven(text: string, at: number): boolean {
  const a = text[at + 1] ?? '';
  const b = text[at + 2] ?? '';
  return GIVEN_SET.has(a) && GIVEN_SET.has(b) && !NOT_GIVEN.has(a) && !NOT_GIVEN.has(b) && !'小大老家一二三四五六七八九十'.includes(a);
}
/** A name read backwards from where it ends may have started one character earlier, with a compound surname (歐陽錦華, not 陽錦華). */
export function widenToCompound(text: string, s: number): number {
  return s > 0 && COMPOUND_FIRST_CODES.has(text.charCodeAt(s - 1)) && surnameLength(text, s - 1) === 2 ? s - 1 : s;
}
/** After a neighbour's name: their home or what they say. */
const NEIGHBOUR_HOME_AFTER = /^(?:家|的(?:房|家|院|地|墙|牆|狗|鸡|雞|车|車|树|樹|人)|说|說|一家|两口|兩口)/;
/**
 * At `s` three Han characters that read as a full name with a surname the table lacks (計福全, 斛德贵):
 * the first no function word, numeral or form-of-address character, the other two common given-name characters.
 */
export function unlistedFullName(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  if (!isHan(c) || surnameLength(text, s) || AMBIGUOUS_SURNAMES.has(text[s]) || LOOSE_STOP.has(c) || NOT_GIVEN.has(text[s]) || NUMERALS.has(text[s]) || '老小大阿这這那某'.includes(text[s])) return false;
  const a = text[s + 1] ?? '';
  const b = text[s + 2] ?? '';
  if (HONORIFIC_FIRST.has(a) && HONORIFIC.test(a + b)) return false;
  return GIVEN_SET.has(a) && GIVEN_SET.has(b) && !NOT_GIVEN.has(a) && !NOT_GIVEN.has(b) && !NUMERALS.has(a) && !NUMERALS.has(b) && !'小大老家子儿兒'.includes(a) && a !== b && !PLACE_END.has(b);
}
/** 楼下的花姐把…, 隔壁的刘哥说: a neighbour by surname and 姐/哥/嫂, then what they do; the end, or -1. */
export function neighbourSiblingEnd(text: string, at: number): number {
  const c = text[at];
  if (!SURNAME_SET.has(c) && !AMBIGUOUS_SURNAMES.has(c) && !(PEOPLE[text.charCodeAt(at)] & P_WORD_SURNAME)) return -1;
  if (!'姐哥嫂'.includes(text[at + 1] ?? '') || GIVEN_SET.has(text[at + 2] ?? '') && text[at + 2] !== '家') return -1;
  const e = at + 2;
  return NICKNAME_AFTER.test(text.slice(e, e + 3)) || /^[还還也又在家帮幫陪替给給跟把说說天总總老]/.test(text[e] ?? '') ? e : -1;
}
/** Places next to one's home: a neighbour named there by nickname or elder's form of address. */
const NEIGHBOUR_PLACE = /^(?:隔壁|对门|對門|楼下|樓下|楼上|樓上)/;
const ELDER_FORM = /^(?:大爷|大爺|大妈|大媽|大娘|大叔|大婶|大嬸|阿姨|奶奶|爷爷|爺爺|婆婆|老汉|老漢|老太|嫂子)/;
/** 刘大爷 / 张阿姨 at `at` right after 隔壁(的): the neighbour's end, or -1. */
export function elderEnd(text: string, at: number): number {
  if (surnameLength(text, at) !== 1 || !ELDER_FORM.test(text.slice(at + 1, at + 3))) return -1;
  const e = at + 3;
  return NICKNAME_AFTER.test(text.slice(e, e + 3)) || /^[还還也又在家帮幫陪替给給跟]/.test(text[e] ?? '') ? e : -1;
}
/** A form of address right before a parenthesis: 陳太（…）, 王先生（…）. */
const ADDRESS_FORM_BEFORE = /(?:先生|女士|小姐|[\u3400-\u9fff]太)$/;
/** Characters after a single 某 that start an organisation (向某培训机构, 在某公司): "some", not a person. */
const MOU_ORG_AFTER = codes('培机機公企团團协協商银銀医醫学學酒宾賓饭飯餐超厂廠店网網平');

/** Given-name characters that make a family, a place or an amount, not a name (张家, 李庄, 万元, 全文). */
const NOT_SINGLE_GIVEN = new CharSet([...'家庄莊村屯湾灣元文']);

/**
 * Whether text[start, end) (a nameEnd reading) is likely a person's name rather than a word: not
 * an ordinary word, no numeral given name except after a placeholder surname (张三, 李四), no
 * 张家/李庄, and no title right after it.
 */
export function likelyName(text: string, start: number, end: number): boolean {
  const sl = surnameLength(text, start);
  if (!sl || end - start < 2 || end - start > 4) return false;
  if (NOT_NAME_WORD.has(text.slice(start, start + 2))) return false;
  const given = text.slice(start + sl, end);
  // 冷冰冰的, 白花花的: a doubled syllable before 的/地 makes an adjective; 高峰期, 黑龙江 are words.
  if (given.length === 2 && given[0] === given[1] && (text[end] === '的' || text[end] === '地')) return false;
  if (end - start === 3 && NOT_NAME_3_FIRST.has(text.charCodeAt(start)) && NOT_NAME_3.has(text.slice(start, end))) return false;
  if (given.length === 1 && NOT_SINGLE_GIVEN.has(given)) return false;
  // 王一鸣, 刘一诺: 一 and a common given-name character is a modern name (not 高一学生, 周一早上: nameEnd ends those).
  const yiName = given.length === 2 && given[0] === '一' && GIVEN_SET.has(given[1]) && !NUMERALS.has(given[1]) && !'高初周週'.includes(text[start]);
  if (NUMERALS.has(given[0]) && !yiName && !(given.length === 1 && PLACEHOLDER_SURNAMES.has(text[start]))) return false;
  if (PLACE_OR_KIN_FIRST.has(text[end]) && PLACE_OR_KIN_AFTER.test(text.slice(end, end + 3))) return false;
  return !TITLE_AFTER.test(text.slice(end, end + 4));
}
/** A title or office right after a name: the person is an official (王建军镇长, 李明副书记, 王建军等镇领导). */
// (Stop 47: not across a line's end, 名单\n甘雨澤、方沐晴…\n班主任：湯婷: the next line's title is no list item's.)
const TITLE_AFTER = /^(?:副|等?[^，,。；;\n]{0,3}(?:领导|領導|干部|幹部|书记|書記|镇长|鎮長|乡长|鄉長|县长|縣長|市长|市長|局长|局長|主任|村长|村長|支书|支書|科长|科長|所长|所長|站长|站長|队长|隊長|组长|組長|委员|委員|会计|會計|主席|部长|部長|厅长|廳長|处长|處長|院长|院長|校长|校長|经理|經理|老板|老闆|同志))/;
/** Before a list's first name: the start, a boundary or a short word (村里的刘德胜、…), not a title (干部王五、李四). */
const LIST_OFFICIAL_BEFORE = /(?:领导|領導|干部|幹部|书记|書記|镇长|鎮長|乡长|鄉長|县长|縣長|市长|市長|局长|局長|主任|村长|村長|支书|支書|委员|委員|班子|成员|成員|官员|官員|科长|科長|所长|所長|站长|站長|队长|隊長|组长|組長|会计|會計|部长|部長|院长|院長|校长|校長|民警|警察|医生|醫生|老师|老師)[^，,。；;！!？?]{0,3}$/;
const LIST_CUE_AFTER = /^(?:等|兄弟|姐妹|兄妹|姐弟|这|這|几|幾|都|[一二三四五六七八九十两兩0-9０-９]+(?:户|戶|家|人|个|個|位|名)|夫妇|夫婦|一家|兩家|两家|家|的|反映|联名|聯名|举报|舉報|投诉|投訴)/;
const LIST_JOIN = new CharSet([...'、和及与與跟']);

/** A name inside a list (after 、): surname + one or two Han characters, not a word's, a place's or
 * a title's, followed by the list's next separator or its end (等, 三户, 兄弟); or -1. */
function listItemEnd(text: string, s: number): number {
  const sl = surnameLength(text, s);
  if (!sl || NOT_NAME_WORD.has(text.slice(s, s + 2))) return -1;
  const g = s + sl;
  if (HONORIFIC_FIRST.has(text[g]) && HONORIFIC.test(text.slice(g, g + 2))) return -1;
  for (const n of [2, 1]) {
    const e = g + n;
    if (e > text.length) continue;
    let ok = true;
    for (let k = g; k < e; k++) {
      const c = text.charCodeAt(k);
      if (!(c >= 0x3400 && c <= 0x9fff) || NOT_GIVEN.has(text[k])) ok = false;
    }
    if (!ok || text[g] === '家' || PLACE_END.has(text[e - 1]) || PLACE_SUFFIX.has(text[e - 1])) continue;
    if (e === text.length || LIST_ITEM_END.has(text.charCodeAt(e)) || LIST_CUE_AFTER.test(text.slice(e, e + 4))) return e;
  }
  return -1;
}
const LIST_ITEM_END = codes('、，,。；;和及与與”」');

/** The end of the last name in a list around the 、 at `sep` (all names masked), or `sep`. */
export function scanNameList(text: string, sep: number, out: PiiSpan[]): number {
  // (Cheap first: a surname two, three or four characters back, or one right after the separator.)
  if (!SURNAME_CODES.has(text.charCodeAt(sep - 2)) && !SURNAME_CODES.has(text.charCodeAt(sep - 3)) && !COMPOUND_FIRST_CODES.has(text.charCodeAt(sep - 4)) && !SURNAME_CODES.has(text.charCodeAt(sep + 1))) return sep;
  // The first name ends at the separator; where it starts is read back from there.
  let first = -1;
  /** Items read as names only because the list holds them (a surname the table lacks: 花长林、苗凤英、…). */
  let loose = 0;
  /** Items of a surname and one character that is no given-name character (石头): only in a counted list. */
  let weak = 0;
  for (const length of [3, 2, 4]) {
    const s = sep - length;
    if (s < 0) continue;
    const before = s > 0 ? text[s - 1] : '';
    // (Also after 我和 / 跟: "我和芦大勇、冯桂枝几个人", not after a word's 和 (温和、).)
    const joined = (before === '和' || before === '跟' || before === '同' || before === '与' || before === '與') && s > 1 && !JOIN_IN_WORD.has(text.charCodeAt(s - 2));
    if (s > 0 && !joined && !NAME_BOUNDARY_BEFORE.has(before) && !PERSON_WORD_END.has(text.charCodeAt(s - 1)) && before !== '的' && before !== '里' && before !== '裡' && before !== '有' && before !== '是') continue;
    if (nameEnd(text, s) === sep && likelyName(text, s, sep)) {
      first = s;
      break;
    }
  }
  // "我、柏德林和水春生都…": the writer first, then the names.
  let pronoun = false;
  // (Also "在场的有我、…", "去的是我、…".)
  if (first < 0 && sep >= 1 && /[我俺咱]/.test(text[sep - 1]) && (sep === 1 || NAME_BOUNDARY_BEFORE.has(text[sep - 2]) || text[sep - 2] === '有' || text[sep - 2] === '是')) {
    first = sep;
    pronoun = true;
  }
  // 谷丰收、…, 花长林、…: three characters of a list's first item, kept if the others are names.
  if (first < 0 && sep >= 3) {
    const s = sep - 3;
    const before = s > 0 ? text[s - 1] : '';
    if ((s === 0 || NAME_BOUNDARY_BEFORE.has(before) || PERSON_WORD_END.has(text.charCodeAt(s - 1)) || before === '有' || before === '是') && looseItem(text, s, sep)) {
      first = s;
      loose++;
    }
  }
  if (first < 0 || LIST_OFFICIAL_BEFORE.test(text.slice(Math.max(0, first - 8), first))) return sep;
  const starts = [first];
  const ends = [sep];
  let at = sep;
  while (at < text.length && LIST_JOIN.has(text[at]) && starts.length < 20) {
    const s = at + 1;
    let e = nameEnd(text, s);
    // 刘一诺, 李二狗 in a list: any characters make the given name where the list visibly goes on.
    if (e < 0 || !likelyName(text, s, e) || !(LIST_ITEM_END.has(text.charCodeAt(e)) || e === text.length || LIST_CUE_AFTER.test(text.slice(e, e + 4)))) e = Math.max(listItemEnd(text, s), e > 0 && likelyName(text, s, e) ? e : -1);
    // 养立新等, 农加贵，: three characters ending the item, kept if the others are names.
    if (e < 0 && s + 3 <= text.length && looseItem(text, s, s + 3) && (s + 3 === text.length || LIST_ITEM_END.has(text.charCodeAt(s + 3)) || LIST_CUE_AFTER.test(text.slice(s + 3, s + 7)))) {
      e = s + 3;
      loose++;
    }
    // 金玉兰、石头和石磊三户: a surname and any one character (a name that reads as a word), kept only if
    // the list ends counted in households.
    if (e < 0 && surnameLength(text, s) === 1 && s + 2 <= text.length && isHan(text.charCodeAt(s + 1)) && !LOOSE_STOP.has(text.charCodeAt(s + 1)) && !NUMERALS.has(text[s + 1]) && (s + 2 === text.length || LIST_ITEM_END.has(text.charCodeAt(s + 2)) || LIST_CUE_AFTER.test(text.slice(s + 2, s + 6)))) {
      e = s + 2;
      loose++;
      weak++;
    }
    // 邸国庆和老曹三个人: a nickname (老曹, 小刘) among named people, kept if the others are names.
    if (e < 0 && (text[s] === '老' || text[s] === '小') && surnameLength(text, s + 1) === 1 && !NICKNAME_NOT.has(text.slice(s, s + 2)) && (s + 2 === text.length || LIST_ITEM_END.has(text.charCodeAt(s + 2)) || LIST_CUE_AFTER.test(text.slice(s + 2, s + 6)))) {
      e = s + 2;
      loose++;
    }
    if (e < 0) {
      if (text[at] === '、') return sep; // a list that goes on with something else is no list of names
      break;
    }
    starts.push(s);
    ends.push(e);
    at = e;
  }
  if (pronoun) {
    // (The writer is no item to mask: the list is the names after it.)
    starts.shift();
    ends.shift();
  }
  if (starts.length < 2) return sep;
  const cue = LIST_CUE_AFTER.test(text.slice(at, at + 4));
  if (weak > 0 && !HOUSEHOLD_COUNT.test(text.slice(at, at + 3))) return sep;
  // (Loose items only beside two names read as names by themselves, or one in a list of three or with a cue: 两家, 等.)
  if (loose > 0 && starts.length - loose < 2 && !(starts.length - loose >= 1 && (cue || starts.length >= 3))) return sep;
  if (starts.length < 3 && !cue && !ends.some((e, k) => e - starts[k] >= 3)) return sep;
  if (/^等?[^，,。；;]{0,3}(?:领导|領導|干部|幹部|官员|官員)/.test(text.slice(at, at + 6))) return sep;
  // 李白、杜甫和白居易: a list of famous people names no private person.
  if (starts.some((st, k) => FAMOUS.has(text.slice(st, ends[k])))) return sep;
  for (let k = 0; k < starts.length; k++) pushName(out, starts[k], ends[k]);
  return Math.max(sep, at - 1);
}

/** Function words, places, units and amounts: never in a list's name (a surname the table lacks may be a verb: 花, 养, 过). */
const LOOSE_STOP = codes('的是在了和与與及等我你他她们們这這那个個有没沒不也都就还還说說讲講向从從对對把被给給让讓很太最更又才已吗嗎呢吧啊呀着著过過得村镇鎮乡鄉县縣市区區街路号號元块塊户戶家人们們些样樣种種类類斤米');
/** Three Han characters that may be a name in a list although the surname is not in the table: no function word, place or title. */
function looseItem(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (!(c >= 0x3400 && c <= 0x9fff) || LOOSE_STOP.has(c) || NUMERALS.has(text[k])) return false;
  }
  return !PLACE_END.has(text[e - 1]) && !PLACE_SUFFIX.has(text[e - 1]) && !TITLE_AFTER.test(text.slice(e, e + 4)) && !NOT_NAME_WORD.has(text.slice(s, s + 2)) && (GIVEN_SET.has(text[e - 1]) || GIVEN_SET.has(text[e - 2]));
}

const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;
/** A name of three characters at `start` of the run after a standing word, else of two, the first `reads` accepts (it is
 * given the candidate and what follows it); true when one was pushed. */
export function pushRunName(text: string, start: number, run: string, out: PiiSpan[], reads: (name: string, after: string) => boolean): boolean {
  for (const len of [3, 2]) {
    if (len > run.length || !reads(run.slice(0, len), text.slice(start + len, start + len + 3))) continue;
    out.push({ kind: 'name', start, end: start + len });
    return true;
  }
  return false;
}

export function pushName(out: PiiSpan[], start: number, end: number) {
  if (end <= start) return;
  // A name right after the previous one ("王某王某…") extends it: one span, not one per name.
  const last = out.length ? out[out.length - 1] : null;
  if (last && last.kind === 'name' && last.end === start) last.end = end;
  else out.push({ kind: 'name', start, end });
}

/** A name read backwards from `end` (before a closing formula or the writer's sex): three
 * characters first, then two and four, where it starts after a boundary or a person word. */
export function nameEndingAt(text: string, end: number, out: PiiSpan[]): void {
  for (const length of [3, 2, 4]) {
    const s = end - length;
    // (Round 16: also after a signature's dash, "——劉明德 敬上".)
    if (s < 0 || (s > 0 && !NAME_BOUNDARY_BEFORE.has(text[s - 1]) && !PERSON_WORD_END.has(text.charCodeAt(s - 1)) && text[s - 1] !== '—')) continue;
    if (nameEnd(text, s, true) === end && likelyName(text, s, end)) {
      pushName(out, widenToCompound(text, s), end);
      return;
    }
  }
}
const FAMOUS = new Set(
  (
    // (Review of stop 43: famous names with a rarer surname, which the name model is now asked to read at its lower bound.)
    // (Stop 50: 江姐 of 红岩, whom the kin forms would read as 江 and 姐.)
    '江姐 洪金宝 洪金寶 关晓彤 關曉彤 费玉清 費玉清 纪晓岚 紀曉嵐 白岩松 岳云鹏 岳雲鵬 俞敏洪 华晨宇 華晨宇 聂卫平 聶衛平 温兆伦 溫兆倫 季羡林 ' +
    '花木兰 花木蘭 向警予 黄世仁 黃世仁 杨白劳 楊白勞 雷锋 雷鋒 焦裕禄 焦裕祿 孔繁森 杨善洲 楊善洲 谷文昌 廖俊波 黄大年 黃大年 张桂梅 張桂梅 黄文秀 黃文秀 郭明义 郭明義 王进喜 王進喜 张思德 張思德 白求恩 钟南山 鍾南山 袁隆平 屠呦呦 李四光 钱学森 ' +
    '錢學森 邓稼先 鄧稼先 华罗庚 華羅庚 陈景润 陳景潤 詹天佑 时传祥 時傳祥 张海迪 張海迪 黄继光 黃繼光 邱少云 邱少雲 董存瑞 刘胡兰 劉胡蘭 方志敏 方誌敏 杨靖宇 楊靖宇 赵一曼 趙一曼 吉鸿昌 吉鴻昌 毛泽东 ' +
    '毛澤東 周恩来 周恩來 刘少奇 劉少奇 朱德 邓小平 鄧小平 陈云 陳雲 彭德怀 彭德懷 贺龙 賀龍 陈毅 陳毅 叶剑英 葉劍英 刘伯承 劉伯承 聂荣臻 聶榮臻 徐向前 罗荣桓 羅榮桓 粟裕 许世友 許世友 ' +
    '林彪 华国锋 華國鋒 胡耀邦 赵紫阳 趙紫陽 江泽民 江澤民 胡锦涛 胡錦濤 习近平 習近平 李克强 李克強 温家宝 溫家寶 朱镕基 朱鎔基 王岐山 周永康 薄熙来 薄熙來 令计划 令計劃 徐才厚 郭伯雄 孙中山 孫中山 ' +
    '蒋介石 蔣介石 鲁迅 魯迅 巴金 老舍 郭沫若 茅盾 冰心 李白 杜甫 白居易 苏轼 蘇軾 苏东坡 蘇東坡 陶渊明 陶淵明 王安石 孔子 孟子 老子 庄子 莊子 岳飞 岳飛 文天祥 海瑞 ' +
    '包拯 包青天 狄仁杰 狄仁傑 林则徐 林則徐 诸葛亮 諸葛亮 曹操 刘备 劉備 关羽 關羽 张飞 張飛 孙权 孫權 孙悟空 孫悟空 猪八戒 豬八戒 唐僧 白娘子 许仙 許仙 宋江 武松 林冲 ' +
    '林沖 鲁智深 魯智深 秦始皇 李世民 朱元璋 康熙 乾隆 雍正 慈禧 刘德华 劉德華 周杰伦 周杰倫 成龙 成龍 姚明 刘翔 劉翔 郎平 李宁 李寧 马云 馬雲 马化腾 馬化騰 任正非 雷军 ' +
    '雷軍 董明珠 王健林 杨国福 楊國福 张亮 張亮 王老吉 周大福 周生生 周六福'
  ).split(' '),
);
/** 和/跟/同/与/及 that end a word (合同, 共同, 参与, 以及, 温和, 脚跟): no "with" before a name. */
const JOIN_IN_WORD = codes('合共不相如陪参參涉以给給紧緊脚腳温溫平缓緩总總暖随隨一连連赞贊认認');
export function stickyAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
/** After a cued name: a boundary or what the person does with the writer. */
const CUE_AFTER = /(?:$|[，,。；;！!？?、\s：:）)”」]|问|問|一起|一块|一塊|去|来|來|到|在|说|說|讲|講|等|两|兩|是|的|也|都|被|和|跟|同|系|係|给|給|把|让|讓|还|還|又|就|已|没|沒|先|发的|發的|每天|天天|今年|去年|前年|前天|昨天|上个|上個)/y;
/** A place's last character: 李家坡, 张家冲 are hamlets, not people. */
const PLACE_END = new CharSet([...'池坡冲沖台岭嶺湾灣坪坝壩塘沟溝岗崗湖桥橋场場寨屯堡营營铺舖店镇鎮乡鄉村庄莊街路巷区區州县縣市园園苑城口溪港岛島']);

/** One table for the scans over every character: bit flags per UTF-16 unit. */
const PEOPLE = new Uint16Array(65536);
/** Surnames that are also words, read only as full names in context (wordSurnameNameEnd). */
const P_WORD_SURNAME = 1024;
const P_PERSON_LEFT = 128;
/** 机 ends a person's trade only in 司机 (not 手机, 挖掘机). */
const MACHINE_NOT_DRIVER = /(?<![司])[机機]$/;
/** …but not staff or officials acting in office (工作人员王建军说, 委员李明). */
const OFFICIAL_WORD_BEFORE = /(?:(?<!务工|務工|打工|外来|外來|流动|流動|进城|進城)人员|(?<!务工|務工|打工|外来|外來|流动|流動|进城|進城)人員|委员|委員|成员|成員|官员|官員|公务员|公務員|议员|議員|专员|專員|组员|組員|队员|隊員|职员|職員|科员|科員|办事员|辦事員|干部|幹部|民警|辅警|輔警|协警|協警)$/;
const NAME_END_VERB = new CharSet([...'花进進收']);
const NAME_END_VERB_CODES = new UnitSet([...NAME_END_VERB].map((c) => c.charCodeAt(0)));
/** A given name alone before a household count (志强、春花、建国三家). */
const HOUSEHOLD_COUNT = /^[两兩三四五六七八九](?:家|户|戶|个人|個人|人|位)/;

/** 组 opening a verb (组织, 组队, 组建, 组成, 组团 …), not a village's group after a name (nameEnd). */
const GROUP_VERB = /^[组組][织織队隊建成团團合装裝局]/;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const nameWordsTables = { GIVEN, SURNAME_SET, SURNAME_CODES, COMPOUND_SET, COMPOUND_FIRST, COMPOUND_FIRST_CODES, PLACE_NAME_FIRST, PLACE_NAMES, GIVEN_SET, NUMERALS, NUMERAL_NAME_END, HONORIFIC_FIRST, HONORIFIC, NOT_GIVEN, PLACE_SUFFIX, NOT_NAME_3, PAST_WHEN_AFTER, ADVERB_NAME_WORD, DOUBLED_ADVERB, WATER_OR_HILL, SURNAME_UNIT, COMPOUND_FIRST_UNIT, KIN_END_BEFORE_NAME, NIAN_NAME_FIRST, INTRO_LISTS, OPEN_QUOTE, BAR_CELL, isColonOrSpace, STRONG_INTRO, SIGNATURE, CONTACT_WORDS, LIVES_AT_THE, LIVES_AT_THE_AFTER_ZHU, WRITER_INTRO, AFTER_LISTED_NAME, CLAUSE_END, ROLE_END, NAME_BOUNDARY_BEFORE, HEAD_AFTER_NAME, PLACE_NAME_AFTER, NAME_BEFORE_PHONE, MOU_EXCLUDED_AFTER, MOU_NOT_GIVEN, TITLE_BEFORE_MOU, MOU_EXCLUDED_BEFORE, CONFIRMABLE_INTRO, AFTER_NAME, NOT_NAME_WORD, SIGNED_TAIL, TAIL_WINDOW, NICKNAME_INTRO, SELF_INTRO, SELF_KIN_FORM, NICKNAME_AFTER, REPORTS_AFTER, NICKNAME_WORD_INTRO, LATIN_NAME, GIVEN_WORD_STOP, GIVEN_ONLY_AFTER, GIVEN_ONLY_INTRO, DIMINUTIVE_END, NOT_NICK_FIRST, NICKNAME_NOT, KIN_BEFORE_JIAO, PERSON_WORD_END, BECAME_BEFORE, VERB_NAME_AFTER, SEX_BEFORE, SEX_AFTER, DOUBLED_KIN, AMBIGUOUS_SURNAMES, AMBIGUOUS_NOT_AFTER_KIN, KIN_INTRO, NEIGHBOUR_HOME_AFTER, NEIGHBOUR_PLACE, ADDRESS_FORM_BEFORE, MOU_ORG_AFTER, TITLE_AFTER, LIST_OFFICIAL_BEFORE, LIST_JOIN, LOOSE_STOP, isHan, FAMOUS, JOIN_IN_WORD, CUE_AFTER, PLACE_END, PEOPLE, P_WORD_SURNAME, P_PERSON_LEFT, MACHINE_NOT_DRIVER, OFFICIAL_WORD_BEFORE, NAME_END_VERB, HOUSEHOLD_COUNT };
