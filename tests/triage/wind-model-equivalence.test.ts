import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WindModel, type WindModelJSON } from '../../src/modules/triage/model.js';
import type { Wind } from '../../src/modules/triage/classify.js';
import { normalize } from '../../src/modules/triage/normalize.js';
import { generateOpinions } from '../../bench/opinion-text.js';
import { WindModel as Reference, type WindModelJSON as ReferenceJSON } from './support/wind-model-reference.js';

// The wind model was made faster (one interleaved table, one scoring pass; then rows relative to
// the last wind, model.ts `rel`); its answers must not move. Checked against the implementation it
// replaced, on the shipped model, after staff corrections, and for training itself. The relative
// rows are float32 differences of float32 weights, so a probability may differ in its eighth
// decimal (seen: 3e-8) and a confidence (rounded to 0.001) by one step where it sits on a rounding
// edge; winds and deciding words must be the same.

const labelled = fs.readFileSync(new URL('../fixtures/triage/dev.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; wind?: Wind });
const texts = [...labelled.map((l) => l.text), ...generateOpinions(300, 5, ['东城区教育局', '青山镇人民政府']), '', '   ', 'abc', '１２３４５６', '打牌'.repeat(3000)];

function same(a: WindModel, b: Reference) {
  for (const text of texts) {
    const norm = normalize(text);
    const x = a.predict(text, norm);
    const y = b.predict(text, norm);
    expect(x.wind, text).toBe(y.wind);
    expect(Math.abs(x.confidence - y.confidence), text).toBeLessThanOrEqual(0.001 + 1e-12);
    expect(x.terms, text).toEqual(y.terms);
    const p = a.probabilities(text, norm);
    const q = b.probabilities(text, norm);
    for (const k of Object.keys(q) as Wind[]) expect(Math.abs(p[k] - q[k]), `${k}: ${text}`).toBeLessThanOrEqual(1e-6);
  }
}

describe('the optimized wind model answers as the reference implementation', () => {
  it('with the shipped model', () => {
    same(WindModel.shipped(), Reference.shipped());
  });

  it('after staff corrections, and saves the same model', () => {
    const a = WindModel.shipped();
    const b = Reference.shipped();
    const winds: Wind[] = ['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other'];
    texts.slice(0, 40).forEach((t, i) => {
      a.learn(t, winds[i % 5], 3);
      b.learn(t, winds[i % 5], 3);
    });
    same(a, b);
    expect(JSON.parse(JSON.stringify(a.toJSON()))).toEqual(JSON.parse(JSON.stringify(b.toJSON())));
    // And read back: the saved model is the same model.
    same(WindModel.fromJSON(JSON.parse(JSON.stringify(a.toJSON())) as WindModelJSON), Reference.fromJSON(JSON.parse(JSON.stringify(b.toJSON())) as ReferenceJSON));
  });

  it('when trained', () => {
    const examples = labelled.filter((l) => l.wind).slice(0, 150).map((l) => ({ text: l.text, wind: l.wind! }));
    const a = WindModel.train(examples, { epochs: 3 });
    const b = Reference.train(examples, { epochs: 3 });
    expect(JSON.parse(JSON.stringify(a.toJSON()))).toEqual(JSON.parse(JSON.stringify(b.toJSON())));
    same(a, b);
  });
});
