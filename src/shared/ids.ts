import { randomBytes } from 'node:crypto';

// Ids are fixed-length (10 chars of base32, 50 random bits) so that an organization's
// materialized path is a string of fixed-width segments: the child segment of a path is
// then a plain substring, which lets roll-ups group by child with one indexed range scan
// on both SQLite and PostgreSQL (see docs/decisions/0003-materialized-path.md).
const ALPHABET = '0123456789abcdefghijklmnopqrstuv';
export const ID_LENGTH = 10;

export function newId(): string {
  const bytes = randomBytes(ID_LENGTH);
  let out = '';
  for (let i = 0; i < ID_LENGTH; i++) out += ALPHABET[bytes[i] & 31];
  return out;
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-v]{10}$/.test(value);
}
