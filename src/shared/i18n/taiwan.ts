import { Converter } from 'opencc-js/cn2t';

// Simplified → Traditional in Taiwan's characters (OpenCC 'cn' → 'tw': characters and the
// phrases that pick between them, e.g. 干部 → 幹部, not Taiwan's vocabulary, e.g. 文件 stays
// 文件), the conversion translate() uses for phrases not written by hand. For labels the server
// holds in Simplified and the zh-TW console shows: the names and units of the figures' indicators.
const convert = Converter({ from: 'cn', to: 'tw' });
const cache = new Map<string, string>();
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
