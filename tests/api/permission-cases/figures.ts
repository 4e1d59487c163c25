import type { Role } from '../../../src/modules/authz/roles.js';
import { SYSTEM_ACTOR } from '../../../src/modules/audit/trail.js';
import type { OrgRow } from '../../../src/modules/organizations/queries.js';
import { addBulletin, addIndicator, createForm, createReport, saveValues, setBaselines, submitReport, uploadNarrative } from '../../../src/modules/figures/commands.js';
import type { CampaignTable } from '../../../src/db/schema.js';
import { multipartFile } from '../../support/app.js';
import { B, I, N, allReaders, officeOnly, listed, type CaseModule, type Expect, type Matrix } from './matrix.js';

// Figures routes (indicators, report forms, roll-ups, dashboards, narrative reports, briefings).
// Policies (src/modules/figures/access.ts): read — office, leading group member and leader over
// their subtree, supervision group over assigned units, liaison for its own unit (not party
// members); report — office over its subtree, liaison for its own unit; approve — office, judged
// at the unit's parent (the level above); manage — office over its subtree.
const figureReaders: Record<Role, Expect> = {
  system_admin: B, campaign_office: I, leading_group_member: I, leader: I, supervision_group_member: I, unit_liaison: I, party_member: N,
};
const reporters: Record<Role, Expect> = {
  system_admin: B, campaign_office: I, unit_liaison: I, leading_group_member: N, leader: N, supervision_group_member: N, party_member: N,
};

const PERIOD = '2026-03';
let reportA = '';
let reportB = '';
let narrA = '';
let narrB = '';
let propA = '';
let propB = '';
let bulA = '';
let bulB = '';

