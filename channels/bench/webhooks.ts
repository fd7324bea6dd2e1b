/**
 * `npm run bench:channels`: webhook acknowledgement p50/p95 at 200 events a second (target p95 ≤
 * 50 ms), and inbound event → outbound send p50/p95 per channel (Zalo, eSMS, Twilio), through the
 * whole app (wire.ts) against the loopback provider peers, on PostgreSQL when DATABASE_URL is set
 * (PGlite otherwise), jobs on BullMQ when REDIS_URL is set. Every event is a new citizen.
 * On PostgreSQL the app runs in a process of its own (`npm start`'s main.ts), as in production, so
 * the load generator's signing and HTTP client do not share the server's event loop; on PGlite
 * (one process per database) it runs in this process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serveApp, testTokenKey } from '../../platform/testing/serve-app.ts';
import { createTestDatabase } from '../../platform/testing/test-db.ts';
import { startEsmsPeer } from '../sms/testing/esms-server.ts';
import { startTwilioPeer } from '../sms/testing/twilio-server.ts';
import { startZaloPeer } from '../zalo/testing/zalo-server.ts';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_ACK_P95_MS = 50;
const PUBLIC = 'https://motcua.example.vn';
const QUESTIONS = ['lam lai can cuoc mat bao nhieu tien', 'dang ky khai sinh can giay to gi', 'dang ky thuong tru o dau', 'cap lai giay phep lai xe mat bao lau', 'ho chieu lam o dau'];
type Channel = 'zalo' | 'esms' | 'twilio';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const line = (label: string, values: number[]) =>
  `${label.padEnd(22)} n=${String(values.length).padStart(5)}   p50 ${percentile(values, 50).toFixed(1).padStart(8)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(8)} ms`;

const [zalo, esms, twilio] = await Promise.all([startZaloPeer(), startEsmsPeer(), startTwilioPeer()]);
const pair = zalo.issuePair();
/** With PostgreSQL, the web process only acknowledges and enqueues; separate worker processes run the turns and sends. */
const WORKERS = process.env.DATABASE_URL ? Number(process.env.BENCH_WORKERS ?? 2) : 0;
/** BENCH_ACK_ONLY=true: no job runs anywhere, so the acknowledgement is measured without the turns' load. */
const ACK_ONLY = process.env.BENCH_ACK_ONLY === 'true';
const database = await createTestDatabase();
const settings: Record<string, string> = {
  PUBLIC_BASE_URL: PUBLIC,
  RUN_JOBS: WORKERS > 0 || ACK_ONLY ? 'false' : 'true',
  CHANNEL_RATE_LIMIT_PER_MINUTE: '1000',
  // A prefix of its own: job ids (channels.inbound.<event id>) repeat across databases sharing a Redis.
  ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL, JOBS_REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}` } : {}),
  ...zalo.appSettings(pair),
  CHANNEL_TOKEN_KEY: testTokenKey(),
  ESMS_API_KEY: esms.apiKey,
  ESMS_SECRET_KEY: esms.secretKey,
  ESMS_PRIVATE_KEY: esms.privateKey,
  ESMS_API_BASE_URL: esms.url,
  TWILIO_ACCOUNT_SID: twilio.accountSid,
  TWILIO_AUTH_TOKEN: twilio.authToken,
  TWILIO_FROM: '+15005550006',
  TWILIO_API_BASE_URL: twilio.url,
};

/** A free loopback port for the app's own process. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The web process as `npm start` runs it, on the bench's database; resolves once /healthz answers. */
async function startWebProcess(): Promise<{ url: string; driver: string; jobs: string; close(): Promise<void> }> {
  const port = await freePort();
  const child = fork(fileURLToPath(new URL('../../platform/app/main.ts', import.meta.url)), [], {
    // BENCH_CPU_PROFILE=<dir>: a V8 CPU profile of the web process, written when it stops.
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [])],
    env: { ...process.env, ...settings, DATABASE_URL: database.url!, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent', SEED_SAMPLE_CORPUS: 'true', JOBS_POLL_MS: '20' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`the web process exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (tries > 600) throw new Error('the web process did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The page's bundle builds in the background at start (esbuild, CPU-heavy): wait for it.
  await fetch(`${url}/assets/page.js`).then((r) => r.arrayBuffer());
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    driver: 'postgres',
    jobs: process.env.REDIS_URL ? 'bullmq' : 'database',
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const served = database.url
  ? await startWebProcess()
  : await serveApp(settings, { database }).then((s) => ({ url: s.url, driver: s.app.services.database.driver, jobs: s.app.queue.kind, close: s.close }));
const workers: ChildProcess[] = [];
for (let i = 0; i < (ACK_ONLY ? 0 : WORKERS); i++) {
  workers.push(
    fork(fileURLToPath(new URL('../../platform/app/worker.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...settings, RUN_JOBS: 'true', DATABASE_URL: database.url!, LOG_LEVEL: 'silent', JOBS_POLL_MS: '20' },
      stdio: 'ignore',
    }),
  );
}
// Let the workers load the app, and the web process bundle its browser code, before the load starts.
if (database.url) await new Promise((resolve) => setTimeout(resolve, Number(process.env.BENCH_WARMUP_MS ?? (WORKERS > 0 && !ACK_ONLY ? 20_000 : 5_000))));
console.log(
  `bench:channels: ${served.driver}${database.url ? ' (app in its own process)' : ''}, jobs on ${served.jobs} ${ACK_ONLY ? 'not run (acknowledgement only)' : WORKERS > 0 ? `in ${WORKERS} worker processes` : 'in the web process'}, ${RATE} events/s for ${SECONDS} s`,
);

interface Sent {
  channel: Channel;
  address: string;
  startedAt: number;
  ackMs: number;
  status: number;
}
const results: Sent[] = [];
const inFlight: Promise<void>[] = [];

/** Plain node:http with keep-alive, lighter than fetch: the client's own work should not crowd the server's core. */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
function post(path: string, method: 'GET' | 'POST', headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${served.url}${path}`, { method, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** One provider's webhook call, signed in advance: the provider's signing is not the server's time. */
function request(i: number): { channel: Channel; address: string; send: () => Promise<number> } {
  const channel: Channel = (['zalo', 'esms', 'twilio'] as const)[i % 3]!;
  const question = QUESTIONS[i % QUESTIONS.length]!;
  const suffix = String(100000 + i).slice(-6);
  const warm = i >= 1_000_000; // warm-up events: numbers of their own
  const [esmsBlock, twilioBlock] = warm ? ['7', '8'] : ['3', '4'];
  if (channel === 'zalo') {
    const userId = `bench-${i}`;
    const signed = zalo.sign(zalo.textEvent(userId, question));
    return { channel, address: userId, send: () => post('/webhooks/zalo', 'POST', signed.headers, signed.body) };
  }
  if (channel === 'esms') {
    const query = esms.moQuery(`8491${esmsBlock}${suffix}`, question);
    return { channel, address: `091${esmsBlock}${suffix}`, send: () => post(`/webhooks/sms/esms/mo?${query}`, 'GET', {}) };
  }
  const signed = twilio.inbound(`${PUBLIC}/webhooks/sms/twilio`, `+8491${twilioBlock}${suffix}`, question, 'SM' + randomBytes(16).toString('hex'));
  return { channel, address: `+8491${twilioBlock}${suffix}`, send: () => post('/webhooks/sms/twilio', 'POST', signed.headers, signed.body) };
}

/**
 * Warm-up, not measured: a fresh process's first webhooks open database and Redis connections and
 * compile their code paths (they took 150–900 ms, against ~20 ms after), which is start-up, not
 * acknowledgement. BENCH_WARMUP_EVENTS (default 60) are sent at the same rate first; their replies
 * are waited for like the others'.
 */
const WARMUP = Number(process.env.BENCH_WARMUP_EVENTS ?? 60);
for (let i = 0; i < WARMUP; i++) {
  await new Promise((resolve) => setTimeout(resolve, 1000 / RATE));
  void request(1_000_000 + i).send().catch(() => undefined);
}
await new Promise((resolve) => setTimeout(resolve, 1_000));

// Open loop: one request every 1000/RATE ms whatever the answers, as providers deliver.
const total = RATE * SECONDS;
const prepared = Array.from({ length: total }, (_, i) => request(i));
// The load generator's own event-loop delay: a late client inflates the acknowledgement it measures.
const clientLoop = monitorEventLoopDelay({ resolution: 5 });
clientLoop.enable();
const start = performance.now();
for (let i = 0; i < total; i++) {
  const due = start + (i * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const { channel, address, send } = prepared[i]!;
  const startedAt = Date.now();
  const t0 = performance.now();
  inFlight.push(
    send().then(
      (status) => void results.push({ channel, address, startedAt, ackMs: performance.now() - t0, status }),
      () => void results.push({ channel, address, startedAt, ackMs: performance.now() - t0, status: 0 }),
    ),
  );
}
await Promise.all(inFlight);
clientLoop.disable();
const offered = (total / ((performance.now() - start) / 1000)).toFixed(0);

// Wait for every reply (or give up after 5 minutes).
const arrival = (r: Sent): number | undefined =>
  r.channel === 'zalo' ? zalo.sent.find((m) => m.userId === r.address)?.at : r.channel === 'esms' ? esms.sent.find((m) => m.phone === r.address)?.at : twilio.sent.find((m) => m.to === r.address)?.at;
const deadline = ACK_ONLY ? Date.now() : Date.now() + 300_000;
while (Date.now() < deadline && zalo.sent.length + esms.sent.length + twilio.sent.length < total + WARMUP) await new Promise((resolve) => setTimeout(resolve, 200));
const drainedSeconds = ((Date.now() - results.reduce((min, r) => Math.min(min, r.startedAt), Infinity)) / 1000).toFixed(1);

const acks = results.map((r) => r.ackMs);
// BENCH_TIMELINE=true: the slowest acknowledgement in each 250 ms of the run, to tell a stall from a slow path.
if (process.env.BENCH_TIMELINE === 'true') {
  const first = Math.min(...results.map((r) => r.startedAt));
  const slowest = new Map<number, number>();
  for (const r of results) {
    const slot = Math.floor((r.startedAt - first) / 250) * 250;
    slowest.set(slot, Math.max(slowest.get(slot) ?? 0, r.ackMs));
  }
  console.log('slowest ack per 250 ms: ' + [...slowest].sort((a, b) => a[0] - b[0]).map(([slot, ms]) => `${slot}:${ms.toFixed(0)}`).join(' '));
}
const failed = results.filter((r) => r.status !== 200);
const statuses = [...new Set(failed.map((r) => r.status))].join(', ');
console.log(`offered ${offered} events/s; non-200 answers: ${failed.length}${failed.length ? ` (status ${statuses})` : ''}`);
console.log(line('ack, all webhooks', acks) + `   (target p95 ≤ ${TARGET_ACK_P95_MS} ms: ${percentile(acks, 95) <= TARGET_ACK_P95_MS ? 'met' : 'not met'})`);
for (const channel of ['zalo', 'esms', 'twilio'] as const) console.log(line(`ack, ${channel}`, results.filter((r) => r.channel === channel).map((r) => r.ackMs)));
for (const channel of ['zalo', 'esms', 'twilio'] as const) {
  const delays = results.filter((r) => r.channel === channel).flatMap((r) => {
    const at = arrival(r);
    return at === undefined ? [] : [at - r.startedAt];
  });
  console.log(line(`inbound→send, ${channel}`, delays));
}
console.log(`load generator's event-loop delay: p99 ${(clientLoop.percentile(99) / 1e6).toFixed(1)} ms, max ${(clientLoop.max / 1e6).toFixed(1)} ms`);
console.log(`replies: ${zalo.sent.length + esms.sent.length + twilio.sent.length} of ${total + WARMUP} (${WARMUP} warm-up), all sent ${drainedSeconds} s after the first event`);

for (const worker of workers) worker.kill('SIGTERM');
await served.close();
await database.destroy();
await Promise.all([zalo.close(), esms.close(), twilio.close()]);
process.exit(0);
