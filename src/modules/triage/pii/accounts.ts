import type { PiiSpan } from './spans.js';
import { CharSet } from './unit-sets.js';
import { has } from './text.js';

// WeChat IDs, messenger and social handles.

/** "wxid_…": a WeChat-generated ID says what it is by itself, wherever it stands. */
const WXID = /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{4,30}(?![-_A-Za-z0-9])/g;

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
export function scanMessengerHandles(text: string, out: PiiSpan[]) {
  MESSENGER_HANDLE.lastIndex = 0;
  for (let m = MESSENGER_HANDLE.exec(text); m; m = MESSENGER_HANDLE.exec(text)) {
    // (A handle has a letter or starts with @, and is not a number with its unit: TG 2.35, LINE 2.0, VK 12.5万.)
    if (!/[0-9_.@]/.test(m[1]) || !/[A-Za-z@_]/.test(m[1]) || /^[0-9.]+[A-Za-z%/]*$/.test(m[1])) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'wechat', start: end - m[1].length, end });
  }
}
export function scanMicroblogAt(text: string, out: PiiSpan[]) {
  MICROBLOG_AT.lastIndex = 0;
  for (let m = MICROBLOG_AT.exec(text); m; m = MICROBLOG_AT.exec(text)) {
    if (OFFICIAL_HANDLE_END.test(m[1])) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'wechat', start: end - m[1].length, end });
  }
}
export function scanSocialHandles(text: string, out: PiiSpan[]) {
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

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const accountsTables = { WXID, CUED_STREET_NUMBER, STREET_HOME_BEFORE, STREET_HOME_AFTER, STREET_OFFICE_AFTER, STREET_NAME_STOP, STREET_LEAD };
