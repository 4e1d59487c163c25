import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, pgUrl, type TestDatabase } from '../support/databases.js';

// One set of migrations must leave SQLite and PostgreSQL with the same tables, columns
// (type class, nullability), primary keys and indexes. Runs wherever PostgreSQL is available
// (always in CI: tests/support/databases.ts refuses to run CI without it).

interface Shape {
  tables: Record<string, { columns: Record<string, string>; primaryKey: string[] }>;
  indexes: Record<string, string>;
}

const typeClass = (t: string) => {
  const v = t.toLowerCase();
  if (v.includes('int')) return 'integer';
  if (v === 'blob' || v === 'bytea') return 'binary';
  if (v.includes('text') || v.includes('char')) return 'text';
  return v;
};

async function sqliteShape(t: TestDatabase): Promise<Shape> {
  const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(t.db)).rows.map((r) => r.name);
  const shape: Shape = { tables: {}, indexes: {} };
  for (const table of tables) {
    const cols = (await sql<{ name: string; type: string; notnull: number; pk: number }>`select * from pragma_table_info(${table})`.execute(t.db)).rows;
    shape.tables[table] = {
      columns: Object.fromEntries(cols.map((c) => [c.name, `${typeClass(c.type)}${c.notnull || c.pk ? ' not null' : ''}`])),
      primaryKey: cols.filter((c) => c.pk).sort((a, b) => a.pk - b.pk).map((c) => c.name),
    };
    const idx = (await sql<{ name: string; unique: number; origin: string; partial: number }>`select * from pragma_index_list(${table})`.execute(t.db)).rows.filter((i) => i.origin === 'c');
    for (const i of idx) {
      const cols = (await sql<{ name: string; seqno: number }>`select * from pragma_index_info(${i.name})`.execute(t.db)).rows.sort((a, b) => a.seqno - b.seqno).map((c) => c.name);
      shape.indexes[i.name] = `${table}(${cols.join(',')})${i.unique ? ' unique' : ''}${i.partial ? ' partial' : ''}`;
    }
  }
  return shape;
}

async function postgresShape(t: TestDatabase): Promise<Shape> {
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.db)).rows[0].s;
  const cols = (await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>`
    select table_name, column_name, data_type, is_nullable from information_schema.columns
    where table_schema = ${schema} and table_name not like 'kysely_%'`.execute(t.db)).rows;
  const pks = (await sql<{ table_name: string; column_name: string; ordinal_position: number }>`
    select k.table_name, k.column_name, k.ordinal_position from information_schema.table_constraints c
    join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
    where c.constraint_type = 'PRIMARY KEY' and c.table_schema = ${schema}`.execute(t.db)).rows;
  const idx = (await sql<{ indexname: string; tablename: string; indexdef: string }>`
    select indexname, tablename, indexdef from pg_indexes where schemaname = ${schema} and indexname not like '%_pk' and indexname not like '%_pkey' and tablename not like 'kysely_%'`.execute(t.db)).rows;
  const shape: Shape = { tables: {}, indexes: {} };
  for (const c of cols) {
    shape.tables[c.table_name] ??= { columns: {}, primaryKey: [] };
    shape.tables[c.table_name].columns[c.column_name] = `${typeClass(c.data_type)}${c.is_nullable === 'NO' ? ' not null' : ''}`;
  }
  for (const p of pks.sort((a, b) => a.ordinal_position - b.ordinal_position)) shape.tables[p.table_name]?.primaryKey.push(p.column_name);
  for (const i of idx) {
    // (The column list after USING …; a partial index has its WHERE clause after it, in brackets of its own.)
    const columns = /USING \w+ \(([^)]*)\)/.exec(i.indexdef)![1].split(',').map((s) => s.trim().replace(/"/g, '').split(' ')[0]);
    shape.indexes[i.indexname] = `${i.tablename}(${columns.join(',')})${/UNIQUE/.test(i.indexdef) ? ' unique' : ''}${/ WHERE /.test(i.indexdef) ? ' partial' : ''}`;
  }
  return shape;
}

describe.skipIf(!pgUrl)('schema on SQLite and PostgreSQL (needs TEST_DATABASE_URL)', () => {
  let lite: TestDatabase;
  let pg: TestDatabase;
  beforeAll(async () => {
    [lite, pg] = await Promise.all([freshDatabase('sqlite'), freshDatabase('postgres')]);
  });
  afterAll(async () => Promise.all([lite.drop(), pg.drop()]));

  it('is the same on both databases', async () => {
    const [a, b] = await Promise.all([sqliteShape(lite), postgresShape(pg)]);
    expect(Object.keys(a.tables).length).toBeGreaterThanOrEqual(13);
    expect(Object.keys(a.tables).sort()).toEqual(Object.keys(b.tables).sort());
    for (const table of Object.keys(a.tables)) {
      expect({ table, ...b.tables[table] }).toEqual({ table, ...a.tables[table] });
    }
    expect(Object.keys(a.indexes).length).toBeGreaterThanOrEqual(12);
    expect(b.indexes).toEqual(a.indexes);
  });

  it('puts the region key first in the primary key of every table that grows with a region', async () => {
    const shape = await sqliteShape(lite);
    const regional = ['organizations', 'campaigns', 'campaign_exclusions', 'campaign_phases', 'campaign_actions', 'unit_items', 'supervision_groups', 'supervision_assignments', 'audit_log'];
    for (const table of regional) expect(shape.tables[table].primaryKey[0], table).toBe('region_id');
  });
});
