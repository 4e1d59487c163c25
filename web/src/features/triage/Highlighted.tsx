// An opinion's text with the words that decided its suggestion marked.
import { Fragment } from 'react';

/** Non-overlapping matches of `terms` in `text`, longest term first at each position. */
export function segments(text: string, terms: string[]): { text: string; hit: boolean }[] {
  const words = [...new Set(terms.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length || !text) return [{ text, hit: false }];
  const lower = text.toLowerCase();
  const out: { text: string; hit: boolean }[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const w = words.find((x) => lower.startsWith(x.toLowerCase(), i));
    if (w) {
      if (plain) out.push({ text: plain, hit: false });
      plain = '';
      out.push({ text: text.slice(i, i + w.length), hit: true });
      i += w.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) out.push({ text: plain, hit: false });
  return out;
}

/** What a suggestion marks in the text shown: its terms, and their forms there where the script differs (證明 for 证明). */
export const markedTerms = (s: { terms: string[]; marks?: string[] } | null | undefined): string[] => (s ? [...s.terms, ...(s.marks ?? [])] : []);

export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {segments(text, terms).map((s, i) => (s.hit ? <mark key={i} className="tri-term">{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
    </>
  );
}
