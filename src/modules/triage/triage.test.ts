import { describe, expect, it } from 'vitest';
import { normalize, toHalfWidth } from './normalize.js';
import { detectPii, luhn, redact, validIdNumber } from './pii.js';

function withLuhn(prefix: string): string {
  for (let d = 0; d < 10; d++) if (luhn(prefix + d)) return prefix + d;
  throw new Error('unreachable');
}

describe('normalize', () => {
  it('folds Traditional script, full-width characters, punctuation and spacing, leaving the original alone', () => {
    const original = '我們這裡的幹部開會太多！！　領導辦公室超標（ＡＢＣ１２３）';
    expect(normalize(original)).toBe('我们这里的干部开会太多! 领导办公室超标(abc123)');
    expect(original).toBe('我們這裡的幹部開會太多！！　領導辦公室超標（ＡＢＣ１２３）');
    expect(toHalfWidth('１３８００１３８０００')).toBe('13800138000');
    // One unit for one, so positions in the folded text are the original's: a lone surrogate and a character outside
    // the Basic Multilingual Plane are kept as they are, and the ideographic space is one space.
    expect(toHalfWidth('Ａ\ud800　ｂ😀～')).toBe('A\ud800 b😀~');
    expect(toHalfWidth('没有全角的字')).toBe('没有全角的字');
    expect(normalize('会议\n\n太多，，，文件太长')).toBe('会议 太多,文件太长');
  });
  it('survives empty, binary and huge input', () => {
    expect(normalize('')).toBe('');
    expect(normalize('\u0000\u0001\ufffd办事难\u0007')).toBe('办事难');
    const huge = '会议多'.repeat(350_000);
    expect(normalize(huge).length).toBe(huge.length);
  });
});

describe('personal data', () => {
  it('checks ID numbers and bank cards instead of masking any long number', () => {
    expect(validIdNumber('11010519491231002X')).toBe(true);
    expect(validIdNumber('110105194912310021')).toBe(false);
    expect(luhn(withLuhn('622202020011234567'))).toBe(true);
  });

  it('finds phones, IDs, cards, e-mail, addresses and self-given names, and masks only them', () => {
    const card = withLuhn('622202020011234567');
    const text = `我是张建国，电话13800138000，座机0512-65123456，身份证11010519491231002X，卡号${card}，邮箱zhang.jg@example.cn，住幸福家园3栋2单元501室，反映村干部打牌。`;
    const kinds = detectPii(text).map((s) => s.kind);
    expect(kinds).toEqual(['name', 'mobile', 'landline', 'id_number', 'bank_card', 'email', 'address']);
    const red = redact(text);
    for (const secret of ['张建国', '13800138000', '65123456', '11010519491231002X', card, 'zhang.jg@example.cn', '3栋2单元501室']) expect(red).not.toContain(secret);
    expect(red).toContain('反映村干部打牌。');
    expect(red.length).toBe(text.length);
  });

  it('leaves ordinary numbers and text alone', () => {
    const text = '2014年共征求意见1599条，整改措施823项，会议减少30%，文件精简到12万字。';
    expect(detectPii(text)).toEqual([]);
    expect(redact(text)).toBe(text);
  });

  it('catches full-width and grouped digits people type', () => {
    expect(redact('联系我：１３９ １２３４ ５６７８')).toBe('联系我：' + '＊'.repeat(13));
    expect(redact('手机 +86 139-1234-5678 谢谢').includes('5678')).toBe(false);
  });
});

