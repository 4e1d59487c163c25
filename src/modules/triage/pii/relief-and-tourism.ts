import type { PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { nameWordsTables, surnameLength } from './name-words.js';
import { anyDictionaryWord } from './dictionary.js';
import { officialCell } from './regions/emigrant-county.js';
import { notName38b } from './regions/clan-villages-and-state-farm.js';

const { GIVEN_SET, NOT_NAME_3 } = nameWordsTables;

// (Stop 47, pii83 and pii84 studied) A flooded county's relief and a mountain resort's tourists, as their writers put them:
// the screen name a review, a post or a complaint is signed with (用户名山野行者Leo, 评论人小圆子爱旅行, 发布人一只爱爬山的猫,
// 评论账号叫旅行的阿飘), whom a missing-person notice asks callers to ring (请联系慎长水 15903981082), a pupil named before
// 同学, what a tout calls himself (自称六猴子). And two readings of other rules undone: a word of three characters read as
// a name (游客高峰期), 民宿 split after 居民 (雲間居民宿訂的房 → 宿訂). (A full name read to its second character before 的,
// 一个叫卞大牛的 → 卞大, was tried completed with the third: a common character after a name, 我邻居王芳要，, was read on too.)

/** A screen name after the word that introduces it on a platform, up to the clause's end. */
const HANDLE_47 = /(?:用户名|用戶名|用户昵称|用戶暱稱|网络昵称|網絡暱稱|评论人|評論人|发布人|發布人|发帖人|發帖人|评论账号|評論賬號|評論帳號|作者|博主|账号|帳號|賬號)(?:叫|是|为|為|係)?[：:\s]?([\u3400-\u9fffA-Za-z0-9_·]{2,16}?)(?=[，,。；;！!？?\s（(）)]|被|$)/g;
/** The cues above that name a person's handle only on a platform (a book's author, an account's number elsewhere). */
const PLATFORM_ONLY_47 = /^(?:作者|博主|账号|帳號|賬號)/;
/** An account's cue: the handle is said to be one (账号叫…, 账号：…) or the account was banned (账号X被封). Without either the
 * words after 账号 are the sentence's (账号密码替点, 账号要注销, 账号封了). */
const ACCOUNT_47 = /^(?:账号|帳號|賬號)$/;
const ACCOUNT_SAID_47 = /^(?:账号|帳號|賬號)(?:叫|是|为|為|係|[：:])/;
const PLATFORM_47 = ['App', 'APP', 'app', '平台', '小红书', '小紅書', '抖音', '微博', '朋友圈', '笔记', '筆記', '帖', '评论', '評論', '评价', '評價', '点评', '點評', '直播', '快手', '网站', '網站', '公众号', '公眾號'];
/** A handle's first character that makes it a sentence, not a name (作者是谁, 账号被封, 账号已注销). */
const HANDLE_NOT_FIRST_47 = /^[是叫为為被已不没沒也都就还還的了在有和与與我你他她它这這那哪谁誰啥什怎多]/;
/** A handle that is an ordinary word, or one of a platform's own labels. */
const HANDLE_NOT_47 = /^(?:匿名|匿名用户|匿名用戶|本人|游客|遊客|用户|用戶|网友|網友|密码|密碼|注销|註銷|注册|註冊|信息|資訊|[0-9]+)$/;
const HANDLE_CONTACT_47 = /^(?:微信|QQ|qq|电话|電話|手机|手機|邮箱|郵箱|号码|號碼)/;
const HANDLE_SECOND_CUE_47 = /^(?:昵称|暱稱|网名|網名|用户名|用戶名|ID|id)[：:]?/;
const HANDLE_MORE_47 = /^[ \u3000][\u3400-\u9fffA-Za-z0-9_]{1,6}(?=[，,。；;！!？?）)\s]|$)/;
const HANDLE_CUES_47 = ['用户', '用戶', '昵称', '暱稱', '评论人', '評論人', '发布人', '發布人', '发帖人', '發帖人', '评论账号', '評論賬號', '評論帳號', '作者', '博主', '账号', '帳號', '賬號'];
const CONTACT_NOT_47 = /^[她他我你它俺咱您其]|(?:儿子|兒子|女儿|女兒|老公|老婆|爸|妈|媽|哥|姐|弟|妹)$/;
/** Whom a notice or a writer asks callers to ring: a full name, then a mobile. */
const CONTACT_NAME_47 = /(?:请联系|請聯繫|請聯絡|请联络|请找|請找|联系|聯繫|聯絡|联络)(?![人方电電])([\u3400-\u9fff]{2,3})[ \u3000]?(?=(?:\+?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9]))/g;
/** A pupil by full name before 同学 (学校陈小雨同学的妈妈): three characters, the first a surname. */
const PUPIL_47 = /([\u3400-\u9fff]{3})(?:同学|同學)(?=[的们們在被说說家，,。；;！!？?\s]|$)/g;
/** What a tout or a stranger calls himself, to the clause's end (他自称六猴子，). */
const SELF_CALLED_47 = /(?:自称|自稱)(?:叫)?([\u3400-\u9fff]{2,4})(?=[，,。；;！!？?\s]|$)/g;
/** Characters that make a self-description a phrase, not a name (自称是县里的, 自称领导). */
const PHRASE_CHAR_47 = /[是的了里裡人为為在有说說会會能要姓]/;
const SELF_ROLE_47 = /[手员員工师師长長者家官警商户戶]$/;
/** Characters that do not end a given name (a function word, a place's or a unit's last character). */
const NOT_NAME_END_47 = /[嘅咗喺啦嘛囉喇哦打做给給送买買卖賣拿写寫叫喊问問看找收交办辦弄搞用帮幫某厅廳局处處科室所站院校部司的了是在和与與及等我你他她们們这這那个個有没沒不也都就还還说說讲講向从從对對把被给給让讓很太最更又才已吗嗎呢吧啊呀着著过過得村镇鎮乡鄉县縣市区區街路号號元块塊户戶家人们們些样樣种種类類斤米上下里裡中前后後年月日天次名位]/;

