import { sql, type Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import type { Database } from '../src/db/schema.js';
import type { DbKind } from '../src/db/database.js';

// Query plans of the application's own queries: run a src function once on a Kysely that
// records every query it builds, then ask the database for the plan of each, with the
// parameters it really used. Nothing is re-typed here, so the plans cannot drift from src.

class CapturePlugin implements KyselyPlugin {
  readonly nodes: { node: RootOperationNode; queryId: PluginTransformQueryArgs['queryId'] }[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.push({ node: args.node, queryId: args.queryId });
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

export interface PlannedQuery {
  sql: string;
  parameters: unknown[];
  plan: string[];
}

export async function explainCalls(db: Kysely<Database>, kind: DbKind, fn: (db: Kysely<Database>) => Promise<unknown>): Promise<PlannedQuery[]> {
  const capture = new CapturePlugin();
  await fn(db.withPlugin(capture));
  const out: PlannedQuery[] = [];
  const seen = new Set<string>();
  for (const { node, queryId } of capture.nodes) {
    if (node.kind !== 'SelectQueryNode') continue;
    const compiled = db.getExecutor().compileQuery(node, queryId);
    if (seen.has(compiled.sql)) continue;
    seen.add(compiled.sql);
    const parameters = compiled.parameters.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
    const prefix = kind === 'postgres' ? 'explain (analyze, buffers, costs off) ' : 'explain query plan ';
    const res = await db.executeQuery<Record<string, unknown>>({ ...compiled, sql: prefix + compiled.sql, parameters });
    const plan = kind === 'postgres'
      ? res.rows.map((r) => String(r['QUERY PLAN']))
      : res.rows.map((r) => `${'  '.repeat(depthOf(res.rows, r))}${String(r.detail)}`);
    out.push({ sql: compiled.sql, parameters: compiled.parameters.map(shorten), plan });
  }
  return out;
}

function depthOf(rows: Record<string, unknown>[], row: Record<string, unknown>): number {
  let d = 0;
  let parent = row.parent;
  while (parent) {
    const p = rows.find((r) => r.id === parent);
    if (!p) break;
    d++;
    parent = p.parent;
  }
  return d;
}

function shorten(v: unknown): unknown {
  return typeof v === 'string' && v.length > 80 ? v.slice(0, 77) + '…' : v;
}

/** Table and index sizes, for context beside the plans. */
export async function storageSizes(db: Kysely<Database>, kind: DbKind): Promise<Record<string, number>> {
  if (kind === 'postgres') {
    const r = await sql<{ name: string; bytes: number }>`
      select c.relname as name, pg_total_relation_size(c.oid)::bigint as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r' order by 2 desc`.execute(db);
    return Object.fromEntries(r.rows.map((x) => [x.name, Number(x.bytes)]));
  }
  const r = await sql<{ n: number; s: number }>`select page_count as n, page_size as s from pragma_page_count(), pragma_page_size()`.execute(db);
  return { database_file: Number(r.rows[0]?.n ?? 0) * Number(r.rows[0]?.s ?? 0) };
}
