import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { obj } from '../../http/schemas.js';
import type { Actor } from '../authz/roles.js';
import { getOrg } from '../organizations/queries.js';
import { taiwanScript } from '../../shared/i18n/taiwan.js';
import { canFigure } from './access.js';
import type { BulletinItemTable, IndicatorTable, ReportFormTable } from './schema.js';

// What leaves the server about indicators, report forms and bulletin items, with the response
// schemas that go with them and what the caller may do with each (the console never re-derives
// roles). Shared by routes.ts and routes-manage.ts.

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const bool = { type: 'boolean' } as const;

// zhTW and unitTW: the name and unit in Traditional characters, for the console in zh-TW.
export const indicatorSchema = obj({
  code: str, zh: str, zhTW: str, en: str, unit: str, unitTW: str, aggregation: str, source: str, numerator: nstr, denominator: nstr, own: bool, archived: bool,
  can: obj({ edit: bool, remove: bool, restore: bool }),
});

/** `manage`: whether the caller manages the campaign's catalogue (the office at its top).
 * zhTW/unitTW: characters only (taiwanScript), not the messages' Taiwan wording (taiwanWording): an indicator's
 * name is a campaign term (精简文件 is about official documents, 编发简报信息 keeps 信息) or an office's own
 * wording, which a vocabulary table written for the server's messages must not rewrite. */
export const presentIndicator = (i: IndicatorTable, manage: boolean) => {
  const own = i.campaign_id !== '';
  const archived = !!i.archived_at;
  return {
    code: i.code, zh: i.zh, zhTW: taiwanScript(i.zh), en: i.en, unit: i.unit, unitTW: taiwanScript(i.unit), aggregation: i.aggregation, source: i.source, numerator: i.numerator, denominator: i.denominator, own, archived,
    can: { edit: own && manage && !archived, remove: own && manage && !archived, restore: own && manage && archived },
  };
};

export const formSchema = obj({
  id: str, name: str, cycle: str, org: obj({ id: str, name: str }), indicators: { type: 'array', items: str }, archived: bool, reports: { type: 'integer' },
  can: obj({ edit: bool, remove: bool, restore: bool }),
});

export async function presentForm(db: Kysely<Database>, f: ReportFormTable, actor: Actor, reports: number) {
  const manage = canFigure(actor, 'manage', f.org_path);
  const archived = !!f.archived_at;
  return {
    id: f.id, name: f.name, cycle: f.cycle, org: { id: f.org_id, name: (await getOrg(db, f.org_id)).name }, indicators: JSON.parse(f.indicators) as string[], archived, reports,
    can: { edit: manage && !archived, remove: manage && !archived, restore: manage && archived },
  };
}

export const bulletinSchema = obj({
  id: str, org: obj({ id: str, name: str }), title: str, sentOn: str, sentTo: str, adopted: bool, adoptedBy: str, adoptedOn: nstr,
  can: obj({ adopt: bool, edit: bool, remove: bool }),
});

/**
 * Adoption is recorded by an office that manages the unit. The item itself is the reporting
 * unit's: it may correct or delete it while not adopted; once adopted (counted in the level
 * above's figures) only an office that manages the unit may.
 */
export const bulletinAction = (b: Pick<BulletinItemTable, 'adopted'>) => (Number(b.adopted) === 1 ? 'manage' : 'report') as 'manage' | 'report';

export async function presentBulletin(db: Kysely<Database>, b: BulletinItemTable, actor: Actor) {
  const own = canFigure(actor, bulletinAction(b), b.org_path);
  return {
    id: b.id, org: { id: b.org_id, name: (await getOrg(db, b.org_id)).name }, title: b.title, sentOn: b.sent_on, sentTo: b.sent_to, adopted: Number(b.adopted) === 1, adoptedBy: b.adopted_by, adoptedOn: b.adopted_on,
    can: { adopt: canFigure(actor, 'manage', b.org_path), edit: own, remove: own },
  };
}
