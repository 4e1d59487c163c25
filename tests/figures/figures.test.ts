import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, multipartFile, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import type { CampaignTable } from '../../src/db/schema.js';
import type { OrgRow } from '../../src/modules/organizations/queries.js';
import { submitOpinion } from '../../src/modules/opinions/commands.js';
import { recordSymposium } from '../../src/modules/solicitations/commands.js';
import { setFacts, recomputeComputed, lineage, ALL } from '../../src/modules/figures/facts.js';
import { approveReport, createForm, createReport, saveValues, submitReport } from '../../src/modules/figures/commands.js';
import { moveOrg } from '../../src/modules/organizations/commands.js';
import '../../src/modules/figures/schema.js';

// Figures end to end on both databases: roll-ups equal a brute-force sum over the subtree after
// random writes, updates and approvals; reads stay inside the caller's part of the tree; the
// report workflow (return, resubmit, approve, lock); outliers; narrative uploads; the briefing.
describe.each(databaseKinds)('figures on %s', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let camp: CampaignTable;
  let officeCity: string;
  let officeA: string;
  let liaisonA: string;
  let leaderA: string;
  let orgs: OrgRow[];

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    orgs = [t.city, t.countyA, t.countyB, t.townA, t.villageA, t.townB, t.villageB];
    camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '全市活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-12-31' });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'fig.office.city' });
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'fig.office.a' });
    await userWithRole(d.db, 'unit_liaison', t.villageA, { username: 'fig.liaison.a' });
    await userWithRole(d.db, 'leader', t.countyA, { username: 'fig.leader.a' });
    officeCity = await loginAs(h.app, 'fig.office.city', TEST_PASSWORD);
    officeA = await loginAs(h.app, 'fig.office.a', TEST_PASSWORD);
    liaisonA = await loginAs(h.app, 'fig.liaison.a', TEST_PASSWORD);
    leaderA = await loginAs(h.app, 'fig.leader.a', TEST_PASSWORD);
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  /** Brute force: every roll-up row equals the sum (or max) of the facts in the unit's subtree. */
  async function expectRollupsExact(codes: { code: string; agg: 'sum' | 'max' }[]) {
    const facts = await d.db.selectFrom('indicator_facts').selectAll().where('campaign_id', '=', camp.id).execute();
    const rollups = await d.db.selectFrom('indicator_rollups').selectAll().where('campaign_id', '=', camp.id).execute();
    const got = new Map(rollups.map((r) => [`${r.org_id}|${r.indicator}|${r.period}`, Number(r.value)]));
    const months = [...new Set(facts.map((f) => f.period.slice(0, 7)))];
    const paths = new Map((await d.db.selectFrom('organizations').select(['id', 'path']).execute()).map((o) => [o.id, o.path]));
    for (const o of orgs) {
      const org = { ...o, path: paths.get(o.id)! };
      for (const { code, agg } of codes) {
        for (const period of [ALL, ...months]) {
          const inside = facts.filter((f) => f.indicator === code && f.org_path.startsWith(org.path) && (period === ALL || f.period.slice(0, 7) === period)).map((f) => Number(f.value));
          const want = inside.length ? (agg === 'sum' ? inside.reduce((a, b) => a + b, 0) : Math.max(...inside)) : 0;
          expect(got.get(`${org.id}|${code}|${period}`) ?? 0, `${org.name} ${code} ${period}`).toBeCloseTo(want, 6);
        }
      }
    }
  }

  it('keeps roll-ups equal to a brute-force sum over the subtree after random writes, updates and approvals', async () => {
    let seed = kind === 'sqlite' ? 3 : 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const periods = ['2014-02', '2014-03', '2014-03-05', '2014-03-19', '2014-04'];
    const codes = [{ code: 'documents_cut', agg: 'sum' as const }, { code: 'meetings_cut', agg: 'sum' as const }, { code: 'study_hours', agg: 'max' as const }];
    for (let round = 0; round < 8; round++) {
      const writes = Array.from({ length: 12 }, () => {
        const org = pick(orgs);
        return { regionId: camp.region_id, campaignId: camp.id, orgId: org.id, orgPath: org.path, indicator: pick(codes).code, period: pick(periods), source: 'reported' as const, value: rand() < 0.2 ? 0 : Math.floor(rand() * 50) };
      });
      await d.db.transaction().execute((trx) => setFacts(trx, writes));
      await expectRollupsExact(codes);
    }
    // Approvals go through the same path.
    const form = await createForm(d.db, SYSTEM_ACTOR, camp, { orgId: t.city.id, name: '月报', cycle: 'month', indicators: ['documents_cut', 'study_hours'] });
    for (const org of [t.villageA, t.townB, t.countyA]) {
      const r = await createReport(d.db, SYSTEM_ACTOR, camp, { formId: form.id, orgId: org.id, period: '2014-05' });
      await saveValues(d.db, SYSTEM_ACTOR, camp, r.id, [{ indicator: 'documents_cut', value: 7 }, { indicator: 'study_hours', value: 3 }], { confirm: true });
      await submitReport(d.db, SYSTEM_ACTOR, r.id);
      await approveReport(d.db, SYSTEM_ACTOR, r.id);
    }
    await expectRollupsExact(codes);
    // A township moves to the other county: its totals leave countyA and join countyB.
    await moveOrg(d.db, SYSTEM_ACTOR, t.townA.id, t.countyB.id);
    await expectRollupsExact(codes);
    await moveOrg(d.db, SYSTEM_ACTOR, t.townA.id, t.countyA.id);
    await expectRollupsExact(codes);
    expect(lineage(t.villageA.path).map((x) => x.id)).toEqual([t.city.id, t.countyA.id, t.townA.id, t.villageA.id]);
  });

  it('turns the platform’s records into computed facts and keeps them consistent on recount', async () => {
    const op = (org: OrgRow) => submitOpinion(d.db, { campaignId: camp.id, orgId: org.id, channel: 'web', body: `关于${org.name}的意见：会议太多`, targetKind: 'unit', anonymous: true });
    const a = await op(t.villageA);
    await op(t.villageA);
    await op(t.villageB);
    await d.db.updateTable('opinions').set({ category: 'formalism' }).where('id', '=', a.opinion.id).execute();
    await recordSymposium(d.db, SYSTEM_ACTOR, camp.id, { orgId: t.townA.id, heldOn: '2014-03-01', host: '书记', attendance: { 群众代表: 5 }, opinions: [] });
    await recomputeComputed(d.db, camp);
    const dash = async (cookie: string, orgId: string) => h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/dashboard?orgId=${orgId}`, headers: { cookie } });
    let res = await dash(officeCity, t.city.id);
    expect(res.statusCode).toBe(200);
    const fig = (body: any, code: string) => body.keyFigures.find((k: any) => k.code === code).value;
    const opinionsNow = fig(res.json(), 'opinions_solicited');
    const count = await d.db.selectFrom('opinions').select((eb) => eb.fn.countAll<number>().as('n')).where('campaign_id', '=', camp.id).executeTakeFirstOrThrow();
    expect(opinionsNow).toBe(Number(count.n));
    expect(fig(res.json(), 'symposia_held')).toBe(1);
    expect(res.json().winds.find((w: any) => w.wind === 'formalism').value).toBe(1);
    // A deleted record is subtracted at the next recount.
    await d.db.deleteFrom('opinions').where('id', '=', a.opinion.id).execute();
    await recomputeComputed(d.db, camp);
    res = await dash(officeCity, t.city.id);
    expect(fig(res.json(), 'opinions_solicited')).toBe(opinionsNow - 1);
    expect(res.json().winds.find((w: any) => w.wind === 'formalism').value).toBe(0);
    await expectRollupsExact([{ code: 'opinions_solicited', agg: 'sum' }, { code: 'symposia_held', agg: 'sum' }]);
    // Per-child comparison and the trend come from the same roll-ups.
    const children = res.json().children as { id: string; values: Record<string, number> }[];
    expect(children.map((c) => c.id).sort()).toEqual([t.countyA.id, t.countyB.id].sort());
    expect(children.reduce((s, c) => s + c.values.opinions_solicited, 0)).toBe(opinionsNow - 1);
    // Rollups over a range and the monthly series.
    const r2 = await h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/rollups?orgId=${t.countyA.id}&indicators=documents_cut,study_hours&from=2014-05&to=2014-05`, headers: { cookie: officeCity } });
    expect(r2.statusCode).toBe(200);
    expect(r2.json().series.documents_cut.length).toBeGreaterThan(0);
  });

  it('lets an office read its own county’s dashboard but not the other county’s', async () => {
    const get = (cookie: string, orgId: string) => h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/dashboard?orgId=${orgId}`, headers: { cookie } });
    expect((await get(officeA, t.countyA.id)).statusCode).toBe(200);
    expect((await get(officeA, t.townA.id)).statusCode).toBe(200);
    expect((await get(officeA, t.countyB.id)).statusCode).toBe(403);
    expect((await get(officeA, t.city.id)).statusCode).toBe(403);
    expect((await get(leaderA, t.villageB.id)).statusCode).toBe(403);
    expect((await get(liaisonA, t.villageA.id)).statusCode).toBe(200);
    expect((await get(liaisonA, t.townA.id)).statusCode).toBe(403);
    // Without orgId: the highest unit the caller may read.
    const own = await h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/dashboard`, headers: { cookie: officeA } });
    expect(own.json().org.id).toBe(t.countyA.id);
    const doc = await h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/briefing.docx?orgId=${t.countyB.id}`, headers: { cookie: officeA } });
    expect(doc.statusCode).toBe(403);
  });

  it('runs the report workflow: draft, submit, return with a note, resubmit, approve by the level above, lock', async () => {
    const form = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/report-forms`, headers: { cookie: officeA }, payload: { orgId: t.countyA.id, name: '东城月报', cycle: 'month', indicators: ['meetings_cut', 'office_space_cleared'] } });
    expect(form.statusCode).toBe(201);
    const formId = form.json().form.id;
    // Computed indicators cannot be part of a form.
    const bad = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/report-forms`, headers: { cookie: officeA }, payload: { orgId: t.countyA.id, name: 'x', cycle: 'month', indicators: ['opinions_solicited'] } });
    expect(bad.statusCode).toBe(400);
    const created = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/reports`, headers: { cookie: liaisonA }, payload: { formId, orgId: t.villageA.id, period: '2014-06' } });
    expect(created.statusCode).toBe(201);
    const id = created.json().report.id;
    const put = (values: unknown, confirm?: boolean) => h.app.inject({ method: 'PUT', url: `/api/figure-reports/${id}/values`, headers: { cookie: liaisonA }, payload: { values, ...(confirm === undefined ? {} : { confirm }) } });
    expect((await put([{ indicator: 'meetings_cut', value: 4 }, { indicator: 'office_space_cleared', value: 120 }])).statusCode).toBe(200);
    // Not in the form → 400; nothing changed.
    const notIn = await put([{ indicator: 'cars_cleared', value: 1 }]);
    expect(notIn.statusCode).toBe(400);
    expect(notIn.json().code).toBe('figures.report_not_in_form');
    const post = (path: string, cookie: string, payload?: unknown) => h.app.inject({ method: 'POST', url: `/api/figure-reports/${id}/${path}`, headers: { cookie }, ...(payload ? { payload } : {}) });
    expect((await post('submit', liaisonA)).statusCode).toBe(200);
    // Locked while submitted.
    expect((await put([{ indicator: 'meetings_cut', value: 5 }])).statusCode).toBe(409);
    // The unit itself cannot approve; a liaison is not the level above.
    expect((await post('approve', liaisonA)).statusCode).toBe(403);
    expect((await post('return', officeA, { note: '办公用房面积请附清单' })).statusCode).toBe(200);
    const returned = await h.app.inject({ method: 'GET', url: `/api/figure-reports/${id}`, headers: { cookie: liaisonA } });
    expect(returned.json().report).toMatchObject({ status: 'returned', note: '办公用房面积请附清单' });
    expect((await put([{ indicator: 'meetings_cut', value: 5 }, { indicator: 'office_space_cleared', value: 130 }])).statusCode).toBe(200);
    expect((await post('submit', liaisonA)).statusCode).toBe(200);
    const before = await h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/rollups?orgId=${t.countyA.id}&indicators=meetings_cut,office_space_cleared&from=2014-06&to=2014-06`, headers: { cookie: officeA } });
    expect((await post('approve', officeA)).statusCode).toBe(200);
    const after = await h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/rollups?orgId=${t.countyA.id}&indicators=meetings_cut,office_space_cleared&from=2014-06&to=2014-06`, headers: { cookie: officeA } });
    expect(after.json().values.meetings_cut - before.json().values.meetings_cut).toBe(5);
    expect(after.json().values.office_space_cleared - before.json().values.office_space_cleared).toBe(130);
    // Approved = locked.
    expect((await put([{ indicator: 'meetings_cut', value: 6 }])).statusCode).toBe(409);
    expect((await post('return', officeA, { note: 'x' })).statusCode).toBe(409);
    // A second report of the same form and period is refused.
    const dup = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/reports`, headers: { cookie: liaisonA }, payload: { formId, orgId: t.villageA.id, period: '2014-06' } });
    expect(dup.statusCode).toBe(409);
    // The county office cannot approve its own county's report (that is the city's job).
    const own = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/reports`, headers: { cookie: officeA }, payload: { formId, orgId: t.countyA.id, period: '2014-06' } });
    const ownId = own.json().report.id;
    await h.app.inject({ method: 'PUT', url: `/api/figure-reports/${ownId}/values`, headers: { cookie: officeA }, payload: { values: [{ indicator: 'meetings_cut', value: 2 }] } });
    expect((await h.app.inject({ method: 'POST', url: `/api/figure-reports/${ownId}/submit`, headers: { cookie: officeA } })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'POST', url: `/api/figure-reports/${ownId}/approve`, headers: { cookie: officeA } })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'POST', url: `/api/figure-reports/${ownId}/approve`, headers: { cookie: officeCity } })).statusCode).toBe(200);
  });

  it('refuses negative and absurd values, and asks to confirm a value above 10× the unit’s own maximum', async () => {
    const r = await createReport(d.db, SYSTEM_ACTOR, camp, { formId: null, orgId: t.villageA.id, period: '2014-07' });
    const put = (values: unknown, confirm?: boolean) => h.app.inject({ method: 'PUT', url: `/api/figure-reports/${r.id}/values`, headers: { cookie: liaisonA }, payload: { values, ...(confirm ? { confirm } : {}) } });
    const neg = await put([{ indicator: 'cars_cleared', value: 2 }, { indicator: 'meetings_cut', value: -3 }]);
    expect(neg.statusCode).toBe(400);
    expect(neg.json().code).toBe('figures.value_negative');
    expect(neg.json().message).toContain('不能为负数');
    const absurd = await put([{ indicator: 'office_space_cleared', value: 1e12 }]);
    expect(absurd.statusCode).toBe(400);
    expect(absurd.json().code).toBe('figures.value_absurd');
    // villageA has reported meetings_cut before (≤ 50): 100000 is more than 10×.
    const outlier = await put([{ indicator: 'cars_cleared', value: 1 }, { indicator: 'meetings_cut', value: 100000 }]);
    expect(outlier.statusCode).toBe(400);
    expect(outlier.json().code).toBe('figures.value_outlier');
    expect(outlier.json().details.requiresConfirm).toBe(true);
    // Nothing half-written: the report still has no values.
    expect((await d.db.selectFrom('figure_report_values').selectAll().where('report_id', '=', r.id).execute()).length).toBe(0);
    const confirmed = await put([{ indicator: 'cars_cleared', value: 1 }, { indicator: 'meetings_cut', value: 100000 }], true);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().report.values).toHaveLength(2);
    // Computed indicators and rates cannot be reported.
    expect((await put([{ indicator: 'opinions_solicited', value: 3 }], true)).json().code).toBe('figures.indicator_computed');
    expect((await put([{ indicator: 'satisfaction_rate', value: 90 }], true)).json().code).toBe('figures.indicator_rate');
  });

  it('imports values from xlsx into a draft report', async () => {
    const r = await createReport(d.db, SYSTEM_ACTOR, camp, { formId: null, orgId: t.villageA.id, period: '2014-08' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('月报');
    ws.addRow(['指标', '数值']);
    ws.addRow(['精简文件', 6]);
    ws.addRow(['cars_cleared', 1]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const good = multipartFile('file', 'v.xlsx', buf);
    const res = await h.app.inject({ method: 'POST', url: `/api/figure-reports/${r.id}/import`, headers: { cookie: liaisonA, ...good.headers }, payload: good.payload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report.values).toEqual(expect.arrayContaining([{ indicator: 'documents_cut', value: 6 }, { indicator: 'cars_cleared', value: 1 }]));
    const badWb = new ExcelJS.Workbook();
    const bws = badWb.addWorksheet('x');
    bws.addRow(['指标', '数值']);
    bws.addRow(['不存在的指标', 1]);
    const bad = Buffer.from(await badWb.xlsx.writeBuffer());
    const mp = multipartFile('file', 'bad.xlsx', bad);
    const refused = await h.app.inject({ method: 'POST', url: `/api/figure-reports/${r.id}/import`, headers: { cookie: liaisonA, ...mp.headers }, payload: mp.payload });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('figures.import_bad_row');
  });

  it('imports values from files with Traditional or English headers and indicator names, and names a missing column in the reader\'s language', async () => {
    const r = await createReport(d.db, SYSTEM_ACTOR, camp, { formId: null, orgId: t.villageA.id, period: '2014-10' });
    const send = async (rows: unknown[][], lang = 'zh-CN') => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('x');
      for (const row of rows) ws.addRow(row);
      const mp = multipartFile('file', 'v.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
      return h.app.inject({ method: 'POST', url: `/api/figure-reports/${r.id}/import`, headers: { cookie: liaisonA, 'accept-language': lang, ...mp.headers }, payload: mp.payload });
    };
    const tw = await send([['指標', '數值'], ['精簡文件', 7]]);
    expect(tw.statusCode, tw.body).toBe(200);
    expect(tw.json().report.values).toEqual(expect.arrayContaining([{ indicator: 'documents_cut', value: 7 }]));
    const en = await send([['Indicator', 'VALUE'], ['documents cut', 8], ['Cars_cleared', 2]]);
    expect(en.statusCode, en.body).toBe(200);
    expect(en.json().report.values).toEqual(expect.arrayContaining([{ indicator: 'documents_cut', value: 8 }, { indicator: 'cars_cleared', value: 2 }]));
    const missingTw = await send([['指標', '備註'], ['精簡文件', 'x']], 'zh-TW');
    expect(missingTw.json()).toMatchObject({ code: 'import.bad_header', message: '表頭缺少欄位：數值（應有 指標、數值）' });
    const missingEn = await send([['indicator'], ['documents_cut']], 'en');
    expect(missingEn.json()).toMatchObject({ code: 'import.bad_header', message: 'Missing columns: value (expected indicator, value)' });
  });

  it('extracts figures from an uploaded narrative, and confirmed ones become a draft report (not approved)', async () => {
    const text = '东城区教育实践活动综述。全区共精简文件120件，压缩会议45场次，清理办公用房1200平方米，清理公务用车9辆，共征求意见建议823条。';
    const mp = multipartFile('file', '综述.txt', text, 'text/plain');
    const up = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/narratives?orgId=${t.countyA.id}&period=2014-09`, headers: { cookie: officeA, ...mp.headers }, payload: mp.payload });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().proposals).toBeGreaterThanOrEqual(4);
    const got = await h.app.inject({ method: 'GET', url: `/api/narratives/${up.json().id}`, headers: { cookie: officeA } });
    const proposals = got.json().proposals as { id: string; value: number; proposed: string | null }[];
    const byCode = (c: string) => proposals.find((p) => p.proposed === c)!;
    expect(byCode('documents_cut').value).toBe(120);
    expect(byCode('office_space_cleared').value).toBe(1200);
    const items = proposals.map((p) => ({ proposalId: p.id, indicator: ['documents_cut', 'office_space_cleared', 'cars_cleared'].includes(p.proposed ?? '') ? p.proposed : null }));
    // The other county's office may not confirm it.
    const officeB = await userWithRole(d.db, 'campaign_office', t.countyB, { username: `fig.office.b.${kind}` });
    const cookieB = await loginAs(h.app, officeB.username, TEST_PASSWORD);
    expect((await h.app.inject({ method: 'POST', url: `/api/narratives/${up.json().id}/confirm`, headers: { cookie: cookieB }, payload: { items } })).statusCode).toBe(403);
    const conf = await h.app.inject({ method: 'POST', url: `/api/narratives/${up.json().id}/confirm`, headers: { cookie: officeA }, payload: { items } });
    expect(conf.statusCode, conf.body).toBe(200);
    expect(conf.json().report.status).toBe('draft');
    expect(conf.json().report.values).toEqual(expect.arrayContaining([{ indicator: 'documents_cut', value: 120 }, { indicator: 'office_space_cleared', value: 1200 }, { indicator: 'cars_cleared', value: 9 }]));
    const facts = await d.db.selectFrom('indicator_facts').selectAll().where('campaign_id', '=', camp.id).where('period', '=', '2014-09').execute();
    expect(facts).toHaveLength(0);
    // Unreadable uploads are refused with a clear message.
    const pdf = multipartFile('file', 'a.pdf', Buffer.from('%PDF-1.4 xxxxx'));
    const refused = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/narratives?orgId=${t.countyA.id}&period=2014-09`, headers: { cookie: officeA, ...pdf.headers }, payload: pdf.payload });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('figures.narrative_unreadable');
  });

  it('records bulletin items with adoption and writes a briefing docx with the Chinese text', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await h.app.inject({ method: 'POST', url: `/api/campaigns/${camp.id}/bulletins`, headers: { cookie: officeA }, payload: { orgId: t.countyA.id, title: `东城简报第${i + 1}期`, sentOn: '2014-03-10', sentTo: '市委活动办', adopted: i === 0, adoptedBy: '市委简报' } });
      expect(res.statusCode).toBe(201);
    }
    const list = await h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/bulletins`, headers: { cookie: officeA } });
    expect(list.json()).toMatchObject({ sent: 3, adopted: 1 });
    const second = list.json().items.find((b: any) => !b.adopted);
    expect((await h.app.inject({ method: 'PATCH', url: `/api/bulletins/${second.id}`, headers: { cookie: officeA }, payload: { adopted: true, adoptedBy: '省委简报' } })).statusCode).toBe(200);
    await h.app.inject({ method: 'PUT', url: `/api/campaigns/${camp.id}/baselines`, headers: { cookie: officeA }, payload: { orgId: t.countyA.id, values: [{ indicator: 'meetings_cut', value: 4 }] } });
    const dash = await h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/dashboard?orgId=${t.countyA.id}`, headers: { cookie: officeA } });
    const fig = (code: string) => dash.json().keyFigures.find((k: any) => k.code === code);
    expect(fig('briefings_issued').value).toBe(3);
    expect(fig('briefings_adopted').value).toBe(2);
    expect(fig('meetings_cut').baseline).toBe(4);
    const res = await h.app.inject({ method: 'GET', url: `/api/campaigns/${camp.id}/briefing.docx?orgId=${t.countyA.id}`, headers: { cookie: officeA } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('东城区委党的群众路线教育实践活动简报');
    expect(xml).toContain('主要数据');
    expect(xml).toContain('共向上级报送简报信息 3 条，被采用 2 条');
    expect(xml).toContain('SimSun');
  });
});
