import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createChannelRuntime, registerChannelJobs } from '../../platform/app/channels.ts';
import { createAppServices, type AppServices } from '../../platform/app/services.ts';
import { parseEnv } from '../../platform/config/env.ts';
import { createBullmqQueue } from '../../platform/jobs/bullmq-queue.ts';
import { createDatabaseQueue, type JobQueue } from '../../platform/jobs/index.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { createTestDatabase } from '../../platform/testing/test-db.ts';
import { testTokenKey } from '../../platform/testing/serve-app.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { renderZalo } from '../zalo/index.ts';
import { startZaloPeer } from '../zalo/testing/zalo-server.ts';
import { messageFromReply, recordInbound } from './index.ts';

/** Five messages whose answers depend on the ones before: a question with choices, then a pick. */
const BURST = ['giấy phép', '1', 'làm lại căn cước mất bao nhiêu tiền', 'giấy phép', '2'];

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

async function setUp(extra: Record<string, string> = {}) {
  const database = await createTestDatabase();
  cleanup.push(() => database.destroy());
  const peer = await startZaloPeer();
  cleanup.push(() => peer.close());
  const pair = peer.issuePair();
  const env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    CHANNEL_RATE_LIMIT_PER_MINUTE: '100',
    ...peer.appSettings(pair),
    CHANNEL_TOKEN_KEY: testTokenKey(),
    ...extra,
  });
  const services = await createAppServices(env, createLogger('silent'), { database, seed: true });
  return { peer, env, services };
}

/** What the citizen should read, in order: the same five messages answered one after another. */
async function expectedParts(services: AppServices): Promise<string[]> {
  const conversationId = await services.assistant.conversations.start('zalo');
  const parts: string[] = [];
  for (const text of BURST) parts.push(...renderZalo(messageFromReply(await services.assistant.handleTurn({ conversationId, channel: 'zalo', text }))));
  return parts;
}

async function burstAndCheck(queue: JobQueue, setup: Awaited<ReturnType<typeof setUp>>): Promise<void> {
  const { peer, env, services } = setup;
  const runtime = createChannelRuntime(env, services, (n, p, o) => queue.enqueue(n, p, o));
  registerChannelJobs(queue, env, services, runtime);
  await runtime.start();
  const expected = await expectedParts(services);
  expect(expected.length).toBeGreaterThanOrEqual(BURST.length);
  const user = `u-burst-${randomBytes(3).toString('hex')}`;
  peer.interacted(user);
  await queue.start();
  cleanup.push(() => queue.stop());
  // As a webhook stores them: one after another, each queuing its job, all waiting at once.
  for (const [i, text] of BURST.entries()) {
    await recordInbound({ events: runtime.stores.events, enqueue: (n, p, o) => queue.enqueue(n, p, o) }, {
      provider: 'zalo', providerMessageId: `${user}-${i}`, channel: 'zalo', address: user, kind: 'text', text,
    });
  }
  await waitFor(() => peer.sent.filter((m) => m.userId === user).length >= expected.length, 90_000);
  await new Promise((resolve) => setTimeout(resolve, 500)); // room for a duplicate to show up
  expect(peer.sent.filter((m) => m.userId === user).map((m) => m.text)).toEqual(expected);
  const stored = await services.database.rows<{ role: string; text: string }>(sql`
    select role, text from messages where conversation_id = (select conversation_id from channel_contacts where address = ${user}) order by id`);
  expect(stored.filter((m) => m.role === 'citizen').map((m) => m.text)).toEqual(BURST);
  expect(stored.map((m) => m.role)).toEqual(BURST.flatMap(() => ['citizen', 'assistant']));
}

describe('one citizen, a burst of five messages: five answers in order, each on the state the last one left', () => {
  it('on the embedded default (jobs in the database, five running at once)', async () => {
    const setup = await setUp();
    const queue = createDatabaseQueue(setup.services.database, createLogger('silent'), { pollMs: 20, batchSize: 10 });
    await burstAndCheck(queue, setup);
  }, 180_000);

  it.skipIf(!process.env.DATABASE_URL || !process.env.REDIS_URL)('on PostgreSQL + Redis (BullMQ, four workers at once)', async () => {
    const setup = await setUp();
    const queue = createBullmqQueue(createLogger('silent'), { redisUrl: process.env.REDIS_URL!, prefix: `ordering-${randomBytes(4).toString('hex')}`, queueName: 'channels-ordering', concurrency: 4 });
    await burstAndCheck(queue, setup);
  }, 180_000);
});
