import { isBlank, withoutControls } from '../../shared/blank.js';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { CampaignTable, Database, OpinionEventTable, OpinionTable } from '../../db/schema.js';
import { chinaDay, nowIso } from '../../shared/clock.js';
import { AppError, badRequest } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Locale, LocalizedText, MessageCode } from '../../shared/i18n/messages.js';
import { taiwanScript } from '../../shared/i18n/taiwan.js';
import { ImportHeader, nameIn, NO, valueReader, YES, yesNoReader, type RowError } from '../../shared/import-headers.js';
import { readTable } from '../../shared/tables.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { exclusionPaths } from '../campaigns/commands.js';
import { getOrg } from '../organizations/queries.js';
import { fingerprintFromBytes } from '../triage/duplicates.js';
import { analyse, finish, suggestionColumns } from '../triage/pipeline.js';
import { PREPARED_FROM, Preparers, sharedPreparers, type PrepareResult } from '../triage/preparers.js';
import { logBridges, placeOpinion, suggestUnit, type PlacingBatch } from '../triage/arrival.js';
import { campaignModel } from '../triage/learned.js';
import { BODY_MAX, CHANNEL_LABELS, CHANNELS, type Channel, type TargetKind } from './model.js';

// Bulk import of opinions collected offline (ledgers of opinion boxes, hotline logs, symposium
// notes) from xlsx or csv. Every row is checked first; one bad row and nothing is written. Rows
// are written in batches inside one transaction, with the same shape as single entries.

const MAX_ROWS = 200_000;
const NO_PREPARERS = new Preparers(0);

type Field = 'orgCode' | 'channel' | 'body' | 'target' | 'targetLabel' | 'anonymous' | 'name' | 'phone' | 'email' | 'receivedOn';
/** The columns, named in the three languages; a header in any of them (Traditional too, any case or width) is read. */
const HEADER = new ImportHeader<Field>([
  { key: 'orgCode', names: { 'zh-CN': '单位编码', en: 'unit code' }, aliases: ['org_code', 'organization code'], required: true },
  { key: 'channel', names: { 'zh-CN': '渠道', en: 'channel' }, required: true },
  { key: 'body', names: { 'zh-CN': '意见内容', en: 'opinion' }, aliases: ['意见建议', '内容', 'body', 'text', 'content'], required: true },
  { key: 'target', names: { 'zh-CN': '评议对象', en: 'target' } },
  { key: 'targetLabel', names: { 'zh-CN': '对象名称', en: 'target name' }, aliases: ['target_label', 'target label'] },
  { key: 'anonymous', names: { 'zh-CN': '匿名', en: 'anonymous' }, aliases: ['是否匿名'] },
  { key: 'name', names: { 'zh-CN': '姓名', en: 'name' }, aliases: ['contact name'] },
  { key: 'phone', names: { 'zh-CN': '手机', en: 'phone' }, aliases: ['电话', '手机号', '手机号码', 'mobile'] },
  { key: 'email', names: { 'zh-CN': '邮箱', en: 'email' }, aliases: ['电子邮件', '电子邮箱'] },
  { key: 'receivedOn', names: { 'zh-CN': '收到日期', en: 'received on' }, aliases: ['日期', 'date', 'received date'] },
]);
const col = (f: Field): LocalizedText => HEADER.label(f);

/** The template's header in zh-CN (the header in each language: opinionImportTemplate). */
export const OPINION_IMPORT_COLUMNS = HEADER.headerIn('zh-CN');

/** English names of the channels, as the console's (web/src/i18n/en.ts channel). */
const CHANNEL_LABELS_EN: Record<Channel, string> = {
  web: 'Web form', mobile: 'Mobile', sms: 'SMS', hotline: 'Hotline', wechat: 'WeChat', weibo: 'Weibo', opinion_box: 'Opinion box',
  letter: 'Letter', visit: 'Visit', symposium: 'Symposium', questionnaire: 'Questionnaire', email: 'Email', solicitation_letter: 'Solicitation letter', open311: 'Open311',
};
const channelNames = (c: Channel): LocalizedText => ({ 'zh-CN': CHANNEL_LABELS[c], en: CHANNEL_LABELS_EN[c] });
const parseChannel = valueReader<Channel>(CHANNELS.map((c) => ({ key: c, names: channelNames(c), aliases: [c] })));
/** The channels a ledger may name (the online ones arrive by themselves). */
const IMPORT_CHANNELS: readonly Channel[] = CHANNELS.filter((c) => c !== 'open311' && c !== 'web' && c !== 'mobile');

