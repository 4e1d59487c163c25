import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { opinionFile } from './opinion-file.js';
import { fmtMs } from './stats.js';

// The triage benchmark (issue 4): the full first pass over `count` generated opinions of 20–300
// characters, in a child process so its peak memory is measured alone: on one core, and with
// `preparers` preparer processes beside it (preparers.ts, as a backlog run uses them; their CPU
// time and peak memory added in). Goals: ≥ 10,000 opinions/s on one core, 1,000,000 in ≤ 2
// minutes, peak ≤ 1.5 GB, one new opinion placed into the full index in ≤ 5 ms.

// The child runs the build (dist/), as `npm start` runs the server and a backlog's preparers: under tsx each
// process also held the transpiler, the transpiled sources and their source maps, 75–115 MB apiece, which the
// peak counted against the pipeline (bench/measured-2026-12-06.md, stop 37). From the sources (`npm run bench`
// runs this file under tsx) the build is brought up to date first, once per process: a stale build would measure
// yesterday's code.
const HERE = path.dirname(fileURLToPath(import.meta.url));
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const CHILD = FROM_SOURCES ? path.join(HERE, '..', 'dist', 'bench', 'triage-child.js') : path.join(HERE, 'triage-child.js');
let built = !FROM_SOURCES;
function build(): void {
  if (built) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(HERE, '..', 'tsconfig.json')], { stdio: 'inherit' });
  built = true;
}

export interface TriageBench {
  count: number;
  /** Preparer processes beside the pipeline's (0: all on one core). */
  preparers: number;
  /** Their CPU time and summed peak resident memory (included in cpuMs and peakRssMb). */
  childCpuMs: number;
  childPeakMb: number;
  orgs: number;
  matcherMs: number;
  totalMs: number;
  perSecond: number;
  /** CPU time of the timed part (process-wide: the pipeline's thread plus the GC's helpers). */
  cpuMs: number;
  perCpuSecond: number;
  /** The machine's 1-minute load average at the end of the run. */
  load: number;
  avgChars: number;
  clustered: number;
  routed: number;
  failed: number;
  oneP50: number;
  oneP99: number;
  oneMax: number;
  peakRssMb: number;
  indexMb: number;
  /** Possible duplicates (DuplicateIndex.similar) asked of opinions in the full index. */
  similarAsked: number;
  similarP50: number;
  similarP99: number;
  similarMax: number;
  /** Clusters offered per opinion asked, on average (at most SIMILAR_SHOWN). */
  similarOffered: number;
  /** With preparers: the share of opinions the pipeline's process prepared itself while theirs were not back. */
  preparedHere: number;
}

export function runTriageBench(count: number, orgs: number, preparers = 0): Promise<TriageBench> {
  build();
  // (Generated here, before the measuring process starts: bench/opinion-file.ts.)
  const texts = opinionFile(count + 1000, orgs);
  return new Promise((resolve, reject) => {
    // With the young generation the server runs with (bin/massline.js, npm start): the first pass
    // allocates a few kilobytes of short-lived strings per opinion, and at V8's default (16 MB
    // semi-spaces) it scavenges every few hundred opinions; 64 MB took about 5% off the pipeline.
    const child = spawn(process.execPath, ['--max-semi-space-size=64', CHILD, JSON.stringify({ count, orgs, preparers, texts })], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as TriageBench) : reject(new Error(`triage bench child exited ${code}`))));
  });
}

export function triageLines(r: TriageBench): string[] {
  const ok = (pass: boolean) => (pass ? 'met' : 'MISSED');
  const processes = r.preparers ? `${r.preparers + 1} processes (${r.preparers} preparer${r.preparers > 1 ? 's' : ''} beside the pipeline's)` : 'one core';
  return [
    `triage pipeline on ${processes} — ${r.count.toLocaleString('en')} generated opinions (avg ${r.avgChars.toFixed(0)} chars), routing over ${r.orgs.toLocaleString('en')} organizations (automaton built in ${fmtMs(r.matcherMs)} ms)`,
    r.preparers
      ? `  throughput: ${Math.round(r.perSecond).toLocaleString('en')} opinions/s on ${processes}; total ${(r.totalMs / 1000).toFixed(1)} s (goal ≤ 120 s: ${ok(r.totalMs <= 120_000)})`
      : `  throughput: ${Math.round(r.perSecond).toLocaleString('en')} opinions/s on one core (goal ≥ 10,000: ${ok(r.perSecond >= 10_000)}); total ${(r.totalMs / 1000).toFixed(1)} s (goal ≤ 120 s: ${ok(r.totalMs <= 120_000)})`,
    `  CPU time: ${(r.cpuMs / 1000).toFixed(1)} s${r.preparers ? ` (preparers ${(r.childCpuMs / 1000).toFixed(1)} s; the pipeline's process prepared ${(100 * r.preparedHere).toFixed(0)}% of the opinions itself, while the preparers' oldest batch was not yet in)` : ''}, ${Math.round(r.perCpuSecond).toLocaleString('en')} opinions per CPU second (load average ${r.load.toFixed(1)} at the end: above ~1.5 on this machine, wall time counts other processes' turns)`,
    `  peak memory: ${r.peakRssMb.toFixed(0)} MB resident${r.preparers ? ` (preparers ${r.childPeakMb.toFixed(0)} MB of it)` : ''} (goal ≤ 1,536 MB: ${ok(r.peakRssMb <= 1536)}); duplicate index ${r.indexMb.toFixed(0)} MB`,
    `  one new opinion into the full index: p50 ${fmtMs(r.oneP50)} ms, p99 ${fmtMs(r.oneP99)} ms, max ${fmtMs(r.oneMax)} ms (goal ≤ 5 ms: ${ok(r.oneP99 <= 5)})`,
    `  possible duplicates of an opinion in the full index (the console's list, ${r.similarAsked} asked): p50 ${fmtMs(r.similarP50)} ms, p99 ${fmtMs(r.similarP99)} ms, max ${fmtMs(r.similarMax)} ms; ${r.similarOffered.toFixed(2)} offered per opinion`,
    `  found: ${r.clustered.toLocaleString('en')} joined an earlier cluster, ${r.routed.toLocaleString('en')} routed to a named unit, ${r.failed} failed`,
  ];
}
