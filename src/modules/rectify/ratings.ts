import { createHash, createHmac, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { chinaDay, nowIso } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { contentOf, publicChanged } from './disclosure.js';
import { getMeasure, setStatusIn } from './measures.js';
import { DEFAULT_REOPEN_BELOW_PERCENT, DEFAULT_REOPEN_MIN_RATINGS, RATINGS, satisfactionRate, type Rating } from './model.js';
import { getProblem } from './problems.js';

// The public rates each finished measure (满意 / 基本满意 / 不满意), one rating per person and
// round, without accounts and without keeping anything that identifies the person
// (docs/decisions/0010-public-rating.md):
//
// - no row per rating: only the measure's tally of the three answers;
// - a second rating from the same browser is refused by a guard row holding
//   SHA-256(measure | round | token), where the token is a random first-party cookie the server
//   made (it says nothing about the person and is never stored itself);
// - a second rating from the same address the same day is refused in memory: an HMAC of
//   (address | measure | round) under a secret that lives in this process and is replaced at
//   midnight (China time), so yesterday's keys cannot be recomputed by anyone;
// - floods are cut by the portal's per-address rate limiter (memory only as well).
//
// When the rate of satisfied + basically satisfied falls below the campaign's threshold over at
// least its minimum number of ratings, the measure is reopened with an event and the problem's
// disclosure gets a new version (measures.ts setStatusIn).

export const RATER_COOKIE = 'massline_rater';
export const RATING_ACTOR: AuditActor = { userId: null, name: '群众满意度评价' };

/** A random token for a browser that has none yet. */
export function newRaterToken(): string {
  return randomBytes(24).toString('base64url');
}

export function validRaterToken(v: string | undefined): v is string {
  return typeof v === 'string' && /^[A-Za-z0-9_-]{32}$/.test(v);
}

export class AddressGuard {
  private secret = randomBytes(32);
  private day = chinaDay();
  private readonly seen = new Set<string>();

  constructor(private readonly maxKeys = 1_000_000) {}

  private key(address: string, measureId: string, round: number, now: Date): string {
    const today = chinaDay(now);
    if (today !== this.day) {
      // A new day: a new secret, and yesterday's keys are forgotten (they could not be recomputed anyway).
      this.day = today;
      this.secret = randomBytes(32);
      this.seen.clear();
    }
    return createHmac('sha256', this.secret).update(`${address}|${measureId}|${round}`).digest('base64url');
  }

  /** Takes the address's one rating of this measure today; false when it was already taken. */
  take(address: string, measureId: string, round: number, now = new Date()): boolean {
    const k = this.key(address, measureId, round, now);
    if (this.seen.has(k)) return false;
    if (this.seen.size >= this.maxKeys) this.seen.delete(this.seen.values().next().value!);
    this.seen.add(k);
    return true;
  }

  /** Gives the rating back (the rating was refused for another reason). */
  release(address: string, measureId: string, round: number, now = new Date()): void {
    this.seen.delete(this.key(address, measureId, round, now));
  }
}

export interface Tally {
  satisfied: number;
  basically: number;
  dissatisfied: number;
}

export interface RatingSummary extends Tally {
  total: number;
  rate: number | null;
}

export function summarize(t: Tally | undefined): RatingSummary {
  const tally = { satisfied: Number(t?.satisfied ?? 0), basically: Number(t?.basically ?? 0), dissatisfied: Number(t?.dissatisfied ?? 0) };
  return { ...tally, total: tally.satisfied + tally.basically + tally.dissatisfied, rate: satisfactionRate(tally) };
}

export async function getRectifySettings(db: Kysely<Database>, campaign: { region_id: string; id: string }) {
  const row = await db.selectFrom('rectify_settings').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).executeTakeFirst();
  return { reopenBelowPercent: row?.reopen_below_percent ?? DEFAULT_REOPEN_BELOW_PERCENT, reopenMinRatings: row?.reopen_min_ratings ?? DEFAULT_REOPEN_MIN_RATINGS };
}

export async function setRectifySettings(db: Kysely<Database>, actor: AuditActor, campaign: { region_id: string; id: string }, orgPath: string, input: { reopenBelowPercent: number; reopenMinRatings: number }) {
  await db.transaction().execute(async (trx) => {
    const before = await getRectifySettings(trx, campaign);
    const row = { region_id: campaign.region_id, campaign_id: campaign.id, reopen_below_percent: input.reopenBelowPercent, reopen_min_ratings: input.reopenMinRatings, updated_at: nowIso() };
    await trx.insertInto('rectify_settings').values(row).onConflict((oc) => oc.columns(['region_id', 'campaign_id']).doUpdateSet({ reopen_below_percent: row.reopen_below_percent, reopen_min_ratings: row.reopen_min_ratings, updated_at: row.updated_at })).execute();
    await recordAudit(trx, actor, { regionId: campaign.region_id, action: 'rectify.settings', targetType: 'campaign', targetId: campaign.id, orgPath, before, after: input });
  });
  return input;
}

