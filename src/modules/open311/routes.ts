import { isBlank } from '../../shared/blank.js';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../http/context.js';
import type { CampaignTable, Database, OpinionTable } from '../../db/schema.js';
import { chinaDay } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';
import { isId } from '../../shared/ids.js';
import { translate } from '../../shared/i18n/messages.js';
import { findOrgByCode, getOrg } from '../organizations/queries.js';
import { submitOpinion } from '../opinions/commands.js';
import { BODY_MAX } from '../opinions/model.js';
import { findOpen311Key } from './keys.js';
import {
  CHANGESET, CLOSED_OPINION_STATUSES, ORG_CODE_ATTRIBUTE, SERVICE_CODES, SERVICES, SPEC_URL,
  dayStartMs, findService, nextDay, presentRequest, presentService, presentServiceDefinition, requestedMs,
  type RequestContext,
} from './mapping.js';
import { CONTENT_TYPES, List, render, renderErrors, type Fields, type Format } from './xml.js';

// Open311 GeoReport v2 (docs/open311.md): discovery at /open311/discovery.{xml,json}, the API
// at /open311/v2/. Reads are public and built from whitelisted fields; POST requests needs an
// api_key and goes through the one opinion intake (channel 'open311'). Anonymous requests
// store nothing about the client: no address, agent, device id, location or exact time.
// Errors leave in the spec's shape, in the format the URL asked for.

const MAX_REQUESTS = 1000;
const WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;
const FORM = 'application/x-www-form-urlencoded';

/** A failure in the spec's terms: HTTP status, and a description in Chinese then English. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
  get description() {
    return `${this.zh} (${this.en})`;
  }
}

const bad = (zh: string, en: string) => new Open311Error(400, zh, en);
const notFound = (zh: string, en: string) => new Open311Error(404, zh, en);
const denied = (zh: string, en: string) => new Open311Error(403, zh, en);

/** The format a URL asks for: its last path segment's extension (XML is the spec's default). */
export function formatOf(url: string): Format {
  return /\.json$/i.test(url.split('?')[0]) ? 'json' : 'xml';
}

/** "formalism.xml" → { name: 'formalism', format: 'xml' }. */
function splitFile(file: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(xml|json)$/.exec(file);
  return m ? { name: m[1], format: m[2] as Format } : null;
}

type Params = Record<string, unknown>;

/** One optional argument: absent, empty and null all mean "not given" (spec: Optional Arguments). */
function one(from: Params | undefined, name: string): string | undefined {
  const v = from?.[name];
  const first = Array.isArray(v) ? v.find((x) => typeof x === 'string' && x.trim() !== '') : v;
  if (typeof first !== 'string') return undefined;
  const t = first.trim();
  return t === '' ? undefined : t;
}

/** A list argument: may be comma delimited and may be declared several times. */
function many(from: Params | undefined, name: string): string[] {
  const v = from?.[name];
  const parts = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
  return [...new Set(parts.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean))];
}