const TARGET_NAMES: Record<TargetKind, LocalizedText> = {
  unit: { 'zh-CN': '单位', en: 'Unit' },
  leadership: { 'zh-CN': '领导班子', en: 'Leadership group' },
  leader: { 'zh-CN': '领导个人', en: 'Individual leader' },
};
const parseTarget = valueReader<TargetKind>([
  { key: 'unit', names: TARGET_NAMES.unit },
  { key: 'leadership', names: TARGET_NAMES.leadership, aliases: ['班子', 'leadership'] },
  { key: 'leader', names: TARGET_NAMES.leader, aliases: ['领导', 'leader'] },
]);
const parseAnonymous = yesNoReader(['匿名', 'anonymous'], ['实名', 'named']);

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
  const index = HEADER.read(table[0] ?? []);
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
    const err = (field: LocalizedText, code: MessageCode, params: Record<string, unknown> = {}) => errors.push({ row: n, field, code, params: { row: n, ...params } });
    const before = errors.length;
    const code = get('orgCode');
    const unit = units.get(code);
    if (!code) err(col('orgCode'), 'import.row.required', { field: col('orgCode') });
    else if (!unit) err(col('orgCode'), 'import.row.org_unknown', { value: code });
    else if (!unit.active || unit.region_id !== campaign.region_id || !unit.path.startsWith(top.path) || excluded.some((p) => unit.path.startsWith(p)) || !mayEnter(unit.path)) {
      err(col('orgCode'), 'import.row.org_outside', { value: code });
    }
    const channel = parseChannel(get('channel'));
    if (!get('channel')) err(col('channel'), 'import.row.required', { field: col('channel') });
    else if (!channel || !IMPORT_CHANNELS.includes(channel)) err(col('channel'), 'import.row.channel_invalid', { value: get('channel') });
    const body = withoutControls(get('body'));
    if (isBlank(body)) err(col('body'), 'import.row.required', { field: col('body') });
    else if (body.length > BODY_MAX) err(col('body'), 'import.row.too_long', { field: col('body'), max: BODY_MAX });
    const targetRaw = get('target');
    const target = targetRaw ? parseTarget(targetRaw) : 'unit';
    if (!target) err(col('target'), 'import.row.target_invalid', { value: targetRaw });
    const anonRaw = get('anonymous');
    const anonymous = anonRaw === '' ? !get('name') : parseAnonymous(anonRaw);
    if (anonymous === null) err(col('anonymous'), 'import.row.flag_invalid', { field: col('anonymous') });
    const phone = get('phone');
    const email = get('email');
    if ((phone && !/^\+?[\d\s-]{6,20}$/.test(phone)) || (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) err(col('phone'), 'import.row.contact_invalid');
    const dateRaw = get('receivedOn');
    if (dateRaw && !/^\d{4}-\d{2}-\d{2}$/.test(dateRaw)) err(col('receivedOn'), 'import.row.date_invalid', { value: dateRaw });
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
        o.cluster_id = fp ? await placeOpinion(trx, o.region_id, o.campaign_id, o.id, fp, placing, o.org_path) : o.id;
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

/** The template offered for download, in the reader's language (headers and values read back as they are). */
export async function opinionImportTemplate(locale: Locale = 'zh-CN'): Promise<Buffer> {
  const say = (t: LocalizedText) => nameIn(t, locale);
  const text = (zh: string) => (locale === 'zh-TW' ? taiwanScript(zh) : zh); // example opinions: Chinese, in the reader's script
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(say({ 'zh-CN': '意见导入', en: 'Opinions' }));
  const header = HEADER.headerIn(locale);
  ws.columns = header.map((h, i) => ({ header: h, key: HEADER.columns[i].key, width: HEADER.columns[i].key === 'body' ? 50 : 14 }));
  ws.addRow(['JZ-DC-T01', say(channelNames('opinion_box')), text('办事窗口服务态度差，群众办事难。'), say(TARGET_NAMES.unit), '', say(YES), '', '', '', '2014-03-05']);
  ws.addRow(['JZ-DC', say(channelNames('letter')), text('希望减少会议和文件，给基层减负。'), say(TARGET_NAMES.leadership), text('区委领导班子'), say(NO), text('王某'), '13800138000', '', '2014-03-06']);
  ws.getRow(1).font = { bold: true };
  const help = wb.addWorksheet(say({ 'zh-CN': '填写说明', en: 'How to fill in' }));
  const list = (names: LocalizedText[]) => names.map(say).join(locale === 'en' ? ', ' : '、');
  help.addRow([say({ 'zh-CN': '列', en: 'Column' }), say({ 'zh-CN': '说明', en: 'Notes' })]);
  help.addRow([say(col('channel')), list(IMPORT_CHANNELS.map(channelNames))]);
  help.addRow([say(col('target')), list(Object.values(TARGET_NAMES))]);
  help.addRow([say(col('anonymous')), say({ 'zh-CN': `${YES['zh-CN']} / ${NO['zh-CN']}；留空时：有姓名为实名，否则匿名`, en: 'yes / no; when empty: named if a name is given, else anonymous' })]);
  help.addRow([say(col('receivedOn')), say({ 'zh-CN': 'YYYY-MM-DD，留空为今天', en: 'YYYY-MM-DD; empty for today' })]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
