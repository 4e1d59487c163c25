import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../http/context.js';

// Indicators, report forms, roll-ups, dashboards, narrative reports, briefings and bulletins.
export async function figuresRoutes(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