describe('duplicates', () => {
  it('puts the same complaint from different channels and scripts in one cluster, and others apart', async () => {
    const { DuplicateIndex } = await import('./duplicates.js');
    const index = new DuplicateIndex();
    const a = index.add('a', '街道办事窗口门难进、脸难看，办个证要跑五趟。');
    const b = index.add('b', '街道辦事窗口門難進、臉難看，辦個證要跑五趟！');
    const c = index.add('c', '反映：街道办事窗口门难进脸难看，办证跑了五趟');
    const d = index.add('d', '公车私用现象仍有发生，周末在景区常能看到公务用车。');
    const e = index.add('e', '会议太多，文件太长，基层干部疲于应付。');
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(new Set([a, d, e]).size).toBe(3);
    index.union('d', 'e');
    expect(index.find('e')).toBe(index.find('d'));
    expect(index.size).toBe(5);
  });

  it('follows staff splits and stored clusters when weighing a newcomer against a cluster', async () => {
    const { DuplicateIndex, signature } = await import('./duplicates.js');
    // B joins A; C shares B's second half only. While A and B are one cluster, the cluster check
    // weighs C against A too and keeps it apart; once B is split off, C joins B.
    const A = '街道办事窗口门难进、脸难看，办个证要跑五趟。';
    const B = '街道办事窗口门难进、脸难看，办个证要跑五趟，社区卫生站夜里没人值班，老人看病难。';
    const C = '社区卫生站夜里没人值班，老人看病难，办个证要跑五趟。';
    const together = new DuplicateIndex();
    together.add('a', A);
    expect(together.add('b', B)).toBe('a');
    expect(together.add('c', C)).toBe('c');

    const split = new DuplicateIndex();
    split.add('a', A);
    split.add('b', B);
    split.split('b');
    expect(split.members('a')).toEqual(['a']);
    expect(split.members('b')).toEqual(['b']);
    expect(split.add('c', C)).toBe('b');
    expect(split.members('b').sort()).toEqual(['b', 'c']);
    split.split('a'); // alone already: nothing changes
    expect(split.find('c')).toBe('b');

    // Splitting the cluster's first member: the rest stay together under their earliest.
    const three = new DuplicateIndex();
    for (const id of ['x', 'y', 'z']) three.add(id, A);
    expect(three.members('x').length).toBe(3);
    three.split('x');
    expect([three.find('y'), three.find('z'), three.find('x')]).toEqual(['y', 'y', 'x']);

    // Filed with stored clusters (a server loading a campaign): no matching, staff's grouping kept.
    const loaded = new DuplicateIndex();
    loaded.addPlaced('a', signature(A), undefined, null);
    loaded.addPlaced('b', signature(B), undefined, null);
    loaded.addPlaced('q', signature('会议太多，文件太长，基层干部疲于应付。'), undefined, 'a');
    expect(loaded.find('b')).toBe('b');
    expect(loaded.find('q')).toBe('a');
    expect(loaded.add('c', C)).toBe('b');
  });

  it('joins every cluster a newcomer matches as surely, and leaves clusters staff split alone', async () => {
    const { DuplicateIndex } = await import('./duplicates.js');
    const { analyse } = await import('./pipeline.js');
    // A and B each tell half of one depot's night shift and do not match each other; C tells both.
    const [A, B, C] = [
      '北站停车场调度室夜里值班的人喝酒打牌，早上6路头班车经常晚点。',
      '雁鸣镇北站调度员凌晨还在打麻将，司机领车要叫半天才醒。',
      '雁鸣镇北站停车场的调度室，夜班几个人喝酒打麻将到凌晨，6路头班车经常晚二十分钟发车，司机领车叫半天才醒。',
    ].map((t) => analyse(t));
    const index = new DuplicateIndex();
    expect(index.addAndMatch('a', A.signature, A.terms)).toEqual({ match: null, bridged: [] });
    expect(index.addAndMatch('b', B.signature, B.terms)).toEqual({ match: null, bridged: [] });
    const c = index.addAndMatch('c', C.signature, C.terms);
    expect([c.match, ...c.bridged].sort()).toEqual(['a', 'b']);
    expect(index.members('a').sort()).toEqual(['a', 'b', 'c']);
    // An unrelated newcomer bridges nothing.
    const other = analyse('雁鸣镇中心小学门口的斑马线早就看不清了，放学时车开得飞快。');
    expect(index.addAndMatch('d', other.signature, other.terms)).toEqual({ match: null, bridged: [] });

    // Staff put A and B together and took B out again: C joins one of them, not both.
    const kept = new DuplicateIndex();
    kept.addAndMatch('a', A.signature, A.terms);
    kept.addAndMatch('b', B.signature, B.terms);
    kept.union('a', 'b');
    kept.split('b');
    expect(kept.addAndMatch('c', C.signature, C.terms).bridged).toEqual([]);
    expect(kept.find('a')).not.toBe(kept.find('b'));
    // The same when the split is known only from the log (a server loading the campaign).
    const loaded = new DuplicateIndex();
    loaded.addPlaced('a', A.signature, A.terms, null);
    loaded.addPlaced('b', B.signature, B.terms, null);
    loaded.keep('b');
    expect(loaded.addAndMatch('c', C.signature, C.terms).bridged).toEqual([]);
    expect(loaded.find('a')).not.toBe(loaded.find('b'));
  });
  it('finds an early opinion again after the index has outgrown its first arrays', async () => {
    const { DuplicateIndex } = await import('./duplicates.js');
    const { analyse } = await import('./pipeline.js');
    // 1,500 texts that share no two characters in a row (the index's arrays start with room for
    // 1,024 opinions and 1,024 key terms, and grow by copying), then a resubmission of each of the
    // first 200: each must still find its original's terms and rings after the copies.
    let seed = 7;
    const nextHan = () => String.fromCharCode(0x4e00 + ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 20000));
    // (Drawn again when a text would share a bigram with an earlier one: by chance two of these did, 暋瓈, and the
    // resubmission of one then joined the other through it and their shared opening.)
    const bigrams = new Set<string>();
    const texts = Array.from({ length: 1500 }, () => {
      for (;;) {
        const t = Array.from({ length: 24 }, nextHan).join('');
        const own = Array.from({ length: t.length - 1 }, (_, k) => t.slice(k, k + 2));
        if (own.some((b) => bigrams.has(b))) continue;
        for (const b of own) bigrams.add(b);
        return t;
      }
    });
    const index = new DuplicateIndex();
    texts.forEach((t, i) => {
      const a = analyse(t);
      expect(index.addSignature(`o${i}`, a.signature, a.terms)).toBe(`o${i}`);
    });
    // (再次反映 makes the wind model say bureaucratism where it said other of the original: a copy's winds may differ, and
    // issue-model.ts COPY_COVER keeps DIFFER off such a pair.)
    for (let i = 0; i < 200; i++) {
      const a = analyse(`再次反映：${texts[i]}`);
      expect(index.addSignature(`r${i}`, a.signature, a.terms)).toBe(`o${i}`);
    }
    expect(index.size).toBe(1700);
  });

  it('answers an opinion filed again with the cluster it is in, without filing or matching it twice', async () => {
    const { DuplicateIndex, signature } = await import('./duplicates.js');
    // A reload racing an arrival files an opinion the index has already: the answer is its
    // cluster as it stands (not the last opinion filed, not itself), and nothing moves.
    const index = new DuplicateIndex();
    const A = '街道办事窗口门难进、脸难看，办个证要跑五趟。';
    const D = '公车私用现象仍有发生，周末在景区常能看到公务用车。';
    index.add('a', A);
    expect(index.add('b', A)).toBe('a');
    expect(index.add('d', D)).toBe('d');
    expect(index.add('b', D)).toBe('a');
    expect(index.addAndMatch('d', signature(A))).toEqual({ match: null, bridged: [] });
    expect(index.find('d')).toBe('d');
    expect(index.size).toBe(3);
    // Filed again with its stored cluster (the database's, staff's merges included): that wins.
    index.addPlaced('d', signature(D), undefined, 'b');
    expect(index.members('a').sort()).toEqual(['a', 'b', 'd']);
    expect(index.size).toBe(3);
  });
});

