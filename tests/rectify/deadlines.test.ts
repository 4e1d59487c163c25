import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { addProgress, createMeasure } from '../../src/modules/rectify/measures.js';
import { Mailer } from '../../src/modules/rectify/notify.js';
import { createProblem } from '../../src/modules/rectify/problems.js';
import { scanDeadlines } from '../../src/modules/rectify/scan.js';
import type { CampaignTable } from '../../src/db/schema.js';
import { day } from './helpers.js';

// Deadlines: owners are reminded before, and after the deadline the scan marks the measure
// overdue and escalates to the owner unit's superior office; the inbox and its e-mail copies,
// delivered to a real SMTP socket with the Chinese subject intact.

/** A tiny SMTP server that keeps every message it is given. */
function smtpSink() {
  const messages: string[] = [];
  const server = net.createServer((sock) => {
    sock.setEncoding('utf8');
    let buf = '';
    let data: string | null = null;
    sock.write('220 sink.test ESMTP\r\n');
    sock.on('data', (chunk: string) => {
      buf += chunk;
      for (let i = buf.indexOf('\r\n'); i >= 0; i = buf.indexOf('\r\n')) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (data !== null) {
          if (line === '.') {
            messages.push(data);
            data = null;
            sock.write('250 2.0.0 queued\r\n');
          } else data += (line.startsWith('..') ? line.slice(1) : line) + '\r\n';
          continue;
        }
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO') sock.write('250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
        else if (cmd === 'HELO' || cmd === 'MAIL' || cmd === 'RCPT' || cmd === 'RSET' || cmd === 'NOOP') sock.write('250 OK\r\n');
        else if (cmd === 'DATA') {
          data = '';
          sock.write('354 end with .\r\n');
        } else if (cmd === 'QUIT') {
          sock.write('221 bye\r\n');
          sock.end();
        } else sock.write('502 5.5.2 unknown\r\n');
      }
    });
  });
  return { server, messages };
}

/** The Subject header of a message, unfolded, with its MIME encoded-words decoded. */
function subjectOf(message: string): string {
  const head = message.split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ');
  const raw = /^Subject: (.*)$/im.exec(head)?.[1] ?? '';
  return raw.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))), 'latin1').toString('utf8'));
}

