import type { Wind } from './classify.js';
import { DuplicateIndex, nearestClusters } from './duplicates.js';
import { analyse, DUPLICATE_THRESHOLD } from './pipeline.js';
import type { IssueTerms } from './issue-terms.js';
import { detectPii, type PiiSpan } from './pii.js';

// `massline triage eval FILE.jsonl`: runs the shipped pipeline (no training on the file) over
// labelled opinions and reports wind precision/recall/F1 per label and macro-F1, pairwise
// duplicate precision/recall/F1, and personal-data recall/precision (a labelled substring is
// found when every character of it is redacted; precision counts redacted characters that lie
// inside some labelled substring).

export interface Labelled {
  text: string;
  wind?: Wind;
  cluster?: string;
  pii?: string[];
}

const WINDS: Wind[] = ['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other'];

// A figure with nothing labelled to measure it on is null, not 1 or 0: a file without wind labels
// has no macro-F1, a file whose clusters are all singletons no duplicate recall, and a figure of
// 1 there would read as a perfect score. Beside each section, what it was measured on.
export interface Evaluation {
  wind: { macroF1: number | null; perLabel: Record<string, { precision: number; recall: number; f1: number; support: number }>; labelled: number };
  /** `pairs`: labelled pairs of one cluster; `items`: lines with a cluster label. `suggested`: what
   * staff are offered to merge (DuplicateIndex.similar, after the whole file): of the `opinions` the
   * first pass left apart from some of their labelled cluster-mates, how many (`named`) have one of
   * those mates among their suggestions, and that share. */
  duplicates: {
    precision: number | null; recall: number | null; f1: number | null; pairs: number; items: number;
    suggested: { opinions: number; named: number; share: number | null };
  };
  /** `labelled`: labelled substrings. */
  pii: { precision: number | null; recall: number | null; labelled: number };
  errors: number;
  /** With `{ mistakes: true }`: what the figures count as wrong, opinion by opinion (see Mistakes). */
  mistakes?: Mistakes;
}

// What a figure lost, so that whoever measures on their own set can see why (`--errors`). Opinions
// are numbered from 1 in the file's order, blank and unreadable lines not counted. Duplicates are
// told by cluster, not by pair: a labelled cluster the pipeline split, in its parts, and a cluster
// the pipeline made of opinions labelled apart, by label — one wrong merge of two big groups is a
// few hundred pairs and one line here.
export interface Mistakes {
  wind: { n: number; gold: Wind; got: Wind; confidence: number; text: string }[];
  /** A labelled cluster spread over several predicted ones: its opinions, by predicted cluster. */
  split: { cluster: string; parts: number[][] }[];
  /** A predicted cluster holding opinions of several labels: its opinions, by labelled cluster. */
  merged: { parts: { cluster: string; n: number[] }[] }[];
  /** Labelled personal data left (partly) readable. */
  missed: { n: number; text: string }[];
  /** Masked text that lies inside no labelled substring. */
  overmasked: { n: number; text: string }[];
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number) => (b ? a / b : 1);
const round = (x: number) => Math.round(x * 1000) / 1000;