describe('four winds', () => {
  it('classifies typical complaints and shows the words that decided', async () => {
    const { classify } = await import('./classify.js');
    const cases: [string, string][] = [
      ['会议太多，文件层层转发，检查评比过多过滥，基层疲于应付。', 'formalism'],
      ['街道窗口门难进、脸难看，办个证跑了五趟，工作人员互相推诿。', 'bureaucratism'],
      ['有的干部上班时间打牌、玩手机，工作日中午饮酒。', 'hedonism'],
      ['公车私用，周末用公务用车去景区，还用公款宴请。', 'extravagance'],
      ['幹部辦公用房超標，公款吃喝屢禁不止。', 'extravagance'],
      ['希望多修几条路，方便群众出行。', 'other'],
    ];
    for (const [text, wind] of cases) expect(classify(text).wind, text).toBe(wind);
    const c = classify('有的干部上班时间打牌');
    expect(c.terms).toEqual(expect.arrayContaining(['打牌', '上班时间']));
    expect(c.confidence).toBeGreaterThan(0.5);
  });
});

describe('routing', () => {
  it('finds the organization a text names, preferring the longest name, across scripts', async () => {
    const { OrgMatcher } = await import('./routing.js');
    const m = new OrgMatcher([
      { id: 'dc', name: '东城区委', aliases: ['东城区'] },
      { id: 'dc-edu', name: '东城区教育局' },
      { id: 'xh', name: '西湖区委', aliases: ['西湖区'] },
      { id: 'pj', name: '平江街道', aliases: ['平江街道办'] },
    ]);
    expect(m.route('东城区教育局乱收费，家长意见很大', null)).toBe('dc-edu');
    expect(m.route('西湖區的幹部開會太多', null)).toBe('xh');
    expect(m.route('平江街道办窗口服务差', 'dc')).toBe('pj');
    expect(m.route('会议太多', 'dc')).toBe('dc');
    expect(m.match('东城区和西湖区都有').map((x) => x.orgId).sort()).toEqual(['dc', 'xh']);
  });
});

