import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../src/modules/authz/roles.js';
import type { CampaignTable } from '../../../src/db/schema.js';
import type { OrgRow } from '../../../src/modules/organizations/queries.js';
import type { TestDatabase } from '../../support/databases.js';
import type { SmallTree } from '../../support/factories.js';
import type { TestApp } from '../../support/app.js';

// The permission matrix's vocabulary, shared by tests/api/permissions.test.ts and the feature
// files beside this one: each feature lists the cases for its own routes (and sets up its own
// fixtures), and the matrix checks that together they cover every registered route.

export type Side = 'inside' | 'outside';
export type Verdict = 'allowed' | 'denied';
/** both: allowed inside and outside; inside: allowed inside only; none: denied on both sides. */
export type Expect = 'both' | 'inside' | 'none';
export const B = 'both' as const;
export const I = 'inside' as const;
export const N = 'none' as const;

export interface Caller {
  role: Role;
  id: string;
  username: string;
  cookie: string;
}

export interface Case {
  route: string; // "METHOD /url" exactly as registered
  why?: string;
  inside(c: Caller): Promise<InjectOptions> | InjectOptions;
  outside(c: Caller): Promise<InjectOptions> | InjectOptions;
  /**
   * Maps a response to allowed/denied. Default: 403 → denied, 2xx → allowed, anything else is
   * reported as unexpected. List routes judge by whether the target shows up.
   */
  judge?(res: LightMyRequestResponse, side: Side, c: Caller): Promise<Verdict | string> | Verdict | string;
  expect: Record<Role, Expect>;
}

export const everyone = (e: Expect): Record<Role, Expect> => ({
  system_admin: e, campaign_office: e, leading_group_member: e, supervision_group_member: e, unit_liaison: e, leader: e, party_member: e,
});

/** Who holds what (see permissions.test.ts): office, leading group member and leader at countyA; liaison and member at villageA. */
export const officeOnly: Record<Role, Expect> = {
  system_admin: B, campaign_office: I, leading_group_member: N, supervision_group_member: N, unit_liaison: N, leader: N, party_member: N,
};
export const allReaders: Record<Role, Expect> = {
  system_admin: B, campaign_office: I, leading_group_member: I, supervision_group_member: I, unit_liaison: I, leader: I, party_member: I,
};
/** Read of a unit *above* the village: subtree/assigned readers yes, self-only roles no. */
export const subtreeReaders: Record<Role, Expect> = {
  system_admin: B, campaign_office: I, leading_group_member: I, supervision_group_member: I, unit_liaison: N, leader: I, party_member: N,
};
export const itemUpdaters: Record<Role, Expect> = {
  system_admin: B, campaign_office: I, leading_group_member: N, supervision_group_member: N, unit_liaison: I, leader: N, party_member: N,
};
export const opinionReaders: Record<Role, Expect> = { ...allReaders, party_member: N };

export const plain = (res: LightMyRequestResponse): Verdict | string => {
  if (res.statusCode === 403) return res.json().code === 'auth.forbidden' || res.json().code === 'role.grant_forbidden' ? 'denied' : `403 ${res.body}`;
  if (res.statusCode >= 200 && res.statusCode < 300) return 'allowed';
  return `unexpected ${res.statusCode} ${res.body}`;
};

/** For lists: a 403, or a 200 without the target, both mean denied. */
export const listed = (pick: (body: any) => string[], target: (side: Side) => string[]) => (res: LightMyRequestResponse, side: Side): Verdict | string => {
  if (res.statusCode === 403) return 'denied';
  if (res.statusCode !== 200) return `unexpected ${res.statusCode} ${res.body}`;
  const ids = pick(res.json());
  return target(side).some((x) => ids.includes(x)) ? 'allowed' : 'denied';
};

/**
 * What a feature's cases can use. Filled in by the matrix's beforeAll: read the fields inside
 * the case functions (at run time), never when building the list.
 */
export interface Matrix {
  kind: 'sqlite' | 'postgres';
  d: TestDatabase;
  app: TestApp;
  t: SmallTree;
  /** The city's campaign, in which countyA and countyB both take part. */
  campCity: CampaignTable;
  campA: CampaignTable;
  campB: CampaignTable;
  callers: Map<Role, Caller>;
  /** A fresh suffix for names and codes. */
  next(): string;
  /** A fresh client address, so public routes' rate limits never interfere. */
  client(): string;
  /** A new anonymous web opinion about the unit, in campCity. */
  freshOpinion(org: OrgRow): Promise<string>;
}

export interface CaseModule {
  /** Fixtures this feature's cases need; runs once after the matrix's own set-up. */
  setup?(m: Matrix): Promise<void>;
  cases(m: Matrix): Case[];
  /** Routes of this feature that need no session. */
  publicRoutes?: string[];
}
