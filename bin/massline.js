#!/usr/bin/env -S node --max-semi-space-size=64
// The `massline` command. Runs the compiled CLI (built by `npm install` / `npm run build`);
// in a checkout without a build it falls back to the TypeScript sources through tsx. Its young
// generation is 64 MB semi-spaces, as `npm start`'s: triage's first pass allocates short-lived
// strings fast (see bench/triage.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
let cli;
if (existsSync(compiled)) {
  cli = await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
await cli.run();
