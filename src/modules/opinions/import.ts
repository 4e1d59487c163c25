import { isBlank, withoutControls } from '../../shared/blank.js';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { CampaignTable, Database, OpinionEventTable, OpinionTable } from '../../db/schema.js';
import { chinaDay, nowIso } from '../../shared/clock.js';
import { AppError, badRequest } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { MessageCode } from '../../shared/i18n/messages.js';
import { headerIndex, readTable } from '../../shared/tables.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { exclusionPaths } from '../campaigns/commands.js';
import { getOrg } from '../organizations/queries.js';
import type { RowError } from '../organizations/import.js';
import { fingerprintFromBytes } from '../triage/duplicates.js';
import { analyse, finish, suggestionColumns } from '../triage/pipeline.js';
import { PREPARED_FROM, Preparers, sharedPreparers, type PrepareResult } from '../triage/preparers.js';
import { logBridges, placeOpinion, suggestUnit, type PlacingBatch } from '../triage/arrival.js';
import { campaignModel } from '../triage/learned.js';
import { BODY_MAX, CHANNEL_LABELS, CHANNELS, type Channel, type TargetKind } from './model.js';

// Bulk import of opinions collected offline (ledgers of opinion boxes, hotline logs, symposium
// notes) from xlsx or csv. Every row is checked first; one bad row and nothing is written. Rows
// are written in batches inside one transaction, with the same shape as single entries.

export const OPINION_IMPORT_COLUMNS = ['单位编码', '渠道', '意见内容', '评议对象', '对象名称', '匿名', '姓名', '手机', '邮箱', '收到日期'] as const;
const MAX_ROWS = 200_000;
const NO_PREPARERS = new Preparers(0);

type Field = 'orgCode' | 'channel' | 'body' | 'target' | 'targetLabel' | 'anonymous' | 'name' | 'phone' | 'email' | 'receivedOn';
const HEADERS: Record<string, Field> = {
  单位编码: 'orgCode', org_code: 'orgCode', 渠道: 'channel', channel: 'channel', 意见内容: 'body', 意见建议: 'body', 内容: 'body', body: 'body',
  评议对象: 'target', target: 'target', 对象名称: 'targetLabel', target_label: 'targetLabel', 匿名: 'anonymous', 是否匿名: 'anonymous', anonymous: 'anonymous',
  姓名: 'name', name: 'name', 手机: 'phone', 电话: 'phone', phone: 'phone', 邮箱: 'email', email: 'email', 收到日期: 'receivedOn', 日期: 'receivedOn', received_on: 'receivedOn',
};
const TARGETS: Record<string, TargetKind> = { 单位: 'unit', unit: 'unit', 领导班子: 'leadership', 班子: 'leadership', leadership: 'leadership', 领导个人: 'leader', 领导: 'leader', leader: 'leader' };
const YES = new Set(['是', 'y', 'yes', 'true', '1', '匿名']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '实名']);

function parseChannel(v: string): Channel | null {
  const t = v.trim();
  if ((CHANNELS as readonly string[]).includes(t)) return t as Channel;
  const hit = Object.entries(CHANNEL_LABELS).find(([, label]) => label === t);
  return hit ? (hit[0] as Channel) : null;
}

export interface OpinionImportPlan {
  rows: OpinionTable[];
  errors: RowError[];
}

