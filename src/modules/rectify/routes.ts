import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../http/context.js';

// Problems, task books, measures, drives, rule review, commitments, exports.
export async function rectifyRoutes(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
