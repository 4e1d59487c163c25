import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, multipartFile, waitForImport, type AppHandle, type TestApp } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { ROLES, type Role } from '../../src/modules/authz/roles.js';
import { addAction, createCampaign, setUnitItem } from '../../src/modules/campaigns/commands.js';
import type { CampaignTable } from '../../src/db/schema.js';
import { createOrg, setOrgActive, updateOrg } from '../../src/modules/organizations/commands.js';
import type { OrgRow } from '../../src/modules/organizations/queries.js';
import { startJob } from '../../src/modules/organizations/import-jobs.js';
import { grantRole } from '../../src/modules/people/commands.js';
import { createGroup } from '../../src/modules/supervision/commands.js';
import { newId } from '../../src/shared/ids.js';
import { submitOpinion } from '../../src/modules/opinions/commands.js';
import { createGatewayKey, signGatewayRequest } from '../../src/modules/opinions/gateway-routes.js';
import { createLetters, createSolicitation, recordSymposium } from '../../src/modules/solicitations/commands.js';

// The permission matrix: every API route × every role × a target inside countyA's subtree
// (where the non-admin callers hold their roles) and one inside countyB's. The expected
// outcome is written out by hand per role, from the policies in src/modules/authz/policy.ts;
// it is never computed from them, so a wrong policy or a route that forgets to authorize fails.
//
// Who holds what:
//   system_admin            at the city
//   campaign_office         at countyA          (manage: subtree)
//   leading_group_member    at countyA          (read: subtree)
//   leader                  at countyA          (read: subtree)
//   supervision_group_member at the city, in a group assigned to countyA (read: assigned units only,
//                           so holding the role at the city must NOT open countyB)
//   unit_liaison            at villageA         (read: self; unit items update: self)
//   party_member            at villageA         (read: self)

import {
  B, I, N, everyone, officeOnly, allReaders, subtreeReaders, itemUpdaters, opinionReaders, plain, listed,
  type Case, type Caller, type Matrix, type Side,
} from './permission-cases/matrix.js';
import { caseModules } from './permission-cases/index.js';