/** A Japanese visitor by name and honorific (佐藤健一さん): さん, 様 and the like follow a person's name only. */
const JAPANESE_HONORIFIC_47 = /([\u3400-\u9fff]{2,4})(?=さん|様|さま|くん|ちゃん)/g;
/** A WeChat ID said in English (WeChat ID liuyun_travel88), as 微信号 introduces one. */
const WECHAT_ENGLISH_47 = /(?:WeChat|Wechat|WECHAT|wechat)(?:[ ]?(?:ID|Id|id|号|號)[ ]?[:：]?|[ ]?[:：])[ ]?([A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])/g;
/** A German passport's number after its cue: nine characters, the first a letter of C F G H J K, the rest digits and the
 * letters the German authorities use (no vowels, no B D Q S), digits among them (护照C32WX9T5X). */
const GERMAN_PASSPORT_47 = /(?:护照|護照|passport|Passport)(?:号|號|号码|號碼|No\.?)?[ ]?[:：]?[ ]?([CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8})(?![A-Za-z0-9])/g;

/** A claim's or a lost-property register's number written as letters, the year and a serial (失物登记号SW-2025-9955): one
 * person's case (personal-papers.ts reads other shapes after the same cues). Not an office's reimbursement slip. */
const CASE_BY_YEAR_47 = /(?:失物登记号|失物登記號|失物招领号|失物招領號|理赔号|理賠號|赔案号|賠案號)(?:是|为|為|係)?[:：]?\s?([A-Z]{1,4}[-－](?:19|20)[0-9]{2}[-－][0-9A-Z]{2,10})(?![0-9A-Za-z])/g;

