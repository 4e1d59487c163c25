import type { OpinionCategoryTable, OpinionTable } from '../../db/schema.js';
import { obj } from '../../http/schemas.js';
import { can } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { CATEGORIES } from '../opinions/model.js';

// What leaves the server about the triage queue and the organizations' own categories. Those who
// may handle an opinion read its verbatim text; everyone else reads it with personal data masked.

export interface QueueContext {
  /** Organization names (units and suggested units). */
  names: Map<string, string>;
  categories: Map<string, OpinionCategoryTable>;
  /** Members of each cluster the caller may read. */
  sizes: Map<string, number>;
}

function terms(json: string | null): string[] {
  try {
    const v: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function presentQueueItem(o: OpinionTable, actor: Actor, ctx: QueueContext) {
  const handle = can(actor, 'opinion', 'handle', o.org_path);
  const category = o.org_category_id ? ctx.categories.get(o.org_category_id) : undefined;
  const cluster = o.cluster_id ?? o.id;
  return {
    id: o.id,
    body: handle ? o.body : o.body_redacted,
    // (Only where something was masked: a tag on every row a reader sees said nothing.)
    masked: !handle && o.body_redacted !== o.body,
    channel: o.channel,
    unit: { id: o.org_id, name: ctx.names.get(o.org_id) ?? '' },
    receivedOn: o.received_on,
    status: o.status,
    anonymous: o.anonymous === 1,
    suggestion: o.suggested_category ? { wind: o.suggested_category, confidence: (o.suggestion_confidence ?? 0) / 100, terms: terms(o.suggestion_terms) } : null,
    wind: o.category,
    orgCategory: category ? { id: category.id, name: category.name, wind: category.wind } : null,
    suggestedUnit: o.suggested_org_id ? { id: o.suggested_org_id, name: ctx.names.get(o.suggested_org_id) ?? '' } : null,
    cluster: { id: cluster, size: ctx.sizes.get(cluster) ?? 1 },
    triagedBy: o.triaged_by,
    triagedAt: o.triaged_at,
    can: { handle },
  };
}

export function presentCategory(c: OpinionCategoryTable, actor: Actor, orgName: string, atOrgId: string | null) {
  return {
    id: c.id, name: c.name, wind: c.wind, position: c.position, active: c.active === 1,
    org: { id: c.org_id, name: orgName },
    inherited: atOrgId !== null && c.org_id !== atOrgId,
    can: { manage: can(actor, 'organization', 'manage', c.org_path) },
  };
}

const str = { type: 'string' };
const nullable = { type: ['string', 'null'] };
const ref = obj({ id: str, name: str });
const windOrNull = { type: ['string', 'null'], enum: [...CATEGORIES, null] };

export const queueItemSchema = obj({
  id: str, body: str, masked: { type: 'boolean' }, channel: str, unit: ref, receivedOn: str, status: str, anonymous: { type: 'boolean' },
  suggestion: { anyOf: [{ type: 'null' }, obj({ wind: str, confidence: { type: 'number' }, terms: { type: 'array', items: str } })] },
  wind: nullable,
  orgCategory: { anyOf: [{ type: 'null' }, obj({ id: str, name: str, wind: nullable })] },
  suggestedUnit: { anyOf: [{ type: 'null' }, ref] },
  cluster: obj({ id: str, size: { type: 'integer' } }),
  triagedBy: nullable, triagedAt: nullable,
  can: obj({ handle: { type: 'boolean' } }),
});

export const countsSchema = obj({
  untriaged: { type: 'integer' },
  bySuggested: obj(Object.fromEntries(CATEGORIES.map((c) => [c, { type: 'integer' }]))),
});

export const categorySchema = obj({
  id: str, name: str, wind: windOrNull, position: { type: 'integer' }, active: { type: 'boolean' }, org: ref, inherited: { type: 'boolean' },
  can: obj({ manage: { type: 'boolean' } }),
});
