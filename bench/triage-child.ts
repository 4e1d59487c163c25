import fs from 'node:fs';
import os from 'node:os';
import { analyse, finish } from '../src/modules/triage/pipeline.js';
import { BATCH as POOL_BATCH, prepareHere, Preparers, type PrepareResult } from '../src/modules/triage/preparers.js';
import { DuplicateIndex, nearestClusters } from '../src/modules/triage/duplicates.js';
import type { IssueTerms } from '../src/modules/triage/issue-terms.js';
import { OrgMatcher } from '../src/modules/triage/routing.js';
import { DUPLICATE_THRESHOLD } from '../src/modules/triage/pipeline.js';
import { generateOpinions } from './opinion-text.js';
import { benchDirectory, lineReader, opinionFile } from './opinion-file.js';

// One process per run, so its peak memory (VmHWM) is the pipeline's own. Prints one JSON line.
// The full first pass per opinion: mask personal data, normalize, classify, sign, route, and
// place into the duplicate index — on this one thread (one core).

// With `preparers` > 0 the model-free part runs in that many preparer processes (preparers.ts) while this one
// classifies, places and routes, and prepares a batch itself whenever the preparers' oldest is still not in after one
// turn of the event loop (as a backlog run's share is decided, runs.ts nextShare): a million opinions on the machine's
// cores. Their CPU time and peak memory are added to this process's.
// `texts`: the file of opinions to read (bench/opinion-file.ts), made by the parent.
const { count, orgs, preparers = 0, texts: textsFile } = JSON.parse(process.argv[2]) as { count: number; orgs: number; preparers?: number; texts?: string };

function peakRssMb(): number {
  // Linux: the high-water mark of resident memory; elsewhere the current RSS.
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss / 2 ** 20;
}

const directory = benchDirectory(orgs);
const t0 = performance.now();
const matcher = new OrgMatcher(directory);
const matcherMs = performance.now() - t0;
const names = directory.map((o) => o.name);

// The opinions are read from a file generated before this process started (bench/opinion-file.ts, made by the
// parent: its generation leaves nothing in this process's heap or JIT), inside the timed part, as a backlog reads
// them from the database. Run by hand without one, this process makes it first.
const nextText = lineReader(textsFile ?? opinionFile(count + 1000, orgs));

const index = new DuplicateIndex(DUPLICATE_THRESHOLD);
let chars = 0;
let clustered = 0;
let routed = 0;
let failed = 0;
// Opinions to ask for their possible duplicates once the index is full (staff opening the list):
// a thousand spread over the run, kept aside as they pass (their signature and terms).
const asked: { id: string; sig: Uint32Array; terms: IssueTerms }[] = [];
const askEvery = Math.max(1, Math.floor(count / 1000));
// On one core: batches of texts read, then analysed and placed, all timed.
const BATCH = 10_000;
let totalMs = 0;
// CPU time of the same parts: on a busy machine wall time counts other processes' turns too.
let cpuMs = 0;
function place(i: number, a: ReturnType<typeof analyse>): void {
  if (index.addSignature(String(i), a.signature, a.terms) !== String(i)) clustered++;
  if (i % askEvery === 0 && asked.length < 1000) asked.push({ id: String(i), sig: a.signature, terms: a.terms });
  if (matcher.matchNormalized(a.normalized)[0]) routed++;
}

/** A child's CPU time (ms) and peak resident memory (MB), from /proc. */
function childFigures(pid: number): { cpuMs: number; peakMb: number } {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpuMs: ticks * 10, peakMb: m ? Number(m[1]) / 1024 : 0 };
  } catch {
    return { cpuMs: 0, peakMb: 0 };
  }
}

// Warm up (not timed, not indexed): this process's pipeline is compiled by the time the one-new
// figure is taken in either mode, and the preparers have loaded their models, as in a server that
// has been running.
const warm = generateOpinions(2_000, 97, names);
for (const text of warm) analyse(text);

