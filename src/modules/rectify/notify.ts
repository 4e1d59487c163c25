import nodemailer, { type Transporter } from 'nodemailer';
import type { Kysely, Transaction } from 'kysely';
import type { Database, UserNotificationTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { newId } from '../../shared/ids.js';
import { ancestorPaths } from '../authz/policy.js';

// The staff inbox: owners are told of new measures, approaching and passed deadlines and
// verification results; offices of escalations and of measures waiting for 销号. A notice is a
// row read by the console (GET /api/notifications) and, when the person has given an e-mail
// address, an e-mail copy that the Mailer sends once SMTP is configured
// (MASSLINE_SMTP_URL, e.g. smtp://mail.example.gov.cn:25, and MASSLINE_SMTP_FROM).

export type NoticeKind = 'measure_assigned' | 'deadline_near' | 'overdue' | 'escalated' | 'verification_requested' | 'verified' | 'refused' | 'reopened';

export interface Notice {
  regionId: string;
  userId: string;
  kind: NoticeKind;
  title: string;
  body: string;
  targetType: 'measure';
  targetId: string;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Writes notices (inside the caller's transaction), with an e-mail copy for those with an address. */
export async function notify(db: Db, notices: Notice[]): Promise<void> {
  if (!notices.length) return;
  const at = nowIso();
  const users = [...new Set(notices.map((n) => n.userId))];
  const emails = new Map<string, string>();
  for (let i = 0; i < users.length; i += 500) {
    const rows = await db.selectFrom('user_emails').select(['user_id', 'email']).where('user_id', 'in', users.slice(i, i + 500)).execute();
    for (const r of rows) emails.set(r.user_id, r.email);
  }
  const rows: UserNotificationTable[] = notices.map((n) => {
    const to = emails.get(n.userId) ?? null;
    return {
      region_id: n.regionId, id: newId(), user_id: n.userId, kind: n.kind, title: n.title.slice(0, 200), body: n.body.slice(0, 2000), target_type: n.targetType,
      target_id: n.targetId, created_at: at, read_at: null, email_to: to, email_status: to ? 'pending' : null, email_attempts: 0, email_error: null,
    };
  });
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('user_notifications').values(rows.slice(i, i + 200)).execute();
}

/** The active campaign-office users holding the role exactly at one of `orgIds`, by organization. */
export async function officeUsersAt(db: Db, orgIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const unique = [...new Set(orgIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('role_assignments as r').innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['r.org_id', 'r.user_id']).where('r.role', '=', 'campaign_office').where('r.org_id', 'in', unique.slice(i, i + 500)).where('u.active', '=', 1).execute();
    for (const r of rows) {
      const list = out.get(r.org_id);
      if (list) list.push(r.user_id);
      else out.set(r.org_id, [r.user_id]);
    }
  }
  return out;
}

/**
 * The nearest campaign office of each unit: at the unit itself or above (`self`), or strictly
 * above it — the superior an overdue measure is escalated to: the campaign office of the parent
 * organization, or of the nearest ancestor above that has one. By path: the office's organization and its users.
 */
export async function nearestOffices(db: Db, unitPaths: string[], opts: { self: boolean }): Promise<Map<string, { orgId: string; users: string[] } | null>> {
  const chains = new Map(unitPaths.map((p) => [p, ancestorPaths(p).slice(0, opts.self ? undefined : -1).reverse().map((a) => a.split('/').at(-2)!)]));
  const offices = await officeUsersAt(db, [...chains.values()].flat());
  const out = new Map<string, { orgId: string; users: string[] } | null>();
  for (const [path, ancestors] of chains) {
    const orgId = ancestors.find((id) => offices.has(id));
    out.set(path, orgId ? { orgId, users: offices.get(orgId)! } : null);
  }
  return out;
}

export function smtpFromEnv(env: NodeJS.ProcessEnv = process.env): { url: string; from: string } | null {
  const url = env.MASSLINE_SMTP_URL;
  if (!url) return null;
  return { url, from: env.MASSLINE_SMTP_FROM || 'Massline <massline@localhost>' };
}

export const MAX_EMAIL_ATTEMPTS = 5;

/** Sends the pending e-mail copies through SMTP; failures are retried on later rounds. */
export class Mailer {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;

  constructor(private readonly db: Kysely<Database>, private readonly opts: { url: string; from: string; batch?: number }) {
    // Servers without STARTTLS (a local relay) are used as they are; a URL with smtps:// uses TLS.
    this.transport = nodemailer.createTransport(opts.url);
  }

  start(intervalMs = 5000): this {
    this.timer ??= setInterval(() => void this.deliver().catch(() => {}), intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.transport.close();
  }

  /** One round: sends up to `batch` pending copies; returns how many went out. */
  async deliver(): Promise<number> {
    if (this.busy) return 0;
    this.busy = true;
    try {
      const pending = await this.db.selectFrom('user_notifications').selectAll().where('email_status', '=', 'pending').orderBy('created_at').limit(this.opts.batch ?? 50).execute();
      let sent = 0;
      for (const n of pending) {
        let error: string | null = null;
        try {
          await this.transport.sendMail({ from: this.opts.from, to: n.email_to!, subject: `【整改落实】${n.title}`, text: `${n.body}\n\n—— Massline 群众路线教育实践活动平台` });
        } catch (err) {
          error = (err as Error).message.slice(0, 200);
        }
        const attempts = n.email_attempts + 1;
        await this.db.updateTable('user_notifications')
          .set({ email_attempts: attempts, email_error: error, email_status: !error ? 'sent' : attempts >= MAX_EMAIL_ATTEMPTS ? 'failed' : 'pending' })
          .where('region_id', '=', n.region_id).where('id', '=', n.id).execute();
        if (!error) sent++;
      }
      return sent;
    } finally {
      this.busy = false;
    }
  }
}
