import { WindModel } from './model.js';

// First-pass classification under the four winds. The model (./model.ts) is trained on the
// corpus in ./corpus/train.jsonl (regenerate ./corpus/model.json with
// `npx tsx scripts/train-triage.ts`), with the campaign's standard descriptions of each wind as
// prior evidence. The answer carries a calibrated confidence and the words that decided it, so
// staff can confirm or correct with one keystroke; WindModel.learn() takes those corrections.

export type Wind = 'formalism' | 'bureaucratism' | 'hedonism' | 'extravagance' | 'other';

export interface Classification {
  wind: Wind;
  confidence: number; // 0..1: the model's probability for `wind`
  terms: string[]; // the words that decided it (at most 6), as they read after normalization
}

/** `normalized`, when given, is normalize(text) already computed by the caller. */
export function classify(text: string, normalized?: string): Classification {
  return WindModel.base().predict(text, normalized);
}
