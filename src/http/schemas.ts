// JSON-schema building blocks shared by the routes. Every route declares its body, params,
// query and each response; Fastify validates input with them and serializes output through
// them, so a field not in a response schema never leaves the server.
import { VISIBLE_PATTERN } from '../shared/blank.js';

export const idParam = { type: 'string', pattern: '^[0-9a-v]{10}$' } as const;
export const dateString = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
/** At least one character a reader sees (shared/blank.ts): a text of U+200B alone was stored as a blank row. */
export const VISIBLE = VISIBLE_PATTERN;
export const nonEmpty = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: VISIBLE }) as const;

export const errorSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
} as const;

/** The 4xx answers every authenticated route may give. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
} as const;

export const okSchema = { type: 'object', properties: { ok: { type: 'boolean' } } } as const;

export function obj(properties: Record<string, unknown>, required: string[] = Object.keys(properties)) {
  return { type: 'object', additionalProperties: false, required, properties } as const;
}

export const canSchema = (...flags: string[]) => obj(Object.fromEntries(flags.map((f) => [f, { type: 'boolean' }])));
