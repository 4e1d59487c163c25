import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HASHES, UNSIGNED } from './duplicates.js';
import { prepare, type Prepared } from './pipeline.js';

// Preparer processes: the model-free part of the first pass (pipeline.ts prepare) on the
// machine's other cores, for a backlog (runs.ts) and the benchmark. Processes, not worker
// threads: two threads of one process each ran at about half speed beside the other on this
// kind of machine, while two processes each kept their full speed (bench/measured-2026-12-05.md,
// stop 29). The caller keeps the campaign's classifier and the duplicate index, which are one
// per campaign and must stay in one place; a preparer needs neither.
//
// A batch always comes back: when a preparer cannot be started, exits or breaks its channel,
// its batches are prepared in the calling process instead (so too when one does not answer for
// STUCK_MS), and after MAX_FAILURES such failures in a row the pool stops starting preparers. Idle preparers exit after `idleMs`, and a pool never keeps
// its parent alive.

export type PrepareResult = Prepared | { error: string };

export interface PrepareRequest {
  id: number;
  texts: string[];
}

/** One batch's results, packed in a few arrays: a thousand small objects cost more to send. */
export interface PreparedBatch {
  id: number;
  redacted: string[];
  normalized: string[];
  /** 1 where the opinion has a signature (its 64 values next in `sigs`), 0 where UNSIGNED, 2 on failure. */
  signed: Uint8Array;
  sigs: Uint32Array;
  /** Opinion k's terms are hashes/weights [offsets[k], offsets[k + 1]). */
  offsets: Uint32Array;
  hashes: Uint32Array;
  weights: Float32Array;
  totals: Float64Array;
  /** Opinion k's characters (IssueTerms.chars) are chars [charOffsets[k], charOffsets[k + 1]). */
  charOffsets: Uint32Array;
  chars: Uint16Array;
  charTotals: Float64Array;
  /** Which of opinion k's first 32 terms are places' names (IssueTerms.places). */
  places: Uint32Array;
  /** The message of each failed opinion, in order of the failures. */
  errors: string[];
}

const FAILED = 2;

export function packPrepared(id: number, texts: string[], run: (text: string) => Prepared): PreparedBatch {
  const n = texts.length;
  const done: (Prepared | null)[] = new Array(n);
  const errors: string[] = [];
  let signedCount = 0;
  let termCount = 0;
  let charCount = 0;
  for (let k = 0; k < n; k++) {
    try {
      const p = run(texts[k]);
      done[k] = p;
      if (p.signature !== UNSIGNED) signedCount++;
      termCount += p.terms.hashes.length;
      charCount += p.terms.chars.length;
    } catch (err) {
      done[k] = null;
      errors.push(err instanceof Error ? err.message.slice(0, 200) : String(err));
    }
  }
  const batch: PreparedBatch = {
    id, redacted: new Array(n), normalized: new Array(n), signed: new Uint8Array(n), sigs: new Uint32Array(signedCount * HASHES),
    offsets: new Uint32Array(n + 1), hashes: new Uint32Array(termCount), weights: new Float32Array(termCount), totals: new Float64Array(n),
    charOffsets: new Uint32Array(n + 1), chars: new Uint16Array(charCount), charTotals: new Float64Array(n), places: new Uint32Array(n), errors,
  };
  let s = 0;
  let t = 0;
  let c = 0;
  for (let k = 0; k < n; k++) {
    const p = done[k];
    batch.offsets[k] = t;
    batch.charOffsets[k] = c;
    if (!p) {
      batch.signed[k] = FAILED;
      batch.redacted[k] = batch.normalized[k] = '';
      continue;
    }
    batch.redacted[k] = p.redacted;
    batch.normalized[k] = p.normalized;
    if (p.signature !== UNSIGNED) {
      batch.signed[k] = 1;
      batch.sigs.set(p.signature, s * HASHES);
      s++;
    }
    batch.hashes.set(p.terms.hashes, t);
    batch.weights.set(p.terms.weights, t);
    batch.totals[k] = p.terms.total;
    t += p.terms.hashes.length;
    batch.chars.set(p.terms.chars, c);
    batch.charTotals[k] = p.terms.charTotal;
    batch.places[k] = p.terms.places ?? 0;
    c += p.terms.chars.length;
  }
  batch.offsets[n] = t;
  batch.charOffsets[n] = c;
  return batch;
}

