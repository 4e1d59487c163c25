import type { PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { nameWordsTables, surnameLength } from './name-words.js';
import { anyDictionaryWord as anySimplifiedWord } from './dictionary.js';
import { foldToSimplified } from '../normalize.js';
import { officialCell } from './regions/emigrant-county.js';
import { notName38b } from './regions/clan-villages-and-state-farm.js';

const { GIVEN_SET, NOT_NAME_3 } = nameWordsTables;
/** The dictionary's words are Simplified: a Traditional text's word is looked up folded (遊客付錢吃: 付钱). */
const anyDictionaryWord = (w: string): boolean => anySimplifiedWord(foldToSimplified(w));

// (Stop 47, pii83 and pii84 studied) A flooded county's relief and a mountain resort's tourists, as their writers put them:
// the screen name a review or a post is signed with (用户名山野行者Leo，订单号…, 评论人小圆子爱旅行, 发布人一只爱爬山的猫，手机号…,
// 评论账号叫旅行的阿飘), whom a missing-person notice asks callers to ring (请联系慎长水 15903981082), a pupil
// named before 同学, the alias a tout or a debt collector gives (自称六猴子, 自称小蔡), an insured person (被保险人越凤娇), a
// tourist's signature (——游客孙悦), a Japanese visitor before さん, a booking's and a ride's numbers, a claim's and a lost-property
// register's with the year, a German passport, a WeChat ID said in English. And two readings of other rules undone: a word of three
// characters read as a name (游客高峰期), 民宿 split after 居民 (雲間居民宿訂的房 → 宿訂).
//
// A review of the first version read each of these on ordinary sentences (评论人说得对, 发布人：县应急管理局, 请联系何先生 139…,
// 对方自称客服, 我在酒店遇到了佐藤さん), a second the mended ones (我的账号昨天晚上突然被封了, 发布人：县气象台, 请联系孙组长 139…,
// 自称小姨子, 关于高三同学): each rule now asks for the shape the writers gave, not only its cue word.

/** A screen name after the word that introduces it on a platform (group 1), to the end of its clause. */
const HANDLE_47 = /(?:用户名|用戶名|用户昵称|用戶暱稱|评论人|評論人|发布人|發布人|发帖人|發帖人|评论账号|評論賬號|評論帳號)(?:叫|是|为|為|係)?[：:\s]?(?:昵称|暱稱|网名|網名|ID|id)?[：:]?([\u3400-\u9fffA-Za-z0-9_·]{2,16}?)(?=[，,。；;！!？?\s（(）)」』]|$)/g;
/** An account's handle where the writer says the account is called it (账号叫X). (Review of stop 47: 账号X被封 read clauses,
 * 我的账号昨天晚上突然被封了, and was dropped.) Not an office's or a scenic area's own account (官方账号叫平安黛溪). */
const ACCOUNT_HANDLE_47 = /(?<!官方|景区|景區|单位|單位|政府|政务|政務|局|委|办|辦)(?:账号|帳號|賬號)(?:叫|名叫|名是|名为|名為)([\u3400-\u9fffA-Za-z0-9_·]{2,16}?)(?=[，,。；;！!？?\s（(）)]|$)/g;
/** Where a screen name's clause may end: the text's or the line's end, a closing bracket, or a comma before the writer's
 * contact or order (…，订单号, …，手机号, …，这是我). Anything else after it is the sentence going on (评论人表示不满，平台…). */
const HANDLE_END_47 = /^(?:$|[\n）)」』]|[，,。.\s]{1,2}(?:订单|訂單|手机|手機|电话|電話|微信|邮箱|郵箱|这是我|這是我|联系|聯繫|预订|預訂|$))/;
/** A handle's first character that makes it a sentence (评论人说得对, 发布人删除了, 用户名显示乱码). */
const HANDLE_NOT_FIRST_47 = /^[是叫为為被已不没沒也都就还還的了在有和与與我你他她它这這那哪谁誰啥什怎多很说說表删刪自显顯忘密对對让讓给給跟回发發称稱认認觉覺喊推实實栏欄们們里裡要会會能可把将將从從向往再又正]/;
/** Words inside a handle that make it a sentence or an office (…说, 表示…, 认为…, …局, 官方客服, 小编, 佚名). */
const HANDLE_NOT_47 = /了|说|說|表示|认为|認為|删|刪|忘|显示|顯示|回复|回覆|推荐|推薦|喊话|喊話|探访|探訪|写着|寫著|寫着|不满|不滿|生气|生氣|局|委|办|辦|政府|部$|中心|管委|宣传|宣傳|官方|客服|管理员|管理員|小编|小編|佚名|记者|記者|评论员|評論員|转载|轉載|投稿|系统|系統|暂无|暫無|匿名|书记|書記|主任|县长|縣長|镇长|鎮長|村长|村長|支书|支書|局长|局長|[店铺鋪馆館厂廠司处處台院所队隊会會站]$|媒体|媒體|日报|日報|晚报|晚報|报社|報社|公众号|公眾號|游客|遊客|网友|網友|^一(?:位|个|個|名)|^[某这這那]|的$|^[0-9]+$/;
const HANDLE_CUES_47 = ['用户', '用戶', '评论人', '評論人', '发布人', '發布人', '发帖人', '發帖人', '评论账号', '評論賬號', '評論帳號'];
const ACCOUNT_CUES_47 = ['账号', '帳號', '賬號'];

