import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle, type TestApp } from '../support/app.js';
import { recordAudit, SYSTEM_ACTOR, verifyAudit } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { submitOpinion } from '../../src/modules/opinions/commands.js';
import { forgetIndexes, loadedCluster, placeOpinion } from '../../src/modules/triage/arrival.js';
import { MERGE_AUDIT_IDS } from '../../src/modules/triage/commands.js';
import { analyse } from '../../src/modules/triage/pipeline.js';
import type { CampaignTable } from '../../src/db/schema.js';
import type { OrgRow } from '../../src/modules/organizations/queries.js';

// The console's triage workflow over HTTP: the queue in the caller's reach (masked text for those
// who only read), confirming and correcting the first pass (each a training label), routing inside
// the campaign and the caller's reach, bulk changes all or nothing, merging and splitting clusters
// (every original kept), the organizations' own categories, and clear 4xx answers.

interface Item {
  id: string;
  body: string;
  masked: boolean;
  channel: string;
  unit: { id: string; name: string };
  receivedOn: string;
  status: string;
  suggestion: { wind: string; confidence: number; terms: string[]; marks: string[] } | null;
  lang: string;
  wind: string | null;
  orgCategory: { id: string; name: string; wind: string | null } | null;
  cluster: { id: string; size: number };
  can: { handle: boolean };
}

interface Queue {
  items: Item[];
  total: number;
  nextCursor: string | null;
  counts: { untriaged: number; bySuggested: Record<string, number> };
}

// Random text over the whole common CJK block, so that fixtures never fall into each other's
// near-duplicate clusters.
let seed = 7;
function noise(n = 24): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    s += String.fromCodePoint(0x4e00 + (seed % 0x51a0));
  }
  return s;
}

