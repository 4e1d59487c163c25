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
    expect(out.pii).toEqual({ precision: 1, recall: 1 });
  });
});
