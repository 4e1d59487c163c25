import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyError } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { Logger } from 'pino';
import { AppError } from '../shared/errors.js';
import { pickLocale, translate, type Locale } from '../shared/i18n/messages.js';
import { validationDetail, validationField } from '../shared/i18n/validation.js';
import { SESSION_COOKIE, actorForToken } from '../modules/people/sessions.js';
import { organizationRoutes } from '../modules/organizations/routes.js';
import { peopleRoutes } from '../modules/people/routes.js';
import { campaignRoutes } from '../modules/campaigns/routes.js';
import { auditRoutes } from '../modules/audit/routes.js';
import { supervisionRoutes } from '../modules/supervision/routes.js';
import { opinionRoutes } from '../modules/opinions/routes.js';
import { portalRoutes } from '../modules/opinions/portal-routes.js';
import { gatewayRoutes } from '../modules/opinions/gateway-routes.js';
import { solicitationRoutes } from '../modules/solicitations/routes.js';
import { open311Routes } from '../modules/open311/routes.js';
import { triageRoutes } from '../modules/triage/routes.js';
import { triageRunRoutes } from '../modules/triage/run-routes.js';
import { rectifyRoutes } from '../modules/rectify/routes.js';
import { figuresRoutes } from '../modules/figures/routes.js';
import type { AppContext } from './context.js';
import { TreeCache } from '../modules/organizations/tree-cache.js';
import { obj } from './schemas.js';

/** A request body's size limit, unless a route sets its own (Fastify's bodyLimit). */
const BODY_LIMIT = 1024 * 1024;
/** A byte count as a limit is told to users: 1 MB, 256 KB. */
const sizeText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

// The HTTP application: plugins (external) → request context (locale, caller) → feature
// routes → console. Every route is authenticated unless it says `config: { public: true }`.
// Errors leave as {code, message} in the caller's language; a user's mistake is never a 500.

export interface AppOptions {
  logger?: Logger | boolean;
  webDir?: string;
  uploadLimitBytes?: number;
}

/** Every registered API route, for the permission matrix test and the docs. */
export interface RouteInfo {
  method: string;
  url: string;
  public: boolean;
}

export async function buildApp(base: Omit<AppContext, 'tree'>, opts: AppOptions = {}): Promise<FastifyInstance & { routeList: RouteInfo[] }> {
  const ctx: AppContext = { ...base, tree: new TreeCache(base.db).start() };
  const app = Fastify({
    loggerInstance: typeof opts.logger === 'object' ? opts.logger : undefined,
    logger: typeof opts.logger === 'boolean' ? opts.logger : undefined,
    // Request logs carry method, route and status, never bodies or client addresses.
    trustProxy: false,
    bodyLimit: BODY_LIMIT,
    ajv: { customOptions: { allErrors: false, coerceTypes: 'array', removeAdditional: false } },
  }) as unknown as FastifyInstance & { routeList: RouteInfo[] };

  app.addHook('onClose', async () => ctx.tree.stop());
  const routeList: RouteInfo[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routeList.push({ method, url: route.url, public: !!route.config?.public });
    }
  });

  await app.register(cookie);
  const uploadLimit = opts.uploadLimitBytes ?? 50 * 1024 * 1024;
  await app.register(multipart, { limits: { fileSize: uploadLimit, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Massline API', version: '0.1.0', description: '群众路线教育实践活动平台 API。错误统一为 {code, message}，message 使用调用者的语言（Accept-Language 或 ?lang=）。' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('locale', 'zh-CN' as Locale);

  app.addHook('onRequest', async (req) => {
    const q = req.query as { lang?: string } | undefined;
    req.locale = pickLocale(req.headers['accept-language'], q?.lang);
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const found = await actorForToken(ctx.db, token);
      if (found && 'actor' in found) req.actor = found.actor;
      else if (found && 'expired' in found) req.sessionExpired = true;
    }
    const route = req.routeOptions.url;
    if (route?.startsWith('/api/') && !route.startsWith('/api/docs') && !req.routeOptions.config?.public && !req.actor) {
      throw new AppError(401, req.sessionExpired ? 'auth.session_expired' : 'auth.required');
    }
  });

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.status).send({ code: err.code, message: translate(err.code, req.locale, err.params), ...(err.details ? { details: err.details } : {}) });
    }
    if (err.validation) {
      const v = err.validation[0];
      // details.field is the raw path (clients match on it); the message names the field in the reader's language.
      const field = validationField(err.validationContext, v);
      const detail = validationDetail(v, req.locale);
      return reply.code(400).send({ code: 'request.invalid', message: translate('request.invalid', req.locale, { detail }), details: { field, keyword: v?.keyword } });
    }
    // (Review) Each says the limit that refused it: a request body's is the route's (1 MB unless the route sets its own), an
    // upload's the multipart limit; a 1 MB opinion used to be told the upload limit of 50 MB.
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ code: 'request.body_too_large', message: translate('request.body_too_large', req.locale, { limit: sizeText(req.routeOptions.bodyLimit ?? BODY_LIMIT) }) });
    }
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.statusCode === 413) {
      return reply.code(413).send({ code: 'request.too_large', message: translate('request.too_large', req.locale, { limit: sizeText(uploadLimit) }) });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send({ code: 'request.invalid', message: translate('request.invalid', req.locale, { detail: err.message }) });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ code: 'request.internal', message: translate('request.internal', req.locale) });
  });

  // Liveness: answers without touching the database (and is the benchmark's empty route).
  app.get('/api/ping', {
    config: { public: true },
    schema: { tags: ['system'], summary: '存活检查（不访问数据库）', response: { 200: obj({ ok: { type: 'boolean' } }) } },
  }, async () => ({ ok: true }));

  app.get('/api/health', {
    config: { public: true },
    schema: { tags: ['system'], summary: '健康检查', response: { 200: obj({ ok: { type: 'boolean' }, database: { type: 'string' } }) } },
  }, async () => {
    await ctx.db.selectFrom('organizations').select('id').limit(1).execute();
    return { ok: true, database: ctx.dbKind };
  });

  await organizationRoutes(app, ctx);
  await peopleRoutes(app, ctx);
  await campaignRoutes(app, ctx);
  await supervisionRoutes(app, ctx);
  await solicitationRoutes(app, ctx);
  await opinionRoutes(app, ctx);
  await portalRoutes(app, ctx);
  await gatewayRoutes(app, ctx);
  await open311Routes(app, ctx);
  await triageRoutes(app, ctx);
  await triageRunRoutes(app, ctx);
  await rectifyRoutes(app, ctx);
  await figuresRoutes(app, ctx);
  await auditRoutes(app, ctx);

  const webDir = opts.webDir ?? path.resolve('web/dist');
  const hasWeb = fs.existsSync(path.join(webDir, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt console is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: true });
  app.setNotFoundHandler((req, reply) => {
    // A missing file (an old bundle after a redeploy) is a 404, not the console's index page.
    const isFile = /\.[a-z0-9]+$/i.test(req.url.split('?')[0]);
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !hasWeb || isFile) {
      return reply.code(404).send({ code: 'request.not_found', message: translate('request.not_found', req.locale) });
    }
    return reply.sendFile('index.html'); // the console routes on the client
  });
  return app;
}
