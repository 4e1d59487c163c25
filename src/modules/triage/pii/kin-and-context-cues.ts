import type { PiiSpan } from './spans.js';
import { CharSet, unitSetsTables } from './unit-sets.js';
import { anchoredScansTables } from './anchored-scans.js';
import { candText, textTables } from './text.js';
import { digit, likelyName, nameEnd, nameWordsTables, pushName, surnameLength } from './name-words.js';
import { aliasesAndSignaturesTables } from './aliases-and-signatures.js';
import { namesCuedTables } from './names-cued.js';

const { codes } = unitSetsTables;
const { COMPOUND_FIRST_CODES, FAMOUS, GIVEN, GIVEN_SET, MACHINE_NOT_DRIVER, NUMERALS, NUMERAL_NAME_END, OFFICIAL_WORD_BEFORE, PEOPLE, PLACE_END, P_PERSON_LEFT, P_WORD_SURNAME, SURNAME_CODES } = nameWordsTables;
const { listedAt, listedCount } = textTables;
const { CONTEXT_BIT } = anchoredScansTables;
const { KIN_NOT_SURNAME, P_SURNAME } = aliasesAndSignaturesTables;
const { WORD_SURNAME_CODES } = namesCuedTables;

// Kin forms of address, and the table of what stands around a private person's name (PEOPLE) that the context readers ask.

// ---------------------------------------------------------------------------------------------
// Names without an introduction word: what stands around them shows they are private persons.

/** Elder's forms of address after a surname: 王大娘, 李大爷, 刘婶, 何二婶, 田嫂子, 秦老伯, 谭五爷, 马老汉. (Stop 50) And one
 * kin character of one's own generation or the parents' (阙叔, 唐姨, 何姐, 王哥): the studied sets' writers label 63 such
 * forms after a surname and a boundary, and leave one (a shop's 龙嫂); over every set ten labels more found, no character
 * more masked outside them. (Stop 53, pii108 studied) 老倌, an old man in Hunan's and Jiangxi's speech (苜蓿岗的温老倌). */
const KIN_FORM = /(?:爷爷|爺爺|奶奶|阿婆|阿公|阿嫲|阿嬷|大娘|大爷|大爺|大妈|大媽|大婶|大嬸|大嫂|大叔|老伯|阿伯|伯伯|老汉|老漢|老倌|老太太|老太|婆婆|婶子|嬸子|嫂子|[二三四五六七八九幺](?:婶子|嬸子|嫂子|婶|嬸|嫂|叔|伯|爷|爺|姑|娘)|叔叔|姐姐|哥哥|[婶嬸嫂伯叔姨姐哥])/y;
/** (Stop 50) An office, a window or a desk right before (派出所的, 窗口的, 社区的): its staff so addressed. */
const OFFICE_BEFORE_50 = /(?:[局委办辦所站院厅廳处處科股室队隊庭]|窗口|政府|街道|社区|社區|中心|大厅|大廳|柜台|櫃檯|前台|单位|單位|银行|銀行|医院|醫院|学校|學校)(?:里|裡)?的?$/;
/** Before such a surname: a boundary or a short function word (村西头的王大娘, 老家张大爷, 替尤大爷问问), not
 * a word the surname character would end (保安大叔, 门卫大爷, 河南大妈, 城管大叔). */
