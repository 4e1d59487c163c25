// What a detector returns: the kinds of personal data and their spans, merged.

export type PiiKind = 'mobile' | 'landline' | 'id_number' | 'bank_card' | 'email' | 'address' | 'name' | 'qq' | 'wechat' | 'plate' | 'member_number';

export interface PiiSpan {
  kind: PiiKind;
  start: number; // UTF-16 index, inclusive
  end: number; // exclusive
}

const NO_SPANS: PiiSpan[] = [];

/** Sorts spans (longest first at a start) and merges overlapping ones in place: an ID number is not
 * also a phone. */
export function mergeSpans(spans: PiiSpan[]): PiiSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let kept = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const last = kept ? spans[kept - 1] : null;
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    spans[kept++] = s;
  }
  spans.length = kept;
  return spans;
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const spansTables = { NO_SPANS };

/** The spans `drop` does not reject, in order: the same array when it rejects none (most texts), a new one otherwise. */
export function withoutSpans(spans: PiiSpan[], drop: (span: PiiSpan) => boolean): PiiSpan[] {
  let kept: PiiSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    if (drop(spans[i])) kept ??= spans.slice(0, i);
    else kept?.push(spans[i]);
  }
  return kept ?? spans;
}
