import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database, TriageRunTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { newId } from '../../shared/ids.js';
import { conflict } from '../../shared/errors.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { placeOpinion, suggestUnit } from './arrival.js';
import { analyse, finish, suggestionColumns, type Analysis } from './pipeline.js';
import { campaignModel } from './learned.js';
import { BATCH, PREPARED_FROM, Preparers, sharedPreparers, type PrepareResult } from './preparers.js';

// A backlog run: the first pass again over a campaign's opinions under one unit — after the
// personal-data rules or the classifier improved, after the directory changed, or for opinions
// that arrived before triage existed. It refreshes what the machine decided (the masked text,
// the wind suggestion, the signature, the suggested unit) and places opinions that have no
// cluster yet; it never touches what staff decided (confirmed wind and category, merges,
// routing, status). It works in chunks, one transaction each (or several, for a slow chunk), recording its
// progress and a heartbeat, so a crash loses at most one chunk, the console shows how far it got, and a run
// whose process stopped is known by its silence (RUN_STALE_AFTER_MS) and no longer holds its campaign.

const CHUNK = 500;
const MAX_ERRORS = 20;

/**
 * How often the executing process writes a run's heartbeat (heartbeat_at): with each progress update, and a chunk's
 * transaction is committed early once this long has passed since the last one, so that a slow chunk beats too.
 */
export const RUN_HEARTBEAT_MS = 10_000;
/**
 * A running run whose heartbeat is older than this is a stopped process's: marked failed (abandonStaleRuns). Twelve
 * heartbeats: a live run misses that many only if its process stalls for minutes — a one-off wait such as a preparer
 * batch given up after a minute (preparers.ts), a long GC pause or a slow commit stays under it — and processes
 * sharing a PostgreSQL database each write with their own clock, a few seconds apart at most. A longer bound keeps a
 * crashed run's campaign taken (and the console showing a frozen run) longer; taking a live run for dead lets a
 * second one start beside it (its next write then finds it no longer running, and it stops: executeRun).
 */
export const RUN_STALE_AFTER_MS = 2 * 60_000;
/**
 * A running row without a heartbeat was written by a version that wrote none (a process sharing the database, not yet
 * upgraded): judged as that version did, by its start an hour ago.
 */
const UNBEATING_STALE_AFTER_MS = 60 * 60_000;
const INTERRUPTED = JSON.stringify([{ id: '', message: 'interrupted: the server stopped during the run' }]);

/** The run was marked failed by another process (its heartbeat looked stale): this one stops without writing. */
class RunAbandoned extends Error {}

interface Ahead {
  ids: string[];
  bodies: string[];
  ready: Promise<PrepareResult[]>;
  /** Set when the preparers' answer is in (read off the channel and settled). */
  back: boolean;
}

/**
 * How many of the next chunk's texts to send the preparers, from how many went with this one and whether their
 * answer was back when this process wanted it: a batch fewer when it was not (placing outran preparing), a batch more
 * when it was, between one batch and the whole chunk.
 */
