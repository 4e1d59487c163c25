import { randomBytes, randomInt } from 'node:crypto';
import { hashRaw, Algorithm } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

// An anonymous submitter's receipt: 16 random digits shown once. The database keeps only a
// slow hash — argon2id keyed with a per-deployment salt, so the same receipt always hashes to
// the same value and can be looked up by index, while a stolen table costs argon2 work per
// guess over a ~10^16 space. The cost is set for that space, not for passwords: 8 MiB and one
// pass (~1.6 ms here) make an exhaustive search ~500,000 core-years, and keep the portal able
// to take hundreds of submissions a second (docs/decisions/0008-receipts.md).
// The salt lives in the settings table (and in backups with it).

const SALT_KEY = 'receipt_salt';
let saltPromise: Promise<Buffer> | undefined;
let saltFor: Kysely<Database> | undefined;

async function receiptSalt(db: Kysely<Database>): Promise<Buffer> {
  if (saltFor !== db) {
    saltFor = db;
    saltPromise = undefined;
  }
  saltPromise ??= (async () => {
    const fresh = randomBytes(16).toString('hex');
    await db.insertInto('settings').values({ key: SALT_KEY, value: fresh }).onConflict((oc) => oc.column('key').doNothing()).execute();
    const row = await db.selectFrom('settings').select('value').where('key', '=', SALT_KEY).executeTakeFirstOrThrow();
    return Buffer.from(row.value, 'hex');
  })();
  return saltPromise;
}

export function newReceipt(): string {
  let out = String(randomInt(1, 10)); // no leading zero, so it survives spreadsheets
  for (let i = 1; i < 16; i++) out += String(randomInt(0, 10));
  return out;
}

/** Normalizes what a person types: spaces and dashes are allowed between digit groups. */
export function normalizeReceipt(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{16}$/.test(digits) ? digits : null;
}

export async function hashReceipt(db: Kysely<Database>, receipt: string): Promise<string> {
  const salt = await receiptSalt(db);
  const raw = await hashRaw(receipt, { algorithm: Algorithm.Argon2id, memoryCost: 8192, timeCost: 1, parallelism: 1, salt, outputLen: 32 });
  return raw.toString('hex');
}
