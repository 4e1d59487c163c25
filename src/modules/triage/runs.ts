import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database, TriageRunTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { newId } from '../../shared/ids.js';
import { conflict } from '../../shared/errors.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { placeOpinion, suggestUnit } from './arrival.js';
import { analyse, finish, suggestionColumns, type Analysis } from './pipeline.js';
import { campaignModel } from './learned.js';
import { PREPARED_FROM, Preparers, sharedPreparers, type PrepareResult } from './preparers.js';

// A backlog run: the first pass again over a campaign's opinions under one unit — after the
// personal-data rules or the classifier improved, after the directory changed, or for opinions
// that arrived before triage existed. It refreshes what the machine decided (the masked text,
// the wind suggestion, the signature, the suggested unit) and places opinions that have no
// cluster yet; it never touches what staff decided (confirmed wind and category, merges,
// routing, status). It works in chunks, one transaction each, recording its progress, so a
// crash loses at most one chunk and the console shows how far it got.

const CHUNK = 500;
const MAX_ERRORS = 20;
interface Ahead {
  ids: string[];
  bodies: string[];
  ready: Promise<PrepareResult[]>;
}

export interface RunScope {
  regionId: string;
  campaignId: string;
  campaignPath: string;
  /** The unit whose subtree the run covers. */
  orgPath: string;
  /** Only the unit's own opinions, not its subtree's: a caller whose right there is the unit's alone (a unit liaison). */
  unitOnly?: boolean;
}

/** The opinions of the run's unit: its subtree, or the unit alone. */
function underUnit<Q extends SelectQueryBuilder<Database, 'opinions', any>>(q: Q, scope: RunScope): Q {
  return (scope.unitOnly ? q.where('org_path', '=', scope.orgPath) : q.where('org_path', 'like', `${scope.orgPath}%`)) as Q;
}

export async function startRun(db: Kysely<Database>, actor: AuditActor, scope: RunScope): Promise<TriageRunTable> {
  const total = Number((await underUnit(db.selectFrom('opinions').select((eb) => eb.fn.countAll().as('n'))
    .where('region_id', '=', scope.regionId).where('campaign_id', '=', scope.campaignId), scope).executeTakeFirstOrThrow()).n);
  const run: TriageRunTable = {
    region_id: scope.regionId, id: newId(), campaign_id: scope.campaignId, status: 'running', total, done: 0, failed: 0, errors: null,
    started_by: actor.userId ?? 'system', started_at: nowIso(), finished_at: null,
    org_id: scope.orgPath.split('/').at(-2) ?? null, // (a path's last segment is its unit's id)
  };
  try {
    await db.transaction().execute(async (trx) => {
      const running = await trx.selectFrom('triage_runs').select('id').where('region_id', '=', scope.regionId).where('campaign_id', '=', scope.campaignId).where('status', '=', 'running').executeTakeFirst();
      if (running) throw conflict('triage.run_running', { id: running.id });
      await trx.insertInto('triage_runs').values(run).execute();
      await recordAudit(trx, actor, { regionId: scope.regionId, action: 'triage.run', targetType: 'campaign', targetId: scope.campaignId, orgPath: scope.orgPath, after: { run: run.id, total } });
    });
  } catch (err) {
    // Two requests at once both passed the check: the partial unique index (migration 0009) refused the second.
    if (isUniqueViolation(err)) throw conflict('triage.run_running', { id: '' });
    throw err;
  }
  return run;
}

