import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../http/context.js';
import { errorResponses, idParam, obj } from '../../http/schemas.js';
import { RateLimiter } from '../../http/rate-limit.js';
import { AppError, notFound } from '../../shared/errors.js';
import { getOrg } from '../organizations/queries.js';
import { namesOf } from '../people/presenter.js';
import { diffContent, disclosureVersions, latestDisclosures, publicVersion, publishedContents, verifyDisclosureChain, type DisclosureContent } from './disclosure.js';
import { RATINGS, type Rating } from './model.js';
import { getProblem } from './problems.js';
import { AddressGuard, currentTallies, newRaterToken, RATER_COOKIE, submitRating, validRaterToken, type RatingSummary } from './ratings.js';
import { commitmentList } from './rules.js';
import { ratingSchema } from './presenter.js';

// The public side of rectification (no account): disclosed problems with their measures, every
// published version with its hash and a check of the chain, the public's ratings, and published
// commitments. Only the rating route reads a cookie — its own random token (decision 0010);
// nothing here stores the client's address, agent or any other cookie.
const tags = ['portal', 'rectify'];
const pub = { public: true };
const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;

const measureSchema = obj({
  id: str, text: str, ownerUnit: str, startsOn: str, dueOn: str, status: str, verifiedOn: nstr, evidenceCount: { type: 'integer' },
  milestones: { type: 'array', items: obj({ title: str, dueOn: str, done: { type: 'boolean' } }) },
  progress: { type: 'array', items: obj({ day: str, text: str }) },
});
const contentSchema = obj({
  problem: obj({ id: str, unit: str, source: str, wind: str, description: str, target: str, targetLabel: str, severity: { type: 'integer' }, immediate: { type: 'boolean' }, status: str }),
  measures: { type: 'array', items: measureSchema },
  note: str,
});
const publishedSchema = obj({
  problemId: str, version: { type: 'integer' }, publishedAt: str, hash: str, content: contentSchema,
  ratings: { type: 'array', items: obj({ measureId: str, open: { type: 'boolean' }, rating: ratingSchema }) },
});
const chainSchema = obj({ ok: { type: 'boolean' }, versions: { type: 'integer' }, firstBad: { anyOf: [{ type: 'null' }, obj({ version: { type: 'integer' }, reason: str })] } });

/** How long an answer of the public pages may be served again (another server's changes show after it). */
const PAGE_TTL_MS = 2000;
const PAGE_CACHE_CHARS = 16 * 1024 * 1024;

const NO_RATINGS: RatingSummary = { satisfied: 0, basically: 0, dissatisfied: 0, total: 0, rate: null };

