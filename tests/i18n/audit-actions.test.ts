import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import zhCN from '../../web/src/i18n/zh-CN';
import zhTW from '../../web/src/i18n/zh-TW';
import en from '../../web/src/i18n/en';

// The audit log shows each entry's action and target by name in the reader's language (AuditPage
// falls back to the code). Every action the server records, and every target type, has its name in
// the three dictionaries: read off the server's sources, so a new action without a name fails here.

const src = path.resolve(import.meta.dirname, '../../src');
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}
const recorded = sources(src).map((f) => fs.readFileSync(f, 'utf8')).filter((t) => t.includes('recordAudit('));
const literal = (re: RegExp) => [...new Set(recorded.flatMap((t) => [...t.matchAll(re)].map((m) => m[1])))];
// (Two actions are built from a kind: rectify.measure.${kind} and rectify.drive.${kind}.)
const built = ['rectify.measure.status', 'rectify.measure.verified', 'rectify.measure.refused', 'rectify.measure.reopened', 'rectify.drive.value', 'rectify.drive.baseline'];
const actions = [...literal(/action: '([a-z_]+(?:\.[a-z_]+)+)'/g), ...built];
const targets = literal(/targetType: '([a-z_]+)'/g);

const at = (dict: unknown, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), dict);

describe('the audit log names every action and target', () => {
  it('finds the actions the server records', () => {
    expect(actions.length).toBeGreaterThan(60);
    expect(actions).toContain('triage.unmerge');
  });
  it.each([['zh-CN', zhCN], ['zh-TW', zhTW], ['en', en]] as const)('in %s', (_, dict) => {
    expect(actions.filter((a) => typeof at(dict, `auditAction.${a}`) !== 'string')).toEqual([]);
    expect(targets.filter((t) => typeof at(dict, `targetType.${t}`) !== 'string')).toEqual([]);
  });
});
