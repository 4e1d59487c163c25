import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstUnits } from './first-units.js';
import { anchoredScans } from './pii.js';

const chars = (s: Set<number> | null) => (s ? [...s].map((u) => String.fromCharCode(u)).sort().join('') : null);

describe('firstUnits', () => {
  it('reads the units a match can begin with', () => {
    expect(chars(firstUnits(/房东|包工头/y))).toBe([...'房包'].sort().join(''));
    // An optional prefix: both it and what follows may begin.
    expect(chars(firstUnits(/(?:我|俺)?(?:外公|阿爸)[：:]?/y))).toBe([...'我俺外阿'].sort().join(''));
    // A lookbehind or lookahead consumes nothing; a class and a range give all their units.
    expect(chars(firstUnits(/(?<![A-Za-z])[0-3]x/y))).toBe('0123');
    expect(chars(firstUnits(/(?=[a-z])\u4e00|\s/y))?.includes('一')).toBe(true);
    expect(chars(firstUnits(/(?<name>a{0,2})b/y))).toBe('ab');
    expect(chars(firstUnits(/\d+元/y))).toBe('0123456789');
  });

  it('gives no list where a match may start anywhere or be empty', () => {
    expect(firstUnits(/.x/y)).toBeNull();
    expect(firstUnits(/[^，]+/y)).toBeNull();
    expect(firstUnits(/\w+@/y)).toBeNull();
    expect(firstUnits(/a?/y)).toBeNull();
    expect(firstUnits(/张三/iy)).toBeNull();
    // Escapes read differently inside a class: a backspace, octal escapes (refused); malformed escapes are refused.
    expect(chars(firstUnits(/[\b]x/y))).toBe('\b');
    expect(firstUnits(/[\1]/y)).toBeNull();
    expect(firstUnits(/[\12]x/y)).toBeNull();
    expect(() => firstUnits(/\xZZ/y)).toThrow();
  });
});

// pii.ts tries each of these expressions only at the units firstUnits lists: every match a global
// search finds over every labelled text must be found the same way there.
describe('the anchored personal-data scans', () => {
  const dir = new URL('../../../tests/fixtures/triage/', import.meta.url);
  const texts = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => fs.readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.trim()))
    .map((l) => String((JSON.parse(l) as { text: unknown }).text));

  it('find every match a global search finds', () => {
    expect(anchoredScans.length).toBeGreaterThan(10);
    let matches = 0;
    const missed: string[] = [];
    for (const { re } of anchoredScans) {
      const global = new RegExp(re.source, 'g');
      const first = firstUnits(re)!;
      for (const text of texts) {
        const want: string[] = [];
        for (const m of text.matchAll(global)) want.push(`${m.index}:${m[0]}`);
        const got: string[] = [];
        for (let i = 0; i < text.length; ) {
          if (!first.has(text.charCodeAt(i))) {
            i++;
            continue;
          }
          re.lastIndex = i;
          const m = re.exec(text);
          if (!m) {
            i++;
            continue;
          }
          got.push(`${i}:${m[0]}`);
          i = m[0].length ? i + m[0].length : i + 1;
        }
        if (got.join('|') !== want.join('|')) missed.push(`${re.source} on ${text}: ${want.join('|')} ≠ ${got.join('|')}`);
        matches += want.length;
      }
    }
    expect(missed.slice(0, 5)).toEqual([]);
    expect(matches).toBeGreaterThan(1000);
  });
});
