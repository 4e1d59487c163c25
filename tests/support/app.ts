import path from 'node:path';
import os from 'node:os';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type RouteInfo } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { createReadPool } from '../../src/db/read-pool.js';
import type { OpenDatabase } from '../../src/db/database.js';
import { SESSION_COOKIE } from '../../src/modules/people/sessions.js';

// Builds the HTTP application over one (fresh) test database, the way the server does,
// and signs people in through the real login route.

export type TestApp = FastifyInstance & { routeList: RouteInfo[] };

export interface AppHandle {
  app: TestApp;
  close(): Promise<void>;
}

export async function appFor(open: OpenDatabase): Promise<AppHandle> {
  const pool = createReadPool(open);
  const app = await buildApp(
    { db: open.db, dbKind: open.kind, pool, config: loadConfig() },
    // No console build: the API alone, so unknown routes always answer the JSON 404.
    { logger: false, webDir: path.join(os.tmpdir(), 'massline-no-web') },
  );
  await app.ready();
  return {
    app,
    async close() {
      await app.close();
      await pool.close();
    },
  };
}

/** The session cookie from a login response, as a `cookie` header value. */
export function sessionCookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === SESSION_COOKIE);
  if (!c || !c.value) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `${SESSION_COOKIE}=${c.value}`;
}

/** Signs in and returns the `cookie` header value for later requests. */
export async function loginAs(app: FastifyInstance, username: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  return sessionCookieOf(res);
}

/** A multipart/form-data body with one file field. */
export function multipartFile(field: string, fileName: string, content: Buffer | string, contentType = 'application/octet-stream'): Pick<InjectOptions, 'payload' | 'headers'> {
  const boundary = `----massline${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Polls an import job until it finishes. */
export async function waitForImport(app: FastifyInstance, cookie: string, jobId: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 400; i++) {
    const res = await app.inject({ method: 'GET', url: `/api/orgs/import/${jobId}`, headers: { cookie, ...headers } });
    if (res.statusCode !== 200) throw new Error(`import job ${jobId}: ${res.statusCode} ${res.body}`);
    const job = res.json() as { status: string; errors: { row: number; field: string; message: string }[]; errorCount: number; created: number; message: string | null };
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`import job ${jobId} did not finish`);
}
