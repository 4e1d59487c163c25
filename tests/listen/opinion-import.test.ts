import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, multipartFile, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import type { CampaignTable } from '../../src/db/schema.js';
import { planOpinionImport } from '../../src/modules/opinions/import.js';
import { BATCH, Preparers } from '../../src/modules/triage/preparers.js';

describe.each(databaseKinds)('opinion import on %s', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let campaign: CampaignTable;
  let office: string;
  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31', excludedOrgIds: [t.townB.id] });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'office.import' });
    office = await loginAs(h.app, 'office.import', TEST_PASSWORD);
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  const count = async () => Number((await d.db.selectFrom('opinions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const upload = (name: string, content: Buffer | string) => h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions/import`, headers: { cookie: office }, ...withCookie(multipartFile('file', name, content)) });
  const withCookie = (m: ReturnType<typeof multipartFile>) => ({ ...m, headers: { ...m.headers, cookie: office } });
  /** Uploads anonymous letters to townA, one row each. */
  const ledger = async (name: string, texts: string[]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('意见');
    ws.addRow(['单位编码', '渠道', '意见内容', '评议对象', '对象名称', '匿名', '姓名', '手机', '邮箱', '收到日期']);
    for (const text of texts) ws.addRow([t.townA.code, '来信', text, '', '', '是', '', '', '', '2014-03-07']);
    return upload(name, Buffer.from(await wb.xlsx.writeBuffer()));
  };

  it('plans a ledger the same with preparer processes as without, sharing the work between them and this process', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('意见');
    ws.addRow(['单位编码', '渠道', '意见内容', '评议对象', '对象名称', '匿名', '姓名', '手机', '邮箱', '收到日期']);
    const texts = ['我是李秀英，电话13812345678，窗口办事要跑五趟。', '會議太多，文山會海，基層疲於應付。', `${t.townA.name}公车私用，周末拉家属去景区。`, '住幸福小区3栋2单元501室，楼道灯坏了没人修。'];
    for (let i = 0; i < BATCH * 20; i++) ws.addRow([t.townA.code, '来信', `${texts[i % texts.length]}第${i}封。`, '', '', '是', '', '', '', '2014-03-07']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const columns = (rows: Awaited<ReturnType<typeof planOpinionImport>>['rows']) =>
      rows.map((r) => ({ body: r.body, masked: r.body_redacted, wind: r.suggested_category, terms: r.suggestion_terms, sig: Buffer.from(r.signature!).toString('hex'), unit: r.suggested_org_id }));
    const pool = new Preparers(1);
    try {
      await pool.prepare(['先把预处理进程启动起来。']); // started, as in a server that has run an import before
      // Every batch prepared here is counted: fewer than all means the preparer did the rest. On a machine whose cores
      // are all busy (CI runs test files side by side, and PostgreSQL beside them) the preparer can be late for a whole
      // plan, and then this process prepares every batch itself, by design: a plan is tried up to three times, and the
      // preparer must have done part of one of them.
      let shared = await planOpinionImport(d.db, campaign, 'ledger.xlsx', data, () => true, SYSTEM_ACTOR, pool);
      const shares = [pool.batchesHere];
      while (shares.at(-1)! >= 20 && shares.length < 3) {
        pool.batchesHere = 0;
        shared = await planOpinionImport(d.db, campaign, 'ledger.xlsx', data, () => true, SYSTEM_ACTOR, pool);
        shares.push(pool.batchesHere);
      }
      expect(pool.pids).toHaveLength(1);
      expect(shares.at(-1)).toBeGreaterThan(0);
      expect(shares.at(-1), `batches prepared here in each try: ${shares.join(', ')}`).toBeLessThan(20);
      const here = await planOpinionImport(d.db, campaign, 'ledger.xlsx', data, () => true, SYSTEM_ACTOR, null);
      expect(shared.errors).toEqual([]);
      expect(columns(shared.rows)).toEqual(columns(here.rows));
      expect(shared.rows[0].body_redacted).not.toContain('13812345678');
    } finally {
      await pool.close();
    }
  });

  it('imports an xlsx ledger, named and anonymous, with dates and targets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('意见');
    ws.addRow(['单位编码', '渠道', '意见内容', '评议对象', '对象名称', '匿名', '姓名', '手机', '邮箱', '收到日期']);
    ws.addRow([t.townA.code, '意见箱', '会议太多，文山会海。', '领导班子', '街道党工委', '是', '', '', '', '2014-03-05']);
    ws.addRow([t.villageA.code, 'hotline', '村务公开不及时。', '', '', '否', '王某', '13800138000', '', '']);
    const before = await count();
    const res = await upload('ledger.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(201);
    expect(res.json().created).toBe(2);
    expect(await count()).toBe(before + 2);
    const rows = await d.db.selectFrom('opinions').selectAll().where('body', 'in', ['会议太多，文山会海。', '村务公开不及时。']).orderBy('body').execute();
    const byBody = new Map(rows.map((r) => [r.body, r]));
    expect(byBody.get('会议太多，文山会海。')).toMatchObject({ channel: 'opinion_box', target_kind: 'leadership', anonymous: 1, received_on: '2014-03-05', contact_name: null });
    expect(byBody.get('村务公开不及时。')).toMatchObject({ channel: 'hotline', target_kind: 'unit', anonymous: 0, contact_name: '王某', contact_phone: '13800138000' });
    const events = await d.db.selectFrom('opinion_events').select('to_status').where('opinion_id', '=', byBody.get('村务公开不及时。')!.id).execute();
    expect(events).toEqual([{ to_status: 'received' }]);
  });

  it('places a ledger\'s rows in clusters, joining two groups when a later row reports what both said', async () => {
    // Rows 1 and 2 each tell half of one depot's night shift (two clusters as they arrive); row 4
    // tells both: the first two rows end in one cluster, also when it lies in the same batch.
    const A = '北站停车场调度室夜里值班的人喝酒打牌，早上6路头班车经常晚点。';
    const B = '雁鸣镇北站调度员凌晨还在打麻将，司机领车要叫半天才醒。';
    const other = '雁鸣镇中心小学门口的斑马线早就看不清了，放学时车开得飞快。';
    const C = '雁鸣镇北站停车场的调度室，夜班几个人喝酒打麻将到凌晨，6路头班车经常晚二十分钟发车，司机领车叫半天才醒。';
    const res = await ledger('depot.xlsx', [A, B, other, C]);
    expect(res.statusCode, res.body).toBe(201);
    const rows = await d.db.selectFrom('opinions').select(['id', 'body', 'cluster_id']).where('body', 'in', [A, B, other, C]).execute();
    const cluster = new Map(rows.map((r) => [r.body, r.cluster_id]));
    const a = rows.find((r) => r.body === A)!;
    expect(cluster.get(A)).toBe(a.id);
    expect(cluster.get(B)).toBe(a.id);
    expect(cluster.get(C)).toBe(a.id);
    expect(cluster.get(other)).not.toBe(a.id);
    // logged once the rows are in, at the unit they share
    const bridge = await d.db.selectFrom('audit_log').select(['before_json', 'after_json', 'org_path']).where('action', '=', 'triage.bridge').where('target_id', '=', a.id).execute();
    expect(bridge.map((e) => [JSON.parse(e.before_json!).clusterIds, JSON.parse(e.after_json!).moved, e.org_path])).toEqual([[[rows.find((r) => r.body === B)!.id], 1, t.townA.path]]);
  });

  it('joins clusters across the ledger\'s batches of 400 rows', async () => {
    // A (first batch) and B (a later one) tell two halves of one broken bridge; C tells both.
    const A = '白沙村东头那座石桥的栏杆断了两根，晚上放学的孩子走在边上很危险。';
    const B = '白沙村石桥护栏的事村委说没钱修，让我们自己去找镇里，镇里又推给交通站。';
    const C = '白沙村东头的石桥栏杆断了两根，孩子放学天天从桥上过，村委说没钱修，让找镇里，镇里推给交通站，请领导管一管。';
    const filler = (i: number) => `第${i}期宣传栏内容更新不及时，${'春夏秋冬东南西北'[i % 8]}${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${i}号板面还是去年的。`;
    const res = await ledger('bridge.xlsx', [A, ...Array.from({ length: 420 }, (_, i) => filler(i)), B, C]);
    expect(res.statusCode, res.body).toBe(201);
    const rows = await d.db.selectFrom('opinions').select(['body', 'cluster_id']).where('body', 'in', [A, B, C]).execute();
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.cluster_id)).size).toBe(1);
  });

  it('reports every bad row in Chinese and writes nothing', async () => {
    const csv = [
      '单位编码,渠道,意见内容,评议对象,匿名,收到日期',
      `${t.townA.code},来信,好的一行,,,`,
      `NOPE,来信,单位不存在,,,`,
      `${t.villageB.code},来信,排除范围内,,,`,
      `${t.townA.code},飞鸽传书,渠道不对,,,`,
      `${t.townA.code},来信,,,,`,
      `${t.townA.code},来信,对象不对,群众,,`,
      `${t.townA.code},来信,匿名不对,,也许,`,
      `${t.townA.code},来信,日期不对,,,3月5日`,
      `${t.townA.code},来信,\u200b\u200b,,,`,
    ].join('\n');
    const before = await count();
    const res = await upload('bad.csv', csv);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('共 8 行有误，未导入任何数据');
    const messages = res.json().details.errors.map((e: { message: string }) => e.message);
    expect(messages).toEqual([
      '第 3 行：单位编码「NOPE」不存在',
      '第 4 行：单位「' + t.villageB.code + '」不在本次活动范围内或无权录入',
      '第 5 行：渠道「飞鸽传书」无效',
      '第 6 行：「意见内容」不能为空',
      '第 7 行：评议对象「群众」应为 单位、领导班子 或 领导个人',
      '第 8 行：「匿名」应填 是 或 否',
      '第 9 行：日期「3月5日」应为 YYYY-MM-DD',
      '第 10 行：「意见内容」不能为空',
    ]);
    expect(await count()).toBe(before);
  });

  /** A ledger in Simplified, and the same in Traditional (Taiwan's template words) and English: the same opinions. */
  it.each([
    ['zh-TW', ['單位編碼', '管道', '意見內容', '評議對象', '對象名稱', '匿名', '姓名', '手機', '電子郵件', '收到日期'], ['意見箱', '領導班子', '是'], ['熱線電話', '單位', '否']],
    ['en', ['Unit Code', 'Channel', 'Opinion', 'TARGET', 'Target name', 'Anonymous', 'Name', 'Phone', 'E-mail', 'Received on'], ['Opinion box', 'Leadership group', 'Yes'], ['hotline', 'unit', 'no']],
  ] as const)('reads a ledger with %s headers and values as the Simplified one', async (lang, header, first, second) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ledger');
    ws.addRow([...header]);
    const a = `${lang}：会议太多，文山会海。`;
    const b = `${lang}：村务公开不及时。`;
    ws.addRow([t.townA.code, first[0], a, first[1], '街道党工委', first[2], '', '', '', '2014-03-05']);
    ws.addRow([t.villageA.code, second[0], b, second[1], '', second[2], '王某', '13800138000', 'wang@example.org', '']);
    const res = await upload('ledger.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(201);
    const rows = await d.db.selectFrom('opinions').selectAll().where('body', 'in', [a, b]).execute();
    const byBody = new Map(rows.map((r) => [r.body, r]));
    expect(byBody.get(a)).toMatchObject({ channel: 'opinion_box', target_kind: 'leadership', target_label: '街道党工委', anonymous: 1, received_on: '2014-03-05', contact_name: null });
    expect(byBody.get(b)).toMatchObject({ channel: 'hotline', target_kind: 'unit', anonymous: 0, contact_name: '王某', contact_phone: '13800138000', contact_email: 'wang@example.org' });
  });

  it('names the columns of bad rows and a missing column in the reader\'s language', async () => {
    const csv = ['單位編碼,管道,意見內容,匿名', `${t.townA.code},來信,,`, `${t.townA.code},來信,匿名不對,也許`].join('\n');
    const tw = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions/import?lang=zh-TW`, ...withCookie(multipartFile('file', 'bad.csv', csv)) });
    expect(tw.statusCode).toBe(400);
    expect(tw.json().details.errors).toEqual([
      { row: 2, field: '意見內容', message: '第 2 列：「意見內容」不能為空' },
      { row: 3, field: '匿名', message: '第 3 列：「匿名」應填 是 或 否' },
    ]);
    const en = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions/import?lang=en`, ...withCookie(multipartFile('file', 'bad.csv', csv)) });
    expect(en.json().details.errors.map((e: { field: string; message: string }) => [e.field, e.message])).toEqual([
      ['opinion', 'Row 2: opinion is required'],
      ['anonymous', 'Row 3: anonymous should be yes or no'],
    ]);
    const noChannel = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions/import?lang=en`, ...withCookie(multipartFile('file', 'x.csv', `Unit code,Opinion\n${t.townA.code},x`)) });
    expect(noChannel.json()).toMatchObject({ code: 'import.bad_header', message: 'Missing columns: channel (expected unit code, channel, opinion)' });
    const noChannelTw = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/opinions/import?lang=zh-TW`, ...withCookie(multipartFile('file', 'x.csv', `單位編碼,意見內容\n${t.townA.code},x`)) });
    expect(noChannelTw.json().message).toBe('表頭缺少欄位：管道（應有 單位編碼、管道、意見內容）');
  });

  it.each(['zh-TW', 'en'] as const)('offers the template in %s, with headers and values the import reads back', async (lang) => {
    const res = await h.app.inject({ url: `/api/opinions/import/template?lang=${lang}`, headers: { cookie: office } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(
      lang === 'en'
        ? ['unit code', 'channel', 'opinion', 'target', 'target name', 'anonymous', 'name', 'phone', 'email', 'received on']
        : ['單位編碼', '管道', '意見內容', '評議對象', '對象名稱', '匿名', '姓名', '手機', '電子郵件', '收到日期'],
    );
    expect((ws.getRow(3).values as unknown[]).slice(2, 7)).toEqual(lang === 'en' ? ['Letter', '希望减少会议和文件，给基层减负。', 'Leadership group', '区委领导班子', 'no'] : ['來信', '希望減少會議和文件，給基層減負。', '領導班子', '區委領導班子', '否']);
    // Filled in with this campaign's unit, it imports.
    ws.getRow(2).getCell(1).value = t.townA.code;
    ws.getRow(3).getCell(1).value = t.townA.code;
    ws.getRow(2).getCell(3).value = `${lang} template row one`;
    ws.getRow(3).getCell(3).value = `${lang} template row two`;
    const back = await upload('template.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(back.statusCode, back.body).toBe(201);
    const rows = await d.db.selectFrom('opinions').select(['channel', 'target_kind', 'anonymous']).where('body', 'in', [`${lang} template row one`, `${lang} template row two`]).orderBy('body').execute();
    expect(rows).toEqual([{ channel: 'opinion_box', target_kind: 'unit', anonymous: 1 }, { channel: 'letter', target_kind: 'leadership', anonymous: 0 }]);
  });

  it('offers a template with the expected header', async () => {
    const res = await h.app.inject({ url: '/api/opinions/import/template', headers: { cookie: office } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(['单位编码', '渠道', '意见内容', '评议对象', '对象名称', '匿名', '姓名', '手机', '邮箱', '收到日期']);
  });
});