export async function planOpinionImport(
  db: Kysely<Database>,
  campaign: CampaignTable,
  fileName: string,
  data: Buffer,
  mayEnter: (orgPath: string) => boolean,
  actor: AuditActor,
  /** Preparers for the first pass (null: none); by default the server's, from PREPARED_FROM rows. */
  preparers?: Preparers | null,
): Promise<OpinionImportPlan> {
  const table = await readTable(fileName, data);
  const index = headerIndex(table[0] ?? [], HEADERS);
  const missing = (['orgCode', 'channel', 'body'] as const).filter((k) => index[k] === undefined);
  if (missing.length) {
    const names = { orgCode: '单位编码', channel: '渠道', body: '意见内容' };
    throw badRequest('import.bad_header', { columns: missing.map((m) => names[m]).join('、') });
  }
  const dataRows = table.slice(1).map((cells, i) => ({ n: i + 2, cells })).filter(({ cells }) => cells.some((c) => String(c ?? '').trim()));
  if (!dataRows.length) throw badRequest('import.empty');
  if (dataRows.length > MAX_ROWS) throw badRequest('import.too_many_rows', { limit: MAX_ROWS });

  // Units by code, once each; participation decided by path against the campaign's ranges.
  const top = await getOrg(db, campaign.org_id);
  const excluded = await exclusionPaths(db, campaign);
  const codes = [...new Set(dataRows.map(({ cells }) => String(cells[index.orgCode!] ?? '').trim()).filter(Boolean))];
  const units = new Map<string, { id: string; path: string; active: number; region_id: string }>();
  for (let i = 0; i < codes.length; i += 500) {
    const found = await db.selectFrom('organizations').select(['id', 'code', 'path', 'active', 'region_id']).where('code', 'in', codes.slice(i, i + 500)).execute();
    for (const o of found) units.set(o.code, o);
  }

  const errors: RowError[] = [];
  const rows: OpinionTable[] = [];
  /** Rows that passed every check, analysed once all have (a file with any bad row is refused whole). */
  const checked: { unit: { id: string; path: string }; channel: Channel; target: TargetKind; anonymous: boolean; body: string; targetLabel: string; name: string; phone: string; email: string; receivedOn: string }[] = [];
  const campaignRoot = await getOrg(db, campaign.org_id);
  const model = await campaignModel(db, campaign.region_id, campaign.id);
  const today = chinaDay();
  const at = nowIso();
  for (const [k, { n, cells }] of dataRows.entries()) {
    if (k % 5000 === 4999) await new Promise((r) => setImmediate(r));
    const get = (f: Field) => (index[f] === undefined ? '' : String(cells[index[f]!] ?? '').trim());
    const err = (field: string, code: MessageCode, params: Record<string, unknown> = {}) => errors.push({ row: n, field, code, params: { row: n, ...params } });
    const before = errors.length;
    const code = get('orgCode');
    const unit = units.get(code);
    if (!code) err('单位编码', 'import.row.required', { field: '单位编码' });
    else if (!unit) err('单位编码', 'import.row.org_unknown', { value: code });
    else if (!unit.active || unit.region_id !== campaign.region_id || !unit.path.startsWith(top.path) || excluded.some((p) => unit.path.startsWith(p)) || !mayEnter(unit.path)) {
      err('单位编码', 'import.row.org_outside', { value: code });
    }
    const channel = parseChannel(get('channel'));
    if (!get('channel')) err('渠道', 'import.row.required', { field: '渠道' });
    else if (!channel || channel === 'open311' || channel === 'web' || channel === 'mobile') err('渠道', 'import.row.channel_invalid', { value: get('channel') });
    const body = withoutControls(get('body'));
    if (isBlank(body)) err('意见内容', 'import.row.required', { field: '意见内容' });
    else if (body.length > BODY_MAX) err('意见内容', 'import.row.too_long', { field: '意见内容', max: BODY_MAX });
    const targetRaw = get('target');
    const target = targetRaw ? TARGETS[targetRaw] ?? TARGETS[targetRaw.toLowerCase()] : 'unit';
    if (!target) err('评议对象', 'import.row.target_invalid', { value: targetRaw });
    const anonRaw = get('anonymous').toLowerCase();
    const anonymous = anonRaw === '' ? !get('name') : YES.has(anonRaw) ? true : NO.has(anonRaw) ? false : null;
    if (anonymous === null) err('匿名', 'import.row.flag_invalid', { field: '匿名' });
    const phone = get('phone');
    const email = get('email');
    if ((phone && !/^\+?[\d\s-]{6,20}$/.test(phone)) || (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) err('手机', 'import.row.contact_invalid');
    const dateRaw = get('receivedOn');
    if (dateRaw && !/^\d{4}-\d{2}-\d{2}$/.test(dateRaw)) err('收到日期', 'import.row.date_invalid', { value: dateRaw });
    if (errors.length > before || !unit || !channel || !target || anonymous === null) continue;
    checked.push({ unit, channel, target, anonymous, body, targetLabel: get('targetLabel').slice(0, 100), name: get('name'), phone, email, receivedOn: dateRaw || today });
  }
  if (errors.length) return { rows: [], errors };

  // The first pass over every checked row: its model-free part on the preparers and here at once for a
  // large file (a row that fails there is analysed here again, so its error is this process's).
  // (With none, prepareSharing prepares here batch by batch, letting requests in between.)
  const pool = (preparers !== undefined ? preparers : checked.length >= PREPARED_FROM ? sharedPreparers() : null) ?? NO_PREPARERS;
  const prepared: (PrepareResult | null)[] = await pool.prepareSharing(checked.map((c) => c.body));
  for (const [k, c] of checked.entries()) {
    if (k % 5000 === 4999) await new Promise((r) => setImmediate(r));
    const p = prepared[k]!;
    prepared[k] = null; // (a 200,000-row file's prepared texts are not held beside its rows)
    const analysis = 'error' in p ? analyse(c.body, model) : finish(c.body, p, model);
    const suggested = await suggestUnit(db, campaign.region_id, campaignRoot.path, c.unit.id, analysis);
    rows.push({
      region_id: campaign.region_id, id: newId(), campaign_id: campaign.id, org_id: c.unit.id, org_path: c.unit.path, solicitation_id: null, symposium_id: null,
      channel: c.channel, target_kind: c.target, target_label: c.targetLabel, body: c.body, ...suggestionColumns(analysis),
      // Clusters are decided when the import is applied, against every earlier opinion too.
      cluster_id: null, category: null, status: 'received', merged_into: null,
      anonymous: c.anonymous ? 1 : 0, contact_name: c.anonymous ? null : c.name || null, contact_phone: c.anonymous ? null : c.phone || null, contact_email: c.anonymous ? null : c.email || null,
      receipt_hash: null, external_source: null, external_key: null, received_on: c.receivedOn, received_at: at, entered_by: actor.name,
      disclosed: 0, disclosure_text: null, disclosure_action: null, updated_at_day: today,
      suggested_org_id: suggested, routed_at: null, org_category_id: null, triaged_by: null, triaged_at: null,
    });
  }
  return { rows, errors };
}

export async function applyOpinionImport(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, plan: OpinionImportPlan, fileName: string): Promise<number> {
  if (plan.errors.length) throw new AppError(400, 'import.rows_invalid', { count: new Set(plan.errors.map((e) => e.row)).size });
  const top = await getOrg(db, campaign.org_id);
  const day = chinaDay();
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const placing: PlacingBatch = { pending: new Map(), bridges: [] };
    const placed = placing.pending;
    for (let i = 0; i < plan.rows.length; i += 400) {
      const batch = plan.rows.slice(i, i + 400).map((o) => ({ ...o }));
      for (const o of batch) {
        const fp = o.signature && fingerprintFromBytes(o.signature);
        o.cluster_id = fp ? await placeOpinion(trx, o.region_id, o.campaign_id, o.id, fp, placing) : o.id;
        placed.set(o.id, o.cluster_id);
      }
      // A later row of the batch may have joined an earlier one's cluster to another (placeOpinion
      // renames it in `placed`); the rows inserted before are renamed in the database.
      for (const o of batch) o.cluster_id = placed.get(o.id) ?? o.cluster_id;
      placed.clear();
      await trx.insertInto('opinions').values(batch).execute();
      const events: OpinionEventTable[] = batch.map((o) => ({
        region_id: o.region_id, id: newId(), opinion_id: o.id, seq: 1, on_day: day, at, actor_id: actor.userId, actor_name: actor.name, kind: 'status', from_status: null, to_status: 'received', text: '',
      }));
      await trx.insertInto('opinion_events').values(events).execute();
      await new Promise((r) => setImmediate(r));
    }
    await logBridges(trx, campaign.region_id, campaign.id, placing.bridges);
    await recordAudit(trx, actor, { regionId: campaign.region_id, action: 'opinion.import', targetType: 'campaign', targetId: campaign.id, orgPath: top.path, after: { fileName, count: plan.rows.length } });
  });
  return plan.rows.length;
}

export async function opinionImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('意见导入');
  ws.columns = OPINION_IMPORT_COLUMNS.map((h) => ({ header: h, key: h, width: h === '意见内容' ? 50 : 14 }));
  ws.addRow(['JZ-DC-T01', '意见箱', '办事窗口服务态度差，群众办事难。', '单位', '', '是', '', '', '', '2014-03-05']);
  ws.addRow(['JZ-DC', '来信', '希望减少会议和文件，给基层减负。', '领导班子', '区委领导班子', '否', '王某', '13800138000', '', '2014-03-06']);
  ws.getRow(1).font = { bold: true };
  const help = wb.addWorksheet('填写说明');
  help.addRow(['列', '说明']);
  help.addRow(['渠道', Object.values(CHANNEL_LABELS).filter((l) => !['网上征求意见', '手机端', 'Open311'].includes(l)).join('、')]);
  help.addRow(['评议对象', '单位、领导班子、领导个人']);
  help.addRow(['匿名', '是 / 否；留空时：有姓名为实名，否则匿名']);
  help.addRow(['收到日期', 'YYYY-MM-DD，留空为今天']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