export async function rectifyPortalRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  // Per server and client address, in memory only: ratings like submissions, look-ups of whole
  // histories (hashing every version) three times as many.
  const rateLimiter = new RateLimiter(ctx.config.portalSubmitLimit * 3, 10 * 60_000);
  const verifyLimiter = new RateLimiter(ctx.config.portalSubmitLimit * 6, 10 * 60_000);
  const guard = new AddressGuard();

  function limit(limiter: RateLimiter, req: FastifyRequest) {
    if (!limiter.take(req.socket.remoteAddress ?? 'unknown')) throw new AppError(429, 'rectify.rate_limited');
  }

  /**
   * Published items as JSON text: the stored canonical JSON of each version goes out as it is
   * (built from whitelisted, masked fields when it was published — see disclosure.ts), beside its
   * live ratings. Faster than parsing and serializing the same immutable content per request.
   */
  async function itemsJson(rows: { region_id: string; problem_id: string; version: number; published_at: string; hash: string }[]): Promise<string> {
    const contents = await publishedContents(db, rows);
    const ids = contents.flatMap((c) => c.content?.measures.map((m) => m.id) ?? []);
    const tallies = rows.length ? await currentTallies(db, rows[0].region_id, ids) : new Map<string, RatingSummary>();
    return `[${rows.map((r, i) => {
      const ratings = (contents[i].content?.measures ?? []).map((m) => ({ measureId: m.id, open: m.status === 'verified', rating: m.status === 'verified' ? tallies.get(m.id) ?? NO_RATINGS : NO_RATINGS }));
      return `{"problemId":${JSON.stringify(r.problem_id)},"version":${r.version},"publishedAt":${JSON.stringify(r.published_at)},"hash":${JSON.stringify(r.hash)},"content":${contents[i].json},"ratings":${JSON.stringify(ratings)}}`;
    }).join(',')}]`;
  }

  // The public pages are read far more often than they change: each answer is kept for a
  // moment (PAGE_TTL_MS) and dropped at once when this process publishes or counts a rating.
  const pages = new Map<string, { epoch: number; at: number; json: string }>();
  let cachedChars = 0;
  async function cachedPage(key: string, build: () => Promise<string>): Promise<string> {
    const hit = pages.get(key);
    if (hit && hit.epoch === publicVersion() && Date.now() - hit.at < PAGE_TTL_MS) return hit.json;
    const epoch = publicVersion();
    const json = await build();
    const old = pages.get(key);
    if (old) cachedChars -= old.json.length;
    pages.delete(key);
    // Bounded by size (PAGE_CACHE_CHARS in all), oldest first out.
    while (pages.size && cachedChars + json.length > PAGE_CACHE_CHARS) {
      const [k, v] = pages.entries().next().value!;
      pages.delete(k);
      cachedChars -= v.json.length;
    }
    if (json.length <= PAGE_CACHE_CHARS) {
      pages.set(key, { epoch, at: Date.now(), json });
      cachedChars += json.length;
    }
    return json;
  }

  async function disclosed(problemId: string) {
    const p = await getProblem(db, problemId).catch(() => {
      throw notFound('rectify.not_disclosed');
    });
    if (!p.disclosed_version) throw notFound('rectify.not_disclosed');
    return p;
  }

  app.get('/api/portal/rectify/problems', {
    config: pub,
    schema: {
      tags, summary: '整改公示：某单位及其下级公示的问题、整改措施、进展和群众满意度（最新版本）',
      querystring: obj({ orgId: idParam, limit: { type: 'integer', minimum: 1, maximum: 100 }, offset: { type: 'integer', minimum: 0 } }, ['orgId']),
      response: { 200: obj({ org: obj({ id: str, name: str }), items: { type: 'array', items: publishedSchema } }), ...errorResponses },
    },
  }, async (req, reply) => {
    const q = req.query as { orgId: string; limit?: number; offset?: number };
    const json = await cachedPage(`${q.orgId}:${q.limit ?? 20}:${q.offset ?? 0}`, async () => {
      const org = await getOrg(db, q.orgId);
      const rows = await latestDisclosures(db, org, q.limit ?? 20, q.offset ?? 0);
      return `{"org":${JSON.stringify({ id: org.id, name: org.name })},"items":${await itemsJson(rows)}}`;
    });
    reply.type('application/json; charset=utf-8');
    return reply.send(json);
  });

  app.get('/api/portal/rectify/problems/:id', {
    config: pub,
    schema: { tags, summary: '一个公示问题的最新版本及群众满意度', params: obj({ id: idParam }), response: { 200: publishedSchema, ...errorResponses } },
  }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const json = await cachedPage(`p:${id}`, async () => {
      const p = await disclosed(id);
      const row = await db.selectFrom('rectify_disclosures').select(['region_id', 'problem_id', 'version', 'published_at', 'hash'])
        .where('region_id', '=', p.region_id).where('problem_id', '=', p.id).where('version', '=', p.disclosed_version).executeTakeFirst();
      if (!row) throw notFound('rectify.not_disclosed');
      return (await itemsJson([row])).slice(1, -1);
    });
    reply.type('application/json; charset=utf-8');
    return reply.send(json);
  });

  app.get('/api/portal/rectify/problems/:id/versions', {
    config: pub,
    schema: {
      tags, summary: '公示的全部版本：内容、哈希、上一版本哈希，以及与上一版本相比的改动。hash = sha256(prevHash + "\\n" + canonicalJSON({problemId, version, publishedAt, content}))',
      params: obj({ id: idParam }),
      response: {
        200: obj({
          problemId: str,
          versions: { type: 'array', items: obj({ version: { type: 'integer' }, publishedAt: str, prevHash: str, hash: str, content: contentSchema, changes: { type: 'array', items: obj({ path: str, from: {}, to: {} }) } }) },
        }),
        ...errorResponses,
      },
    },
  }, async (req) => {
    const p = await disclosed((req.params as { id: string }).id);
    const rows = await disclosureVersions(db, p);
    let previous: DisclosureContent | null = null;
    const versions = rows.map((r) => {
      const content = JSON.parse(r.content) as DisclosureContent;
      const changes = previous ? diffContent(previous, content) : [];
      previous = content;
      return { version: r.version, publishedAt: r.published_at, prevHash: r.prev_hash, hash: r.hash, content, changes };
    });
    return { problemId: p.id, versions };
  });

  app.get('/api/portal/rectify/problems/:id/verify', {
    config: pub,
    schema: { tags, summary: '校验公示版本链：每个版本的哈希与内容、与上一版本的链接是否一致', params: obj({ id: idParam }), response: { 200: chainSchema, ...errorResponses, 429: errorResponses[400] } },
  }, async (req) => {
    limit(verifyLimiter, req);
    const p = await disclosed((req.params as { id: string }).id);
    const check = await verifyDisclosureChain(db, p);
    return { ...check, firstBad: check.firstBad ?? null };
  });

  app.post('/api/portal/rectify/measures/:id/ratings', {
    config: pub,
    schema: {
      tags, summary: '群众评价已销号的整改措施：满意、基本满意、不满意（每人一次；不记录身份）', params: obj({ id: idParam }),
      body: obj({ rating: { type: 'string', enum: RATINGS } }),
      response: { 201: obj({ rating: ratingSchema, reopened: { type: 'boolean' } }), ...errorResponses, 429: errorResponses[400] },
    },
  }, async (req, reply) => {
    limit(rateLimiter, req);
    // The browser's own random token; a browser without one gets a new one (it is the same for
    // every measure, but only per-measure hashes of it are kept).
    let token = req.cookies[RATER_COOKIE];
    if (!validRaterToken(token)) {
      token = newRaterToken();
      reply.setCookie(RATER_COOKIE, token, { path: '/api/portal/rectify', httpOnly: true, sameSite: 'strict', secure: ctx.config.secureCookies, maxAge: 400 * 86400 });
    }
    const result = await submitRating(db, guard, { measureId: (req.params as { id: string }).id, rating: (req.body as { rating: Rating }).rating, address: req.socket.remoteAddress ?? 'unknown', token });
    reply.code(201);
    return { rating: result.summary, reopened: result.reopened };
  });

  app.get('/api/portal/rectify/commitments', {
    config: pub,
    schema: {
      tags, summary: '公开承诺（某单位及其下级）', querystring: obj({ orgId: idParam }, ['orgId']),
      response: { 200: obj({ items: { type: 'array', items: obj({ id: str, unit: str, personName: str, personTitle: str, text: str, status: str }) } }), ...errorResponses },
    },
  }, async (req) => {
    const org = await getOrg(db, (req.query as { orgId: string }).orgId);
    const rows = await commitmentList(db, null, { campaignId: '', regionId: org.region_id, orgPath: org.path, published: true });
    const names = await namesOf(db, rows.map((r) => r.org_id));
    return { items: rows.map((c) => ({ id: c.id, unit: names.get(c.org_id) ?? '', personName: c.person_name, personTitle: c.person_title, text: c.text, status: c.status })) };
  });
}
