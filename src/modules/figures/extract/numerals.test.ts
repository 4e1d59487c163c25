import { describe, expect, it } from 'vitest';
import { isDigitString, parseArabic, parseChineseInteger, parseNumeral } from './numerals.js';

describe('Chinese integers', () => {
  it.each([
    ['一千二百', 1200], ['两千', 2000], ['十五', 15], ['十', 10], ['二十', 20], ['九十九', 99],
    ['一万零五', 10005], ['一百零五', 105], ['一千〇五', 1005], ['一百一十', 110], ['一百十', 110],
    ['两千五', 2500], ['一百二', 120], ['一万五', 15000], ['两百一十', 210], ['五十万', 500000],
    ['一千二百万', 12_000_000], ['一亿二千万', 120_000_000], ['三万亿', 3e12], ['壹仟贰佰', 1200],
  ])('%s = %d', (s, n) => expect(parseChineseInteger(s)).toBe(n));

  it.each(['二〇一四', '零', '三零', '两十', '百', '万', '亿', '一百二千', '十十', '', '五六'])('%s does not parse (skipped, not guessed)', (s) => {
    expect(parseChineseInteger(s)).toBeNull();
  });

  it('tells digit strings (years, codes, "five or six") from numerals', () => {
    expect(isDigitString('二〇一四')).toBe(true);
    expect(isDigitString('二零一三')).toBe(true);
    expect(isDigitString('两三')).toBe(true);
    expect(isDigitString('一千')).toBe(false);
    expect(isDigitString('三')).toBe(false);
  });
});

describe('numeral expressions', () => {
  it.each([
    ['4.8万', 48000, 'exact'], ['1.2万余', 12000, 'more_than'], ['150多万', 1_500_000, 'more_than'],
    ['3千万', 30_000_000, 'exact'], ['1,200', 1200, 'exact'], ['三点五亿', 350_000_000, 'exact'],
    ['50多', 50, 'more_than'], ['3000左右', 3000, 'about'], ['约3000', 3000, 'about'], ['近百', 100, 'about'],
    ['十几', 15, 'about'], ['十几万', 150000, 'about'], ['两', 2, 'exact'],
    ['三成', 30, 'percent'], ['七成以上', 70, 'percent'], ['百分之九十五', 95, 'percent'],
    ['百分之九十五点六', 95.6, 'percent'], ['百分之百', 100, 'percent'], ['95.6%', 95.6, 'percent'],
    ['三分之二', 200 / 3, 'percent'], ['四分之一', 25, 'percent'], ['近四分之一', 25, 'percent'], ['三分之一以上', 100 / 3, 'percent'], ['4分之1', 25, 'percent'],
  ])('%s → %d %s', (s, value, qualifier) => {
    expect(parseNumeral(s)).toEqual({ value, qualifier });
  });

  it('refuses years, malformed numbers and trailing words', () => {
    expect(parseNumeral('二〇一四')).toBeNull();
    expect(parseNumeral('1,20')).toBeNull();
    expect(parseNumeral('几十')).toBeNull();
    expect(parseNumeral('三个')).toBeNull();
    expect(parseNumeral('五分之六')).toBeNull();
    expect(parseNumeral('三分之')).toBeNull();
    expect(parseNumeral('三分之二个')).toBeNull();
    expect(parseArabic('1,2345')).toBeNull();
    expect(parseArabic('12,345.5')).toBe(12345.5);
  });
});