/** The current round's tallies of measures (for the portal page). */
export async function currentTallies(db: Kysely<Database>, regionId: string, measureIds: string[]): Promise<Map<string, RatingSummary>> {
  const out = new Map<string, RatingSummary>();
  for (let i = 0; i < measureIds.length; i += 500) {
    const rows = await db.selectFrom('rectify_rating_tallies as t')
      .innerJoin('rectify_measures as m', (j) => j.onRef('m.region_id', '=', 't.region_id').onRef('m.id', '=', 't.measure_id').onRef('m.rating_round', '=', 't.round'))
      .select(['t.measure_id', 't.satisfied', 't.basically', 't.dissatisfied']).where('t.region_id', '=', regionId).where('t.measure_id', 'in', measureIds.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.measure_id, summarize(r));
  }
  return out;
}

export interface RatingInput {
  measureId: string;
  rating: Rating;
  /** The client's address: only ever passed through the in-memory guard. */
  address: string;
  /** The browser's random cookie token. */
  token: string;
}

export async function submitRating(db: Kysely<Database>, guard: AddressGuard, input: RatingInput): Promise<{ summary: RatingSummary; reopened: boolean }> {
  if (!RATINGS.includes(input.rating)) throw new AppError(400, 'rectify.rating_invalid');
  const m = await getMeasure(db, input.measureId);
  await checkOpen(db, m);
  if (!guard.take(input.address, m.id, m.rating_round)) throw new AppError(409, 'rectify.rating_duplicate');
  try {
    const result = await db.transaction().execute(async (trx) => {
      const live = await getMeasure(trx, m.id);
      if (live.status !== 'verified' || live.rating_round !== m.rating_round) throw new AppError(409, 'rectify.rating_not_open');
      const cookieGuard = 'c' + createHash('sha256').update(`${m.id}|${m.rating_round}|${input.token}`).digest('base64url');
      const taken = await trx.insertInto('rectify_rating_guards').values({ region_id: m.region_id, measure_id: m.id, round: m.rating_round, guard: cookieGuard })
        .onConflict((oc) => oc.columns(['region_id', 'measure_id', 'round', 'guard']).doNothing()).executeTakeFirst();
      if (Number(taken.numInsertedOrUpdatedRows ?? 0n) === 0) throw new AppError(409, 'rectify.rating_duplicate');
      const col = input.rating;
      await trx.insertInto('rectify_rating_tallies').values({ region_id: m.region_id, measure_id: m.id, round: m.rating_round, satisfied: 0, basically: 0, dissatisfied: 0, [col]: 1 })
        .onConflict((oc) => oc.columns(['region_id', 'measure_id', 'round']).doUpdateSet({ [col]: sql`rectify_rating_tallies.${sql.ref(col)} + 1` })).execute();
      const tally = await trx.selectFrom('rectify_rating_tallies').selectAll().where('region_id', '=', m.region_id).where('measure_id', '=', m.id).where('round', '=', m.rating_round).executeTakeFirstOrThrow();
      const summary = summarize(tally);
      const settings = await getRectifySettings(trx, { region_id: m.region_id, id: m.campaign_id });
      if (summary.total >= settings.reopenMinRatings && summary.rate !== null && summary.rate < settings.reopenBelowPercent) {
        const note = `群众满意度 ${summary.rate}%（${summary.total} 人评价），低于 ${settings.reopenBelowPercent}%，重新整改`;
        await setStatusIn(trx, RATING_ACTOR, live, 'reopened', note);
        return { summary, reopened: true };
      }
      return { summary, reopened: false };
    });
    publicChanged();
    return result;
  } catch (err) {
    // Only a counted rating uses up the address's turn.
    guard.release(input.address, m.id, m.rating_round);
    throw err;
  }
}

/** A measure is open to ratings when it is verified and its latest public version shows it so. */
async function checkOpen(db: Kysely<Database>, m: { id: string; status: string; problem_id: string; region_id: string }) {
  if (m.status !== 'verified') throw new AppError(409, 'rectify.rating_not_open');
  const problem = await getProblem(db, m.problem_id);
  const latest = problem.disclosed_version
    ? await db.selectFrom('rectify_disclosures').select(['region_id', 'problem_id', 'version', 'hash', 'content']).where('region_id', '=', problem.region_id).where('problem_id', '=', problem.id).where('version', '=', problem.disclosed_version).executeTakeFirst()
    : undefined;
  const shown = latest ? contentOf(latest).measures.find((x) => x.id === m.id) : undefined;
  if (shown?.status !== 'verified') throw new AppError(409, 'rectify.rating_not_open');
}
