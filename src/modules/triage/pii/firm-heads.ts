import { type PiiSpan, withoutSpans } from './spans.js';
import { has, hasAny } from './text.js';
import { platesTables } from './plates.js';
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

/** (Stop 53, pii108 studied) A shop's or a stall's person by full name after 店的/铺的/摊的 (飼料店的伍水生放飼料, 饲料店的鲁平安放饲料给我赊账):
 * who keeps or works in a private shop, as 店主 and 老板 are. Three characters only, the surname's and two given names' (饭店的车和货,
 * 店的车占了: a two-character reading is the shop's thing and a verb). */
const SHOP_OF_53 = ['店的', '鋪的', '铺的', '攤的', '摊的'];
/** (Stop 53, pii109 studied) And who sells a thing (卖豆芽的鄒海生, 賣滷菜的晏火生短秤): a stallholder by what they sell. */
const SELLER_OF_53 = /[卖賣][\u3400-\u9fff]{1,4}的/g;
export function scanShopPeople53(text: string, spans: PiiSpan[]): void {
  const fullName = (s: number) => {
    const e = nameEnd(text, s);
    if (e === s + 3 && likelyName(text, s, e) && !notName38b(text, s, e)) spans.push({ kind: 'name', start: s, end: e });
  };
  for (const cue of SHOP_OF_53) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) fullName(k + cue.length);
  }
  if (!has(text, '卖') && !has(text, '賣')) return;
  SELLER_OF_53.lastIndex = 0;
  for (let m = SELLER_OF_53.exec(text); m; m = SELLER_OF_53.exec(text)) fullName(m.index + m[0].length);
}

const { PLATE_PROVINCE } = platesTables;
/** (Stop 53, pii108 studied) What a writer says of a plate that makes the car a firm's or an office's (湘M·A2286是公司車,
 * 湘M·F8812、湘M·F8813都是公司名下的, 赣B·G6203是县农业农村局的公车): no one's, as every writer leaves such a plate (pii32, pii43,
 * pii62, pii75, pii96, pii108: 7 of 7); not one given to a firm (是给家政公司) or registered to one (登记在公司: the drivers' own). */
const FIRM_CAR_AFTER_53 = /^[^，。；;\n]{0,14}?(?:都|也)?是(?![给給])[^，。；;\n]{0,10}?(?:公[车車]|(?:公司|单位|單位|局|集团|集團|[场場])的?(?:车|車|名下))/;
/** (Stop 53, pii107 studied) A firm's van named right after the firm (搬家公司的货车鄂D·C6134, 公司的车鄂D·C6134): no person's car. */
const FIRM_CAR_BEFORE_53 = /公司的(?:货车|貨車|车|車|面包车|麵包車)$/;
export function withoutFirmPlates53(text: string, spans: PiiSpan[]): PiiSpan[] {
  if (!spans.length || !hasAny(text, ['公司', '公车', '公車', '单位', '單位', '局', '集团', '集團', '场', '場'])) return spans;
  return withoutSpans(
    spans,
    (sp) =>
      PLATE_PROVINCE.has(text.charCodeAt(sp.start)) &&
      /^.[A-Z]/.test(text.slice(sp.start, sp.start + 2)) &&
      (FIRM_CAR_AFTER_53.test(text.slice(sp.end, sp.end + 30)) || FIRM_CAR_BEFORE_53.test(text.slice(Math.max(0, sp.start - 8), sp.start))),
  );
}
