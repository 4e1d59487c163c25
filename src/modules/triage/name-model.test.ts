import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameTrainingSha256, NAME_TRAINING_FILES } from '../../../scripts/pii-training-sets.js';
import { MAX_LEN, MIN_LEN, NameModel, READ_CHARS, shippedNameModel } from './name-model.js';
import { foldToSimplified } from './normalize.js';
import { detectPii, redact } from './pii.js';

const fixture = (name: string): string[] =>
  fs.readFileSync(new URL(`../../../tests/fixtures/triage/${name}.jsonl`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
const spansOf = (text: string, names?: NameModel | null) => detectPii(text, names).map((s) => text.slice(s.start, s.end));

describe('the learned name model', () => {
  it('is what scripts/train-names.ts trains on the shipped sets (regenerate with `npx tsx scripts/train-names.ts`)', () => {
    for (const f of NAME_TRAINING_FILES) expect(fs.existsSync(f), f).toBe(true);
    expect(shippedNameModel.spec.trainingSha256).toBe(nameTrainingSha256());
    expect(shippedNameModel.spec.bits).toBe(18);
  });

  it('sums, shared between candidates, exactly the weights each candidate has feature by feature', () => {
    // find() reads the shared sums; training and score() read the features one candidate at a time. A drift
    // between the two would silently score every opinion with other weights than those trained.
    const texts = [...fixture('pii21').slice(0, 120), ...fixture('dev').slice(0, 60), '王芳', '王', '', '欧阳春花和司马光明', 'a王芳b', '１２王芳３', '𠀀王芳𠀀', '王\u0000芳'];
    let compared = 0;
    for (const text of texts) {
      const all = shippedNameModel.candidates(text, [], -Infinity);
      // Every run of MIN_LEN … MAX_LEN Han characters is a candidate, and nothing else is.
      let expected = 0;
      for (let s = 0; s < text.length; s++) {
        for (let e = s + MIN_LEN; e <= Math.min(text.length, s + MAX_LEN); e++) {
          if (![...text.slice(s, e)].every((c) => /[\u3400-\u4dbf\u4e00-\u9fff]/.test(c))) break;
          expected++;
        }
      }
      expect(all.length, text).toBe(expected);
      for (const c of all) {
        expect(c.z * shippedNameModel.spec.scale).toBeCloseTo(shippedNameModel.score(text, c.start, c.end), 9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('skips only candidates that cannot reach the bar: at any bar, exactly those of all candidates at or above it', () => {
    // candidates() reads a candidate's hashed weights only where they could lift it to `least`; a bound too tight
    // would drop names silently. Bars around the shipped one, and the extremes.
    const texts = [...fixture('pii21').slice(0, 80), ...fixture('dev4').slice(0, 40), '王芳说', '欧阳春花和司马光明'];
    let kept = 0;
    for (const text of texts) {
      const all = shippedNameModel.candidates(text, [], -Infinity);
      for (const least of [-200, -60, 0, 20, 30, 45, 80, 300]) {
        const some = shippedNameModel.candidates(text, [], least);
        expect(some, `${least} ${text}`).toEqual(all.filter((c) => c.z >= least));
        if (least === 30) kept += some.length;
      }
    }
    expect(kept).toBeGreaterThan(20);
    // A model whose every weight is 1 (so the hashed weights a bound skips are as large as any) and every candidate's
    // own sum as the bar: the bound must never skip a candidate that reaches it.
    const ones = new NameModel({ bits: 18, scale: 1, threshold: 0, weights: Buffer.alloc(1 << 18, 1).toString('base64') });
    for (const text of ['我跟黎志明合伙开的店被查封了', '王芳说', ...fixture('dev4').slice(0, 10)]) {
      const all = ones.candidates(text, [], -Infinity);
      for (const least of new Set(all.map((c) => c.z))) expect(ones.candidates(text, [], least), `${least} ${text}`).toEqual(all.filter((c) => c.z >= least));
    }
  });

  it('reads the first READ_CHARS characters of a long text, with the same sums at the edge', () => {
    const name = '我跟黎志明合伙开的店被查封了。';
    const text = '的'.repeat(READ_CHARS - 4) + name + '的'.repeat(100);
    const all = shippedNameModel.candidates(text, [], -Infinity);
    expect(all.reduce((most, c) => Math.max(most, c.end), 0)).toBe(READ_CHARS);
    for (const c of all.filter((c) => c.end > READ_CHARS - 8)) expect(c.z * shippedNameModel.spec.scale).toBeCloseTo(shippedNameModel.score(text, c.start, c.end), 9);
    // A name read in the first part is masked where it recurs past it (the rules mask a name's every occurrence).
    const long = name + '的'.repeat(READ_CHARS) + name;
    expect(spansOf(long)).toEqual(['黎志明', '黎志明']);
  });

  it('masks a private person whom no rule reads, and only the name', () => {
    // Neither has a cue the rules know (问过 X，她…; 我跟 X 合伙); each fails with the rules alone.
    for (const [text, name] of [
      ['这事我问过莫凤英，她也说没收到钱。', '莫凤英'],
      ['我跟黎志明合伙开的店被查封了，到现在没说法。', '黎志明'],
    ]) {
      expect(spansOf(text, null)).toEqual([]);
      expect(spansOf(text)).toEqual([name]);
      expect(redact(text)).toBe(text.replace(name, '＊'.repeat(name.length)));
    }
  });

  it('reads Traditional text as it reads Simplified, character for character', () => {
    // The model reads each character folded to its Simplified form, so a Traditional 鳳 or 說 weighs what 凤 and 说
    // learned, and its bigrams are looked up in the Simplified corpus (unfolded, both names below are missed).
    for (const [text, name] of [
      ['這事我問過莫鳳英，她也說沒收到錢。', '莫鳳英'],
      ['我跟黎誌明合夥開的店被查封了，到現在沒說法。', '黎誌明'],
    ]) {
      expect(spansOf(text, null)).toEqual([]);
      expect(spansOf(text)).toEqual([name]);
    }
    const folded = foldToSimplified('莫鳳英說：「開會太多」。abc１２𠀀\ud800');
    expect(folded).toBe('莫凤英说：「开会太多」。abc１２𠀀\ud800');
    expect(foldToSimplified('什么都没说')).toBe('什么都没说'); // (a Simplified character with a Traditional form of its own stays)
  });

  it('leaves a run opening with a common word where no surname stands, in either script, and not where one does', () => {
    // (pii.ts knownNotName: 能力 is a common word of the jieba dictionary, read folded; 王国 is one too, but 王 is a surname.)
    for (const text of ['能力强的人都走了。', '能力強的人都走了。', '村民叫苦连天，我儿子叫了救护车。', '村民叫苦連天，我兒子叫了救護車。']) expect(spansOf(text), text).toEqual([]);
    expect(spansOf('我跟王国强合伙开的店被查封了。')).toEqual(['王国强']);
    // Whatever the weights: a model proposing every run has 態度 (态度), 態度差 and 態度差的 vetoed, read folded.
    const every = new NameModel({ ...shippedNameModel.spec, threshold: -1e9 });
    for (const text of ['態度差的人都走了。', '态度差的人都走了。']) expect(detectPii(text, every, null).filter((s) => s.start === 0), text).toEqual([]);
  });

  it('masks a name it found wherever it recurs', () => {
    const text = '我跟黎志明合伙开的店被查封了，黎志明也说没有接到通知。';
    expect(spansOf(text)).toEqual(['黎志明', '黎志明']);
  });

  it('adds nothing to ordinary complaints, officials in their role, places and units', () => {
    const texts = [
      '县医院门诊排队时间太长，挂号难，希望增加窗口。',
      '镇长王建国在会上说要整改，到现在也没动静。',
      '农贸市场的卫生太差了，污水横流，没人管。',
      '城管执法局的人态度很差，摊位费一年涨了三次。',
      '希望市住建局尽快公布老旧小区改造的时间表。',
      '扶贫办的干部下来走了一圈就走了，问题一个没解决。',
      '白沙镇中心小学的食堂饭菜质量差，孩子们吃不饱。',
      '公交12路早上班次太少，等车要半个多小时。',
      '感谢社区工作人员上门办理，服务态度很好。',
      '開會太多，文件太多，基層幹部疲於應付。',
    ];
    for (const text of texts) expect(spansOf(text), text).toEqual(spansOf(text, null));
  });

  it('leaves what the rules masked, and its edges, to the rules', () => {
    // A candidate wholly inside a rules span is not read: the spans of a text whose names the rules have are theirs.
    const text = '我是王建国，电话13800138000，住幸福家园3栋2单元501室。';
    expect(detectPii(text)).toEqual(detectPii(text, null));
    // Candidates touching a masked span are not scored (the rules have read there, and where the name ends).
    const masked = [{ kind: 'name' as const, start: 2, end: 5 }];
    const read = shippedNameModel.candidates('他听王建国说过这事', masked, -Infinity).map((c) => [c.start, c.end]);
    for (const touching of [[1, 3], [2, 4], [3, 5], [4, 6], [0, 3], [1, 4], [4, 7]]) expect(read).not.toContainEqual(touching);
    expect(read).toEqual([[0, 2], [5, 7], [5, 8], [5, 9], [6, 8], [6, 9], [7, 9]]);
  });

  it('rejects weights of the wrong size', () => {
    expect(() => new NameModel({ ...shippedNameModel.spec, bits: 17 })).toThrow(/expected 131072/);
  });
});
