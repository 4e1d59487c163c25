import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { databaseKinds, freshDatabase, type TestDatabase } from '../../../tests/support/databases.js';
import { smallTree, type SmallTree } from '../../../tests/support/factories.js';
import { appFor, type AppHandle } from '../../../tests/support/app.js';
import { SYSTEM_ACTOR } from '../audit/trail.js';
import { createCampaign } from '../campaigns/commands.js';
import { replyToOpinion, submitOpinion, transitionOpinion } from '../opinions/commands.js';
import { chinaDay } from '../../shared/clock.js';
import type { CampaignTable } from '../../db/schema.js';
import { createOpen311Key } from './keys.js';
import { escapeXml } from './xml.js';

// Open311 GeoReport v2 over both databases, through the HTTP app: every endpoint in XML and
// JSON, the spec's errors, the GET requests filters, and what is (not) stored and shown.

// ---- a tiny XML reader, enough for the spec's schemaless documents ----
interface El {
  name: string;
  children: El[];
  text: string;
}

function unescape(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

function parseXml(xml: string): El {
  const decl = '<?xml version="1.0" encoding="UTF-8"?>';
  expect(xml.startsWith(decl)).toBe(true);
  const re = /<(\/?)([A-Za-z_][\w.-]*)\s*(\/?)>|([^<]+)|(<)/g;
  re.lastIndex = decl.length;
  const stack: El[] = [];
  let root: El | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[5]) throw new Error(`stray < at ${m.index}`);
    if (m[4] !== undefined) {
      if (!stack.length) {
        if (m[4].trim()) throw new Error(`text outside the root: ${m[4]}`);
        continue;
      }
      stack[stack.length - 1].text += unescape(m[4]);
      continue;
    }
    const [, close, name, selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`mismatched </${name}>`);
      if (open.children.length) open.text = open.text.trim() ? open.text : '';
      continue;
    }
    const el: El = { name, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else if (root) throw new Error('two roots');
    else root = el;
    if (!selfClose) stack.push(el);
  }
  if (stack.length || !root) throw new Error('unclosed XML');
  return root;
}