export function unpackPrepared(b: PreparedBatch): PrepareResult[] {
  const out: PrepareResult[] = new Array(b.signed.length);
  let s = 0;
  let e = 0;
  for (let k = 0; k < out.length; k++) {
    if (b.signed[k] === FAILED) {
      out[k] = { error: b.errors[e++] ?? 'failed' };
      continue;
    }
    // Copies, not views: a kept signature must not hold the whole batch's buffer.
    const signature = b.signed[k] ? b.sigs.slice(s * HASHES, ++s * HASHES) : UNSIGNED;
    const from = b.offsets[k];
    const to = b.offsets[k + 1];
    out[k] = {
      redacted: b.redacted[k], normalized: b.normalized[k], signature,
      terms: {
        hashes: b.hashes.slice(from, to), weights: b.weights.slice(from, to), total: b.totals[k],
        chars: b.chars.slice(b.charOffsets[k], b.charOffsets[k + 1]), charTotal: b.charTotals[k], places: b.places[k],
      },
    };
  }
  return out;
}

/** The in-process path: the same results, on the calling thread. */
export function prepareHere(texts: string[]): PrepareResult[] {
  return texts.map((text) => {
    try {
      return prepare(text);
    } catch (err) {
      return { error: err instanceof Error ? err.message.slice(0, 200) : String(err) };
    }
  });
}

/** Preparers by default: one per core beyond the first (none on one core); MASSLINE_PREPARERS sets it. */
export function defaultPreparers(): number {
  const set = process.env.MASSLINE_PREPARERS;
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  return Math.max(0, os.availableParallelism() - 1);
}

function copyInto(out: PrepareResult[], part: PrepareResult[], at: number): void {
  for (let k = 0; k < part.length; k++) out[at + k] = part[k];
}

let shared: Preparers | null = null;
/** The server's preparers, started with the first large run or import (none on a machine with one core). */
export function sharedPreparers(): Preparers | null {
  shared ??= new Preparers();
  return shared.size > 0 ? shared : null;
}

/** Stops the server's preparers (its close). */
export async function closeSharedPreparers(): Promise<void> {
  await shared?.close();
  shared = null;
}

/**
 * From this many opinions a run or an import prepares them in preparer processes as well: about a
 * second of the first pass, what a preparer takes to start (from the build; more from the sources).
 */
export const PREPARED_FROM = 10_000;

const MAX_FAILURES = 3;
/** Batches out per preparer in prepareSharing: it has the next at hand while this process works on its own (50,000
 * opinions with one preparer: 1.4 times one process's speed at 2 ahead, 1.57 at 4, 1.44 at 8). */
const AHEAD = 4;
/**
 * Texts per message. A reply is written out only while its preparer waits, and read only while the
 * parent waits: a reply larger than the channel's buffer (a 1,000-text batch's is about 700 KB)
 * stalls until the preparer has finished its next batch. With one preparer, on 200,000 opinions: 11,546/s
 * at 100 texts (about 70 KB a reply), 6,663/s at 250 and 7,722/s at 1,000, against 7,485/s in one
 * process (docs/decisions/0017).
 */
export const BATCH = 100;

interface Pending {
  texts: string[];
  resolve: (r: PrepareResult[]) => void;
  /** A preparer that does not answer a batch in STUCK_MS (stopped, swapping) is given up. */
  timer: NodeJS.Timeout;
}

/** A batch of 100 takes about 10 ms; a minute without an answer is a preparer that will not answer. */
const STUCK_MS = 60_000;

interface Preparer {
  child: ChildProcess;
  pending: Map<number, Pending>;
}

export class Preparers {
  private readonly preparers: Preparer[] = [];
  private nextId = 1;
  private failures = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(readonly size: number = defaultPreparers(), private readonly idleMs = 30_000) {}

  /** How many batches are out in preparers now. */
  get inFlight(): number {
    let n = 0;
    for (const p of this.preparers) n += p.pending.size;
    return n;
  }

  /**
   * Prepares `texts` on the preparers, in batches of BATCH spread over the least busy (or here,
   * when there is none). The results are in the order of `texts`. Never rejects.
   */
  async prepare(texts: string[]): Promise<PrepareResult[]> {
    if (texts.length <= BATCH) return this.prepareBatch(texts);
    const parts: Promise<PrepareResult[]>[] = [];
    for (let i = 0; i < texts.length; i += BATCH) parts.push(this.prepareBatch(texts.slice(i, i + BATCH)));
    return (await Promise.all(parts)).flat();
  }

