import { randomInt } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { SYSTEM_ACTOR } from '../../../src/modules/audit/trail.js';
import { createCategory, mergeClusters } from '../../../src/modules/triage/commands.js';
import { submitOpinion } from '../../../src/modules/opinions/commands.js';
import type { OrgRow } from '../../../src/modules/organizations/queries.js';
import { allReaders, itemUpdaters, listed, officeOnly, opinionReaders, plain, type CaseModule, type Matrix, type Verdict } from './matrix.js';

// Triage routes (queue, clusters, categories). Reading follows opinion.read (the inbox's
// readers: party members read no opinions); changing needs opinion.handle over every opinion
// touched (office: subtree, liaison: own unit); categories are read by the organization's readers
// and managed by its campaign office (organization.manage).

// Opinions of these cases get texts of their own, so that they never fall into one another's
// near-duplicate cluster (the matrix's fresh opinions are all alike).
const distinct = () => Array.from({ length: 30 }, () => String.fromCodePoint(0x4e00 + randomInt(0x51a0))).join('');

async function opinionAt(m: Matrix, org: OrgRow, body = `反映：${distinct()}`): Promise<string> {
  const r = await submitOpinion(m.d.db, { campaignId: m.campCity.id, orgId: org.id, channel: 'letter', body, targetKind: 'unit', anonymous: true, enteredBy: SYSTEM_ACTOR });
  return r.opinion.id;
}

/** Two opinions saying the same, so they share a cluster; the later one (not the id holder) is returned. */
async function clusteredAt(m: Matrix, org: OrgRow): Promise<string> {
  const body = `重复：${distinct()}`;
  const first = await opinionAt(m, org, body);
  const second = await opinionAt(m, org, body);
  const row = await m.d.db.selectFrom('opinions').select('cluster_id').where('id', '=', second).executeTakeFirstOrThrow();
  if (row.cluster_id !== first) throw new Error('fixture: the two opinions should share a cluster');
  return second;
}

/** Any 403 is a refusal here: routes naming several opinions say which ones are out of reach. */
/** Two fresh clusters at a unit, merged by the system; returns the merged cluster's id. */
async function mergedAt(m: Matrix, org: OrgRow): Promise<string> {
  const all = { all: true, subtrees: [], exact: [] };
  const merged = await mergeClusters(m.d.db, SYSTEM_ACTOR, m.campCity, { opinionIds: [await opinionAt(m, org), await opinionAt(m, org)] }, { read: all, handle: all });
  return merged.clusterId;
}

const refused = (res: LightMyRequestResponse): Verdict | string => (res.statusCode === 403 ? 'denied' : plain(res));

const fx = { queueA: '', queueB: '', categoryA: '', categoryB: '' };
let position = 0;

