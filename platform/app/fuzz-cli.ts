/**
 * npm run fuzz [-- --cases 1000]: the hostile-input suite at full size against the composed app,
 * on PGlite and, when DATABASE_URL is set, on PostgreSQL; prints a table per driver and exits 1 on
 * any 5xx or violation.
 */
import { parseArgs } from 'node:util';
import { formatReports, runHostileSuite, runRawSocketCases, type EndpointReport } from '../testing/hostile-input/run.ts';
import { hostileEndpoints } from './hostile-endpoints.ts';
import { serveComposedApp } from './serve-composed.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '1000' }, seed: { type: 'string', default: '20261202' } } });
const cases = Number(values.cases);
const seed = Number(values.seed);
const OPEN = { burst: 1_000_000, perMinute: 1_000_000 };
const postgresUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;

async function fuzz(driver: 'pglite' | 'postgres'): Promise<EndpointReport[]> {
  if (driver === 'pglite') {
    delete process.env.DATABASE_URL;
    delete process.env.REDIS_URL;
  } else {
    process.env.DATABASE_URL = postgresUrl;
    if (redisUrl) process.env.REDIS_URL = redisUrl;
  }
  const served = await serveComposedApp({
    web: { rateLimits: { messagesPerConversation: OPEN, requestsPerIp: OPEN, startsPerIp: OPEN, typingPerConversation: OPEN }, streamCaps: { perIp: 1_000_000, perConversation: 1_000_000 } },
  });
  try {
    const started = performance.now();
    const reports = [...(await runHostileSuite(served.url, hostileEndpoints, cases, seed)), await runRawSocketCases(served.url)];
    const total = reports.reduce((n, r) => n + r.cases, 0);
    console.log(`\n## ${driver}: ${total} requests in ${((performance.now() - started) / 1000).toFixed(1)} s (${cases} cases per endpoint, seed ${seed})\n`);
    console.log(formatReports(reports));
    for (const r of reports) for (const v of r.violations) console.log(`  ✗ ${r.endpoint}: ${v}`);
    return reports;
  } finally {
    await served.close();
  }
}

const drivers: ('pglite' | 'postgres')[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];
if (!postgresUrl) console.log('DATABASE_URL is not set: PGlite only (set it to fuzz PostgreSQL too).');
let failed = false;
for (const driver of drivers) {
  const reports = await fuzz(driver);
  if (reports.some((r) => r.serverErrors > 0 || r.violations.length > 0)) failed = true;
}
process.exit(failed ? 1 : 0);
