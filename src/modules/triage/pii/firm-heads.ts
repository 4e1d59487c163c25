import type { PiiSpan } from './spans.js';
import { has } from './text.js';
import { roleName39b } from './regions/internships-and-provincial-capital.js';
import { likelyName, nameEnd } from './name-words.js';
import { notName38b } from './regions/clan-villages-and-state-farm.js';

// (Stop 52, pii104 studied) A firm's or a private body's person in charge by name (驿站负责人乔国栋, 劳务公司负责人黄锦荣,
// 建材廠的負責人廖振華, 碼頭 負責人龐志遠): every set that names one labels the name (15 in 8 sets, none left). An office's
// person in charge is an official in role (镇政府负责人, 负责人 周建平 in a text that names no firm): left visible.

/** A firm, a business or a private body in the clause before 负责人. */
const FIRM_BEFORE_52 = /(?:公司|项目|項目|[厂廠]|站[点點]|[驿驛]站|[码碼][头頭]|平台|校[区區]|[门門]店|店|商[会會]|同[乡鄉][会會]|工地|班[组組]|超市|酒店|宾馆|賓館|物流|快[递遞]|中介|作坊|民宿|农庄|農莊|基地|合作社|培训|培訓|机构|機構)[的\s]?[\u3400-\u9fff]{0,4}[的\s]?$/;

export function scanFirmHeads52(text: string, spans: PiiSpan[]): void {
  for (const cue of ['负责人', '負責人']) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
      if (!FIRM_BEFORE_52.test(text.slice(Math.max(0, k - 10), k))) continue;
      let s = k + cue.length;
      if (text[s] === ' ' || text[s] === '：' || text[s] === ':' || text[s] === '是') s++;
      let e = roleName39b(text, s);
      // (Or a name the introductions' reading takes: 乔国栋 before 态度.)
      if (e < 0) {
        const n = nameEnd(text, s);
        if (n >= s + 2 && likelyName(text, s, n) && !notName38b(text, s, n)) e = n;
      }
      if (e > 0) spans.push({ kind: 'name', start: s, end: e });
    }
  }
}
