import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ReadPool } from '../../db/read-pool.js';
import { getOrg, listChildren, subtreeCountQuery, type ChildRow, type OrgRow } from './queries.js';

// The hierarchy changes rarely and is read on almost every request, so each server keeps the
// parts it has read in memory. Every write to organizations bumps `tree_version` in its own
// transaction (bumpTreeVersion); each request first reads that one row and drops the cache if
// it moved — so a change made by any process (another server on PostgreSQL, the CLI importing
// into SQLite) is seen by the next request, never served stale.

// Writes in this process also advance a local epoch, so a request that starts after a local
// write never joins a version check that began before it.
let localEpoch = 0;

export async function bumpTreeVersion(db: Kysely<Database>): Promise<void> {
  localEpoch++;
  await db.updateTable('settings').set({ value: sql<string>`cast(cast(value as integer) + 1 as text)` }).where('key', '=', 'tree_version').execute();
}

const MAX_ENTRIES = 250_000;

export class TreeCache {
  private version: string | null = null;
  private checking: Promise<void> | null = null;
  private checkingEpoch = -1;
  private checkToken: object | null = null;
  private orgs = new Map<string, OrgRow>();
  private kids = new Map<string, ChildRow[]>();
  private counts = new Map<string, number>();

  constructor(private readonly db: Kysely<Database>) {}

  /** Reads the version; requests arriving while a check is under way share it. */
  private sync(): Promise<void> {
    if (this.checking && this.checkingEpoch === localEpoch) return this.checking;
    this.checkingEpoch = localEpoch;
    const token = {};
    this.checkToken = token;
    this.checking = (async () => {
      try {
        const row = await this.db.selectFrom('settings').select('value').where('key', '=', 'tree_version').executeTakeFirst();
        const v = row?.value ?? '0';
        if (v !== this.version || this.orgs.size + this.kids.size > MAX_ENTRIES) {
          this.orgs.clear();
          this.kids.clear();
          this.counts.clear();
          this.version = v;
        }
      } finally {
        if (this.checkToken === token) this.checking = null;
      }
    })();
    return this.checking;
  }

  async org(id: string): Promise<OrgRow> {
    await this.sync();
    let o = this.orgs.get(id);
    if (!o) {
      o = await getOrg(this.db, id);
      this.orgs.set(id, o);
    }
    return o;
  }

  async children(parent: OrgRow, opts: { includeInactive?: boolean } = {}): Promise<ChildRow[]> {
    await this.sync();
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
    await this.sync();
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