let childCpuMs = 0;
let childPeakMb = 0;
/** Batches this process prepared itself while the preparers' were not back, and how many it may hold queued. */
let batchesHere = 0;
const OWN_AHEAD = 8;
if (preparers > 0) {
  // The texts are read from the file on this process as the preparers work, inside the timed part:
  // counted against the pipeline, not subtracted.
  const pool = new Preparers(preparers, 600_000);
  const warmTexts = [...generateOpinions(2_000, 98, names)];
  await Promise.all(Array.from({ length: preparers }, (_, k) => pool.prepare(warmTexts.slice(k * 1000, (k + 1) * 1000))));
  // Batches in order: those sent to the preparers, and those this process prepared itself while the oldest sent
  // was not back (`results` set when ready).
  const queue: { from: number; texts: string[]; results: PrepareResult[] | null; ready: Promise<PrepareResult[]> | null }[] = [];
  let sent = 0;
  let out = 0;
  let ownQueued = 0;
  /** Whether the event loop has turned since this process last placed a batch (the replies that arrived are in). */
  let lettedIn = false;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const before = new Map<number, number>();
  const take = (): string[] => {
    const texts: string[] = [];
    for (let k = 0; k < POOL_BATCH && sent + k < count; k++) texts.push(nextText());
    return texts;
  };
  for (let done = 0; done < count; ) {
    // Eight batches out per preparer: each has the next ready while this process places a batch.
    while (out < preparers * 8 && sent < count) {
      const texts = take();
      const b = { from: sent, texts, results: null as PrepareResult[] | null, ready: pool.prepare(texts) };
      void b.ready.then((r) => (b.results = r));
      queue.push(b);
      out++;
      sent += texts.length;
      for (const pid of pool.pids) if (!before.has(pid)) before.set(pid, childFigures(pid).cpuMs);
    }
    const b = queue[0];
    if (!b.results && b.ready && !lettedIn) {
      // Replies that came in while this process placed the last batch are read only on a turn of the event loop:
      // one turn first, so that a batch already back is not taken for one that is late (without it this process
      // prepared 30% of a million itself while its preparer stood idle a quarter of the time).
      lettedIn = true;
      await new Promise((r) => setImmediate(r));
      continue;
    }
    if (!b.results && b.ready && sent < count && ownQueued < OWN_AHEAD) {
      // The oldest batch out is still not back: rather than wait, this process prepares the next one itself, queued
      // in order behind those out (as a backlog run's share does, runs.ts nextShare), then lets the replies in.
      const texts = take();
      queue.push({ from: sent, texts, results: prepareHere(texts), ready: null });
      sent += texts.length;
      ownQueued++;
      batchesHere++;
      await new Promise((r) => setImmediate(r));
      continue;
    }
    queue.shift();
    lettedIn = false;
    const results = b.results ?? (await b.ready!);
    if (b.ready) out--;
    else ownQueued--;
    for (let k = 0; k < results.length; k++) {
      const r = results[k];
      chars += b.texts[k].length;
      if ('error' in r) {
        failed++;
        continue;
      }
      try {
        place(b.from + k, finish(b.texts[k], r));
      } catch {
        failed++;
      }
    }
    done += results.length;
  }
  totalMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  cpuMs = (used.user + used.system) / 1000;
  for (const pid of pool.pids) {
    const f = childFigures(pid);
    childCpuMs += f.cpuMs - (before.get(pid) ?? 0);
    childPeakMb += f.peakMb;
  }
  cpuMs += childCpuMs;
  await pool.close();
} else {
  for (let done = 0; done < count; ) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const batch: string[] = [];
    for (let k = 0; k < BATCH && done + k < count; k++) batch.push(nextText());
    for (let k = 0; k < batch.length; k++) {
      const text = batch[k];
      const i = done + k;
      chars += text.length;
      try {
        place(i, analyse(text));
      } catch {
        failed++;
      }
    }
    totalMs += performance.now() - started;
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
    done += batch.length;
  }
}

// One new opinion into the full index: analyse, route and place, timed one by one.
const one: number[] = [];
for (let i = 0; i < 1000; i++) {
  const text = nextText();
  const s = performance.now();
  const a = analyse(text);
  index.addSignature(`new-${i}`, a.signature, a.terms);
  matcher.matchNormalized(a.normalized)[0];
  one.push(performance.now() - s);
}
one.sort((a, b) => a - b);

// Possible duplicates of an opinion already in the full index, as the console asks for them.
const similar: number[] = [];
let offered = 0;
for (const q of asked) {
  const s = performance.now();
  offered += nearestClusters(index.similar(q.id, q.sig, q.terms)).length;
  similar.push(performance.now() - s);
}
similar.sort((a, b) => a - b);
const at = (p: number) => similar[Math.min(similar.length - 1, Math.floor(p * similar.length))] ?? 0;
console.log(JSON.stringify({
  count, orgs: directory.length, matcherMs, totalMs, perSecond: count / (totalMs / 1000), cpuMs, perCpuSecond: count / (cpuMs / 1000), load: os.loadavg()[0], avgChars: chars / count, clustered, routed, failed,
  oneP50: one[500], oneP99: one[990], oneMax: one[999], peakRssMb: peakRssMb() + childPeakMb, preparers, childCpuMs, childPeakMb, indexMb: index.bytes / 2 ** 20,
  similarAsked: similar.length, similarP50: at(0.5), similarP99: at(0.99), similarMax: similar.at(-1) ?? 0, similarOffered: offered / (similar.length || 1), preparedHere: preparers > 0 ? Math.min(count, batchesHere * POOL_BATCH) / count : 1,
}));
