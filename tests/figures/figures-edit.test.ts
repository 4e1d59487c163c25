import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import type { CampaignTable } from '../../src/db/schema.js';
import '../../src/modules/figures/schema.js';

// Changing and retiring what offices set up, on both databases: custom indicators (edit, delete
// when unused, archive when used, refuse while on an active form or rate, never the standard
// ones), report forms (edit within what existing reports allow, delete or archive), bulletin items
// (correct, delete) and baselines (clear). Each: the right caller succeeds with an audit entry, a
// caller outside the hierarchy is refused and nothing changes, bad input is a 4xx with a message.
describe.each(databaseKinds)('figures set-up changes on %s', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let camp: CampaignTable;
  let officeCity: string;
  let officeA: string;
  let officeB: string;
  let liaisonA: string;

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '全市活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-12-31' });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'ed.office.city' });
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'ed.office.a' });
    await userWithRole(d.db, 'campaign_office', t.countyB, { username: 'ed.office.b' });
    await userWithRole(d.db, 'unit_liaison', t.villageA, { username: 'ed.liaison.a' });
    officeCity = await loginAs(h.app, 'ed.office.city', TEST_PASSWORD);
    officeA = await loginAs(h.app, 'ed.office.a', TEST_PASSWORD);
    officeB = await loginAs(h.app, 'ed.office.b', TEST_PASSWORD);
    liaisonA = await loginAs(h.app, 'ed.liaison.a', TEST_PASSWORD);
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  const call = (method: Method, url: string, cookie: string, payload?: unknown, lang?: string) =>
    h.app.inject({ method, url, headers: { cookie, ...(lang ? { 'accept-language': lang } : {}) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const c = () => `/api/campaigns/${camp.id}`;
  const audits = (action: string, targetId: string) => d.db.selectFrom('audit_log').selectAll().where('action', '=', action).where('target_id', '=', targetId).execute();
  const catalogue = async () => (await call('GET', `${c()}/indicators`, officeCity)).json().items as { code: string; zh: string; unit: string; archived: boolean; can: Record<string, boolean> }[];
  const addIndicator = async (code: string, extra: Record<string, unknown> = {}) => {
    const res = await call('POST', `${c()}/indicators`, officeCity, { code, zh: `指标${code}`, unit: '件', aggregation: 'sum', ...extra });
    expect(res.statusCode, res.body).toBe(201);
  };
  const newForm = async (cookie: string, orgId: string, indicators: string[], name = '月报') => {
    const res = await call('POST', `${c()}/report-forms`, cookie, { orgId, name, cycle: 'month', indicators });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().form.id as string;
  };
  /** A report of the form by villageA for the period, with values, submitted and approved by countyA. */
  const approvedReport = async (formId: string | null, period: string, values: { indicator: string; value: number }[]) => {
    const r = await call('POST', `${c()}/reports`, liaisonA, { formId, orgId: t.villageA.id, period });
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().report.id as string;
    expect((await call('PUT', `/api/figure-reports/${id}/values`, liaisonA, { values, confirm: true })).statusCode).toBe(200);
    expect((await call('POST', `/api/figure-reports/${id}/submit`, liaisonA)).statusCode).toBe(200);
    expect((await call('POST', `/api/figure-reports/${id}/approve`, officeA)).statusCode).toBe(200);
    return id;
  };

  it('edits a custom indicator’s names and unit; refuses other offices, standard indicators and bad input', async () => {
    await addIndicator('custom_talks');
    const ok = await call('PATCH', `${c()}/indicators/custom_talks`, officeCity, { zh: '谈心谈话次数', en: 'Heart-to-heart talks', unit: '次' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().indicator).toMatchObject({ code: 'custom_talks', zh: '谈心谈话次数', en: 'Heart-to-heart talks', unit: '次', archived: false, can: { edit: true, remove: true, restore: false } });
    expect((await catalogue()).find((i) => i.code === 'custom_talks')).toMatchObject({ zh: '谈心谈话次数', unit: '次' });
    const [entry] = await audits('figures.indicator.update', `${camp.id}:custom_talks`);
    expect(JSON.parse(entry.before_json!)).toMatchObject({ zh: '指标custom_talks', unit: '件' });
    expect(JSON.parse(entry.after_json!)).toMatchObject({ zh: '谈心谈话次数', unit: '次' });
    // The catalogue belongs to the campaign's top: a county office may neither edit nor delete.
    for (const cookie of [officeA, officeB, liaisonA]) {
      expect((await call('PATCH', `${c()}/indicators/custom_talks`, cookie, { zh: '改名' })).statusCode).toBe(403);
      expect((await call('DELETE', `${c()}/indicators/custom_talks`, cookie)).statusCode).toBe(403);
    }
    expect((await call('GET', `${c()}/indicators`, officeA)).json().items.find((i: any) => i.code === 'custom_talks').can).toEqual({ edit: false, remove: false, restore: false });
    // Standard indicators are shared by all campaigns.
    const builtin = await call('PATCH', `${c()}/indicators/documents_cut`, officeCity, { zh: '文件' });
    expect(builtin.statusCode).toBe(409);
    expect(builtin.json()).toMatchObject({ code: 'figures.indicator_builtin' });
    expect(builtin.json().message).toContain('标准指标');
    const builtinEn = await call('DELETE', `${c()}/indicators/documents_cut`, officeCity, undefined, 'en');
    expect(builtinEn.statusCode).toBe(409);
    expect(builtinEn.json().message).toContain('standard indicator');
    const builtinTw = await call('DELETE', `${c()}/indicators/documents_cut`, officeCity, undefined, 'zh-TW');
    expect(builtinTw.json().message).toContain('標準指標');
    // Bad input: 400 with a message, nothing changed.
    for (const body of [{}, { zh: '   ' }, { unit: '' }, { aggregation: 'max' }, { code: 'other' }, { archived: true }]) {
      const res = await call('PATCH', `${c()}/indicators/custom_talks`, officeCity, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message).toMatch(/\S/);
    }
    expect((await call('PATCH', `${c()}/indicators/no_such_code`, officeCity, { zh: 'x' })).statusCode).toBe(404);
    expect((await call('PATCH', `${c()}/indicators/Bad-Code`, officeCity, { zh: 'x' })).statusCode).toBe(400);
    expect((await catalogue()).find((i) => i.code === 'custom_talks')).toMatchObject({ zh: '谈心谈话次数', unit: '次' });
  });

  it('deletes an unused indicator, refuses one on an active form or rate, archives one with figures and restores it', async () => {
    // Unused: gone, with an audit entry holding the row.
    await addIndicator('unused_one');
    const del = await call('DELETE', `${c()}/indicators/unused_one`, officeCity);
    expect(del.statusCode, del.body).toBe(200);
    expect(del.json().result).toBe('deleted');
    expect((await catalogue()).some((i) => i.code === 'unused_one')).toBe(false);
    expect(JSON.parse((await audits('figures.indicator.delete', `${camp.id}:unused_one`))[0].before_json!)).toMatchObject({ code: 'unused_one' });
    expect((await call('DELETE', `${c()}/indicators/unused_one`, officeCity)).statusCode).toBe(404);

    // Part of an active rate: refused until the rate goes.
    await addIndicator('visits_done');
    await addIndicator('visits_planned');
    await addIndicator('visit_rate', { aggregation: 'rate', unit: '%', numerator: 'visits_done', denominator: 'visits_planned' });
    const inRate = await call('DELETE', `${c()}/indicators/visits_done`, officeCity);
    expect(inRate.statusCode).toBe(409);
    expect(inRate.json()).toMatchObject({ code: 'figures.indicator_in_rate' });
    expect(inRate.json().message).toContain('指标visit_rate');
    expect((await call('DELETE', `${c()}/indicators/visit_rate`, officeCity)).json().result).toBe('deleted');

    // On an active form: refused; the form names it.
    const formId = await newForm(officeA, t.countyA.id, ['visits_done', 'meetings_cut'], '走访月报');
    const onForm = await call('DELETE', `${c()}/indicators/visits_done`, officeCity, undefined, 'en');
    expect(onForm.statusCode).toBe(409);
    expect(onForm.json().code).toBe('figures.indicator_in_form');
    expect(onForm.json().message).toContain('走访月报');
    expect((await catalogue()).find((i) => i.code === 'visits_done')!.archived).toBe(false);

    // Figures approved on it, then the form archived: the indicator is archived, not deleted.
    await approvedReport(formId, '2014-03', [{ indicator: 'visits_done', value: 12 }, { indicator: 'meetings_cut', value: 2 }]);
    expect((await call('DELETE', `/api/report-forms/${formId}`, officeA)).json().result).toBe('archived');
    const arch = await call('DELETE', `${c()}/indicators/visits_done`, officeCity);
    expect(arch.statusCode, arch.body).toBe(200);
    expect(arch.json().result).toBe('archived');
    expect((await catalogue()).find((i) => i.code === 'visits_done')).toMatchObject({ archived: true, can: { edit: false, remove: false, restore: true } });
    expect(await audits('figures.indicator.archive', `${camp.id}:visits_done`)).toHaveLength(1);
    // The figures are all still there and still roll up.
    const facts = await d.db.selectFrom('indicator_facts').selectAll().where('campaign_id', '=', camp.id).where('indicator', '=', 'visits_done').execute();
    expect(facts.map((f) => Number(f.value))).toEqual([12]);
    const roll = await call('GET', `${c()}/rollups?orgId=${t.city.id}&indicators=visits_done`, officeCity);
    expect(roll.json().values.visits_done).toBe(12);
    // …but it leaves the dashboard and cannot be used anew.
    const dash = await call('GET', `${c()}/dashboard?orgId=${t.city.id}`, officeCity);
    expect(dash.json().keyFigures.some((k: any) => k.code === 'visits_done')).toBe(false);
    expect(dash.json().keyFigures.some((k: any) => k.code === 'visits_planned')).toBe(true);
    const form2 = await call('POST', `${c()}/report-forms`, officeA, { orgId: t.countyA.id, name: 'x', cycle: 'month', indicators: ['visits_done'] });
    expect(form2.statusCode).toBe(400);
    expect(form2.json().code).toBe('figures.indicator_archived');
    const free = await call('POST', `${c()}/reports`, liaisonA, { formId: null, orgId: t.villageA.id, period: '2014-04' });
    const put = await call('PUT', `/api/figure-reports/${free.json().report.id}/values`, liaisonA, { values: [{ indicator: 'visits_done', value: 1 }] });
    expect(put.statusCode).toBe(400);
    expect(put.json().code).toBe('figures.indicator_archived');
    const base = await call('PUT', `${c()}/baselines`, officeA, { orgId: t.countyA.id, values: [{ indicator: 'visits_done', value: 3 }] });
    expect(base.statusCode).toBe(400);
    expect((await call('PATCH', `${c()}/indicators/visits_done`, officeCity, { zh: '改名' })).statusCode).toBe(200);
    // The code stays taken; restoring brings it back.
    expect((await call('POST', `${c()}/indicators`, officeCity, { code: 'visits_done', zh: '新', unit: '次', aggregation: 'sum' })).statusCode).toBe(409);
    expect((await call('PATCH', `${c()}/indicators/visits_done`, officeA, { archived: false })).statusCode).toBe(403);
    const restored = await call('PATCH', `${c()}/indicators/visits_done`, officeCity, { archived: false });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().indicator.archived).toBe(false);
    expect(await audits('figures.indicator.restore', `${camp.id}:visits_done`)).toHaveLength(1);
    expect((await call('GET', `${c()}/dashboard?orgId=${t.city.id}`, officeCity)).json().keyFigures.find((k: any) => k.code === 'visits_done').value).toBe(12);

    // A baseline alone is a stored figure too: archived, and the baseline can still be cleared.
    await addIndicator('base_only');
    expect((await call('PUT', `${c()}/baselines`, officeA, { orgId: t.countyA.id, values: [{ indicator: 'base_only', value: 7 }] })).statusCode).toBe(200);
    expect((await call('DELETE', `${c()}/indicators/base_only`, officeCity)).json().result).toBe('archived');
    expect((await call('DELETE', `${c()}/baselines/${t.countyA.id}/base_only`, officeA)).statusCode).toBe(200);
  });

  it('edits a report form within what its reports allow, archives a used one and deletes an unused one', async () => {
    await addIndicator('form_x');
    const formId = await newForm(officeA, t.countyA.id, ['meetings_cut', 'cars_cleared'], '东城周报');
    // Before any report: everything may change.
    const edit = await call('PATCH', `/api/report-forms/${formId}`, officeA, { name: '东城月报', cycle: 'month', indicators: ['meetings_cut', 'cars_cleared', 'form_x'] });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().form).toMatchObject({ name: '东城月报', cycle: 'month', indicators: ['meetings_cut', 'cars_cleared', 'form_x'], archived: false, reports: 0, can: { edit: true, remove: true, restore: false } });
    const [entry] = await audits('figures.form.update', formId);
    expect(JSON.parse(entry.before_json!)).toMatchObject({ name: '东城周报' });
    expect(JSON.parse(entry.after_json!)).toMatchObject({ name: '东城月报' });
    // Another county's office, or a unit's liaison, may not touch it; the city office may.
    for (const cookie of [officeB, liaisonA]) {
      expect((await call('PATCH', `/api/report-forms/${formId}`, cookie, { name: '改' })).statusCode).toBe(403);
      expect((await call('DELETE', `/api/report-forms/${formId}`, cookie)).statusCode).toBe(403);
    }
    expect((await call('GET', `${c()}/report-forms`, officeB)).json().items.find((f: any) => f.id === formId).can.edit).toBe(false);
    expect((await call('PATCH', `/api/report-forms/${formId}`, officeCity, { name: '东城区月报' })).statusCode).toBe(200);
    // Bad input.
    for (const body of [{}, { name: ' ' }, { cycle: 'year' }, { indicators: [] }, { orgId: t.countyB.id }]) {
      const res = await call('PATCH', `/api/report-forms/${formId}`, officeA, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message).toMatch(/\S/);
    }
    const computed = await call('PATCH', `/api/report-forms/${formId}`, officeA, { indicators: ['opinions_solicited'] });
    expect(computed.statusCode).toBe(400);
    expect(computed.json().code).toBe('figures.indicator_computed');
    expect((await call('PATCH', `/api/report-forms/abcdefghij`, officeA, { name: 'x' })).statusCode).toBe(404);

    // Once a unit reported: the cycle stays, reported indicators stay, new ones may join.
    await approvedReport(formId, '2014-05', [{ indicator: 'meetings_cut', value: 3 }]);
    const cycle = await call('PATCH', `/api/report-forms/${formId}`, officeA, { cycle: 'week' });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().code).toBe('figures.form_cycle_in_use');
    const drop = await call('PATCH', `/api/report-forms/${formId}`, officeA, { indicators: ['cars_cleared', 'form_x'] });
    expect(drop.statusCode).toBe(409);
    expect(drop.json().code).toBe('figures.form_indicator_in_use');
    expect(drop.json().message).toContain('压缩会议');
    const grow = await call('PATCH', `/api/report-forms/${formId}`, officeA, { indicators: ['meetings_cut', 'form_x', 'documents_cut'] });
    expect(grow.statusCode, grow.body).toBe(200);
    expect(grow.json().form.reports).toBe(1);

    // Deleting a used form archives it: no new reports, the old ones keep their form.
    const del = await call('DELETE', `/api/report-forms/${formId}`, officeA);
    expect(del.json().result).toBe('archived');
    expect(await audits('figures.form.archive', formId)).toHaveLength(1);
    const listed = (await call('GET', `${c()}/report-forms`, officeA)).json().items.find((f: any) => f.id === formId);
    expect(listed).toMatchObject({ archived: true, reports: 1, can: { edit: false, remove: false, restore: true } });
    const fresh = await call('POST', `${c()}/reports`, liaisonA, { formId, orgId: t.villageA.id, period: '2014-06' });
    expect(fresh.statusCode).toBe(409);
    expect(fresh.json().code).toBe('figures.form_archived');
    const reports = (await call('GET', `${c()}/reports`, officeA)).json().items.filter((r: any) => r.formId === formId);
    expect(reports.map((r: any) => [r.formName, r.status])).toEqual([['东城区月报', 'approved']]);
    expect((await call('PATCH', `/api/report-forms/${formId}`, officeA, { name: '改' })).statusCode).toBe(409);
    const back = await call('PATCH', `/api/report-forms/${formId}`, officeA, { archived: false });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().form.archived).toBe(false);

    // Never used: deleted for good.
    const spare = await newForm(officeA, t.countyA.id, ['documents_cut'], '临时报表');
    const gone = await call('DELETE', `/api/report-forms/${spare}`, officeA);
    expect(gone.json().result).toBe('deleted');
    expect((await call('GET', `${c()}/report-forms`, officeA)).json().items.some((f: any) => f.id === spare)).toBe(false);
    expect(JSON.parse((await audits('figures.form.delete', spare))[0].before_json!)).toMatchObject({ name: '临时报表', indicators: ['documents_cut'] });
  });

  it('corrects and deletes bulletin items: the unit while not adopted, its office once adopted; the counts follow', async () => {
    const add = async (cookie: string, orgId: string, title: string, adopted = false) => {
      const res = await call('POST', `${c()}/bulletins`, cookie, { orgId, title, sentOn: '2014-03-10', sentTo: '区委活动办', adopted });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().bulletin as { id: string; can: Record<string, boolean> };
    };
    const issued = async () => {
      const dash = await call('GET', `${c()}/dashboard?orgId=${t.countyA.id}`, officeA);
      return dash.json().keyFigures.find((k: any) => k.code === 'briefings_issued').value as number;
    };
    const mine = await add(liaisonA, t.villageA.id, '桃花社区简报第1期');
    expect(mine.can).toEqual({ adopt: false, edit: true, remove: true });
    const before = await issued();
    // The unit corrects its own item, but cannot record adoption.
    const fix = await call('PATCH', `/api/bulletins/${mine.id}`, liaisonA, { title: '桃花社区简报第 1 期', sentTo: '平江街道' });
    expect(fix.statusCode, fix.body).toBe(200);
    expect(fix.json().bulletin).toMatchObject({ title: '桃花社区简报第 1 期', sentTo: '平江街道', adopted: false });
    expect(await audits('figures.bulletin.update', mine.id)).toHaveLength(1);
    expect((await call('PATCH', `/api/bulletins/${mine.id}`, liaisonA, { adopted: true })).statusCode).toBe(403);
    // Bad input.
    for (const body of [{}, { title: '' }, { sentOn: '2014-3-1' }, { sentTo: 'x'.repeat(101) }, { hidden: 1 }]) {
      const res = await call('PATCH', `/api/bulletins/${mine.id}`, liaisonA, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message).toMatch(/\S/);
    }
    const early = await call('PATCH', `/api/bulletins/${mine.id}`, officeA, { adopted: true, adoptedOn: '2014-03-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('figures.adopted_before_sent');
    // The other county's office: not its unit.
    expect((await call('DELETE', `/api/bulletins/${mine.id}`, officeB)).statusCode).toBe(403);
    expect((await call('PATCH', `/api/bulletins/${mine.id}`, officeB, { title: 'x' })).statusCode).toBe(403);
    // Deleted by the unit: gone, audited with the whole row, and the count drops at once.
    const del = await call('DELETE', `/api/bulletins/${mine.id}`, liaisonA);
    expect(del.statusCode, del.body).toBe(200);
    expect(await d.db.selectFrom('bulletin_items').select('id').where('id', '=', mine.id).executeTakeFirst()).toBeUndefined();
    expect(JSON.parse((await audits('figures.bulletin.delete', mine.id))[0].before_json!)).toMatchObject({ title: '桃花社区简报第 1 期' });
    expect(await issued()).toBe(before - 1);
    expect((await call('DELETE', `/api/bulletins/${mine.id}`, liaisonA)).statusCode).toBe(404);
    // Adopted: counted upward, so only an office managing the unit may change or delete it.
    const adopted = await add(liaisonA, t.villageA.id, '桃花社区简报第2期');
    expect((await call('PATCH', `/api/bulletins/${adopted.id}`, officeA, { adopted: true, adoptedBy: '区委简报' })).statusCode).toBe(200);
    expect((await call('DELETE', `/api/bulletins/${adopted.id}`, liaisonA)).statusCode).toBe(403);
    expect((await call('PATCH', `/api/bulletins/${adopted.id}`, liaisonA, { title: '改' })).statusCode).toBe(403);
    const edited = await call('PATCH', `/api/bulletins/${adopted.id}`, officeA, { title: '桃花社区简报第二期' });
    expect(edited.json().bulletin).toMatchObject({ title: '桃花社区简报第二期', adopted: true, adoptedBy: '区委简报' });
    expect((await call('DELETE', `/api/bulletins/${adopted.id}`, officeA)).statusCode).toBe(200);
    expect(await issued()).toBe(before - 1);
  });

  it('clears a baseline: the unit’s office may, another county’s may not, and a missing one is a 404 with a message', async () => {
    const set = await call('PUT', `${c()}/baselines`, officeA, { orgId: t.countyA.id, values: [{ indicator: 'meetings_cut', value: 40 }, { indicator: 'documents_cut', value: 90 }] });
    expect(set.statusCode).toBe(200);
    const url = `${c()}/baselines/${t.countyA.id}/meetings_cut`;
    expect((await call('DELETE', url, officeB)).statusCode).toBe(403);
    expect((await call('DELETE', url, liaisonA)).statusCode).toBe(403);
    const ok = await call('DELETE', url, officeA);
    expect(ok.statusCode, ok.body).toBe(200);
    const left = (await call('GET', `${c()}/baselines?orgId=${t.countyA.id}`, officeA)).json().items;
    expect(left).toEqual([expect.objectContaining({ indicator: 'documents_cut', value: 90 })]);
    const dash = await call('GET', `${c()}/dashboard?orgId=${t.countyA.id}`, officeA);
    expect(dash.json().keyFigures.find((k: any) => k.code === 'meetings_cut').baseline).toBeNull();
    expect(dash.json().keyFigures.find((k: any) => k.code === 'documents_cut').baseline).toBe(90);
    const cleared = (await audits('figures.baseline.clear', t.countyA.id)).map((e) => JSON.parse(e.before_json!));
    expect(cleared).toContainEqual({ indicator: 'meetings_cut', value: 40 });
    const again = await call('DELETE', url, officeA);
    expect(again.statusCode).toBe(404);
    expect(again.json().message).toContain('压缩会议');
    expect((await call('DELETE', `${c()}/baselines/${t.countyA.id}/Bad!`, officeA)).statusCode).toBe(400);
    // A unit outside the campaign: 400, not 500.
    expect((await call('DELETE', `${c()}/baselines/abcdefghij/meetings_cut`, officeA)).statusCode).toBe(404);
  });
});
