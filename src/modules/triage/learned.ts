import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Wind } from './classify.js';
import { WindModel } from './model.js';
import { CATEGORIES } from '../opinions/model.js';

// Each campaign's classifier: the shipped model plus what that campaign's staff confirmed and
// corrected (triage_labels). Built on first use from the labels stored so far, then kept up to
// date: a label recorded through this process is learned at once (learnLabel), and labels
// recorded by another process are picked up by time (at most every REFRESH_MS). A campaign's
// corrections never change another campaign's suggestions, nor the shipped model.

const REFRESH_MS = 5_000;
/** A staff correction weighs as much as this many corpus examples. */
export const LABEL_WEIGHT = 3;

type Executor = Kysely<Database> | Transaction<Database>;

interface Learned {
  model: WindModel;
  /** The newest label learned (at, id): later ones are read on refresh. */
  at: string;
  id: string;
  checkedAt: number;
  learned: number;
  /** Per text (masked, as learned): each opinion's latest wind from staff, in the order decided (windToLearn). */
  decided: Map<string, Map<string, Wind>>;
}

/**
 * The wind a label teaches: for a text staff decided on for several opinions (copies of one letter are common), the wind
 * they gave most of those opinions (each opinion's latest), the newest of those tied. The model learns a label only as far
 * as it is wrong about it, so confirmations of what it already said taught it nothing and one correction of one copy
 * turned the suggestion for every copy, those staff had confirmed otherwise too (review: five copies, three confirmed
 * 奢靡之风, one set to 官僚主义, all then suggested 官僚主义). A text decided on once is learned as labelled.
 */
function windToLearn(l: Learned, text: string, opinionId: string, wind: Wind): Wind {
  let byOpinion = l.decided.get(text);
  if (!byOpinion) l.decided.set(text, (byOpinion = new Map()));
  byOpinion.delete(opinionId); // (its latest decision, last in the order)
  byOpinion.set(opinionId, wind);
  if (byOpinion.size === 1) return wind;
  const counts = new Map<Wind, number>();
  let best = wind;
  let most = 0;
  for (const w of byOpinion.values()) {
    const n = (counts.get(w) ?? 0) + 1;
    counts.set(w, n);
    if (n >= most) (best = w), (most = n);
  }
  return best;
}

const models = new Map<string, Promise<Learned>>();

async function readLabels(db: Executor, regionId: string, campaignId: string, after: { at: string; id: string }, into: Learned): Promise<void> {
  const rows = await db.selectFrom('triage_labels as l')
    .innerJoin('opinions as o', (j) => j.onRef('o.region_id', '=', 'l.region_id').onRef('o.id', '=', 'l.opinion_id'))
    .select(['l.id', 'l.at', 'l.wind', 'l.opinion_id', 'o.body_redacted'])
    .where('l.region_id', '=', regionId).where('l.campaign_id', '=', campaignId).where('l.wind', 'is not', null)
    .where((eb) => eb.or([eb('l.at', '>', after.at), eb.and([eb('l.at', '=', after.at), eb('l.id', '>', after.id)])]))
    .orderBy('l.at').orderBy('l.id').limit(50_000).execute();
  for (const r of rows) {
    // The masked text: what the model learns holds no personal data.
    if ((CATEGORIES as readonly string[]).includes(r.wind!)) into.model.learn(r.body_redacted, windToLearn(into, r.body_redacted, r.opinion_id, r.wind as Wind), LABEL_WEIGHT);
    into.at = r.at;
    into.id = r.id;
    into.learned++;
  }
}

/** The campaign's model (shipped + its staff's labels). */
export async function campaignModel(db: Executor, regionId: string, campaignId: string): Promise<WindModel> {
  let entry = models.get(campaignId);
  if (!entry) {
    entry = (async () => {
      const l: Learned = { model: WindModel.shipped(), at: '', id: '', checkedAt: Date.now(), learned: 0, decided: new Map() };
      await readLabels(db, regionId, campaignId, { at: '', id: '' }, l);
      return l;
    })();
    models.set(campaignId, entry);
    entry.catch(() => models.delete(campaignId));
  }
  const l = await entry;
  if (Date.now() - l.checkedAt > REFRESH_MS) {
    l.checkedAt = Date.now();
    await readLabels(db, regionId, campaignId, { at: l.at, id: l.id }, l);
  }
  return l.model;
}

/**
 * Learns one label recorded by this process now (the label row must be written: a later
 * refresh reads it by (at, id) and skips what is already learned only when it is the newest).
 */
export async function learnLabel(campaignId: string, label: { id: string; at: string; wind: Wind | null; opinionId: string }, maskedText: string): Promise<void> {
  const entry = models.get(campaignId);
  if (!entry || !label.wind) return; // not loaded yet: it will read the label from the table
  const l = await entry;
  if (label.at < l.at || (label.at === l.at && label.id <= l.id)) return;
  l.model.learn(maskedText, windToLearn(l, maskedText, label.opinionId, label.wind), LABEL_WEIGHT);
  l.at = label.at;
  l.id = label.id;
  l.learned++;
}

/** How many labels a loaded campaign model has learned (for tests and the console). */
export async function learnedCount(campaignId: string): Promise<number | null> {
  const entry = models.get(campaignId);
  return entry ? (await entry).learned : null;
}

/** Forgets every loaded model (tests: as after a restart). */
export function forgetModels(): void {
  models.clear();
}