export const figuresCases: CaseModule = {
  async setup(m: Matrix) {
    const db = m.d.db;
    reportA = (await createReport(db, SYSTEM_ACTOR, m.campCity, { formId: null, orgId: m.t.villageA.id, period: PERIOD })).id;
    reportB = (await createReport(db, SYSTEM_ACTOR, m.campCity, { formId: null, orgId: m.t.villageB.id, period: PERIOD })).id;
    const narrative = async (org: OrgRow) => {
      const n = (await uploadNarrative(db, SYSTEM_ACTOR, m.campCity, { orgId: org.id, period: PERIOD, fileName: 'a.txt', data: Buffer.from('本村共精简文件12件，压缩会议5场次。') })).narrative;
      const p = await db.selectFrom('narrative_proposals').select('id').where('narrative_id', '=', n.id).orderBy('position').executeTakeFirstOrThrow();
      return [n.id, p.id];
    };
    [narrA, propA] = await narrative(m.t.villageA);
    [narrB, propB] = await narrative(m.t.villageB);
    const bulletin = async (org: OrgRow) => (await addBulletin(db, SYSTEM_ACTOR, m.campCity, { orgId: org.id, title: `${org.name}简报`, sentOn: '2026-03-02', sentTo: '市委活动办' })).id;
    bulA = await bulletin(m.t.villageA);
    bulB = await bulletin(m.t.villageB);
  },
  cases: (m) => {
    const freshReport = async (org: OrgRow, to: 'draft' | 'submitted') => {
      const r = await createReport(m.d.db, SYSTEM_ACTOR, m.campCity, { formId: null, orgId: org.id, period: PERIOD });
      await saveValues(m.d.db, SYSTEM_ACTOR, m.campCity, r.id, [{ indicator: 'documents_cut', value: 1 }], { confirm: true });
      if (to === 'submitted') await submitReport(m.d.db, SYSTEM_ACTOR, r.id);
      return r.id;
    };
    // Fresh fixtures per request, so each role meets an item it has not changed or removed yet.
    const freshIndicator = async (camp: CampaignTable) => (await addIndicator(m.d.db, SYSTEM_ACTOR, camp, { code: `p_${m.next()}`.toLowerCase().replace(/[^a-z0-9_]/g, '_'), zh: '自定义指标', unit: '项', aggregation: 'sum' })).code;
    const freshForm = async (org: OrgRow) => (await createForm(m.d.db, SYSTEM_ACTOR, m.campCity, { orgId: org.id, name: `月报${m.next()}`, cycle: 'month', indicators: ['documents_cut'] })).id;
    const freshBulletin = async (org: OrgRow) => (await addBulletin(m.d.db, SYSTEM_ACTOR, m.campCity, { orgId: org.id, title: `${org.name}简报`, sentOn: '2026-03-02', sentTo: '市委活动办' })).id;
    const freshBaseline = async (org: OrgRow) => {
      await setBaselines(m.d.db, SYSTEM_ACTOR, m.campCity, org, [{ indicator: 'meetings_cut', value: 5 }]);
      return `/api/campaigns/${m.campCity.id}/baselines/${org.id}/meetings_cut`;
    };
    const csv = () => multipartFile('file', 'v.csv', '指标,数值\ndocuments_cut,2\n', 'text/csv');
    const narrativeUpload = (org: OrgRow) => {
      const f = multipartFile('file', '综述.txt', '全镇共精简文件20件。', 'text/plain');
      return { method: 'POST' as const, url: `/api/campaigns/${m.campCity.id}/narratives?orgId=${org.id}&period=${PERIOD}`, ...f };
    };
    return [
      {
        route: 'GET /api/campaigns/:id/indicators', why: 'anyone who sees the campaign',
        inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campA.id}/indicators` }),
        outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campB.id}/indicators` }),
        expect: allReaders,
      },
      {
        route: 'POST /api/campaigns/:id/indicators', why: 'the office at the campaign’s top',
        inside: () => ({ method: 'POST', url: `/api/campaigns/${m.campA.id}/indicators`, payload: { code: `x_${m.next()}`, zh: '自定义指标', unit: '项', aggregation: 'sum' } }),
        outside: () => ({ method: 'POST', url: `/api/campaigns/${m.campB.id}/indicators`, payload: { code: `x_${m.next()}`, zh: '自定义指标', unit: '项', aggregation: 'sum' } }),
        expect: officeOnly,
      },
      {
        route: 'GET /api/campaigns/:id/dashboard',
        inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/dashboard?orgId=${m.t.villageA.id}` }),
        outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/dashboard?orgId=${m.t.villageB.id}` }),
        expect: figureReaders,
      },
      {
        route: 'GET /api/campaigns/:id/rollups',
        inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/rollups?orgId=${m.t.villageA.id}&indicators=documents_cut` }),
        outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/rollups?orgId=${m.t.villageB.id}&indicators=documents_cut` }),
        expect: figureReaders,
      },
      {
        route: 'GET /api/campaigns/:id/briefing.docx',
        inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/briefing.docx?orgId=${m.t.villageA.id}` }),
        outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/briefing.docx?orgId=${m.t.villageB.id}` }),
        expect: figureReaders,
      },
      {
        route: 'POST /api/campaigns/:id/figures/recompute', why: 'the office at the campaign’s top',
        inside: () => ({ method: 'POST', url: `/api/campaigns/${m.campA.id}/figures/recompute` }),
        outside: () => ({ method: 'POST', url: `/api/campaigns/${m.campB.id}/figures/recompute` }),
        expect: officeOnly,
      },
      {
        route: 'GET /api/campaigns/:id/baselines',
        inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/baselines?orgId=${m.t.villageA.id}` }),
        outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/baselines?orgId=${m.t.villageB.id}` }),
        expect: figureReaders,
      },
      {
        route: 'PUT /api/campaigns/:id/baselines',
        inside: () => ({ method: 'PUT', url: `/api/campaigns/${m.campCity.id}/baselines`, payload: { orgId: m.t.villageA.id, values: [{ indicator: 'documents_cut', value: 3 }] } }),
        outside: () => ({ method: 'PUT', url: `/api/campaigns/${m.campCity.id}/baselines`, payload: { orgId: m.t.villageB.id, values: [{ indicator: 'documents_cut', value: 3 }] } }),
        expect: officeOnly,
      },
      {
        route: 'GET /api/campaigns/:id/report-forms', why: 'anyone who sees the campaign',
        inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campA.id}/report-forms` }),
        outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campB.id}/report-forms` }),
        expect: allReaders,
      },
      {
        route: 'POST /api/campaigns/:id/report-forms',
        inside: () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/report-forms`, payload: { orgId: m.t.countyA.id, name: `月报${m.next()}`, cycle: 'month', indicators: ['documents_cut'] } }),
        outside: () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/report-forms`, payload: { orgId: m.t.countyB.id, name: `月报${m.next()}`, cycle: 'month', indicators: ['documents_cut'] } }),
        expect: officeOnly,
      },
      {
        route: 'GET /api/campaigns/:id/reports', why: 'lists only reports the caller may read',
        inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/reports` }),
        outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/reports` }),
        judge: listed((b) => b.items.map((i: { id: string }) => i.id), (side) => [side === 'inside' ? reportA : reportB]),
        expect: figureReaders,
      },
      {
        route: 'POST /api/campaigns/:id/reports',
        inside: () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/reports`, payload: { orgId: m.t.villageA.id, period: PERIOD } }),
        outside: () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/reports`, payload: { orgId: m.t.villageB.id, period: PERIOD } }),
        expect: reporters,
      },
      {
        route: 'GET /api/figure-reports/:id',
        inside: () => ({ method: 'GET', url: `/api/figure-reports/${reportA}` }),
        outside: () => ({ method: 'GET', url: `/api/figure-reports/${reportB}` }),
        expect: figureReaders,
      },
      {
        route: 'PUT /api/figure-reports/:id/values',
        inside: () => ({ method: 'PUT', url: `/api/figure-reports/${reportA}/values`, payload: { values: [{ indicator: 'documents_cut', value: 2 }], confirm: true } }),
        outside: () => ({ method: 'PUT', url: `/api/figure-reports/${reportB}/values`, payload: { values: [{ indicator: 'documents_cut', value: 2 }], confirm: true } }),
        expect: reporters,
      },
      {
        route: 'POST /api/figure-reports/:id/import',
        inside: () => ({ method: 'POST', url: `/api/figure-reports/${reportA}/import?confirm=true`, ...csv() }),
        outside: () => ({ method: 'POST', url: `/api/figure-reports/${reportB}/import?confirm=true`, ...csv() }),
        expect: reporters,
      },
      {
        route: 'POST /api/figure-reports/:id/submit',
        inside: async () => ({ method: 'POST', url: `/api/figure-reports/${await freshReport(m.t.villageA, 'draft')}/submit` }),
        outside: async () => ({ method: 'POST', url: `/api/figure-reports/${await freshReport(m.t.villageB, 'draft')}/submit` }),
        expect: reporters,
      },
      {
        route: 'POST /api/figure-reports/:id/approve', why: 'the level above: judged at the unit’s parent',
        inside: async () => ({ method: 'POST', url: `/api/figure-reports/${await freshReport(m.t.villageA, 'submitted')}/approve` }),
        outside: async () => ({ method: 'POST', url: `/api/figure-reports/${await freshReport(m.t.villageB, 'submitted')}/approve` }),
        expect: officeOnly,
      },
      {
        route: 'POST /api/figure-reports/:id/return', why: 'the level above: judged at the unit’s parent',
        inside: async () => ({ method: 'POST', url: `/api/figure-reports/${await freshReport(m.t.villageA, 'submitted')}/return`, payload: { note: '请核实' } }),
        outside: async () => ({ method: 'POST', url: `/api/figure-reports/${await freshReport(m.t.villageB, 'submitted')}/return`, payload: { note: '请核实' } }),
        expect: officeOnly,
      },
      {
        route: 'POST /api/campaigns/:id/narratives',
        inside: () => narrativeUpload(m.t.villageA),
        outside: () => narrativeUpload(m.t.villageB),
        expect: reporters,
      },
      {
        route: 'GET /api/narratives/:id',
        inside: () => ({ method: 'GET', url: `/api/narratives/${narrA}` }),
        outside: () => ({ method: 'GET', url: `/api/narratives/${narrB}` }),
        expect: figureReaders,
      },
      {
        route: 'POST /api/narratives/:id/confirm',
        inside: () => ({ method: 'POST', url: `/api/narratives/${narrA}/confirm`, payload: { items: [{ proposalId: propA, indicator: 'documents_cut' }] } }),
        outside: () => ({ method: 'POST', url: `/api/narratives/${narrB}/confirm`, payload: { items: [{ proposalId: propB, indicator: 'documents_cut' }] } }),
        expect: reporters,
      },
      {
        route: 'GET /api/campaigns/:id/bulletins', why: 'lists only items the caller may read',
        inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/bulletins` }),
        outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/bulletins` }),
        judge: listed((b) => b.items.map((i: { id: string }) => i.id), (side) => [side === 'inside' ? bulA : bulB]),
        expect: figureReaders,
      },
      {
        route: 'POST /api/campaigns/:id/bulletins',
        inside: () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/bulletins`, payload: { orgId: m.t.villageA.id, title: '简报', sentOn: '2026-03-03', sentTo: '区委' } }),
        outside: () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/bulletins`, payload: { orgId: m.t.villageB.id, title: '简报', sentOn: '2026-03-03', sentTo: '区委' } }),
        expect: reporters,
      },
      {
        route: 'PATCH /api/bulletins/:id',
        inside: () => ({ method: 'PATCH', url: `/api/bulletins/${bulA}`, payload: { adopted: true, adoptedBy: '市委简报' } }),
        outside: () => ({ method: 'PATCH', url: `/api/bulletins/${bulB}`, payload: { adopted: true, adoptedBy: '市委简报' } }),
        expect: officeOnly,
      },
      {
        route: 'PATCH /api/campaigns/:id/indicators/:code', why: 'the office at the campaign’s top',
        inside: async () => ({ method: 'PATCH', url: `/api/campaigns/${m.campA.id}/indicators/${await freshIndicator(m.campA)}`, payload: { zh: '改名' } }),
        outside: async () => ({ method: 'PATCH', url: `/api/campaigns/${m.campB.id}/indicators/${await freshIndicator(m.campB)}`, payload: { zh: '改名' } }),
        expect: officeOnly,
      },
      {
        route: 'DELETE /api/campaigns/:id/indicators/:code', why: 'the office at the campaign’s top',
        inside: async () => ({ method: 'DELETE', url: `/api/campaigns/${m.campA.id}/indicators/${await freshIndicator(m.campA)}` }),
        outside: async () => ({ method: 'DELETE', url: `/api/campaigns/${m.campB.id}/indicators/${await freshIndicator(m.campB)}` }),
        expect: officeOnly,
      },
      {
        route: 'PATCH /api/report-forms/:id', why: 'an office managing the form’s unit',
        inside: async () => ({ method: 'PATCH', url: `/api/report-forms/${await freshForm(m.t.countyA)}`, payload: { name: '改名' } }),
        outside: async () => ({ method: 'PATCH', url: `/api/report-forms/${await freshForm(m.t.countyB)}`, payload: { name: '改名' } }),
        expect: officeOnly,
      },
      {
        route: 'DELETE /api/report-forms/:id', why: 'an office managing the form’s unit',
        inside: async () => ({ method: 'DELETE', url: `/api/report-forms/${await freshForm(m.t.countyA)}` }),
        outside: async () => ({ method: 'DELETE', url: `/api/report-forms/${await freshForm(m.t.countyB)}` }),
        expect: officeOnly,
      },
      {
        route: 'DELETE /api/bulletins/:id', why: 'the reporting unit while not adopted',
        inside: async () => ({ method: 'DELETE', url: `/api/bulletins/${await freshBulletin(m.t.villageA)}` }),
        outside: async () => ({ method: 'DELETE', url: `/api/bulletins/${await freshBulletin(m.t.villageB)}` }),
        expect: reporters,
      },
      {
        route: 'DELETE /api/campaigns/:id/baselines/:orgId/:indicator', why: 'an office managing the unit',
        inside: async () => ({ method: 'DELETE', url: await freshBaseline(m.t.villageA) }),
        outside: async () => ({ method: 'DELETE', url: await freshBaseline(m.t.villageB) }),
        expect: officeOnly,
      },
    ];
  },
};
