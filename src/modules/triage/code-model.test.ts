import { describe, expect, it } from 'vitest';
import { codeTrainingSha256 } from '../../../scripts/pii-training-sets.js';
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
    expect(shippedCodeModel.spec.trainingSha256).toBe(codeTrainingSha256());
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
    // Each failed with the rules alone before stop 49; its pass for identifiers no rule read (pii/identifiers.ts) reads
    // the runs of six digits or more among them with the rules alone now, and the model the rest.
    for (const [text, number] of [
      ['孩子的报名序号 302115080127 丢了，补办要跑三趟。', '302115080127'],
      ['我的校园一卡通 2019112031 被人盗刷了六百元。', '2019112031'],
      ['我儿子的学生证 S2021-04417 被扣在保安室三天了。', 'S2021-04417'],
      ['孩子的报名序号 ３０２１１５０８０１２７ 丢了。', '３０２１１５０８０１２７'],
    ]) {
      expect(spansOf(text, true), text).toEqual(/[0-9０-９](?:[^0-9０-９]*[0-9０-９]){5}/.test(number) ? [number] : []);
      expect(spansOf(text), text).toEqual([number]);
      expect(redact(text)).toBe(text.replace(number, '＊'.repeat(number.length)));
    }
  });

  it('leaves amounts, dates, orders and what the conventions call no one\'s', () => {
    for (const text of [
      '罚款 50000 元太多了。',
      '2024-03-15 开的会，到现在没有结果。',
      '开會太多，文件太多，基層幹部疲於應付。',
    ]) expect(spansOf(text), text).toEqual([]);
    // (Stop 52) A parcel's pickup code is its owner's (pii104 labels all 27 of its own): the rules read it after 取件码.
    expect(spansOf('驿站取件码 6-3-2187，放了五天没人通知。')).toEqual(['6-3-2187']);
    // (Stop 49) An order's number is its buyer's: the pass for identifiers no rule read masks it, the model's veto aside.
    expect(spansOf('订单号 7731208455669013 到现在没发货。')).toEqual(['7731208455669013']);
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

  it('vetoes, whatever the weights, what the conventions call no one\'s, at full width too', () => {
    // A model that proposes every run: only the vetoes of pii.ts knownNotPersonalCode stand between it and the mask.
    const every = new CodeModel({ ...shippedCodeModel.spec, threshold: -Infinity });
    const masked = (text: string) => detectPii(text, null, every).map((s) => text.slice(s.start, s.end));
    for (const text of [
      '对方报价RMB880000，太贵了。',
      '对方报价ＲＭＢ８８００００，太贵了。',
      '他给的号 110101199003074515 不对。', // (an ID number's shape whose check fails, without a cue)
      '共计1380736255人次。',
      '共计１３８０７３６２５５人次。',
      '政府采购合同号 FX-CG-2026-0417，这批办公桌质量太差。',
      '版本号 v2.3.12345 有问题。',
      '一辆车牌湘G88888的奥迪天天停在酒店门口。',
      '聯絡：村委會 2345 6789',
      '编号F123456784的设备坏了。',
      '酒店总台電話0591-2213301，没人接。',
    ]) expect(masked(text), text).toEqual([]);
    // The same shapes without those cues are proposed.
    for (const [text, number] of [
      ['对方给的是880000，太贵了。', '880000'],
      ['他给的号 110101199003074514 不对。', '110101199003074514'],
      ['我的会员号码 2019123456 被注销了。', '2019123456'],
      ['户号 500112009988户主是我爸。', '500112009988'],
    ]) expect(masked(text), text).toEqual([number]);
    // Without a model of numbers (null, as for the rules alone) only what the rules read: since stop 49 a run of six digits
    // or more that no rule read and no cue calls no one's (pii/identifiers.ts), not the shorter ones the model reads.
    expect(detectPii('孩子的报名序号 302115080127 丢了。', null).map((s) => s.kind)).toEqual(['member_number']);
    expect(detectPii('我的会员号码 20191 被注销了。', null)).toEqual([]);
  });

  it('reads a long chain of digit groups once, and no run the read limit cuts', () => {
    // A chain that fails at its last group is not rescanned from each of its groups (that was quadratic: seconds).
    const chain = '12 ' + '345 '.repeat(262_144) + '1'; // (1 MB: minutes if quadratic)
    const runs = codeRuns(chain);
    expect(runs.length).toBe(0);
    expect(runsOf('12 345 678 1 卡号 6222 0210 1234 5678')).toEqual(['6222 0210 1234 5678']);
    expect(runsOf('345 678 12，另 20190412')).toEqual(['20190412']);
    expect(codeRuns('abc 1234567890', 9)).toEqual([]);
    expect(codeRuns('abc 1234567890', 14)).toEqual([4, 14]);
    expect(codeRuns('abc 12345，67890', 9)).toEqual([4, 9]);
  });

  it('leaves what the rules masked, and runs touching it, to the rules', () => {
    const text = '电话13800138000，身份证号110101199003074514。';
    expect(detectPii(text)).toEqual(detectPii(text, null, null));
    const masked = [{ kind: 'mobile' as const, start: 2, end: 13 }];
    const all = new CodeModel({ ...shippedCodeModel.spec, threshold: -Infinity });
    expect(all.find('电话13800138000-12345 另 20190412', masked).map((s) => [s.start, s.end])).toEqual([[22, 30]]);
    // Touching end to end, on either side, is touching; a character between is not.
    const name = [{ kind: 'name' as const, start: 0, end: 2 }];
    expect(all.find('王芳12345678', name)).toEqual([]);
    expect(all.find('12345678王芳', [{ kind: 'name' as const, start: 8, end: 10 }])).toEqual([]);
    expect(all.find('王芳 12345678', name).map((s) => [s.start, s.end])).toEqual([[3, 11]]);
  });

  it('rejects weights of the wrong size', () => {
    expect(() => new CodeModel({ ...shippedCodeModel.spec, bits: 15 })).toThrow(/expected 32768/);
  });
});
