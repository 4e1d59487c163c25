// Dev helper: start the real server with the demo data on a fixed port (for the console during development).
//   npx tsx tests/browser/serve-demo.ts [port]
import path from 'node:path';
import { startServer } from '../../src/http/server.js';

const port = Number(process.argv[2] ?? 3000);
const server = await startServer({ demo: true, port, webDir: path.resolve('web/dist'), logLevel: 'warn' });
console.log(`massline demo at ${server.url}`);
for (const l of server.demoLogins) console.log(`  ${l.role.padEnd(26)} ${l.username} / ${l.password}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
