import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ReadPool } from '../../db/read-pool.js';
import { getOrg, listChildren, subtreeCountQuery, type ChildRow, type OrgRow } from './queries.js';

// The hierarchy changes rarely and is read on almost every request, so each server keeps the
// parts it has read in memory. Every write to organizations bumps `tree_version` in its own
// transaction (bumpTreeVersion). A write through this process drops the cache at once (the
// local epoch); a write by another process (another server on PostgreSQL, the CLI importing
// into SQLite) is noticed by a version poll every POLL_MS. Reading the version on every request
// instead would cost as much as the reads it saves.

// Writes in this process advance a local epoch, which every cache in the process checks.
let localEpoch = 0;

export async function bumpTreeVersion(db: Kysely<Database>): Promise<void> {
  localEpoch++;
  await db.updateTable('settings').set({ value: sql<string>`cast(cast(value as integer) + 1 as text)` }).where('key', '=', 'tree_version').execute();
}

const MAX_ENTRIES = 250_000;
export const POLL_MS = 200;

export class TreeCache {
  private version: string | null = null;
  private seenEpoch = -1;
  private timer: NodeJS.Timeout | null = null;
  private orgs = new Map<string, OrgRow>();
  private kids = new Map<string, ChildRow[]>();
  private counts = new Map<string, number>();

  constructor(private readonly db: Kysely<Database>) {}

  /** Starts watching the version for other processes' writes. */
  start(): this {
    this.timer ??= setInterval(() => void this.poll().catch(() => {}), POLL_MS);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Reads the version now; drops everything when it moved. */
  async poll(): Promise<void> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', 'tree_version').executeTakeFirst();
    const v = row?.value ?? '0';
    if (v !== this.version) {
      this.clear();
      this.version = v;
    }
  }

  private clear() {
    this.orgs.clear();
    this.kids.clear();
    this.counts.clear();
  }

  /** Drops the cache after a write in this process, or when it has grown too large. */
  private sync(): void {
    if (this.seenEpoch !== localEpoch || this.orgs.size + this.kids.size > MAX_ENTRIES) {
      this.clear();
      this.seenEpoch = localEpoch;
    }
  }

  async org(id: string): Promise<OrgRow> {
    this.sync();
    let o = this.orgs.get(id);
    if (!o) {
      o = await getOrg(this.db, id);
      this.orgs.set(id, o);
    }
    return o;
  }

  async children(parent: OrgRow, opts: { includeInactive?: boolean } = {}): Promise<ChildRow[]> {
    this.sync();
    const key = `${parent.id}|${opts.includeInactive ? 1 : 0}`;
    let list = this.kids.get(key);
    if (!list) {
      list = await listChildren(this.db, parent, opts);
      this.kids.set(key, list);
    }
    return list;
  }

  /** Active organizations in the subtree; large ones are counted in the read pool. */
  async subtreeCount(org: OrgRow, pool: ReadPool): Promise<number> {
    this.sync();
    let n = this.counts.get(org.id);
    if (n === undefined) {
      const q = subtreeCountQuery(this.db, org);
      // The top two levels can hold most of a region: off the event loop; deeper ones are small.
      const [row] = org.depth <= 1 ? await pool.all(this.db, q) : await q.execute();
      n = Number(row.n);
      this.counts.set(org.id, n);
    }
    return n;
  }
}
