import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { createOrg } from '../../src/modules/organizations/commands.js';
import type { OrgRow } from '../../src/modules/organizations/queries.js';
import { createUser, grantRole } from '../../src/modules/people/commands.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import type { Role } from '../../src/modules/authz/roles.js';

// Small builders for tests: a region with two counties, each with a township and a village.
export interface SmallTree {
  city: OrgRow;
  countyA: OrgRow;
  countyB: OrgRow;
  townA: OrgRow;
  villageA: OrgRow;
  townB: OrgRow;
  villageB: OrgRow;
}

let n = 0;
export async function smallTree(db: Kysely<Database>, prefix = `T${++n}`): Promise<SmallTree> {
  const mk = (parentId: string | null, code: string, name: string, type: Parameters<typeof createOrg>[2]['type']) =>
    createOrg(db, SYSTEM_ACTOR, { parentId, code: `${prefix}-${code}`, name, type });
  const city = await mk(null, 'C', '江州市委', 'party_committee');
  const countyA = await mk(city.id, 'A', '东城区委', 'party_committee');
  const countyB = await mk(city.id, 'B', '西湖区委', 'party_committee');
  const townA = await mk(countyA.id, 'A1', '平江街道', 'township');
  const villageA = await mk(townA.id, 'A11', '桃花社区', 'village');
  const townB = await mk(countyB.id, 'B1', '青山镇', 'township');
  const villageB = await mk(townB.id, 'B11', '石桥村', 'village');
  return { city, countyA, countyB, townA, villageA, townB, villageB };
}

export const TEST_PASSWORD = 'Passw0rd!x';

export async function userWithRole(db: Kysely<Database>, role: Role, org: OrgRow, opts: { username?: string; supervisionGroupId?: string } = {}) {
  const username = opts.username ?? `${role}-${++n}`;
  const user = await createUser(db, SYSTEM_ACTOR, { username, name: `测试${role}`, orgId: org.id, password: TEST_PASSWORD });
  await grantRole(db, SYSTEM_ACTOR, user.id, { role, orgId: org.id, supervisionGroupId: opts.supervisionGroupId ?? null });
  return { ...user, password: TEST_PASSWORD };
}
