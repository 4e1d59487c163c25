import { moveRollups } from '../figures/facts.js';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { AppError, badRequest, conflict } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { subtreeEnd } from '../authz/policy.js';
import { deriveLevel, searchTextOf, type Level, type OrgType } from './model.js';
import { findOrgByCode, getOrg, type OrgRow } from './queries.js';
import { invalidateActors } from '../people/sessions.js';
import { bumpTreeVersion } from './tree-cache.js';
import { forgetIndexes } from '../triage/arrival.js';

// Writes to the hierarchy. Each command runs in one transaction with its audit entry, so a
// failure leaves nothing half-written. Permission checks happen in the routes, before these.

export interface CreateOrgInput {
  parentId: string | null;
  code: string;
  name: string;
  type: OrgType;
  aliases?: string[];
  sortOrder?: number;
  level?: Level;
}

/** Columns of a new organization row, derived from its parent. Shared with bulk import. */
export function newOrgRow(input: CreateOrgInput, parent: Pick<OrgRow, 'id' | 'region_id' | 'path' | 'depth' | 'level'> | null, at: string): OrgRow {
  const id = newId();
  const aliases = input.aliases ?? [];
  return {
    region_id: parent ? parent.region_id : id,
    id,
    parent_id: parent ? parent.id : null,
    path: (parent ? parent.path : '/') + id + '/',
    depth: parent ? parent.depth + 1 : 0,
    level: input.level ?? deriveLevel(input.type, parent ? (parent.level as Level) : null),
    type: input.type,
    code: input.code,
    name: input.name,
    aliases: JSON.stringify(aliases),
    search_text: searchTextOf(input.name, aliases, input.code),
    sort_order: input.sortOrder ?? 0,
    active: 1,
    created_at: at,
    updated_at: at,
    deactivated_at: null,
  };
}

export async function createOrg(db: Kysely<Database>, actor: AuditActor, input: CreateOrgInput): Promise<OrgRow> {
  return db.transaction().execute(async (trx) => {
    const parent = input.parentId ? await getOrg(trx, input.parentId).catch(() => {
      throw badRequest('org.parent_not_found', { parent: input.parentId });
    }) : null;
    if (parent && !parent.active) throw badRequest('org.inactive_parent');
    if (await findOrgByCode(trx, input.code)) throw conflict('org.code_taken', { code: input.code });
    const row = newOrgRow(input, parent, nowIso());
    await trx.insertInto('organizations').values(row).execute();
    await bumpTreeVersion(trx);
    await recordAudit(trx, actor, { regionId: row.region_id, action: 'org.create', targetType: 'organization', targetId: row.id, orgPath: row.path, after: publicFields(row) });
    return row;
  });
}

export interface UpdateOrgInput {
  name?: string;
  code?: string;
  type?: OrgType;
  aliases?: string[];
  sortOrder?: number;
}

export async function updateOrg(db: Kysely<Database>, actor: AuditActor, id: string, input: UpdateOrgInput): Promise<OrgRow> {
  return db.transaction().execute(async (trx) => {
    const before = await getOrg(trx, id);
    if (input.code !== undefined && input.code !== before.code && (await findOrgByCode(trx, input.code))) {
      throw conflict('org.code_taken', { code: input.code });
    }
    const name = input.name ?? before.name;
    const code = input.code ?? before.code;
    const aliases = input.aliases ?? (JSON.parse(before.aliases) as string[]);
    const patch = {
      name,
      code,
      type: input.type ?? before.type,
      aliases: JSON.stringify(aliases),
      search_text: searchTextOf(name, aliases, code),
      sort_order: input.sortOrder ?? before.sort_order,
      updated_at: nowIso(),
    };
    await trx.updateTable('organizations').set(patch).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    await bumpTreeVersion(trx);
    const after = { ...before, ...patch };
    await recordAudit(trx, actor, { regionId: before.region_id, action: 'org.update', targetType: 'organization', targetId: id, orgPath: before.path, before: publicFields(before), after: publicFields(after) });
    return after;
  });
}

/** Tables and columns holding a path of the hierarchy, rewritten when a subtree moves. */
export const PLACED_ROWS: [string, string][] = [
  ['unit_items', 'org_path'], ['role_assignments', 'org_path'], ['supervision_assignments', 'org_path'],
  ['solicitations', 'org_path'], ['symposiums', 'org_path'], ['opinions', 'org_path'], ['opinion_categories', 'org_path'],
  ['rectify_plans', 'org_path'], ['rectify_problems', 'org_path'], ['rectify_measures', 'org_path'], ['rectify_measures', 'owner_org_path'],
  ['rectify_disclosures', 'org_path'], ['rectify_drives', 'org_path'], ['rectify_drive_entries', 'org_path'], ['rectify_rules', 'org_path'],
  ['rectify_commitments', 'org_path'],
  ['indicator_facts', 'org_path'], ['indicator_baselines', 'org_path'], ['report_forms', 'org_path'], ['figure_reports', 'org_path'], ['narratives', 'org_path'], ['bulletin_items', 'org_path'],
];

