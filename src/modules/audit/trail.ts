import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, AuditLogTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';

// The audit trail: every write that matters records who, when, what and the before/after
// state. Rows are hash-chained per region: each row's hash covers its content and the
// previous row's hash, so editing or deleting a row breaks every later link and
// `massline audit verify` reports the first one. The chain head row is updated (and so
// locked on PostgreSQL) inside the writer's transaction, which serializes appenders.

export interface AuditEntry {
  regionId: string;
  action: string; // e.g. org.create, campaign.update
  targetType: string;
  targetId: string;
  orgPath?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditActor {
  userId: string | null;
  name: string;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, name: 'system' };
const GENESIS = '0'.repeat(64);

type Row = Omit<AuditLogTable, 'hash'>;

export function hashRow(row: Row): string {
  const canonical = JSON.stringify([
    row.region_id, row.seq, row.at, row.actor_id, row.actor_name, row.action, row.target_type,
    row.target_id, row.org_path, row.before_json, row.after_json, row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export async function recordAudit(trx: Transaction<Database> | Kysely<Database>, actor: AuditActor, entry: AuditEntry): Promise<void> {
  // Take (and lock) the chain head first; the region's first entry creates it. Concurrent
  // first writers both insert-or-ignore, then queue on the row lock of the update.
  await trx
    .insertInto('audit_chain_heads')
    .values({ region_id: entry.regionId, seq: 0, hash: GENESIS })
    .onConflict((oc) => oc.column('region_id').doNothing())
    .execute();
  const head = await trx
    .updateTable('audit_chain_heads')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('region_id', '=', entry.regionId)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const row: Row = {
    region_id: entry.regionId,
    seq: head.seq,
    at: nowIso(),
    actor_id: actor.userId,
    actor_name: actor.name,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    org_path: entry.orgPath ?? null,
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    prev_hash: head.hash,
  };
  const hash = hashRow(row);
  await trx.insertInto('audit_log').values({ ...row, hash }).execute();
  await trx.updateTable('audit_chain_heads').set({ hash }).where('region_id', '=', entry.regionId).execute();
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBad?: { regionId: string; seq: number; reason: string };
}

/** Walks every region's chain in order; stops at the first row that does not link or hash. */
export async function verifyAudit(db: Kysely<Database>): Promise<VerifyResult> {
  const regions = await db.selectFrom('audit_chain_heads').select(['region_id', 'seq', 'hash']).execute();
  let checked = 0;
  for (const head of regions) {
    let prev = GENESIS;
    let expectedSeq = 1;
    const pageSize = 5000;
    for (;;) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('region_id', '=', head.region_id)
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      for (const r of rows) {
        const { hash, ...rest } = r;
        if (r.seq !== expectedSeq) return bad(head.region_id, expectedSeq, `row ${expectedSeq} is missing`, checked);
        if (r.prev_hash !== prev) return bad(head.region_id, r.seq, 'prev_hash does not match the previous row', checked);
        if (hashRow(rest) !== hash) return bad(head.region_id, r.seq, 'content does not match its hash', checked);
        prev = hash;
        expectedSeq++;
        checked++;
      }
      if (rows.length < pageSize) break;
    }
    if (expectedSeq - 1 !== head.seq) return bad(head.region_id, expectedSeq, `row ${expectedSeq} is missing (chain head is at ${head.seq})`, checked);
    if (head.seq > 0 && prev !== head.hash) return bad(head.region_id, head.seq, 'last row does not match the chain head', checked);
  }
  return { ok: true, checked };
}

function bad(regionId: string, seq: number, reason: string, checked: number): VerifyResult {
  return { ok: false, checked, firstBad: { regionId, seq, reason } };
}
