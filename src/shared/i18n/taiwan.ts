import { Converter } from 'opencc-js/cn2t';

// Simplified → Traditional in Taiwan's characters (OpenCC 'cn' → 'tw': characters and the
// phrases that pick between them, e.g. 干部 → 幹部, not Taiwan's vocabulary, e.g. 文件 stays
// 文件). Two uses:
// - taiwanScript: characters only. For labels the server holds in Simplified and the zh-TW console
//   shows as they are: the names and units of the figures' indicators (campaign terms, and an
//   office's own names), where a vocabulary swap would change a term (精简文件, 编发简报信息).
// - taiwanWording: the characters, then Taiwan's words for the server's own messages (errors,
//   validation, field names), where mainland vocabulary (批量, 刷新, 字段, 用户, 登录 …) reads as
//   foreign. OpenCC's 'twp' is not used for this: it swaps words everywhere (文件 → 檔案 for the
//   campaign's official documents too), where the table below is read against every message.
const convert = Converter({ from: 'cn', to: 'tw' });
const cache = new Map<string, string>();
const wordingCache = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/** 发 made 髮 (hair) where it is 發 (send, issue): 编发简报 → 編髮 by the character table. Hair only after or before
 * hair's own words (头发, 理发, 发型, 白发, 假发 …). */
const HAIR_NOT = /(?<![頭理白假毛美洗護染剪燙黑金秀長短鬢削散捲睫])髮(?![型廊夾膠蠟際絲梢辮髻質量色])/g;

export function taiwanScript(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = String(convert(text)).replace(HAIR_NOT, '發');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/**
 * Taiwan's words for the mainland ones in the server's messages, applied to the Traditional text
 * (after taiwanScript), in order. Each entry was chosen by reading the messages it touches
 * (src/shared/i18n/messages.ts, the features' messages.ts, the validation words and field names of
 * src/shared/i18n/validation.ts) and matches the console's hand-worded zh-TW (web/src/i18n/zh-TW.ts).
 * Words are swapped only where every use in those messages has the meaning the swap assumes;
 * where a word has two meanings, the entry is a phrase. Kept as they are, on purpose:
 * - 文件 alone (the campaign's official documents); only the phrases where it is a computer file
 *   (匯入檔案, PDF 檔案, 檔案內容) become 檔案.
 * - 信息 alone (簡報信息, a bulletin item sent upward, is a campaign term); 個人信息 → 個人資料.
 * - 數據 where it means figures (the figures feature's 數據, as the console's 數據統計); only the
 *   import's rows of data (數據行, 任何數據) and the confirmed extracted figures (as the console's
 *   「確認材料中的資料」) become 資料.
 * - 對象 (評議對象, the target of an evaluation) and the campaign's 整改, 幹部, 督導, 分揀, 新建.
 * Rows of a spreadsheet are 列 in Taiwan (行 is a column there), so 「第 3 行」 becomes 「第 3 列」 and
 * the mainland 列 of a header (a column) becomes 欄位.
 */
const TAIWAN_WORDS: [RegExp | string, string][] = [
  // files (not documents)
  ['導入文件', '匯入檔案'],
  ['在文件中', '在檔案中'],
  ['PDF 文件', 'PDF 檔案'],
  ['Excel 文件', 'Excel 檔案'],
  ['按文件內容', '按檔案內容'],
  ['導入', '匯入'],
  ['導出', '匯出'],
  // rows and columns of a spreadsheet
  [/第 (\{\w+\}|\d+) 行/g, '第 $1 列'],
  [/(\{\w+\}|\d+) 行有誤/g, '$1 列有誤'],
  ['數據行', '資料列'],
  ['檔案行數', '檔案列數'],
  ['缺少列', '缺少欄位'],
  ['任何數據', '任何資料'],
  ['已確認的數據', '已確認的資料'],
  // computing and accounts
  ['服務器', '伺服器'],
  ['登錄', '登入'], // every 登录 of the messages is signing in (Taiwan's 登錄 is registering)
  ['賬號', '帳號'],
  ['用戶名', '使用者名稱'],
  ['用戶', '使用者'],
  ['字段', '欄位'],
  ['字符', '字元'],
  ['下劃線', '底線'],
  [/時間戳(?!記)/g, '時間戳記'],
  ['密鑰', '金鑰'],
  ['鏈接', '連結'],
  ['刷新', '重新整理'],
  ['批量', '批次'],
  ['默認', '預設'],
  ['設置', '設定'],
  ['自定義', '自訂'],
  ['當前', '目前'],
  ['重新打開', '重新開啟'],
  ['模板', '範本'],
  ['視頻', '影片'],
  ['網絡', '網路'],
  ['請求的地址', '請求的網址'],
  ['取值', '值'],
  ['錄入', '輸入'], // as the console: 輸入線下管道意見
  ['“', '「'],
  ['”', '」'],
  ['關鍵詞', '關鍵字'],
  ['文本', '文字'],
  // people and contact
  ['個人信息', '個人資料'],
  ['聯繫方式', '聯絡方式'],
  [/手機號(?!碼)/g, '手機號碼'],
  ['郵箱', '電子郵件'],
  ['渠道', '管道'],
  // records and runs (as the console: 執行紀錄, 填報紀錄)
  ['分揀運行記錄', '分揀執行紀錄'],
  ['分揀運行', '分揀執行'],
  ['填報記錄', '填報紀錄'],
];

/** Traditional characters and Taiwan's words: the server's messages in zh-TW (not the figures' indicator names). */
export function taiwanWording(text: string): string {
  const hit = wordingCache.get(text);
  if (hit !== undefined) return hit;
  let out = taiwanScript(text);
  for (const [from, to] of TAIWAN_WORDS) out = typeof from === 'string' ? out.split(from).join(to) : out.replace(from, to);
  if (wordingCache.size >= CACHE_LIMIT) wordingCache.clear();
  wordingCache.set(text, out);
  return out;
}
