// Sets of UTF-16 units as bit tables: what the readers ask at most characters of a text.

/**
 * A set of UTF-16 units as a bit table (8 KB): `has` is a shift and a mask where a Set's is a hash lookup, and the
 * name readers ask such sets at most characters of a text.
 */
export class UnitSet implements Iterable<number> {
  private readonly bits = new Uint32Array(2048);
  private readonly units: number[];
  constructor(units: Iterable<number>) {
    this.units = [...new Set(units)];
    for (const u of this.units) this.bits[u >>> 5] |= 1 << (u & 31);
  }
  [Symbol.iterator]() {
    return this.units[Symbol.iterator]();
  }
  has(unit: number): boolean {
    // (A NaN, charCodeAt past the end, reads bit 0 of unit 0, NUL: in no set.)
    return ((this.bits[unit >>> 5] >>> (unit & 31)) & 1) !== 0;
  }
}
/** A set of single UTF-16 units given as one-unit strings (a Set's `has` of one character, read from UnitSet's table). */
export class CharSet implements Iterable<string> {
  private readonly units: UnitSet;
  private readonly chars: string[];
  constructor(chars: Iterable<string>) {
    this.chars = [...new Set(chars)];
    for (const c of this.chars) if (c.length !== 1) throw new Error(`CharSet: ${c} is not one UTF-16 unit`);
    this.units = new UnitSet(this.chars.map((c) => c.charCodeAt(0)));
  }
  [Symbol.iterator]() {
    return this.chars[Symbol.iterator]();
  }
  has(ch: string | undefined): boolean {
    // (As a Set's: false for anything but one of the characters, also for text[k] past the end.)
    return typeof ch === 'string' && ch.length === 1 && this.units.has(ch.charCodeAt(0));
  }
}
const codes = (chars: string) => new UnitSet([...chars].map((c) => c.charCodeAt(0)));

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const unitSetsTables = { codes };
