import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { generatedProvince } from '../src/demo/city.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/trail.js';
import { applyImport, planImport, readImportFile } from '../src/modules/organizations/import.js';
import { LoopMonitor, type LoopDelay } from './eld.js';
import { timed } from './stats.js';
import { importRows, writeCsv, writeXlsx } from './tree.js';

// Import through the real path: a file of N rows (code, name, parent code, type, aliases,
// order) is written to disk, then read + parsed (readImportFile), validated and placed
// (planImport) and written (applyImport). The rows form a new region next to the benchmark
// one, so codes do not collide; the route does the same three steps.

export interface ImportResult {
  format: 'csv' | 'xlsx';
  rows: number;
  fileBytes: number;
  writeFileMs: number;
  parseMs: number;
  planMs: number;
  applyMs: number;
  totalMs: number;
  rowsPerSec: number;
  /** The event loop while parse+plan+apply ran (they run in the server process). */
  loopDelay: LoopDelay;
}

export async function benchImport(db: Kysely<Database>, dir: string, size: number, format: 'csv' | 'xlsx', seed: number): Promise<ImportResult> {
  const rows = importRows(generatedProvince(size, seed));
  const file = path.join(dir, `import-${seed}.${format}`);
  const written = await timed(async () => (format === 'csv' ? writeCsv(file, rows) : writeXlsx(file, rows)));

  const monitor = new LoopMonitor().start();
  const parsed = await timed(() => readImportFile(path.basename(file), fs.readFileSync(file)));
  const planned = await timed(() => planImport(db, parsed.value, { mayImportUnder: () => true, mayCreateRoots: true }));
  if (planned.value.errors.length) {
    throw new Error(`import plan has ${planned.value.errors.length} errors, first: ${JSON.stringify(planned.value.errors[0])}`);
  }
  const applied = await timed(() => applyImport(db, SYSTEM_ACTOR, planned.value, { fileName: path.basename(file) }));
  const loopDelay = monitor.stop();
  fs.rmSync(file, { force: true });
  if (applied.value !== rows.length) throw new Error(`imported ${applied.value} of ${rows.length} rows`);
  const totalMs = parsed.ms + planned.ms + applied.ms;
  return {
    format,
    rows: rows.length,
    fileBytes: written.value,
    writeFileMs: written.ms,
    parseMs: parsed.ms,
    planMs: planned.ms,
    applyMs: applied.ms,
    totalMs,
    rowsPerSec: rows.length / (totalMs / 1000),
    loopDelay,
  };
}
