import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { generatedProvince, type TreeSpec } from '../src/demo/city.js';
import { generateOpinions } from './opinion-text.js';

// The triage benchmark's opinions, generated once into a file in the temporary directory and read back line by line
// (bench/triage-child.ts reads them inside its timed part, as a backlog reads them from the database). Generating
// them is not work a campaign does: in the timed loop it was about a quarter of the pipeline process's work. A
// million are 473 MB: kept in a file, not in the measuring process's memory.

export interface OrgEntry {
  id: string;
  name: string;
  aliases?: string[];
}

/** The generated province's organizations, as the benchmark routes over them. */
export function benchDirectory(orgs: number): OrgEntry[] {
  const out: OrgEntry[] = [];
  const walk = (t: TreeSpec) => {
    out.push({ id: t.code, name: t.name, aliases: t.aliases });
    for (const c of t.children ?? []) walk(c);
  };
  walk(generatedProvince(orgs, 3));
  return out;
}

const PREFIX = 'massline-triage-opinions-';
const HOUR = 3_600_000;

/**
 * The file of `total` generated opinions (seed 11) naming `orgs` organizations, made when missing. Its name holds a
 * hash of everything that shapes the texts: the generator's code, the organizations' names, the opencc-js and jieba
 * versions (Traditional dress and the nouns drawn), the count; files of the same count made by other inputs, and
 * parts a crashed run left over an hour ago, are removed when a new one is made.
 */
export function opinionFile(total: number, orgs: number): string {
  const require = createRequire(import.meta.url);
  const names = benchDirectory(orgs).map((o) => o.name);
  const generator = new URL(import.meta.url.endsWith('.ts') ? './opinion-text.ts' : './opinion-text.js', import.meta.url);
  // (A package's version from the package.json above its entry point: opencc-js's exports do not list package.json.)
  const version = (pkg: string): string => {
    for (let d = path.dirname(require.resolve(pkg)); d !== path.dirname(d); d = path.dirname(d)) {
      const p = path.join(d, 'package.json');
      if (!fs.existsSync(p)) continue;
      const json = JSON.parse(fs.readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (json.name === pkg) return json.version ?? '';
    }
    return '';
  };
  const key = createHash('sha1')
    .update(fs.readFileSync(generator)).update(names.join('\n')).update(String(total))
    .update(version('opencc-js')).update(version('@node-rs/jieba')).update(fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt')))
    .digest('hex').slice(0, 16);
  const dir = os.tmpdir();
  const file = path.join(dir, `${PREFIX}${total}-${key}.jsonl`);
  if (fs.existsSync(file)) return file;
  for (const f of fs.readdirSync(dir)) {
    if (!f.startsWith(PREFIX)) continue;
    const p = path.join(dir, f);
    const stale = f.startsWith(`${PREFIX}${total}-`) && f.endsWith('.jsonl') ? true : /\.jsonl\.\d+$/.test(f) && Date.now() - fs.statSync(p).mtimeMs > HOUR;
    if (stale) fs.rmSync(p, { force: true });
  }
  // Written under a part's name and renamed when whole: a crash never leaves a short file under the real name.
  const part = `${file}.${process.pid}`;
  const fd = fs.openSync(part, 'w');
  let lines: string[] = [];
  for (const text of generateOpinions(total, 11, names)) {
    lines.push(JSON.stringify(text));
    if (lines.length === 10_000) {
      fs.writeSync(fd, lines.join('\n') + '\n');
      lines = [];
    }
  }
  if (lines.length) fs.writeSync(fd, lines.join('\n') + '\n');
  fs.closeSync(fd);
  fs.renameSync(part, file);
  return file;
}

/** The file's lines one by one (each a JSON string), read in 1 MB blocks; throws past its end. */
export function lineReader(file: string): () => string {
  const fd = fs.openSync(file, 'r');
  const block = Buffer.alloc(1 << 20);
  let carry = Buffer.alloc(0);
  let lines: string[] = [];
  let at = 0;
  return (): string => {
    while (at === lines.length) {
      const n = fs.readSync(fd, block, 0, block.length, null);
      if (n === 0) throw new Error(`${file}: fewer opinions than asked for`);
      const chunk = carry.length ? Buffer.concat([carry, block.subarray(0, n)]) : block.subarray(0, n);
      const last = chunk.lastIndexOf(10);
      carry = Buffer.from(chunk.subarray(last + 1));
      lines = chunk.toString('utf8', 0, last).split('\n');
      at = 0;
    }
    return JSON.parse(lines[at++]) as string;
  };
}