/** A unique index refused the row: SQLite's and PostgreSQL's codes. */
function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** Processes the run to its end (call without awaiting from a request; it records progress). */
export async function executeRun(
  db: Kysely<Database>, run: TriageRunTable, scope: RunScope, onProgress?: (done: number) => void,
  /** The preparers to use (null: none); by default the server's, from PREPARED_FROM opinions. */
  pool: Preparers | null = run.total >= PREPARED_FROM ? sharedPreparers() : null,
): Promise<TriageRunTable> {
  let after = '';
  let done = 0;
  let failed = 0;
  const errors: { id: string; message: string }[] = [];
  let ahead: Ahead | null = null;
  const scoped = () => underUnit(db.selectFrom('opinions')
    .where('region_id', '=', scope.regionId).where('campaign_id', '=', scope.campaignId), scope);
  /** The next chunk's texts, sent to the preparers while this chunk is written. */
  const prepareAfter = async (id: string): Promise<Ahead | null> => {
    if (!pool) return null;
    const next = await scoped().select(['id', 'body']).where('id', '>', id).orderBy('id').limit(CHUNK).execute();
    if (!next.length) return null;
    const bodies = next.map((r) => r.body);
    return { ids: next.map((r) => r.id), bodies, ready: pool.prepare(bodies) };
  };
  try {
    ahead = await prepareAfter('');
    for (;;) {
      const rows = await scoped().select(['id', 'body', 'org_id', 'cluster_id', 'region_id', 'campaign_id'])
        .where('id', '>', after).orderBy('id').limit(CHUNK).execute();
      if (!rows.length) break;
      // What the preparers made of this chunk: used for a row whose text is still the one sent
      // (an opinion that arrived or was edited since is analysed here).
      const prepared = new Map<string, { body: string; result: PrepareResult }>();
      if (ahead) {
        const results = await ahead.ready;
        for (let k = 0; k < ahead.ids.length; k++) prepared.set(ahead.ids[k], { body: ahead.bodies[k], result: results[k] });
      }
      ahead = await prepareAfter(rows[rows.length - 1].id);
      await db.transaction().execute(async (trx) => {
        const model = await campaignModel(trx, scope.regionId, scope.campaignId);
        for (const r of rows) {
          try {
            const a = analysed(r.body, prepared.get(r.id), model);
            // A placed opinion keeps the cluster its row has now, not the one read with the chunk: an
            // opinion placed earlier in the chunk may have joined its cluster to another (a bridge).
            const cluster = r.cluster_id ? null : await placeOpinion(trx, r.region_id, r.campaign_id, r.id, { sig: a.signature, terms: a.terms });
            const unit = await suggestUnit(trx, r.region_id, scope.campaignPath, r.org_id, a);
            await trx.updateTable('opinions').set({ ...suggestionColumns(a), ...(cluster ? { cluster_id: cluster } : {}), suggested_org_id: unit })
              .where('region_id', '=', r.region_id).where('id', '=', r.id).execute();
          } catch (err) {
            // One opinion's failure is reported and does not stop the run.
            failed++;
            if (errors.length < MAX_ERRORS) errors.push({ id: r.id, message: err instanceof Error ? err.message.slice(0, 200) : String(err) });
          }
          done++;
        }
        await trx.updateTable('triage_runs').set({ done, failed, errors: errors.length ? JSON.stringify(errors) : null })
          .where('region_id', '=', run.region_id).where('id', '=', run.id).execute();
      });
      onProgress?.(done);
      after = rows[rows.length - 1].id;
      await new Promise((r) => setImmediate(r)); // let requests in between chunks
    }
    const finished = { status: 'done', done, failed, errors: errors.length ? JSON.stringify(errors) : null, finished_at: nowIso() };
    await db.updateTable('triage_runs').set(finished).where('region_id', '=', run.region_id).where('id', '=', run.id).execute();
    return { ...run, ...finished, total: Math.max(run.total, done) };
  } catch (err) {
    errors.push({ id: '', message: err instanceof Error ? err.message.slice(0, 200) : String(err) });
    const finished = { status: 'failed', done, failed, errors: JSON.stringify(errors), finished_at: nowIso() };
    await db.updateTable('triage_runs').set(finished).where('region_id', '=', run.region_id).where('id', '=', run.id).execute().catch(() => {});
    return { ...run, ...finished };
  }
}

/** The first pass of one row: finished from what a preparer made of the same text, else here. */
function analysed(body: string, prepared: { body: string; result: PrepareResult } | undefined, model: Parameters<typeof analyse>[1]): Analysis {
  // (A row the preparer failed on is analysed here again: the error a run reports is this process's.)
  if (!prepared || prepared.body !== body || 'error' in prepared.result) return analyse(body, model);
  return finish(body, prepared.result, model);
}

/**
 * Runs left "running" by a process that stopped: marked failed at start-up (the work so far stands). `olderThanMs`:
 * only those started that long ago — where other live processes share the database (PostgreSQL), a run one of them
 * executes now must stay its campaign's one run; a million opinions take minutes, not an hour.
 */
export async function abandonStaleRuns(db: Kysely<Database>, olderThanMs = 0): Promise<void> {
  const before = new Date(Date.now() - olderThanMs).toISOString();
  await db.updateTable('triage_runs').set({ status: 'failed', finished_at: nowIso(), errors: JSON.stringify([{ id: '', message: 'interrupted: the server stopped during the run' }]) })
    .where('status', '=', 'running').where('started_at', '<=', before).execute();
}

export async function getRun(db: Kysely<Database>, id: string): Promise<TriageRunTable | undefined> {
  return db.selectFrom('triage_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listRuns(db: Kysely<Database>, regionId: string, campaignId: string): Promise<TriageRunTable[]> {
  return db.selectFrom('triage_runs').selectAll().where('region_id', '=', regionId).where('campaign_id', '=', campaignId).orderBy('started_at', 'desc').limit(20).execute();
}
