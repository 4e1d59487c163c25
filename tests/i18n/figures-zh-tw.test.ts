import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import type { CampaignTable } from '../../src/db/schema.js';
import '../../src/modules/figures/schema.js';

// The figures' indicator names and units are held in Simplified (the standard catalogue and an
// office's own); the API gives each in Traditional characters too (zhTW, unitTW: OpenCC cn → tw,
// as for the error messages), which the console shows in zh-TW. The Simplified stays the source.
describe.each(databaseKinds)('figures in Traditional characters on %s', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let camp: CampaignTable;
  let office: string;

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    camp = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '全市活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-12-31' });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'figtw.office' });
    office = await loginAs(h.app, 'figtw.office', TEST_PASSWORD);
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    h.app.inject({ method, url, headers: { cookie: office, 'accept-language': 'zh-TW' }, payload });

  it('names the catalogue’s indicators and units in Traditional beside the Simplified source', async () => {
    const made = await call('POST', `/api/campaigns/${camp.id}/indicators`, { code: 'visits_made', zh: '走访群众户数', unit: '户', aggregation: 'sum' });
    expect(made.statusCode).toBe(201);
    expect(made.json().indicator).toMatchObject({ zh: '走访群众户数', zhTW: '走訪群眾戶數', unit: '户', unitTW: '戶' });

    const list = await call('GET', `/api/campaigns/${camp.id}/indicators`);
    const byCode = new Map<string, { zh: string; zhTW: string; unit: string; unitTW: string }>(list.json().items.map((i: { code: string }) => [i.code, i]));
    // characters only, not Taiwan's vocabulary: 文件 (documents) stays 文件
    expect(byCode.get('documents_cut')).toMatchObject({ zhTW: '精簡文件' });
    for (const i of byCode.values()) {
      expect(i.zhTW.length, i.zh).toBe(i.zh.length);
      expect(i.unitTW.length, i.unit).toBe(i.unit.length);
    }
    expect([...byCode.values()].some((i) => i.zhTW !== i.zh)).toBe(true);
  });

  it('gives the dashboard’s figures, comparison and trend names in Traditional too', async () => {
    const res = await call('GET', `/api/campaigns/${camp.id}/dashboard`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const key = body.keyFigures.find((k: { code: string }) => k.code === 'opinions_solicited');
    expect(key.zh).toMatch(/征求意见/);
    expect(key.zhTW).toMatch(/徵求意見/);
    expect(key.unitTW).toBe('條');
    expect(body.keyFigures.find((k: { code: string }) => k.code === 'visits_made')).toMatchObject({ zhTW: '走訪群眾戶數', unitTW: '戶' });
    for (const c of body.compare) expect(typeof c.zhTW).toBe('string');
    for (const s of body.trend.series) expect(s.zhTW.length).toBe(s.zh.length);
  });
});

describe('Traditional characters of the server', () => {
  it('writes 發 (send, issue) where the character table would write 髮 (hair), and 髮 only for hair', async () => {
    const { taiwanScript } = await import('../../src/shared/i18n/taiwan.js');
    expect(taiwanScript('编发简报信息')).toBe('編發簡報信息');
    expect(taiwanScript('发展经济')).toBe('發展經濟');
    expect(taiwanScript('头发白了，去理发店')).toBe('頭髮白了，去理髮店');
  });
});