export function evaluate(items: Labelled[], options: { mistakes?: boolean } = {}): Evaluation {
  let errors = 0;
  const mistakes: Mistakes | undefined = options.mistakes ? { wind: [], split: [], merged: [], missed: [], overmasked: [] } : undefined;
  // Wind
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  const support: Record<string, number> = {};
  // Duplicates
  const index = new DuplicateIndex(DUPLICATE_THRESHOLD);
  const predicted = new Map<number, string>();
  const filed = new Map<number, { signature: Uint32Array; terms: IssueTerms }>();
  // PII
  let piiLabelled = 0;
  let piiFound = 0;
  let maskedChars = 0;
  let maskedInsideLabels = 0;

  items.forEach((item, i) => {
    try {
      const text = typeof item.text === 'string' ? item.text : String(item.text ?? '');
      const analysis = analyse(text); // the same first pass the server runs on arrival
      if (item.wind) {
        const got = analysis.suggestion.wind;
        support[item.wind] = (support[item.wind] ?? 0) + 1;
        if (got === item.wind) tp[got] = (tp[got] ?? 0) + 1;
        else {
          fp[got] = (fp[got] ?? 0) + 1;
          fn[item.wind] = (fn[item.wind] ?? 0) + 1;
          mistakes?.wind.push({ n: i + 1, gold: item.wind, got, confidence: analysis.suggestion.confidence, text });
        }
      }
      if (item.cluster !== undefined) {
        predicted.set(i, index.addSignature(String(i), analysis.signature, analysis.terms));
        filed.set(i, { signature: analysis.signature, terms: analysis.terms });
      }
      const tally = countPii(text, item.pii ?? [], detectPii(text));
      piiLabelled += tally.labelled;
      piiFound += tally.found;
      maskedChars += tally.masked;
      maskedInsideLabels += tally.inside;
      if (mistakes) {
        for (const sub of tally.missed) mistakes.missed.push({ n: i + 1, text: sub });
        for (const s of tally.overmasked) mistakes.overmasked.push({ n: i + 1, text: text.slice(s.start, s.end) });
      }
    } catch {
      errors++; // one bad line is reported, never stops the run
    }
  });

  const perLabel: Evaluation['wind']['perLabel'] = {};
  for (const w of WINDS) {
    if (!support[w] && !fp[w]) continue;
    const p = ratio(tp[w] ?? 0, (tp[w] ?? 0) + (fp[w] ?? 0));
    const r = ratio(tp[w] ?? 0, (tp[w] ?? 0) + (fn[w] ?? 0));
    perLabel[w] = { precision: round(p), recall: round(r), f1: round(f1(p, r)), support: support[w] ?? 0 };
  }
  const labels = Object.keys(perLabel).filter((w) => support[w]);
  const macroF1 = labels.length ? labels.reduce((s, w) => s + perLabel[w].f1, 0) / labels.length : null;

  // Pairwise duplicates over the items that carry a cluster label.
  const ids = [...predicted.keys()];
  const pairs = pairwise(ids.map((i) => items[i].cluster!), ids.map((i) => index.find(String(i))));
  // Precision with no pair guessed is 1 (nothing was merged wrongly); with no pair labelled there
  // is no recall to measure, and so no F1.
  if (mistakes) clusterMistakes(ids.map((i) => i + 1), ids.map((i) => items[i].cluster!), ids.map((i) => index.find(String(i))), mistakes);
  const suggested = suggestionsNamingMates(index, ids, items, filed);
  const measured = pairs.positives > 0;
  const dp = pairs.precision;
  const dr = pairs.recall;
  const labelledWinds = Object.values(support).reduce((a, b) => a + b, 0);
  return {
    wind: { macroF1: macroF1 === null ? null : round(macroF1), perLabel, labelled: labelledWinds },
    duplicates: { precision: measured ? round(dp) : null, recall: measured ? round(dr) : null, f1: measured ? round(f1(dp, dr)) : null, pairs: pairs.positives, items: ids.length, suggested },
    pii: {
      precision: piiLabelled ? round(ratio(maskedInsideLabels, maskedChars)) : null,
      recall: piiLabelled ? round(ratio(piiFound, piiLabelled)) : null,
      labelled: piiLabelled,
    },
    errors,
    ...(mistakes ? { mistakes } : {}),
  };
}

/**
 * Personal-data figures of one text: of its `labels` (labelled substrings), how many every span of `spans` covers
 * whole wherever they occur (`found`), and of the masked characters how many lie inside some labelled substring.
 */
