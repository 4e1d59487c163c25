import { describe, expect, it } from 'vitest';
import { termForms } from './presenter.js';

// The console marks the words that decided a suggestion in the text as written: the terms are Simplified (read off the
// normalized text), a Traditional opinion writes them otherwise.
describe('termForms', () => {
  it('gives each term\'s form in a Traditional text, every occurrence, once', () => {
    const body = '區政府辦事窗口態度很差，一個證明跑了五趟，證明還是沒開出來。';
    expect(termForms(body, ['窗口', '证明', '态度']).sort()).toEqual(['態度', '證明'].sort());
  });

  it('gives nothing for a Simplified text, nor for a term it does not hold', () => {
    expect(termForms('区政府办事窗口态度很差，一个证明跑了五趟。', ['窗口', '证明'])).toEqual([]);
    expect(termForms('區政府辦事窗口態度很差。', ['公款吃喝', ''])).toEqual([]);
  });
});