export const triageCases: CaseModule = {
  async setup(m) {
    fx.queueA = await opinionAt(m, m.t.villageA);
    fx.queueB = await opinionAt(m, m.t.villageB);
    fx.categoryA = (await createCategory(m.d.db, SYSTEM_ACTOR, m.t.villageA, { name: '窗口服务' })).id;
    fx.categoryB = (await createCategory(m.d.db, SYSTEM_ACTOR, m.t.villageB, { name: '窗口服务' })).id;
  },
  cases: (m) => [
    {
      route: 'GET /api/campaigns/:id/triage/queue', why: "list: villageA's opinion vs villageB's (each its own cluster, found by it); party members read no opinions",
      inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/triage/queue?state=all&clusterId=${fx.queueA}` }),
      outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/triage/queue?state=all&clusterId=${fx.queueB}` }),
      judge: listed((b: { items: { id: string }[] }) => b.items.map((i) => i.id), (s) => [s === 'inside' ? fx.queueA : fx.queueB]),
      expect: opinionReaders,
    },
    {
      route: 'GET /api/campaigns/:id/triage/clusters/:clusterId', why: 'a cluster with no member in reach answers 403',
      inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/triage/clusters/${fx.queueA}` }),
      outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campCity.id}/triage/clusters/${fx.queueB}` }),
      expect: opinionReaders,
    },
    {
      route: 'GET /api/opinions/:id/triage/similar', why: "possible duplicates of villageA's opinion vs villageB's: who reads the opinion",
      inside: () => ({ method: 'GET', url: `/api/opinions/${fx.queueA}/triage/similar` }),
      outside: () => ({ method: 'GET', url: `/api/opinions/${fx.queueB}/triage/similar` }),
      expect: opinionReaders,
    },
    {
      route: 'POST /api/opinions/:id/triage', why: 'a fresh opinion each time, by those who handle the unit',
      inside: async () => ({ method: 'POST', url: `/api/opinions/${await opinionAt(m, m.t.villageA)}/triage`, payload: { wind: 'other' } }),
      outside: async () => ({ method: 'POST', url: `/api/opinions/${await opinionAt(m, m.t.villageB)}/triage`, payload: { wind: 'other' } }),
      expect: itemUpdaters,
    },
    {
      route: 'POST /api/opinions/:id/triage', why: 'routing: to villageA (inside) vs to villageB (outside), from an opinion the caller handles',
      inside: async (c) => ({ method: 'POST', url: `/api/opinions/${await opinionAt(m, c.role === 'system_admin' ? m.t.townA : m.t.villageA)}/triage`, payload: { orgId: m.t.villageA.id } }),
      outside: async (c) => ({ method: 'POST', url: `/api/opinions/${await opinionAt(m, c.role === 'system_admin' ? m.t.townB : m.t.villageA)}/triage`, payload: { orgId: m.t.villageB.id } }),
      judge: refused,
      expect: itemUpdaters,
    },
    {
      route: 'POST /api/campaigns/:id/triage/bulk', why: 'fresh opinions; any one out of reach refuses the whole batch',
      inside: async () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/triage/bulk`, payload: { ids: [await opinionAt(m, m.t.villageA), await opinionAt(m, m.t.villageA)], action: 'wind', value: 'other' } }),
      outside: async () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/triage/bulk`, payload: { ids: [await opinionAt(m, m.t.villageA), await opinionAt(m, m.t.villageB)], action: 'wind', value: 'other' } }),
      judge: refused,
      expect: itemUpdaters,
    },
    {
      route: 'POST /api/campaigns/:id/triage/merge', why: 'two fresh single-opinion clusters at villageA vs at villageB',
      inside: async () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/triage/merge`, payload: { opinionIds: [await opinionAt(m, m.t.villageA), await opinionAt(m, m.t.villageA)] } }),
      outside: async () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/triage/merge`, payload: { opinionIds: [await opinionAt(m, m.t.villageB), await opinionAt(m, m.t.villageB)] } }),
      judge: refused,
      expect: itemUpdaters,
    },
    {
      route: 'POST /api/campaigns/:id/triage/unmerge', why: 'the merge of two fresh clusters at villageA vs at villageB',
      inside: async () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/triage/unmerge`, payload: { clusterId: await mergedAt(m, m.t.villageA) } }),
      outside: async () => ({ method: 'POST', url: `/api/campaigns/${m.campCity.id}/triage/unmerge`, payload: { clusterId: await mergedAt(m, m.t.villageB) } }),
      judge: refused,
      expect: itemUpdaters,
    },
    {
      route: 'POST /api/opinions/:id/triage/split', why: 'the later of a fresh pair of identical opinions',
      inside: async () => ({ method: 'POST', url: `/api/opinions/${await clusteredAt(m, m.t.villageA)}/triage/split` }),
      outside: async () => ({ method: 'POST', url: `/api/opinions/${await clusteredAt(m, m.t.villageB)}/triage/split` }),
      expect: itemUpdaters,
    },
    {
      route: 'GET /api/orgs/:id/opinion-categories', why: "anyone who reads the organization: villageA's list vs villageB's",
      inside: () => ({ method: 'GET', url: `/api/orgs/${m.t.villageA.id}/opinion-categories` }),
      outside: () => ({ method: 'GET', url: `/api/orgs/${m.t.villageB.id}/opinion-categories` }),
      expect: allReaders,
    },
    {
      route: 'POST /api/orgs/:id/opinion-categories', why: 'fresh names, so a 409 cannot hide a 403',
      inside: () => ({ method: 'POST', url: `/api/orgs/${m.t.villageA.id}/opinion-categories`, payload: { name: `分类${m.next()}`, wind: 'formalism' } }),
      outside: () => ({ method: 'POST', url: `/api/orgs/${m.t.villageB.id}/opinion-categories`, payload: { name: `分类${m.next()}`, wind: 'formalism' } }),
      expect: officeOnly,
    },
    {
      route: 'PATCH /api/opinion-categories/:id',
      inside: () => ({ method: 'PATCH', url: `/api/opinion-categories/${fx.categoryA}`, payload: { position: ++position } }),
      outside: () => ({ method: 'PATCH', url: `/api/opinion-categories/${fx.categoryB}`, payload: { position: ++position } }),
      expect: officeOnly,
    },
  ],
};
