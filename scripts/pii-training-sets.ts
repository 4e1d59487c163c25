// The studied labelled sets the learned models of personal data train on (scripts/train-names.ts, train-codes.ts), and
// what their cross-validation reports tally. The sets never trained on (eval, dev10, dev18 … dev22, pii6, pii24 …
// pii33 and the blind sets written after) are not listed: they measure the models. pii24 … pii29 are studied (the rules of
// stops 28 and 29 read their misses) but not trained on: trained on, pii25 lowered the other sets never trained on
// (decision 0016); pii30 … pii33 stay unseen.
// (Stop 32) The name model trains on pii24 … pii33 too (all studied now): on the sets never trained on it found 15 more
// labels (pii34 +6, pii35 +2, pii36 +3, pii37 +3, eval +1) at the same precision (decision 0015's note). The model of
// numbers stays on the first list: trained on those ten too, it lost two labels on pii34 and pii35 and masked more outside.
// (Stop 41) The model of numbers trains on every studied set (CODE_TRAINING_SETS); the sets never trained on are eval,
// dev10, dev24 … dev29, pii6, pii48 and the blind sets written after pii59.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Labelled } from '../src/modules/triage/evaluate.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/triage');
/** The studied sets the model of numbers trains on (scripts/train-codes.ts). */
const FIRST_STUDIED_SETS = [
  'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17',
  'pii2', 'pii3', 'pii4', 'pii5', 'pii7', 'pii8', 'pii9', 'pii10', 'pii11', 'pii12', 'pii13', 'pii14', 'pii15', 'pii16', 'pii17', 'pii18', 'pii19', 'pii20', 'pii21', 'pii22', 'pii23',
];
// (Stop 41) The model of numbers trains on every studied set: dev18 … dev23, pii24 … pii47 and pii49 … pii59 too (pii48 and
// the blind sets after pii59 stay unseen). The later sets label the numbers that identify one person as the blind writers'
// rules say (applications, tenancies, orders, stalls, certificates), where the first ones often left them: trained on
// those alone the model learnt to leave such numbers. See train-codes.ts for the cross-validation and the unseen figures.
export const CODE_TRAINING_SETS = [
  ...FIRST_STUDIED_SETS,
  'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23',
  ...Array.from({ length: 24 }, (_, k) => `pii${24 + k}`),
  ...Array.from({ length: 11 }, (_, k) => `pii${49 + k}`),
];
// (Stop 33) And on pii34 and pii35, studied that stop: +3 labels of 2,057 on the four sets never trained on (pii36 … pii39).
// (Stop 34) And on pii36 and pii37, studied that stop: +10 labels of 1,924 on the four sets never trained on (pii38 … pii41:
// pii38 +1, pii39 +4, pii40 +4, pii41 +1; dev20's precision 0.970 → 0.968).
// (Stop 35) pii40 and pii41 were studied (rules read off their misses) but are not trained on: trained on them too, the name
// model lost a label on each of dev22, pii38 and pii39 (never trained on) and eleven on pii21, and gained four on pii40 and pii41.
// (Stop 41) Tried and not kept: the name model on every studied set, and read down to a logit of 1 (either model). Over
// the ten older sets never read and pii60 and pii61 (counts only) recall rose 0.9531 → 0.9573 (this model at 1) and 0.9589
// (every set, at 1), and on pii62, pii63 and dev30 (written after) 0.9162 → 0.9243 both ways; but at 1 both read words the
// rules leave visible — 师姐冷静, 老二家, 从广安, 红十字会理事长张国华, 白玉兰花, 向阳花, 扎西德勒 — twelve of pii.test.ts's
// hand-made cases failed, and the cross-validation doubled the spans outside every label (18 → 31; 19 → 38 on every set).
// (Stop 50) And on every set studied since: pii38 … pii92 (not pii48, pii76, pii77, pii82, never read), dev18 … dev23 and
// dev30, whose personal data the rules of stops 35 … 49 were read off. Over the 29 sets never trained on (eval, dev10,
// dev24 … dev29, dev31 … dev44 but dev30, pii6, pii48, pii76, pii77, pii82, pii93, pii94; 8,126 labels) recall 0.9632 →
// 0.9671 at the same precision (0.9778 → 0.9779): 15 sets up, pii94 down one label. Stop 41's try of this (on the sets up
// to pii59) read down to a logit of 1 as well; at the shipped 2 the hand-made cases of pii.test.ts hold.
/** The studied sets the name model trains on (scripts/train-names.ts): the first ones, pii24 … pii47, pii49 … pii92 but
 * pii76, pii77 and pii82, dev18 … dev23 and dev30. */
export const NAME_TRAINING_SETS = [
  ...FIRST_STUDIED_SETS,
  ...Array.from({ length: 69 }, (_, k) => `pii${24 + k}`).filter((s) => !['pii48', 'pii76', 'pii77', 'pii82'].includes(s)),
  'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev30',
];
const filesOf = (sets: readonly string[]) => sets.map((s) => path.join(fixtures, `${s}.jsonl`));
export const NAME_TRAINING_FILES = filesOf(NAME_TRAINING_SETS);
export const CODE_TRAINING_FILES = filesOf(CODE_TRAINING_SETS);
const sha256Of = (files: readonly string[]): string => {
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(fs.readFileSync(f));
  return hash.digest('hex');
};
/** The SHA-256 of the training files, recorded in each model (a test fails when one changed without a retrain). */
export const nameTrainingSha256 = (): string => sha256Of(NAME_TRAINING_FILES);
export const codeTrainingSha256 = (): string => sha256Of(CODE_TRAINING_FILES);

const read = (f: string): Labelled[] => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);
/** Every studied set, by name, with its lines. */
export const studiedSets = (sets: readonly string[] = NAME_TRAINING_SETS): { name: string; items: Labelled[] }[] => sets.map((name) => ({ name, items: read(path.join(fixtures, `${name}.jsonl`)) }));

/** Personal-data counts summed over lines (evaluate.ts countPii's), with lines and spans a model added. */
export interface Tally { labelled: number; found: number; masked: number; inside: number; added: number; outside: number }
export const tally = (): Tally => ({ labelled: 0, found: 0, masked: 0, inside: 0, added: 0, outside: 0 });
export function addTally(into: Tally, c: { labelled: number; found: number; masked: number; inside: number }, added: number, outside: number): void {
  into.labelled += c.labelled;
  into.found += c.found;
  into.masked += c.masked;
  into.inside += c.inside;
  into.added += added;
  into.outside += outside;
}
export const fmt = (x: number): string => x.toFixed(4);