describe.each(databaseKinds)('permission matrix (%s)', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let app: TestApp;
  let t: SmallTree;
  let campCity: CampaignTable;
  let campA: CampaignTable;
  let campB: CampaignTable;
  let actPut: string;
  let actPost: string;
  let actGet: string;
  let actA: string;
  let actB: string;
  let groupA: string;
  let groupB: string;
  let insider: { id: string; username: string };
  // listen fixtures: one of each in villageA / countyA (inside) and villageB / countyB (outside)
  let oppA: string;
  let oppB: string;
  let attA: string;
  let attB: string;
  let solA: string;
  let solB: string;
  let symA: string;
  let symB: string;
  let receipt: string;
  let letterToken: string;
  let gatewayKey: { id: string; secret: string };
  let outsider: { id: string; username: string };
  const callers = new Map<Role, Caller>();
  let seq = 0;
  const next = () => `${kind[0]}${++seq}`;

  async function throwaway(parent: OrgRow, inactive = false): Promise<OrgRow> {
    const s = next();
    const org = await createOrg(d.db, SYSTEM_ACTOR, { parentId: parent.id, code: `TMP-${s}`, name: `临时支部${s}`, type: 'party_branch' });
    if (inactive) await setOrgActive(d.db, SYSTEM_ACTOR, org.id, false);
    return org;
  }

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    app = h.app;
    t = await smallTree(d.db);
    const dates = { batch: 1, startsOn: '2026-01-01', endsOn: '2026-06-30' };
    campCity = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '全市活动', ...dates });
    campA = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyA.id, name: '东城区活动', ...dates });
    campB = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyB.id, name: '西湖区活动', ...dates });
    const actionsOf = async (c: CampaignTable) =>
      (await d.db.selectFrom('campaign_actions').select('id').where('campaign_id', '=', c.id).orderBy('phase').orderBy('position').execute()).map((a) => a.id);
    [actPut, actPost, actGet] = await actionsOf(campCity);
    [actA] = await actionsOf(campA);
    [actB] = await actionsOf(campB);

    // A supervision group sent by the city, assigned to countyA only (as src/demo/seed.ts does).
    const groupId = newId();
    const at = new Date().toISOString();
    await d.db.insertInto('supervision_groups').values({ region_id: t.city.region_id, id: groupId, campaign_id: campCity.id, org_id: t.city.id, name: '市委第一督导组', created_at: at }).execute();
    await d.db.insertInto('supervision_assignments').values({ region_id: t.city.region_id, group_id: groupId, org_id: t.countyA.id, org_path: t.countyA.path }).execute();

    // Groups sent by each county in the city campaign, to act on through the supervision routes.
    groupA = (await createGroup(d.db, SYSTEM_ACTOR, campCity, { name: '东城督导组', orgId: t.countyA.id, unitIds: [t.townA.id] })).id;
    groupB = (await createGroup(d.db, SYSTEM_ACTOR, campCity, { name: '西湖督导组', orgId: t.countyB.id, unitIds: [t.townB.id] })).id;

    const placeOf: Record<Role, OrgRow> = {
      system_admin: t.city, campaign_office: t.countyA, leading_group_member: t.countyA, leader: t.countyA,
      supervision_group_member: t.city, unit_liaison: t.villageA, party_member: t.villageA,
    };
    for (const role of ROLES) {
      const username = `who.${role.replace(/_/g, '.')}`;
      const u = await userWithRole(d.db, role, placeOf[role], { username, supervisionGroupId: role === 'supervision_group_member' ? groupId : undefined });
      callers.set(role, { role, id: u.id, username, cookie: await loginAs(app, username, TEST_PASSWORD) });
    }
    // People to act on: one in each county's village.
    insider = await userWithRole(d.db, 'party_member', t.villageA, { username: 'insider.a' });
    outsider = await userWithRole(d.db, 'party_member', t.villageB, { username: 'outsider.b' });

    // Evidence to download on both sides.
    for (const v of [t.villageA, t.villageB]) {
      await setUnitItem(d.db, SYSTEM_ACTOR, campCity.id, v.id, actGet, { status: 'done', attachment: { name: 'proof.txt', type: 'text/plain', data: Buffer.from('proof') } });
    }
  });

  // Listen fixtures, set up after the main ones (campCity exists by then).
  beforeAll(async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
    const opinionAt = async (org: OrgRow) => {
      const r = await submitOpinion(d.db, { campaignId: campCity.id, orgId: org.id, channel: 'web', body: `关于${org.name}的意见`, targetKind: 'unit', anonymous: true, issueReceipt: true, attachments: [{ name: 'a.png', data: png }] });
      const att = await d.db.selectFrom('opinion_attachments').select('id').where('opinion_id', '=', r.opinion.id).executeTakeFirstOrThrow();
      return { id: r.opinion.id, att: att.id, receipt: r.receipt! };
    };
    const a = await opinionAt(t.villageA);
    const b = await opinionAt(t.villageB);
    [oppA, attA, oppB, attB, receipt] = [a.id, a.att, b.id, b.att, a.receipt];
    const sol = (org: OrgRow) => createSolicitation(d.db, SYSTEM_ACTOR, campCity.id, { orgId: org.id, title: `${org.name}征求意见`, startsOn: '2020-01-01', endsOn: '2099-12-31', audiences: ['public'], channels: ['web'], targetKind: 'leadership', targetLabel: `${org.name}领导班子` });
    solA = (await sol(t.countyA)).id;
    solB = (await sol(t.countyB)).id;
    const sym = (org: OrgRow) => recordSymposium(d.db, SYSTEM_ACTOR, campCity.id, { orgId: org.id, heldOn: '2026-03-01', host: '主持人', attendance: { 群众代表: 10 }, opinions: [] });
    symA = (await sym(t.villageA)).symposium.id;
    symB = (await sym(t.villageB)).symposium.id;
    letterToken = (await createLetters(d.db, SYSTEM_ACTOR, solA, [{ name: '老干部张某' }]))[0].token;
    gatewayKey = await createGatewayKey(d.db, campCity.id, '热线平台');
  });

  afterAll(async () => {
    await h?.close();
    await d?.drop();
  });

  const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

  const client = () => `10.${kind.length}.${Math.floor(++seq / 250)}.${seq % 250}`;
  async function freshOpinion(org: OrgRow): Promise<string> {
    return (await submitOpinion(d.db, { campaignId: campCity.id, orgId: org.id, channel: 'web', body: `新意见${next()}`, targetKind: 'unit', anonymous: true })).opinion.id;
  }
  // What the feature case files (./permission-cases/) see; filled in once the fixtures exist.
  const m = { kind, next, client: () => client(), freshOpinion: (org: OrgRow) => freshOpinion(org), callers } as unknown as Matrix;
  beforeAll(async () => {
    Object.assign(m, { d, app, t, campCity, campA, campB });
    for (const mod of caseModules) await mod.setup?.(m);
  });

  function signed(body: Record<string, unknown>): InjectOptions {
    const raw = JSON.stringify(body);
    const ts = Math.floor(Date.now() / 1000);
    return { method: 'POST', url: '/api/gateway/opinions', payload: raw, headers: { 'content-type': 'application/json', 'x-massline-key': gatewayKey.id, 'x-massline-timestamp': String(ts), 'x-massline-signature': signGatewayRequest(gatewayKey.secret, ts, raw) } };
  }

  const cases: Case[] = [
    // -- system / auth
    { route: 'GET /api/ping', why: 'public liveness', inside: () => ({ method: 'GET', url: '/api/ping' }), outside: () => ({ method: 'GET', url: '/api/ping' }), expect: everyone(B) },
    { route: 'GET /api/health', why: 'public', inside: () => ({ method: 'GET', url: '/api/health' }), outside: () => ({ method: 'GET', url: '/api/health' }), expect: everyone(B) },
    {
      route: 'POST /api/auth/login', why: 'public; everyone signs in as themselves',
      inside: (c) => ({ method: 'POST', url: '/api/auth/login', payload: { login: c.username, password: TEST_PASSWORD } }),
      outside: (c) => ({ method: 'POST', url: '/api/auth/login', payload: { login: c.username, password: TEST_PASSWORD } }),
      expect: everyone(B),
    },
    {
      route: 'POST /api/auth/logout', why: 'public; ends a second session of the caller (the matrix keeps its own)',
      inside: async (c) => ({ method: 'POST', url: '/api/auth/logout', headers: { cookie: await loginAs(app, c.username, TEST_PASSWORD) } }),
      outside: async (c) => ({ method: 'POST', url: '/api/auth/logout', headers: { cookie: await loginAs(app, c.username, TEST_PASSWORD) } }),
      expect: everyone(B),
    },
    { route: 'GET /api/auth/me', inside: () => ({ method: 'GET', url: '/api/auth/me' }), outside: () => ({ method: 'GET', url: '/api/auth/me' }),
      judge: (res, _s, c) => (res.statusCode === 200 && res.json().user.id === c.id ? 'allowed' : `unexpected ${res.statusCode} ${res.body}`), expect: everyone(B) },
    {
      route: 'POST /api/auth/password', why: 'everyone may change their own password (here: to the same one)',
      inside: () => ({ method: 'POST', url: '/api/auth/password', payload: { current: TEST_PASSWORD, next: TEST_PASSWORD } }),
      outside: () => ({ method: 'POST', url: '/api/auth/password', payload: { current: TEST_PASSWORD, next: TEST_PASSWORD } }),
      expect: everyone(B),
    },

    // -- organizations
    {
      route: 'GET /api/orgs/roots', why: 'list: the tops shown lead to countyA (inside) or cover countyB (outside)',
      inside: () => ({ method: 'GET', url: '/api/orgs/roots' }), outside: () => ({ method: 'GET', url: '/api/orgs/roots' }),
      judge: listed(ids, (s) => (s === 'inside' ? [t.city.id, t.countyA.id, t.villageA.id] : [t.city.id, t.countyB.id, t.townB.id, t.villageB.id])),
      expect: allReaders,
    },
    {
      route: 'GET /api/orgs/search', why: 'list: villageA (桃花社区) vs villageB (石桥村)',
      inside: () => ({ method: 'GET', url: `/api/orgs/search?q=${encodeURIComponent('桃花')}` }),
      outside: () => ({ method: 'GET', url: `/api/orgs/search?q=${encodeURIComponent('石桥')}` }),
      judge: listed(ids, (s) => [s === 'inside' ? t.villageA.id : t.villageB.id]),
      expect: allReaders,
    },
    { route: 'GET /api/orgs/:id', inside: () => ({ method: 'GET', url: `/api/orgs/${t.villageA.id}` }), outside: () => ({ method: 'GET', url: `/api/orgs/${t.villageB.id}` }), expect: allReaders },
    {
      route: 'GET /api/orgs/:id/children', why: 'townA vs townB: a township is above the self-only roles',
      inside: () => ({ method: 'GET', url: `/api/orgs/${t.townA.id}/children` }), outside: () => ({ method: 'GET', url: `/api/orgs/${t.townB.id}/children` }),
      expect: subtreeReaders,
    },
    {
      route: 'POST /api/orgs', why: 'parent townA vs townB, a fresh code each time so a 409 cannot hide a 403',
      inside: () => ({ method: 'POST', url: '/api/orgs', payload: { parentId: t.townA.id, code: `NEW-${next()}`, name: '新村', type: 'village' } }),
      outside: () => ({ method: 'POST', url: '/api/orgs', payload: { parentId: t.townB.id, code: `NEW-${next()}`, name: '新村', type: 'village' } }),
      expect: officeOnly,
    },
    {
      route: 'PATCH /api/orgs/:id',
      inside: () => ({ method: 'PATCH', url: `/api/orgs/${t.villageA.id}`, payload: { sortOrder: ++seq } }),
      outside: () => ({ method: 'PATCH', url: `/api/orgs/${t.villageB.id}`, payload: { sortOrder: ++seq } }),
      expect: officeOnly,
    },
    {
      route: 'POST /api/orgs/:id/move', why: 'a throwaway branch moved within its own county',
      inside: async () => ({ method: 'POST', url: `/api/orgs/${(await throwaway(t.townA)).id}/move`, payload: { parentId: t.villageA.id } }),
      outside: async () => ({ method: 'POST', url: `/api/orgs/${(await throwaway(t.townB)).id}/move`, payload: { parentId: t.villageB.id } }),
      expect: officeOnly,
    },
    {
      route: 'POST /api/orgs/:id/deactivate', why: 'on throwaway orgs',
      inside: async () => ({ method: 'POST', url: `/api/orgs/${(await throwaway(t.townA)).id}/deactivate` }),
      outside: async () => ({ method: 'POST', url: `/api/orgs/${(await throwaway(t.townB)).id}/deactivate` }),
      expect: officeOnly,
    },
    {
      route: 'POST /api/orgs/:id/reactivate', why: 'on throwaway deactivated orgs',
      inside: async () => ({ method: 'POST', url: `/api/orgs/${(await throwaway(t.townA, true)).id}/reactivate` }),
      outside: async () => ({ method: 'POST', url: `/api/orgs/${(await throwaway(t.townB, true)).id}/reactivate` }),
      expect: officeOnly,
    },
    {
      route: 'GET /api/orgs/import/template', why: 'no target: any signed-in caller',
      inside: () => ({ method: 'GET', url: '/api/orgs/import/template' }), outside: () => ({ method: 'GET', url: '/api/orgs/import/template' }),
      expect: everyone(B),
    },
    {
      route: 'POST /api/orgs/import',
      why: 'callers with no manage scope get 403 at once; a manager importing under a parent outside its reach gets 202 and a job that fails with parent_forbidden (denied)',
      inside: () => ({ method: 'POST', url: '/api/orgs/import', ...multipartFile('file', 'orgs.csv', `编码,名称,上级编码,类型\nIMP-${next()},导入村,${t.townA.code},村（社区）\n`, 'text/csv') }),
      outside: () => ({ method: 'POST', url: '/api/orgs/import', ...multipartFile('file', 'orgs.csv', `编码,名称,上级编码,类型\nIMP-${next()},导入村,${t.townB.code},村（社区）\n`, 'text/csv') }),
      judge: async (res, _side, c) => {
        if (res.statusCode === 403) return 'denied';
        if (res.statusCode !== 202) return `unexpected ${res.statusCode} ${res.body}`;
        const job = await waitForImport(app, c.cookie, res.json().jobId);
        if (job.status === 'done' && job.created === 1) return 'allowed';
        if (job.status === 'failed' && job.errors.length === 1 && job.errors[0].message.includes('无权')) return 'denied';
        return `unexpected job ${JSON.stringify(job)}`;
      },
      expect: officeOnly,
    },
    {
      route: 'GET /api/orgs/import/:id', why: "only the job's owner sees it; someone else's job answers 404 (not 403), so its existence does not leak",
      inside: (c) => ({ method: 'GET', url: `/api/orgs/import/${startJob(c.id).id}` }),
      outside: () => ({ method: 'GET', url: `/api/orgs/import/${startJob('someoneelse').id}` }),
      judge: (res) => (res.statusCode === 404 && res.json().code === 'request.not_found' ? 'denied' : plain(res)),
      expect: everyone(I),
    },

    // -- people
    {
      route: 'GET /api/users', why: 'list: the insider (villageA) vs the outsider (villageB); roles without user.read get an empty list',
      inside: () => ({ method: 'GET', url: '/api/users?q=insider' }), outside: () => ({ method: 'GET', url: '/api/users?q=outsider' }),
      judge: listed(ids, (s) => [s === 'inside' ? insider.id : outsider.id]),
      expect: officeOnly,
    },
    {
      route: 'GET /api/users', why: 'filtered by an organization: 403 outside the reach',
      inside: () => ({ method: 'GET', url: `/api/users?orgId=${t.villageA.id}` }), outside: () => ({ method: 'GET', url: `/api/users?orgId=${t.villageB.id}` }),
      judge: listed(ids, (s) => [s === 'inside' ? insider.id : outsider.id]),
      expect: officeOnly,
    },
    {
      route: 'POST /api/users', why: 'fresh usernames so a 409 cannot hide a 403',
      inside: () => ({ method: 'POST', url: '/api/users', payload: { username: `new.${next()}`, name: '新人', orgId: t.villageA.id, password: TEST_PASSWORD } }),
      outside: () => ({ method: 'POST', url: '/api/users', payload: { username: `new.${next()}`, name: '新人', orgId: t.villageB.id, password: TEST_PASSWORD } }),
      expect: officeOnly,
    },
    {
      route: 'PATCH /api/users/:id',
      inside: () => ({ method: 'PATCH', url: `/api/users/${insider.id}`, payload: { position: `职务${next()}` } }),
      outside: () => ({ method: 'PATCH', url: `/api/users/${outsider.id}`, payload: { position: `职务${next()}` } }),
      expect: officeOnly,
    },
    {
      route: 'POST /api/users/:id/roles',
      inside: () => ({ method: 'POST', url: `/api/users/${insider.id}/roles`, payload: { role: 'party_member', orgId: t.villageA.id } }),
      outside: () => ({ method: 'POST', url: `/api/users/${outsider.id}/roles`, payload: { role: 'party_member', orgId: t.villageB.id } }),
      expect: officeOnly,
    },
    {
      route: 'POST /api/users/:id/roles', why: 'only a system administrator makes system administrators, even inside the reach',
      // A throwaway user each time: once a system administrator, only administrators may touch them.
      inside: async () => ({ method: 'POST', url: `/api/users/${(await userWithRole(d.db, 'party_member', t.villageA)).id}/roles`, payload: { role: 'system_admin', orgId: t.villageA.id } }),
      outside: async () => ({ method: 'POST', url: `/api/users/${(await userWithRole(d.db, 'party_member', t.villageB)).id}/roles`, payload: { role: 'system_admin', orgId: t.villageB.id } }),
      expect: { ...officeOnly, campaign_office: N },
    },
    {
      route: 'PATCH /api/users/:id', why: 'a system administrator is managed only by another, even inside the reach',
      inside: async () => ({ method: 'PATCH', url: `/api/users/${(await userWithRole(d.db, 'system_admin', t.villageA)).id}`, payload: { active: false } }),
      outside: async () => ({ method: 'PATCH', url: `/api/users/${(await userWithRole(d.db, 'system_admin', t.villageB)).id}`, payload: { active: false } }),
      expect: { ...officeOnly, campaign_office: N },
    },
    {
      route: 'DELETE /api/users/:id/roles/:roleId', why: 'a throwaway grant each time',
      inside: async () => ({ method: 'DELETE', url: `/api/users/${insider.id}/roles/${(await grantRole(d.db, SYSTEM_ACTOR, insider.id, { role: 'leader', orgId: t.villageA.id })).id}` }),
      outside: async () => ({ method: 'DELETE', url: `/api/users/${outsider.id}/roles/${(await grantRole(d.db, SYSTEM_ACTOR, outsider.id, { role: 'leader', orgId: t.villageB.id })).id}` }),
      expect: officeOnly,
    },

    // -- campaigns
    {
      route: 'GET /api/campaigns', why: "list: countyA's campaign vs countyB's",
      inside: () => ({ method: 'GET', url: '/api/campaigns' }), outside: () => ({ method: 'GET', url: '/api/campaigns' }),
      judge: listed(ids, (s) => [s === 'inside' ? campA.id : campB.id]),
      expect: allReaders,
    },
    {
      route: 'POST /api/campaigns',
      inside: () => ({ method: 'POST', url: '/api/campaigns', payload: { orgId: t.countyA.id, name: '新活动', batch: 2, startsOn: '2026-03-01', endsOn: '2026-09-30' } }),
      outside: () => ({ method: 'POST', url: '/api/campaigns', payload: { orgId: t.countyB.id, name: '新活动', batch: 2, startsOn: '2026-03-01', endsOn: '2026-09-30' } }),
      expect: officeOnly,
    },
    { route: 'GET /api/campaigns/:id', inside: () => ({ method: 'GET', url: `/api/campaigns/${campA.id}` }), outside: () => ({ method: 'GET', url: `/api/campaigns/${campB.id}` }), expect: allReaders },
    {
      route: 'PATCH /api/campaigns/:id',
      inside: () => ({ method: 'PATCH', url: `/api/campaigns/${campA.id}`, payload: { name: `东城区活动${next()}` } }),
      outside: () => ({ method: 'PATCH', url: `/api/campaigns/${campB.id}`, payload: { name: `西湖区活动${next()}` } }),
      expect: officeOnly,
    },
    {
      route: 'POST /api/campaigns/:id/actions',
      inside: () => ({ method: 'POST', url: `/api/campaigns/${campA.id}/actions`, payload: { phase: 'listen', title: '走访' } }),
      outside: () => ({ method: 'POST', url: `/api/campaigns/${campB.id}/actions`, payload: { phase: 'listen', title: '走访' } }),
      expect: officeOnly,
    },
    {
      route: 'PATCH /api/campaigns/:id/actions/:actionId',
      inside: () => ({ method: 'PATCH', url: `/api/campaigns/${campA.id}/actions/${actA}`, payload: { dueOn: '2026-02-01' } }),
      outside: () => ({ method: 'PATCH', url: `/api/campaigns/${campB.id}/actions/${actB}`, payload: { dueOn: '2026-02-01' } }),
      expect: officeOnly,
    },
    {
      route: 'DELETE /api/campaigns/:id/actions/:actionId', why: 'a throwaway action each time',
      inside: async () => ({ method: 'DELETE', url: `/api/campaigns/${campA.id}/actions/${(await addAction(d.db, SYSTEM_ACTOR, campA.id, { phase: 'rectify', title: '临时' })).id}` }),
      outside: async () => ({ method: 'DELETE', url: `/api/campaigns/${campB.id}/actions/${(await addAction(d.db, SYSTEM_ACTOR, campB.id, { phase: 'rectify', title: '临时' })).id}` }),
      expect: officeOnly,
    },
    {
      route: 'GET /api/campaigns/:id/matrix', why: "the city campaign's matrix at villageA vs villageB",
      inside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/matrix?orgId=${t.villageA.id}` }),
      outside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/matrix?orgId=${t.villageB.id}` }),
      expect: allReaders,
    },
    {
      route: 'GET /api/campaigns/:id/matrix', why: 'at townA vs townB: above the self-only roles',
      inside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/matrix?orgId=${t.townA.id}` }),
      outside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/matrix?orgId=${t.townB.id}` }),
      expect: subtreeReaders,
    },
    {
      route: 'GET /api/campaigns/:id/items/:orgId',
      inside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/items/${t.villageA.id}` }),
      outside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/items/${t.villageB.id}` }),
      expect: allReaders,
    },
    {
      route: 'PUT /api/campaigns/:id/items/:orgId/:actionId',
      inside: () => ({ method: 'PUT', url: `/api/campaigns/${campCity.id}/items/${t.villageA.id}/${actPut}`, payload: { status: 'in_progress', note: '进行中' } }),
      outside: () => ({ method: 'PUT', url: `/api/campaigns/${campCity.id}/items/${t.villageB.id}/${actPut}`, payload: { status: 'in_progress', note: '进行中' } }),
      expect: itemUpdaters,
    },
    {
      route: 'POST /api/campaigns/:id/items/:orgId/:actionId/attachment',
      inside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/items/${t.villageA.id}/${actPost}/attachment`, ...multipartFile('file', 'evidence.txt', '佐证', 'text/plain') }),
      outside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/items/${t.villageB.id}/${actPost}/attachment`, ...multipartFile('file', 'evidence.txt', '佐证', 'text/plain') }),
      expect: itemUpdaters,
    },
    {
      route: 'GET /api/campaigns/:id/items/:orgId/:actionId/attachment',
      inside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/items/${t.villageA.id}/${actGet}/attachment` }),
      outside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/items/${t.villageB.id}/${actGet}/attachment` }),
      judge: (res) => (res.statusCode === 200 && res.body !== 'proof' ? `unexpected body ${res.body}` : plain(res)),
      expect: allReaders,
    },

    {
      route: 'PUT /api/campaigns/:id/exclusions', why: 'left empty, so the campaigns stay whole',
      inside: () => ({ method: 'PUT', url: `/api/campaigns/${campA.id}/exclusions`, payload: { orgIds: [] } }),
      outside: () => ({ method: 'PUT', url: `/api/campaigns/${campB.id}/exclusions`, payload: { orgIds: [] } }),
      expect: officeOnly,
    },

    // -- supervision groups (policy supervision_group: read office/leading subtree, member self; manage office subtree)
    {
      route: 'GET /api/campaigns/:id/supervision-groups',
      why: "list: the group sent by countyA vs by countyB; the member holds the role at the city (self), so sees only the city's groups",
      inside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/supervision-groups` }),
      outside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/supervision-groups` }),
      judge: listed(ids, (s) => [s === 'inside' ? groupA : groupB]),
      expect: { system_admin: B, campaign_office: I, leading_group_member: I, supervision_group_member: N, unit_liaison: N, leader: N, party_member: N },
    },
    {
      route: 'POST /api/campaigns/:id/supervision-groups', why: "each county's campaign, sent by that county",
      inside: () => ({ method: 'POST', url: `/api/campaigns/${campA.id}/supervision-groups`, payload: { name: '新督导组', orgId: t.countyA.id, unitIds: [t.townA.id] } }),
      outside: () => ({ method: 'POST', url: `/api/campaigns/${campB.id}/supervision-groups`, payload: { name: '新督导组', orgId: t.countyB.id, unitIds: [t.townB.id] } }),
      expect: officeOnly,
    },
    {
      route: 'PUT /api/supervision-groups/:id/units', why: 'reassigns the same unit',
      inside: () => ({ method: 'PUT', url: `/api/supervision-groups/${groupA}/units`, payload: { unitIds: [t.townA.id] } }),
      outside: () => ({ method: 'PUT', url: `/api/supervision-groups/${groupB}/units`, payload: { unitIds: [t.townB.id] } }),
      expect: officeOnly,
    },
    {
      route: 'DELETE /api/supervision-groups/:id', why: 'a throwaway group each time',
      inside: async () => ({ method: 'DELETE', url: `/api/supervision-groups/${(await createGroup(d.db, SYSTEM_ACTOR, campCity, { name: '临时组', orgId: t.countyA.id, unitIds: [t.villageA.id] })).id}` }),
      outside: async () => ({ method: 'DELETE', url: `/api/supervision-groups/${(await createGroup(d.db, SYSTEM_ACTOR, campCity, { name: '临时组', orgId: t.countyB.id, unitIds: [t.villageB.id] })).id}` }),
      expect: officeOnly,
    },

    // -- audit
    {
      route: 'GET /api/audit', why: 'list: a fresh change to villageA vs villageB must (not) appear',
      inside: async () => {
        await updateOrg(d.db, SYSTEM_ACTOR, t.villageA.id, { sortOrder: ++seq });
        return { method: 'GET', url: '/api/audit?limit=10' };
      },
      outside: async () => {
        await updateOrg(d.db, SYSTEM_ACTOR, t.villageB.id, { sortOrder: ++seq });
        return { method: 'GET', url: '/api/audit?limit=10' };
      },
      judge: listed((b: { items: { targetId: string }[] }) => b.items.map((i) => i.targetId), (s) => [s === 'inside' ? t.villageA.id : t.villageB.id]),
      expect: officeOnly,
    },

    // -- solicitations and symposiums
    {
      route: 'GET /api/campaigns/:id/solicitations', why: "list: countyA's round vs countyB's; self-only roles sit below both",
      inside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/solicitations` }), outside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/solicitations` }),
      judge: listed(ids, (s) => [s === 'inside' ? solA : solB]), expect: subtreeReaders,
    },
    {
      route: 'POST /api/campaigns/:id/solicitations',
      inside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/solicitations`, payload: { orgId: t.countyA.id, title: '新一轮', startsOn: '2026-01-01', endsOn: '2026-02-01', audiences: ['public'], channels: ['web'], targetKind: 'unit', targetLabel: '东城区' } }),
      outside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/solicitations`, payload: { orgId: t.countyB.id, title: '新一轮', startsOn: '2026-01-01', endsOn: '2026-02-01', audiences: ['public'], channels: ['web'], targetKind: 'unit', targetLabel: '西湖区' } }),
      expect: officeOnly,
    },
    {
      route: 'PATCH /api/solicitations/:id',
      inside: () => ({ method: 'PATCH', url: `/api/solicitations/${solA}`, payload: { description: `说明${next()}` } }),
      outside: () => ({ method: 'PATCH', url: `/api/solicitations/${solB}`, payload: { description: `说明${next()}` } }),
      expect: officeOnly,
    },
    {
      route: 'POST /api/solicitations/:id/letters',
      inside: () => ({ method: 'POST', url: `/api/solicitations/${solA}/letters`, payload: { recipients: [{ name: '人大代表甲' }] } }),
      outside: () => ({ method: 'POST', url: `/api/solicitations/${solB}/letters`, payload: { recipients: [{ name: '人大代表乙' }] } }),
      expect: officeOnly,
    },
    {
      route: 'GET /api/solicitations/:id/letters', why: 'recipients are named people: managers only',
      inside: () => ({ method: 'GET', url: `/api/solicitations/${solA}/letters` }), outside: () => ({ method: 'GET', url: `/api/solicitations/${solB}/letters` }),
      expect: officeOnly,
    },
    {
      route: 'POST /api/campaigns/:id/symposiums', why: 'recorded by those who may enter opinions for the unit',
      inside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/symposiums`, payload: { orgId: t.villageA.id, heldOn: '2026-03-02', host: '书记', attendance: { 党员: 8 }, opinions: [{ body: '座谈意见', targetKind: 'unit' }] } }),
      outside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/symposiums`, payload: { orgId: t.villageB.id, heldOn: '2026-03-02', host: '书记', attendance: { 党员: 8 }, opinions: [{ body: '座谈意见', targetKind: 'unit' }] } }),
      expect: itemUpdaters,
    },
    {
      route: 'GET /api/campaigns/:id/symposiums', why: "list: villageA's symposium vs villageB's",
      inside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/symposiums` }), outside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/symposiums` }),
      judge: listed(ids, (s) => [s === 'inside' ? symA : symB]), expect: allReaders,
    },

    // -- opinions (the office side)
    {
      route: 'GET /api/campaigns/:id/opinions', why: "inbox: villageA's opinion vs villageB's; party members do not read opinions",
      inside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/opinions?limit=200` }), outside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/opinions?limit=200` }),
      judge: listed(ids, (s) => [s === 'inside' ? oppA : oppB]), expect: opinionReaders,
    },
    {
      route: 'GET /api/campaigns/:id/opinion-counts', why: 'counts only what the caller may read: villageA vs villageB',
      inside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/opinion-counts?orgId=${t.villageA.id}` }),
      outside: () => ({ method: 'GET', url: `/api/campaigns/${campCity.id}/opinion-counts?orgId=${t.villageB.id}` }),
      judge: (res) => (res.statusCode === 403 ? 'denied' : res.statusCode !== 200 ? `unexpected ${res.statusCode} ${res.body}` : res.json().total > 0 ? 'allowed' : 'denied'),
      expect: opinionReaders,
    },
    { route: 'GET /api/opinions/:id', inside: () => ({ method: 'GET', url: `/api/opinions/${oppA}` }), outside: () => ({ method: 'GET', url: `/api/opinions/${oppB}` }), expect: opinionReaders },
    {
      route: 'GET /api/opinions/:id/attachments/:attachmentId',
      inside: () => ({ method: 'GET', url: `/api/opinions/${oppA}/attachments/${attA}` }), outside: () => ({ method: 'GET', url: `/api/opinions/${oppB}/attachments/${attB}` }),
      expect: opinionReaders,
    },
    {
      route: 'POST /api/campaigns/:id/opinions', why: 'staff entry for the unit: office (subtree) and liaison (own unit)',
      inside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/opinions`, payload: { orgId: t.villageA.id, channel: 'opinion_box', body: '意见箱', targetKind: 'unit', anonymous: true } }),
      outside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/opinions`, payload: { orgId: t.villageB.id, channel: 'opinion_box', body: '意见箱', targetKind: 'unit', anonymous: true } }),
      expect: itemUpdaters,
    },
    {
      route: 'POST /api/campaigns/:id/opinions/batch',
      inside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/opinions/batch`, payload: { items: [{ orgId: t.villageA.id, channel: 'letter', body: '来信', targetKind: 'unit', anonymous: true }] } }),
      outside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/opinions/batch`, payload: { items: [{ orgId: t.villageB.id, channel: 'letter', body: '来信', targetKind: 'unit', anonymous: true }] } }),
      expect: itemUpdaters,
    },
    {
      route: 'POST /api/opinions/:id/transition', why: 'a fresh opinion each time, triaged by those who handle the unit',
      inside: async () => ({ method: 'POST', url: `/api/opinions/${await freshOpinion(t.villageA)}/transition`, payload: { to: 'triaged' } }),
      outside: async () => ({ method: 'POST', url: `/api/opinions/${await freshOpinion(t.villageB)}/transition`, payload: { to: 'triaged' } }),
      expect: itemUpdaters,
    },
    {
      route: 'POST /api/opinions/:id/reply',
      inside: () => ({ method: 'POST', url: `/api/opinions/${oppA}/reply`, payload: { text: '答复' } }), outside: () => ({ method: 'POST', url: `/api/opinions/${oppB}/reply`, payload: { text: '答复' } }),
      expect: itemUpdaters,
    },
    {
      route: 'PUT /api/opinions/:id/disclosure',
      inside: () => ({ method: 'PUT', url: `/api/opinions/${oppA}/disclosure`, payload: { disclosed: true, text: '公示文字' } }),
      outside: () => ({ method: 'PUT', url: `/api/opinions/${oppB}/disclosure`, payload: { disclosed: true, text: '公示文字' } }),
      expect: itemUpdaters,
    },

    { route: 'GET /api/opinions/import/template', why: 'no target: any signed-in caller', inside: () => ({ method: 'GET', url: '/api/opinions/import/template' }), outside: () => ({ method: 'GET', url: '/api/opinions/import/template' }), expect: everyone(B) },
    {
      route: 'POST /api/campaigns/:id/opinions/import', why: 'no enter scope: 403 at once; rows for a unit outside the reach: the import is refused row by row (denied)',
      inside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/opinions/import`, ...multipartFile('file', 'o.csv', `单位编码,渠道,意见内容\n${t.villageA.code},意见箱,导入意见\n`, 'text/csv') }),
      outside: () => ({ method: 'POST', url: `/api/campaigns/${campCity.id}/opinions/import`, ...multipartFile('file', 'o.csv', `单位编码,渠道,意见内容\n${t.villageB.code},意见箱,导入意见\n`, 'text/csv') }),
      judge: (res) => {
        if (res.statusCode === 403) return 'denied';
        if (res.statusCode === 201) return 'allowed';
        if (res.statusCode === 400 && JSON.stringify(res.json()).includes('无权录入')) return 'denied';
        return `unexpected ${res.statusCode} ${res.body}`;
      },
      expect: itemUpdaters,
    },

    // -- the public portal and the gateway: no account; each call from its own client address
    { route: 'GET /api/portal/solicitations', why: 'public', inside: () => ({ method: 'GET', url: '/api/portal/solicitations' }), outside: () => ({ method: 'GET', url: '/api/portal/solicitations' }), expect: everyone(B) },
    { route: 'GET /api/portal/units', why: 'public', inside: () => ({ method: 'GET', url: `/api/portal/units?campaignId=${campCity.id}&q=桃花` }), outside: () => ({ method: 'GET', url: `/api/portal/units?campaignId=${campCity.id}&q=石桥` }), expect: everyone(B) },
    {
      route: 'POST /api/portal/opinions', why: 'public',
      inside: () => ({ method: 'POST', url: '/api/portal/opinions', remoteAddress: client(), payload: { campaignId: campCity.id, orgId: t.villageA.id, body: '群众意见', targetKind: 'unit', anonymous: true } }),
      outside: () => ({ method: 'POST', url: '/api/portal/opinions', remoteAddress: client(), payload: { campaignId: campCity.id, orgId: t.villageB.id, body: '群众意见', targetKind: 'unit', anonymous: true } }),
      expect: everyone(B),
    },
    {
      route: 'POST /api/portal/receipt', why: 'public, with the receipt',
      inside: () => ({ method: 'POST', url: '/api/portal/receipt', remoteAddress: client(), payload: { receipt } }), outside: () => ({ method: 'POST', url: '/api/portal/receipt', remoteAddress: client(), payload: { receipt } }),
      expect: everyone(B),
    },
    {
      route: 'POST /api/portal/receipt/info', why: 'public, with the receipt',
      inside: () => ({ method: 'POST', url: '/api/portal/receipt/info', remoteAddress: client(), payload: { receipt, text: '补充' } }), outside: () => ({ method: 'POST', url: '/api/portal/receipt/info', remoteAddress: client(), payload: { receipt, text: '补充' } }),
      expect: everyone(B),
    },
    { route: 'GET /api/portal/disclosures', why: 'public', inside: () => ({ method: 'GET', url: `/api/portal/disclosures?orgId=${t.countyA.id}` }), outside: () => ({ method: 'GET', url: `/api/portal/disclosures?orgId=${t.countyB.id}` }), expect: everyone(B) },
    {
      route: 'GET /api/portal/letters/:token', why: 'public, with the letter link',
      inside: () => ({ method: 'GET', url: `/api/portal/letters/${letterToken}`, remoteAddress: client() }), outside: () => ({ method: 'GET', url: `/api/portal/letters/${letterToken}`, remoteAddress: client() }),
      expect: everyone(B),
    },
    {
      route: 'POST /api/portal/letters/:token/opinions', why: 'public, with the letter link',
      inside: () => ({ method: 'POST', url: `/api/portal/letters/${letterToken}/opinions`, remoteAddress: client(), payload: { body: '回函意见' } }),
      outside: () => ({ method: 'POST', url: `/api/portal/letters/${letterToken}/opinions`, remoteAddress: client(), payload: { body: '回函意见' } }),
      expect: everyone(B),
    },
    {
      route: 'POST /api/gateway/opinions', why: 'no session: the HMAC signature is the credential (tested in tests/listen)',
      inside: () => signed({ idempotencyKey: `k-${next()}`, channel: 'sms', orgCode: t.villageA.code, body: '短信意见' }),
      outside: () => signed({ idempotencyKey: `k-${next()}`, channel: 'sms', orgCode: t.villageB.code, body: '短信意见' }),
      expect: everyone(B),
    },
    ...caseModules.flatMap((mod) => mod.cases(m)),
  ];

  it('covers exactly the registered API routes, and marks exactly the portal, gateway, ping, health, login and logout public', () => {
    const registered = [...new Set(app.routeList.map((r) => `${r.method} ${r.url}`))].sort();
    const covered = [...new Set(cases.map((c) => c.route))].sort();
    expect(covered).toEqual(registered);
    expect(app.routeList.filter((r) => r.public).map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/health', 'GET /api/ping', 'GET /api/portal/disclosures', 'GET /api/portal/letters/:token', 'GET /api/portal/solicitations', 'GET /api/portal/units',
      'POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/gateway/opinions', 'POST /api/portal/letters/:token/opinions', 'POST /api/portal/opinions',
      'POST /api/portal/receipt', 'POST /api/portal/receipt/info', ...caseModules.flatMap((mod) => mod.publicRoutes ?? []),
    ].sort());
    expect(registered.length).toBeGreaterThan(30);
    for (const c of cases) expect(Object.keys(c.expect).sort(), c.route).toEqual([...ROLES].sort());
  });

  it('answers 401 auth.required without a session on every non-public route', async () => {
    const wrong: string[] = [];
    for (const r of app.routeList) {
      if (r.public) continue;
      const url = r.url.replace(/:\w+/g, '0000000000');
      const res = await app.inject({ method: r.method as InjectOptions['method'], url, ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: {} }) });
      if (res.statusCode !== 401 || res.json().code !== 'auth.required') wrong.push(`${r.method} ${r.url} → ${res.statusCode} ${res.body}`);
      // A forged cookie is no better than none.
      const forged = await app.inject({ method: r.method as InjectOptions['method'], url, headers: { cookie: 'massline_session=forged-token' } });
      if (forged.statusCode !== 401) wrong.push(`${r.method} ${r.url} (forged cookie) → ${forged.statusCode}`);
    }
    expect(wrong).toEqual([]);
    expect(app.routeList.filter((r) => !r.public).length).toBeGreaterThan(30);
  });

  it.each(cases.map((c) => [`${c.route}${c.why ? ` — ${c.why}` : ''}`, c] as const))('%s', async (_name, c) => {
    const mismatches: string[] = [];
    for (const role of ROLES) {
      const caller = callers.get(role)!;
      for (const side of ['inside', 'outside'] as const) {
        const opts = await c[side](caller);
        const res = await app.inject({ ...opts, headers: { cookie: caller.cookie, ...(opts.headers ?? {}) } });
        const verdict = await (c.judge ?? plain)(res, side, caller);
        const want: Verdict = c.expect[role] === 'both' || (c.expect[role] === 'inside' && side === 'inside') ? 'allowed' : 'denied';
        if (verdict !== want) mismatches.push(`${role} ${side}: expected ${want}, got ${verdict.startsWith('unexpected') || verdict.startsWith('403') ? verdict : `${verdict} (${res.statusCode} ${res.body.slice(0, 200)})`}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("the matrix's own sessions survived (logout cases ended only their extra sessions)", async () => {
    for (const c of callers.values()) {
      const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: c.cookie } });
      expect(res.statusCode, c.role).toBe(200);
    }
  });
});
