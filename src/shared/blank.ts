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

// Control characters in a submitted text: C0 (but tab, line feed, carriage return), DEL and C1, and the bidirectional
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). None is anything a writer typed to be read: a
// terminal's escape sequence pasted along (ESC[31m) showed as garbage in the queue and gave the first pass "words" to read,
// a NUL breaks tools that read the export, and a right-to-left override makes a text display other than it is stored
// (review). They are taken out where a text enters, the one change made to what a submitter sends.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
// (An ANSI escape sequence goes whole: ESC, [, its parameters and its final letter.)
const ANSI_SEQUENCE = /\u001b\[[0-9;?]*[A-Za-z]/gu;

/** The text without control characters (and ANSI escape sequences); the same string when it has none. */
export function withoutControls(text: string): string {
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(text)) return text;
  return text.replace(ANSI_SEQUENCE, '').replace(CONTROLS, '');
}
