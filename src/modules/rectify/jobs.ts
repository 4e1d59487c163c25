import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { Mailer, smtpFromEnv } from './notify.js';
import { scanDeadlines } from './scan.js';

// Background work of the rectify feature in a running server: the deadline scan (first a minute
// after start, then every MASSLINE_RECTIFY_SCAN_MINUTES, default 60) and, when SMTP is
// configured (MASSLINE_SMTP_URL, MASSLINE_SMTP_FROM), the e-mail copies of notices.
export function startRectifyJobs(db: Kysely<Database>, env: NodeJS.ProcessEnv = process.env): () => void {
  const minutes = Number.parseFloat(env.MASSLINE_RECTIFY_SCAN_MINUTES ?? '60');
  const every = Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : 3_600_000;
  let busy = false;
  const scan = async () => {
    if (busy) return;
    busy = true;
    try {
      await scanDeadlines(db);
    } catch {
      /* retried on the next round; the scan is idempotent */
    } finally {
      busy = false;
    }
  };
  const first = setTimeout(scan, Math.min(60_000, every));
  const timer = setInterval(scan, every);
  first.unref();
  timer.unref();
  const smtp = smtpFromEnv(env);
  const mailer = smtp ? new Mailer(db, smtp).start() : null;
  return () => {
    clearTimeout(first);
    clearInterval(timer);
    mailer?.stop();
  };
}
