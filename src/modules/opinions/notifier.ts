import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';

// Delivers the notification outbox (replies to named submitters) to the organization's SMS or
// mail platform: each pending row is POSTed as JSON to MASSLINE_NOTIFY_URL, signed like the
// gateway webhook (X-Massline-Timestamp, X-Massline-Signature = hex HMAC-SHA256 of
// "<timestamp>.<body>" with MASSLINE_NOTIFY_SECRET). A 2xx marks it sent; anything else is
// retried on later rounds, and after MAX_ATTEMPTS the row is marked failed for the office to see.

export const MAX_ATTEMPTS = 5;

export interface NotifierOptions {
  url: string;
  secret: string;
  intervalMs?: number;
  batch?: number;
  timeoutMs?: number;
}

export class Notifier {
  private timer: NodeJS.Timeout | null = null;
  private busy = false;

  constructor(private readonly db: Kysely<Database>, private readonly opts: NotifierOptions) {}

  start(): this {
    this.timer ??= setInterval(() => void this.deliver().catch(() => {}), this.opts.intervalMs ?? 2000);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One round: sends up to `batch` pending notifications; returns how many were sent. */
  async deliver(): Promise<number> {
    if (this.busy) return 0;
    this.busy = true;
    try {
      const pending = await this.db.selectFrom('notifications').selectAll().where('status', '=', 'pending').orderBy('created_at').limit(this.opts.batch ?? 50).execute();
      let sent = 0;
      for (const n of pending) {
        const body = JSON.stringify({ id: n.id, channel: n.channel, recipient: n.recipient, text: n.body });
        const ts = Math.floor(Date.now() / 1000);
        const signature = createHmac('sha256', this.opts.secret).update(`${ts}.${body}`).digest('hex');
        let error: string | null = null;
        try {
          const res = await fetch(this.opts.url, {
            method: 'POST', body, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
            headers: { 'content-type': 'application/json', 'x-massline-timestamp': String(ts), 'x-massline-signature': signature, 'idempotency-key': n.id },
          });
          if (!res.ok) error = `HTTP ${res.status}`;
        } catch (err) {
          error = (err as Error).message.slice(0, 200);
        }
        if (!error) {
          await this.db.updateTable('notifications').set({ status: 'sent', sent_at: nowIso(), attempts: n.attempts + 1, last_error: null }).where('region_id', '=', n.region_id).where('id', '=', n.id).execute();
          sent++;
        } else {
          const attempts = n.attempts + 1;
          await this.db.updateTable('notifications').set({ attempts, last_error: error, status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending' }).where('region_id', '=', n.region_id).where('id', '=', n.id).execute();
        }
      }
      return sent;
    } finally {
      this.busy = false;
    }
  }
}
