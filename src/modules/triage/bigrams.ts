// Character bigrams of Chinese text: what duplicate matching reads (issue-terms.ts) and what the
// shipped document-frequency table counts (scripts/bigram-df.ts). One definition for both, so
// the table's keys are the runtime's keys.

/** A Han character (CJK Unified Ideographs and Extension A): only runs of these make bigrams. */
export const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** The key of the bigram of two UTF-16 units: exact (no collisions), 32 bits. */
export const bigramKey = (a: number, b: number): number => ((a << 16) | b) >>> 0;

/** The distinct bigram keys of normalized text, in order of first occurrence. */
export function distinctBigrams(text: string): number[] {
  const seen = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (isHan(a) && isHan(b)) seen.add(bigramKey(a, b));
  }
  return [...seen];
}
