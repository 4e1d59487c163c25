// Entry point for running the CLI from sources (npm run dev): `tsx src/cli/run.ts serve`.
import { run } from './main.js';

await run();
