import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { submitOpinion, transitionOpinion } from '../../src/modules/opinions/commands.js';
import { createGroup } from '../../src/modules/supervision/commands.js';
import { publishDisclosure } from '../../src/modules/rectify/disclosure.js';
import type { CampaignTable } from '../../src/db/schema.js';
import { day, multipart, photoPng } from './helpers.js';

// Bad input gets a clear 4xx in the caller's language, and nothing half-written.

describe.each(databaseKinds)('rectify refuses bad input (%s)', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let campaign: CampaignTable;
  let office: string;
  let liaison: string;
  let supervisor: string;
  let ownerId: string;
  let problemId: string;
  let measureId: string;

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const group = await createGroup(d.db, SYSTEM_ACTOR, campaign, { name: '市委第一督导组', orgId: t.city.id, unitIds: [t.countyA.id] });
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'office.a' });
    ownerId = (await userWithRole(d.db, 'unit_liaison', t.townA, { username: 'liaison.town' })).id;
    await userWithRole(d.db, 'supervision_group_member', t.city, { username: 'inspector', supervisionGroupId: group.id });
    office = await loginAs(h.app, 'office.a', TEST_PASSWORD);
    liaison = await loginAs(h.app, 'liaison.town', TEST_PASSWORD);
    supervisor = await loginAs(h.app, 'inspector', TEST_PASSWORD);
    const p = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/rectify/problems`, headers: { cookie: office }, payload: { orgId: t.townA.id, source: 'self_found', wind: 'hedonism', description: '工作日中午饮酒', targetKind: 'unit', severity: 1 } });
    problemId = p.json().problem.id;
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  const count = async (table: 'rectify_measures' | 'rectify_problems' | 'rectify_evidence' | 'rectify_measure_events' | 'audit_log') =>
    Number((await d.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const newMeasure = (payload: object, lang = 'zh-CN') =>
    h.app.inject({ method: 'POST', url: `/api/rectify/problems/${problemId}/measures`, headers: { cookie: office, 'accept-language': lang }, payload });
  const good = () => ({ text: '严禁工作日午间饮酒，纳入作风督查', ownerOrgId: t.townA.id, ownerUserId: ownerId, startsOn: day(0), dueOn: day(30) });

  it('refuses a deadline before the start, a measure without owners, an owner unit outside the problem, and milestones outside the dates', async () => {
    const before = [await count('rectify_measures'), await count('audit_log')];
    const early = await newMeasure({ ...good(), startsOn: '2026-08-01', dueOn: '2026-07-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'rectify.dates_invalid', message: '完成时限（2026-07-01）不能早于开始时间（2026-08-01）' });
    const en = await newMeasure({ ...good(), startsOn: '2026-08-01', dueOn: '2026-07-01' }, 'en');
    expect(en.json().message).toBe('The deadline (2026-07-01) is before the start (2026-08-01)');
    const tw = await newMeasure({ ...good(), startsOn: '2026-08-01', dueOn: '2026-07-01' }, 'zh-TW');
    expect(tw.json().message).toContain('完成時限');

    const { ownerOrgId: _o, ownerUserId: _u, ...ownerless } = good();
    const noOwner = await newMeasure(ownerless);
    expect(noOwner.json()).toMatchObject({ code: 'rectify.owner_required', message: '整改措施必须明确责任单位和责任人' });
    expect((await newMeasure({ ...good(), ownerUserId: null })).json().code).toBe('rectify.owner_required');
    expect((await newMeasure({ ...good(), ownerOrgId: t.townB.id })).json().code).toBe('rectify.owner_outside');
    expect((await newMeasure({ ...good(), ownerUserId: t.city.id })).json().code).toBe('rectify.user_invalid');
    const ms = await newMeasure({ ...good(), milestones: [{ title: '先行', dueOn: day(-5) }] });
    expect(ms.json()).toMatchObject({ code: 'rectify.milestone_dates' });
    expect(ms.json().message).toContain('里程碑「先行」');
    expect([await count('rectify_measures'), await count('audit_log')]).toEqual(before);

    const ok = await newMeasure(good());
    expect(ok.statusCode, ok.body).toBe(201);
    measureId = ok.json().measure.id;
    const patch = await h.app.inject({ method: 'PATCH', url: `/api/rectify/measures/${measureId}`, headers: { cookie: office }, payload: { dueOn: '2000-01-01' } });
    expect(patch.json().code).toBe('rectify.dates_invalid');
  });

  it('refuses evidence that is not what it claims, and keeps nothing of that report', async () => {
    const before = [await count('rectify_evidence'), await count('rectify_measure_events'), await count('audit_log')];
    const bad = multipart({ text: '附整改照片' }, [{ name: '整改照片.jpg', data: Buffer.from('<html><script>alert(1)</script></html>') }, { name: 'ok.png', data: photoPng() }]);
    const res = await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${measureId}/progress`, payload: bad.payload, headers: { ...bad.headers, cookie: liaison } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'rectify.evidence_type', message: '佐证材料「整改照片.jpg」不是图片、PDF、Word 或 Excel 文件（按文件内容判断）' });
    expect([await count('rectify_evidence'), await count('rectify_measure_events'), await count('audit_log')]).toEqual(before);
    const m = await d.db.selectFrom('rectify_measures').select(['status', 'last_progress']).where('id', '=', measureId).executeTakeFirstOrThrow();
    expect(m).toEqual({ status: 'not_started', last_progress: '' });
    const empty = await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${measureId}/progress`, headers: { cookie: liaison }, payload: { text: '  ' } });
    expect(empty.json().code).toBe('rectify.progress_empty');
  });

  it('lets only the office or the unit’s supervision group close a measure out', async () => {
    await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${measureId}/progress`, headers: { cookie: liaison }, payload: { text: '已开展专项检查', requestVerification: true } });
    const byOwner = await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${measureId}/verify`, headers: { cookie: liaison, 'accept-language': 'en' }, payload: { approved: true } });
    expect(byOwner.statusCode).toBe(403);
    expect(byOwner.json()).toEqual({ code: 'rectify.verify_forbidden', message: 'Only the campaign office or the supervision group for this unit may verify and close out a measure' });
    const refused = await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${measureId}/verify`, headers: { cookie: supervisor }, payload: { approved: false, note: '佐证不足' } });
    expect(refused.json().measure.status).toBe('in_progress');
    const again = await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${measureId}/verify`, headers: { cookie: supervisor }, payload: { approved: false } });
    expect(again.json()).toMatchObject({ code: 'rectify.refuse_invalid', message: '只有待销号或已销号的整改措施可以退回或重新打开（当前：整改中）' });
    const ok = await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${measureId}/verify`, headers: { cookie: supervisor }, payload: { approved: true } });
    expect(ok.json().measure).toMatchObject({ status: 'verified', verifiedBy: '测试supervision_group_member' });
    const progressAfter = await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${measureId}/progress`, headers: { cookie: liaison }, payload: { text: '补充' } });
    expect(progressAfter.json().code).toBe('rectify.transition_invalid');
  });

  it('cuts a flood of ratings from one client', async () => {
    await publishDisclosure(d.db, SYSTEM_ACTOR, problemId);
    const codes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await h.app.inject({ method: 'POST', url: `/api/portal/rectify/measures/${measureId}/ratings`, remoteAddress: '203.0.113.9', payload: { rating: 'dissatisfied' } });
      codes.push(r.statusCode);
    }
    expect(codes[0]).toBe(201);
    expect(codes.slice(1, 5)).toEqual([409, 409, 409, 409]);
    expect(codes.at(-1)).toBe(429);
    const tally = await d.db.selectFrom('rectify_rating_tallies').selectAll().where('measure_id', '=', measureId).execute();
    expect(tally.map((x) => x.dissatisfied)).toEqual([1]);
    const invalid = await h.app.inject({ method: 'POST', url: `/api/portal/rectify/measures/${measureId}/ratings`, remoteAddress: '203.0.113.10', payload: { rating: 'great' } });
    expect(invalid.statusCode).toBe(400);
  });

  it('creates a problem from opinions all or nothing', async () => {
    const ok = (await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.townA.id, channel: 'web', body: '干部上班时间玩手机', targetKind: 'unit', anonymous: true })).opinion.id;
    const closed = (await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.townA.id, channel: 'web', body: '已办结的意见', targetKind: 'unit', anonymous: true })).opinion.id;
    await transitionOpinion(d.db, SYSTEM_ACTOR, closed, { to: 'closed' });
    const problems = await count('rectify_problems');
    const res = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/rectify/problems`, headers: { cookie: office }, payload: { orgId: t.townA.id, source: 'public', wind: 'hedonism', description: '纪律松弛', targetKind: 'unit', opinionIds: [ok, closed] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('opinion.transition_invalid');
    expect(await count('rectify_problems')).toBe(problems);
    expect((await d.db.selectFrom('opinions').select('status').where('id', '=', ok).executeTakeFirstOrThrow()).status).toBe('received');

    const other = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyA.id, name: '区活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const foreign = (await submitOpinion(d.db, { campaignId: other.id, orgId: t.townA.id, channel: 'web', body: '另一次活动的意见', targetKind: 'unit', anonymous: true })).opinion.id;
    const wrong = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/rectify/problems`, headers: { cookie: office }, payload: { orgId: t.townA.id, source: 'public', wind: 'other', description: '混入', targetKind: 'unit', opinionIds: [foreign] } });
    expect(wrong.json().code).toBe('rectify.opinion_invalid');
    const member = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/rectify/problems`, headers: { cookie: office }, payload: { orgId: t.townA.id, source: 'mutual_help', wind: 'other', description: '个人问题', targetKind: 'member' } });
    expect(member.json().code).toBe('rectify.member_required');
    const outside = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/rectify/problems`, headers: { cookie: office }, payload: { orgId: t.townB.id, source: 'public', wind: 'other', description: '别的区', targetKind: 'unit' } });
    expect(outside.statusCode).toBe(403);
  });

  it('deletes a problem or measure entered by mistake, but never one that is part of the record', async () => {
    const mk = async (description: string) => (await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/rectify/problems`, headers: { cookie: office }, payload: { orgId: t.townA.id, source: 'self_found', wind: 'formalism', description, targetKind: 'unit', severity: 1 } })).json().problem.id as string;
    const del = (url: string, lang = 'zh-CN', cookie = office) => h.app.inject({ method: 'DELETE', url, headers: { cookie, 'accept-language': lang } });
    const pid = await mk('误登记：重复录入');
    const blank = (await h.app.inject({ method: 'POST', url: `/api/rectify/problems/${pid}/measures`, headers: { cookie: office }, payload: good() })).json().measure.id as string;
    const worked = (await h.app.inject({ method: 'POST', url: `/api/rectify/problems/${pid}/measures`, headers: { cookie: office }, payload: good() })).json().measure.id as string;
    await h.app.inject({ method: 'POST', url: `/api/rectify/measures/${worked}/progress`, headers: { cookie: liaison }, payload: { text: '已开始整改' } });

    // The owner reported progress: that measure stays, in the user's language.
    const refused = await del(`/api/rectify/measures/${worked}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('不能删除');
    expect((await del(`/api/rectify/measures/${worked}`, 'en')).json().message).toMatch(/close it out/);
    // Nor may the unit's liaison delete anything.
    expect((await del(`/api/rectify/measures/${blank}`, 'zh-CN', liaison)).statusCode).toBe(403);
    // The problem still has measures.
    expect((await del(`/api/rectify/problems/${pid}`)).json().code).toBe('rectify.problem_in_use_measures');

    expect(await d.db.selectFrom('user_notifications').select('id').where('target_id', '=', blank).executeTakeFirst()).toBeDefined();
    const audits = await count('audit_log');
    expect((await del(`/api/rectify/measures/${blank}`)).statusCode).toBe(200);
    expect(await d.db.selectFrom('rectify_measures').select('id').where('id', '=', blank).executeTakeFirst()).toBeUndefined();
    expect(await d.db.selectFrom('rectify_measure_events').select('id').where('measure_id', '=', blank).executeTakeFirst()).toBeUndefined();
    expect(await d.db.selectFrom('rectify_measures').select('id').where('id', '=', worked).executeTakeFirst()).toBeDefined();
    expect(await d.db.selectFrom('user_notifications').select('id').where('target_id', '=', blank).executeTakeFirst()).toBeUndefined();
    expect(await d.db.selectFrom('user_notifications').select('id').where('target_id', '=', worked).executeTakeFirst()).toBeDefined();
    expect(await count('audit_log')).toBe(audits + 1);
    expect((await del(`/api/rectify/measures/${blank}`)).statusCode).toBe(404);

    // A problem on its own goes; a disclosed one stays.
    const alone = await mk('误登记：单位选错');
    expect((await del(`/api/rectify/problems/${alone}`)).statusCode).toBe(200);
    expect(await d.db.selectFrom('rectify_problems').select('id').where('id', '=', alone).executeTakeFirst()).toBeUndefined();
    const shown = await mk('已公示的问题');
    await publishDisclosure(d.db, SYSTEM_ACTOR, shown);
    expect((await del(`/api/rectify/problems/${shown}`)).json().code).toBe('rectify.problem_in_use_disclosure');
  });
});
