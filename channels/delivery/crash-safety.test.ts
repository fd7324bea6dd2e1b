import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createChannelRuntime, registerChannelJobs } from '../../platform/app/channels.ts';
import { createAppServices, type AppServices } from '../../platform/app/services.ts';
import { parseEnv } from '../../platform/config/env.ts';
import { createBullmqQueue } from '../../platform/jobs/bullmq-queue.ts';
import { createDatabaseQueue, type JobQueue } from '../../platform/jobs/index.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { testTokenKey } from '../../platform/testing/serve-app.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { startZaloPeer, type ZaloPeer } from '../zalo/testing/zalo-server.ts';
import { freezeAfterTurn } from './testing/freeze-after-turn.ts';
import { recordInbound } from './index.ts';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

function zaloSettings(peer: ZaloPeer, pair: { accessToken: string; refreshToken: string }, key: string) {
  return {
    ...peer.appSettings(pair),
    CHANNEL_TOKEN_KEY: key,
  };
}

async function setUp(database: TestDatabase, extra: Record<string, string> = {}) {
  const peer = await startZaloPeer();
  cleanup.push(() => peer.close());
  const settings = { NODE_ENV: 'test', LOG_LEVEL: 'silent', ...zaloSettings(peer, peer.issuePair(), testTokenKey()), ...extra } as Record<string, string>;
  const env = parseEnv(settings);
  const services = await createAppServices(env, createLogger('silent'), { database, seed: true });
  return { peer, env, settings, services };
}

/** Exactly one turn and one reply for the citizen's message, after everything settles. */
async function expectExactlyOnce(services: AppServices, peer: ZaloPeer, userId: string, msgId: string) {
  await waitFor(() => peer.sent.some((m) => m.userId === userId), 90_000);
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // room for a duplicate to show up
  expect(peer.sent.filter((m) => m.userId === userId)).toHaveLength(1);
  const [row] = await services.database.rows<{ asked: number; answered: number }>(sql`
    select count(*) filter (where role = 'citizen')::int as asked, count(*) filter (where role = 'assistant')::int as answered
    from messages where conversation_id = (select conversation_id from channel_contacts where address = ${userId})`);
  expect(row).toEqual({ asked: 1, answered: 1 });
  void msgId;
}

describe('crash safety: a worker dies after the turn is stored, before the reply leaves', () => {
  // In process, a "dead" job still holds the citizen's lock, and on PostgreSQL that lock is a live
  // connection's advisory lock; a real death closes it (the BullMQ case below kills a process).
  it.skipIf(Boolean(process.env.DATABASE_URL))('on the embedded default (PGlite, jobs in the database): one turn, one reply once jobs resume', async () => {
    const database = await createTestDatabase();
    cleanup.push(() => database.destroy());
    const { peer, env, services } = await setUp(database);
    const logger = createLogger('silent');
    let stored!: () => void;
    const turnStored = new Promise<void>((resolve) => (stored = resolve));
    const first = createDatabaseQueue(database, logger, { pollMs: 20, leaseMs: 1_500 });
    const dying = freezeAfterTurn(services, () => stored());
    const runtime = createChannelRuntime(env, dying, (n, p, o) => first.enqueue(n, p, o));
    registerChannelJobs(first, env, dying, runtime);
    await runtime.start();
    await first.start();
    const event = peer.textEvent('u-crash', 'làm lại căn cước mất bao nhiêu tiền', 'crash-1');
    await recordInbound({ events: runtime.stores.events, enqueue: (n, p, o) => first.enqueue(n, p, o) }, {
      provider: 'zalo', providerMessageId: 'crash-1', channel: 'zalo', address: 'u-crash', kind: 'text', text: event.message.text,
    });
    await turnStored;
    void first.stop(); // the process is gone: it polls no more, and its job never finishes
    const second: JobQueue = createDatabaseQueue(database, logger, { pollMs: 20, leaseMs: 1_500 });
    const again = createChannelRuntime(env, services, (n, p, o) => second.enqueue(n, p, o));
    registerChannelJobs(second, env, services, again);
    await second.start();
    cleanup.push(() => second.stop());
    await expectExactlyOnce(services, peer, 'u-crash', 'crash-1');
  }, 120_000);

  it.skipIf(!process.env.DATABASE_URL || !process.env.REDIS_URL)('on PostgreSQL + Redis (BullMQ): a killed worker process, then one reply', async () => {
    const database = await createTestDatabase();
    cleanup.push(() => database.destroy());
    const { peer, env, settings, services } = await setUp(database, { DATABASE_URL: 'postgres://placeholder/x', REDIS_URL: process.env.REDIS_URL! });
    const prefix = `crash-test-${randomBytes(4).toString('hex')}`;
    const logger = createLogger('silent');
    const child = fork(fileURLToPath(new URL('./testing/crash-worker.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...settings, DATABASE_URL: database.url!, CRASH_TEST_PREFIX: prefix },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    cleanup.push(async () => child.kill('SIGKILL'));
    const messages: string[] = [];
    child.on('message', (m) => messages.push(String(m)));
    await waitFor(() => messages.includes('ready'), 60_000);
    const producer = createBullmqQueue(logger, { redisUrl: process.env.REDIS_URL!, prefix, queueName: 'channels-crash' });
    cleanup.push(() => producer.stop());
    const runtime = createChannelRuntime(env, services, (n, p, o) => producer.enqueue(n, p, o));
    await runtime.start();
    await recordInbound({ events: runtime.stores.events, enqueue: (n, p, o) => producer.enqueue(n, p, o) }, {
      provider: 'zalo', providerMessageId: 'crash-2', channel: 'zalo', address: 'u-crash-pg', kind: 'text', text: 'làm lại căn cước mất bao nhiêu tiền',
    });
    peer.interacted('u-crash-pg');
    await waitFor(() => messages.includes('turn-stored'), 60_000);
    child.kill('SIGKILL');
    const worker = createBullmqQueue(logger, { redisUrl: process.env.REDIS_URL!, prefix, queueName: 'channels-crash', lockDurationMs: 5_000, stalledIntervalMs: 1_000, maxStalledCount: 3 });
    registerChannelJobs(worker, env, services, runtime);
    await worker.start();
    cleanup.push(() => worker.stop());
    await expectExactlyOnce(services, peer, 'u-crash-pg', 'crash-2');
  }, 180_000);
});