const kids = (el: El, name: string) => el.children.filter((c) => c.name === name);
const kid = (el: El, name: string) => {
  const found = kids(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}>`);
  return found[0];
};
const txt = (el: El, name: string) => kid(el, name).text;
/** A flat element (<request>…</request>) as {child name: text}. */
const flat = (el: El) => Object.fromEntries(el.children.map((c) => [c.name, c.text]));

const XML_TYPE = 'application/xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const REQUEST_FIELDS = ['service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'service_notice', 'requested_datetime', 'updated_datetime'];

const CLIENT_IP = '203.0.113.99';
const CLIENT_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Open311Tracker/7.7';
const CONTACT = { first_name: '小明', last_name: '王', email: 'wang.xiaoming@example.cn', phone: '13800138000' };

function addDays(day: string, n: number): string {
  return chinaDay(new Date(Date.parse(`${day}T12:00:00+08:00`) + n * 86_400_000));
}

describe.each(databaseKinds)('Open311 GeoReport v2 on %s', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let campaign: CampaignTable;
  let apiKey: string;
  const today = chinaDay();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '第二批教育实践活动', batch: 2, startsOn: addDays(today, -200), endsOn: addDays(today, 200) });
    apiKey = (await createOpen311Key(d.db, campaign.id, '市民热线 App')).key;
  });
  afterAll(async () => {
    await h?.close();
    await d?.drop();
  });

  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const post = (format: 'xml' | 'json', fields: Record<string, string>, headers: Record<string, string> = {}) =>
    h.app.inject({
      method: 'POST', url: `/open311/v2/requests.${format}`, payload: form(fields), remoteAddress: CLIENT_IP,
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'user-agent': CLIENT_UA, ...headers },
    });
  const get = (url: string) => h.app.inject({ method: 'GET', url, remoteAddress: CLIENT_IP, headers: { 'user-agent': CLIENT_UA } });

  function expectXmlError(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, needle?: string) {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toBe(XML_TYPE);
    const root = parseXml(res.body);
    expect(root.name).toBe('errors');
    const errors = kids(root, 'error');
    expect(errors).toHaveLength(1);
    expect(txt(errors[0], 'code')).toBe(String(status));
    if (needle) expect(txt(errors[0], 'description')).toContain(needle);
    return txt(errors[0], 'description');
  }
  function expectJsonError(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, needle?: string) {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toBe(JSON_TYPE);
    const body = res.json() as { code: number; description: string }[];
    expect(body).toHaveLength(1);
    expect(body[0].code).toBe(status);
    expect(Object.keys(body[0]).sort()).toEqual(['code', 'description']);
    if (needle) expect(body[0].description).toContain(needle);
    return body[0].description;
  }

  it('answers service discovery in XML and JSON', async () => {
    const x = await get('/open311/discovery.xml');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe(XML_TYPE);
    const root = parseXml(x.body);
    expect(root.name).toBe('discovery');
    for (const f of ['changeset', 'contact', 'key_service']) expect(txt(root, f)).not.toBe('');
    const endpoint = kid(kid(root, 'endpoints'), 'endpoint');
    expect(txt(endpoint, 'specification')).toBe('http://wiki.open311.org/GeoReport_v2');
    expect(txt(endpoint, 'url')).toMatch(/^http:\/\/[^/]+\/open311\/v2$/);
    expect(txt(endpoint, 'type')).toBe('production');
    expect(kids(kid(endpoint, 'formats'), 'format').map((f) => f.text)).toEqual(['application/xml', 'application/json']);

    const j = await get('/open311/discovery.json');
    expect(j.statusCode).toBe(200);
    expect(j.headers['content-type']).toBe(JSON_TYPE);
    const body = j.json();
    expect(body).toMatchObject({ changeset: txt(root, 'changeset'), contact: txt(root, 'contact'), key_service: txt(root, 'key_service') });
    expect(body.endpoints).toEqual([{ specification: 'http://wiki.open311.org/GeoReport_v2', url: txt(endpoint, 'url'), changeset: txt(endpoint, 'changeset'), type: 'production', formats: ['application/xml', 'application/json'] }]);
  });

  it('lists the four winds and "other" as services, in XML and JSON', async () => {
    const x = await get('/open311/v2/services.xml');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe(XML_TYPE);
    const root = parseXml(x.body);
    expect(root.name).toBe('services');
    const services = kids(root, 'service').map(flat);
    expect(services.map((s) => s.service_code)).toEqual(['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other']);
    expect(services[0]).toMatchObject({ service_name: '形式主义', metadata: 'true', type: 'realtime', group: '四风' });
    expect(services[0].description).toContain('Formalism');
    expect(services[3]).toMatchObject({ service_name: '奢靡之风', group: '四风' });
    for (const s of services) expect(Object.keys(s)).toEqual(['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']);

    const j = await get(`/open311/v2/services.json?jurisdiction_id=${campaign.id}`);
    expect(j.statusCode).toBe(200);
    expect(j.headers['content-type']).toBe(JSON_TYPE);
    const list = j.json() as Record<string, unknown>[];
    expect(list).toHaveLength(5);
    expect(list[1]).toEqual({ ...services[1], metadata: true });
  });

  it('gives each service definition with its org_code attribute, and 404 for an unknown service', async () => {
    const x = await get('/open311/v2/services/bureaucratism.xml');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe(XML_TYPE);
    const root = parseXml(x.body);
    expect(root.name).toBe('service_definition');
    expect(txt(root, 'service_code')).toBe('bureaucratism');
    const attribute = kid(kid(root, 'attributes'), 'attribute');
    expect(flat(attribute)).toMatchObject({ variable: 'true', code: 'org_code', datatype: 'string', required: 'false', order: '1' });
    expect(txt(attribute, 'description')).toContain('单位');

    const j = await get('/open311/v2/services/hedonism.json');
    expect(j.statusCode).toBe(200);
    expect(j.json()).toMatchObject({ service_code: 'hedonism', attributes: [{ variable: true, code: 'org_code', datatype: 'string', required: false, order: 1 }] });

    expectXmlError(await get('/open311/v2/services/potholes.xml'), 404, 'potholes');
    expectJsonError(await get('/open311/v2/services/potholes.json'), 404, 'potholes');
    expectJsonError(await get('/open311/v2/services/formalism.json?jurisdiction_id=zzzzzzzzzz'), 404, 'jurisdiction_id');
  });

  it('takes an anonymous request (XML) and stores nothing that identifies the client', async () => {
    const description = '街道办事窗口门难进、脸难看，办个证跑了五趟。<b>"急"</b> & \'盼\'';
    const res = await post('xml', {
      api_key: apiKey, service_code: 'bureaucratism', description, 'attribute[org_code]': t.townA.code,
      lat: '31.2304167', long: '121.4737013', address_string: '幸福路88号3单元', device_id: 'DEVICE-8f3e2a', account_id: 'ACCT-5521', media_url: 'http://img.example.cn/p/7781.jpg',
    }, { cookie: 'tracking=cookie-4455' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XML_TYPE);
    const root = parseXml(res.body);
    expect(root.name).toBe('service_requests');
    const request = kid(root, 'request');
    expect(request.children.map((c) => c.name)).toEqual(['service_request_id', 'service_notice']);
    const id = txt(request, 'service_request_id');
    expect(id).toMatch(/^[0-9a-v]{10}$/);
    ids.anonymous = id;

    const o = await d.db.selectFrom('opinions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(o).toMatchObject({
      channel: 'open311', anonymous: 1, body: description, category: 'bureaucratism', org_id: t.townA.id, campaign_id: campaign.id, status: 'received',
      received_on: today, received_at: null, contact_name: null, contact_phone: null, contact_email: null, receipt_hash: null, entered_by: null, target_label: '', target_kind: 'unit',
    });
    const events = await d.db.selectFrom('opinion_events').selectAll().where('opinion_id', '=', id).execute();
    expect(events.every((e) => e.at === null)).toBe(true);

    // Every text value of every table: no client address, agent, cookie, device, account or location.
    const tables = kind === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(d.db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(d.db)).rows.map((r) => r.name);
    for (const table of tables) {
      const dump = JSON.stringify((await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(d.db)).rows);
      for (const needle of [CLIENT_IP, 'Open311Tracker', 'iPhone', 'cookie-4455', 'DEVICE-8f3e2a', 'ACCT-5521', '31.2304167', '121.4737013', '幸福路', '7781.jpg', apiKey]) {
        expect(dump, `${table} holds ${needle}`).not.toContain(needle);
      }
    }
  });

  it('takes a named request (JSON) and keeps the contact for the office only', async () => {
    const res = await post('json', { api_key: apiKey, service_code: 'extravagance', description: '某局长公车私用，周末接送孩子。', ...CONTACT });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(JSON_TYPE);
    const body = res.json() as Record<string, unknown>[];
    expect(body).toHaveLength(1);
    expect(Object.keys(body[0])).toEqual(['service_request_id', 'service_notice']);
    expect(body[0].service_notice).toBeNull();
    ids.named = body[0].service_request_id as string;
    const o = await d.db.selectFrom('opinions').selectAll().where('id', '=', ids.named).executeTakeFirstOrThrow();
    expect(o).toMatchObject({ anonymous: 0, contact_name: '王小明', contact_phone: CONTACT.phone, contact_email: CONTACT.email, org_id: t.city.id, category: 'extravagance' });
    expect(o.received_at).not.toBeNull();

    // Latin names keep their "first last" order; an email alone is enough to be named.
    const latin = await post('json', { api_key: apiKey, service_code: 'formalism', description: 'Too many meetings.', first_name: 'John', last_name: 'Smith', email: 'john@example.org' });
    const latinRow = await d.db.selectFrom('opinions').selectAll().where('id', '=', latin.json()[0].service_request_id).executeTakeFirstOrThrow();
    expect(latinRow).toMatchObject({ contact_name: 'John Smith', anonymous: 0 });
    ids.latin = latinRow.id;
  });

  it('answers POST errors in the spec shape: 400, 403 and 404', async () => {
    // 400: description missing or blank, too long, no service_code, unit outside, wrong body type.
    expectXmlError(await post('xml', { api_key: apiKey, service_code: 'formalism' }), 400, 'description');
    expectJsonError(await post('json', { api_key: apiKey, service_code: 'formalism', description: '   ' }), 400, 'description');
    expectJsonError(await post('json', { api_key: apiKey, service_code: 'formalism', description: '\u200b\u2060\ufeff' }), 400, 'description');
    expectJsonError(await post('json', { api_key: apiKey, service_code: 'formalism', description: '长'.repeat(5001) }), 400, '5000');
    expect((await post('json', { api_key: apiKey, service_code: 'formalism', description: '长'.repeat(5000) })).statusCode).toBe(200);
    expectJsonError(await post('json', { api_key: apiKey, description: '没有类别' }), 400, 'service_code');
    expectXmlError(await post('xml', { api_key: apiKey, service_code: 'formalism', description: '单位不存在', 'attribute[org_code]': 'NO-SUCH-UNIT' }), 400, 'NO-SUCH-UNIT');
    expectJsonError(await post('json', { api_key: apiKey, service_code: 'formalism', description: '只有名字', first_name: '李' }), 400, 'named');
    const asJson = await h.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: { api_key: apiKey, service_code: 'formalism', description: 'JSON 正文' } });
    expectJsonError(asJson, 400, 'x-www-form-urlencoded');
    // 403: no key, unknown key, inactive key, a key of another campaign.
    expectXmlError(await post('xml', { service_code: 'formalism', description: '没有 key' }), 403, 'api_key');
    expectJsonError(await post('json', { api_key: 'not-a-key', service_code: 'formalism', description: '错误 key' }), 403, 'api_key');
    const off = await createOpen311Key(d.db, campaign.id, '已停用');
    await d.db.updateTable('gateway_keys').set({ active: 0 }).where('id', '=', off.id).execute();
    expectXmlError(await post('xml', { api_key: off.key, service_code: 'formalism', description: '停用 key' }), 403);
    // 404: unknown service_code.
    expectXmlError(await post('xml', { api_key: apiKey, service_code: 'potholes', description: '路面坑洼' }), 404, 'potholes');
    expectJsonError(await post('json', { api_key: apiKey, service_code: 'formalism', description: 'x', jurisdiction_id: 'zzzzzzzzzz' }), 404, 'jurisdiction_id');
    // Nothing of the failures was stored.
    const stored = await d.db.selectFrom('opinions').select('body').where('channel', '=', 'open311').execute();
    expect(stored.map((s) => s.body)).not.toContain('没有 key');
    expect(stored.map((s) => s.body)).not.toContain('停用 key');
  });

  it('shows one request in XML and JSON, Chinese and markup intact, and 404 for unknown ids', async () => {
    const x = await get(`/open311/v2/requests/${ids.anonymous}.xml`);
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe(XML_TYPE);
    expect(x.body).toContain(escapeXml('<b>"急"</b>'));
    const root = parseXml(x.body);
    expect(root.name).toBe('service_requests');
    const r = flat(kid(root, 'request'));
    expect(Object.keys(r)).toEqual(REQUEST_FIELDS);
    expect(r).toMatchObject({
      service_request_id: ids.anonymous, status: 'open', status_notes: '', service_name: '官僚主义', service_code: 'bureaucratism',
      description: '街道办事窗口门难进、脸难看，办个证跑了五趟。<b>"急"</b> & \'盼\'', agency_responsible: '平江街道', service_notice: '',
      requested_datetime: `${today}T00:00:00+08:00`,
    });
    expect(r.updated_datetime).toMatch(W3C);

    const j = await get(`/open311/v2/requests/${ids.anonymous}.json`);
    expect(j.statusCode).toBe(200);
    expect(j.headers['content-type']).toBe(JSON_TYPE);
    const list = j.json() as Record<string, unknown>[];
    expect(list).toHaveLength(1);
    expect(list[0]).toEqual({ ...r, status_notes: null, service_notice: null });

    const named = (await get(`/open311/v2/requests/${ids.named}.json`)).json()[0];
    expect(named).toMatchObject({ service_code: 'extravagance', service_name: '奢靡之风', agency_responsible: '江州市委', status: 'open' });
    expect(named.requested_datetime).toMatch(W3C);
    expect(named.requested_datetime).not.toContain('T00:00:00');

    expectXmlError(await get('/open311/v2/requests/0000000000.xml'), 404, '0000000000');
    expectJsonError(await get('/open311/v2/requests/not-an-id.json'), 404);
    // An opinion from another channel is not an Open311 request.
    const web = await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.townB.id, channel: 'web', body: '网上来的意见', targetKind: 'unit', anonymous: true });
    ids.web = web.opinion.id;
    expectJsonError(await get(`/open311/v2/requests/${ids.web}.json`), 404);
    // Unknown Open311 routes answer in the spec's shape too.
    expectJsonError(await get('/open311/v2/whatever.json'), 404);
  });

  it('answers tokens with the request id, in XML and JSON', async () => {
    const x = await get(`/open311/v2/tokens/${ids.named}.xml`);
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe(XML_TYPE);
    expect(flat(kid(parseXml(x.body), 'request'))).toEqual({ service_request_id: ids.named, token: ids.named });
    const j = await get(`/open311/v2/tokens/${ids.anonymous}.json`);
    expect(j.json()).toEqual([{ service_request_id: ids.anonymous, token: ids.anonymous }]);
    expectXmlError(await get('/open311/v2/tokens/0000000000.xml'), 404, 'token');
    expectJsonError(await get('/open311/v2/tokens/0000000000.json'), 404, 'token');
  });

  it('filters GET requests by id list, service_code, status and dates', async () => {
    const office = { userId: null, name: '活动办' };
    await transitionOpinion(d.db, office, ids.named, { to: 'closed', reply: '经查属实，已责令整改并通报。' });
    await replyToOpinion(d.db, office, ids.anonymous, '已转平江街道办理，窗口实行一次告知。');
    // An older anonymous request, 30 days ago, and one 200 days ago (outside the default window).
    const old = await post('json', { api_key: apiKey, service_code: 'hedonism', description: '三十天前：上班时间打牌。', 'attribute[org_code]': t.villageB.code });
    ids.old = old.json()[0].service_request_id;
    await d.db.updateTable('opinions').set({ received_on: addDays(today, -30) }).where('id', '=', ids.old).execute();
    const ancient = await post('json', { api_key: apiKey, service_code: 'hedonism', description: '二百天前的意见。' });
    ids.ancient = ancient.json()[0].service_request_id;
    await d.db.updateTable('opinions').set({ received_on: addDays(today, -200) }).where('id', '=', ids.ancient).execute();

    const listJson = async (query: string) => {
      const res = await get(`/open311/v2/requests.json${query}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(JSON_TYPE);
      return res.json() as Record<string, string | null>[];
    };
    const listXml = async (query: string) => {
      const res = await get(`/open311/v2/requests.xml${query}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(XML_TYPE);
      const root = parseXml(res.body);
      expect(root.name).toBe('service_requests');
      return kids(root, 'request').map(flat);
    };

    // Default: the most recent 90 days, newest first, Open311 requests only.
    const all = await listJson('');
    const allIds = all.map((r) => r.service_request_id);
    expect(allIds).toEqual(expect.arrayContaining([ids.anonymous, ids.named, ids.latin, ids.old]));
    expect(allIds).not.toContain(ids.ancient);
    expect(allIds).not.toContain(ids.web);
    expect(allIds.indexOf(ids.old)).toBe(allIds.length - 1);
    const xmlAll = await listXml('');
    expect(xmlAll.map((r) => r.service_request_id)).toEqual(allIds);
    for (const r of xmlAll) expect(Object.keys(r)).toEqual(REQUEST_FIELDS);

    // Status and notes: closed with its reply, open with the latest reply.
    const closed = all.find((r) => r.service_request_id === ids.named);
    expect(closed).toMatchObject({ status: 'closed', status_notes: '经查属实，已责令整改并通报。' });
    expect(all.find((r) => r.service_request_id === ids.anonymous)).toMatchObject({ status: 'open', status_notes: '已转平江街道办理，窗口实行一次告知。' });
    expect((await listXml('?status=closed')).map((r) => r.service_request_id)).toEqual([ids.named]);
    const open = (await listJson('?status=open')).map((r) => r.service_request_id);
    expect(open).toContain(ids.anonymous);
    expect(open).not.toContain(ids.named);
    expect(await listJson('?status=open,closed')).toHaveLength(all.length);
    expect(await listJson('?status=open&status=closed')).toHaveLength(all.length);

    // service_code: one, several (comma delimited or repeated).
    expect((await listXml('?service_code=hedonism')).map((r) => r.service_request_id)).toEqual([ids.old]);
    const two = (await listJson('?service_code=bureaucratism,extravagance')).map((r) => r.service_request_id).sort();
    expect(two).toEqual([ids.anonymous, ids.named].sort());
    expect((await listJson('?service_code=bureaucratism&service_code=extravagance'))).toHaveLength(2);
    expect(await listJson('?service_code=extravagance&status=open')).toEqual([]);

    // service_request_id overrides everything else, even the date window; foreign ids drop out.
    const byIds = await listJson(`?service_request_id=${ids.ancient},${ids.named},${ids.web},0000000000&status=open&service_code=formalism`);
    expect(byIds.map((r) => r.service_request_id)).toEqual([ids.ancient, ids.named]);
    expect((await listXml(`?service_request_id=${ids.anonymous}`)).map((r) => r.service_request_id)).toEqual([ids.anonymous]);

    // Dates: a window around 30 days ago; start only; end only; an instant on today's midnight.
    const around = await listJson(`?start_date=${addDays(today, -35)}T00:00:00%2B08:00&end_date=${addDays(today, -25)}T00:00:00Z`);
    expect(around.map((r) => r.service_request_id)).toEqual([ids.old]);
    expect(around[0].requested_datetime).toBe(`${addDays(today, -30)}T00:00:00+08:00`);
    const since = (await listJson(`?start_date=${addDays(today, -1)}T00:00:00Z`)).map((r) => r.service_request_id);
    expect(since).toEqual(expect.arrayContaining([ids.anonymous, ids.named]));
    expect(since).not.toContain(ids.old);
    const until = (await listXml(`?end_date=${addDays(today, -29)}T00:00:00%2B08:00`)).map((r) => r.service_request_id);
    expect(until).toEqual([ids.old]);
    const ancientWindow = await listJson(`?start_date=${addDays(today, -210)}&end_date=${addDays(today, -190)}`);
    expect(ancientWindow.map((r) => r.service_request_id)).toEqual([ids.ancient]);
    const fromMidnight = (await listJson(`?start_date=${today}T00:00:00%2B08:00`)).map((r) => r.service_request_id);
    expect(fromMidnight).toContain(ids.anonymous);
    const afterMidnight = (await listJson(`?start_date=${today}T00:00:01%2B08:00`)).map((r) => r.service_request_id);
    expect(afterMidnight).not.toContain(ids.anonymous);
    expect(afterMidnight).toContain(ids.named);

    // Bad filters are 400 in the spec shape.
    expectJsonError(await get(`/open311/v2/requests.json?start_date=${addDays(today, -100)}T00:00:00Z&end_date=${today}T00:00:00Z`), 400, '90');
    expectXmlError(await get('/open311/v2/requests.xml?start_date=yesterday'), 400, 'start_date');
    expectXmlError(await get('/open311/v2/requests.xml?start_date=2026-11-01T00:00:00'), 400, 'start_date');
    expectJsonError(await get(`/open311/v2/requests.json?start_date=${today}T00:00:00Z&end_date=${addDays(today, -1)}T00:00:00Z`), 400, 'end_date');
    expectJsonError(await get('/open311/v2/requests.json?status=pending'), 400, 'status');
    expectXmlError(await get('/open311/v2/requests.xml?service_code=potholes'), 400, 'potholes');
  });

  it('never shows a named request\'s contact in any GET output', async () => {
    const urls = [
      '/open311/v2/requests.xml', '/open311/v2/requests.json',
      `/open311/v2/requests.xml?service_request_id=${ids.named},${ids.latin}`, `/open311/v2/requests.json?service_request_id=${ids.named},${ids.latin}`,
      `/open311/v2/requests/${ids.named}.xml`, `/open311/v2/requests/${ids.named}.json`,
      `/open311/v2/requests/${ids.latin}.xml`, `/open311/v2/requests/${ids.latin}.json`,
      `/open311/v2/tokens/${ids.named}.xml`, `/open311/v2/tokens/${ids.named}.json`,
      '/open311/v2/services.xml', '/open311/v2/services.json',
    ];
    for (const url of urls) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      for (const needle of ['王小明', '小明', CONTACT.email, CONTACT.phone, 'wang.xiaoming', 'John Smith', 'john@example.org', 'contact', 'received_at', 'anonymous']) {
        expect(res.body, `${url} shows ${needle}`).not.toContain(needle);
      }
    }
  });

  it('needs jurisdiction_id when several campaigns are open', async () => {
    const other = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyB.id, name: '县级活动', batch: 2, startsOn: addDays(today, -10), endsOn: addDays(today, 10) });
    expectXmlError(await get('/open311/v2/services.xml'), 400, 'jurisdiction_id');
    expectJsonError(await get('/open311/v2/requests.json'), 400, 'jurisdiction_id');
    expect((await get(`/open311/v2/services.xml?jurisdiction_id=${campaign.id}`)).statusCode).toBe(200);
    const mine = (await get(`/open311/v2/requests.json?jurisdiction_id=${campaign.id}`)).json() as { service_request_id: string }[];
    expect(mine.map((r) => r.service_request_id)).toContain(ids.named);
    expect((await get(`/open311/v2/requests.json?jurisdiction_id=${other.id}`)).json()).toEqual([]);
    expectJsonError(await get(`/open311/v2/requests/${ids.named}.json?jurisdiction_id=${other.id}`), 404);
    expectJsonError(await get('/open311/v2/requests.json?jurisdiction_id=zzzzzzzzzz'), 404, 'jurisdiction_id');
    // POST needs none: the api_key says which campaign; a different one is refused.
    expect((await post('json', { api_key: apiKey, service_code: 'other', description: '其他建议：多下基层。' })).statusCode).toBe(200);
    expectJsonError(await post('json', { api_key: apiKey, service_code: 'other', description: '投错活动', jurisdiction_id: other.id }), 403, 'jurisdiction_id');
    // The second campaign's own key submits there.
    const otherKey = await createOpen311Key(d.db, other.id, '县 App');
    const res = await post('xml', { api_key: otherKey.key, service_code: 'formalism', description: '县里会议太多。', 'attribute[org_code]': t.townB.code });
    expect(res.statusCode).toBe(200);
    const id = txt(kid(parseXml(res.body), 'request'), 'service_request_id');
    expect((await get(`/open311/v2/requests.json?jurisdiction_id=${other.id}`)).json()).toMatchObject([{ service_request_id: id, agency_responsible: '青山镇' }]);
    // A unit outside that campaign is refused.
    expectJsonError(await post('json', { api_key: otherKey.key, service_code: 'formalism', description: '不在范围', 'attribute[org_code]': t.townA.code }), 400);
  });
});