// (Stop 34: and after a kin word ending in 儿 or 婆, 我老汉儿滕老汉, 我婆婆滕老太.)
const KIN_LEFT = codes('，,。.；;：:、！!？?（(“”"「」『』 \u3000\n的是有和跟同与與及给給找问問帮幫替叫请請让讓被把位个個了说說对對到头頭边邊壁居家里裡村组組屯寨楼樓我俺咱们們他她上下听聽见見看陪带帶送喊板闆坊@＠妈媽爸儿兒婆');
const KIN_FIRST = codes('叔姨姐哥爷爺奶寡大老阿伯婆婶嬸嫂二三四五六七八九幺瘸瞎聋聾哑啞拐驼駝麻秃禿疯瘋傻憨结結胖瘦疤');
/** A private person's nickname by a trait after the surname (陈瘸子, 王麻子, 刘二愣子), as villages name people. */
const TRAIT_NICKNAME = /(?:疤子|疤瘌|胖子|瘦子|瘸子|瞎子|聋子|聾子|哑巴|啞巴|拐子|驼子|駝子|麻子|秃子|禿子|疯子|瘋子|傻子|憨子|结巴|結巴|二愣子|二愣|二傻子|二傻|二癞子|二賴子|二赖子|二流子|寡妇|寡婦|老[^\s，,。；;！!？?、的是在了和]儿|老[^\s，,。；;！!？?、的是在了和]兒)/y;
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
export function scanKinForms(text: string, out: PiiSpan[]) {
  // (The text being read: only its positions of CONTEXT_BIT's characters, which include every surname's.)
  const listed = text === candText;
  const positions = listedAt(CONTEXT_BIT);
  const count = listedCount(CONTEXT_BIT);
  let cursor = 0;
  // (Stop 50: to the text's last two characters, a surname and one kin character: 你问问张叔.)
  for (let i = 0; i + 1 < text.length; i++) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
      if (i + 1 >= text.length) break;
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
    // (Stop 50) 帅哥, 师姐, 师叔: a handsome man, a fellow student, a master's brother, not a surname and a kin word.
    if ((text[i] === '帅' || text[i] === '帥' || text[i] === '师' || text[i] === '師') && '哥姐叔'.includes(text[i + 1])) continue;
    // 江姐 of the novel and the revolution's history: famous, no private person.
    if (FAMOUS.has(text.slice(i, i + 2))) continue;
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
    // (Stop 50) The forms of one's own or the parents' generation after an office's word name its staff so addressed
    // (派出所的王叔叔, 窗口的刘姐): they stay, as peerFormEnd leaves 窗口的刘大姐.
    if (/^(?:叔叔|姐姐|哥哥|[叔姨姐哥])$/.test(m[0]) && (OFFICIAL_WORD_BEFORE.test(text.slice(Math.max(0, i - 6), i)) || OFFICE_BEFORE_50.test(text.slice(Math.max(0, i - 6), i)))) continue;
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
/**
 * After a full name of common given-name characters (three characters or a compound surname's
 * four): 的 or 家 and anything the person has (宫德福的拖拉机, 贺春兰家一分没拿到) — a word of three
 * such characters seldom ends right before 的/家 (those that do are in NOT_NAME_WORD). Not 家园,
 * 家属, 家具 … (compounds and trades).
 */
const CTX_AFTER_POSSESSIVE = /(?:的(?=[\u3400-\u9fff])(?!时候|時候|话|話|事情|一|人)|家(?![园園属屬具电電居政纺紡乐樂常庭用务務教禽畜底境乡鄉]))/y;
const VERB_BEFORE_NAME = codes('找让讓叫问問给給帮幫替请請');
/** Before a name at a sub-clause's start: a time word or a conjunction (昨天下午X在…, 可是X到今天…). */
const CLAUSE_OPENER_BEFORE = /(?:一早|一大早|没有|沒有|就|昨天|今天|前天|上午|下午|晚上|中午|早上|那天|当天|當天|后来|後來|结果|結果|可是|但是|只有|还是|還是|就是|要不是|而且|并且|並且|所以|因为|因為|如果|虽然|雖然|然后|然後|最后|最後|当时|當時|平时|平時|其实|其實|没想到|沒想到)$/;
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

export function contextNameEnd(text: string, s: number, anyGiven = false, anySingle = false): number {
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
export function nameBeforeJoin(text: string, i: number, anySingle: boolean): number {
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

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const kinAndContextCuesTables = { KIN_FORM, INTRODUCED_BEFORE, ABROAD, JOIN_CHARS, CTX_AFTER_POSSESSIVE, VERB_BEFORE_NAME, CLAUSE_OPENER_BEFORE, KIN_WORD_BEFORE, CTX_CUE, REPORTER_KIN_BEFORE, CTX_STRONG_CUE, SINGLE_GIVEN, P_CTX_LEFT, P_CUE_LAST, P_GIVEN, P_RIGHT_FIRST, P_ACTION_FIRST, P_OPENER_LAST, flag, KIN_BEFORE_WORD_SURNAME };
