import type { Role } from '../../../src/modules/authz/roles.js';
import { SYSTEM_ACTOR } from '../../../src/modules/audit/trail.js';
import { startRun } from '../../../src/modules/triage/runs.js';
import { B, I, N, type CaseModule, type Expect, type Matrix } from './matrix.js';

// Backlog triage runs: those who handle opinions (the office over its subtree, the liaison for
// its own unit) start and follow them; readers without the handling right do not.
const handlers: Record<Role, Expect> = {
  system_admin: B, campaign_office: I, unit_liaison: I, leading_group_member: N, supervision_group_member: N, leader: N, party_member: N,
};

/** Waits until the city campaign has no run in progress (the one a previous request started). */
async function idle(m: Matrix): Promise<Record<string, never>> {
  for (let i = 0; i < 200; i++) {
    const running = await m.d.db.selectFrom('triage_runs').select('id').where('campaign_id', '=', m.campCity.id).where('status', '=', 'running').executeTakeFirst();
    if (!running) return {};
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('fixture: a run of the city campaign did not end');
}

let runA = '';
let runB = '';

/** A run of the campaign over `path`, running (never executed here), after any earlier one left running is ended. */
async function runningRun(m: Matrix, c: Matrix['campA'], path: string): Promise<string> {
  await m.d.db.updateTable('triage_runs').set({ status: 'failed' }).where('campaign_id', '=', c.id).where('status', '=', 'running').execute();
  return (await startRun(m.d.db, SYSTEM_ACTOR, { regionId: c.region_id, campaignId: c.id, campaignPath: path, orgPath: path })).id;
}

export const triageRunCases: CaseModule = {
  async setup(m: Matrix) {
    const scope = (c: Matrix['campA'], path: string) => ({ regionId: c.region_id, campaignId: c.id, campaignPath: path, orgPath: path });
    runA = (await startRun(m.d.db, SYSTEM_ACTOR, scope(m.campA, m.t.countyA.path))).id;
    runB = (await startRun(m.d.db, SYSTEM_ACTOR, scope(m.campB, m.t.countyB.path))).id;
  },
  cases: (m) => [
    {
      route: 'POST /api/campaigns/:id/triage/runs', why: 'for a unit the caller handles',
      // (A campaign runs one run at a time: each request waits for the one before it to end.)
      inside: async () => ({ ...(await idle(m)), method: 'POST', url: `/api/campaigns/${m.campCity.id}/triage/runs`, payload: { orgId: m.t.villageA.id } }),
      outside: async () => ({ ...(await idle(m)), method: 'POST', url: `/api/campaigns/${m.campCity.id}/triage/runs`, payload: { orgId: m.t.villageB.id } }),
      expect: handlers,
    },
    {
      route: 'GET /api/campaigns/:id/triage/runs',
      inside: () => ({ method: 'GET', url: `/api/campaigns/${m.campA.id}/triage/runs` }),
      outside: () => ({ method: 'GET', url: `/api/campaigns/${m.campB.id}/triage/runs` }),
      expect: handlers,
    },
    {
      // Stopped by those whose reach takes in all a run covers (a unit liaison's reach is their unit alone) or who started it.
      route: 'POST /api/triage/runs/:id/cancel', why: "a running run over the caller's county",
      inside: async () => ({ method: 'POST', url: `/api/triage/runs/${await runningRun(m, m.campA, m.t.countyA.path)}/cancel`, payload: {} }),
      outside: async () => ({ method: 'POST', url: `/api/triage/runs/${await runningRun(m, m.campB, m.t.countyB.path)}/cancel`, payload: {} }),
      expect: { ...handlers, unit_liaison: N },
    },
    {
      route: 'GET /api/triage/runs/:id',
      inside: () => ({ method: 'GET', url: `/api/triage/runs/${runA}` }),
      outside: () => ({ method: 'GET', url: `/api/triage/runs/${runB}` }),
      expect: handlers,
    },
  ],
};
