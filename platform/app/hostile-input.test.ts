import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReports, runHostileSuite, runRawSocketCases } from '../testing/hostile-input/run.ts';
import { hostileEndpoints } from './hostile-endpoints.ts';
import type { ServedApp } from '../testing/serve-app.ts';
import { serveComposedApp } from './serve-composed.ts';

/**
 * The hostile-input suite at a small budget per public endpoint (`npm run fuzz` runs 1,000+):
 * no 5xx, problem+json on errors, nothing internal or personal echoed, the process still healthy.
 */
const BUDGET = Number(process.env.HOSTILE_BUDGET ?? 40);
const OPEN_LIMITS = { burst: 100_000, perMinute: 100_000 };
let served: ServedApp;

beforeAll(async () => {
  served = await serveComposedApp({
    web: { rateLimits: { messagesPerConversation: OPEN_LIMITS, requestsPerIp: OPEN_LIMITS, startsPerIp: OPEN_LIMITS, typingPerConversation: OPEN_LIMITS }, streamCaps: { perIp: 10_000, perConversation: 10_000 } },
  });
}, 120_000);
afterAll(() => served?.close());

describe('hostile input', () => {
  it.each(hostileEndpoints.map((e) => [e.name, e] as const))('%s', async (_name, endpoint) => {
    const [report] = await runHostileSuite(served.url, [endpoint], BUDGET);
    expect(report!.violations, formatReports([report!])).toEqual([]);
    expect(report!.cases).toBeGreaterThan(BUDGET / 2);
  }, 300_000);

  it('raw requests no client would send', async () => {
    const report = await runRawSocketCases(served.url);
    expect(report.violations, formatReports([report])).toEqual([]);
  }, 120_000);
});
