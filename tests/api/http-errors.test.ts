import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, multipartFile, waitForImport, type AppHandle, type TestApp } from '../support/app.js';

// How the API fails: validation, unknown things, the docs, and the org import's row errors.

describe.each(databaseKinds)('HTTP errors and contracts (%s)', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let app: TestApp;
  let t: SmallTree;
  let office: string;
  let member: string;

  const orgCount = async () => Number((await d.db.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const as = (cookie: string, headers: Record<string, string> = {}) => ({ cookie, ...headers });
  const upload = (cookie: string, ...file: Parameters<typeof multipartFile>) => {
    const m = multipartFile(...file);
    return { payload: m.payload, headers: { ...m.headers, cookie } };
  };

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    app = h.app;
    t = await smallTree(d.db, 'HE');
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'office.he' });
    await userWithRole(d.db, 'party_member', t.villageA, { username: 'member.he' });
    office = await loginAs(app, 'office.he', TEST_PASSWORD);
    member = await loginAs(app, 'member.he', TEST_PASSWORD);
  });

  afterAll(async () => {
    await h?.close();
    await d?.drop();
  });

  describe('validation', () => {
    it('a body over the limit answers 413 naming the body limit (1 MB), not the upload limit, and stores nothing', async () => {
      const before = await orgCount();
      const big = { parentId: t.townA.id, code: 'V-BIG', type: 'village', name: '大'.repeat(400_000) }; // 1.2 MB of UTF-8
      const res = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office), payload: big });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toEqual({ code: 'request.body_too_large', message: '提交的内容过大（上限 1 MB）' });
      const en = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office, { 'accept-language': 'en' }), payload: big });
      expect(en.json().message).toBe('Request too large (limit 1 MB)');
      expect(await orgCount()).toBe(before);
    });

    it('a missing field answers 400 request.invalid naming the field in words, in Chinese by default; details.field stays the raw path', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office), payload: { parentId: t.townA.id, code: 'V-1', type: 'village' } });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.code).toBe('request.invalid');
      expect(body.message).toBe('请求参数有误：名称：缺少必填项');
      expect(body.details).toEqual({ field: 'body.name', keyword: 'required' });
    });

    it('and in English with Accept-Language: en (or ?lang=en)', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office, { 'accept-language': 'en' }), payload: { parentId: t.townA.id, code: 'V-1', type: 'village' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('request.invalid');
      expect(res.json().message).toBe('Invalid request: name: is required');
      expect(res.json().details).toEqual({ field: 'body.name', keyword: 'required' });
      const q = await app.inject({ method: 'POST', url: '/api/orgs?lang=en', headers: as(office), payload: { parentId: t.townA.id, code: 'V-1', type: 'village' } });
      expect(q.json().message).toBe('Invalid request: name: is required');
      const tw = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { 'accept-language': 'zh-TW' } });
      expect(tw.json()).toEqual({ code: 'auth.required', message: '請先登入' });
      // The field's words too, in Traditional characters (not 缺少必填项 inside a Traditional sentence), the field named 名稱.
      const twInvalid = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office, { 'accept-language': 'zh-TW' }), payload: { parentId: t.townA.id, code: 'V-1', type: 'village' } });
      expect(twInvalid.json().message).toBe('請求參數有誤：名稱：缺少必填項');
      expect(twInvalid.json().details).toEqual({ field: 'body.name', keyword: 'required' });
    });

    it('names the field for wrong types, formats and limits, in body and query', async () => {
      const type = await app.inject({ method: 'PATCH', url: `/api/orgs/${t.villageA.id}`, headers: as(office), payload: { sortOrder: 'first' } });
      expect(type.statusCode).toBe(400);
      expect(type.json().details.field).toBe('body.sortOrder');
      // The field and the type in words, not body.sortOrder and integer.
      expect(type.json().message).toBe('请求参数有误：排序：类型应为整数');
      const typeTw = await app.inject({ method: 'PATCH', url: `/api/orgs/${t.villageA.id}`, headers: as(office, { 'accept-language': 'zh-TW' }), payload: { sortOrder: 'first' } });
      expect(typeTw.json().message).toBe('請求參數有誤：排序：類型應為整數');
      const typeEn = await app.inject({ method: 'PATCH', url: `/api/orgs/${t.villageA.id}`, headers: as(office, { 'accept-language': 'en' }), payload: { sortOrder: 'first' } });
      expect(typeEn.json().message).toBe('Invalid request: order: should be an integer');
      expect(typeEn.json().details.field).toBe('body.sortOrder');

      const pattern = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office), payload: { parentId: t.townA.id, code: 'has space', name: '村', type: 'village' } });
      expect(pattern.statusCode).toBe(400);
      expect(pattern.json().details).toEqual({ field: 'body.code', keyword: 'pattern' });

      const enumErr = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office), payload: { parentId: t.townA.id, code: 'V-2', name: '村', type: 'castle' } });
      expect(enumErr.statusCode).toBe(400);
      expect(enumErr.json().details).toEqual({ field: 'body.type', keyword: 'enum' });
      expect(enumErr.json().message).toContain('不是允许的取值');

      const limit = await app.inject({ method: 'GET', url: '/api/audit?limit=0', headers: as(office) });
      expect(limit.statusCode).toBe(400);
      expect(limit.json().details.field).toBe('querystring.limit');
      expect(limit.json().message).toBe('请求参数有误：条数：不能小于 1');

      const blank = await app.inject({ method: 'PATCH', url: `/api/orgs/${t.villageA.id}`, headers: as(office), payload: { name: '   ' } });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().details.field).toBe('body.name');

      const empty = await app.inject({ method: 'PATCH', url: `/api/orgs/${t.villageA.id}`, headers: as(office), payload: {} });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().details.keyword).toBe('minProperties');
      // None of these changed the organization.
      const org = await d.db.selectFrom('organizations').select(['name', 'sort_order']).where('id', '=', t.villageA.id).executeTakeFirstOrThrow();
      expect(org).toEqual({ name: t.villageA.name, sort_order: t.villageA.sort_order });
    });

    it('rejects unknown fields in the body and the query string', async () => {
      const before = await orgCount();
      const res = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office), payload: { parentId: t.townA.id, code: 'V-3', name: '村', type: 'village', secret: 1 } });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('request.invalid');
      expect(res.json().message).toContain('不允许的字段 secret');
      expect(await orgCount()).toBe(before);
      const en = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office, { 'accept-language': 'en' }), payload: { parentId: t.townA.id, code: 'V-3', name: '村', type: 'village', secret: 1 } });
      expect(en.json().message).toBe('Invalid request: unknown field secret');
      // zh-TW: Taiwan's word for a field (欄位), never the mainland 字段.
      const tw = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office, { 'accept-language': 'zh-TW' }), payload: { parentId: t.townA.id, code: 'V-3', name: '村', type: 'village', secret: 1 } });
      expect(tw.json().message).toBe('請求參數有誤：不允許的欄位 secret');
      expect(tw.json().details).toEqual({ field: 'body', keyword: 'additionalProperties' });
      const emptyTw = await app.inject({ method: 'PATCH', url: `/api/orgs/${t.villageA.id}`, headers: as(office, { 'accept-language': 'zh-TW' }), payload: {} });
      expect(emptyTw.json().message).toBe('請求參數有誤：至少提供一個欄位');
      expect(emptyTw.json().message).not.toMatch(/字段/);
      const q = await app.inject({ method: 'GET', url: '/api/orgs/search?q=%E6%A1%83&bogus=1', headers: as(office) });
      expect(q.statusCode).toBe(400);
      expect(q.json().message).toContain('bogus');
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'office.he', password: TEST_PASSWORD, remember: true } });
      expect(login.statusCode).toBe(400);
    });

    it('a body that is not JSON answers 400, never 500', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/orgs', headers: as(office, { 'content-type': 'application/json' }), payload: '{"parentId":' });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('request.invalid');
    });
  });

  describe('unknown things', () => {
    it('an unknown organization id answers 404 org.not_found', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/orgs/0000000000', headers: as(office) });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ code: 'org.not_found', message: '组织不存在：0000000000' });
      const en = await app.inject({ method: 'GET', url: '/api/orgs/0000000000/children', headers: as(office, { 'accept-language': 'en' }) });
      expect(en.statusCode).toBe(404);
      expect(en.json()).toEqual({ code: 'org.not_found', message: 'No such organization: 0000000000' });
    });

    it('a malformed id answers 400 naming the parameter', async () => {
      for (const url of ['/api/orgs/not-an-id', '/api/orgs/ABCDEFGHIJ', '/api/orgs/00000000000', '/api/campaigns/xyz']) {
        const res = await app.inject({ method: 'GET', url, headers: as(office) });
        expect(res.statusCode, url).toBe(400);
        expect(res.json().code, url).toBe('request.invalid');
        expect(res.json().details.field, url).toBe('params.id');
      }
    });

    it('an unknown /api route answers a JSON 404, with or without a session', async () => {
      for (const headers of [{}, as(office)]) {
        const res = await app.inject({ method: 'GET', url: '/api/no/such/thing', headers });
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.json()).toEqual({ code: 'request.not_found', message: '请求的地址不存在' });
      }
      const post = await app.inject({ method: 'POST', url: '/api/orgs/roots', headers: as(office, { 'accept-language': 'en' }), payload: {} });
      expect(post.statusCode).toBe(404);
      expect(post.json()).toEqual({ code: 'request.not_found', message: 'No such route' });
    });
  });

  describe('public contracts', () => {
    it('GET /api/health is public and names the database', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true, database: kind });
    });

    it('GET /api/docs/json is an OpenAPI document listing every API route', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(res.statusCode).toBe(200);
      const doc = res.json() as { openapi: string; info: { title: string }; paths: Record<string, Record<string, unknown>>; components: { securitySchemes: Record<string, unknown> } };
      expect(doc.openapi).toMatch(/^3\./);
      expect(doc.info.title).toBe('Massline API');
      expect(doc.components.securitySchemes.session).toEqual({ type: 'apiKey', in: 'cookie', name: 'massline_session' });
      const missing = app.routeList
        .map((r) => ({ method: r.method.toLowerCase(), path: r.url.replace(/:(\w+)/g, '{$1}') }))
        .filter((r) => !doc.paths[r.path]?.[r.method]);
      expect(missing).toEqual([]);
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/orgs/{id}', '/api/campaigns/{id}/matrix', '/api/auth/login']));
    });
  });

  describe('org import', () => {
    it('a body that is not multipart answers 400 import.bad_file', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/orgs/import', headers: as(office), payload: { file: 'x' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('import.bad_file');
      expect(res.json().message).toMatch(/^无法读取导入文件：/);
    });

    it('a file without the required columns answers 400 import.bad_header at once', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/orgs/import', ...upload(office, 'file', 'orgs.csv', '编码,名称\nX-1,甲\n', 'text/csv') });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('import.bad_header');
      expect(res.json().message).toBe('表头缺少列：上级编码、类型（应有 编码、名称、上级编码、类型）');
      // In the reader's language: Traditional in zh-TW, English in en.
      const tw = await app.inject({ method: 'POST', url: '/api/orgs/import?lang=zh-TW', ...upload(office, 'file', 'orgs.csv', '編碼,名稱\nX-1,甲\n', 'text/csv') });
      expect(tw.json()).toMatchObject({ code: 'import.bad_header', message: '表頭缺少欄位：上級編碼、類型（應有 編碼、名稱、上級編碼、類型）' });
      const en = await app.inject({ method: 'POST', url: '/api/orgs/import?lang=en', ...upload(office, 'file', 'orgs.csv', 'code,name\nX-1,a\n', 'text/csv') });
      expect(en.json()).toMatchObject({ code: 'import.bad_header', message: 'Missing columns: parent code, type (expected code, name, parent code, type)' });
    });

    it('offers the template in the reader\'s language', async () => {
      const header = async (url: string, headers: Record<string, string> = {}) => {
        const res = await app.inject({ method: 'GET', url, headers: as(office, headers) });
        expect(res.statusCode).toBe(200);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
        return (wb.worksheets[0].getRow(1).values as unknown[]).slice(1, 4);
      };
      expect(await header('/api/orgs/import/template')).toEqual(['编码', '名称', '上级编码']);
      expect(await header('/api/orgs/import/template', { 'accept-language': 'zh-TW' })).toEqual(['編碼', '名稱', '上級編碼']);
      expect(await header('/api/orgs/import/template?lang=en')).toEqual(['code', 'name', 'parent code']);
    });

    it('a caller who manages nothing may not import', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/orgs/import', ...upload(member, 'file', 'orgs.csv', `编码,名称,上级编码,类型\nM-1,甲,${t.townA.code},村\n`, 'text/csv') });
      expect(res.statusCode).toBe(403);
    });

    it('a CSV with bad rows reports each row in Chinese and writes nothing', async () => {
      const before = await orgCount();
      const csv = [
        '编码,名称,上级编码,类型,别名,排序',
        `BAD-OK,好村,${t.townA.code},村,,1`, // row 2: fine on its own
        `BAD-1,,${t.townA.code},村,,`, // row 3: no name
        `BAD-2,坏类型,${t.townA.code},城堡,,`, // row 4: unknown type
        'BAD-3,孤儿村,NO-SUCH-PARENT,村,,', // row 5: parent missing
        `BAD-OK,重复,${t.townA.code},村,,`, // row 6: duplicate code
        `坏 编码,空格,${t.townA.code},村,,`, // row 7: code format
        `BAD-4,越界村,${t.townB.code},村,,`, // row 8: parent outside the office's reach
        `BAD-5,排序坏,${t.townA.code},村,,abc`, // row 9: bad order
      ].join('\n');
      const res = await app.inject({ method: 'POST', url: '/api/orgs/import', ...upload(office, 'file', '组织.csv', csv, 'text/csv') });
      expect(res.statusCode).toBe(202);
      const { jobId } = res.json() as { jobId: string };
      const job = await waitForImport(app, office, jobId);
      expect(job.status).toBe('failed');
      expect(job.created).toBe(0);
      expect(job.message).toBe('共 7 行有误，未导入任何数据');
      const byRow = Object.fromEntries(job.errors.map((e) => [e.row, e.message]));
      expect(Object.keys(byRow).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9]);
      expect(byRow[3]).toBe('第 3 行：「名称」不能为空');
      expect(byRow[4]).toMatch(/^第 4 行：类型「城堡」无效/);
      expect(byRow[5]).toBe('第 5 行：上级编码「NO-SUCH-PARENT」不存在');
      expect(byRow[6]).toBe('第 6 行：编码「BAD-OK」在文件中重复（第 2 行）');
      expect(byRow[7]).toMatch(/^第 7 行：编码「坏 编码」只能包含/);
      expect(byRow[8]).toBe(`第 8 行：无权在上级组织「${t.townB.code}」下导入`);
      expect(byRow[9]).toBe('第 9 行：排序「abc」必须是整数');
      expect(job.errors.find((e) => e.row === 3)!.field).toBe('名称');
      expect(await orgCount()).toBe(before);
      expect(await d.db.selectFrom('organizations').select('id').where('code', 'like', 'BAD-%').execute()).toEqual([]);

      // The same job read in English.
      const en = await app.inject({ method: 'GET', url: `/api/orgs/import/${jobId}`, headers: as(office, { 'accept-language': 'en' }) });
      expect(en.json().message).toBe('7 rows are invalid; nothing was imported');
      expect(en.json().errors[0].message).toBe('Row 3: name is required');
      // And in zh-TW: a spreadsheet's row is 列 in Taiwan (行 is a column there), 匯入 and 資料, not 導入 and 數據. The
      // column is named in Traditional (名稱), as the zh-TW template writes it and the importer reads it back.
      const tw = await app.inject({ method: 'GET', url: `/api/orgs/import/${jobId}`, headers: as(office, { 'accept-language': 'zh-TW' }) });
      expect(tw.json().message).toBe('共 7 列有誤，未匯入任何資料');
      const twByRow = Object.fromEntries((tw.json().errors as { row: number; message: string }[]).map((e) => [e.row, e.message]));
      expect(twByRow[3]).toBe('第 3 列：「名稱」不能為空');
      expect((tw.json().errors as { row: number; field: string }[]).find((e) => e.row === 3)!.field).toBe('名稱');
      expect(en.json().errors[0].field).toBe('name');
      expect(twByRow[6]).toBe('第 6 列：編碼「BAD-OK」在檔案中重複（第 2 列）');
      expect(twByRow[8]).toBe(`第 8 列：無權在上級組織「${t.townB.code}」下匯入`);
      // Someone else cannot read the job.
      const other = await app.inject({ method: 'GET', url: `/api/orgs/import/${jobId}`, headers: as(member) });
      expect(other.statusCode).toBe(404);
    });

    it('a valid CSV imports, children before or after their parents', async () => {
      const before = await orgCount();
      const csv = '\uFEFF编码,名称,上级编码,类型,别名,排序\nOK-CHILD,新建党支部,OK-PARENT,党支部,,2\nOK-PARENT,新建社区,' + t.townA.code + ',社区,新社区；新区,1\n';
      const res = await app.inject({ method: 'POST', url: '/api/orgs/import', ...upload(office, 'file', 'orgs.csv', csv, 'text/csv') });
      expect(res.statusCode).toBe(202);
      const job = await waitForImport(app, office, res.json().jobId);
      expect(job).toMatchObject({ status: 'done', created: 2, errorCount: 0, message: null });
      expect(await orgCount()).toBe(before + 2);
      const parent = await d.db.selectFrom('organizations').selectAll().where('code', '=', 'OK-PARENT').executeTakeFirstOrThrow();
      const child = await d.db.selectFrom('organizations').selectAll().where('code', '=', 'OK-CHILD').executeTakeFirstOrThrow();
      expect(parent).toMatchObject({ parent_id: t.townA.id, type: 'village', name: '新建社区', region_id: t.city.region_id });
      expect(JSON.parse(parent.aliases)).toEqual(['新社区', '新区']);
      expect(parent.path).toBe(`${t.townA.path}${parent.id}/`);
      expect(child).toMatchObject({ parent_id: parent.id, type: 'party_branch', sort_order: 2 });
      expect(child.path).toBe(`${parent.path}${child.id}/`);
      // Visible through the API, and audited.
      const got = await app.inject({ method: 'GET', url: `/api/orgs/${parent.id}/children`, headers: as(office) });
      expect(got.json().items.map((o: { code: string }) => o.code)).toEqual(['OK-CHILD']);
      const audit = await d.db.selectFrom('audit_log').select('after_json').where('action', '=', 'org.import').execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0].after_json!)).toMatchObject({ fileName: 'orgs.csv', count: 2 });
    });
  });
});
