import fs from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { Converter } from 'opencc-js/t2cn';
import { Converter as ToTraditional } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from './duplicates.js';
import { issueTerms } from './issue-terms.js';
import { foldNumerals, normalize } from './normalize.js';
import { hkToSimplified, twToSimplified } from './opencc.js';
import { analyse, DUPLICATE_THRESHOLD } from './pipeline.js';
import { OrgMatcher } from './routing.js';
import { Lexicon } from './segment.js';

// The fast paths of the first pass against what they replaced: OpenCC on typed-array tries
// against opencc-js, the JavaScript segmenter against jieba, the compiled automaton against a
// plain search; and numbers written in words matched as digits.

const fixture = (name: string) =>
  fs.readFileSync(new URL(`../../../tests/fixtures/triage/${name}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
const dev = fixture('dev.jsonl');
const corpus = fs.readFileSync(new URL('./corpus/train.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);

describe('OpenCC on typed-array tries', () => {
  it('converts exactly as opencc-js does, Taiwan and Hong Kong script, phrases and odd input', () => {
    const tw = Converter({ from: 'tw', to: 'cn' });
    const hk = Converter({ from: 'hk', to: 'cn' });
    const toTw = ToTraditional({ from: 'cn', to: 'tw' });
    const toHk = ToTraditional({ from: 'cn', to: 'hk' });
    const texts = [...dev, ...corpus.slice(0, 600)].flatMap((t) => [t, toTw(t), toHk(t)]);
    // Characters from all of them in random order (phrases cut at odd places), and edge cases.
    const chars = [...new Set(texts.join(''))];
    let seed = 7;
    const r = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0) >>> 0) / 2 ** 32;
    for (let k = 0; k < 1500; k++) texts.push(Array.from({ length: 1 + Math.floor(r() * 40) }, () => chars[Math.floor(r() * chars.length)]).join(''));
    texts.push('', '臺灣', '乾隆', '著作', '𠵾㑯', '⿰氵青', '電腦軟體和記憶體', '頭髮發現了', 'ＡＢＣ１２３');
    for (const t of texts) {
      expect(twToSimplified(t), t).toBe(tw(t));
      expect(hkToSimplified(t), t).toBe(hk(t));
    }
  });
});

describe('the JavaScript segmenter', () => {
  const lexicon = Lexicon.jieba();
  const words = (text: string) => {
    const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const out: string[] = [];
    lexicon.cut(units, units.length, (s, e) => out.push(text.slice(s, e)));
    return out;
  };

  it('cuts dictionary words as jieba does, and finds the names jieba finds by its HMM', () => {
    const jieba = Jieba.withDict(dict);
    let found = 0;
    let total = 0;
    for (const text of dev.map(normalize)) {
      const mine = new Set(words(text));
      for (const w of jieba.cut(text, true)) {
        if (w.length < 2 || !/[\u3400-\u9fff]/.test(w)) continue;
        total++;
        if (mine.has(w)) found++;
      }
    }
    // Measured 98.3%: the rest are unknown words its HMM cuts differently.
    expect(found / total).toBeGreaterThan(0.97);
    expect(words('村里的党员活动室一年到头不开门')).toEqual(['村里', '党员', '活动室', '一年到头', '开门']);
    expect(words('霁川县农机局工作人员上班时间玩电脑游戏')).toContain('霁川县');
  });

  it('knows each word\'s IDF and what is no word', () => {
    expect(lexicon.idf[lexicon.lookup('宅基地')]).toBeGreaterThan(8);
    expect(lexicon.lookup('宅基地证书不存在的词')).toBe(-1);
    expect(words('')).toEqual([]);
    expect(words('，。!?')).toEqual([]);
  });
});

describe('routing automaton', () => {
  it('finds every organization named, with its longest name, longest first, as a plain search does', () => {
    const orgs = [
      { id: 'a', name: '东城区', aliases: ['東城'] }, { id: 'b', name: '东城区教育局' }, { id: 'c', name: '青山镇', aliases: ['青山'] },
      { id: 'd', name: '青山镇人民政府' }, { id: 'e', name: '城区' }, { id: 'f', name: '教育局' }, { id: 'g', name: '𠮷野家' },
    ];
    const plain = (text: string) => {
      const norm = normalize(text);
      const found = new Map<string, number>();
      for (const o of orgs) {
        for (const name of [o.name, ...(o.aliases ?? [])].map(normalize)) {
          if (norm.includes(name)) found.set(o.id, Math.max(found.get(o.id) ?? 0, [...name].length));
        }
      }
      return found;
    };
    const texts = ['东城区教育局的窗口', '青山镇人民政府和青山的路', '東城區教育局', '城区', '没有名字', '', '𠮷野家门口东城区', '教育局教育局东城'];
    for (const withAstral of [true, false]) {
      const m = new OrgMatcher(withAstral ? orgs : orgs.filter((o) => o.id !== 'g'));
      for (const t of texts) {
        const got = m.match(t);
        const want = plain(t);
        if (!withAstral) want.delete('g');
        expect(new Map(got.map((x) => [x.orgId, x.length])), t).toEqual(want);
        for (let i = 1; i < got.length; i++) expect(got[i - 1].length).toBeGreaterThanOrEqual(got[i].length);
      }
    }
    expect(new OrgMatcher(orgs).route('东城区教育局收费', null)).toBe('b');
  });
});

describe('numbers written in words', () => {
  it('are folded to digits where a count or an amount is meant, and words with numerals are left alone', () => {
    expect(foldNumerals('跑了十四次')).toBe('跑了14次');
    expect(foldNumerals('等了两个小时')).toBe('等了2个小时');
    expect(foldNumerals('花了一千二百元')).toBe('花了1200元');
    expect(foldNumerals('二〇一四年')).toBe('2014年');
    expect(foldNumerals('一万二千元和十万元')).toBe('12000元和100000元');
    expect(foldNumerals('第三次')).toBe('第3次');
    expect(foldNumerals('摆了六十几桌')).toBe('摆了60几桌');
    expect(foldNumerals('共1,200元')).toBe('共1200元');
    for (const unchanged of ['十分重要', '五保户', '一直没有', '统一安排', '千万不要', '跑了五六趟', '三四十个', '一个月', '12,34']) expect(foldNumerals(unchanged)).toBe(unchanged);
  });

  it('make two reports of one issue that write its numbers differently one cluster, and leave the original text alone', () => {
    const a = '澄岭县人社局窗口排队，跑了十四次还没办好，前后花了一千二百元路费，请领导过问。';
    const b = '澄岭县人社局窗口排队，跑了14次还没办好，前后花了1200元路费，请领导过问。';
    const c = '澄嶺縣人社局窗口排隊，跑了１４次還沒辦好，前後花了１２００元路費，請領導過問。';
    const index = new DuplicateIndex(DUPLICATE_THRESHOLD);
    const placed = [a, b, c, '鹭溪镇卫生院医生上班时间打牌，病人等了两个钟头没人管。'].map((t, i) => {
      const x = analyse(t);
      return index.addSignature(String(i), x.signature, x.terms);
    });
    expect(placed).toEqual(['0', '0', '0', '3']);
    expect(analyse(a).normalized).toContain('十四次');
    // The same issue terms whichever way the numbers are written.
    const terms = (t: string) => Array.from(issueTerms(foldNumerals(normalize(t))).hashes).sort();
    expect(terms(a)).toEqual(terms(b));
    expect(terms(a)).toEqual(terms(c));
  });
});

describe('places jieba knows', () => {
  it('count as the same place (a specific), so differently worded reports from one town join and another town’s stay apart', () => {
    // 石桥镇 and 龙泉镇 are words in jieba's dictionary (rare ones); 乡镇 and 全县 are ordinary.
    const place = (t: string) => {
      const x = issueTerms(foldNumerals(normalize(t)));
      return Array.from(x.hashes).filter((_, i) => x.weights[i] < 0);
    };
    expect(place('石桥镇的路')).toHaveLength(1);
    expect(place('石桥镇的路')).toEqual(place('石橋鎮的路'));
    expect(place('龙泉镇的路')).not.toEqual(place('石桥镇的路'));
    expect(place('乡镇的路')).toEqual([]);
    expect(place('全县的路')).toEqual([]);

    const index = new DuplicateIndex(DUPLICATE_THRESHOLD);
    const texts = [
      '我在网上给石桥镇留言，说镇中学旁边的网吧接待未成年人，回复是“经核查无此情况”，可我孩子昨晚还在里面。',
      '石橋鎮中學旁邊的網吧天天有學生，我在網上反映了，回覆說查無此事，他們到底去查了沒有？',
      '龙泉镇中学门口的网吧让初中生通宵上网，家长在网上留言，镇里回复已核查处理，结果还是照常营业。',
    ];
    const placed = texts.map((t, i) => {
      const x = analyse(t);
      return index.addSignature(String(i), x.signature, x.terms);
    });
    expect(placed).toEqual(['0', '0', '2']);
  });
});
