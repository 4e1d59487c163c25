import fs from 'node:fs';
import { createRequire } from 'node:module';

// jieba's dictionary (the one @node-rs/jieba segments with): one word per line with its frequency and part-of-speech
// tag. Duplicate matching reads its ordinary words (issue-terms.ts), the personal-data veto its words that are no
// person (pii.ts).

/** Calls `each` with every entry of the dictionary, in its order. */
export function eachDictionaryWord(each: (word: string, frequency: number, tag: string) => void): void {
  const dict = fs.readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
  for (let at = 0; at < dict.length; ) {
    let end = dict.indexOf('\n', at);
    if (end < 0) end = dict.length;
    const line = dict.slice(at, end);
    at = end + 1;
    const [word, freq, tag] = line.trim().split(' ');
    if (word) each(word, Number(freq), tag ?? '');
  }
}
