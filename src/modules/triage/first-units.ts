// The UTF-16 units a match of a regular expression can begin with, read from its source: what
// pii.ts needs to try an expression only where a match may start (anchoredScan). The answer is a
// superset — lookarounds are zero-width and skipped, so they only ever widen it — or null where
// no short list exists (a leading `.`, a negated class, \w, \S …, or an expression that can
// match the empty string), and then the caller must scan every position.
//
// Handles what the personal-data expressions use: literals, escapes (\d \s \uXXXX \. …), classes
// with ranges, groups (capturing, non-capturing, named), lookaheads and lookbehinds, anchors,
// \b, alternation and quantifiers (? * + {m,n}, lazy or not). Flags i, u and v are refused: case
// folding and code points would need more than this reads.

/** The units a match of `re` may start with, or null when any may (see above). */
export function firstUnits(re: RegExp): Set<number> | null {
  if (/[iuv]/.test(re.flags)) return null;
  const parsed = new Reader(re.source).expression();
  return parsed.first === ANY || parsed.nullable ? null : parsed.first;
}

const ANY = 'any' as const;
type Units = Set<number> | typeof ANY;
interface Part {
  first: Units;
  /** Whether it can match the empty string. */
  nullable: boolean;
}

const union = (a: Units, b: Units): Units => (a === ANY || b === ANY ? ANY : new Set([...a, ...b]));
const WHITE = ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const unitsOf = (s: string): Set<number> => new Set(Array.from({ length: s.length }, (_, k) => s.charCodeAt(k)));

class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  expression(): Part {
    const part = this.alternatives();
    if (this.i !== this.src.length) throw new Error(`firstUnits: unexpected ${this.src[this.i]} at ${this.i} of ${this.src}`);
    return part;
  }

  private alternatives(): Part {
    let first: Units = new Set();
    let nullable = false;
    for (;;) {
      const seq = this.sequence();
      first = union(first, seq.first);
      nullable ||= seq.nullable;
      if (this.src[this.i] !== '|') return { first, nullable };
      this.i++;
    }
  }

  private sequence(): Part {
    let first: Units = new Set();
    let nullable = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      // Only while everything before could be empty does an atom's first unit start the match.
      if (nullable) first = union(first, atom.first);
      nullable &&= atom.nullable || min === 0;
    }
    return { first, nullable };
  }

  /** Reads a quantifier if there is one; its minimum count (1 without one). */
  private quantifier(): number {
    const src = this.src;
    let min = 1;
    const c = src[this.i];
    if (c === '?' || c === '*') (min = 0), this.i++;
    else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(this.i));
      if (!m) return 1; // a literal {
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (src[this.i] === '?') this.i++; // lazy
    return min;
  }

  private atom(): Part {
    const src = this.src;
    const c = src[this.i];
    if (c === '(') {
      this.i++;
      let look = false;
      if (src[this.i] === '?') {
        const next = src[this.i + 1];
        if (next === ':') this.i += 2;
        else if (next === '=' || next === '!') (this.i += 2), (look = true);
        else if (next === '<' && (src[this.i + 2] === '=' || src[this.i + 2] === '!')) (this.i += 3), (look = true);
        else if (next === '<') this.i = src.indexOf('>', this.i) + 1; // a named group
        else throw new Error(`firstUnits: unknown group (?${next} in ${src}`);
      }
      const inner = this.alternatives();
      if (src[this.i] !== ')') throw new Error(`firstUnits: unclosed group in ${src}`);
      this.i++;
      // A lookaround consumes nothing: the match starts with what follows it.
      return look ? { first: new Set(), nullable: true } : inner;
    }
    if (c === '[') return { first: this.characterClass(), nullable: false };
    if (c === '^' || c === '$') {
      this.i++;
      return { first: new Set(), nullable: true };
    }
    if (c === '.') {
      this.i++;
      return { first: ANY, nullable: false };
    }
    if (c === '\\') {
      const e = src[this.i + 1];
      if (e === 'b' || e === 'B') {
        this.i += 2;
        return { first: new Set(), nullable: true };
      }
      if (e >= '1' && e <= '9') throw new Error(`firstUnits: a back-reference in ${src}`);
    }
    const units = this.classUnit();
    return { first: units, nullable: false };
  }

  private characterClass(): Units {
    const src = this.src;
    this.i++; // [
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    let units: Units = new Set();
    while (src[this.i] !== ']') {
      if (this.i >= src.length) throw new Error(`firstUnits: unclosed class in ${src}`);
      const lo = this.classUnit(true);
      if (lo !== ANY && lo.size === 1 && src[this.i] === '-' && src[this.i + 1] !== ']') {
        this.i++;
        const hi = this.classUnit(true);
        if (hi === ANY || hi.size !== 1) throw new Error(`firstUnits: a range to a class escape in ${src}`);
        const from = [...lo][0];
        const to = [...hi][0];
        const range = new Set<number>();
        for (let u = from; u <= to; u++) range.add(u);
        units = union(units, range);
      } else units = union(units, lo);
    }
    this.i++; // ]
    return negated ? ANY : units;
  }

  /** One literal unit or escape, as the units it stands for (`inClass`: inside [ ], where \\b is a backspace). */
  private classUnit(inClass = false): Units {
    const src = this.src;
    if (src[this.i] !== '\\') return new Set([src.charCodeAt(this.i++)]);
    const e = src[this.i + 1];
    if (e === 'u' || e === 'x') {
      const digits = e === 'u' ? 4 : 2;
      const hex = src.slice(this.i + 2, this.i + 2 + digits);
      // (A malformed escape is a literal letter outside the u flag: not worth reading, so refused.)
      if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) throw new Error(`firstUnits: a malformed \\${e} escape in ${src}`);
      this.i += 2 + digits;
      return new Set([parseInt(hex, 16)]);
    }
    // Inside a class, \\b is a backspace and \\1… an octal escape: the first read here, the second not.
    if (inClass && e === 'b') {
      this.i += 2;
      return new Set([8]);
    }
    if (e >= '0' && e <= '9') {
      this.i += 2;
      return ANY;
    }
    this.i += 2;
    switch (e) {
      case 'd':
        return unitsOf('0123456789');
      case 's':
        return unitsOf(WHITE);
      case 'n':
        return unitsOf('\n');
      case 't':
        return unitsOf('\t');
      case 'r':
        return unitsOf('\r');
      case 'f':
        return unitsOf('\f');
      case 'v':
        return unitsOf('\v');
      case 'w':
      case 'W':
      case 'S':
      case 'D':
      case 'p':
      case 'P':
      case 'c':
      case 'k':
        return ANY;
      default:
        return unitsOf(e); // an escaped literal: \. \( \- \/ …
    }
  }
}
