import type { OpinionCategoryTable, OpinionTable } from '../../db/schema.js';
import { obj } from '../../http/schemas.js';
import { can } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { CATEGORIES } from '../opinions/model.js';
import { foldToSimplified } from './normalize.js';

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

/**
 * The forms the suggestion's terms take in the text shown, where they differ (證明 for the term 证明 in a Traditional text):
 * the terms are read off the normalized text, and the console marks the text as written (review: a Traditional opinion had
 * only 窗口 marked). foldToSimplified keeps every position, so a term found in the folded text is the same span of the shown.
 */
export function termForms(body: string, terms: readonly string[]): string[] {
  const folded = foldToSimplified(body);
  if (folded === body) return [];
  const out = new Set<string>();
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      const form = body.slice(at, at + term.length);
      if (form !== term) out.add(form);
    }
  }
  return [...out];
}

/** The script of a text shown, for its lang attribute (a screen reader's voice, the font's forms): Traditional where any
 * character folds to another. */
const langOf = (body: string): 'zh-Hant' | 'zh-Hans' => (foldToSimplified(body) === body ? 'zh-Hans' : 'zh-Hant');

export function presentQueueItem(o: OpinionTable, actor: Actor, ctx: QueueContext) {
  const handle = can(actor, 'opinion', 'handle', o.org_path);
  const category = o.org_category_id ? ctx.categories.get(o.org_category_id) : undefined;
  const cluster = o.cluster_id ?? o.id;
  const body = handle ? o.body : o.body_redacted;
  const suggested = terms(o.suggestion_terms);
  return {
    id: o.id,
    body,
    lang: langOf(body),
    // (Only where something was masked: a tag on every row a reader sees said nothing.)
    masked: !handle && o.body_redacted !== o.body,
    channel: o.channel,
    unit: { id: o.org_id, name: ctx.names.get(o.org_id) ?? '' },
    receivedOn: o.received_on,
    status: o.status,
    anonymous: o.anonymous === 1,
    suggestion: o.suggested_category ? { wind: o.suggested_category, confidence: (o.suggestion_confidence ?? 0) / 100, terms: suggested, marks: termForms(body, suggested) } : null,
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
  id: str, body: str, lang: { type: 'string', enum: ['zh-Hans', 'zh-Hant'] }, masked: { type: 'boolean' }, channel: str, unit: ref, receivedOn: str, status: str, anonymous: { type: 'boolean' },
  // `marks`: the terms' forms in the text as shown, where they differ from the terms (Traditional script).
  suggestion: { anyOf: [{ type: 'null' }, obj({ wind: str, confidence: { type: 'number' }, terms: { type: 'array', items: str }, marks: { type: 'array', items: str } })] },
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
