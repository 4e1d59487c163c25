import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { submitOpinion } from '../../src/modules/opinions/commands.js';
import { verifyDisclosureChain } from '../../src/modules/rectify/disclosure.js';
import type { CampaignTable } from '../../src/db/schema.js';
import { day, dumpAllTables, multipart, photoPng } from './helpers.js';

// The whole loop in the open: opinions → a problem → a measure with owner and deadline →
// progress with a photo → verification by the office → a published version → the public's
// ratings → the satisfaction rate → low ratings reopen the measure (and publish a new version).
// Then the hash chain is tampered with, and the rating limiter and anonymity are checked.

const UA = 'Mozilla/5.0 (RaterPhone-Z9) TrackMe/4.2';

describe.each(databaseKinds)('rectify in the open (%s)', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let campaign: CampaignTable;
  let office: string;
  let owner: { id: string; cookie: string };
  let problemId: string;
  let measureId: string;
  const cookies: string[] = [];

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '第二批教育实践活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'office.city' });
    const u = await userWithRole(d.db, 'unit_liaison', t.townA, { username: 'owner.town' });
    office = await loginAs(h.app, 'office.city', TEST_PASSWORD);
    owner = { id: u.id, cookie: await loginAs(h.app, 'owner.town', TEST_PASSWORD) };
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, cookie: string, payload?: unknown) => h.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload: payload as object } : {}) });
  const rate = (rating: string, address: string, cookie?: string) =>
    h.app.inject({ method: 'POST', url: `/api/portal/rectify/measures/${measureId}/ratings`, remoteAddress: address, headers: { 'user-agent': UA, ...(cookie ? { cookie } : {}) }, payload: { rating } });

  it('turns opinions into a problem, accepting each opinion through its own lifecycle', async () => {
    const ids: string[] = [];
    for (const body of ['街道便民服务中心门难进、脸难看，办一个证跑了五趟。', '窗口工作人员态度生硬，我是王小明，电话13912345678。']) {
      ids.push((await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.townA.id, channel: 'web', body, targetKind: 'unit', anonymous: true, issueReceipt: true })).opinion.id);
    }
    const res = await api('POST', `/api/campaigns/${campaign.id}/rectify/problems`, office, {
      orgId: t.townA.id, source: 'public', wind: 'bureaucratism', description: '便民服务窗口服务意识不强，办事多次往返（来信人称：我是王小明，电话13912345678）',
      targetKind: 'unit', severity: 'high', immediate: true, opinionIds: ids,
    });
    expect(res.statusCode, res.body).toBe(201);
    const problem = res.json().problem;
    expect(problem).toMatchObject({ source: 'public', wind: 'bureaucratism', severity: 3, immediate: true, status: 'open', opinionCount: 2 });
    problemId = problem.id;
    for (const id of ids) {
      const o = await d.db.selectFrom('opinions').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      expect(o.status).toBe('accepted');
      const events = await d.db.selectFrom('opinion_events').select(['to_status', 'actor_name']).where('opinion_id', '=', id).orderBy('seq').execute();
      expect(events.at(-1)).toMatchObject({ to_status: 'accepted' });
    }
    const register = (await api('GET', `/api/campaigns/${campaign.id}/rectify/problems?wind=bureaucratism&immediate=true`, office)).json();
    expect(register.items.map((p: { id: string }) => p.id)).toContain(problemId);
    expect(register.counts).toMatchObject({ byWind: { bureaucratism: 1 }, bySource: { public: 1 }, immediate: 1 });
  });

  it('gives the problem a measure with an owner and a deadline, and tells the owner', async () => {
    const res = await api('POST', `/api/rectify/problems/${problemId}/measures`, office, {
      text: '推行一次告知、限时办结，窗口实行首问负责制', ownerOrgId: t.townA.id, ownerUserId: owner.id, startsOn: day(-10), dueOn: day(20),
      milestones: [{ title: '公布办事指南', dueOn: day(0) }, { title: '群众回访', dueOn: day(15) }],
    });
    expect(res.statusCode, res.body).toBe(201);
    measureId = res.json().measure.id;
    expect(res.json().measure).toMatchObject({ status: 'not_started', ownerUser: { id: owner.id }, ownerOrg: { id: t.townA.id, name: '平江街道' } });
    expect(res.json().measure.milestones).toHaveLength(2);
    const inbox = (await api('GET', '/api/notifications', owner.cookie)).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'measure_assigned', targetId: measureId });
    expect(inbox.unread).toBeGreaterThan(0);
    const problem = (await api('GET', `/api/rectify/problems/${problemId}`, office)).json();
    expect(problem.problem.status).toBe('rectifying');
  });

  it('takes progress with a photo (metadata removed) and a request for verification from the owner', async () => {
    const detail = (await api('GET', `/api/rectify/measures/${measureId}`, owner.cookie)).json();
    const firstMilestone = detail.measure.milestones[0].id;
    const photo = photoPng();
    expect(photo.includes(Buffer.from('13800138000'))).toBe(true);
    const body = multipart({ text: '已公布办事指南，设立首问负责岗。', milestonesDone: JSON.stringify([firstMilestone]), requestVerification: 'true' }, [{ name: '现场照片.png', data: photo }]);
    const res = await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${measureId}/progress`, payload: body.payload, headers: { ...body.headers, cookie: owner.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().measure).toMatchObject({ status: 'awaiting_verification', lastProgress: '已公布办事指南，设立首问负责岗。' });
    expect(res.json().measure.milestones[0].done).toBe(true);
    const evidence = await d.db.selectFrom('rectify_evidence').selectAll().where('measure_id', '=', measureId).execute();
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ type: 'image/png', name: '现场照片.png' });
    const stored = Buffer.from(evidence[0].data);
    expect(stored.includes(Buffer.from('13800138000'))).toBe(false);
    expect(stored.includes(Buffer.from('tIME'))).toBe(false);
    expect(stored.includes(Buffer.from('IDAT'))).toBe(true);
    const download = await api('GET', `/api/rectify/measures/${measureId}/evidence/${evidence[0].id}`, office);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    // The office is told there is something to close out.
    const officeInbox = (await api('GET', '/api/notifications', office)).json();
    expect(officeInbox.items.some((n: { kind: string }) => n.kind === 'verification_requested')).toBe(true);
  });

  it('is closed out by the office, not by the owner', async () => {
    const byOwner = await api('POST', `/api/rectify/measures/${measureId}/verify`, owner.cookie, { approved: true });
    expect(byOwner.statusCode).toBe(403);
    expect(byOwner.json()).toMatchObject({ code: 'rectify.verify_forbidden', message: '只有活动办或负责该单位的督导组可以验收销号' });
    const res = await api('POST', `/api/rectify/measures/${measureId}/verify`, office, { approved: true, note: '经回访核实，群众认可。' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().measure).toMatchObject({ status: 'verified', verifiedBy: '测试campaign_office' });
    const problem = (await api('GET', `/api/rectify/problems/${problemId}`, office)).json();
    expect(problem.problem.status).toBe('rectified');
    const inbox = (await api('GET', '/api/notifications', owner.cookie)).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'verified' });
  });

  it('publishes a version without personal data, and the public cannot rate before that', async () => {
    expect((await rate('satisfied', '198.51.100.1')).json().code).toBe('rectify.rating_not_open');
    const res = await api('POST', `/api/rectify/problems/${problemId}/disclosures`, office, { note: '欢迎群众监督，来电请拨 0512-65221234。' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ version: 1, prevHash: '0'.repeat(64) });
    const page = (await h.app.inject({ url: `/api/portal/rectify/problems?orgId=${t.countyA.id}` })).json();
    const item = page.items.find((x: { problemId: string }) => x.problemId === problemId);
    expect(item.content.problem).toMatchObject({ unit: '平江街道', wind: 'bureaucratism', immediate: true });
    expect(item.content.measures[0]).toMatchObject({ status: 'verified', ownerUnit: '平江街道', evidenceCount: 1 });
    const text = JSON.stringify(item);
    for (const secret of ['13912345678', '65221234', '王小明', owner.id, '测试unit_liaison']) expect(text).not.toContain(secret);
    expect(item.content.problem.description).toContain('便民服务窗口服务意识不强');
    expect(item.ratings[0]).toMatchObject({ open: true, rating: { total: 0, rate: null } });
  });

  it('takes one rating per person, keeps the rate public, and reopens the measure when it falls below the threshold', async () => {
    const settings = await api('PUT', `/api/campaigns/${campaign.id}/rectify/settings`, office, { reopenBelowPercent: 60, reopenMinRatings: 4 });
    expect(settings.statusCode, settings.body).toBe(200);

    const first = await rate('satisfied', '198.51.100.10');
    expect(first.statusCode, first.body).toBe(201);
    const cookie = first.cookies.find((c) => c.name === 'massline_rater')!;
    expect(cookie.httpOnly).toBe(true);
    cookies.push(cookie.value);
    const mine = `massline_rater=${cookie.value}`;
    // The same client again: refused, whether by its address or by its cookie.
    const again = await rate('dissatisfied', '198.51.100.10', mine);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('您已评价过该项整改措施，感谢参与');
    expect((await rate('dissatisfied', '198.51.100.11', mine)).statusCode).toBe(409);
    expect((await rate('dissatisfied', '198.51.100.10')).statusCode).toBe(409);

    expect((await rate('basically', '198.51.100.12')).json()).toMatchObject({ rating: { satisfied: 1, basically: 1, total: 2, rate: 100 }, reopened: false });
    expect((await rate('dissatisfied', '198.51.100.13')).json()).toMatchObject({ rating: { dissatisfied: 1, total: 3, rate: 66.7 }, reopened: false });
    const page = (await h.app.inject({ url: `/api/portal/rectify/problems/${problemId}` })).json();
    expect(page.ratings[0].rating).toMatchObject({ total: 3, rate: 66.7 });

    // The fourth rating brings the rate to 50% over 4 ratings: below 60%, so the measure is reopened.
    const fourth = await rate('dissatisfied', '198.51.100.14');
    expect(fourth.json()).toMatchObject({ rating: { total: 4, rate: 50 }, reopened: true });
    for (const r of [first, fourth]) for (const c of r.cookies.filter((x) => x.name === 'massline_rater')) cookies.push(c.value);

    const detail = (await api('GET', `/api/rectify/measures/${measureId}`, office)).json();
    expect(detail.measure.status).toBe('reopened');
    expect(detail.events.at(-1)).toMatchObject({ kind: 'reopened', fromStatus: 'verified', toStatus: 'reopened', actorName: '群众满意度评价' });
    expect(detail.events.at(-1).text).toContain('50%');
    // A new round: the reopened measure cannot be rated until it is closed out and published again.
    expect((await rate('satisfied', '198.51.100.15')).json().code).toBe('rectify.rating_not_open');
    const versions = (await h.app.inject({ url: `/api/portal/rectify/problems/${problemId}/versions` })).json().versions;
    expect(versions).toHaveLength(2);
    expect(versions[1].prevHash).toBe(versions[0].hash);
    expect(versions[1].changes).toEqual(expect.arrayContaining([{ path: `measures[${measureId}].status`, from: 'verified', to: 'reopened' }]));
    const inbox = (await api('GET', '/api/notifications', owner.cookie)).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'reopened', targetId: measureId });
    const problem = (await api('GET', `/api/rectify/problems/${problemId}`, office)).json();
    expect(problem.problem.status).toBe('rectifying');
  });

  it('documents every rectify route in the OpenAPI description under the tag rectify', async () => {
    const doc = (await h.app.inject({ url: '/api/docs/json' })).json();
    const tagged = Object.entries(doc.paths as Record<string, Record<string, { tags?: string[] }>>).filter(([, ops]) => Object.values(ops).some((o) => o.tags?.includes('rectify'))).map(([p]) => p);
    for (const p of ['/api/campaigns/{id}/rectify/problems', '/api/rectify/measures/{id}/verify', '/api/portal/rectify/problems/{id}/versions', '/api/campaigns/{id}/rectify/ledger.xlsx', '/api/notifications']) expect(tagged).toContain(p);
    expect(tagged.length).toBeGreaterThanOrEqual(33); // 41 routes on 33 paths
  });

  it('verifies the published history and finds a rewritten or removed version', async () => {
    const ok = (await h.app.inject({ url: `/api/portal/rectify/problems/${problemId}/verify` })).json();
    expect(ok).toEqual({ ok: true, versions: 2, firstBad: null });

    const v1 = await d.db.selectFrom('rectify_disclosures').selectAll().where('problem_id', '=', problemId).where('version', '=', 1).executeTakeFirstOrThrow();
    await d.db.updateTable('rectify_disclosures').set({ content: v1.content.replace('群众回访', '已全部完成') }).where('problem_id', '=', problemId).where('version', '=', 1).execute();
    const tampered = (await h.app.inject({ url: `/api/portal/rectify/problems/${problemId}/verify` })).json();
    expect(tampered).toMatchObject({ ok: false, firstBad: { version: 1, reason: 'content does not match its hash' } });
    await d.db.updateTable('rectify_disclosures').set({ content: v1.content }).where('problem_id', '=', problemId).where('version', '=', 1).execute();

    const problem = await d.db.selectFrom('rectify_problems').selectAll().where('id', '=', problemId).executeTakeFirstOrThrow();
    expect((await verifyDisclosureChain(d.db, problem)).ok).toBe(true);
    const v2 = await d.db.selectFrom('rectify_disclosures').selectAll().where('problem_id', '=', problemId).where('version', '=', 2).executeTakeFirstOrThrow();
    await d.db.deleteFrom('rectify_disclosures').where('problem_id', '=', problemId).where('version', '=', 2).execute();
    expect(await verifyDisclosureChain(d.db, problem)).toMatchObject({ ok: false, firstBad: { version: 2 } });
    await d.db.insertInto('rectify_disclosures').values(v2).execute();
    expect((await verifyDisclosureChain(d.db, problem)).ok).toBe(true);
  });

  it('keeps nothing that identifies a rater: no address, agent or cookie token in any table', async () => {
    expect(cookies.length).toBeGreaterThan(0);
    const tally = await d.db.selectFrom('rectify_rating_tallies').selectAll().where('measure_id', '=', measureId).execute();
    expect(tally).toEqual([expect.objectContaining({ round: 1, satisfied: 1, basically: 1, dissatisfied: 2 })]);
    // One guard per counted rating, none of them the token itself.
    const guards = await d.db.selectFrom('rectify_rating_guards').selectAll().where('measure_id', '=', measureId).execute();
    expect(guards).toHaveLength(4);
    const dump = await dumpAllTables(d.db, kind);
    for (const [table, text] of dump) {
      for (const needle of ['198.51.100.', 'RaterPhone', 'TrackMe', ...cookies]) expect(text, `${table} holds ${needle}`).not.toContain(needle);
    }
    // No audit entry carries a rating (exact times would date a person's visit).
    const audits = await d.db.selectFrom('audit_log').select(['action', 'actor_name']).where('action', 'like', 'rectify.%').execute();
    expect(audits.filter((a) => a.action.includes('rating'))).toEqual([]);
  });
});