/**
 * Moves an organization and its whole subtree under a new parent: every path below is
 * rewritten by one range UPDATE per table, in one transaction. Moving under itself or a
 * descendant is refused, as is leaving the region (the distribution key of every row below).
 */
export async function moveOrg(db: Kysely<Database>, actor: AuditActor, id: string, newParentId: string): Promise<{ org: OrgRow; moved: number }> {
  const result = await db.transaction().execute(async (trx) => {
    const org = await getOrg(trx, id);
    if (!org.parent_id) throw badRequest('org.move_root');
    const parent = await getOrg(trx, newParentId).catch(() => {
      throw badRequest('org.parent_not_found', { parent: newParentId });
    });
    if (parent.path.startsWith(org.path)) throw badRequest('org.move_cycle');
    if (parent.region_id !== org.region_id) throw badRequest('org.move_region');
    if (!parent.active) throw badRequest('org.inactive_parent');
    if (parent.id === org.parent_id) return { org, moved: 0 };

    const oldPrefix = org.path;
    const newPrefix = parent.path + org.id + '/';
    const depthDelta = parent.depth + 1 - org.depth;
    const cut = oldPrefix.length + 1; // substr is 1-based
    const inSubtree = <T extends { where: any }>(q: T, column: string): T =>
      (q as any).where('region_id', '=', org.region_id).where(column, '>=', oldPrefix).where(column, '<', subtreeEnd(oldPrefix));

    const result = await inSubtree(
      trx.updateTable('organizations').set({
        path: sql<string>`${newPrefix} || substr(path, ${cut})`,
        depth: sql<number>`depth + ${depthDelta}`,
        updated_at: nowIso(),
      }),
      'path',
    ).executeTakeFirst();
    await trx.updateTable('organizations').set({ parent_id: parent.id }).where('region_id', '=', org.region_id).where('id', '=', org.id).execute();
    await bumpTreeVersion(trx);
    // Every row placed in the hierarchy follows it (the audit log keeps the path it was written
    // with: it is history, and hash-chained).
    for (const [table, column] of PLACED_ROWS) {
      await inSubtree((trx as Kysely<any>).updateTable(table).set({ [column]: sql<string>`${newPrefix} || substr(${sql.ref(column)}, ${cut})` }), column).execute();
    }
    await moveRollups(trx, org.region_id, org.id, oldPrefix, newPrefix); // figures: roll-ups follow the subtree
    const moved = Number(result.numUpdatedRows);
    await recordAudit(trx, actor, {
      regionId: org.region_id, action: 'org.move', targetType: 'organization', targetId: org.id, orgPath: newPrefix,
      before: { parentId: org.parent_id, path: oldPrefix }, after: { parentId: parent.id, path: newPrefix, moved },
    });
    return { org: await getOrg(trx, id), moved };
  });
  invalidateActors();
  // Opinions' paths moved with their units: loaded duplicate indexes hold the old ones (duplicates.ts SCOPE), and reload.
  forgetIndexes();
  return result;
}

/** Deactivates an organization and everything below it; rows stay, with the date, for history. */
export async function setOrgActive(db: Kysely<Database>, actor: AuditActor, id: string, active: boolean): Promise<{ org: OrgRow; changed: number }> {
  return db.transaction().execute(async (trx) => {
    const org = await getOrg(trx, id);
    if (active && org.parent_id) {
      const parent = await getOrg(trx, org.parent_id);
      if (!parent.active) throw new AppError(400, 'org.inactive_parent');
    }
    const at = nowIso();
    let q = trx
      .updateTable('organizations')
      .set({ active: active ? 1 : 0, deactivated_at: active ? null : at, updated_at: at })
      .where('region_id', '=', org.region_id)
      .where('active', '=', active ? 0 : 1);
    // Deactivation covers the subtree; reactivation brings back only this node.
    q = active ? q.where('id', '=', org.id) : q.where('path', '>=', org.path).where('path', '<', subtreeEnd(org.path));
    const res = await q.executeTakeFirst();
    const changed = Number(res.numUpdatedRows);
    await bumpTreeVersion(trx);
    await recordAudit(trx, actor, {
      regionId: org.region_id, action: active ? 'org.reactivate' : 'org.deactivate', targetType: 'organization', targetId: org.id,
      orgPath: org.path, before: { active: org.active }, after: { active: active ? 1 : 0, changed },
    });
    return { org: await getOrg(trx, id), changed };
  });
}

export function publicFields(o: OrgRow) {
  return { id: o.id, parentId: o.parent_id, code: o.code, name: o.name, type: o.type, level: o.level, aliases: JSON.parse(o.aliases) as string[], sortOrder: o.sort_order, active: o.active === 1 };
}
