import type { Kysely } from 'kysely';
import type { Database, SupervisionGroupTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { badRequest, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import type { CampaignTable } from '../../db/schema.js';
import { getOrg } from '../organizations/queries.js';
import { invalidateActors } from '../people/sessions.js';

// Supervision groups (督导组): sent by one level to guide and check a set of units during a
// campaign. A member of a group reaches the assigned units and their subtrees (policy "assigned").

export async function getGroup(db: Kysely<Database>, id: string): Promise<SupervisionGroupTable> {
  const g = await db.selectFrom('supervision_groups').selectAll().where('id', '=', id).executeTakeFirst();
  if (!g) throw notFound('supervision.group_not_found', { id });
  return g;
}

export async function createGroup(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: { name: string; orgId: string; unitIds: string[] }) {
  const result = await db.transaction().execute(async (trx) => {
    const sender = await getOrg(trx, input.orgId);
    const group: SupervisionGroupTable = { region_id: campaign.region_id, id: newId(), campaign_id: campaign.id, org_id: sender.id, name: input.name, created_at: nowIso() };
    await trx.insertInto('supervision_groups').values(group).execute();
    const units = await assign(trx, group, sender.path, input.unitIds);
    await recordAudit(trx, actor, { regionId: group.region_id, action: 'supervision.create', targetType: 'supervision_group', targetId: group.id, orgPath: sender.path, after: { name: group.name, units } });
    return group;
  });
  invalidateActors();
  return result;
}

export async function setGroupUnits(db: Kysely<Database>, actor: AuditActor, groupId: string, unitIds: string[]) {
  const result = await db.transaction().execute(async (trx) => {
    const group = await getGroup(trx, groupId);
    const sender = await getOrg(trx, group.org_id);
    const before = await trx.selectFrom('supervision_assignments').select('org_id').where('region_id', '=', group.region_id).where('group_id', '=', group.id).execute();
    await trx.deleteFrom('supervision_assignments').where('region_id', '=', group.region_id).where('group_id', '=', group.id).execute();
    const units = await assign(trx, group, sender.path, unitIds);
    await recordAudit(trx, actor, { regionId: group.region_id, action: 'supervision.assign', targetType: 'supervision_group', targetId: group.id, orgPath: sender.path, before: { units: before.map((b) => b.org_id) }, after: { units } });
  });
  invalidateActors();
  return result;
}

export async function deleteGroup(db: Kysely<Database>, actor: AuditActor, groupId: string) {
  await db.transaction().execute(async (trx) => {
    const group = await getGroup(trx, groupId);
    await trx.deleteFrom('supervision_assignments').where('region_id', '=', group.region_id).where('group_id', '=', group.id).execute();
    await trx.deleteFrom('role_assignments').where('supervision_group_id', '=', group.id).execute();
    await trx.deleteFrom('supervision_groups').where('region_id', '=', group.region_id).where('id', '=', group.id).execute();
    await recordAudit(trx, actor, { regionId: group.region_id, action: 'supervision.delete', targetType: 'supervision_group', targetId: group.id, orgPath: (await getOrg(trx, group.org_id)).path, before: group });
  });
  invalidateActors();
}

async function assign(trx: Kysely<Database>, group: SupervisionGroupTable, senderPath: string, unitIds: string[]): Promise<string[]> {
  const ids = [...new Set(unitIds)];
  for (const id of ids) {
    const unit = await getOrg(trx, id);
    if (unit.region_id !== group.region_id || !unit.path.startsWith(senderPath) || unit.path === senderPath) throw badRequest('supervision.unit_outside', { id });
    await trx.insertInto('supervision_assignments').values({ region_id: group.region_id, group_id: group.id, org_id: unit.id, org_path: unit.path }).execute();
  }
  return ids;
}
