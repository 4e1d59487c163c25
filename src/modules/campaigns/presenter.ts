import type { Kysely } from 'kysely';
import type { CampaignTable, Database } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { can, scopeOf, overlaps } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { obj } from '../../http/schemas.js';
import { phaseOn } from './plan-template.js';
import { getCampaign } from './commands.js';
import { getOrg } from '../organizations/queries.js';
import { AppError } from '../../shared/errors.js';

export async function presentCampaignSummary(db: Kysely<Database>, actor: Actor, campaigns: CampaignTable[]) {
  if (!campaigns.length) return [];
  const orgs = await db.selectFrom('organizations').select(['id', 'name', 'path']).where('id', 'in', campaigns.map((c) => c.org_id)).execute();
  const phases = await db.selectFrom('campaign_phases').selectAll().where('campaign_id', 'in', campaigns.map((c) => c.id)).execute();
  const today = nowIso().slice(0, 10);
  return campaigns.map((c) => {
    const org = orgs.find((o) => o.id === c.org_id)!;
    return {
      id: c.id, name: c.name, batch: c.batch, startsOn: c.starts_on, endsOn: c.ends_on,
      org: { id: org.id, name: org.name },
      currentPhase: phaseOn(phases.filter((p) => p.campaign_id === c.id), today),
      can: { manage: can(actor, 'campaign', 'manage', org.path) },
    };
  });
}

/** Campaigns visible to the caller: those whose region overlaps the caller's reach. */
export function visible(actor: Actor, orgPath: string): boolean {
  return overlaps(scopeOf(actor, 'campaign', 'read'), orgPath);
}

/** Loads a campaign the caller may see, with its organization; 403 otherwise. Every campaign-scoped route starts here. */
export async function loadVisibleCampaign(db: Kysely<Database>, actor: Actor, id: string) {
  const campaign = await getCampaign(db, id);
  const top = await getOrg(db, campaign.org_id);
  if (!visible(actor, top.path)) throw new AppError(403, 'auth.forbidden');
  return { campaign, top };
}

export const campaignSummarySchema = obj({
  id: { type: 'string' }, name: { type: 'string' }, batch: { type: 'integer' }, startsOn: { type: 'string' }, endsOn: { type: 'string' },
  org: obj({ id: { type: 'string' }, name: { type: 'string' } }), currentPhase: { type: ['string', 'null'] },
  can: obj({ manage: { type: 'boolean' } }),
});

export const actionSchema = obj({ id: { type: 'string' }, title: { type: 'string' }, required: { type: 'boolean' }, dueOn: { type: ['string', 'null'] }, position: { type: 'integer' }, templateKey: { type: ['string', 'null'] } });

export const campaignDetailSchema = obj({
  ...campaignSummarySchema.properties,
  participatingCount: { type: 'integer' },
  exclusions: { type: 'array', items: obj({ id: { type: 'string' }, name: { type: 'string' } }) },
  phases: { type: 'array', items: obj({ phase: { type: 'string' }, startsOn: { type: 'string' }, endsOn: { type: 'string' }, actions: { type: 'array', items: actionSchema } }) },
  can: obj({ manage: { type: 'boolean' }, updateItems: { type: 'boolean' }, enterOpinions: { type: 'boolean' }, manageSolicitations: { type: 'boolean' } }),
});

const cellSchema = obj({ actionId: { type: 'string' }, done: { type: 'integer' }, inProgress: { type: 'integer' }, total: { type: 'integer' }, percent: { type: 'number' } });

export const matrixSchema = obj({
  org: obj({ id: { type: 'string' }, name: { type: 'string' } }),
  ancestors: { type: 'array', items: obj({ id: { type: 'string' }, name: { type: 'string' } }) },
  actions: { type: 'array', items: obj({ id: { type: 'string' }, title: { type: 'string' }, phase: { type: 'string' }, required: { type: 'boolean' } }) },
  rows: { type: 'array', items: obj({ org: obj({ id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, childCount: { type: 'integer' } }), units: { type: 'integer' }, cells: { type: 'array', items: cellSchema } }) },
  totals: { type: 'array', items: cellSchema },
});
