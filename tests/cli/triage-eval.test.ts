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
});