describe.each(databaseKinds)('deadlines and notices (%s)', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let campaign: CampaignTable;
  let countyOffice: { id: string; cookie: string };
  let owner: { id: string; cookie: string };
  let problemId: string;
  const sink = smtpSink();

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const c = await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'office.county' });
    const o = await userWithRole(d.db, 'unit_liaison', t.villageA, { username: 'owner.village' });
    countyOffice = { id: c.id, cookie: await loginAs(h.app, 'office.county', TEST_PASSWORD) };
    owner = { id: o.id, cookie: await loginAs(h.app, 'owner.village', TEST_PASSWORD) };
    problemId = (await createProblem(d.db, SYSTEM_ACTOR, campaign, { orgId: t.townA.id, source: 'superior', wind: 'formalism', description: '会议多、文件多，基层疲于应付', targetKind: 'leadership', targetLabel: '街道领导班子', severity: 2 })).id;
    await new Promise<void>((r) => sink.server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    await new Promise((r) => sink.server.close(r));
    await h.close();
    await d.drop();
  });

  const measure = (dueOn: string, text: string) => createMeasure(d.db, SYSTEM_ACTOR, problemId, { text, ownerOrgId: t.villageA.id, ownerUserId: owner.id, startsOn: day(-30), dueOn });
  const inbox = async (cookie: string) => (await h.app.inject({ url: '/api/notifications', headers: { cookie } })).json();

  it('reminds owners once before the deadline, marks passed deadlines overdue and escalates to the superior office', async () => {
    const late = await measure(day(-1), '精简会议，压缩文件');
    const soon = await measure(day(2), '建立发文审批制度');
    const later = await measure(day(30), '每月通报会议文件数量');
    const done = await measure(day(-2), '已按时报告完成的措施');
    await addProgress(d.db, SYSTEM_ACTOR, done.id, { text: '已完成', requestVerification: true });

    const first = await scanDeadlines(d.db);
    expect(first).toEqual({ reminded: 1, overdue: 1, escalated: 1 });
    const status = async (id: string) => (await d.db.selectFrom('rectify_measures').select(['status', 'escalated_on']).where('id', '=', id).executeTakeFirstOrThrow());
    expect(await status(late.id)).toMatchObject({ status: 'overdue', escalated_on: day(0) });
    expect((await status(soon.id)).status).toBe('not_started');
    expect((await status(later.id)).status).toBe('not_started');
    expect((await status(done.id)).status).toBe('awaiting_verification'); // reported in time: waiting on the verifier, not late

    // A second run has nothing new to say.
    expect(await scanDeadlines(d.db)).toEqual({ reminded: 0, overdue: 0, escalated: 0 });

    const mine = await inbox(owner.cookie);
    expect(mine.items.filter((n: { kind: string }) => n.kind === 'overdue').map((n: { targetId: string }) => n.targetId)).toEqual([late.id]);
    expect(mine.items.filter((n: { kind: string }) => n.kind === 'deadline_near').map((n: { targetId: string }) => n.targetId)).toEqual([soon.id]);
    // townA has no campaign office: the escalation goes up to countyA's.
    const county = await inbox(countyOffice.cookie);
    expect(county.items.filter((n: { kind: string }) => n.kind === 'escalated').map((n: { targetId: string }) => n.targetId)).toEqual([late.id]);

    const events = await d.db.selectFrom('rectify_measure_events').selectAll().where('measure_id', '=', late.id).orderBy('seq').execute();
    expect(events.at(-1)).toMatchObject({ kind: 'overdue', from_status: 'not_started', to_status: 'overdue', actor_name: 'system' });
    const audit = await d.db.selectFrom('audit_log').select(['action', 'after_json']).where('action', '=', 'rectify.measure.overdue').execute();
    expect(audit).toHaveLength(1);

    // The overdue list, and the timetable (enough for a Gantt view: dates, milestones, status).
    const list = (await h.app.inject({ url: `/api/campaigns/${campaign.id}/rectify/measures?overdue=true`, headers: { cookie: countyOffice.cookie } })).json();
    expect(list.items.map((m: { id: string }) => m.id)).toEqual([late.id]);
    expect(list.counts.overdue).toBe(1);
    const all = (await h.app.inject({ url: `/api/campaigns/${campaign.id}/rectify/measures`, headers: { cookie: owner.cookie } })).json();
    expect(all.total).toBe(4);
    expect(all.items[0]).toMatchObject({ startsOn: day(-30), dueOn: day(-2), status: 'awaiting_verification', milestones: [] });

    // A new deadline ahead takes the measure back to work.
    const patched = await h.app.inject({ method: 'PATCH', url: `/api/rectify/measures/${late.id}`, headers: { cookie: countyOffice.cookie }, payload: { dueOn: day(10) } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().measure.status).toBe('in_progress');
  });

  it('shows a measure owner below the problem’s unit the problem and only its own measures', async () => {
    const townLiaison = await userWithRole(d.db, 'unit_liaison', t.townA, { username: 'liaison.towna' });
    const townMeasure = await createMeasure(d.db, SYSTEM_ACTOR, problemId, { text: '街道精简会议文件', ownerOrgId: t.townA.id, ownerUserId: townLiaison.id, startsOn: day(-1), dueOn: day(20) });
    const mine = await d.db.selectFrom('rectify_measures').select('id').where('problem_id', '=', problemId).where('owner_user_id', '=', owner.id).execute();
    expect(mine.length).toBeGreaterThan(0);

    const res = await h.app.inject({ url: `/api/rectify/problems/${problemId}`, headers: { cookie: owner.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().problem.description).toBe('会议多、文件多，基层疲于应付');
    const seen = res.json().measures.map((m: { id: string }) => m.id).sort();
    expect(seen).toEqual(mine.map((m) => m.id).sort());
    expect(seen).not.toContain(townMeasure.id);

    // The office above sees every measure; a liaison of a village with no measure here, nothing.
    const office = (await h.app.inject({ url: `/api/rectify/problems/${problemId}`, headers: { cookie: countyOffice.cookie } })).json();
    expect(office.measures.map((m: { id: string }) => m.id)).toContain(townMeasure.id);
    await userWithRole(d.db, 'unit_liaison', t.villageB, { username: 'liaison.villageb' });
    const stranger = await h.app.inject({ url: `/api/rectify/problems/${problemId}`, headers: { cookie: await loginAs(h.app, 'liaison.villageb', TEST_PASSWORD) } });
    expect(stranger.statusCode).toBe(403);
  });

  it('marks notices read, only one’s own', async () => {
    const mine = await inbox(owner.cookie);
    const theirs = await inbox(countyOffice.cookie);
    expect(mine.unread).toBeGreaterThan(1);
    const read = await h.app.inject({ method: 'POST', url: `/api/notifications/${mine.items[0].id}/read`, headers: { cookie: owner.cookie } });
    expect(read.statusCode).toBe(200);
    expect((await inbox(owner.cookie)).unread).toBe(mine.unread - 1);
    const other = await h.app.inject({ method: 'POST', url: `/api/notifications/${theirs.items[0].id}/read`, headers: { cookie: owner.cookie } });
    expect(other.statusCode).toBe(404);
    const all = await h.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: { cookie: owner.cookie } });
    expect(all.json().count).toBe(mine.unread - 1);
    expect((await inbox(owner.cookie)).unread).toBe(0);
  });

  it('sends e-mail copies over SMTP with the Chinese subject intact', async () => {
    const bad = await h.app.inject({ method: 'PUT', url: '/api/notifications/email', headers: { cookie: owner.cookie }, payload: { email: 'not-an-address' } });
    expect(bad.json()).toMatchObject({ code: 'rectify.email_invalid', message: '邮箱格式不正确' });
    const set = await h.app.inject({ method: 'PUT', url: '/api/notifications/email', headers: { cookie: owner.cookie }, payload: { email: 'owner@village.example.cn' } });
    expect(set.json()).toEqual({ email: 'owner@village.example.cn' });

    const m = await measure(day(20), '整治“文山会海”，清理各类评比表彰');
    const row = await d.db.selectFrom('user_notifications').selectAll().where('target_id', '=', m.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email_to: 'owner@village.example.cn', email_status: 'pending' });

    const port = (sink.server.address() as AddressInfo).port;
    const mailer = new Mailer(d.db, { url: `smtp://127.0.0.1:${port}`, from: '活动办 <office@example.cn>' });
    try {
      expect(await mailer.deliver()).toBe(1);
      expect(await mailer.deliver()).toBe(0);
    } finally {
      mailer.stop();
    }
    const message = sink.messages.at(-1)!;
    expect(message).toMatch(/^To: owner@village\.example\.cn$/im);
    expect(subjectOf(message)).toBe('【整改落实】您有一项新的整改措施');
    const sent = await d.db.selectFrom('user_notifications').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(sent).toMatchObject({ email_status: 'sent', email_attempts: 1 });
  });

  it('retries when the mail server is away and gives up after the last attempt', async () => {
    const m = await measure(day(25), '清理超标办公用房');
    const mailer = new Mailer(d.db, { url: 'smtp://127.0.0.1:1', from: 'office@example.cn' });
    try {
      for (let i = 0; i < 5; i++) await mailer.deliver();
    } finally {
      mailer.stop();
    }
    const row = await d.db.selectFrom('user_notifications').selectAll().where('target_id', '=', m.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email_status: 'failed', email_attempts: 5 });
    expect(row.email_error).toBeTruthy();
  });
});