export function nextShare(sent: number, wasBack: boolean): number {
  return wasBack ? Math.min(CHUNK, sent + BATCH) : Math.max(BATCH, sent - BATCH);
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
  const startedAt = nowIso();
  const run: TriageRunTable = {
    region_id: scope.regionId, id: newId(), campaign_id: scope.campaignId, status: 'running', total, done: 0, failed: 0, errors: null,
    started_by: actor.userId ?? 'system', started_at: startedAt, finished_at: null,
    org_id: scope.orgPath.split('/').at(-2) ?? null, // (a path's last segment is its unit's id)
    heartbeat_at: startedAt,
  };
  try {
    await db.transaction().execute(async (trx) => {
      // A run whose process stopped no longer holds the campaign: failed first, so that a start after a crash is not
      // refused. (Two starts at once may both do so; the unique index still lets one of their runs in.)
      await abandonStaleRuns(trx, RUN_STALE_AFTER_MS, { regionId: scope.regionId, campaignId: scope.campaignId });
      const running = await trx.selectFrom('triage_runs').select('id').where('region_id', '=', scope.regionId).where('campaign_id', '=', scope.campaignId).where('status', '=', 'running').executeTakeFirst();
      if (running) throw conflict('triage.run_running', { id: running.id });
      // Stamped as it goes in, not when the request came: a start that waited for another run's transaction (or the
      // count above, on a busy machine) would otherwise read as begun before that run ended.
      run.started_at = run.heartbeat_at = nowIso();
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
  db: Kysely<Database>, run: TriageRunTable, scope: RunScope, onProgress?: (done: number) => void | Promise<void>,
  /** The preparers to use (null: none); by default the server's, from PREPARED_FROM opinions. */
  pool: Preparers | null = run.total >= PREPARED_FROM ? sharedPreparers() : null,
  /** The clock of the heartbeat and the timestamps written (ms since the epoch; tests pass one that runs fast). */
  now: () => number = Date.now,
): Promise<TriageRunTable> {
  let after = '';
  let done = 0;
  let failed = 0;
  const errors: { id: string; message: string }[] = [];
  let ahead: Ahead | null = null;
  const iso = () => new Date(now()).toISOString();
  const thisRun = (q: Kysely<Database> = db) => q.updateTable('triage_runs').where('region_id', '=', run.region_id).where('id', '=', run.id).where('status', '=', 'running');
  // The heartbeat: written with each progress update (below), and between them by this timer, should a wait outside
  // them run long (the preparers' answer, the first load of a campaign's index). Every write finds the run still
  // running, or another process took it for dead and marked it failed: the run then stops.
  let lastBeat = now();
  let abandoned = false;
  let beating = false;
  const timer = setInterval(() => {
    if (beating || now() - lastBeat < RUN_HEARTBEAT_MS) return;
    beating = true;
    const at = now();
    thisRun().set({ heartbeat_at: new Date(at).toISOString() }).executeTakeFirst()
      .then((r) => { if (Number(r.numUpdatedRows)) lastBeat = Math.max(lastBeat, at); else abandoned = true; })
      .catch(() => {}) // (the next progress update tries again)
      .finally(() => { beating = false; });
  }, RUN_HEARTBEAT_MS);
  timer.unref();
  const scoped = () => underUnit(db.selectFrom('opinions')
    .where('region_id', '=', scope.regionId).where('campaign_id', '=', scope.campaignId), scope);
  // How many of a chunk's texts go to the preparers; this process analyses the rest itself as it places them. The
  // whole chunk at first; a batch fewer each time this process had to wait for the preparers' answer (placing
  // outran preparing: a machine whose database writes are quick), a batch more each time it was there in time. Who
  // prepares a text does not change what it gets: the same rows in the same order, either way.
  let toPreparers = CHUNK;
  /** The next chunk's texts (the first toPreparers of them), sent to the preparers while this chunk is written. */
  const prepareAfter = async (id: string): Promise<Ahead | null> => {
    if (!pool) return null;
    const next = await scoped().select(['id', 'body']).where('id', '>', id).orderBy('id').limit(toPreparers).execute();
    if (!next.length) return null;
    const bodies = next.map((r) => r.body);
    const a: Ahead = { ids: next.map((r) => r.id), bodies, ready: pool.prepare(bodies), back: false };
    void a.ready.then(() => (a.back = true));
    return a;
  };
  try {
    ahead = await prepareAfter('');
    for (;;) {
      const rows = await scoped().select(['id', 'body', 'org_id', 'org_path', 'cluster_id', 'region_id', 'campaign_id', 'routed_at'])
        .where('id', '>', after).orderBy('id').limit(CHUNK).execute();
      if (!rows.length) break;
      // What the preparers made of this chunk: used for a row whose text is still the one sent
      // (an opinion that arrived or was edited since is analysed here).
      const prepared = new Map<string, { body: string; result: PrepareResult }>();
      if (ahead) {
        // (One turn of the event loop first: an answer that arrived while this chunk was written is read off the
        // channel and counts as in time. Timing the await instead counted other work the loop ran meanwhile.)
        await new Promise((r) => setImmediate(r));
        toPreparers = nextShare(toPreparers, ahead.back);
        const results = await ahead.ready;
        for (let k = 0; k < ahead.ids.length; k++) prepared.set(ahead.ids[k], { body: ahead.bodies[k], result: results[k] });
      }
      ahead = await prepareAfter(rows[rows.length - 1].id);
      // The chunk in one transaction, or in several when it is slow: each ends once a heartbeat is due, with the
      // progress update (no write per opinion, and committed, as a heartbeat must be to be seen).
      for (let i = 0; i < rows.length;) {
        if (abandoned) throw new RunAbandoned();
        let n = i;
        let nFailed = 0;
        const nErrors: { id: string; message: string }[] = [];
        const at = await db.transaction().execute(async (trx) => {
          const model = await campaignModel(trx, scope.regionId, scope.campaignId);
          do {
            const r = rows[n++];
            try {
              const a = analysed(r.body, prepared.get(r.id), model);
              // A placed opinion keeps the cluster its row has now, not the one read with the chunk: an
              // opinion placed earlier in the chunk may have joined its cluster to another (a bridge).
              const cluster = r.cluster_id ? null : await placeOpinion(trx, r.region_id, r.campaign_id, r.id, { sig: a.signature, terms: a.terms }, undefined, r.org_path);
              // (A unit staff routed it to stands: the run suggests no other, commands.ts.)
              const unit = r.routed_at ? r.org_id : await suggestUnit(trx, r.region_id, scope.campaignPath, r.org_id, a);
              await trx.updateTable('opinions').set({ ...suggestionColumns(a), ...(cluster ? { cluster_id: cluster } : {}), suggested_org_id: unit })
                .where('region_id', '=', r.region_id).where('id', '=', r.id).execute();
            } catch (err) {
              // One opinion's failure is reported and does not stop the run.
              nFailed++;
              if (errors.length + nErrors.length < MAX_ERRORS) nErrors.push({ id: r.id, message: err instanceof Error ? err.message.slice(0, 200) : String(err) });
            }
          } while (n < rows.length && now() - lastBeat < RUN_HEARTBEAT_MS);
          const beat = now();
          const all = errors.concat(nErrors);
          const updated = await thisRun(trx).set({ done: done + n - i, failed: failed + nFailed, errors: all.length ? JSON.stringify(all) : null, heartbeat_at: new Date(beat).toISOString() })
            .executeTakeFirst();
          // Abandoned meanwhile: this part of the chunk is undone with the transaction, the run's record left as it is.
          if (!Number(updated.numUpdatedRows)) throw new RunAbandoned();
          return beat;
        });
        lastBeat = Math.max(lastBeat, at);
        done += n - i;
        failed += nFailed;
        errors.push(...nErrors);
        i = n;
        after = rows[i - 1].id;
        await onProgress?.(done);
        await new Promise((r) => setImmediate(r)); // let requests in between chunks
      }
    }
    const at = iso();
    const finished = { status: 'done', done, failed, errors: errors.length ? JSON.stringify(errors) : null, finished_at: at, heartbeat_at: at };
    if (!Number((await thisRun().set(finished).executeTakeFirst()).numUpdatedRows)) throw new RunAbandoned();
    return { ...run, ...finished, total: Math.max(run.total, done) };
  } catch (err) {
    // Another process marked the run failed (interrupted), or staff cancelled it: its record stands.
    if (err instanceof RunAbandoned) return (await getStoredRun(db, run)) ?? { ...run, status: 'failed' };
    errors.push({ id: '', message: err instanceof Error ? err.message.slice(0, 200) : String(err) });
    const at = iso();
    const finished = { status: 'failed', done, failed, errors: JSON.stringify(errors), finished_at: at, heartbeat_at: at };
    await thisRun().set(finished).execute().catch(() => {});
    return { ...run, ...finished };
  } finally {
    clearInterval(timer);
  }
}

function getStoredRun(db: Kysely<Database>, run: TriageRunTable): Promise<TriageRunTable | undefined> {
  return db.selectFrom('triage_runs').selectAll().where('region_id', '=', run.region_id).where('id', '=', run.id).executeTakeFirst();
}

/** The first pass of one row: finished from what a preparer made of the same text, else here. */
function analysed(body: string, prepared: { body: string; result: PrepareResult } | undefined, model: Parameters<typeof analyse>[1]): Analysis {
  // (A row the preparer failed on is analysed here again: the error a run reports is this process's.)
  if (!prepared || prepared.body !== body || 'error' in prepared.result) return analyse(body, model);
  return finish(body, prepared.result, model);
}

/**
 * Stops a running run (review: there was no way to): marked `cancelled`, its work so far kept. The process running it finds
 * out at its next heartbeat or commit (thisRun matches a running run only) and stops without writing, the part of the chunk
 * it was writing undone. Returns the run as it now is, or null when it was no longer running.
 */
export async function cancelRun(db: Kysely<Database>, actor: AuditActor, run: TriageRunTable, orgPath: string): Promise<TriageRunTable | null> {
  return db.transaction().execute(async (trx) => {
    const at = nowIso();
    const changed = await trx.updateTable('triage_runs').set({ status: 'cancelled', finished_at: at })
      .where('region_id', '=', run.region_id).where('id', '=', run.id).where('status', '=', 'running').executeTakeFirst();
    if (!Number(changed.numUpdatedRows)) return null;
    await recordAudit(trx, actor, { regionId: run.region_id, action: 'triage.run_cancel', targetType: 'campaign', targetId: run.campaign_id, orgPath, after: { run: run.id } });
    return (await trx.selectFrom('triage_runs').selectAll().where('region_id', '=', run.region_id).where('id', '=', run.id).executeTakeFirst()) ?? null;
  });
}

/** The times before which a running run is taken for a stopped process's, `staleAfterMs` before `nowMs`. */
function staleBefore(staleAfterMs: number, nowMs = Date.now()) {
  return {
    heartbeat: new Date(nowMs - staleAfterMs).toISOString(),
    started: new Date(nowMs - (staleAfterMs && Math.max(staleAfterMs, UNBEATING_STALE_AFTER_MS))).toISOString(),
  };
}

function isStale(r: TriageRunTable, before: ReturnType<typeof staleBefore>): boolean {
  return r.status === 'running' && (r.heartbeat_at !== null ? r.heartbeat_at <= before.heartbeat : r.started_at <= before.started);
}

/**
 * Runs left "running" by a process that stopped — their heartbeat older than `staleAfterMs` — marked failed (the work
 * so far stands); all of them, or those of one campaign, or one run. A run whose heartbeat is fresh is a live process's
 * and stays its campaign's one run. `staleAfterMs` 0: every running run (the embedded database at start-up, whose
 * one process is this one). Returns how many were marked.
 */
export async function abandonStaleRuns(
  db: Kysely<Database>, staleAfterMs = RUN_STALE_AFTER_MS, only?: { regionId: string; campaignId: string } | { id: string },
): Promise<number> {
  const before = staleBefore(staleAfterMs);
  let q = db.updateTable('triage_runs').set({ status: 'failed', finished_at: nowIso(), errors: INTERRUPTED })
    .where('status', '=', 'running')
    .where((eb) => eb.or([
      eb('heartbeat_at', '<=', before.heartbeat),
      eb.and([eb('heartbeat_at', 'is', null), eb('started_at', '<=', before.started)]),
    ]));
  if (only && 'id' in only) q = q.where('id', '=', only.id);
  else if (only) q = q.where('region_id', '=', only.regionId).where('campaign_id', '=', only.campaignId);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/** A run; if it is a stopped process's, marked failed first (so that the console does not show it running on). */
export async function getRun(db: Kysely<Database>, id: string): Promise<TriageRunTable | undefined> {
  const read = () => db.selectFrom('triage_runs').selectAll().where('id', '=', id).executeTakeFirst();
  const run = await read();
  if (!run || !isStale(run, staleBefore(RUN_STALE_AFTER_MS))) return run;
  await abandonStaleRuns(db, RUN_STALE_AFTER_MS, { id });
  return read();
}

/** A campaign's last 20 runs; a stopped process's marked failed first. */
export async function listRuns(db: Kysely<Database>, regionId: string, campaignId: string): Promise<TriageRunTable[]> {
  const read = () => db.selectFrom('triage_runs').selectAll().where('region_id', '=', regionId).where('campaign_id', '=', campaignId).orderBy('started_at', 'desc').limit(20).execute();
  const runs = await read();
  const before = staleBefore(RUN_STALE_AFTER_MS);
  if (!runs.some((r) => isStale(r, before))) return runs;
  await abandonStaleRuns(db, RUN_STALE_AFTER_MS, { regionId, campaignId });
  return read();
}
