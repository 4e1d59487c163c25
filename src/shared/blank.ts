// Text with nothing a reader sees: whitespace, and the characters that render as nothing on their own — zero-width
// spaces and joiners, direction marks and isolates, the soft hyphen, variation selectors, the Hangul and Braille
// fillers, tag characters. A body of U+200B alone passed a plain trim() and was stored as a blank row.

/** A character class (for a `u`-flag regular expression) of the characters a reader cannot see. */
export const INVISIBLE_CLASS = String.raw`\s\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}`;
/** The JSON-schema pattern of a text with something visible in it (Ajv compiles patterns with the `u` flag). */
export const VISIBLE_PATTERN = `[^${INVISIBLE_CLASS}]`;
const VISIBLE_CHAR = new RegExp(VISIBLE_PATTERN, 'u');

/** Whether a text has nothing a reader sees. */
export function isBlank(text: string | null | undefined): boolean {
  return !text || !VISIBLE_CHAR.test(text);
}
