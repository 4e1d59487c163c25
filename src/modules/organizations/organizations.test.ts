import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../../../tests/support/databases.js';
import { smallTree } from '../../../tests/support/factories.js';
import { SYSTEM_ACTOR, verifyAudit } from '../audit/trail.js';
import { createOrg, moveOrg, setOrgActive, updateOrg } from './commands.js';
import { countSubtree, getOrg, listChildren, listSubtree, searchOrgs } from './queries.js';
import { AppError } from '../../shared/errors.js';

const ALL = { all: true, subtrees: [], exact: [] };

describe.each(databaseKinds)('organizations on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(kind);
  });
  afterAll(async () => t.drop());

  it('builds paths, depths and levels from the parent', async () => {
    const tree = await smallTree(t.db);
    expect(tree.city.path).toBe(`/${tree.city.id}/`);
    expect(tree.villageA.path).toBe(`${tree.townA.path}${tree.villageA.id}/`);
    expect([tree.city.level, tree.countyA.level, tree.townA.level, tree.villageA.level]).toEqual(['province', 'city', 'township', 'village']);
    expect(tree.villageA.depth).toBe(3);
    expect(tree.villageA.region_id).toBe(tree.city.id);
    expect(await countSubtree(t.db, tree.city)).toBe(7);
    expect(await countSubtree(t.db, tree.countyA)).toBe(3);
  });

  it('refuses duplicate codes and unknown parents', async () => {
    const tree = await smallTree(t.db);
    await expect(createOrg(t.db, SYSTEM_ACTOR, { parentId: tree.city.id, code: tree.countyA.code, name: '重复', type: 'party_committee' })).rejects.toMatchObject({ status: 409, code: 'org.code_taken' });
    await expect(createOrg(t.db, SYSTEM_ACTOR, { parentId: 'aaaaaaaaaa', code: 'NEW-1', name: '无上级', type: 'village' })).rejects.toMatchObject({ status: 400, code: 'org.parent_not_found' });
  });

  it('moves a subtree, rewriting every path below in one go, and refuses cycles', async () => {
    const tree = await smallTree(t.db);
    const result = await moveOrg(t.db, SYSTEM_ACTOR, tree.townA.id, tree.countyB.id);
    expect(result.moved).toBe(2);
    const village = await getOrg(t.db, tree.villageA.id);
    expect(village.path).toBe(`${tree.countyB.path}${tree.townA.id}/${tree.villageA.id}/`);
    expect(village.depth).toBe(3);
    expect((await getOrg(t.db, tree.townA.id)).parent_id).toBe(tree.countyB.id);
    expect(await countSubtree(t.db, tree.countyA)).toBe(1);
    expect(await countSubtree(t.db, tree.countyB)).toBe(5);

    await expect(moveOrg(t.db, SYSTEM_ACTOR, tree.countyB.id, tree.villageA.id)).rejects.toMatchObject({ code: 'org.move_cycle' });
    await expect(moveOrg(t.db, SYSTEM_ACTOR, tree.countyB.id, tree.countyB.id)).rejects.toMatchObject({ code: 'org.move_cycle' });
    await expect(moveOrg(t.db, SYSTEM_ACTOR, tree.city.id, tree.countyA.id)).rejects.toMatchObject({ code: 'org.move_root' });
    const other = await smallTree(t.db);
    await expect(moveOrg(t.db, SYSTEM_ACTOR, tree.townB.id, other.countyA.id)).rejects.toMatchObject({ code: 'org.move_region' });
    // A refused move leaves everything as it was.
    expect((await getOrg(t.db, tree.villageB.id)).path).toBe(tree.villageB.path);
  });

  it('deactivates a subtree with history kept, and reactivates one node', async () => {
    const tree = await smallTree(t.db);
    const { changed } = await setOrgActive(t.db, SYSTEM_ACTOR, tree.countyA.id, false);
    expect(changed).toBe(3);
    const village = await getOrg(t.db, tree.villageA.id);
    expect(village.active).toBe(0);
    expect(village.deactivated_at).not.toBeNull();
    expect(await countSubtree(t.db, tree.city)).toBe(4);
    expect(await countSubtree(t.db, tree.city, { includeInactive: true })).toBe(7);
    expect((await listChildren(t.db, tree.city.id)).map((c) => c.id)).toEqual([tree.countyB.id]);
    await expect(createOrg(t.db, SYSTEM_ACTOR, { parentId: tree.townA.id, code: `${tree.townA.code}-X`, name: '新村', type: 'village' })).rejects.toBeInstanceOf(AppError);
    await expect(setOrgActive(t.db, SYSTEM_ACTOR, tree.townA.id, true)).rejects.toMatchObject({ code: 'org.inactive_parent' });
    await setOrgActive(t.db, SYSTEM_ACTOR, tree.countyA.id, true);
    expect((await getOrg(t.db, tree.countyA.id)).active).toBe(1);
    expect((await getOrg(t.db, tree.townA.id)).active).toBe(0);
  });

  it('renames with aliases and finds by name, alias or code, in scope only', async () => {
    const tree = await smallTree(t.db);
    await updateOrg(t.db, SYSTEM_ACTOR, tree.townA.id, { name: '平江街道党工委', aliases: ['平江路', 'Pingjiang'] });
    expect((await searchOrgs(t.db, ALL, '平江路')).map((o) => o.id)).toContain(tree.townA.id);
    expect((await searchOrgs(t.db, ALL, 'pingjiang')).map((o) => o.id)).toContain(tree.townA.id);
    expect((await searchOrgs(t.db, ALL, tree.villageB.code)).map((o) => o.id)[0]).toBe(tree.villageB.id);
    const scopedToB = { all: false, subtrees: [tree.countyB.path], exact: [] };
    expect(await searchOrgs(t.db, scopedToB, '平江')).toEqual([]);
    // LIKE wildcards in the query are literal.
    expect(await searchOrgs(t.db, ALL, '%')).toEqual([]);
  });

  it('sorts siblings by order, then by pinyin', async () => {
    const tree = await smallTree(t.db);
    for (const [i, name] of ['长沙办', '安徽办', '北京办', '重庆办'].entries()) {
      await createOrg(t.db, SYSTEM_ACTOR, { parentId: tree.townB.id, code: `${tree.townB.code}-S${i}`, name, type: 'government_department' });
    }
    const names = (await listChildren(t.db, tree.townB.id)).map((c) => c.name);
    expect(names).toEqual(['安徽办', '北京办', '重庆办', '石桥村', '长沙办'].sort(new Intl.Collator('zh-CN').compare));
    expect(names[0]).toBe('安徽办');
  });

  it('lists a subtree page by page in path order', async () => {
    const tree = await smallTree(t.db);
    const first = await listSubtree(t.db, tree.city, { limit: 4 });
    const second = await listSubtree(t.db, tree.city, { limit: 4, after: first.at(-1)!.path });
    const all = [...first, ...second].map((o) => o.id);
    expect(new Set(all).size).toBe(7);
    expect(first[0].id).toBe(tree.city.id);
  });

  it('keeps the audit chain intact across all these writes', async () => {
    const result = await verifyAudit(t.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(20);
  });
});