function formBody(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** A W3C datetime (zone required) or a plain day (taken as China midnight), as epoch ms. */
export function parseW3c(value: string): number | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const ms = dayStartMs(value);
    return Number.isNaN(ms) || chinaDay(new Date(ms)) !== value ? null : ms;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function send(reply: FastifyReply, format: Format, status: number, root: string, value: Fields | List) {
  return reply.code(status).header('content-type', CONTENT_TYPES[format]).send(render(format, root, value));
}

function sendErrors(reply: FastifyReply, format: Format, status: number, errors: { code: number | string; description: string }[]) {
  return reply.code(status).header('content-type', CONTENT_TYPES[format]).send(renderErrors(format, errors));
}

const both = (code: Parameters<typeof translate>[0], params: Record<string, unknown>) =>
  `${translate(code, 'zh-CN', params)} (${translate(code, 'en', params)})`;

export async function open311Routes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  await app.register(async (scope) => {
    // The spec's POST body is form-encoded; this parser lives only inside this scope.
    scope.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) => {
      done(null, formBody(body as string));
    });

    scope.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
      const format = formatOf(req.url);
      if (err instanceof Open311Error) return sendErrors(reply, format, err.status, [{ code: err.status, description: err.description }]);
      if (err instanceof AppError) {
        const status = err.status === 404 ? 404 : err.status === 403 || err.status === 401 ? 403 : 400;
        return sendErrors(reply, format, status, [{ code: status, description: both(err.code, err.params) }]);
      }
      if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
        return sendErrors(reply, format, 400, [{ code: 400, description: `请求无效 (Invalid request: ${err.message})` }]);
      }
      req.log.error({ err }, 'open311: unhandled error');
      return sendErrors(reply, format, 500, [{ code: 500, description: '服务器内部错误，请稍后再试 (Internal server error, please try again later)' }]);
    });

    scope.setNotFoundHandler((req, reply) =>
      sendErrors(reply, formatOf(req.url), 404, [{ code: 404, description: '没有这个 Open311 资源 (No such Open311 resource)' }]),
    );

    const route = { config: { public: true } };
    const schema = (summary: string) => ({ schema: { tags: ['open311'], summary, security: [] } });

    // ---- discovery ----
    for (const format of ['xml', 'json'] as const) {
      scope.get(`/discovery.${format}`, { ...route, ...schema('Open311 服务发现') }, async (req, reply) => {
        const protocol = ctx.config.secureCookies ? 'https' : req.protocol;
        return send(reply, format, 200, 'discovery', {
          changeset: CHANGESET,
          contact: '请联系本级党的群众路线教育实践活动领导小组办公室（活动办）。(Contact the campaign office of the leading group.)',
          key_service: '向活动办申请 Open311 API key，每个 key 对应一次活动。(Ask the campaign office for an Open311 api_key; each key belongs to one campaign.)',
          endpoints: new List('endpoint', [{
            specification: SPEC_URL,
            url: `${protocol}://${req.host}/open311/v2`,
            changeset: CHANGESET,
            type: 'production',
            formats: new List('format', [CONTENT_TYPES.xml.split(';')[0], CONTENT_TYPES.json.split(';')[0]]),
          }]),
        });
      });
    }

    // ---- services ----
    for (const format of ['xml', 'json'] as const) {
      scope.get(`/v2/services.${format}`, { ...route, ...schema('Open311 服务列表（四风类别）') }, async (req, reply) => {
        await jurisdiction(db, req.query as Params);
        return send(reply, format, 200, 'services', new List('service', SERVICES.map(presentService)));
      });
    }

    scope.get('/v2/services/:file', { ...route, ...schema('Open311 服务定义') }, async (req, reply) => {
      const file = splitFile((req.params as { file: string }).file);
      if (!file) throw notFound('没有这个 Open311 资源', 'No such Open311 resource');
      await jurisdiction(db, req.query as Params);
      const service = findService(file.name);
      if (!service) throw notFound(`没有这个服务：${file.name}`, `No such service_code: ${file.name}`);
      return send(reply, file.format, 200, 'service_definition', presentServiceDefinition(service));
    });

    // ---- requests ----
    for (const format of ['xml', 'json'] as const) {
      scope.post(`/v2/requests.${format}`, { ...route, ...schema('Open311 提交意见建议（需 api_key，表单编码）') }, async (req, reply) => {
        const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        if (type !== FORM) throw bad('请求体须为 application/x-www-form-urlencoded', 'The body must be application/x-www-form-urlencoded');
        const body = req.body as Params;
        const query = req.query as Params;
        const created = await createRequest(db, body, query);
        return send(reply, format, 200, 'service_requests', new List('request', [{ service_request_id: created.id, service_notice: '' }]));
      });

      scope.get(`/v2/requests.${format}`, { ...route, ...schema('Open311 查询意见建议（公开，不含联系方式）') }, async (req, reply) => {
        const query = req.query as Params;
        const campaign = await jurisdiction(db, query);
        const rows = await findRequests(db, campaign, query);
        return send(reply, format, 200, 'service_requests', new List('request', await presentRequests(db, campaign, rows)));
      });
    }

    scope.get('/v2/requests/:file', { ...route, ...schema('Open311 查询一条意见建议') }, async (req, reply) => {
      const file = splitFile((req.params as { file: string }).file);
      if (!file) throw notFound('没有这个 Open311 资源', 'No such Open311 resource');
      const campaign = await jurisdiction(db, req.query as Params);
      const o = await findRequest(db, campaign, file.name);
      return send(reply, file.format, 200, 'service_requests', new List('request', await presentRequests(db, campaign, [o])));
    });

    // Requests are created in real time, so a token is the request's own id.
    scope.get('/v2/tokens/:file', { ...route, ...schema('Open311 由 token 查询 service_request_id') }, async (req, reply) => {
      const file = splitFile((req.params as { file: string }).file);
      if (!file) throw notFound('没有这个 Open311 资源', 'No such Open311 resource');
      const campaign = await jurisdiction(db, req.query as Params);
      const o = await findRequest(db, campaign, file.name).catch((err) => {
        throw err instanceof Open311Error && err.status === 404 ? notFound(`没有这个 token：${file.name}`, `No such token: ${file.name}`) : err;
      });
      return send(reply, file.format, 200, 'service_requests', new List('request', [{ service_request_id: o.id, token: o.id }]));
    });
  }, { prefix: '/open311' });
}

