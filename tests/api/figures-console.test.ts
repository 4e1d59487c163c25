import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import type { CampaignTable } from '../../src/db/schema.js';
import '../../src/modules/figures/schema.js';

// What the console's figures screens (catalogue, report forms, baselines, bulletin items) rely
// on: the API says what the caller may do (can.add, can.edit, can.adopt), baselines read back as
// they were set, a custom indicator goes into a report form, and bad input is refused with a
// message and leaves nothing behind.
describe.each(databaseKinds)('figures console API on %s', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let camp: CampaignTable;
  let officeCity: string;
  let officeA: string;
  let leaderA: string;

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '全市活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-12-31' });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'figc.office.city' });
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'figc.office.a' });
    await userWithRole(d.db, 'leader', t.countyA, { username: 'figc.leader.a' });
    officeCity = await loginAs(h.app, 'figc.office.city', TEST_PASSWORD);
    officeA = await loginAs(h.app, 'figc.office.a', TEST_PASSWORD);
    leaderA = await loginAs(h.app, 'figc.leader.a', TEST_PASSWORD);
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    h.app.inject({ method, url, headers: { cookie, 'accept-language': 'zh-CN' }, payload });

  it('says who may add indicators: only an office at the campaign’s top', async () => {
    const city = await call(officeCity, 'GET', `/api/campaigns/${camp.id}/indicators`);
    expect(city.statusCode).toBe(200);
    expect(city.json().can).toEqual({ add: true });
    expect(city.json().items.length).toBeGreaterThan(20);
    const county = await call(officeA, 'GET', `/api/campaigns/${camp.id}/indicators`);
    expect(county.json().can).toEqual({ add: false });
    const refused = await call(officeA, 'POST', `/api/campaigns/${camp.id}/indicators`, { code: 'county_own', zh: '区县自定义', unit: '项', aggregation: 'sum' });
    expect(refused.statusCode).toBe(403);
  });

  it('adds a custom indicator, refuses a rate without proper parts, and builds a form with it', async () => {
    const made = await call(officeCity, 'POST', `/api/campaigns/${camp.id}/indicators`, { code: 'visits_made', zh: '走访群众户数', en: 'Households visited', unit: '户', aggregation: 'sum' });
    expect(made.statusCode).toBe(201);
    expect(made.json().indicator).toMatchObject({ code: 'visits_made', zh: '走访群众户数', unit: '户', aggregation: 'sum', source: 'reported', own: true });
    const dup = await call(officeCity, 'POST', `/api/campaigns/${camp.id}/indicators`, { code: 'visits_made', zh: '重复', unit: '户', aggregation: 'sum' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toContain('visits_made');
    // A rate's parts must be two different summed indicators.
    const badRate = await call(officeCity, 'POST', `/api/campaigns/${camp.id}/indicators`, { code: 'visit_rate', zh: '走访率', unit: '%', aggregation: 'rate', numerator: 'visits_made', denominator: 'visits_made' });
    expect(badRate.statusCode).toBe(400);
    expect(badRate.json().message).toContain('分子');
    const rate = await call(officeCity, 'POST', `/api/campaigns/${camp.id}/indicators`, { code: 'visit_rate', zh: '走访率', unit: '%', aggregation: 'rate', numerator: 'visits_made', denominator: 'study_expected' });
    expect(rate.statusCode).toBe(201);
    expect(rate.json().indicator).toMatchObject({ aggregation: 'rate', numerator: 'visits_made', denominator: 'study_expected' });
    const list = (await call(officeCity, 'GET', `/api/campaigns/${camp.id}/indicators`)).json().items as { code: string; own: boolean }[];
    expect(list.filter((i) => i.own).map((i) => i.code)).toEqual(['visits_made', 'visit_rate']);

    // A form cannot hold a rate (it is computed) …
    const rateForm = await call(officeCity, 'POST', `/api/campaigns/${camp.id}/report-forms`, { orgId: t.countyA.id, name: '走访周报', cycle: 'week', indicators: ['visit_rate'] });
    expect(rateForm.statusCode).toBe(400);
    // … but holds the reported custom indicator beside a standard one.
    const form = await call(officeCity, 'POST', `/api/campaigns/${camp.id}/report-forms`, { orgId: t.countyA.id, name: '走访周报', cycle: 'week', indicators: ['visits_made', 'documents_cut'] });
    expect(form.statusCode).toBe(201);
    expect(form.json().form).toMatchObject({ name: '走访周报', cycle: 'week', org: { id: t.countyA.id }, indicators: ['visits_made', 'documents_cut'] });
    const forms = (await call(officeCity, 'GET', `/api/campaigns/${camp.id}/report-forms`)).json().items as { name: string }[];
    expect(forms.map((f) => f.name)).toContain('走访周报');
    expect(await d.db.selectFrom('report_forms').select('id').where('campaign_id', '=', camp.id).execute()).toHaveLength(1);
  });

  it('reads back the baselines of a unit as they were set, and tells who may change them', async () => {
    const empty = await call(officeA, 'GET', `/api/campaigns/${camp.id}/baselines?orgId=${t.townA.id}`);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ org: { id: t.townA.id, name: t.townA.name }, items: [], can: { edit: true } });
    const put = await call(officeA, 'PUT', `/api/campaigns/${camp.id}/baselines`, { orgId: t.townA.id, values: [{ indicator: 'meetings_cut', value: 7 }, { indicator: 'documents_cut', value: 12.5 }] });
    expect(put.statusCode).toBe(200);
    // Setting again replaces the value rather than adding a row.
    await call(officeA, 'PUT', `/api/campaigns/${camp.id}/baselines`, { orgId: t.townA.id, values: [{ indicator: 'meetings_cut', value: 9 }] });
    const got = await call(officeA, 'GET', `/api/campaigns/${camp.id}/baselines?orgId=${t.townA.id}`);
    expect(got.json().items.map((i: { indicator: string; value: number }) => [i.indicator, i.value])).toEqual([['documents_cut', 12.5], ['meetings_cut', 9]]);
    // Another unit's baselines are its own.
    expect((await call(officeA, 'GET', `/api/campaigns/${camp.id}/baselines?orgId=${t.villageA.id}`)).json().items).toEqual([]);
    // A leader reads but may not edit; outside the subtree is refused.
    const leader = await call(leaderA, 'GET', `/api/campaigns/${camp.id}/baselines?orgId=${t.townA.id}`);
    expect(leader.statusCode).toBe(200);
    expect(leader.json().can).toEqual({ edit: false });
    expect(leader.json().items).toHaveLength(2);
    expect((await call(officeA, 'GET', `/api/campaigns/${camp.id}/baselines?orgId=${t.townB.id}`)).statusCode).toBe(403);
    // Bad values are refused whole: nothing of the request is written.
    const neg = await call(officeA, 'PUT', `/api/campaigns/${camp.id}/baselines`, { orgId: t.townA.id, values: [{ indicator: 'meetings_cut', value: 1 }, { indicator: 'documents_cut', value: -3 }] });
    expect(neg.statusCode).toBe(400);
    expect(neg.json().message).toContain('不能为负数');
    const after = await d.db.selectFrom('indicator_baselines').select(['indicator', 'value']).where('campaign_id', '=', camp.id).where('org_id', '=', t.townA.id).orderBy('indicator').execute();
    expect(after.map((r) => [r.indicator, Number(r.value)])).toEqual([['documents_cut', 12.5], ['meetings_cut', 9]]);
  });

  it('records bulletin items with adoption, refuses an adoption before the sending, and says who may mark adoption', async () => {
    const early = await call(officeA, 'POST', `/api/campaigns/${camp.id}/bulletins`, { orgId: t.townA.id, title: '平江街道开门纳谏', sentOn: '2014-03-10', sentTo: '市委活动办', adopted: true, adoptedBy: '市委简报', adoptedOn: '2014-03-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('figures.adopted_before_sent');
    expect(early.json().message).toContain('早于');
    expect(await d.db.selectFrom('bulletin_items').select('id').where('campaign_id', '=', camp.id).execute()).toHaveLength(0);

    const made = await call(officeA, 'POST', `/api/campaigns/${camp.id}/bulletins`, { orgId: t.townA.id, title: '平江街道开门纳谏', sentOn: '2014-03-10', sentTo: '市委活动办' });
    expect(made.statusCode).toBe(201);
    const b = made.json().bulletin;
    expect(b).toMatchObject({ adopted: false, adoptedOn: null, can: { adopt: true } });
    const bad = await call(officeA, 'PATCH', `/api/bulletins/${b.id}`, { adopted: true, adoptedBy: '市委简报', adoptedOn: '2014-03-09' });
    expect(bad.statusCode).toBe(400);
    const ok = await call(officeA, 'PATCH', `/api/bulletins/${b.id}`, { adopted: true, adoptedBy: '市委简报', adoptedOn: '2014-03-12' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().bulletin).toMatchObject({ adopted: true, adoptedBy: '市委简报', adoptedOn: '2014-03-12' });
    const row = await d.db.selectFrom('bulletin_items').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow();
    expect([Number(row.adopted), row.adopted_by, row.adopted_on]).toEqual([1, '市委简报', '2014-03-12']);

    const asLeader = await call(leaderA, 'GET', `/api/campaigns/${camp.id}/bulletins`);
    expect(asLeader.json().items.map((i: { id: string; can: { adopt: boolean } }) => [i.id, i.can.adopt])).toEqual([[b.id, false]]);
    const asOffice = await call(officeA, 'GET', `/api/campaigns/${camp.id}/bulletins`);
    expect(asOffice.json()).toMatchObject({ sent: 1, adopted: 1 });
    expect(asOffice.json().items[0].can).toEqual({ adopt: true, edit: true, remove: true });
  });
});
