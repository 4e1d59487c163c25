import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('massline triage eval', () => {
  it('prints one JSON object with wind, duplicates and personal-data figures', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'massline-eval-')), 'set.jsonl');
    fs.writeFileSync(file, [
      { text: '会议太多，文件层层转发。', wind: 'formalism', cluster: 'a' },
      { text: '會議太多，文件層層轉發。', wind: 'formalism', cluster: 'a' },
      { text: '上班时间打牌，中午饮酒。', wind: 'hedonism', cluster: 'b', pii: [] },
      { text: '我叫李明，手机13912345678，反映公款吃喝。', wind: 'extravagance', cluster: 'c', pii: ['李明', '13912345678'] },
    ].map((l) => JSON.stringify(l)).join('\n'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'triage', 'eval', file, '--json'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout.trim());
    expect(Object.keys(out).sort()).toEqual(['duplicates', 'pii', 'wind']);
    expect(out.wind.macroF1).toBe(1);
    expect(out.duplicates.f1).toBe(1);
    expect(out.pii).toEqual({ precision: 1, recall: 1, labelled: 2 });
  });

  it('prints a dash for what the file does not label, and a clear error for a missing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-eval-'));
    const file = path.join(dir, 'pii-only.jsonl');
    fs.writeFileSync(file, JSON.stringify({ text: '我叫李明，手机13912345678。', pii: ['李明', '13912345678'] }));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'triage', 'eval', file], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('wind macro-F1 —  (0 labelled)');
    expect(run.stdout).toContain('duplicates P —  R —  F1 —');
    expect(run.stdout).toContain('personal data recall 1  precision 1  (2 labelled)');
    const missing = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'triage', 'eval', path.join(dir, 'nope.jsonl')], { cwd: root, encoding: 'utf8' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('无法读取');
    expect(missing.stderr).not.toContain('    at '); // a message, not a stack trace
  });

  it('lists, with --errors, each wrong wind, split and merged cluster, and personal data missed or masked outside the labels', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'massline-eval-')), 'set.jsonl');
    fs.writeFileSync(file, [
      // 1: labelled against what it says (hedonism), so the suggestion is "wrong"
      { text: '工作日上午局里几个人在办公室打牌，群众来办事没人理。', wind: 'extravagance', cluster: 'x' },
      // 2 and 3: labelled one issue but unrelated, so the pipeline splits them
      { text: '青石镇卫生院夜里没有医生值班。', cluster: 'y' },
      { text: '建议城北公交站加装遮雨棚。', cluster: 'y' },
      // 4 and 5: the same text labelled as two issues, so the pipeline merges them
      { text: '白沙村的自来水管爆了三天没人修，全村停水。', cluster: 'z1' },
      { text: '白沙村的自来水管爆了三天没人修，全村停水。', cluster: 'z2' },
      // 6: a word labelled as personal data (left readable) and an unlabelled mobile (masked)
      { text: '热线反映路灯坏了，联系电话13912345678。', pii: ['路灯'] },
    ].map((l) => JSON.stringify(l)).join('\n'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'triage', 'eval', file, '--errors'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/四风分类错误 \(1\):\n  #1  extravagance → hedonism/);
    expect(run.stdout).toMatch(/应合未合 \(1\):\n  y: 2 \| 3\n/);
    expect(run.stdout).toMatch(/误合并 \(1\):\n  z1: 4 \+ z2: 5\n/);
    expect(run.stdout).toMatch(/漏遮挡 \(1\):\n  #6  路灯\n/);
    expect(run.stdout).toMatch(/多遮挡 \(1\):\n  #6  13912345678/);
    const json = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'triage', 'eval', file, '--json', '--errors'], { cwd: root, encoding: 'utf8' });
    const out = JSON.parse(json.stdout.trim());
    expect(out.mistakes.split).toEqual([{ cluster: 'y', parts: [[2], [3]] }]);
    expect(out.mistakes.merged).toEqual([{ parts: [{ cluster: 'z1', n: [4] }, { cluster: 'z2', n: [5] }] }]);
    // Without --errors the JSON keeps the shape.
    const plain = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'triage', 'eval', file, '--json'], { cwd: root, encoding: 'utf8' });
    expect(Object.keys(JSON.parse(plain.stdout.trim())).sort()).toEqual(['duplicates', 'pii', 'wind']);
  });
});
