import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree } from '../support/factories.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { replyToOpinion, submitOpinion } from '../../src/modules/opinions/commands.js';
import { MAX_ATTEMPTS, Notifier } from '../../src/modules/opinions/notifier.js';

// A named submitter is told of replies through the organization's SMS platform: the outbox is
// delivered signed, marked sent on 2xx, retried otherwise, and given up after MAX_ATTEMPTS.
describe.each(databaseKinds)('the notification outbox on %s', (kind) => {
  let d: TestDatabase;
  let platform: http.Server;
  let url: string;
  let answer = 200;
  const received: { body: string; ts: string; signature: string }[] = [];
  const SECRET = 'platform-secret';

  beforeAll(async () => {
    d = await freshDatabase(kind);
    platform = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ body, ts: String(req.headers['x-massline-timestamp']), signature: String(req.headers['x-massline-signature']) });
        res.statusCode = answer;
        res.end('{}');
      });
    });
    await new Promise<void>((r) => platform.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(platform.address() as AddressInfo).port}/sms`;
  });
  afterAll(async () => {
    await new Promise((r) => platform.close(r));
    await d.drop();
  });

  it('delivers a reply to the named submitter, signed, once', async () => {
    const t = await smallTree(d.db);
    const campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const { opinion } = await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.townA.id, channel: 'web', body: '窗口排队太长', targetKind: 'unit', anonymous: false, contact: { name: '李明', phone: '13800138000' } });
    await replyToOpinion(d.db, { userId: null, name: '活动办' }, opinion.id, '已增开两个窗口。');
    const notifier = new Notifier(d.db, { url, secret: SECRET });
    expect(await notifier.deliver()).toBe(1);
    const last = received.at(-1)!;
    expect(JSON.parse(last.body)).toMatchObject({ channel: 'sms', recipient: '13800138000' });
    expect(JSON.parse(last.body).text).toContain('已增开两个窗口。');
    expect(last.signature).toBe(createHmac('sha256', SECRET).update(`${last.ts}.${last.body}`).digest('hex'));
    expect(await notifier.deliver()).toBe(0); // nothing is sent twice
    const row = await d.db.selectFrom('notifications').selectAll().where('opinion_id', '=', opinion.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries when the platform fails and gives up after the last attempt', async () => {
    const t = await smallTree(d.db);
    const campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const { opinion } = await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.townA.id, channel: 'web', body: '路灯不亮', targetKind: 'unit', anonymous: false, contact: { name: '王五', email: 'wang@example.cn' } });
    await replyToOpinion(d.db, { userId: null, name: '活动办' }, opinion.id, '已报修。');
    answer = 503;
    const notifier = new Notifier(d.db, { url, secret: SECRET });
    for (let i = 0; i < MAX_ATTEMPTS; i++) await notifier.deliver();
    const row = await d.db.selectFrom('notifications').selectAll().where('opinion_id', '=', opinion.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, last_error: 'HTTP 503', channel: 'email', recipient: 'wang@example.cn' });
    answer = 200;
  });
});