describe.each(databaseKinds)('triage API (%s)', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let app: TestApp;
  let t: SmallTree;
  let campaign: CampaignTable;
  let other: CampaignTable;
  let officeA: string;
  let officeB: string;
  let leaderA: string;
  let liaisonA: string;
  let admin: string;

  let day = 0;
  /** A staff-entered opinion on its own day (so "oldest first" is known), in the city campaign. */
  async function opinion(org: OrgRow, body: string, opts: { campaign?: CampaignTable; channel?: 'letter' | 'opinion_box' | 'hotline' } = {}) {
    day++;
    const receivedOn = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
    const { opinion: o } = await submitOpinion(d.db, {
      campaignId: (opts.campaign ?? campaign).id, orgId: org.id, channel: opts.channel ?? 'letter', body, targetKind: 'unit', anonymous: true,
      enteredBy: { userId: null, name: '录入员' }, receivedOn,
    });
    return o;
  }

  const get = (cookie: string, url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers: { cookie, ...headers } });
  const post = (cookie: string, url: string, payload: unknown, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload: payload as object, headers: { cookie, ...headers } });
  const patch = (cookie: string, url: string, payload: unknown) => app.inject({ method: 'PATCH', url, payload: payload as object, headers: { cookie } });
  const queue = async (cookie: string, query = '', camp = campaign): Promise<Queue> => {
    const res = await get(cookie, `/api/campaigns/${camp.id}/triage/queue${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const row = (id: string) => d.db.selectFrom('opinions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const labels = (id: string) => d.db.selectFrom('triage_labels').selectAll().where('opinion_id', '=', id).orderBy('at').execute();

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    app = h.app;
    t = await smallTree(d.db, `TR${kind[0]}`);
    const dates = { batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' };
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '全市教育实践活动', ...dates });
    other = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyA.id, name: '东城区活动', ...dates });
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: `office.a.${kind}` });
    await userWithRole(d.db, 'campaign_office', t.countyB, { username: `office.b.${kind}` });
    await userWithRole(d.db, 'leader', t.countyA, { username: `leader.a.${kind}` });
    await userWithRole(d.db, 'unit_liaison', t.villageA, { username: `liaison.a.${kind}` });
    await userWithRole(d.db, 'system_admin', t.city, { username: `admin.${kind}` });
    [officeA, officeB, leaderA, liaisonA, admin] = await Promise.all(
      [`office.a.${kind}`, `office.b.${kind}`, `leader.a.${kind}`, `liaison.a.${kind}`, `admin.${kind}`].map((u) => loginAs(app, u, TEST_PASSWORD)),
    );
  });

  afterAll(async () => {
    await h?.close();
    await d?.drop();
  });

  describe('the queue', () => {
    let a1: string;
    let a2: string;
    let b1: string;
    beforeAll(async () => {
      a1 = (await opinion(t.townA, `我是张建国，电话13800138000。街道办事窗口门难进、脸难看，办个证跑了五趟。${noise()}`)).id;
      a2 = (await opinion(t.villageA, `社区干部上班时间打牌、玩手机，群众找不到人。${noise()}`, { channel: 'hotline' })).id;
      b1 = (await opinion(t.villageB, `村里公款吃喝、公车私用，周末常见。${noise()}`)).id;
    });

    it('shows each office only its own part of the hierarchy, oldest first, with counts in reach', async () => {
      const a = await queue(officeA, '?limit=200');
      const ids = a.items.map((i) => i.id);
      expect(ids).toContain(a1);
      expect(ids).toContain(a2);
      expect(ids).not.toContain(b1);
      expect(ids.indexOf(a1)).toBeLessThan(ids.indexOf(a2));
      const days = a.items.map((i) => i.receivedOn);
      expect([...days].sort()).toEqual(days);
      expect(a.counts.untriaged).toBe(a.total);
      expect(Object.values(a.counts.bySuggested).reduce((x, y) => x + y, 0)).toBe(a.counts.untriaged);

      const b = await queue(officeB, '?limit=200');
      expect(b.items.map((i) => i.id)).toEqual([b1]);
      expect(b.counts.untriaged).toBe(1);
      expect(b.counts.bySuggested.extravagance).toBe(1);

      const item = a.items.find((i) => i.id === a1)!;
      expect(item).toMatchObject({ masked: false, channel: 'letter', unit: { id: t.townA.id, name: '平江街道' }, status: 'received', wind: null, can: { handle: true } });
      expect(item.body).toContain('13800138000');
      expect(item.suggestion).toMatchObject({ wind: 'bureaucratism' });
      expect(item.suggestion!.terms).toContain('门难进');
      expect(item.suggestion!.confidence).toBeGreaterThan(0);
      expect(item.suggestion!.confidence).toBeLessThanOrEqual(1);
      expect(item.cluster).toEqual({ id: a1, size: 1 });
    });

    it('masks personal data for roles that only read, and shows nothing to those who may not read opinions', async () => {
      const l = await queue(leaderA, '?limit=200');
      const item = l.items.find((i) => i.id === a1)!;
      expect(item.masked).toBe(true);
      expect(item.can.handle).toBe(false);
      expect(item.body).not.toContain('13800138000');
      expect(item.body).not.toContain('张建国');
      expect(item.body).toContain('门难进');
      expect(l.items.map((i) => i.id)).not.toContain(b1);
      // An opinion with nothing to mask carries no mask tag, whoever reads it.
      expect(l.items.find((i) => i.id === a2)!.masked).toBe(false);

      const liaison = await queue(liaisonA, '?limit=200');
      expect(liaison.items.map((i) => i.id)).toEqual([a2]);
      expect(liaison.items[0].masked).toBe(false);

      // A party member reads no opinion: told so (an empty queue read as "all triaged", review), in their language.
      await userWithRole(d.db, 'party_member', t.villageA, { username: `member.a.${kind}` });
      const member = await loginAs(app, `member.a.${kind}`, TEST_PASSWORD);
      const refused = await get(member, `/api/campaigns/${campaign.id}/triage/queue`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toEqual({ code: 'triage.no_access', message: '您的角色不能查看或分拣本活动的意见' });
    });

    it('marks the deciding words of a Traditional opinion as written, and says its script', async () => {
      const tw = (await opinion(t.townA, `區政府辦事窗口態度很差，一個證明跑了五趟，工作人員互相推諉。${noise(8)}`)).id;
      const item = (await queue(officeA, '?limit=200')).items.find((i) => i.id === tw)!;
      expect(item.lang).toBe('zh-Hant');
      const marks = item.suggestion!.marks;
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(item.body).toContain(m);
      // every term the text holds only in another script is marked in the script it has
      for (const term of item.suggestion!.terms.filter((x) => !item.body.includes(x))) expect(marks.some((m) => m.length === term.length)).toBe(true);
      const hans = (await opinion(t.townA, '区政府办事窗口态度很差，一个证明跑了五趟，工作人员互相推诿。')).id;
      const simplified = (await queue(officeA, '?limit=200')).items.find((i) => i.id === hans)!;
      expect(simplified).toMatchObject({ lang: 'zh-Hans', suggestion: { marks: [] } });
    });

    it('filters by suggested wind, unit subtree and cluster, and pages with a cursor', async () => {
      expect((await queue(officeA, '?suggested=hedonism')).items.map((i) => i.id)).toEqual([a2]);
      expect((await queue(officeA, `?orgId=${t.villageA.id}`)).items.map((i) => i.id)).toEqual([a2]);
      expect((await queue(officeA, `?clusterId=${a1}`)).items.map((i) => i.id)).toEqual([a1]);
      expect((await queue(admin, `?orgId=${t.countyB.id}`)).items.map((i) => i.id)).toEqual([b1]);

      const all = (await queue(admin, '?limit=200')).items.map((i) => i.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Queue = await queue(admin, `?limit=1${cursor ? `&after=${cursor}` : ''}`);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });
  });

  describe('triaging one opinion', () => {
    it('accepts the suggestion: status triaged, the wind set, a label, an event and an audit entry; the untriaged count drops', async () => {
      const o = await opinion(t.townA, `开会太多，文山会海，基层疲于应付。${noise()}`);
      const before = (await queue(officeA)).counts.untriaged;
      const res = await post(officeA, `/api/opinions/${o.id}/triage`, { accept: true });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().item).toMatchObject({ id: o.id, status: 'triaged', wind: 'formalism' });
      const stored = await row(o.id);
      expect(stored).toMatchObject({ status: 'triaged', category: 'formalism' });
      expect(stored.triaged_by).toBe('测试campaign_office');
      expect(stored.triaged_at).not.toBeNull();
      expect(await labels(o.id)).toMatchObject([{ wind: 'formalism', suggested: 'formalism', org_category_id: null, campaign_id: campaign.id }]);
      const events = await d.db.selectFrom('opinion_events').selectAll().where('opinion_id', '=', o.id).orderBy('seq').execute();
      expect(events.at(-1)).toMatchObject({ kind: 'status', from_status: 'received', to_status: 'triaged', text: '' });
      const audit = await d.db.selectFrom('audit_log').selectAll().where('target_id', '=', o.id).where('action', '=', 'opinion.triage').execute();
      expect(audit).toHaveLength(1);
      expect((await queue(officeA)).counts.untriaged).toBe(before - 1);
      expect((await queue(officeA, '?state=triaged&limit=200')).items.map((i) => i.id)).toContain(o.id);
      expect((await queue(officeA, '?limit=200')).items.map((i) => i.id)).not.toContain(o.id);
    });

    it('accepts only the suggestion the caller saw: a changed one is refused, for one opinion or a batch, and nothing changes', async () => {
      const o = await opinion(t.townA, `会议一个接一个，材料层层报，基层疲于应付。${noise()}`);
      const shown = (await row(o.id)).suggested_category as string;
      const other = shown === 'formalism' ? 'hedonism' : 'formalism';
      const stale = await post(officeA, `/api/opinions/${o.id}/triage`, { accept: true, expectedWind: other });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'triage.suggestion_changed' });
      expect(stale.json().message).toContain('刷新');
      expect(await row(o.id)).toMatchObject({ status: 'received', category: null });
      const p = await opinion(t.townA, `文件太多，天天填表。${noise()}`);
      const pShown = (await row(p.id)).suggested_category as string;
      const bulk = await post(officeA, `/api/campaigns/${campaign.id}/triage/bulk`, { ids: [o.id, p.id], action: 'accept', expected: { [o.id]: other, [p.id]: pShown } });
      expect(bulk.statusCode).toBe(409);
      expect(bulk.json().message).toContain(o.id);
      expect((await row(p.id)).status).toBe('received');
      // Every id needs what the caller saw; and expected goes with accept only.
      expect((await post(officeA, `/api/campaigns/${campaign.id}/triage/bulk`, { ids: [o.id, p.id], action: 'accept', expected: { [o.id]: shown } })).statusCode).toBe(409);
      expect((await post(officeA, `/api/campaigns/${campaign.id}/triage/bulk`, { ids: [o.id], action: 'wind', value: 'other', expected: { [o.id]: shown } })).json().code).toBe('triage.expected_accept_only');
      expect((await row(o.id)).status).toBe('received');
      const ok = await post(officeA, `/api/campaigns/${campaign.id}/triage/bulk`, { ids: [o.id, p.id], action: 'accept', expected: { [o.id]: shown, [p.id]: pShown } });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(await row(o.id)).toMatchObject({ status: 'triaged', category: shown });
      expect((await post(officeA, `/api/opinions/${p.id}/triage`, { accept: true, expectedWind: 'laziness' })).statusCode).toBe(400);
    });

    it('records a correction as a label beside what the first pass said, and keeps later statuses', async () => {
      const o = await opinion(t.townA, `个别干部工作日中午饮酒，上班时间打牌。${noise()}`);
      expect((await post(officeA, `/api/opinions/${o.id}/triage`, { wind: 'bureaucratism' })).statusCode).toBe(200);
      expect(await labels(o.id)).toMatchObject([{ wind: 'bureaucratism', suggested: 'hedonism' }]);
      // answered opinions stay answered when re-triaged
      await d.db.updateTable('opinions').set({ status: 'answered' }).where('id', '=', o.id).execute();
      const again = await post(officeA, `/api/opinions/${o.id}/triage`, { wind: 'hedonism' });
      expect(again.json().item).toMatchObject({ status: 'answered', wind: 'hedonism' });
      expect((await labels(o.id)).map((l) => l.wind)).toEqual(['bureaucratism', 'hedonism']);
    });

    it('routes only to units of the campaign inside the caller\'s reach', async () => {
      const o = await opinion(t.townA, `平江街道窗口排队时间长，手续繁琐。${noise()}`);
      const routed = await post(officeA, `/api/opinions/${o.id}/triage`, { orgId: t.villageA.id });
      expect(routed.statusCode, routed.body).toBe(200);
      expect(routed.json().item.unit).toEqual({ id: t.villageA.id, name: '桃花社区' });
      // Routed with no wind, it waits untriaged in the queue of the unit that now has it.
      expect(await row(o.id)).toMatchObject({ org_id: t.villageA.id, org_path: t.villageA.path, status: 'received', category: null });
      expect((await queue(officeA, `?orgId=${t.villageA.id}&limit=200`)).items.map((i) => i.id)).toContain(o.id);

      const outside = await post(officeA, `/api/opinions/${o.id}/triage`, { orgId: t.villageB.id });
      expect(outside.statusCode).toBe(403);
      expect(outside.json()).toMatchObject({ code: 'triage.route_outside' });
      expect(outside.json().message).toContain('石桥村');

      const elsewhere = await smallTree(d.db, `TRX${kind[0]}`);
      const notInCampaign = await post(officeA, `/api/opinions/${o.id}/triage`, { orgId: elsewhere.villageA.id });
      expect(notInCampaign.statusCode).toBe(400);
      expect(notInCampaign.json().code).toBe('opinion.unit_outside');
      // countyB does not take part in countyA's own campaign
      const o2 = await opinion(t.townA, `东城区活动中的意见。${noise()}`, { campaign: other });
      const crossCampaign = await post(admin, `/api/opinions/${o2.id}/triage`, { orgId: t.villageB.id });
      expect(crossCampaign.statusCode).toBe(400);
      expect(crossCampaign.json().code).toBe('opinion.unit_outside');

      // the liaison may handle its own village only
      const routedBack = await post(liaisonA, `/api/opinions/${o.id}/triage`, { orgId: t.townA.id });
      expect(routedBack.statusCode).toBe(403);
      expect(await row(o.id)).toMatchObject({ org_id: t.villageA.id });
    });

    it('refuses those who may not handle the opinion', async () => {
      const o = await opinion(t.townA, `干部作风漂浮。${noise()}`);
      expect((await post(officeB, `/api/opinions/${o.id}/triage`, { accept: true })).statusCode).toBe(403);
      expect((await post(leaderA, `/api/opinions/${o.id}/triage`, { accept: true })).statusCode).toBe(403);
      expect((await post(liaisonA, `/api/opinions/${o.id}/triage`, { accept: true })).statusCode).toBe(403);
      expect(await row(o.id)).toMatchObject({ status: 'received', category: null });
      expect(await labels(o.id)).toEqual([]);
    });
  });

  describe('bulk triage', () => {
    it('changes every opinion or none, naming the ids out of reach or unknown', async () => {
      const mine = [];
      for (let i = 0; i < 3; i++) mine.push((await opinion(t.villageA, `意见${i}：${noise()}`)).id);
      const theirs = (await opinion(t.villageB, `西湖区的意见：${noise()}`)).id;
      const url = `/api/campaigns/${campaign.id}/triage/bulk`;

      const mixed = await post(officeA, url, { ids: [...mine, theirs], action: 'wind', value: 'formalism' });
      expect(mixed.statusCode).toBe(403);
      expect(mixed.json().code).toBe('triage.bulk_refused');
      expect(mixed.json().message).toContain(theirs);
      expect(mixed.json().details).toEqual({ outside: [theirs], unknown: [] });
      for (const id of mine) expect(await row(id)).toMatchObject({ status: 'received', category: null });

      const unknown = await post(officeA, url, { ids: [...mine, '0000000000'], action: 'accept' }, { 'accept-language': 'en' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().message).toBe('Nothing was changed. Outside your reach: —; unknown or not in this campaign: 0000000000');
      const otherCampaign = (await opinion(t.villageA, `另一活动：${noise()}`, { campaign: other })).id;
      expect((await post(officeA, url, { ids: [mine[0], otherCampaign], action: 'accept' })).json().details).toEqual({ outside: [], unknown: [otherCampaign] });

      expect((await post(officeA, url, { ids: mine, action: 'wind' })).json().code).toBe('triage.bulk_value_required');
      expect((await post(officeA, url, { ids: mine, action: 'wind', value: 'laziness' })).json().code).toBe('triage.bulk_value_invalid');
      expect((await post(leaderA, url, { ids: mine, action: 'accept' })).statusCode).toBe(403);
      const tooMany = await post(officeA, url, { ids: Array.from({ length: 501 }, () => mine[0]), action: 'accept' });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().message).toContain('最多 500 项');

      const ok = await post(officeA, url, { ids: mine, action: 'wind', value: 'extravagance' });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().updated).toBe(3);
      for (const id of mine) {
        expect(await row(id)).toMatchObject({ status: 'triaged', category: 'extravagance' });
        expect(await labels(id)).toHaveLength(1);
      }
      const routed = await post(officeA, url, { ids: mine, action: 'route', value: t.townA.id });
      expect(routed.statusCode, routed.body).toBe(200);
      for (const id of mine) expect(await row(id)).toMatchObject({ org_id: t.townA.id, org_path: t.townA.path });
      const routeOut = await post(officeA, url, { ids: mine, action: 'route', value: t.townB.id });
      expect(routeOut.statusCode).toBe(403);
      for (const id of mine) expect(await row(id)).toMatchObject({ org_id: t.townA.id });
    });
  });

  describe('clusters', () => {
    it('merges into the earliest cluster and splits out again, keeping every original', async () => {
      const text = `公车私用现象仍有发生，${noise()}`;
      const first = await opinion(t.townA, text);
      const twin = await opinion(t.villageA, text, { channel: 'opinion_box' });
      const lone = await opinion(t.townA, `会议室超标装修，${noise()}`, { channel: 'hotline' });
      expect(twin.cluster_id).toBe(first.id);
      expect(lone.cluster_id).toBe(lone.id);
      const count = async () => Number((await d.db.selectFrom('opinions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();

      const url = `/api/campaigns/${campaign.id}/triage/merge`;
      const merged = await post(officeA, url, { opinionIds: [lone.id, twin.id] });
      expect(merged.statusCode, merged.body).toBe(200);
      expect(merged.json()).toEqual({ cluster: { id: first.id, size: 3 }, moved: 1 });
      expect(await count()).toBe(before);
      for (const o of [first, twin, lone]) expect(await row(o.id)).toMatchObject({ cluster_id: first.id, body: o.body, status: 'received' });

      const view = await get(officeA, `/api/campaigns/${campaign.id}/triage/clusters/${first.id}`);
      expect(view.statusCode).toBe(200);
      expect(view.json().cluster).toEqual({ id: first.id, size: 3 });
      expect(view.json().items.map((i: Item) => [i.id, i.channel, i.receivedOn])).toEqual([
        [first.id, 'letter', first.received_on], [twin.id, 'opinion_box', twin.received_on], [lone.id, 'hotline', lone.received_on],
      ]);
      expect((await queue(officeA, `?clusterId=${first.id}&state=all`)).items.every((i) => i.cluster.size === 3)).toBe(true);
      // the liaison sees only its village's member
      expect((await get(liaisonA, `/api/campaigns/${campaign.id}/triage/clusters/${first.id}`)).json().items.map((i: Item) => i.id)).toEqual([twin.id]);
      expect((await get(officeB, `/api/campaigns/${campaign.id}/triage/clusters/${first.id}`)).statusCode).toBe(403);
      expect((await get(officeA, `/api/campaigns/${campaign.id}/triage/clusters/0000000000`)).statusCode).toBe(404);

      // splitting the id holder: the rest take the earliest remaining member's id
      const split = await post(officeA, `/api/opinions/${first.id}/triage/split`, {});
      expect(split.statusCode, split.body).toBe(200);
      expect(split.json()).toMatchObject({ item: { id: first.id, cluster: { id: first.id, size: 1 } }, restClusterId: twin.id });
      expect((await row(twin.id)).cluster_id).toBe(twin.id);
      expect((await row(lone.id)).cluster_id).toBe(twin.id);
      const again = await post(officeA, `/api/opinions/${lone.id}/triage/split`, {});
      expect(again.json().restClusterId).toBe(twin.id);
      const alone = await post(officeA, `/api/opinions/${lone.id}/triage/split`, {});
      expect(alone.statusCode).toBe(400);
      expect(alone.json().code).toBe('triage.split_alone');
      expect(await count()).toBe(before);

      // by cluster ids
      const byCluster = await post(officeA, url, { clusterIds: [lone.id, twin.id, first.id] });
      expect(byCluster.json()).toEqual({ cluster: { id: first.id, size: 3 }, moved: 2 });
      const audit = await d.db.selectFrom('audit_log').select('action').where('action', 'in', ['triage.merge', 'triage.split']).execute();
      expect(audit.length).toBe(4);
    });

    it('keeps one complaint through two districts\' inboxes two clusters, offered to each other as similar; one district\'s township and village share one', async () => {
      // (No place or unit's character in the noise: a place both name would join them, as it should.)
      const text = `乡镇卫生院晚上值班医生不在岗，孩子半夜发烧等了四十分钟，${noise().replace(/[镇乡村县区市街路巷屯寨局院所站队厅]/g, '')}`;
      const east = await opinion(t.townA, text);
      const village = await opinion(t.villageA, text, { channel: 'hotline' });
      const west = await opinion(t.townB, text, { channel: 'opinion_box' });
      expect(village.cluster_id).toBe(east.id);
      expect(west.cluster_id).toBe(west.id);
      const similar = await get(admin, `/api/opinions/${west.id}/triage/similar`);
      expect(similar.statusCode, similar.body).toBe(200);
      expect(similar.json().items.map((i: { item: Item }) => i.item.id)).toContain(east.id);
      // The city office's own copy joins them (the city is above both districts) and bridges the two into one.
      const city = await opinion(t.city, text, { channel: 'visit' });
      expect([east.id, west.id]).toContain(city.cluster_id);
      for (const o of [east, village, west]) expect((await row(o.id)).cluster_id).toBe(city.cluster_id);
    });

    it('files an opinion staff route to another district under it: that district\'s next report of it joins', async () => {
      const text = `乡镇食堂顿顿有酒，接待标准远超规定，${noise().replace(/[镇乡村县区市街路巷屯寨局院所站队厅]/g, '')}`;
      const misfiled = await opinion(t.townA, text);
      expect((await opinion(t.townB, text)).cluster_id).not.toBe(misfiled.id);
      const routed = await post(admin, `/api/opinions/${misfiled.id}/triage`, { orgId: t.townB.id });
      expect(routed.statusCode, routed.body).toBe(200);
      // The routed opinion now stands in townB's branch; townB's next report joins one of townB's clusters of it.
      const next = await opinion(t.villageB, text, { channel: 'hotline' });
      const rows = await Promise.all([misfiled.id, next.id].map(row));
      expect(rows[1].cluster_id).toBe(rows[0].cluster_id);
    });

    it('undoes a merge: the groups come back as they were, one split out since stays out, and new reports find their own group', async () => {
      const xText = `乡镇食堂超标接待，顿顿有酒，${noise()}`;
      const yText = `村委会干部上班时间打牌，群众办事找不到人，${noise()}`;
      const x1 = await opinion(t.townA, xText);
      const x2 = await opinion(t.villageA, xText, { channel: 'hotline' });
      const y1 = await opinion(t.townA, yText);
      const y2 = await opinion(t.villageA, yText, { channel: 'opinion_box' });
      const y3 = await opinion(t.townA, yText, { channel: 'visit' });
      expect([x2.cluster_id, y2.cluster_id, y3.cluster_id]).toEqual([x1.id, y1.id, y1.id]);
      const unmerge = (cookie: string, clusterId: string) => post(cookie, `/api/campaigns/${campaign.id}/triage/unmerge`, { clusterId });
      expect((await unmerge(officeA, x1.id)).json().code).toBe('triage.unmerge_none');
      const merged = await post(officeA, `/api/campaigns/${campaign.id}/triage/merge`, { clusterIds: [y1.id, x1.id] });
      expect(merged.json()).toEqual({ cluster: { id: x1.id, size: 5 }, moved: 3 });
      expect((await post(officeA, `/api/opinions/${y3.id}/triage/split`, {})).statusCode).toBe(200);

      expect((await unmerge(leaderA, x1.id)).statusCode).toBe(403);
      expect((await row(y1.id)).cluster_id).toBe(x1.id);
      const undone = await unmerge(officeA, x1.id);
      expect(undone.statusCode, undone.body).toBe(200);
      expect(undone.json()).toEqual({ cluster: { id: x1.id, size: 2 }, restored: [{ id: y1.id, size: 2 }], moved: 2 });
      expect(await Promise.all([x1, x2, y1, y2, y3].map(async (o) => (await row(o.id)).cluster_id))).toEqual([x1.id, x1.id, y1.id, y1.id, y3.id]);
      expect((await unmerge(officeA, x1.id)).json().code).toBe('triage.unmerge_none');
      // Another campaign's cluster is not this campaign's to undo, and a merge with nothing left to move back stays.
      const o1 = await opinion(t.townA, `另一个活动：${noise()}`, { campaign: other });
      const o2 = await opinion(t.townA, `另一个活动：${noise()}`, { campaign: other });
      const elsewhere = await post(admin, `/api/campaigns/${other.id}/triage/merge`, { opinionIds: [o1.id, o2.id] });
      expect(elsewhere.statusCode, elsewhere.body).toBe(200);
      const root = elsewhere.json().cluster.id as string;
      expect((await unmerge(officeA, root)).json().code).toBe('triage.merge_unknown');
      const gone = root === o1.id ? o2 : o1;
      expect((await post(admin, `/api/opinions/${gone.id}/triage/split`, {})).statusCode).toBe(200);
      expect((await post(admin, `/api/campaigns/${other.id}/triage/unmerge`, { clusterId: root })).json().code).toBe('triage.unmerge_none');
      expect(await d.db.selectFrom('audit_log').select('seq').where('action', '=', 'triage.unmerge').where('target_id', '=', root).execute()).toEqual([]);
      // The index is rebuilt from the rows: a new report of each issue joins its own group again.
      const x3 = await opinion(t.townA, xText, { channel: 'letter' });
      const y4 = await opinion(t.townA, yText, { channel: 'letter' });
      expect([x3.cluster_id, [y1.id, y3.id].includes(y4.cluster_id ?? '')]).toEqual([x1.id, true]);
      const actions = await d.db.selectFrom('audit_log').select('action').where('target_id', '=', x1.id).where('action', 'in', ['triage.merge', 'triage.unmerge']).orderBy('seq').execute();
      expect(actions.map((a) => a.action)).toEqual(['triage.merge', 'triage.unmerge']);
    });

    it('keeps a large merge\'s audit entry small: the members are kept under the merge\'s id, and its undo gives them all back', async () => {
      const y = await opinion(t.townA, `街道办门口乱停车，早晚堵成一团，${noise()}`);
      const xText = `社区卫生服务站经常关门，老人拿药要跑到镇上，${noise()}`;
      const xs = [];
      for (let i = 0; i < MERGE_AUDIT_IDS + 7; i++) xs.push(await opinion(i % 2 ? t.villageA : t.townA, xText, { channel: 'hotline' }));
      const was = new Map(await Promise.all(xs.map(async (o) => [o.id, (await row(o.id)).cluster_id ?? o.id] as const)));
      const merged = await post(officeA, `/api/campaigns/${campaign.id}/triage/merge`, { opinionIds: [y.id, ...xs.map((o) => o.id)] });
      expect(merged.statusCode, merged.body).toBe(200);
      expect(merged.json()).toEqual({ cluster: { id: y.id, size: xs.length + 1 }, moved: xs.length });

      const entry = await d.db.selectFrom('audit_log').select(['before_json', 'after_json']).where('action', '=', 'triage.merge').where('target_id', '=', y.id).executeTakeFirstOrThrow();
      const before = JSON.parse(entry.before_json!) as Record<string, unknown>;
      const ids = xs.map((o) => o.id).sort();
      expect(before).toEqual({ clusterIds: [...new Set(was.values())], mergeId: expect.any(String), memberCount: xs.length, firstMemberIds: ids.slice(0, MERGE_AUDIT_IDS) });
      expect(before.members).toBeUndefined(); // no longer every member id in the hash-chained row
      const kept = await d.db.selectFrom('triage_merge_members').select(['opinion_id', 'cluster_id']).where('merge_id', '=', before.mergeId as string).orderBy('opinion_id').execute();
      expect(kept).toEqual(ids.map((id) => ({ opinion_id: id, cluster_id: was.get(id) })));

      const undone = await post(officeA, `/api/campaigns/${campaign.id}/triage/unmerge`, { clusterId: y.id });
      expect(undone.statusCode, undone.body).toBe(200);
      expect(undone.json().moved).toBe(xs.length);
      for (const o of xs) expect((await row(o.id)).cluster_id).toBe(was.get(o.id));
      expect((await row(y.id)).cluster_id).toBe(y.id);
      expect(await d.db.selectFrom('triage_merge_members').select('opinion_id').where('merge_id', '=', before.mergeId as string).execute()).toEqual([]);
      expect((await post(officeA, `/api/campaigns/${campaign.id}/triage/unmerge`, { clusterId: y.id })).json().code).toBe('triage.unmerge_none');
      expect((await verifyAudit(d.db)).ok).toBe(true);
    });

    it('still undoes a merge recorded before the members had their own table (every member in the audit entry)', async () => {
      const a = await opinion(t.townA, `镇政府食堂对外承包，价格虚高，${noise()}`);
      const b = await opinion(t.villageA, `村里低保评定不公开，${noise()}`);
      const c = await opinion(t.townA, `村里低保评定不公开，${noise()}`);
      await d.db.updateTable('opinions').set({ cluster_id: b.id }).where('id', '=', c.id).execute();
      // What a version before migration 0012 did: move the members, and name every one of them in the audit entry.
      await d.db.updateTable('opinions').set({ cluster_id: a.id }).where('id', 'in', [b.id, c.id]).execute();
      await recordAudit(d.db, SYSTEM_ACTOR, {
        regionId: campaign.region_id, action: 'triage.merge', targetType: 'opinion_cluster', targetId: a.id, orgPath: t.countyA.path,
        before: { clusterIds: [b.id], members: { [b.id]: [b.id, c.id] } }, after: { clusterId: a.id, moved: 2 },
      });
      const undone = await post(officeA, `/api/campaigns/${campaign.id}/triage/unmerge`, { clusterId: a.id });
      expect(undone.statusCode, undone.body).toBe(200);
      expect(undone.json()).toEqual({ cluster: { id: a.id, size: 1 }, restored: [{ id: b.id, size: 2 }], moved: 2 });
      expect([(await row(b.id)).cluster_id, (await row(c.id)).cluster_id]).toEqual([b.id, b.id]);
    });

    it('offers the opinions of other clusters that may report the same issue, as far as the caller reads, never its own', async () => {
      // Two reports of one clinic's Monday meetings that the first pass leaves apart: the second names
      // neither the town nor the clinic, so it shares none of the rare terms the first is filed under.
      const a = await opinion(t.villageA, '青石镇卫生院周一上午开全院大会，门诊九点半才开诊，病人排队等了一个多小时。');
      const b = await opinion(t.townA, '周一去看病，大夫们都在楼上开会，门诊没人。联系电话13912345678', { channel: 'hotline' });
      expect(b.cluster_id).toBe(b.id);
      const similar = async (cookie: string, id: string) => {
        const res = await get(cookie, `/api/opinions/${id}/triage/similar`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json().items as { score: number; item: Item }[];
      };
      const offered = await similar(officeA, a.id);
      expect(offered[0].item.id).toBe(b.id);
      expect(offered[0].score).toBeGreaterThan(0);
      expect(offered[0].item).toMatchObject({ body: b.body, masked: false, channel: 'hotline', cluster: { id: b.id, size: 1 }, can: { handle: true } });
      // a leader reads it masked; the village's liaison does not read the town's opinion at all
      const masked = (await similar(leaderA, a.id))[0].item;
      expect(masked).toMatchObject({ id: b.id, masked: true });
      expect(masked.body).not.toContain('13912345678');
      const liaisonSees = await similar(liaisonA, a.id);
      expect(liaisonSees.map((s) => s.item.id)).not.toContain(b.id);
      for (const s of liaisonSees) expect(s.item.unit.id).toBe(t.villageA.id);
      expect((await get(officeB, `/api/opinions/${a.id}/triage/similar`)).statusCode).toBe(403);
      expect((await get(officeA, '/api/opinions/0000000000/triage/similar')).statusCode).toBe(404);
      expect((await get(officeA, '/api/opinions/not-an-id/triage/similar')).statusCode).toBe(400);
      // merged, each is the other's own cluster and no longer offered
      const merged = await post(officeA, `/api/campaigns/${campaign.id}/triage/merge`, { opinionIds: [a.id, b.id] });
      expect(merged.statusCode, merged.body).toBe(200);
      expect((await similar(officeA, a.id)).map((s) => s.item.id)).not.toContain(b.id);
      expect((await similar(officeA, b.id)).map((s) => s.item.id)).not.toContain(a.id);
    });

    it('weighs a newcomer against the clusters as staff left them, live and after a reload', async () => {
      // B joins A's cluster; C is B's second half and unlike A, so while A and B are together the
      // cluster check keeps C apart. Once staff split B off, C belongs with B alone.
      const A = '青石镇政务大厅窗口办准生证要跑五趟，工作人员态度冷淡。';
      const B = '青石镇政务大厅窗口办准生证要跑五趟，另外青石镇卫生院夜里没人值班，老人看病只能去县里。';
      const C = '青石镇卫生院夜里没人值班，老人看病只能去县里，急诊电话也打不通。';
      for (const reload of [false, true]) {
        const camp = reload ? other : campaign;
        const a = await opinion(t.townA, A, { campaign: camp });
        const b = await opinion(t.townA, B, { campaign: camp });
        expect(b.cluster_id).toBe(a.id);
        const split = await post(officeA, `/api/opinions/${b.id}/triage/split`, {});
        expect(split.statusCode, split.body).toBe(200);
        // a new server process: the index is loaded from the rows, splits included
        if (reload) forgetIndexes();
        const c = await opinion(t.townA, C, { campaign: camp, channel: 'hotline' });
        expect(c.cluster_id, reload ? 'after a reload' : 'live').toBe(b.id);
        expect((await row(a.id)).cluster_id).toBe(a.id);
      }
    });

    it('joins the clusters a newcomer matches as surely, unless staff split them, live and after a reload', async () => {
      // A and B each tell half of one depot's night shift and stay apart; C tells both, joins A's
      // cluster and brings B's along (duplicates.ts BRIDGE).
      const A = '北站停车场调度室夜里值班的人喝酒打牌，早上6路头班车经常晚点。';
      const B = '雁鸣镇北站调度员凌晨还在打麻将，司机领车要叫半天才醒。';
      const C = '雁鸣镇北站停车场的调度室，夜班几个人喝酒打麻将到凌晨，6路头班车经常晚二十分钟发车，司机领车叫半天才醒。';
      const a = await opinion(t.townA, A);
      const b = await opinion(t.townA, B, { channel: 'hotline' });
      expect(b.cluster_id).toBe(b.id);
      const c = await opinion(t.townA, C, { channel: 'opinion_box' });
      expect(c.cluster_id).toBe(a.id);
      expect((await row(b.id)).cluster_id).toBe(a.id);
      // the log says which cluster went where, and why
      const bridge = await d.db.selectFrom('audit_log').selectAll().where('action', '=', 'triage.bridge').where('target_id', '=', a.id).execute();
      expect(bridge.map((e) => [JSON.parse(e.before_json!), JSON.parse(e.after_json!), e.org_path])).toEqual([[{ clusterIds: [b.id] }, { clusterId: a.id, moved: 1, by: c.id }, t.townA.path]]);

      // Staff merged A and B and split B off again: they are two issues, and C leaves them so.
      const dates = { batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' };
      for (const reload of [false, true]) {
        const camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyA.id, name: `调度室${reload ? '二' : '一'}`, ...dates });
        const a2 = await opinion(t.townA, A, { campaign: camp });
        const b2 = await opinion(t.townA, B, { campaign: camp, channel: 'hotline' });
        expect((await post(officeA, `/api/campaigns/${camp.id}/triage/merge`, { opinionIds: [a2.id, b2.id] })).statusCode).toBe(200);
        expect((await post(officeA, `/api/opinions/${b2.id}/triage/split`, {})).statusCode).toBe(200);
        if (reload) forgetIndexes();
        const c2 = await opinion(t.townA, C, { campaign: camp, channel: 'opinion_box' });
        expect([a2.id, b2.id], reload ? 'after a reload' : 'live').toContain(c2.cluster_id);
        expect((await row(a2.id)).cluster_id).toBe(a2.id);
        expect((await row(b2.id)).cluster_id, reload ? 'after a reload' : 'live').toBe(b2.id);
      }
    });

    it('places a resubmission after a failed commit in the cluster its lost copy had joined', async () => {
      const camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyA.id, name: '卫生院', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
      const A = '青柳镇卫生院夜里没有医生值班，老人半夜发病只能打车去县医院。';
      const again = '青柳鎮衛生院晚上沒有醫生值班，老人半夜發病只能打車去縣醫院，請解決。';
      const a = await opinion(t.townA, A, { campaign: camp });
      // A shared commit placed it and then failed (another item of its batch was bad): the index
      // holds a copy no row has, which the retry matches best.
      const lost = analyse(again);
      await expect(d.db.transaction().execute(async (trx) => {
        expect(await placeOpinion(trx, camp.region_id, camp.id, 'lostcopy00', { sig: lost.signature, terms: lost.terms })).toBe(a.id);
        throw new Error('rolled back');
      })).rejects.toThrow('rolled back');
      const retry = await opinion(t.townA, again, { campaign: camp, channel: 'hotline' });
      expect(retry.cluster_id).toBe(a.id);
    });

    it('forgets a bridge whose transaction rolled back: the index groups as the rows do', async () => {
      const camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyA.id, name: '调度室回滚', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
      const A = '北站停车场调度室夜里值班的人喝酒打牌，早上6路头班车经常晚点。';
      const B = '雁鸣镇北站调度员凌晨还在打麻将，司机领车要叫半天才醒。';
      const C = '雁鸣镇北站停车场的调度室，夜班几个人喝酒打麻将到凌晨，6路头班车经常晚二十分钟发车，司机领车叫半天才醒。';
      const a = await opinion(t.townA, A, { campaign: camp });
      const b = await opinion(t.townA, B, { campaign: camp, channel: 'hotline' });
      expect(b.cluster_id).toBe(b.id);
      // C bridges A and B inside a transaction that then fails: the rename of B's rows is undone.
      const c = analyse(C);
      await expect(d.db.transaction().execute(async (trx) => {
        expect(await placeOpinion(trx, camp.region_id, camp.id, 'lostbridge', { sig: c.signature, terms: c.terms })).toBe(a.id);
        expect(await loadedCluster(camp.id, b.id)).toBe(await loadedCluster(camp.id, a.id));
        throw new Error('rolled back');
      })).rejects.toThrow('rolled back');
      expect((await row(b.id)).cluster_id).toBe(b.id);
      // The next arrival, through another transaction, finds B's row unrenamed and reloads.
      await opinion(t.townA, '北站候车室的座椅坏了好几张，一直没人修。', { campaign: camp, channel: 'sms' });
      expect(await loadedCluster(camp.id, b.id)).toBe(b.id);
      expect(await loadedCluster(camp.id, a.id)).toBe(a.id);
      expect(await loadedCluster(camp.id, 'lostbridge')).toBeNull();
      // A bridge that commits stays: C again, for real, joins them in the rows and in the index.
      const real = await opinion(t.townA, C, { campaign: camp, channel: 'opinion_box' });
      expect(real.cluster_id).toBe(a.id);
      await opinion(t.townA, '北站候车室的饮水机没有热水，冬天老人喝不上热水。', { campaign: camp, channel: 'sms' });
      expect((await row(b.id)).cluster_id).toBe(a.id);
      expect(await loadedCluster(camp.id, b.id)).toBe(await loadedCluster(camp.id, a.id));
    });

    it('refuses merges that would change opinions outside the caller\'s reach, and bad requests', async () => {
      const text = `检查评比过多过滥，很多是走过场，${noise()}`;
      const theirs = await opinion(t.villageB, text);
      const mine = await opinion(t.villageA, `窗口服务态度差，${noise()}`);
      const url = `/api/campaigns/${campaign.id}/triage/merge`;
      const named = await post(officeA, url, { opinionIds: [mine.id, theirs.id] });
      expect(named.statusCode).toBe(403);
      expect(named.json().code).toBe('triage.merge_outside');
      expect(named.json().message).toContain(theirs.id);

      // a cluster spanning both counties, started in countyA: merging an older countyA cluster into it would move countyB's member
      // (two counties' reports are kept apart on arrival since stop 46: an administrator joins them)
      const older = await opinion(t.villageA, `办事难、脸难看，${noise()}`);
      const spanText = `公款吃喝之风屡禁不止，${noise()}`;
      const spanA = await opinion(t.townA, spanText);
      const spanB = await opinion(t.townB, spanText);
      expect(spanB.cluster_id).toBe(spanB.id);
      expect((await post(admin, url, { opinionIds: [spanA.id, spanB.id] })).json()).toEqual({ cluster: { id: spanA.id, size: 2 }, moved: 1 });
      const span = await post(officeA, url, { opinionIds: [older.id, spanA.id] });
      expect(span.statusCode).toBe(403);
      expect(span.json().details).toEqual({ outside: [spanB.id] });
      expect((await row(spanA.id)).cluster_id).toBe(spanA.id);
      expect((await post(admin, url, { opinionIds: [older.id, spanA.id] })).json()).toEqual({ cluster: { id: older.id, size: 3 }, moved: 2 });

      expect((await post(officeA, url, { opinionIds: [mine.id, mine.id] })).json().code).toBe('triage.merge_single');
      expect((await post(officeA, url, { opinionIds: [mine.id, '0000000000'] })).json()).toMatchObject({ code: 'triage.merge_unknown' });
      expect((await post(officeA, url, { opinionIds: [mine.id, older.id], clusterIds: [mine.id, older.id] })).json().code).toBe('triage.merge_input');
      expect((await post(officeA, url, {})).json().code).toBe('triage.merge_input');
      expect((await post(officeA, url, { opinionIds: [mine.id] })).statusCode).toBe(400);
      expect((await post(leaderA, url, { opinionIds: [mine.id, older.id] })).statusCode).toBe(403);
    });
  });

  describe('the organizations\' own categories', () => {
    it('are defined at a node, inherited below it, unique per node, and managed by that node\'s office', async () => {
      const create = (cookie: string, org: OrgRow, body: unknown) => post(cookie, `/api/orgs/${org.id}/opinion-categories`, body);
      const meetings = await create(officeA, t.countyA, { name: '会议文件过多', wind: 'formalism' });
      expect(meetings.statusCode, meetings.body).toBe(201);
      expect(meetings.json().category).toMatchObject({ name: '会议文件过多', wind: 'formalism', active: true, position: 0, org: { id: t.countyA.id }, inherited: false, can: { manage: true } });
      const window = await create(officeA, t.townA, { name: '窗口服务' });
      expect(window.statusCode).toBe(201);
      expect((await create(officeA, t.townA, { name: '会议文件过多' })).statusCode).toBe(201); // another node: allowed

      const dup = await create(officeA, t.countyA, { name: ' 会议文件过多 ' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json()).toMatchObject({ code: 'triage.category_name_taken', message: '本单位已有同名分类：会议文件过多' });
      expect((await create(officeB, t.countyA, { name: '别的' })).statusCode).toBe(403);
      expect((await create(leaderA, t.countyA, { name: '别的' })).statusCode).toBe(403);
      expect((await create(officeA, t.countyA, { name: '  ' })).statusCode).toBe(400);
      expect((await create(officeA, t.countyA, { name: '\u200b' })).statusCode).toBe(400);
      expect((await create(officeA, t.countyA, { name: '错的', wind: 'laziness' })).statusCode).toBe(400);

      const list = async (cookie: string, org: OrgRow, q = '') => {
        const res = await get(cookie, `/api/orgs/${org.id}/opinion-categories${q}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json().items as { id: string; name: string; inherited: boolean; active: boolean; org: { id: string } }[];
      };
      const atVillage = await list(liaisonA, t.villageA);
      expect(atVillage.map((c) => [c.name, c.org.id, c.inherited])).toEqual([
        ['会议文件过多', t.countyA.id, true], ['窗口服务', t.townA.id, true], ['会议文件过多', t.townA.id, true],
      ]);
      expect((await list(leaderA, t.townA)).map((c) => c.inherited)).toEqual([true, false, false]);
      expect(await list(officeB, t.villageB)).toEqual([]);
      expect((await get(officeB, `/api/orgs/${t.villageA.id}/opinion-categories`)).statusCode).toBe(403);

      const windowId = window.json().category.id as string;
      const renamed = await patch(officeA, `/api/opinion-categories/${windowId}`, { name: '会议文件过多' });
      expect(renamed.statusCode).toBe(409);
      expect((await patch(officeB, `/api/opinion-categories/${windowId}`, { active: false })).statusCode).toBe(403);
      expect((await patch(officeA, `/api/opinion-categories/${windowId}`, {})).statusCode).toBe(400);
      const off = await patch(officeA, `/api/opinion-categories/${windowId}`, { active: false, wind: 'bureaucratism', position: 5 });
      expect(off.json().category).toMatchObject({ active: false, wind: 'bureaucratism', position: 5 });
      expect((await list(officeA, t.villageA)).map((c) => c.id)).not.toContain(windowId);
      expect((await list(officeA, t.villageA, '?includeInactive=true')).map((c) => c.id)).toContain(windowId);
      expect((await patch(officeA, '/api/opinion-categories/0000000000', { active: true })).statusCode).toBe(404);

      // used in triage: the category's wind when no wind is given; a label carries the category
      const o = await opinion(t.villageA, `一个星期开四五次会，${noise()}`);
      const res = await post(officeA, `/api/opinions/${o.id}/triage`, { orgCategoryId: meetings.json().category.id });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().item).toMatchObject({ wind: 'formalism', orgCategory: { id: meetings.json().category.id, name: '会议文件过多', wind: 'formalism' } });
      expect(await labels(o.id)).toMatchObject([{ wind: 'formalism', org_category_id: meetings.json().category.id }]);
      // A category never overwrites the wind staff set, nor contradicts it: one under another wind is refused.
      const set = await opinion(t.villageA, `公款买高档烟酒送礼，${noise()}`);
      expect((await post(officeA, `/api/opinions/${set.id}/triage`, { wind: 'extravagance' })).statusCode).toBe(200);
      const clash = await post(officeA, `/api/opinions/${set.id}/triage`, { orgCategoryId: meetings.json().category.id });
      expect(clash.statusCode).toBe(400);
      expect(clash.json()).toMatchObject({ code: 'triage.category_wind_clash' });
      expect(clash.json().message).toContain('形式主义');
      expect(await row(set.id)).toMatchObject({ category: 'extravagance', org_category_id: null });
      expect((await labels(set.id)).map((l) => l.wind)).toEqual(['extravagance']);
      // Changed together, the wind and its category agree; cleared, the wind sends the opinion back to the queue.
      const both = await post(officeA, `/api/opinions/${set.id}/triage`, { wind: 'formalism', orgCategoryId: meetings.json().category.id });
      expect(both.json().item).toMatchObject({ wind: 'formalism', status: 'triaged', orgCategory: { id: meetings.json().category.id } });
      // A change of wind drops a category of the old one.
      const changed = await post(officeA, `/api/opinions/${set.id}/triage`, { wind: 'hedonism' });
      expect(changed.json().item).toMatchObject({ wind: 'hedonism', orgCategory: null });
      const cleared = await post(officeA, `/api/opinions/${set.id}/triage`, { wind: null, orgCategoryId: null });
      expect(cleared.json().item).toMatchObject({ wind: null, status: 'received' });
      expect(await row(set.id)).toMatchObject({ triaged_by: null, triaged_at: null });
      const inactive = await post(officeA, `/api/opinions/${o.id}/triage`, { orgCategoryId: windowId });
      expect(inactive.statusCode).toBe(400);
      expect(inactive.json().code).toBe('triage.category_unavailable');
      const b = await opinion(t.villageB, `西湖区：${noise()}`);
      const notOffered = await post(admin, `/api/opinions/${b.id}/triage`, { orgCategoryId: meetings.json().category.id });
      expect(notOffered.statusCode).toBe(400);
      expect(notOffered.json().message).toContain(b.id);
      // bulk: one opinion the category is not offered for, so none changes
      const a = await opinion(t.villageA, `东城区：${noise()}`);
      const bulk = await post(admin, `/api/campaigns/${campaign.id}/triage/bulk`, { ids: [a.id, b.id], action: 'category', value: meetings.json().category.id });
      expect(bulk.statusCode).toBe(400);
      expect((await row(a.id)).org_category_id).toBeNull();
      // moving to a unit the category is not offered at drops it
      const moved = await post(admin, `/api/opinions/${o.id}/triage`, { orgId: t.villageB.id });
      expect(moved.json().item).toMatchObject({ orgCategory: null, unit: { id: t.villageB.id } });
    });
  });

  describe('bad input', () => {
    it('answers 4xx with a message in the caller\'s language, never 500', async () => {
      const o = await opinion(t.townA, `随便说说，${noise()}`);
      const url = `/api/opinions/${o.id}/triage`;
      const cases: [string, Promise<Awaited<ReturnType<typeof post>>>, number, string][] = [
        ['empty body', post(officeA, url, {}), 400, 'request.invalid'],
        ['unknown wind', post(officeA, url, { wind: 'laziness' }), 400, 'request.invalid'],
        ['bad org id', post(officeA, url, { orgId: 'x' }), 400, 'request.invalid'],
        ['unknown field', post(officeA, url, { colour: 'red' }), 400, 'request.invalid'],
        ['accept and wind', post(officeA, url, { accept: true, wind: 'other' }), 400, 'triage.accept_conflict'],
        ['nothing to do', post(officeA, url, { accept: false }), 400, 'triage.nothing_to_do'],
        ['unknown category', post(officeA, url, { orgCategoryId: '0000000000' }), 400, 'triage.category_not_found'],
        ['unknown unit', post(officeA, url, { orgId: '0000000000' }), 400, 'opinion.unit_outside'],
        ['unknown opinion', post(officeA, '/api/opinions/0000000000/triage', { accept: true }), 404, 'opinion.not_found'],
        ['bad opinion id', post(officeA, '/api/opinions/NOT-AN-ID/triage', { accept: true }), 400, 'request.invalid'],
        ['unknown campaign', get(officeA, '/api/campaigns/0000000000/triage/queue'), 404, 'campaign.not_found'],
        ['bad cursor', get(officeA, `/api/campaigns/${campaign.id}/triage/queue?after=yesterday`), 400, 'request.invalid'],
        ['bad state', get(officeA, `/api/campaigns/${campaign.id}/triage/queue?state=done`), 400, 'request.invalid'],
        ['limit too big', get(officeA, `/api/campaigns/${campaign.id}/triage/queue?limit=1000`), 400, 'request.invalid'],
        ['unknown filter unit', get(officeA, `/api/campaigns/${campaign.id}/triage/queue?orgId=0000000000`), 404, 'org.not_found'],
        ['bulk without ids', post(officeA, `/api/campaigns/${campaign.id}/triage/bulk`, { ids: [], action: 'accept' }), 400, 'request.invalid'],
        ['bulk bad action', post(officeA, `/api/campaigns/${campaign.id}/triage/bulk`, { ids: [o.id], action: 'delete' }), 400, 'request.invalid'],
        ['bulk bad route value', post(officeA, `/api/campaigns/${campaign.id}/triage/bulk`, { ids: [o.id], action: 'route', value: '../../etc' }), 400, 'triage.bulk_value_invalid'],
        ['category name too long', post(officeA, `/api/orgs/${t.townA.id}/opinion-categories`, { name: '长'.repeat(51) }), 400, 'request.invalid'],
        ['category of unknown org', post(officeA, '/api/orgs/0000000000/opinion-categories', { name: '分类' }), 404, 'org.not_found'],
        ['negative position', patch(officeA, '/api/opinion-categories/0000000000', { position: -1 }), 400, 'request.invalid'],
      ];
      for (const [name, pending, status, code] of cases) {
        const res = await pending;
        expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
        expect(res.json().code, name).toBe(code);
        expect(res.json().message, name).toMatch(/[\u4e00-\u9fff]/);
      }
      // no suggestion to accept (an opinion from before the first pass)
      await d.db.updateTable('opinions').set({ suggested_category: null }).where('id', '=', o.id).execute();
      const none = await post(officeA, url, { accept: true }, { 'accept-language': 'en' });
      expect(none.statusCode).toBe(400);
      expect(none.json().message).toBe(`This opinion has no first-pass suggestion; choose a wind instead: ${o.id}`);
      expect(await row(o.id)).toMatchObject({ status: 'received' });
    });

    it('keeps the audit chain intact', async () => {
      expect(await verifyAudit(d.db)).toMatchObject({ ok: true });
    });
  });
});
