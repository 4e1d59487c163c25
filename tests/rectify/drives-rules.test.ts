import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import type { CampaignTable } from '../../src/db/schema.js';

// Special drives roll their counters up any subtree against the baselines, rule review counts
// its decisions (seed 002: 16 kept, 4 abolished, 37 revised), and commitments are published.

describe.each(databaseKinds)('drives, rules and commitments (%s)', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let campaign: CampaignTable;
  let city: string;
  let county: string;
  let liaison: string;

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '活动', batch: 1, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'office.city' });
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'office.a' });
    await userWithRole(d.db, 'unit_liaison', t.villageA, { username: 'liaison.a' });
    city = await loginAs(h.app, 'office.city', TEST_PASSWORD);
    county = await loginAs(h.app, 'office.a', TEST_PASSWORD);
    liaison = await loginAs(h.app, 'liaison.a', TEST_PASSWORD);
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  const post = (url: string, cookie: string, payload: object) => h.app.inject({ method: 'POST', url, headers: { cookie }, payload });
  const get = (url: string, cookie: string) => h.app.inject({ url, headers: { cookie } });

  it('rolls a drive’s counters up any subtree and compares them with the baselines', async () => {
    const res = await post(`/api/campaigns/${campaign.id}/rectify/drives`, city, {
      orgId: t.city.id, name: '正风肃纪集中治理', description: '精简发文、会议、检查评比；清理办公用房',
      counters: [{ kind: 'documents_cut', baseline: 20 }, { kind: 'office_space_m2' }, { kind: 'custom', label: '压缩检查评比', unit: '项' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const drive = res.json().drive;
    const [docs, space, checks] = drive.counters;
    expect(docs).toMatchObject({ kind: 'documents_cut', label: '精简文件', unit: '件' });
    expect(checks).toMatchObject({ kind: 'custom', label: '压缩检查评比' });

    const figure = (kindOf: 'entries' | 'baselines', cookie: string, orgId: string, counterId: string, value: number) =>
      post(`/api/rectify/drives/${drive.id}/${kindOf}`, cookie, { orgId, counterId, value, onDay: '2026-09-01', note: '按月填报' });
    // Each unit's own figures: county A 100 documents last year, its township 30 and village 10.
    for (const [orgId, base, cut] of [[t.countyA.id, 100, 40], [t.townA.id, 30, 12], [t.villageA.id, 10, 2]] as const) {
      expect((await figure('baselines', county, orgId, docs.id, base)).statusCode).toBe(201);
      expect((await figure('entries', county, orgId, docs.id, cut)).statusCode).toBe(201);
    }
    // The village reports again (entries add up) and sets its baseline anew (baselines replace).
    expect((await figure('entries', liaison, t.villageA.id, docs.id, 2)).statusCode).toBe(201);
    expect((await figure('baselines', liaison, t.villageA.id, docs.id, 20)).statusCode).toBe(201);
    expect((await figure('entries', county, t.countyB.id, docs.id, 5)).statusCode).toBe(403);
    expect((await figure('entries', city, t.countyB.id, docs.id, 5)).statusCode).toBe(201);
    expect((await figure('entries', city, t.countyA.id, space.id, 1234.5)).statusCode).toBe(201);
    // The village's liaison reports only for the village.
    expect((await figure('entries', liaison, t.townA.id, docs.id, 1)).statusCode).toBe(403);

    const a = (await get(`/api/rectify/drives/${drive.id}?orgId=${t.countyA.id}`, county)).json();
    const docsA = a.counters.find((c: { id: string }) => c.id === docs.id);
    expect(docsA).toMatchObject({ value: 56, baseline: 150, changePercent: 37.3 });
    expect(a.counters.find((c: { id: string }) => c.id === space.id)).toMatchObject({ value: 1234.5, baseline: 0, changePercent: null });
    expect(a.units.map((u: { org: { name: string }; own: boolean }) => [u.org.name, u.own])).toEqual([[t.countyA.name, true], [t.townA.name, false]]);
    expect(a.units[1].counters[0]).toMatchObject({ value: 16, baseline: 50, changePercent: 32 });

    const whole = (await get(`/api/rectify/drives/${drive.id}`, city)).json();
    expect(whole.counters[0]).toMatchObject({ value: 61, baseline: 170 });
    expect(whole.units.map((u: { org: { id: string } }) => u.org.id).sort()).toEqual([t.city.id, t.countyA.id, t.countyB.id].sort());

    // The village sees its own figures; the whole drive is above it.
    expect((await get(`/api/rectify/drives/${drive.id}?orgId=${t.villageA.id}`, liaison)).json().counters[0]).toMatchObject({ value: 4, baseline: 20, changePercent: 20 });
    expect((await get(`/api/rectify/drives/${drive.id}`, liaison)).statusCode).toBe(403);
    expect((await get(`/api/campaigns/${campaign.id}/rectify/drives`, liaison)).json().items.map((x: { id: string }) => x.id)).toEqual([drive.id]);

    const wrongCounter = await figure('entries', city, t.countyA.id, t.city.id, 1);
    expect(wrongCounter.json().code).toBe('rectify.counter_invalid');
  });

  it('counts rule review decisions (keep 16 / abolish 4 / revise 37 / create 2) under any unit', async () => {
    const problem = (await post(`/api/campaigns/${campaign.id}/rectify/problems`, county, { orgId: t.countyA.id, source: 'self_found', wind: 'formalism', description: '发文过多、会议过多', targetKind: 'leadership', severity: 2 })).json().problem;
    const plan: [string, number][] = [['keep', 16], ['abolish', 4], ['revise', 37], ['create', 2]];
    for (const [decision, n] of plan) {
      for (let i = 0; i < n; i++) {
        const r = await post(`/api/campaigns/${campaign.id}/rectify/rules`, county, {
          orgId: i % 2 ? t.countyA.id : t.townA.id, title: `制度${decision}${i}`, decision, owner: '办公室', dueOn: decision === 'revise' ? '2026-12-31' : null,
          ...(decision === 'create' ? { problemIds: [problem.id] } : {}),
        });
        expect(r.statusCode, r.body).toBe(201);
      }
    }
    await post(`/api/campaigns/${campaign.id}/rectify/rules`, city, { orgId: t.countyB.id, title: '西湖区制度', decision: 'abolish' });
    const a = (await get(`/api/campaigns/${campaign.id}/rectify/rules?orgId=${t.countyA.id}`, county)).json();
    expect(a.counts).toEqual({ keep: 16, abolish: 4, revise: 37, create: 2, total: 59, done: 16 });
    expect(a.items.filter((r: { decision: string }) => r.decision === 'create')[0].problemIds).toEqual([problem.id]);
    const town = (await get(`/api/campaigns/${campaign.id}/rectify/rules?orgId=${t.townA.id}`, county)).json();
    expect(town.counts.total).toBe(30);
    // The county office sees its own county only, even from the top.
    expect((await get(`/api/campaigns/${campaign.id}/rectify/rules`, county)).json().counts.total).toBe(59);
    expect((await get(`/api/campaigns/${campaign.id}/rectify/rules`, city)).json().counts).toMatchObject({ abolish: 5, total: 60 });

    const revised = a.items.find((r: { decision: string }) => r.decision === 'revise');
    const done = await h.app.inject({ method: 'PATCH', url: `/api/rectify/rules/${revised.id}`, headers: { cookie: county }, payload: { status: 'done', note: '已印发修订稿' } });
    expect(done.json()).toMatchObject({ status: 'done' });
    expect((await get(`/api/campaigns/${campaign.id}/rectify/rules?orgId=${t.countyA.id}&decision=revise`, county)).json().items).toHaveLength(37);
  });

  it('keeps commitments, and publishes only the published ones', async () => {
    const make = (text: string, published: boolean) => post(`/api/campaigns/${campaign.id}/rectify/commitments`, county, { orgId: t.countyA.id, personName: '张国富', personTitle: '区委书记', text, published });
    const pub = await make('带头执行八项规定，不搞层层陪同', true);
    expect(pub.statusCode, pub.body).toBe(201);
    await make('草稿：尚未公开的承诺', false);
    const portal = (await h.app.inject({ url: `/api/portal/rectify/commitments?orgId=${t.city.id}` })).json();
    expect(portal.items.map((c: { text: string }) => c.text)).toEqual(['带头执行八项规定，不搞层层陪同']);
    expect(portal.items[0]).toMatchObject({ unit: t.countyA.name, personName: '张国富', status: 'made' });
    const upd = await h.app.inject({ method: 'PATCH', url: `/api/rectify/commitments/${pub.json().id}`, headers: { cookie: county }, payload: { status: 'fulfilled' } });
    expect(upd.json()).toMatchObject({ status: 'fulfilled', published: true });
    expect((await get(`/api/campaigns/${campaign.id}/rectify/commitments`, county)).json().items).toHaveLength(2);
  });
});
