import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

// Group commit for public intake. Each acknowledged submission must be on disk (SQLite runs
// with synchronous=FULL), and one fsync per submission caps intake at the disk's sync rate.
// Submissions that arrive while a commit is under way wait for the next one and share it:
// one transaction, one fsync, many acknowledgements — none before its data is durable.
// If a shared transaction fails (one bad item), its items are retried one by one, so one
// submission's error never becomes another's.

const MAX_BATCH = 256;

interface Pending<T> {
  work: (trx: Transaction<Database>) => Promise<T>;
  resolve: (value: T) => void;
  reject: (err: unknown) => void;
}

export class GroupCommitter {
  private queue: Pending<unknown>[] = [];
  private running = false;

  constructor(private readonly db: Kysely<Database>) {}

  run<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      // Start on the next turn of the event loop, not now: SQLite answers synchronously, so a
      // commit started inside this request's callback would finish before any other request
      // that arrived in the same turn could join it — every commit a batch of one.
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_BATCH);
        let results: unknown[] | null = null;
        try {
          results = await this.db.transaction().execute(async (trx) => {
            const out: unknown[] = [];
            for (const item of batch) out.push(await item.work(trx));
            return out;
          });
        } catch {
          results = null;
        }
        if (results) {
          batch.forEach((item, i) => item.resolve(results![i]));
          continue;
        }
        for (const item of batch) {
          try {
            item.resolve(await this.db.transaction().execute((trx) => item.work(trx)));
          } catch (err) {
            item.reject(err);
          }
        }
      }
    } finally {
      this.running = false;
    }
  }
}

const committers = new WeakMap<Kysely<Database>, GroupCommitter>();

export function groupCommitter(db: Kysely<Database>): GroupCommitter {
  let c = committers.get(db);
  if (!c) committers.set(db, (c = new GroupCommitter(db)));
  return c;
}
