import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { chinaDay } from '../../shared/clock.js';
import { recomputeComputed } from './facts.js';

// The figures Massline counts itself (opinions, symposia, problems, measures …) reach the
// roll-ups through recomputeComputed, which writes only the differences. A running server does
// that for every campaign still under way, a minute after start and then every
// MASSLINE_FIGURES_MINUTES (default 5): dashboards lag the records by at most that long.
export function startFiguresJobs(db: Kysely<Database>, env: NodeJS.ProcessEnv = process.env): () => void {
  const minutes = Number.parseFloat(env.MASSLINE_FIGURES_MINUTES ?? '5');
  const every = Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : 300_000;
  let busy = false;
  const run = async () => {
    if (busy) return;
    busy = true;
    try {
      const campaigns = await db.selectFrom('campaigns').selectAll().where('ends_on', '>=', chinaDay()).execute();
      for (const c of campaigns) await recomputeComputed(db, c);
    } catch {
      /* the next round retries; recomputing is idempotent */
    } finally {
      busy = false;
    }
  };
  const first = setTimeout(run, Math.min(60_000, every));
  const timer = setInterval(run, every);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
