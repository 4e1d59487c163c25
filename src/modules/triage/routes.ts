import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../http/context.js';

// The triage queue, clusters, the organization's own categories and backlog runs.
export async function triageRoutes(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