export function scanReliefAndTourism47(text: string, spans: PiiSpan[]): void {
  if (has(text, '失物') || has(text, '理赔') || has(text, '理賠') || has(text, '赔案') || has(text, '賠案')) {
    CASE_BY_YEAR_47.lastIndex = 0;
    for (let m = CASE_BY_YEAR_47.exec(text); m; m = CASE_BY_YEAR_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, 'さ') || has(text, 'く') || has(text, 'ち') || has(text, '様')) {
    JAPANESE_HONORIFIC_47.lastIndex = 0;
    for (let m = JAPANESE_HONORIFIC_47.exec(text); m; m = JAPANESE_HONORIFIC_47.exec(text)) spans.push({ kind: 'name', start: m.index, end: m.index + m[1].length });
  }
  if (has(text, 'We') || has(text, 'we') || has(text, 'WE')) {
    WECHAT_ENGLISH_47.lastIndex = 0;
    for (let m = WECHAT_ENGLISH_47.exec(text); m; m = WECHAT_ENGLISH_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'wechat', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '护照') || has(text, '護照') || has(text, 'assport')) {
    GERMAN_PASSPORT_47.lastIndex = 0;
    for (let m = GERMAN_PASSPORT_47.exec(text); m; m = GERMAN_PASSPORT_47.exec(text)) {
      const digits = m[1].replace(/[^0-9]/g, '').length;
      if (digits < 3 || digits === 9 - 1) continue; // (a letter and eight digits: the other passport rules' shape)
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'id_number', start: s, end: s + 9 });
    }
  }
  if (hasAny(text, HANDLE_CUES_47)) {
    const onPlatform = hasAny(text, PLATFORM_47);
    HANDLE_47.lastIndex = 0;
    for (let m = HANDLE_47.exec(text); m; m = HANDLE_47.exec(text)) {
      const handle = m[1];
      if (PLATFORM_ONLY_47.test(m[0]) && !onPlatform) continue;
      if (ACCOUNT_47.test(m[0].slice(0, 2)) && !ACCOUNT_SAID_47.test(m[0]) && text[m.index + m[0].length] !== '被') continue;
      if (HANDLE_NOT_FIRST_47.test(handle) || HANDLE_NOT_47.test(handle) || anyDictionaryWord(handle)) continue;
      // (Nor where the cue's last character opens a word with what follows: 发布人行道 is 发布 and 人行道.)
      const cueEnd = m.index + m[0].length - handle.length - 1;
      if (text[cueEnd] === '人' && (anyDictionaryWord(text.slice(cueEnd, cueEnd + 3)) || anyDictionaryWord(text.slice(cueEnd, cueEnd + 2)))) continue;
      // (Digits alone are an account's number, which the number rules read; a handle has a letter or a Han character. A
      // messenger's or a phone's word after the cue is theirs too: 发布人微信号rz_yumin88.)
      if (!/[A-Za-z\u3400-\u9fff]/.test(handle) || HANDLE_CONTACT_47.test(handle)) continue;
      let s = m.index + m[0].length - handle.length;
      // (发帖人昵称老营街扫地僧: the handle after a second cue.)
      const second = HANDLE_SECOND_CUE_47.exec(handle);
      if (second) s += second[0].length;
      let e = m.index + m[0].length;
      // (发帖人：泮塘老街坊 阿添: a handle of two words, the second short, to the clause's end.)
      const more = HANDLE_MORE_47.exec(text.slice(e, e + 8));
      if (more) e += more[0].length;
      if (e - s >= 2) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (hasAny(text, ['联系', '聯繫', '聯絡', '联络', '请找', '請找'])) {
    CONTACT_NAME_47.lastIndex = 0;
    for (let m = CONTACT_NAME_47.exec(text); m; m = CONTACT_NAME_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length - (m[0].endsWith(' ') || m[0].endsWith('\u3000') ? 1 : 0);
      const name = text.slice(s, s + m[1].length);
      // A private person's full name: a surname first (or, of three characters, two a given name's: 慎长水, 籍发财, surnames
      // the table lacks), no office or official (联系村委, 联系王主任), no word (联系本人). The mobile after it is the proof.
      const surnamed = surnameLength(text, s) >= 1 || (name.length === 3 && GIVEN_SET.has(name[1]) && GIVEN_SET.has(name[2]));
      // (Nor a relative by a pronoun: 请联系她儿子 186….)
      if (CONTACT_NOT_47.test(name)) continue;
      if (!surnamed || officialCell('name', name) || anyDictionaryWord(name) || NOT_NAME_END_47.test(name.slice(1))) continue;
      spans.push({ kind: 'name', start: s, end: s + name.length });
    }
  }
  if (has(text, '同学') || has(text, '同學')) {
    PUPIL_47.lastIndex = 0;
    for (let m = PUPIL_47.exec(text); m; m = PUPIL_47.exec(text)) {
      const s = m.index;
      const w = m[1];
      // (Not 高中同学, 老同学, 大学同学: a word or a surname the table lacks.)
      if (surnameLength(text, s) !== 1 || NOT_NAME_END_47.test(w.slice(1)) || anyDictionaryWord(w) || anyDictionaryWord(w.slice(0, 2)) || notName38b(text, s, s + 3)) continue;
      spans.push({ kind: 'name', start: s, end: s + 3 });
    }
  }
  if (has(text, '自称') || has(text, '自稱')) {
    SELF_CALLED_47.lastIndex = 0;
    for (let m = SELF_CALLED_47.exec(text); m; m = SELF_CALLED_47.exec(text)) {
      const w = m[1];
      // (Nor a trade or a standing, 自称外卖骑手.)
      if (PHRASE_CHAR_47.test(w) || SELF_ROLE_47.test(w) || anyDictionaryWord(w) || officialCell('name', w)) continue;
      const s = m.index + m[0].length - w.length;
      spans.push({ kind: 'name', start: s, end: s + w.length });
    }
  }
}

/** Other rules' readings undone (the header's two), on the spans as merged. */
export function reliefAndTourismAfter47(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const out: PiiSpan[] = [];
  for (const sp of spans) {
    if (sp.kind !== 'name') {
      out.push(sp);
      continue;
    }
    const n = sp.end - sp.start;
    // 游客高峰期, 村民黑龙江: a word of three characters.
    if (n === 3 && NOT_NAME_3.has(text.slice(sp.start, sp.end))) {
      changed = true;
      continue;
    }
    // 雲間居民宿訂的房: 民宿 (a homestay) after 居民, no name (村民宿青松 is one: 青 is a given name's).
    if (text[sp.start] === '宿' && sp.start > 0 && text[sp.start - 1] === '民' && !GIVEN_SET.has(text[sp.start + 1] ?? '')) {
      changed = true;
      continue;
    }
    out.push(sp);
  }
  return changed ? out : spans;
}
