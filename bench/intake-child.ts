import { createHmac } from 'node:crypto';
import autocannon from 'autocannon';

// Load generator for intake (run in its own process): posts opinions through the portal form
// or signed gateway deliveries (a fresh idempotency key and signature per request).
interface Job {
  mode: 'empty' | 'web' | 'gateway';
  origin: string;
  connections: number;
  durationSec: number;
  campaignId: string;
  orgId: string;
  keyId: string;
  secret: string;
  tag: string;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
let n = 0;
const texts = ['办事窗口门难进、脸难看，群众反映强烈。', '会议太多，文件太长，基层疲于应付。', '公车私用现象仍有发生，建议加强监督。', '检查评比过多过滥，建议精简。'];

function request(): autocannon.Request {
  const i = n++;
  if (job.mode === 'empty') return { method: 'GET', path: '/api/ping' };
  if (job.mode === 'web') {
    return {
      method: 'POST', path: '/api/portal/opinions', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ campaignId: job.campaignId, orgId: job.orgId, body: `${texts[i % texts.length]}（${job.tag}-${i}）`, targetKind: 'unit', anonymous: i % 3 !== 0, ...(i % 3 === 0 ? { contactName: '李明', contactPhone: '13800138000' } : {}) }),
    };
  }
  const body = JSON.stringify({ idempotencyKey: `${job.tag}-${i}`, channel: 'sms', body: `${texts[i % texts.length]}（${job.tag}-${i}）` });
  const ts = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', job.secret).update(`${ts}.${body}`).digest('hex');
  return { method: 'POST', path: '/api/gateway/opinions', body, headers: { 'content-type': 'application/json', 'x-massline-key': job.keyId, 'x-massline-timestamp': String(ts), 'x-massline-signature': signature } };
}

const result = await autocannon({
  url: job.origin,
  connections: job.connections,
  duration: job.durationSec,
  requests: [{ setupRequest: (req) => ({ ...req, ...request() }) }],
});
process.stdout.write(JSON.stringify({
  requestsPerSec: result.requests.mean,
  total: result.requests.total,
  ok2xx: result['2xx'],
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  latency: { p50: result.latency.p50, p99: result.latency.p99 },
}) + '\n');
