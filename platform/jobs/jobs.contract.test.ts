import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { createLogger } from '../logging/logger.ts';
import { createTestDatabase, testDriver, type TestDatabase } from '../testing/test-db.ts';
import { waitFor } from '../testing/wait-for.ts';
import { createBullmqQueue } from './bullmq-queue.ts';
import { createDatabaseQueue } from './database-queue.ts';
import type { JobQueue } from './types.ts';

const logger = createLogger('silent');
const redisUrl = process.env.REDIS_URL;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

type QueueFactory = () => JobQueue;
const implementations: [string, (scope: string) => QueueFactory][] = [
  [`database runner on ${testDriver()}`, () => () => createDatabaseQueue(database, logger, { pollMs: 20, leaseMs: 300 })],
];
if (redisUrl) {
  implementations.push(['BullMQ on Redis', (scope) => () => createBullmqQueue(logger, { redisUrl, prefix: `test-${scope}` })]);
}

describe.each(implementations)('jobs: %s', (_name, factoryFor) => {
  const payload = z.object({ n: z.number() });

  it('runs a delayed job once even when enqueued twice with the same id', async () => {
    const queue = factoryFor(randomUUID())();
    const seen: number[] = [];
    queue.register({ name: 'once', schema: payload, handler: async (p) => void seen.push(p.n) });
    await queue.start();
    const id = `once-${randomUUID()}`;
    const started = Date.now();
    await queue.enqueue('once', { n: 1 }, { jobId: id, delayMs: 200 });
    await queue.enqueue('once', { n: 2 }, { jobId: id, delayMs: 200 });
    await waitFor(async () => (await queue.state(id))?.state === 'done');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    await new Promise((r) => setTimeout(r, 150));
    expect(seen).toEqual([1]);
    await queue.stop();
  });

  it('retries a throwing handler with backoff, then records it as failed', async () => {
    const queue = factoryFor(randomUUID())();
    let calls = 0;
    queue.register({
      name: 'flaky',
      schema: payload,
      attempts: 3,
      backoffMs: 30,
      handler: async () => {
        calls += 1;
        throw new Error(`boom ${calls}`);
      },
    });
    await queue.start();
    const { id } = await queue.enqueue('flaky', { n: 1 });
    const final = await waitFor(async () => {
      const s = await queue.state(id);
      return s?.state === 'failed' ? s : null;
    });
    expect(calls).toBe(3);
    expect(final?.attempts).toBe(3);
    expect(final?.lastError).toContain('boom 3');
    await queue.stop();
  });

  it('runs a job that fell due while the process was down, after restart', async () => {
    const scope = randomUUID();
    const before = factoryFor(scope)();
    before.register({ name: 'later', schema: payload, handler: async () => undefined });
    const { id } = await before.enqueue('later', { n: 7 }, { delayMs: 100 });
    await before.stop(); // the process goes down before the job is due
    await new Promise((r) => setTimeout(r, 250));

    const after = factoryFor(scope)();
    const seen: number[] = [];
    after.register({ name: 'later', schema: payload, handler: async (p) => void seen.push(p.n) });
    await after.start();
    await waitFor(async () => (await after.state(id))?.state === 'done');
    expect(seen).toEqual([7]);
    await after.stop();
  });

  it('drops a job whose payload does not parse, without retrying', async () => {
    const queue = factoryFor(randomUUID())();
    let calls = 0;
    queue.register({ name: 'strict', schema: payload, attempts: 5, handler: async () => void (calls += 1) });
    await queue.start();
    const { id } = await queue.enqueue('strict', { n: 'not a number' });
    const final = await waitFor(async () => {
      const s = await queue.state(id);
      return s?.state === 'failed' ? s : null;
    });
    expect(calls).toBe(0);
    expect(final?.lastError).toContain('invalid payload');
    await queue.stop();
  });
});

describe(`jobs: database runner crash recovery on ${testDriver()}`, () => {
  it('takes again a job left running by a process that died', async () => {
    const id = `orphan-${randomUUID()}`;
    // What a crash leaves behind: claimed, lease already expired, handler never finished.
    await database.db.execute(sql`insert into jobs (id, name, payload, status, attempts, max_attempts, locked_until)
      values (${id}, 'orphan', '{"n": 3}'::jsonb, 'running', 1, 3, now() - interval '1 second')`);
    const queue = createDatabaseQueue(database, logger, { pollMs: 20 });
    const seen: number[] = [];
    queue.register({ name: 'orphan', schema: z.object({ n: z.number() }), handler: async (p) => void seen.push(p.n) });
    await queue.start();
    await waitFor(async () => (await queue.state(id))?.state === 'done');
    expect(seen).toEqual([3]);
    await queue.stop();
  });
});