/** Whom a notice or a writer asks callers to ring (group 1): two or three characters, then the mobile (perhaps in brackets,
 * after a comma or a colon, or after 电话). */
const CONTACT_NAME_47 = /(?:请联系|請聯繫|請聯絡|请联络|请找|請找|联系|聯繫|聯絡|联络)(?![人方电電])([\u3400-\u9fff]{2,3})(?=[ \u3000（(：:，,]{0,2}(?:电话|電話|手机|手機)?[:：]?[ \u3000]?(?:\+?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9]))/g;
/** A surname and a form of address or a trade (何先生, 周阿姨, 李总, 王工, 高师傅, 张律师), a role or a shop (安全员, 蔡记): no
 * private person's name, whatever number follows. */
const ADDRESS_FORM_END_47 = /(?:先生|女士|小姐|太太|阿姨|师傅|師傅|律师|律師|护士|護士|会计|會計|大夫|教练|教練|总监|總監|主管|老板|老闆|同学|同學|经理|經理|老师|老師|医生|醫生|组长|組長|民警|代表|主席|法官|导游|導遊|网格|網格|干事|幹事|社工|委员|委員|助理|专员|專員|警官|村医|村醫|[叔总總工哥姐姨伯婶嬸记記员員])$/;
/** A relative by a pronoun (请联系她儿子 186…). */
const CONTACT_NOT_47 = /^[她他我你它俺咱您其]|(?:儿子|兒子|女儿|女兒|老公|老婆|爸|妈|媽)$/;

/** A pupil by full name before 同学 (学校陈小雨同学的妈妈): three characters, the first a surname. */
const PUPIL_47 = /([\u3400-\u9fff]{3})(?:同学|同學)(?=[的们們在被说說家，,。；;！!？?\s]|$)/g;
/** Characters that end no given name (a function word, a place's or a unit's last character). */
const NOT_NAME_END_47 = /[某厅廳局处處科室所站院校部司的了是在和与與及等我你他她们們这這那个個有没沒不也都就还還说說讲講向从從对對把被给給让讓很太最更又才已吗嗎呢吧啊呀着著过過得村镇鎮乡鄉县縣市区區街路号號元块塊户戶人们們些样樣种種类類斤米上下里裡中前后後年月日天次名位]/;

/** The alias a tout or a collector gives (他自称六猴子，, 催收员自称小蔡): a nickname's shape only — 小, 老 or 阿 and a surname,
 * or a birth order or 大/小 and a word ending in 子 — not what a scam caller claims to be (自称客服, 自称城管, 自称王总). */
const SELF_CALLED_47 = /(?:自称|自稱)(?:叫)?([小老阿][\u3400-\u9fff]|[一二三四五六七八九十大小][\u3400-\u9fff]子)(?=[，,。；;！!？?\s]|$)/g;

