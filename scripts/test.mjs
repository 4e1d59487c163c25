#!/usr/bin/env node
// `npm test`: type-check, the database and API suite (SQLite always, PostgreSQL as well when
// TEST_DATABASE_URL is set), then the console build and the browser tests in Chromium.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check server', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['type-check console', 'npx', ['tsc', '-p', 'web', '--noEmit']],
  [`database and API suite (${process.env.TEST_DATABASE_URL ? 'SQLite + PostgreSQL' : 'SQLite; set TEST_DATABASE_URL for PostgreSQL too'})`, 'npx', ['vitest', 'run', '--config', 'vitest.config.ts']],
  ['console build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['browser tests (Chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts']],
];

for (const [title, cmd, args] of steps) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds}s)`);
}
