#!/usr/bin/env -S node --max-semi-space-size=64
// The `massline` command. Runs the compiled CLI (built by `npm install` / `npm run build`);
// in a checkout without a build it falls back to the TypeScript sources through tsx. Its young
// generation is 64 MB semi-spaces, as `npm start`'s: triage's first pass allocates short-lived
// strings fast (see bench/triage.ts).
//
// In a working checkout the build goes stale as soon as a source file is edited, and a stale
// build answers with the old code (a `triage eval` measuring yesterday's pipeline). So when any
// file under src/ is newer than the build, the sources run instead (tsx is a dev dependency; an
// installed package has no newer sources and always runs its build).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const sources = fileURLToPath(new URL('../src', import.meta.url));

/** The latest modification time (ms) of the files under `dir` (a few hundred: about a millisecond). */
function latest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${entry.name}`;
    t = Math.max(t, entry.isDirectory() ? latest(p) : statSync(p).mtimeMs);
  }
  return t;
}

let useBuild = existsSync(compiled);
// The build's newest output, not main.js's: an incremental build rewrites only what changed.
if (useBuild && existsSync(sources) && latest(sources) > latest(fileURLToPath(new URL('../dist/src', import.meta.url)))) {
  try {
    await import('tsx/esm/api');
    useBuild = false;
  } catch {
    process.stderr.write('massline: the build in dist/ is older than src/; run `npm run build` (running the build)\n');
  }
}
let cli;
if (useBuild) {
  cli = await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
await cli.run();
