import { describe, expect, it } from 'vitest';
import { nameTrainingSha256 } from '../../../scripts/train-names.js';
import { CodeModel, codeRuns, shippedCodeModel } from './code-model.js';
import { detectPii, redact } from './pii.js';

const spansOf = (text: string, rulesOnly = false) => (rulesOnly ? detectPii(text, null, null) : detectPii(text)).map((s) => text.slice(s.start, s.end));
const runsOf = (text: string): string[] => {
  const r = codeRuns(text);
  const out: string[] = [];
  for (let i = 0; i < r.length; i += 2) out.push(text.slice(r[i], r[i + 1]));
  return out;
};

describe('the learned model of numbers', () => {
  it('is what scripts/train-codes.ts trains on the shipped sets (regenerate with `npx tsx scripts/train-codes.ts`)', () => {
    expect(shippedCodeModel.spec.trainingSha256).toBe(nameTrainingSha256());
    expect(shippedCodeModel.spec.bits).toBe(16);
  });

  it('reads runs of five digits or more, with letters and joiners inside, digit groups one space apart as one', () => {
    expect(runsOf('电话 6208 5173，门牌 12号，合同 JL-ZL-2024-0527。')).toEqual(['6208 5173', 'JL-ZL-2024-0527']);
    // A joiner at an edge is no part of it; full-width digits are digits; four digits (a year, a house) are too few.
    expect(runsOf('编号-20190412-，２０１９０４１２ 在2024年 wxid_abc ')).toEqual(['20190412', '２０１９０４１２']);
    expect(runsOf('')).toEqual([]);
    expect(runsOf('页码 1 3 5 7 9，数字 2013 2014 1599 823 7 5 6')).toEqual([]);
    expect(runsOf('卡号 6222 0210 1234 5678，电话 158 0692，75 3186204，8 914 377 20 61')).toEqual(['6222 0210 1234 5678', '158 0692', '75 3186204']);
  });

  it('masks a number after a cue no rule knows, and only the number', () => {
    // Each fails with the rules alone.
    for (const [text, number] of [
      ['孩子的准考证 302115080127 丢了，补办要跑三趟。', '302115080127'],
      ['我的校园一卡通 2019112031 被人盗刷了六百元。', '2019112031'],
      ['我儿子的学生证 S2021-04417 被扣在保安室三天了。', 'S2021-04417'],
      ['孩子的准考证 ３０２１１５０８０１２７ 丢了。', '３０２１１５０８０１２７'],
    ]) {
      expect(spansOf(text, true), text).toEqual([]);
      expect(spansOf(text), text).toEqual([number]);
      expect(redact(text)).toBe(text.replace(number, '＊'.repeat(number.length)));
    }
  });

  it('leaves amounts, dates, orders and what the conventions call no one\'s', () => {
    for (const text of [
      '罚款 50000 元太多了。',
      '订单号 7731208455669013 到现在没发货。',
      '2024-03-15 开的会，到现在没有结果。',
      '驿站取件码 6-3-2187，放了五天没人通知。',
      '开會太多，文件太多，基層幹部疲於應付。',
    ]) expect(spansOf(text), text).toEqual([]);
    // The model reads these as someone's numbers; the conventions (pii.ts knownNotPersonalCode) veto them: a count, a
    // village committee's line, a plate after its province (the rules mask the one a writer gives as theirs).
    for (const [text, number] of [
      ['共计1380736255人次。', '1380736255'],
      ['聯絡：村委會 2345 6789', '2345 6789'],
      ['一辆车牌湘G88888的奥迪天天停在酒店门口。', 'G88888'],
    ]) {
      const at = text.indexOf(number);
      expect(shippedCodeModel.score(text, at, at + number.length), text).toBeGreaterThanOrEqual(shippedCodeModel.spec.threshold);
      expect(spansOf(text), text).toEqual([]);
    }
  });

  it('leaves what the rules masked, and runs touching it, to the rules', () => {
    const text = '电话13800138000，身份证号110101199003074514。';
    expect(detectPii(text)).toEqual(detectPii(text, null, null));
    const masked = [{ kind: 'mobile' as const, start: 2, end: 13 }];
    const all = new CodeModel({ ...shippedCodeModel.spec, threshold: -Infinity });
    expect(all.find('电话13800138000-12345 另 20190412', masked).map((s) => [s.start, s.end])).toEqual([[22, 30]]);
  });

  it('rejects weights of the wrong size', () => {
    expect(() => new CodeModel({ ...shippedCodeModel.spec, bits: 15 })).toThrow(/expected 32768/);
  });
});