/**
 * The campaign a call is about. jurisdiction_id names it; without one, the only campaign
 * running today is meant, and with several running the caller must say which.
 */
export async function jurisdiction(db: Kysely<Database>, query: Params): Promise<CampaignTable> {
  const id = one(query, 'jurisdiction_id');
  if (id) {
    const c = isId(id) ? await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
    if (!c) throw notFound(`jurisdiction_id 不存在：${id}`, `jurisdiction_id not found: ${id}`);
    return c;
  }
  const today = chinaDay();
  const open = await db.selectFrom('campaigns').selectAll().where('starts_on', '<=', today).where('ends_on', '>=', today).limit(2).execute();
  if (open.length === 1) return open[0];
  throw open.length
    ? bad('有多个活动正在进行，请提供 jurisdiction_id（活动编号）', 'Several campaigns are open: jurisdiction_id (a campaign id) is required')
    : bad('当前没有进行中的活动，请提供 jurisdiction_id（活动编号）', 'No campaign is open today: jurisdiction_id (a campaign id) is required');
}

async function findRequest(db: Kysely<Database>, campaign: CampaignTable, id: string): Promise<OpinionTable> {
  const o = isId(id)
    ? await db.selectFrom('opinions').selectAll().where('region_id', '=', campaign.region_id).where('id', '=', id)
      .where('campaign_id', '=', campaign.id).where('channel', '=', 'open311').executeTakeFirst()
    : undefined;
  if (!o) throw notFound(`没有这条意见建议：${id}`, `No such service request: ${id}`);
  return o;
}

const NAME_MAX = 50;
const PHONE_MAX = 20;
const EMAIL_MAX = 100;

/** The submitter's name as people write it: 姓名 for Chinese, "first last" otherwise. */
function personName(first: string | undefined, last: string | undefined): string {
  const f = first ?? '';
  const l = last ?? '';
  return /[\u3400-\u9fff]/.test(f + l) ? `${l}${f}` : [f, l].filter(Boolean).join(' ');
}