const KIN_ZI_47 = /(?:姨|叔|孙|孫|舅|婶|嬸|妗|嫂|侄|姪|儿|兒|妹|姑|孩|伙|夥)子$/;
/** An insured person after the policy's word, to the clause's end (被保险人越凤娇，). */
const INSURED_47 = /(?:被保险人|被保險人)[：:\s]?([\u3400-\u9fff]{2,3})(?=[，,。；;（(\s]|$)/g;
/** A tourist signing or named in a list of particulars (——游客孙悦, ，游客骆家乐，订单…). */
const TOURIST_47 = /(?:——|—|--|我是|本人是?)(?:游客|遊客)[：:\s]?([\u3400-\u9fff]{2,3})(?=[，,。；;\s]|$)|[，,。\n](?:游客|遊客)[：:\s]?([\u3400-\u9fff]{3})(?=[，,。；;\s]|$)/g;

/** Common Japanese surnames, for a name before さん, 様 or くん (佐藤健一さん). The characters before a honorific are a name
 * only from one of these: 我在酒店遇到了佐藤さん is 佐藤, 社长様 and 叫我们王様 no name. */
const JAPANESE_SURNAMES_47 = new Set(('佐藤 鈴木 铃木 高橋 高桥 田中 伊藤 渡辺 渡边 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 清水 山崎 ' +
  '池田 橋本 桥本 阿部 石川 山下 中島 中岛 石井 小川 前田 岡田 冈田 長谷川 长谷川 藤田 後藤 后藤 近藤 村上 遠藤 远藤 青木 坂本 斎藤 斋藤 福田 太田 ' +
  '西村 藤井 金子 岡本 冈本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 横山 宮崎 宫崎 宮本 宫本 内田 ' +
  '高木 安藤 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 千叶 岩崎 桜井 樱井 木下 野口 松尾 菊地 野村 新井').split(' '));
const JAPANESE_HONORIFIC_47 = /(?:さん|様|さま|くん|ちゃん)/g;

/** A WeChat ID said in English (WeChat ID liuyun_travel88), as 微信号 introduces one: with a digit, an underscore or a dash,
 * as IDs have and words (required, NOTAVAILABLE) do not. */
const WECHAT_ENGLISH_47 = /(?:WeChat|Wechat|WECHAT|wechat)(?:[ ]?(?:ID|Id|id|号|號)[ ]?(?:是|为|為)?[ ]?[:：]?|[ ]?[:：])[ ]?([A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])/g;
/** A German passport's number after its cue: nine characters, the first a letter of C F G H J K, the rest digits and the
 * letters the German authorities use (no vowels, no B D Q S), digits among them (护照C32WX9T5X). */
const GERMAN_PASSPORT_47 = /(?:护照|護照|passport|Passport)(?:号|號|号码|號碼|No\.?)?[ ]?[:：]?[ ]?([CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8})(?![A-Za-z0-9])/g;
/** A booking's number and a ride's trip (预订号MS20250808412590, 行程XC2915174370723980): one traveller's, as an order's is
 * (public-housing-and-village-collectives.ts ORDER_40B). Capitals and digits only (整个行程km1234567890 is none). */
const TRIP_47 = /(?:预订|預訂|行程单|行程單|行程)(?:号|號|编号|編號)?(?:是|为|為)?[:：\s]{0,2}((?!QQ)[A-Z]{1,4}[0-9]{10,22})(?![0-9A-Za-z])/g;
/** A claim's or a lost-property register's number written as letters, the year and a serial (失物登记号SW-2025-9955): one
 * person's case (personal-papers.ts reads other shapes after the same cues). Not an office's reimbursement slip. */
const CASE_BY_YEAR_47 = /(?:失物登记号|失物登記號|失物招领号|失物招領號|理赔号|理賠號|赔案号|賠案號)(?:是|为|為|係)?[:：]?\s?([A-Z]{1,4}[-－](?:19|20)[0-9]{2}[-－][0-9A-Z]{2,10})(?![0-9A-Za-z])/g;

/** A private person's name of two or three characters read after a cue: a surname (or, of three, two given-name
 * characters: 越凤娇, 慎长水, surnames the table lacks), no word, no office, no form of address. */
function personName47(text: string, s: number, name: string): boolean {
  const surnamed = surnameLength(text, s) >= 1 ? name.length === 3 || GIVEN_SET.has(name[1]) : name.length === 3 && GIVEN_SET.has(name[1]) && GIVEN_SET.has(name[2]);
  // (家 in the middle only before a given name's character, 骆家乐, not a hamlet's, 张家湾.)
  if (name.length === 3 && name[1] === '家' && !GIVEN_SET.has(name[2])) return false;
  return surnamed && !anyDictionaryWord(name) && !anyDictionaryWord(name.slice(0, 2)) && !officialCell('name', name) && !ADDRESS_FORM_END_47.test(name) && !NOT_NAME_END_47.test(name.slice(1));
}

function scanHandles(text: string, spans: PiiSpan[]): void {
  HANDLE_47.lastIndex = 0;
  for (let m = HANDLE_47.exec(text); m; m = HANDLE_47.exec(text)) {
    const handle = m[1];
    const e = m.index + m[0].length;
    if (!HANDLE_END_47.test(text.slice(e, e + 6))) continue;
    if (HANDLE_NOT_FIRST_47.test(handle) || HANDLE_NOT_47.test(handle) || anyDictionaryWord(handle) || officialCell('name', handle)) continue;
    // (Nor where the cue's last character opens a word with what follows: 发布人行道 is 发布 and 人行道.)
    const cueEnd = e - handle.length - 1;
    if (text[cueEnd] === '人' && (anyDictionaryWord(text.slice(cueEnd, cueEnd + 3)) || anyDictionaryWord(text.slice(cueEnd, cueEnd + 2)))) continue;
    // (A handle has a letter or a Han character: digits alone are an account's number, which the number rules read.)
    if (!/[A-Za-z\u3400-\u9fff]/.test(handle)) continue;
    spans.push({ kind: 'name', start: e - handle.length, end: e });
  }
}

function scanAccountHandles(text: string, spans: PiiSpan[]): void {
  ACCOUNT_HANDLE_47.lastIndex = 0;
  for (let m = ACCOUNT_HANDLE_47.exec(text); m; m = ACCOUNT_HANDLE_47.exec(text)) {
    const handle = m[1];
    const e = m.index + m[0].length;
    if (HANDLE_NOT_FIRST_47.test(handle) || HANDLE_NOT_47.test(handle) || anyDictionaryWord(handle) || /里|裡/.test(handle) || officialCell('name', handle)) continue;
    spans.push({ kind: 'name', start: e - handle.length, end: e });
  }
}

export function scanReliefAndTourism47(text: string, spans: PiiSpan[]): void {
  if (hasAny(text, HANDLE_CUES_47)) scanHandles(text, spans);
  if (hasAny(text, ACCOUNT_CUES_47)) scanAccountHandles(text, spans);
  if (hasAny(text, ['联系', '聯繫', '聯絡', '联络', '请找', '請找'])) {
    CONTACT_NAME_47.lastIndex = 0;
    for (let m = CONTACT_NAME_47.exec(text); m; m = CONTACT_NAME_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      if (CONTACT_NOT_47.test(m[1]) || !personName47(text, s, m[1])) continue;
      spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '同学') || has(text, '同學')) {
    PUPIL_47.lastIndex = 0;
    for (let m = PUPIL_47.exec(text); m; m = PUPIL_47.exec(text)) {
      const s = m.index;
      const w = m[1];
      // (Not 高中同学, 老同学, 大学同学: a word or a surname the table lacks.)
      // (Nor a grade after a function word: 关于高三同学, 向高二同學.)
      if (surnameLength(text, s) !== 1 || /[一二三四五六七八九十两兩]/.test(w.slice(1)) || NOT_NAME_END_47.test(w.slice(1)) || anyDictionaryWord(w) || anyDictionaryWord(w.slice(0, 2)) || notName38b(text, s, s + 3)) continue;
      spans.push({ kind: 'name', start: s, end: s + 3 });
    }
  }
  if (has(text, '自称') || has(text, '自稱')) {
    SELF_CALLED_47.lastIndex = 0;
    for (let m = SELF_CALLED_47.exec(text); m; m = SELF_CALLED_47.exec(text)) {
      const w = m[1];
      const s = m.index + m[0].length - w.length;
      // (小蔡, 老汤: 小, 老 or 阿 before a surname; 六猴子, 二狗子: not a word, 小孩子.)
      // (Nor a kin word, 小姨子, 大孙子, 小叔子.)
      if ((w.length === 2 && surnameLength(text, s + 1) !== 1) || anyDictionaryWord(w) || KIN_ZI_47.test(w)) continue;
      spans.push({ kind: 'name', start: s, end: s + w.length });
    }
  }
  if (has(text, '被保险人') || has(text, '被保險人')) {
    INSURED_47.lastIndex = 0;
    for (let m = INSURED_47.exec(text); m; m = INSURED_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      if (personName47(text, s, m[1])) spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '游客') || has(text, '遊客')) {
    TOURIST_47.lastIndex = 0;
    for (let m = TOURIST_47.exec(text); m; m = TOURIST_47.exec(text)) {
      // (Two characters only signing, ——游客孙悦; in a list of particulars three, 游客齐聚 and 游客常来 being what tourists do.)
      const name = m[1] ?? m[2];
      const s = m.index + m[0].length - name.length;
      // (Its given name of given names' characters: ，遊客付錢吃， is what tourists do.)
      const given = foldToSimplified(name.slice(1));
      if (surnameLength(text, s) >= 1 && [...given].every((c) => GIVEN_SET.has(c)) && personName47(text, s, name)) spans.push({ kind: 'name', start: s, end: s + name.length });
    }
  }
  if (has(text, 'さ') || has(text, 'く') || has(text, 'ち') || has(text, '様')) {
    JAPANESE_HONORIFIC_47.lastIndex = 0;
    for (let m = JAPANESE_HONORIFIC_47.exec(text); m; m = JAPANESE_HONORIFIC_47.exec(text)) {
      // The shortest run before the honorific, of at most four characters, that opens with a Japanese surname (我和田中さん:
      // 田中, not 和田中; 佐藤健一さん: 佐藤健一).
      for (let s = m.index - 2; s >= Math.max(0, m.index - 4); s--) {
        if (!/^[\u3400-\u9fff々]+$/.test(text.slice(s, m.index))) continue;
        if (JAPANESE_SURNAMES_47.has(text.slice(s, s + 2)) || JAPANESE_SURNAMES_47.has(text.slice(s, s + 3))) {
          spans.push({ kind: 'name', start: s, end: m.index });
          break;
        }
      }
    }
  }
  if (has(text, 'We') || has(text, 'we') || has(text, 'WE')) {
    WECHAT_ENGLISH_47.lastIndex = 0;
    for (let m = WECHAT_ENGLISH_47.exec(text); m; m = WECHAT_ENGLISH_47.exec(text)) {
      if (!/[0-9_-]/.test(m[1])) continue;
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'wechat', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '护照') || has(text, '護照') || has(text, 'assport')) {
    GERMAN_PASSPORT_47.lastIndex = 0;
    for (let m = GERMAN_PASSPORT_47.exec(text); m; m = GERMAN_PASSPORT_47.exec(text)) {
      const digits = m[1].replace(/[^0-9]/g, '').length;
      if (digits < 3 || digits === 8) continue; // (a letter and eight digits: the other passport rules' shape)
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'id_number', start: s, end: s + 9 });
    }
  }
  if (has(text, '预订') || has(text, '預訂') || has(text, '行程')) {
    TRIP_47.lastIndex = 0;
    for (let m = TRIP_47.exec(text); m; m = TRIP_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '失物') || has(text, '理赔') || has(text, '理賠') || has(text, '赔案') || has(text, '賠案')) {
    CASE_BY_YEAR_47.lastIndex = 0;
    for (let m = CASE_BY_YEAR_47.exec(text); m; m = CASE_BY_YEAR_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
}

/** Other rules' readings undone (the header's two), on the spans as merged. */
export function reliefAndTourismAfter47(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const out: PiiSpan[] = [];
  for (const sp of spans) {
    if (sp.kind === 'name') {
      // 游客高峰期, 村民黑龙江: a word of three characters.
      if (sp.end - sp.start === 3 && NOT_NAME_3.has(text.slice(sp.start, sp.end))) {
        changed = true;
        continue;
      }
      // 雲間居民宿訂的房: 民宿 (a homestay) after 居民, no name (村民宿青松, 村民宿老三 are: 村民 is the cue; 居民宿青松 too, 青
      // being a given name's).
      if (text[sp.start] === '宿' && sp.start > 1 && text[sp.start - 1] === '民' && text[sp.start - 2] === '居' && !GIVEN_SET.has(text[sp.start + 1] ?? '')) {
        changed = true;
        continue;
      }
    }
    out.push(sp);
  }
  return changed ? out : spans;
}
