import type { Kysely } from 'kysely';

// The unit a backlog run covered (its subtree), so that the run history can say so: a district's
// run and the city's look alike otherwise. Runs recorded before have it from their audit entry
// ('triage.run', whose org_path is the unit's path when the run started; the path's last
// segment is the unit's id, which a later move of the unit does not change). Left null where no
// entry says (the console then names no unit).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('triage_runs').addColumn('org_id', 'text').execute();
  await backfillRunOrgs(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('triage_runs').dropColumn('org_id').execute();
}

/** Sets org_id of the runs without one from their audit entries (region by region: the audit log's index is (region_id, action)). */
export async function backfillRunOrgs(db: Kysely<any>): Promise<number> {
  let set = 0;
  const regions = (await db.selectFrom('triage_runs').select('region_id').where('org_id', 'is', null).distinct().execute()) as { region_id: string }[];
  for (const { region_id: regionId } of regions) {
    const entries = (await db.selectFrom('audit_log').select(['org_path', 'after_json'])
      .where('region_id', '=', regionId).where('action', '=', 'triage.run').execute()) as { org_path: string | null; after_json: string | null }[];
    for (const e of entries) {
      const runId = runOf(e.after_json);
      const orgId = e.org_path?.split('/').at(-2);
      if (!runId || !orgId) continue;
      const r = await db.updateTable('triage_runs').set({ org_id: orgId })
        .where('region_id', '=', regionId).where('id', '=', runId).where('org_id', 'is', null).executeTakeFirst();
      set += Number(r.numUpdatedRows);
    }
  }
  return set;
}

function runOf(json: string | null): string | null {
  try {
    const run = json ? (JSON.parse(json) as { run?: unknown }).run : null;
    return typeof run === 'string' ? run : null;
  } catch {
    return null;
  }
}
