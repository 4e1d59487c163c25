import autocannon from 'autocannon';

// Load generator, run in its own process (spawned by bench/http.ts) so that the server's
// event loop is not shared with the client's. Reads its job as JSON from argv[2], prints
// one JSON summary on stdout. Paths rotate so that reads hit many organizations.

interface Job {
  origin: string;
  paths: string[];
  connections: number;
  durationSec: number;
  headers: Record<string, string>;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
let i = 0;
process.stderr.write('start\n');
const result = await autocannon({
  url: job.origin + job.paths[0],
  connections: job.connections,
  duration: job.durationSec,
  headers: job.headers,
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: job.paths[i++ % job.paths.length] }) }],
});
process.stdout.write(JSON.stringify({
  requestsPerSec: result.requests.mean,
  requestsTotal: result.requests.total,
  latency: { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.mean, max: result.latency.max },
  throughputBytesPerSec: result.throughput.mean,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  durationSec: result.duration,
}) + '\n');
