// The roles a person can hold, each at an organization. The public has no account.
export const ROLES = [
  'system_admin',
  'campaign_office',
  'leading_group_member',
  'supervision_group_member',
  'unit_liaison',
  'leader',
  'party_member',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** One role held by the caller, with the organization paths it reaches. */
export interface Grant {
  role: Role;
  orgId: string;
  orgPath: string;
  regionId: string;
  supervisionGroupId: string | null;
  /** For supervision group members: the paths of the units assigned to the group. */
  assignedPaths: string[];
}

export interface Actor {
  userId: string;
  username: string;
  name: string;
  orgId: string;
  locale: string;
  grants: Grant[];
}
