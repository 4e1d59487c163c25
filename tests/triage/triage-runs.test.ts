import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { submitOpinion } from '../../src/modules/opinions/commands.js';
import { forgetIndexes } from '../../src/modules/triage/arrival.js';
import { abandonStaleRuns, executeRun, nextShare, RUN_HEARTBEAT_MS, RUN_STALE_AFTER_MS, startRun } from '../../src/modules/triage/runs.js';
import { createUser, grantRole } from '../../src/modules/people/commands.js';
import { backfillRunOrgs } from '../../src/db/migrations/20261205-0010-run-org.js';
import * as runHeartbeat from '../../src/db/migrations/20261205-0011-run-heartbeat.js';
import { Preparers, prepareHere } from '../../src/modules/triage/preparers.js';
import type { CampaignTable } from '../../src/db/schema.js';
import type { Kysely } from 'kysely';

// Backlog runs and arrival-time placement: opinions stored before the first pass (no masked
// text, no signature, no cluster) are brought up to date, staff decisions are left alone, and
// progress is visible while and after it runs.

describe.each(databaseKinds)('triage runs on %s', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let campaign: CampaignTable;
  let office: string;
  let ids: string[] = [];

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '分拣运行测试', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'office.runs' });
    office = await loginAs(h.app, 'office.runs', TEST_PASSWORD);
    const texts = [
      `${t.townA.name}办事窗口门难进、脸难看，办个证要跑五趟。我是王建国，电话13912345678。`,
      `${t.townA.name}办事窗口门难进脸难看，办证跑了五趟，请领导重视。`,
      '有的干部上班时间打牌、玩手机，工作日中午饮酒。',
      '希望多修几条路，方便群众出行。',
    ];
    for (const body of texts) ids.push((await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.villageA.id, channel: 'web', body, targetKind: 'unit', anonymous: true })).opinion.id);
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  const row = (id: string) => d.db.selectFrom('opinions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('places each arrival in its duplicate cluster and suggests the unit its text names', async () => {
    const [a, b, c] = await Promise.all(ids.slice(0, 3).map(row));
    expect(b.cluster_id).toBe(a.id);
    expect(c.cluster_id).toBe(c.id);
    expect(a.suggested_org_id).toBe(t.townA.id); // named in the text, though the submitter chose the village
    expect(c.suggested_org_id).toBe(t.villageA.id); // names no unit: the submitter's choice stands
    expect(a.body_redacted).not.toContain('13912345678');
    expect(a.signature?.byteLength).toBeGreaterThan(256); // signature and issue terms
  });

  it('brings opinions stored before the first pass up to date, leaves staff decisions alone, and shows progress', async () => {
    // As if stored by an older version: verbatim "masked" text, no signature, no cluster.
    await d.db.updateTable('opinions').set((eb) => ({ body_redacted: eb.ref('body'), signature: null, cluster_id: null, suggested_category: null, suggested_org_id: null }))
      .where('campaign_id', '=', campaign.id).execute();
    await d.db.updateTable('opinions').set({ category: 'other', status: 'triaged' }).where('id', '=', ids[2]).execute(); // staff decided
    forgetIndexes(); // a restarted server

    const started = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/triage/runs`, headers: { cookie: office }, payload: {} });
    expect(started.statusCode).toBe(202);
    const runId = started.json().run.id as string;
    expect(started.json().run).toMatchObject({ status: 'running', total: 4 });

    let run: { status: string; done: number; total: number; failed: number } = started.json().run;
    for (let i = 0; i < 100 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = (await h.app.inject({ url: `/api/triage/runs/${runId}`, headers: { cookie: office } })).json().run;
    }
    expect(run).toMatchObject({ status: 'done', done: 4, total: 4, failed: 0 });

    const [a, b, c, dRow] = await Promise.all(ids.map(row));
    expect(a.body_redacted).not.toContain('13912345678');
    expect(a.body_redacted).not.toContain('王建国');
    expect(a.body).toContain('13912345678'); // the original is never altered
    expect(b.cluster_id).toBe(a.cluster_id);
    expect(dRow.cluster_id).toBe(dRow.id);
    expect(a.suggested_category).toBe('bureaucratism');
    expect(a.suggested_org_id).toBe(t.townA.id);
    expect(c).toMatchObject({ category: 'other', status: 'triaged' }); // staff's decision stands
    expect(c.suggested_category).toBe('hedonism'); // the machine's suggestion is refreshed beside it

    const list = await h.app.inject({ url: `/api/campaigns/${campaign.id}/triage/runs`, headers: { cookie: office } });
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(runId);
    // the run covered the campaign's top unit, and says so
    expect(list.json().items.find((r: { id: string }) => r.id === runId).org).toEqual({ id: t.city.id, name: t.city.name });
  });

  // The console starts a run for a unit the list offers (RunsPanel): a user's right comes from a
  // role held at some unit, which need not be the unit they belong to.
  it('keeps the unit staff routed an opinion to: neither accepting the first pass nor a later run moves it back to the unit its text names', async () => {
    const body = `${t.townA.name}的干部上班时间打牌、玩手机，群众找不到人，反映多次没人管。`;
    const { opinion: o } = await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.villageA.id, channel: 'web', body, targetKind: 'unit', anonymous: true });
    expect((await row(o.id)).suggested_org_id).toBe(t.townA.id); // the text names the town
    const triage = (payload: object) => h.app.inject({ method: 'POST', url: `/api/opinions/${o.id}/triage`, headers: { cookie: office }, payload });
    const routed = await triage({ orgId: t.villageB.id });
    expect(routed.statusCode, routed.body).toBe(200);
    expect(await row(o.id)).toMatchObject({ org_id: t.villageB.id, suggested_org_id: t.villageB.id, status: 'received' });
    expect((await row(o.id)).routed_at).toBeTruthy();
    const accepted = await triage({ accept: true });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await row(o.id)).toMatchObject({ org_id: t.villageB.id, org_path: t.villageB.path, status: 'triaged' });

    // A backlog run reads the text again: it names the town still, and suggests no unit but the one staff chose.
    const started = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/triage/runs`, headers: { cookie: office }, payload: {} });
    expect(started.statusCode, started.body).toBe(202);
    let run: { status: string } = started.json().run;
    for (let i = 0; i < 200 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = (await h.app.inject({ url: `/api/triage/runs/${started.json().run.id}`, headers: { cookie: office } })).json().run;
    }
    expect(run.status).toBe('done');
    expect(await row(o.id)).toMatchObject({ org_id: t.villageB.id, suggested_org_id: t.villageB.id });
    // An opinion no one routed still takes the unit its text names when accepted.
    const { opinion: p } = await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.villageA.id, channel: 'web', body, targetKind: 'unit', anonymous: true });
    const acceptedP = await h.app.inject({ method: 'POST', url: `/api/opinions/${p.id}/triage`, headers: { cookie: office }, payload: { accept: true } });
    expect(acceptedP.statusCode, acceptedP.body).toBe(200);
    expect(await row(p.id)).toMatchObject({ org_id: t.townA.id, routed_at: null });
  });

  it("offers the units of the caller's roles, accepts a run for each, refuses the user's own unit where no role is held, and names each run's unit", async () => {
    const user = await createUser(d.db, SYSTEM_ACTOR, { username: 'runs.elsewhere', name: '借调干部', orgId: t.countyB.id, password: TEST_PASSWORD });
    await grantRole(d.db, SYSTEM_ACTOR, user.id, { role: 'campaign_office', orgId: t.countyA.id, supervisionGroupId: null });
    const cookie = await loginAs(h.app, 'runs.elsewhere', TEST_PASSWORD);
    const list = async (c = cookie) => (await h.app.inject({ url: `/api/campaigns/${campaign.id}/triage/runs`, headers: { cookie: c } })).json();
    const start = (orgId: string) => h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/triage/runs`, headers: { cookie }, payload: { orgId } });

    expect((await list()).startOrgs).toEqual([{ id: t.countyA.id, name: t.countyA.name, subtree: true }]);
    // the user's own unit (what the console asked for before): no role there
    expect((await start(t.countyB.id)).statusCode).toBe(403);
    const started = await start(t.countyA.id);
    expect(started.statusCode).toBe(202);
    expect(started.json().run.org).toEqual({ id: t.countyA.id, name: t.countyA.name });
    const runId = started.json().run.id as string;
    let run = started.json().run as { status: string; org: unknown };
    for (let i = 0; i < 100 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = (await h.app.inject({ url: `/api/triage/runs/${runId}`, headers: { cookie } })).json().run;
    }
    expect(run).toMatchObject({ status: 'done', org: { id: t.countyA.id, name: t.countyA.name } });
    expect((await list()).items[0]).toMatchObject({ id: runId, org: { id: t.countyA.id, name: t.countyA.name } });

    // several roles: each unit, highest first; one under another is covered by it
    await grantRole(d.db, SYSTEM_ACTOR, user.id, { role: 'unit_liaison', orgId: t.villageB.id, supervisionGroupId: null });
    await grantRole(d.db, SYSTEM_ACTOR, user.id, { role: 'campaign_office', orgId: t.townA.id, supervisionGroupId: null });
    const again = await loginAs(h.app, 'runs.elsewhere', TEST_PASSWORD);
    expect((await list(again)).startOrgs.map((o: { id: string; subtree: boolean }) => [o.id, o.subtree])).toEqual([[t.countyA.id, true], [t.villageB.id, false]]);
    // the city office: the whole campaign
    expect((await list(office)).startOrgs).toEqual([{ id: t.city.id, name: t.city.name, subtree: true }]);
  });

  it("runs over a unit liaison's own unit only, not the units below it that their role does not reach", async () => {
    const camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '联络员重新分拣', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const put = async (orgId: string, body: string) => (await submitOpinion(d.db, { campaignId: camp.id, orgId, channel: 'web', body, targetKind: 'unit', anonymous: true })).opinion.id;
    const own = await put(t.townA.id, '镇里的便民窗口中午关门，群众办事要等到下午。');
    const below = await put(t.villageA.id, '村里的路灯坏了半年没人修。');
    await d.db.updateTable('opinions').set({ suggested_category: null }).where('campaign_id', '=', camp.id).execute();
    await userWithRole(d.db, 'unit_liaison', t.townA, { username: 'liaison.runs' });
    const cookie = await loginAs(h.app, 'liaison.runs', TEST_PASSWORD);
    const started = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/triage/runs`, headers: { cookie }, payload: { orgId: t.townA.id } });
    expect(started.statusCode).toBe(202);
    expect(started.json().run.total).toBe(1);
    // (and the console is told so: the liaison's unit is offered as the unit alone)
    expect((await h.app.inject({ url: `/api/campaigns/${camp.id}/triage/runs`, headers: { cookie } })).json().startOrgs).toEqual([{ id: t.townA.id, name: t.townA.name, subtree: false }]);
    let run = started.json().run as { id: string; status: string; done: number };
    for (let i = 0; i < 100 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = (await h.app.inject({ url: `/api/triage/runs/${run.id}`, headers: { cookie } })).json().run;
    }
    expect(run).toMatchObject({ status: 'done', done: 1 });
    expect((await row(own)).suggested_category).not.toBeNull();
    expect((await row(below)).suggested_category).toBeNull(); // the village's opinion is not the liaison's to re-run
    // The district office's run of the same unit covers its subtree.
    const byOffice = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/triage/runs`, headers: { cookie: office }, payload: { orgId: t.townA.id } });
    expect(byOffice.json().run.total).toBe(2);
    const finish = async (started: { id: string; status: string }) => {
      for (let i = 0, r = started; i < 100 && r.status === 'running'; i++) {
        await new Promise((res) => setTimeout(res, 50));
        r = (await h.app.inject({ url: `/api/triage/runs/${r.id}`, headers: { cookie: office } })).json().run;
      }
    };
    await finish(byOffice.json().run);
    // Another district's run is the office's to see, not the liaison's (neither its unit nor its count).
    const elsewhere = (await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/triage/runs`, headers: { cookie: office }, payload: { orgId: t.countyB.id } })).json().run;
    await finish(elsewhere);
    const listed = async (c: string) => (await h.app.inject({ url: `/api/campaigns/${camp.id}/triage/runs`, headers: { cookie: c } })).json().items.map((r: { id: string }) => r.id);
    expect(await listed(office)).toContain(elsewhere.id);
    expect(await listed(cookie)).not.toContain(elsewhere.id);
    expect(await listed(cookie)).toContain(byOffice.json().run.id); // the run over the liaison's own unit
    // …by its status alone: its counts take in the village below, which is not the liaison's to count (review: a liaison was
    // shown the city's run of 20,078). Their own run keeps its counts; the office sees every count.
    const seen = async (c: string, id: string) => (await h.app.inject({ url: `/api/campaigns/${camp.id}/triage/runs`, headers: { cookie: c } })).json().items.find((r: { id: string }) => r.id === id);
    expect(await seen(cookie, byOffice.json().run.id)).toMatchObject({ status: 'done', total: null, done: null, failed: null, errors: [] });
    expect((await h.app.inject({ url: `/api/triage/runs/${byOffice.json().run.id}`, headers: { cookie } })).json().run).toMatchObject({ total: null, done: null });
    expect(await seen(cookie, run.id)).toMatchObject({ total: 1, done: 1 });
    expect(await seen(office, byOffice.json().run.id)).toMatchObject({ total: 2, done: 2 });
  });

  it('names the unit of runs recorded before units were kept, from their audit entries', async () => {
    const scope = { regionId: campaign.region_id, campaignId: campaign.id, campaignPath: t.city.path, orgPath: t.townA.path };
    const run = await executeRun(d.db, await startRun(d.db, SYSTEM_ACTOR, scope), scope);
    expect(run.org_id).toBe(t.townA.id);
    await d.db.updateTable('triage_runs').set({ org_id: null }).where('id', '=', run.id).execute();
    expect(await backfillRunOrgs(d.db)).toBeGreaterThanOrEqual(1);
    expect((await d.db.selectFrom('triage_runs').select('org_id').where('id', '=', run.id).executeTakeFirstOrThrow()).org_id).toBe(t.townA.id);
    const listed = (await h.app.inject({ url: `/api/campaigns/${campaign.id}/triage/runs`, headers: { cookie: office } })).json().items;
    expect(listed.find((r: { id: string }) => r.id === run.id).org).toEqual({ id: t.townA.id, name: t.townA.name });
  });

  it('keeps the clusters an opinion it places joins (a bridge), also for opinions it passes later in the chunk', async () => {
    // A and B each tell half of one depot's night shift (two clusters); C, stored before the first
    // pass and first in the run's order, tells both and joins them.
    const camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '调度室', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const put = async (body: string) => (await submitOpinion(d.db, { campaignId: camp.id, orgId: t.townA.id, channel: 'web', body, targetKind: 'unit', anonymous: true })).opinion;
    const a = await put('北站停车场调度室夜里值班的人喝酒打牌，早上6路头班车经常晚点。');
    const b = await put('雁鸣镇北站调度员凌晨还在打麻将，司机领车要叫半天才醒。');
    expect(b.cluster_id).toBe(b.id);
    const stored = await row(a.id);
    const c = { ...stored, id: '0000000000', body: '雁鸣镇北站停车场的调度室，夜班几个人喝酒打麻将到凌晨，6路头班车经常晚二十分钟发车，司机领车叫半天才醒。', cluster_id: null, signature: null, receipt_hash: null };
    await d.db.insertInto('opinions').values(c).execute();
    forgetIndexes();
    const scope = { regionId: camp.region_id, campaignId: camp.id, campaignPath: t.city.path, orgPath: t.city.path };
    const run = await executeRun(d.db, await startRun(d.db, SYSTEM_ACTOR, scope), scope);
    expect(run).toMatchObject({ status: 'done', done: 3, failed: 0 });
    expect([(await row(a.id)).cluster_id, (await row(b.id)).cluster_id, (await row(c.id)).cluster_id]).toEqual([a.id, a.id, a.id]);
  });

  /** A run over the whole campaign from opinions never analysed (masks, suggestions and clusters cleared, no index
   * in memory), with `pool` as its preparers; it must end done with `done` opinions and no failure. */
  const runAfresh = async (camp: CampaignTable, pool: Preparers | null, done: number) => {
    const scope = { regionId: camp.region_id, campaignId: camp.id, campaignPath: t.city.path, orgPath: t.city.path };
    await d.db.updateTable('opinions').set((eb) => ({ body_redacted: eb.ref('body'), signature: null, cluster_id: null, suggested_category: null, suggested_org_id: null }))
      .where('campaign_id', '=', camp.id).execute();
    forgetIndexes();
    const run = await executeRun(d.db, await startRun(d.db, SYSTEM_ACTOR, scope), scope, undefined, pool);
    expect(run).toMatchObject({ status: 'done', done, failed: 0 });
  };

  it('gives the same masks, suggestions, clusters and units with preparer processes as without', async () => {
    const camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '预处理进程', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const bodies = [
      `${t.townA.name}办事窗口门难进、脸难看，办个证要跑五趟。我是李秀英，电话13812345678。`,
      `${t.townA.name}办事窗口脸难看，办证跑了五趟。`,
      '有的幹部上班時間打牌、玩手機，工作日中午飲酒。',
      '希望多修几条路，方便群众出行。住幸福小区3栋2单元501室。',
      '会议太多，文件太多，检查考核太多，基层疲于应付。',
    ];
    for (let i = 0; i < 40; i++) {
      await submitOpinion(d.db, { campaignId: camp.id, orgId: t.villageA.id, channel: 'web', body: `${bodies[i % bodies.length]}${i % 2 ? `（第${i}次）` : ''}`, targetKind: 'unit', anonymous: true });
    }
    const columns = ['id', 'body_redacted', 'suggested_category', 'suggestion_confidence', 'suggestion_terms', 'signature', 'cluster_id', 'suggested_org_id'] as const;
    const runWith = async (pool: Preparers | null) => {
      await runAfresh(camp, pool, 40);
      return (await d.db.selectFrom('opinions').select([...columns]).where('campaign_id', '=', camp.id).orderBy('id').execute())
        .map((r) => ({ ...r, signature: r.signature ? Buffer.from(r.signature).toString('hex') : null }));
    };
    const pool = new Preparers(1);
    try {
      const prepared = await runWith(pool);
      expect(pool.pids).toHaveLength(1); // the preparer did the work
      const here = await runWith(null);
      expect(prepared).toEqual(here);
      expect(prepared[0].body_redacted).not.toContain('13812345678');
      expect(new Set(prepared.map((r) => r.cluster_id)).size).toBeLessThan(prepared.length);
    } finally {
      await pool.close();
    }
  });

  it('gives the preparers a batch less of each chunk when their answer was late, a batch more when it was in time, with the same results', async () => {
    // A pool (here, not in a process) whose first answer comes a second late: the run reads the first chunk's rows
    // and finds it not back, so it sends the next chunk's first 400 texts only and analyses the other 100 itself.
    // Its later answers are back at once (in time), so the third chunk goes whole again.
    class LatePreparers extends Preparers {
      asked: number[] = [];
      override async prepare(texts: string[]) {
        this.asked.push(texts.length);
        if (this.asked.length === 1) await new Promise((r) => setTimeout(r, 1000));
        return prepareHere(texts);
      }
    }
    const camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '预处理分担', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const first = (await submitOpinion(d.db, { campaignId: camp.id, orgId: t.villageA.id, channel: 'web', body: '村里的路灯坏了半年没人修。', targetKind: 'unit', anonymous: true })).opinion;
    const template = await row(first.id);
    const topics = ['路灯坏了半年没人修', '办证跑了五趟', '干部上班打牌', '会议太多文件太多', '公车私用接孩子', '食堂超标接待'];
    const rows = Array.from({ length: 1599 }, (_, i) => ({ ...template, id: `${first.id}-${String(i).padStart(4, '0')}`, body: `第${i % 37}组反映${t.townA.name}${topics[i % topics.length]}，电话1391234${String(i).padStart(4, '0')}。`, cluster_id: null, signature: null, receipt_hash: null }));
    for (let i = 0; i < rows.length; i += 100) await d.db.insertInto('opinions').values(rows.slice(i, i + 100)).execute();
    const columns = ['id', 'body_redacted', 'suggested_category', 'suggestion_confidence', 'suggestion_terms', 'signature', 'cluster_id', 'suggested_org_id'] as const;
    const runWith = async (pool: Preparers | null) => {
      await runAfresh(camp, pool, 1600);
      return d.db.selectFrom('opinions').select([...columns]).where('campaign_id', '=', camp.id).orderBy('id').execute();
    };
    const late = new LatePreparers(1);
    const shared = await runWith(late);
    expect(late.asked).toEqual([500, 400, 500, 100]);
    expect(shared).toEqual(await runWith(null));
    expect(shared.every((r) => !r.body_redacted!.includes('1391234'))).toBe(true);
    expect(shared.some((r) => r.suggested_org_id === t.townA.id)).toBe(true);
  }, 60_000);

  it('rewrites fingerprints stored in an older layout when a process loads the campaign', async () => {
    const { fingerprintFromBytes } = await import('../../src/modules/triage/duplicates.js');
    const current = Buffer.from((await row(ids[0])).signature!);
    expect(fingerprintFromBytes(current)).not.toBeNull();
    // As stored by an older version: the layout byte after the 64 × u32 signature differs.
    const older = Buffer.from(current);
    older[256] = older[256] - 1;
    expect(fingerprintFromBytes(older)).toBeNull();
    await d.db.updateTable('opinions').set({ signature: older }).where('id', '=', ids[0]).execute();
    forgetIndexes(); // a restarted server: the next arrival loads the campaign's index
    const next = (await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.villageA.id, channel: 'web', body: `${t.townA.name}办事窗口脸难看，办个证跑了五趟还没办成。`, targetKind: 'unit', anonymous: true })).opinion;
    expect(Buffer.from((await row(ids[0])).signature!).equals(current)).toBe(true);
    expect((await row(next.id)).cluster_id).toBe((await row(ids[0])).cluster_id); // placed by the recomputed one
  });

  it("learns from the queue: a wind set by staff is at once a training example of the campaign's model", async () => {
    const { campaignModel, learnedCount } = await import('../../src/modules/triage/learned.js');
    await campaignModel(d.db, campaign.region_id, campaign.id); // loaded, as after an arrival
    const before = (await learnedCount(campaign.id)) ?? 0;
    const res = await h.app.inject({ method: 'POST', url: `/api/opinions/${ids[3]}/triage`, headers: { cookie: office }, payload: { wind: 'other' } });
    expect(res.statusCode).toBe(200);
    expect(await learnedCount(campaign.id)).toBe(before + 1);
  });

  it('runs one backlog run of a campaign at a time, however many start together', async () => {
    const start = () => h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/triage/runs`, headers: { cookie: office }, payload: {} });
    // (Enough opinions that the first run is still going when the other two starts reach the database: a run of a few
    // opinions can finish between two starts, and a start after a finished run rightly succeeds.)
    for (let i = 0; i < 300; i++) await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.villageA.id, channel: 'web', body: `${t.townA.name}的窗口第${i}次让我补材料，跑了${(i % 7) + 2}趟。`, targetKind: 'unit', anonymous: true });
    const answers = await Promise.all([start(), start(), start()]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([202, 409, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expect(refused.json()).toMatchObject({ code: 'triage.run_running' });
    expect(refused.json().message).toContain('正在进行');
    const runId = answers.find((a) => a.statusCode === 202)!.json().run.id as string;
    let run = { status: 'running' };
    for (let i = 0; i < 100 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = (await h.app.inject({ url: `/api/triage/runs/${runId}`, headers: { cookie: office } })).json().run;
    }
    expect(run.status).toBe('done');
    // The database itself holds one running row per campaign, whichever process writes it.
    const row = { region_id: campaign.region_id, campaign_id: campaign.id, status: 'running', total: 0, done: 0, failed: 0, errors: null, started_by: 'system', started_at: new Date().toISOString(), finished_at: null };
    await d.db.insertInto('triage_runs').values({ ...row, id: 'runonerunx' }).execute();
    await expect(d.db.insertInto('triage_runs').values({ ...row, id: 'runtworunx' }).execute()).rejects.toThrow();
    await d.db.updateTable('triage_runs').set({ status: 'failed' }).where('id', '=', 'runonerunx').execute();
    const next = await start();
    expect(next.statusCode).toBe(202);
    for (let i = 0; i < 100 && (await h.app.inject({ url: `/api/triage/runs/${next.json().run.id}`, headers: { cookie: office } })).json().run.status === 'running'; i++) await new Promise((r) => setTimeout(r, 50));
  });

  // A run whose process died: its heartbeat stops. Another process (PostgreSQL) or a restart must not wait an hour.
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
  const leftRunning = async (camp: CampaignTable, id: string, heartbeatAt: string | null, startedAt = heartbeatAt ?? ago(0)) => {
    await d.db.insertInto('triage_runs').values({
      region_id: camp.region_id, id, campaign_id: camp.id, status: 'running', total: 4, done: 1, failed: 0, errors: null,
      started_by: 'system', started_at: startedAt, finished_at: null, org_id: null, heartbeat_at: heartbeatAt,
    }).execute();
  };
  const stored = (id: string) => d.db.selectFrom('triage_runs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const newCampaign = (name: string) => createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name, batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
  const startFor = (camp: CampaignTable) => h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/triage/runs`, headers: { cookie: office }, payload: {} });
  const awaitEnd = async (runId: string) => {
    for (let i = 0; i < 100 && (await stored(runId)).status === 'running'; i++) await new Promise((r) => setTimeout(r, 50));
  };
  const interrupted = [{ id: '', message: 'interrupted: the server stopped during the run' }];

  it('fails a run whose heartbeat is stale at start-up, keeps one whose heartbeat is fresh', async () => {
    const [a, b, c, e] = await Promise.all(['心跳甲', '心跳乙', '心跳丙', '心跳丁'].map(newCampaign));
    await leftRunning(a, 'hbstaleaaa', ago(RUN_STALE_AFTER_MS + 60_000), ago(10 * 60_000)); // started 10 minutes ago, silent for 3
    await leftRunning(b, 'hbfreshbbb', ago(20_000), ago(50 * 60_000)); // started 50 minutes ago, beating
    await leftRunning(c, 'hbnobeatcc', null, ago(10 * 60_000)); // from a process of the version before heartbeats
    await leftRunning(e, 'hbnobeatee', null, ago(2 * 60 * 60_000)); // ... that stopped two hours ago
    // The start-up of a server sharing PostgreSQL (server.ts): by the heartbeat's age.
    expect(await abandonStaleRuns(d.db, RUN_STALE_AFTER_MS)).toBe(2);
    expect(await stored('hbstaleaaa')).toMatchObject({ status: 'failed', done: 1, errors: JSON.stringify(interrupted) });
    expect((await stored('hbstaleaaa')).finished_at).not.toBeNull();
    expect(await stored('hbfreshbbb')).toMatchObject({ status: 'running', finished_at: null });
    expect((await stored('hbnobeatcc')).status).toBe('running');
    expect((await stored('hbnobeatee')).status).toBe('failed');
    await d.db.updateTable('triage_runs').set({ status: 'failed' }).where('id', 'in', ['hbfreshbbb', 'hbnobeatcc']).execute();
  });

  it('fails the stale run of a campaign when a run is started, and starts it; a fresh one still refuses with 409', async () => {
    const camp = await newCampaign('心跳重启');
    await submitOpinion(d.db, { campaignId: camp.id, orgId: t.villageA.id, channel: 'web', body: '希望多修几条路，方便群众出行。', targetKind: 'unit', anonymous: true });
    await leftRunning(camp, 'hbcrashedq', ago(RUN_STALE_AFTER_MS + 1_000));
    const started = await startFor(camp);
    expect(started.statusCode).toBe(202);
    expect(await stored('hbcrashedq')).toMatchObject({ status: 'failed', errors: JSON.stringify(interrupted) });
    await awaitEnd(started.json().run.id);
    expect((await stored(started.json().run.id)).status).toBe('done');

    // A run another process executes (its heartbeat fresh) is the campaign's one run: refused, and left alone.
    await leftRunning(camp, 'hbalivevvv', ago(RUN_STALE_AFTER_MS - 30_000));
    const refused = await startFor(camp);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'triage.run_running' });
    const listed = (await h.app.inject({ url: `/api/campaigns/${camp.id}/triage/runs`, headers: { cookie: office } })).json().items;
    expect(listed.find((r: { id: string }) => r.id === 'hbalivevvv')).toMatchObject({ status: 'running' });
    expect((await h.app.inject({ url: '/api/triage/runs/hbalivevvv', headers: { cookie: office } })).json().run).toMatchObject({ status: 'running', finishedAt: null });
    expect((await stored('hbalivevvv')).status).toBe('running');

    // Its process stops: once the heartbeat is stale, starts that race each other let one run in.
    await d.db.updateTable('triage_runs').set({ heartbeat_at: ago(RUN_STALE_AFTER_MS + 1_000) }).where('id', '=', 'hbalivevvv').execute();
    const answers = await Promise.all([startFor(camp), startFor(camp), startFor(camp)]);
    expect((await stored('hbalivevvv')).status).toBe('failed');
    // One run at a time: the others refused with 409 — or let in only after the first had ended (a run of one opinion
    // can end within the other requests' time, which is not a second run at once).
    const codes = answers.map((a) => a.statusCode);
    expect(codes.every((c) => c === 202 || c === 409)).toBe(true);
    const accepted = answers.filter((a) => a.statusCode === 202).map((a) => a.json().run.id as string);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    for (const id of accepted) await awaitEnd(id);
    const ran = (await Promise.all(accepted.map(stored))).sort((x, y) => x.started_at.localeCompare(y.started_at));
    for (let i = 1; i < ran.length; i++) expect(ran[i]!.started_at >= ran[i - 1]!.finished_at!).toBe(true);
    for (const a of answers.filter((x) => x.statusCode === 409)) expect(a.json()).toMatchObject({ code: 'triage.run_running' });
    const runs = await d.db.selectFrom('triage_runs').select('id').where('campaign_id', '=', camp.id).orderBy('id').execute();
    expect(runs.map((r) => r.id)).toEqual([started.json().run.id, 'hbalivevvv', 'hbcrashedq', ...accepted].sort());
  });

  it('shows a run whose process stopped as failed (interrupted) when runs are listed or read, not running on', async () => {
    const [a, b] = await Promise.all(['心跳列表', '心跳进度'].map(newCampaign));
    await leftRunning(a, 'hblistedqq', ago(RUN_STALE_AFTER_MS + 1_000));
    await leftRunning(b, 'hbpolledqq', ago(RUN_STALE_AFTER_MS + 1_000));
    const listed = (await h.app.inject({ url: `/api/campaigns/${a.id}/triage/runs`, headers: { cookie: office } })).json().items;
    expect(listed.find((r: { id: string }) => r.id === 'hblistedqq')).toMatchObject({ status: 'failed', errors: interrupted, done: 1 });
    const polled = (await h.app.inject({ url: '/api/triage/runs/hbpolledqq', headers: { cookie: office } })).json().run;
    expect(polled).toMatchObject({ status: 'failed', errors: interrupted });
    expect(polled.finishedAt).not.toBeNull();
    expect((await stored('hbpolledqq')).status).toBe('failed');
  });

  // A clock that runs a second per reading: a run of 25 opinions looks like one of minutes.
  const fastClock = (from: string, step = 1_000) => {
    let at = Date.parse(from);
    return () => (at += step);
  };

  it('beats while it runs: the heartbeat advances within a slow chunk, without a write per opinion', async () => {
    const camp = await newCampaign('心跳长跑');
    for (let i = 0; i < 25; i++) {
      await submitOpinion(d.db, { campaignId: camp.id, orgId: t.villageA.id, channel: 'web', body: `会议太多，文件太多，基层疲于应付（第${i}条）。`, targetKind: 'unit', anonymous: true });
    }
    const scope = { regionId: camp.region_id, campaignId: camp.id, campaignPath: t.city.path, orgPath: t.city.path };
    const run = await startRun(d.db, SYSTEM_ACTOR, scope);
    expect(run.heartbeat_at).toBe(run.started_at);
    expect((await stored(run.id)).heartbeat_at).toBe(run.started_at);
    const seen: { done: number; heartbeat: string | null }[] = [];
    const ended = await executeRun(d.db, run, scope, async () => {
      const r = await stored(run.id);
      seen.push({ done: r.done, heartbeat: r.heartbeat_at });
    }, null, fastClock(run.started_at));
    expect(ended).toMatchObject({ status: 'done', done: 25 });
    // All 25 are one chunk (500): still committed with a heartbeat every RUN_HEARTBEAT_MS of the run's clock.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.length).toBeLessThan(10);
    expect(seen[0].done).toBeLessThan(25);
    const beats = [run.started_at, ...seen.map((s) => s.heartbeat!), (await stored(run.id)).heartbeat_at!].map(Date.parse);
    for (let k = 1; k < beats.length; k++) {
      expect(beats[k]).toBeGreaterThan(beats[k - 1]);
      expect(beats[k] - beats[k - 1]).toBeLessThanOrEqual(RUN_HEARTBEAT_MS + 2_000);
    }
    expect((await stored(run.id)).heartbeat_at).toBe((await stored(run.id)).finished_at);
  });

  it('stops without writing when another process took it for dead and marked it failed', async () => {
    const camp = await newCampaign('心跳被判停');
    const opinions: string[] = [];
    for (let i = 0; i < 25; i++) {
      opinions.push((await submitOpinion(d.db, { campaignId: camp.id, orgId: t.villageA.id, channel: 'web', body: `检查考核太多，基层疲于应付（第${i}条）。`, targetKind: 'unit', anonymous: true })).opinion.id);
    }
    await d.db.updateTable('opinions').set({ suggested_category: null }).where('campaign_id', '=', camp.id).execute();
    const scope = { regionId: camp.region_id, campaignId: camp.id, campaignPath: t.city.path, orgPath: t.city.path };
    const run = await startRun(d.db, SYSTEM_ACTOR, scope);
    let first = 0;
    const ended = await executeRun(d.db, run, scope, async (done) => {
      if (first) return;
      first = done;
      // As a process that read the run with its heartbeat stale would (abandonStaleRuns; the run's clock is ahead of this one).
      await d.db.updateTable('triage_runs').set({ status: 'failed', finished_at: ago(0), errors: JSON.stringify(interrupted) }).where('id', '=', run.id).execute();
    }, null, fastClock(run.started_at));
    expect(first).toBeLessThan(25);
    expect(ended).toMatchObject({ status: 'failed', done: first, errors: JSON.stringify(interrupted) });
    expect(await stored(run.id)).toMatchObject({ status: 'failed', done: first, errors: JSON.stringify(interrupted) });
    // The part of the chunk it was writing when it found out is undone.
    const left = await d.db.selectFrom('opinions').select('id').where('campaign_id', '=', camp.id).where('suggested_category', 'is', null).execute();
    expect(left.length).toBe(25 - first);
  });

  it('stops a run staff cancel: its work so far kept, the chunk it was writing undone, refused to those beyond its reach and once ended', async () => {
    const camp = await newCampaign('停止运行');
    for (let i = 0; i < 25; i++) {
      await submitOpinion(d.db, { campaignId: camp.id, orgId: t.villageA.id, channel: 'web', body: `陪会太多，基层干部天天坐在会场（第${i}条）。`, targetKind: 'unit', anonymous: true });
    }
    await d.db.updateTable('opinions').set({ suggested_category: null }).where('campaign_id', '=', camp.id).execute();
    const scope = { regionId: camp.region_id, campaignId: camp.id, campaignPath: t.city.path, orgPath: t.city.path };
    const run = await startRun(d.db, SYSTEM_ACTOR, scope);
    // A unit liaison's reach is their unit alone: a run over the city is not theirs to stop.
    await userWithRole(d.db, 'unit_liaison', t.villageA, { username: 'liaison.cancel' });
    const liaison = await loginAs(h.app, 'liaison.cancel', TEST_PASSWORD);
    const cancel = (cookie: string) => h.app.inject({ method: 'POST', url: `/api/triage/runs/${run.id}/cancel`, headers: { cookie }, payload: {} });
    expect((await cancel(liaison)).statusCode).toBe(403);
    let first = 0;
    const ended = await executeRun(d.db, run, scope, async (done) => {
      if (first) return;
      first = done;
      const res = await cancel(office);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().run).toMatchObject({ status: 'cancelled', done });
    }, null, fastClock(run.started_at));
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(25);
    expect(ended).toMatchObject({ status: 'cancelled', done: first });
    expect(await stored(run.id)).toMatchObject({ status: 'cancelled', done: first });
    const left = await d.db.selectFrom('opinions').select('id').where('campaign_id', '=', camp.id).where('suggested_category', 'is', null).execute();
    expect(left.length).toBe(25 - first);
    const again = await cancel(office);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'triage.run_not_running', message: '这次分拣运行已经结束，无需停止' });
    const audit = await d.db.selectFrom('audit_log').select(['action', 'after_json']).where('action', '=', 'triage.run_cancel').execute();
    expect(audit.some((a) => (a.after_json ?? '').includes(run.id))).toBe(true);
    // and a new run may start
    const next = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/triage/runs`, headers: { cookie: office }, payload: {} });
    expect(next.statusCode).toBe(202);
    let r = next.json().run as { id: string; status: string };
    for (let i = 0; i < 200 && r.status === 'running'; i++) {
      await new Promise((res) => setTimeout(res, 50));
      r = (await h.app.inject({ url: `/api/triage/runs/${r.id}`, headers: { cookie: office } })).json().run;
    }
    expect(r.status).toBe('done');
  });

  it('refuses units outside the campaign and unknown runs with clear messages', async () => {
    const other = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyA.id, name: '区级活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const res = await h.app.inject({ method: 'POST', url: `/api/campaigns/${other.id}/triage/runs`, headers: { cookie: office, 'accept-language': 'en' }, payload: { orgId: t.countyB.id } });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/organization/i);
    const missing = await h.app.inject({ url: '/api/triage/runs/0000000000', headers: { cookie: office } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toContain('分拣运行记录不存在');
  });
});

describe.each(databaseKinds)('the run heartbeat migration on %s', (kind) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await freshDatabase(kind);
  });
  afterAll(async () => {
    await d.drop();
  });

  it("gives runs recorded before a heartbeat: their end when they ended, else their start", async () => {
    const db = d.db as unknown as Kysely<any>;
    await runHeartbeat.down(db); // as before migration 0011
    const row = { region_id: 'rgnbackfil', campaign_id: 'cmpbackfil', total: 4, done: 4, failed: 0, errors: null, started_by: 'system', org_id: null };
    await db.insertInto('triage_runs').values([
      { ...row, id: 'runendedxx', status: 'done', started_at: '2026-12-01T08:00:00.000Z', finished_at: '2026-12-01T08:05:00.000Z' },
      { ...row, id: 'runleftxxx', status: 'running', started_at: '2026-12-02T09:00:00.000Z', finished_at: null },
    ]).execute();
    await runHeartbeat.up(db);
    const runs = await d.db.selectFrom('triage_runs').select(['id', 'heartbeat_at']).where('campaign_id', '=', 'cmpbackfil').orderBy('id').execute();
    expect(runs).toEqual([{ id: 'runendedxx', heartbeat_at: '2026-12-01T08:05:00.000Z' }, { id: 'runleftxxx', heartbeat_at: '2026-12-02T09:00:00.000Z' }]);
    // The run left running then is a stopped process's: the next start-up fails it by that heartbeat.
    expect(await abandonStaleRuns(d.db, RUN_STALE_AFTER_MS)).toBe(1);
    expect((await d.db.selectFrom('triage_runs').select('status').where('id', '=', 'runleftxxx').executeTakeFirstOrThrow()).status).toBe('failed');
  });
});

describe.each(databaseKinds)('learning from staff labels on %s', (kind) => {
  let d: TestDatabase;
  let t: SmallTree;
  beforeAll(async () => {
    d = await freshDatabase(kind);
    t = await smallTree(d.db);
  });
  afterAll(async () => {
    await d.drop();
  });

  it("learns a campaign's corrections for its later opinions, and only its own", async () => {
    const { campaignModel, forgetModels, learnLabel } = await import('../../src/modules/triage/learned.js');
    const mine = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '学习测试', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const other = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyA.id, name: '对照活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    // A local kind of complaint the shipped model files elsewhere: staff say it is formalism.
    const text = (n: number) => `村里的墙上刷满了宣传标语第${n}批，刷了又刷，群众说这是涂墙运动。`;
    const before = (await campaignModel(d.db, mine.region_id, mine.id)).predict(text(0));
    const wrong = before.wind === 'formalism' ? 'hedonism' : 'formalism'; // teach it something it does not say yet
    for (let i = 1; i <= 6; i++) {
      const o = (await submitOpinion(d.db, { campaignId: mine.id, orgId: t.villageA.id, channel: 'web', body: text(i), targetKind: 'unit', anonymous: true })).opinion;
      const label = { region_id: o.region_id, id: `lbl${i}`.padEnd(10, '0'), campaign_id: mine.id, opinion_id: o.id, wind: wrong, org_category_id: null, suggested: o.suggested_category, actor_id: 'tester', at: `2026-03-0${i}T00:00:00.000Z` };
      await d.db.insertInto('triage_labels').values(label).execute();
      await learnLabel(mine.id, { id: label.id, at: label.at, wind: wrong, opinionId: o.id }, o.body_redacted);
    }
    const after = await submitOpinion(d.db, { campaignId: mine.id, orgId: t.villageA.id, channel: 'web', body: text(7), targetKind: 'unit', anonymous: true });
    expect(after.opinion.suggested_category).toBe(wrong);
    // Another campaign still gets the shipped answer.
    const elsewhere = await submitOpinion(d.db, { campaignId: other.id, orgId: t.villageA.id, channel: 'web', body: text(8), targetKind: 'unit', anonymous: true });
    expect(elsewhere.opinion.suggested_category).toBe(before.wind);
    // A restarted server rebuilds the same model from the stored labels.
    forgetModels();
    expect((await campaignModel(d.db, mine.region_id, mine.id)).predict(text(9)).wind).toBe(wrong);
  });

  it('suggests for copies of one text the wind staff gave most of them, not the last correction of one copy', async () => {
    const { campaignModel, forgetModels, learnLabel } = await import('../../src/modules/triage/learned.js');
    const camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '多数决测试', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const body = '办公楼装修过于豪华';
    const first = (await campaignModel(d.db, camp.region_id, camp.id)).predict(body).wind;
    const other = first === 'bureaucratism' ? 'formalism' : 'bureaucratism';
    const copies: string[] = [];
    for (let i = 0; i < 5; i++) copies.push((await submitOpinion(d.db, { campaignId: camp.id, orgId: t.villageA.id, channel: 'web', body, targetKind: 'unit', anonymous: true })).opinion.id);
    let n = 0;
    const decide = async (opinionId: string, wind: string) => {
      n++;
      const label = { region_id: camp.region_id, id: `maj${n}`.padEnd(10, '0'), campaign_id: camp.id, opinion_id: opinionId, wind, org_category_id: null, suggested: first, actor_id: 'tester', at: `2026-04-01T00:00:${String(n).padStart(2, '0')}.000Z` };
      await d.db.insertInto('triage_labels').values(label).execute();
      await learnLabel(camp.id, { id: label.id, at: label.at, wind: wind as never, opinionId }, body);
    };
    const suggested = async () => (await campaignModel(d.db, camp.region_id, camp.id)).predict(body).wind;
    // three copies confirmed, one corrected: the confirmations stand (one correction turned every copy before)
    for (const id of copies.slice(0, 3)) await decide(id, first);
    await decide(copies[3], other);
    expect(await suggested()).toBe(first);
    // staff change their minds on two of the confirmed copies: now most say the other wind
    await decide(copies[0], other);
    await decide(copies[1], other);
    expect(await suggested()).toBe(other);
    // the same after a restart, from the stored labels
    forgetModels();
    expect(await suggested()).toBe(other);
  });
});

describe('the preparers\' share of a backlog run\'s chunk', () => {
  it('falls a batch at a time to one batch while their answers are late, and climbs back to the whole chunk', () => {
    const seen: number[] = [];
    let share = 500;
    for (let i = 0; i < 6; i++) seen.push((share = nextShare(share, false)));
    for (let i = 0; i < 6; i++) seen.push((share = nextShare(share, true)));
    expect(seen).toEqual([400, 300, 200, 100, 100, 100, 200, 300, 400, 500, 500, 500]);
  });
});
