import type { Actor } from '../authz/roles.js';
import { can } from '../authz/policy.js';
import type { OrgRow } from './queries.js';

// What the API says about an organization, with what the caller may do to it.
export function presentOrgNode(o: OrgRow & { child_count?: number }, actor: Actor) {
  return {
    id: o.id,
    code: o.code,
    name: o.name,
    type: o.type,
    level: o.level,
    active: o.active === 1,
    childCount: o.child_count ?? 0,
    aliases: JSON.parse(o.aliases) as string[],
    sortOrder: o.sort_order,
    can: { manage: can(actor, 'organization', 'manage', o.path) },
  };
}

export function presentOrgDetail(o: OrgRow & { child_count?: number }, actor: Actor) {
  return {
    ...presentOrgNode(o, actor),
    parentId: o.parent_id,
    path: o.path,
    createdAt: o.created_at,
    updatedAt: o.updated_at,
    deactivatedAt: o.deactivated_at,
  };
}

const can1 = { type: 'object', additionalProperties: false, required: ['manage'], properties: { manage: { type: 'boolean' } } } as const;

export const orgNodeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'code', 'name', 'type', 'level', 'active', 'childCount', 'aliases', 'sortOrder', 'can'],
  properties: {
    id: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, level: { type: 'string' },
    active: { type: 'boolean' }, childCount: { type: 'integer' }, aliases: { type: 'array', items: { type: 'string' } },
    sortOrder: { type: 'integer' }, can: can1, pathNames: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const orgDetailSchema = {
  ...orgNodeSchema,
  required: [...orgNodeSchema.required, 'parentId', 'path', 'createdAt', 'updatedAt', 'deactivatedAt'],
  properties: {
    ...orgNodeSchema.properties,
    parentId: { type: ['string', 'null'] }, path: { type: 'string' }, createdAt: { type: 'string' }, updatedAt: { type: 'string' },
    deactivatedAt: { type: ['string', 'null'] },
  },
} as const;