export function countPii(text: string, labels: readonly string[], spans: readonly PiiSpan[]): {
  labelled: number; found: number; masked: number; inside: number; missed: string[]; overmasked: PiiSpan[];
} {
  const masked = new Uint8Array(text.length);
  for (const s of spans) masked.fill(1, s.start, s.end);
  const labelled = new Uint8Array(text.length);
  let found = 0;
  const missed: string[] = [];
  for (const sub of labels) {
    let from = 0;
    let foundAll = true;
    let any = false;
    for (let at = text.indexOf(sub, from); at >= 0; at = text.indexOf(sub, from)) {
      any = true;
      labelled.fill(1, at, at + sub.length);
      if (!masked.subarray(at, at + sub.length).every((x) => x === 1)) foundAll = false;
      from = at + Math.max(sub.length, 1);
    }
    if (any && foundAll) found++;
    else missed.push(sub);
  }
  const overmasked = spans.filter((s) => !labelled.subarray(s.start, s.end).some((x) => x === 1));
  let maskedChars = 0;
  let inside = 0;
  for (let k = 0; k < text.length; k++) {
    if (masked[k]) {
      maskedChars++;
      if (labelled[k]) inside++;
    }
  }
  return { labelled: labels.length, found, masked: maskedChars, inside, missed, overmasked };
}

/** Of the opinions whose predicted cluster lacks some of their labelled cluster-mates, how many are
 * offered one of those mates by the suggestions staff see (evaluation's `duplicates.suggested`). */
function suggestionsNamingMates(
  index: DuplicateIndex, ids: number[], items: Labelled[], filed: Map<number, { signature: Uint32Array; terms: IssueTerms }>,
): Evaluation['duplicates']['suggested'] {
  const byLabel = new Map<string, number[]>();
  for (const i of ids) (byLabel.get(items[i].cluster!) ?? byLabel.set(items[i].cluster!, []).get(items[i].cluster!)!).push(i);
  let opinions = 0;
  let named = 0;
  for (const i of ids) {
    const cluster = index.find(String(i));
    const missing = new Set(byLabel.get(items[i].cluster!)!.filter((j) => j !== i && index.find(String(j)) !== cluster).map(String));
    if (!missing.size) continue;
    opinions++;
    const f = filed.get(i)!;
    if (nearestClusters(index.similar(String(i), f.signature, f.terms)).some((s) => missing.has(s.id))) named++;
  }
  return { opinions, named, share: opinions ? round(named / opinions) : null };
}

/** Labelled clusters the prediction split, and predicted clusters that join several labels. */
function clusterMistakes(numbers: number[], labels: string[], predicted: string[], into: Mistakes): void {
  const group = (keys: string[]) => {
    const m = new Map<string, number[]>();
    keys.forEach((k, x) => (m.get(k) ?? m.set(k, []).get(k)!).push(x));
    return m;
  };
  for (const [cluster, members] of group(labels)) {
    const parts = group(members.map((x) => predicted[x]));
    if (parts.size > 1) into.split.push({ cluster, parts: [...parts.values()].map((p) => p.map((y) => numbers[members[y]])) });
  }
  for (const members of group(predicted).values()) {
    const parts = group(members.map((x) => labels[x]));
    if (parts.size > 1) into.merged.push({ parts: [...parts].map(([cluster, p]) => ({ cluster, n: p.map((y) => numbers[members[y]]) })) });
  }
}

/**
 * Pairwise precision and recall of a clustering: a pair is positive when both share a labelled
 * cluster, guessed when both share a predicted one (the issue's definition).
 */
export function pairwise(labels: readonly string[], predicted: readonly string[]): { precision: number; recall: number; positives: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let x = 0; x < labels.length; x++) {
    for (let y = x + 1; y < labels.length; y++) {
      const same = labels[x] === labels[y];
      const guessed = predicted[x] === predicted[y];
      if (same && guessed) tp++;
      else if (guessed) fp++;
      else if (same) fn++;
    }
  }
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), positives: tp + fn };
}

export function parseJsonl(text: string): { items: Labelled[]; badLines: number[] } {
  const items: Labelled[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const v = JSON.parse(line) as Labelled;
      if (typeof v?.text !== 'string') throw new Error('no text');
      items.push(v);
    } catch {
      badLines.push(i + 1);
    }
  });
  return { items, badLines };
}