async function createRequest(db: Kysely<Database>, body: Params, query: Params): Promise<OpinionTable> {
  const apiKey = one(body, 'api_key') ?? one(query, 'api_key');
  if (!apiKey) throw denied('缺少 api_key', 'api_key is missing');
  const key = await findOpen311Key(db, apiKey);
  if (!key) throw denied('api_key 无效或已停用', 'Invalid api_key received -- can\'t proceed with create_request');
  const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', key.campaign_id).executeTakeFirst();
  if (!campaign) throw denied('api_key 对应的活动已不存在', 'The api_key\'s campaign no longer exists');
  const jid = one(body, 'jurisdiction_id') ?? one(query, 'jurisdiction_id');
  if (jid && jid !== campaign.id) {
    const exists = isId(jid) && (await db.selectFrom('campaigns').select('id').where('id', '=', jid).executeTakeFirst());
    if (!exists) throw notFound(`jurisdiction_id 不存在：${jid}`, `jurisdiction_id not found: ${jid}`);
    throw denied('该 api_key 不能向此 jurisdiction_id 提交', 'This api_key cannot submit to this jurisdiction_id');
  }

  const code = one(body, 'service_code');
  if (!code) throw bad('缺少 service_code', 'service_code was not provided');
  const service = findService(code);
  if (!service) throw notFound(`没有这个服务：${code}`, `service_code not found: ${code}`);

  const description = one(body, 'description');
  if (!description || isBlank(description)) throw bad('缺少 description（意见内容）', 'description is required');
  if ([...description].length > BODY_MAX) throw bad(`description 最多 ${BODY_MAX} 个字`, `description allows at most ${BODY_MAX} characters`);

  const orgCode = one(body, `attribute[${ORG_CODE_ATTRIBUTE}]`);
  const org = orgCode ? await findOrgByCode(db, orgCode) : await getOrg(db, campaign.org_id);
  if (!org || org.region_id !== campaign.region_id) {
    throw bad(`该单位不在本次活动范围内：${orgCode}`, `attribute[${ORG_CODE_ATTRIBUTE}] is not an organization of this campaign: ${orgCode}`);
  }

  const first = one(body, 'first_name');
  const last = one(body, 'last_name');
  const email = one(body, 'email');
  const phone = one(body, 'phone');
  const named = Boolean(first || last || email || phone);
  let contact = null;
  if (named) {
    const name = personName(first, last) || email || phone || '';
    if ([...name].length > NAME_MAX) throw bad(`姓名最多 ${NAME_MAX} 个字`, `first_name and last_name allow at most ${NAME_MAX} characters together`);
    if (phone && phone.length > PHONE_MAX) throw bad('手机号格式不正确', 'Invalid phone number');
    if (email && email.length > EMAIL_MAX) throw bad('邮箱格式不正确', 'Invalid email address');
    contact = { name, phone: phone ?? null, email: email ?? null };
  }
  // lat/long, address_string, address_id, device_id, account_id and media_url are not kept:
  // the organization is the "location", and nothing else about the client is stored.
  const { opinion } = await submitOpinion(db, {
    campaignId: campaign.id, orgId: org.id, channel: 'open311', body: description, targetKind: 'unit',
    anonymous: !named, contact, issueReceipt: false,
  });
  await db.updateTable('opinions').set({ category: service.code }).where('region_id', '=', opinion.region_id).where('id', '=', opinion.id).execute();
  return { ...opinion, category: service.code };
}