  /**
   * Prepares `texts` on the preparers and on this process at once, for a caller with nothing else to do
   * meanwhile (an import's plan): each preparer is kept AHEAD batches ahead, and this process prepares the
   * next batch itself while they work. In order; never rejects.
   */
  async prepareSharing(texts: string[]): Promise<PrepareResult[]> {
    const out: PrepareResult[] = new Array(texts.length);
    const sent: { at: number; part: string[]; done: boolean }[] = [];
    let finished = false;
    for (let from = 0; from < texts.length; ) {
      while (from < texts.length && this.inFlight < this.size * AHEAD && this.usable()) {
        const at = from;
        const s = { at, part: texts.slice(at, (from = Math.min(texts.length, from + BATCH))), done: false };
        sent.push(s);
        void this.prepareBatch(s.part).then((r) => {
          if (finished || s.done) return;
          copyInto(out, r, at);
          s.done = true;
        });
      }
      if (from >= texts.length) break;
      const at = from;
      copyInto(out, prepareHere(texts.slice(at, (from = Math.min(texts.length, from + BATCH)))), at);
      this.batchesHere++;
      // The preparers' replies are read between this process's batches.
      await new Promise((r) => setImmediate(r));
    }
    // What the preparers still hold when this process is done (one still starting, or slow) is prepared
    // here too: the caller never waits on a preparer longer than on its own share.
    for (const s of sent) {
      if (s.done) continue;
      await new Promise((r) => setImmediate(r));
      if (s.done) continue;
      copyInto(out, prepareHere(s.part), s.at);
      s.done = true;
      this.batchesHere++;
    }
    finished = true;
    return out;
  }

  /** Batches prepared here by prepareSharing (what the tests read of the split). */
  batchesHere = 0;

  private usable(): boolean {
    return this.size > 0 && !this.closed && this.failures < MAX_FAILURES;
  }

  private prepareBatch(texts: string[]): Promise<PrepareResult[]> {
    const p = this.pick();
    if (!p) return Promise.resolve(prepareHere(texts));
    const id = this.nextId++;
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.fail(p), STUCK_MS);
      timer.unref();
      p.pending.set(id, { texts, resolve, timer });
      if (p.pending.size === 1) this.hold(p, true);
      const sent = p.child.send({ id, texts } satisfies PrepareRequest, (err) => {
        if (err) this.fail(p);
      });
      if (!sent && !p.child.connected) this.fail(p);
    });
  }

  /** Stops every preparer; batches still out, and any asked for later, are prepared here. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    for (const p of [...this.preparers]) this.fail(p, false);
  }

  /** The process ids of the running preparers (for the benchmark's memory and CPU figures). */
  get pids(): number[] {
    return this.preparers.map((p) => p.child.pid!).filter((pid) => pid !== undefined);
  }

  private pick(): Preparer | null {
    if (!this.usable()) return null;
    let best: Preparer | null = null;
    for (const p of this.preparers) if (!best || p.pending.size < best.pending.size) best = p;
    if ((!best || best.pending.size > 0) && this.preparers.length < this.size) best = this.start() ?? best;
    return best;
  }

  private start(): Preparer | null {
    const here = import.meta.url;
    // From the sources (tests, tsx) the child needs tsx's loader; the build runs as it is.
    const fromSources = here.endsWith('.ts');
    const entry = fileURLToPath(new URL(fromSources ? './preparer-process.ts' : './preparer-process.js', here));
    let child: ChildProcess;
    try {
      // (tsx by its path: `--import tsx` is looked up from the working directory, which may be anywhere.)
      const loader = fromSources ? ['--import', pathToFileURL(createRequire(here).resolve('tsx')).href] : [];
      child = fork(entry, [], {
        execArgv: [...loader, '--max-semi-space-size=64'],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
    } catch {
      this.failures++;
      return null;
    }
    const p: Preparer = { child, pending: new Map() };
    child.on('message', (b: PreparedBatch) => {
      const waiting = p.pending.get(b.id);
      if (!waiting) return;
      p.pending.delete(b.id);
      clearTimeout(waiting.timer);
      // (Failures count in a row: a preparer that answers shows the machine can run them.)
      this.failures = 0;
      if (p.pending.size === 0) {
        this.hold(p, false);
        this.idleLater();
      }
      waiting.resolve(unpackPrepared(b));
    });
    child.on('error', () => this.fail(p));
    child.on('exit', () => this.fail(p));
    this.preparers.push(p);
    this.hold(p, false);
    return p;
  }

  /** A preparer that broke: its batches are prepared here, and it is not used again. */
  private fail(p: Preparer, counts = true): void {
    const at = this.preparers.indexOf(p);
    if (at < 0) return;
    this.preparers.splice(at, 1);
    if (counts) this.failures++;
    p.child.removeAllListeners('exit');
    p.child.on('exit', () => {});
    if (p.child.connected) p.child.disconnect();
    p.child.kill();
    const left = [...p.pending.values()];
    p.pending.clear();
    for (const w of left) {
      clearTimeout(w.timer);
      w.resolve(prepareHere(w.texts));
    }
  }

  /** While a preparer has work out, it keeps the parent alive; idle, it does not. */
  private hold(p: Preparer, on: boolean): void {
    if (on) {
      p.child.ref();
      p.child.channel?.ref();
    } else {
      p.child.unref();
      p.child.channel?.unref();
    }
  }

  private idleLater(): void {
    if (this.idleTimer || this.inFlight > 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.inFlight === 0) for (const p of [...this.preparers]) this.fail(p, false);
    }, this.idleMs);
    this.idleTimer.unref();
  }
}
