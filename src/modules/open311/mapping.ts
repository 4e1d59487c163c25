import type { OpinionEventTable, OpinionTable } from '../../db/schema.js';
import { chinaDay } from '../../shared/clock.js';
import type { Category } from '../opinions/model.js';
import { List, type Fields } from './xml.js';

// How Massline's words map onto GeoReport v2 (docs/open311.md has the table):
// jurisdiction = campaign, service = a four-winds category (or "other"), service request =
// an opinion received through the 'open311' channel, agency = the organization it concerns.

export const SPEC_URL = 'http://wiki.open311.org/GeoReport_v2';
/** Bumped whenever the service list or a service definition changes (discovery's changeset). */
export const CHANGESET = '2026-11-24T00:00:00+08:00';

export interface ServiceInfo {
  code: Category;
  name: string;
  description: string;
  keywords: string;
  group: string;
}

export const SERVICES: ServiceInfo[] = [
  {
    code: 'formalism', name: '形式主义', group: '四风',
    description: '文山会海、检查评比过多、重形式轻实效、重布置轻落实、形象工程等。(Formalism: endless documents and meetings, too many inspections and appraisals, form over substance, vanity projects.)',
    keywords: '形式主义, 文山会海, 检查评比, 形象工程, formalism',
  },
  {
    code: 'bureaucratism', name: '官僚主义', group: '四风',
    description: '门难进、脸难看、话难听、事难办，推诿扯皮、办事拖拉、脱离群众、独断专行等。(Bureaucratism: hard to reach, rude, buck-passing, slow service, detached from the people, arbitrary decisions.)',
    keywords: '官僚主义, 门难进, 脸难看, 推诿扯皮, bureaucratism',
  },
  {
    code: 'hedonism', name: '享乐主义', group: '四风',
    description: '精神懈怠、贪图安逸、不思进取、不敢担当、庸懒散等。(Hedonism: slack spirit, seeking comfort, no drive or responsibility, absenteeism.)',
    keywords: '享乐主义, 精神懈怠, 贪图安逸, 庸懒散, hedonism',
  },
  {
    code: 'extravagance', name: '奢靡之风', group: '四风',
    description: '公款吃喝送礼、公车私用、办公用房超标、铺张浪费、大操大办等。(Extravagance: banquets and gifts on public money, official cars misused, oversized offices, lavish events, waste.)',
    keywords: '奢靡之风, 公款吃喝, 公车私用, 办公用房, extravagance',
  },
  {
    code: 'other', name: '其他意见建议', group: '其他',
    description: '不属于“四风”的其他意见和建议。(Other opinions and suggestions that are not one of the four winds.)',
    keywords: '其他, 意见建议, other',
  },
];

export const SERVICE_CODES = SERVICES.map((s) => s.code);

export function findService(code: string): ServiceInfo | undefined {
  return SERVICES.find((s) => s.code === code);
}

/** A category staff cleared (null) or an unknown one reads as "other". */
export function serviceOf(category: string | null): ServiceInfo {
  return findService(category ?? '') ?? (findService('other') as ServiceInfo);
}

export function presentService(s: ServiceInfo): Fields {
  return { service_code: s.code, service_name: s.name, description: s.description, metadata: true, type: 'realtime', keywords: s.keywords, group: s.group };
}

/** The one attribute every service takes: which organization the opinion is about. */
export const ORG_CODE_ATTRIBUTE = 'org_code';

export function presentServiceDefinition(s: ServiceInfo): Fields {
  return {
    service_code: s.code,
    attributes: new List('attribute', [{
      variable: true,
      code: ORG_CODE_ATTRIBUTE,
      datatype: 'string',
      required: false,
      datatype_description: '单位代码，须在本次活动范围内；不填则为活动的牵头单位。(Organization code within the campaign; defaults to the campaign\'s top organization.)',
      order: 1,
      description: '意见所涉及的单位（党组织）代码。(Code of the organization the opinion is about.)',
    }]),
  };
}

// ---- status and times ----

const CLOSED_STATUSES = ['closed', 'merged'];
export type Open311Status = 'open' | 'closed';

export function open311Status(status: string): Open311Status {
  return CLOSED_STATUSES.includes(status) ? 'closed' : 'open';
}

/** The opinion statuses that read as closed; every other status reads as open. */
export const CLOSED_OPINION_STATUSES: readonly string[] = CLOSED_STATUSES;

const HOUR = 3_600_000;

/** A W3C datetime in China time: 2026-11-24T09:30:00+08:00 (seconds, no fraction). */
export function chinaDateTime(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().slice(0, 19) + '+08:00';
}

/** The instant a China calendar day starts. */
export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}

/** The next calendar day of a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  return chinaDay(new Date(dayStartMs(day) + 36 * HOUR));
}

/**
 * When the opinion was received: the exact time for named opinions; anonymous ones keep only
 * the day, which reads as that day's midnight in China.
 */
export function requestedMs(o: Pick<OpinionTable, 'received_on' | 'received_at'>): number {
  return o.received_at ? Date.parse(o.received_at) : dayStartMs(o.received_on);
}

function eventMs(e: Pick<OpinionEventTable, 'at' | 'on_day'>): number {
  return e.at ? Date.parse(e.at) : dayStartMs(e.on_day);
}

export interface RequestContext {
  orgName: string;
  /** The opinion's events in order (seq ascending). */
  events: Pick<OpinionEventTable, 'kind' | 'text' | 'at' | 'on_day' | 'seq'>[];
}

/** The latest office answer: a reply, or a status step that carried text. */
export function statusNotes(events: RequestContext['events']): string {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if ((e.kind === 'reply' || e.kind === 'status') && e.text.trim()) return e.text.trim();
  }
  return '';
}

/**
 * A service request as the public sees it. Built from whitelisted fields only: contact,
 * receipt, channel keys, entry and disclosure fields never leave, whatever the row holds.
 */
export function presentRequest(o: OpinionTable, ctx: RequestContext): Fields {
  const service = serviceOf(o.category);
  const requested = requestedMs(o);
  const updated = Math.max(requested, dayStartMs(o.updated_at_day), ...ctx.events.map(eventMs));
  return {
    service_request_id: o.id,
    status: open311Status(o.status),
    status_notes: statusNotes(ctx.events),
    service_name: service.name,
    service_code: service.code,
    description: o.body_redacted, // public: personal data masked
    agency_responsible: ctx.orgName,
    service_notice: '',
    requested_datetime: chinaDateTime(requested),
    updated_datetime: chinaDateTime(updated),
  };
}