async function findRequests(db: Kysely<Database>, campaign: CampaignTable, query: Params): Promise<OpinionTable[]> {
  let q = db.selectFrom('opinions').selectAll()
    .where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('channel', '=', 'open311');

  const ids = many(query, 'service_request_id');
  if (ids.length) {
    // The spec: a list of ids overrides every other argument.
    if (ids.length > MAX_REQUESTS) throw bad(`service_request_id 最多 ${MAX_REQUESTS} 个`, `At most ${MAX_REQUESTS} service_request_id values`);
    const valid = ids.filter(isId);
    if (!valid.length) return [];
    const rows = await q.where('id', 'in', valid).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return valid.map((id) => byId.get(id)).filter((r): r is OpinionTable => !!r);
  }

  const codes = many(query, 'service_code');
  const unknown = codes.filter((c) => !SERVICE_CODES.includes(c as never));
  if (unknown.length) throw bad(`没有这个服务：${unknown.join(',')}`, `Unknown service_code: ${unknown.join(',')}`);
  if (codes.length) {
    q = q.where((eb) => eb.or([eb('category', 'in', codes), ...(codes.includes('other') ? [eb('category', 'is', null)] : [])]));
  }

  const statuses = many(query, 'status');
  const badStatus = statuses.filter((s) => s !== 'open' && s !== 'closed');
  if (badStatus.length) throw bad(`status 只能是 open 或 closed：${badStatus.join(',')}`, `status must be open or closed: ${badStatus.join(',')}`);
  if (statuses.length === 1) {
    q = statuses[0] === 'closed' ? q.where('status', 'in', [...CLOSED_OPINION_STATUSES]) : q.where('status', 'not in', [...CLOSED_OPINION_STATUSES]);
  }

  const { startMs, endMs } = window(query);
  // requested_datetime is received_at when kept, else the day's midnight in China.
  let startDay = chinaDay(new Date(startMs));
  if (dayStartMs(startDay) < startMs) startDay = nextDay(startDay);
  const endDay = chinaDay(new Date(endMs));
  const startIso = new Date(startMs).toISOString();
  const endIso = new Date(endMs).toISOString();
  q = q.where((eb) => eb.or([
    eb.and([eb('received_at', 'is', null), eb('received_on', '>=', startDay), eb('received_on', '<=', endDay)]),
    eb.and([eb('received_at', 'is not', null), eb('received_at', '>=', startIso), eb('received_at', '<=', endIso)]),
  ]));
  const rows = await q.orderBy('received_on', 'desc').orderBy('id').limit(MAX_REQUESTS).execute();
  return rows.sort((a, b) => requestedMs(b) - requestedMs(a));
}

/** start_date / end_date: a span of at most 90 days, by default the most recent 90 days. */
function window(query: Params): { startMs: number; endMs: number } {
  const parse = (name: string) => {
    const v = one(query, name);
    if (v === undefined) return undefined;
    const ms = parseW3c(v);
    if (ms === null) throw bad(`${name} 须为带时区的 W3C 日期时间，如 2026-11-24T00:00:00+08:00`, `${name} must be a W3C datetime with a zone, e.g. 2026-11-24T00:00:00Z`);
    return ms;
  };
  const start = parse('start_date');
  const end = parse('end_date');
  const span = WINDOW_DAYS * DAY_MS;
  const endMs = end ?? (start !== undefined ? start + span : Date.now());
  const startMs = start ?? endMs - span;
  if (endMs < startMs) throw bad('end_date 早于 start_date', 'end_date is before start_date');
  if (endMs - startMs > span) throw bad(`start_date 与 end_date 相距不能超过 ${WINDOW_DAYS} 天`, `start_date and end_date may not span more than ${WINDOW_DAYS} days`);
  return { startMs, endMs };
}

async function presentRequests(db: Kysely<Database>, campaign: CampaignTable, rows: OpinionTable[]): Promise<Fields[]> {
  if (!rows.length) return [];
  const orgIds = [...new Set(rows.map((r) => r.org_id))];
  const ids = rows.map((r) => r.id);
  const [orgs, events] = await Promise.all([
    db.selectFrom('organizations').select(['id', 'name']).where('region_id', '=', campaign.region_id).where('id', 'in', orgIds).execute(),
    db.selectFrom('opinion_events').select(['opinion_id', 'kind', 'text', 'at', 'on_day', 'seq'])
      .where('region_id', '=', campaign.region_id).where('opinion_id', 'in', ids).orderBy('opinion_id').orderBy('seq').execute(),
  ]);
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const byOpinion = new Map<string, RequestContext['events']>();
  for (const e of events) {
    const list = byOpinion.get(e.opinion_id) ?? [];
    list.push(e);
    byOpinion.set(e.opinion_id, list);
  }
  return rows.map((o) => presentRequest(o, { orgName: names.get(o.org_id) ?? '', events: byOpinion.get(o.id) ?? [] }));
}
