import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { newId } from '../../src/shared/ids.js';
import type { CampaignTable, RectifyMeasureTable } from '../../src/db/schema.js';

// The ledger (xlsx, streamed) and the task book (docx) open in LibreOffice with the Chinese
// intact: each is converted headless (a fresh profile per conversion, so parallel runs do not
// collide) and the converted text is read back.

const run = promisify(execFile);

async function soffice(file: string, to: string, outDir: string): Promise<void> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, file], { timeout: 60_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** One file of a zip (stored or deflated), read from its local header. */
function zipEntry(zip: Buffer, name: string): string {
  for (let i = zip.indexOf('PK\u0003\u0004', 0, 'latin1'); i >= 0; i = zip.indexOf('PK\u0003\u0004', i + 4, 'latin1')) {
    const method = zip.readUInt16LE(i + 8);
    const size = zip.readUInt32LE(i + 18);
    const nameLen = zip.readUInt16LE(i + 26);
    const extraLen = zip.readUInt16LE(i + 28);
    if (zip.subarray(i + 30, i + 30 + nameLen).toString('utf8') !== name) continue;
    const start = i + 30 + nameLen + extraLen;
    const data = zip.subarray(start, start + size);
    return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
  }
  throw new Error(`${name} not in the zip`);
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe.each(databaseKinds)('ledger and task book exports (%s)', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let campaign: CampaignTable;
  let office: string;
  let ownerId: string;
  let planId: string;
  let dir: string;
  const BULK = 2300; // more than one page of the ledger's reads

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-export-'));
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '第二批党的群众路线教育实践活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'office.city' });
    ownerId = (await userWithRole(d.db, 'leader', t.countyA, { username: 'owner.county' })).id;
    office = await loginAs(h.app, 'office.city', TEST_PASSWORD);
    const post = async (url: string, payload: object) => {
      const r = await h.app.inject({ method: 'POST', url, headers: { cookie: office }, payload });
      expect(r.statusCode, r.body).toBe(201);
      return r.json();
    };
    planId = (await post(`/api/campaigns/${campaign.id}/rectify/plans`, { orgId: t.countyA.id, kind: 'leadership' })).plan.id;
    const problems = [
      { wind: 'formalism', description: '文山会海问题突出，一周开四五次会，基层疲于应付', source: 'public' },
      { wind: 'extravagance', description: '超标配备公务用车，办公用房面积超标', source: 'superior' },
    ];
    for (const [i, p] of problems.entries()) {
      const problem = (await post(`/api/campaigns/${campaign.id}/rectify/problems`, { orgId: t.countyA.id, ...p, targetKind: 'leadership', severity: 3 - i, planId, immediate: i === 1 })).problem;
      await post(`/api/rectify/problems/${problem.id}/measures`, {
        text: i === 0 ? '精简会议三成，文件一律不再层层转发' : '清理腾退超标办公用房，公车统一封存', ownerOrgId: t.countyA.id, ownerUserId: ownerId, startsOn: '2026-07-01', dueOn: '2026-09-30',
        milestones: [{ title: '摸清底数', dueOn: '2026-07-15' }],
      });
    }
    // Many more measures, written directly: enough rows to cross the ledger's page boundary.
    const bulkProblem = (await post(`/api/campaigns/${campaign.id}/rectify/problems`, { orgId: t.townB.id, wind: 'bureaucratism', description: '办事效率不高', source: 'self_found', targetKind: 'unit', severity: 1 })).problem;
    const at = new Date().toISOString();
    const rows: RectifyMeasureTable[] = Array.from({ length: BULK }, (_, i) => ({
      region_id: t.city.region_id, id: newId(), campaign_id: campaign.id, problem_id: bulkProblem.id, org_id: t.townB.id, org_path: t.townB.path, text: `批量措施第${i + 1}条：限时办结`,
      owner_org_id: t.villageB.id, owner_org_path: t.villageB.path, owner_user_id: ownerId, owner_name: '石桥村书记', starts_on: '2026-07-01', due_on: '2026-12-31', status: 'in_progress',
      last_progress: '正在推进', last_progress_on: '2026-08-01', verified_on: null, verified_by: null, reminded_for: null, escalated_on: null, rating_round: 1, position: i, created_at: at, updated_at: at,
    }));
    for (let i = 0; i < rows.length; i += 500) await d.db.insertInto('rectify_measures').values(rows.slice(i, i + 500)).execute();
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('streams the ledger as xlsx: frozen header, widths, one row per measure, and LibreOffice reads the Chinese', async () => {
    const res = await h.app.inject({ url: `/api/campaigns/${campaign.id}/rectify/ledger.xlsx`, headers: { cookie: office } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('江州市委整改台账.xlsx');
    const file = path.join(dir, `ledger-${kind}.xlsx`);
    fs.writeFileSync(file, res.rawPayload);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('整改台账');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getColumn(5).width).toBe(40);
    expect(ws.rowCount).toBe(2 + 2 + BULK);

    await soffice(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1', dir);
    const rows = parseCsv(fs.readFileSync(file.replace(/\.xlsx$/, '.csv'), 'utf8'));
    expect(rows[0][0]).toBe('第二批党的群众路线教育实践活动 江州市委 整改落实台账');
    expect(rows[1]).toEqual(['序号', '单位', '问题来源', '问题表现(四风)', '问题描述', '立行立改', '整改措施', '责任单位', '责任人', '开始时间', '完成时限', '进展情况', '状态', '是否销号', '销号时间', '群众满意度']);
    const data = rows.slice(2).filter((r) => r.length > 1);
    expect(data).toHaveLength(2 + BULK);
    expect(data.map((r) => Number(r[0]))).toEqual(data.map((_, i) => i + 1));
    const meeting = data.find((r) => r[6] === '精简会议三成，文件一律不再层层转发')!;
    expect(meeting.slice(1, 6)).toEqual(['东城区委', '群众提', '形式主义', '文山会海问题突出，一周开四五次会，基层疲于应付', '否']);
    expect(meeting.slice(7, 14)).toEqual(['东城区委', '测试leader', '2026-07-01', '2026-09-30', '', '未开始', '否']);
    const bulk = data.filter((r) => r[1] === '青山镇');
    expect(bulk).toHaveLength(BULK);
    // In the problem's own order (position), across the page boundary.
    expect(bulk.slice(1998, 2002).map((r) => r[6])).toEqual(['批量措施第1999条：限时办结', '批量措施第2000条：限时办结', '批量措施第2001条：限时办结', '批量措施第2002条：限时办结']);
    expect(bulk[0].slice(11, 13)).toEqual(['2026-08-01 正在推进', '整改中']);
  }, 180_000);

  it('limits the ledger to the caller’s reach', async () => {
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'office.a' });
    const county = await loginAs(h.app, 'office.a', TEST_PASSWORD);
    const res = await h.app.inject({ url: `/api/campaigns/${campaign.id}/rectify/ledger.xlsx`, headers: { cookie: county } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0].rowCount).toBe(2 + 2);
    expect((await h.app.inject({ url: `/api/campaigns/${campaign.id}/rectify/ledger.xlsx?orgId=${t.townB.id}`, headers: { cookie: county } })).statusCode).toBe(403);
  });

  it('writes the task book as docx with a heading, tables and Chinese fonts, and LibreOffice reads it', async () => {
    const res = await h.app.inject({ url: `/api/rectify/plans/${planId}/taskbook.docx`, headers: { cookie: office } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const file = path.join(dir, `taskbook-${kind}.docx`);
    fs.writeFileSync(file, res.rawPayload);
    // Chinese text in 宋体 (headings 黑体), Latin in Times New Roman, marked zh-CN.
    const styles = zipEntry(res.rawPayload, 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    expect(zipEntry(res.rawPayload, 'word/document.xml')).toMatch(/w:eastAsia="黑体"/);

    await soffice(file, 'pdf', dir);
    const pdf = fs.readFileSync(file.replace(/\.docx$/, '.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    let text: string;
    try {
      text = (await run('pdftotext', ['-enc', 'UTF-8', file.replace(/\.docx$/, '.pdf'), '-'])).stdout;
    } catch {
      // No pdftotext here: read the text LibreOffice extracts from the document instead.
      await soffice(file, 'txt:Text (encoded):UTF8', dir);
      text = fs.readFileSync(file.replace(/\.docx$/, '.txt'), 'utf8');
    }
    for (const s of ['东城区委领导班子整改任务书', '一、查摆出的突出问题', '文山会海问题突出', '形式主义', '奢靡之风', '（立行立改）', '精简会议三成，文件一律不再层层转发', '清理腾退超标办公用房', '测试leader', '摸清底数', '2026-09-30']) {
      expect(text).toContain(s);
    }
  }, 180_000);
});