describe('evaluation', () => {
  it('scores wind, duplicates and personal data the way the issue defines them, and survives bad lines', async () => {
    const { evaluate, parseJsonl } = await import('./evaluate.js');
    const lines = [
      JSON.stringify({ text: '会议太多，文件层层转发，检查评比过多过滥。', wind: 'formalism', cluster: 'meetings' }),
      JSON.stringify({ text: '會議太多，文件層層轉發，檢查評比過多過濫！', wind: 'formalism', cluster: 'meetings' }),
      JSON.stringify({ text: '公车私用，用公款宴请。', wind: 'extravagance', cluster: 'cars' }),
      JSON.stringify({ text: '我是张建国，电话13800138000，窗口门难进脸难看。', wind: 'bureaucratism', cluster: 'window', pii: ['张建国', '13800138000'] }),
      JSON.stringify({ text: '希望多修路。', wind: 'hedonism', cluster: 'roads' }), // mislabelled on purpose: one miss
      'not json',
    ].join('\n');
    const { items, badLines } = parseJsonl(lines);
    expect(badLines).toEqual([6]);
    const r = evaluate(items);
    expect(r.wind.perLabel.formalism).toMatchObject({ precision: 1, recall: 1, f1: 1, support: 2 });
    expect(r.wind.perLabel.hedonism).toMatchObject({ recall: 0, support: 1 });
    expect(r.wind.perLabel.other).toMatchObject({ precision: 0, support: 0 });
    expect(r.wind.macroF1).toBe(0.75); // four labelled winds: 1, 1, 1 and 0
    expect(r.wind.labelled).toBe(5);
    expect(r.duplicates).toEqual({ precision: 1, recall: 1, f1: 1, pairs: 1, items: 5, suggested: { opinions: 0, named: 0, share: null } });
    expect(r.pii).toEqual({ precision: 1, recall: 1, labelled: 2 });
  });

  it('reports no figure, not a perfect one, for what a file does not label', async () => {
    const { evaluate } = await import('./evaluate.js');
    // Personal data only (as pii sets are): no wind, no clusters.
    const r = evaluate([
      { text: '我叫李明，手机13912345678，反映公款吃喝。', pii: ['李明', '13912345678'] },
      { text: '会议太多，文件层层转发。', pii: [] },
    ]);
    expect(r.wind).toEqual({ macroF1: null, perLabel: {}, labelled: 0 });
    expect(r.duplicates).toEqual({ precision: null, recall: null, f1: null, pairs: 0, items: 0, suggested: { opinions: 0, named: 0, share: null } });
    expect(r.pii).toEqual({ precision: 1, recall: 1, labelled: 2 });
    // Clusters all singletons: no pair to recall (a merge there would still be a wrong one).
    const singles = evaluate([
      { text: '会议太多，文件层层转发，检查评比过多过滥。', cluster: 'a' },
      { text: '會議太多，文件層層轉發，檢查評比過多過濫！', cluster: 'b' },
    ]);
    expect(singles.duplicates).toMatchObject({ precision: null, recall: null, f1: null, pairs: 0, items: 2 });
    expect(singles.pii).toEqual({ precision: null, recall: null, labelled: 0 });
  });

  it('counts the reports the first pass left apart whose labelled mates staff are offered to merge', async () => {
    const { evaluate } = await import('./evaluate.js');
    const r = evaluate([
      { text: '青石镇卫生院周一上午开全院大会，门诊九点半才开诊，病人排队等了一个多小时。', cluster: 'clinic' },
      { text: '东方红小区的路灯坏了半年，晚上出门很不方便。', cluster: 'lights' },
      // the same meetings, naming neither the town nor the clinic: no rare term of the first shared
      { text: '周一去看病，大夫们都在楼上开会，门诊没人。', cluster: 'clinic' },
      // labelled one issue with the street lights, and sharing nothing with that report
      { text: '物业费年年涨，服务一年比一年差。', cluster: 'lights' },
    ]);
    expect(r.duplicates).toMatchObject({ recall: 0, pairs: 2 });
    // Both clinic reports are offered each other; neither street-light report the other.
    expect(r.duplicates.suggested).toEqual({ opinions: 4, named: 2, share: 0.5 });
  });
});
