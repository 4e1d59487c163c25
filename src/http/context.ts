import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { DbKind } from '../db/database.js';
import type { ReadPool } from '../db/read-pool.js';
import type { TreeCache } from '../modules/organizations/tree-cache.js';
import { AppError } from '../shared/errors.js';
import type { Locale } from '../shared/i18n/messages.js';
import type { AuditActor } from '../modules/audit/trail.js';
import type { Actor } from '../modules/authz/roles.js';

// What every route module receives: the database, the read pool for heavy reads, config.
export interface AppContext {
  db: Kysely<Database>;
  dbKind: DbKind;
  pool: ReadPool;
  config: Config;
  /** The hierarchy as read so far, dropped whenever it changes (organizations/tree-cache.ts). */
  tree: TreeCache;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionExpired: boolean;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** Routes open to callers without a session (login, health, docs). */
    public?: boolean;
  }
}

/** The signed-in caller; routes not marked public never run without one (see app.ts). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError(401, req.sessionExpired ? 'auth.session_expired' : 'auth.required');
  return req.actor;
}

export function auditActor(actor: Actor): AuditActor {
  return { userId: actor.userId, name: actor.name };
}
