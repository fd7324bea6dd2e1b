/**
 * A worker process for the PostgreSQL + Redis crash test: it runs the channel jobs on BullMQ and
 * freezes right after the first assistant turn is stored, tells the parent, and waits to be killed.
 */
import { createChannelRuntime, registerChannelJobs } from '../../../platform/app/channels.ts';
import { createAppServices } from '../../../platform/app/services.ts';
import { parseEnv } from '../../../platform/config/env.ts';
import { createBullmqQueue } from '../../../platform/jobs/bullmq-queue.ts';
import { createLogger } from '../../../platform/logging/logger.ts';
import { freezeAfterTurn } from './freeze-after-turn.ts';

const env = parseEnv(process.env);
const logger = createLogger('silent');
const services = await createAppServices(env, logger, { seed: false });
const queue = createBullmqQueue(logger, {
  redisUrl: env.REDIS_URL!,
  prefix: process.env.CRASH_TEST_PREFIX!,
  queueName: 'channels-crash',
  // Short enough for a quick takeover, long enough that a busy machine still renews the lock in
  // time: a lock missed while alive counts as a stall, and a job stalled too often is failed.
  lockDurationMs: 5_000,
  stalledIntervalMs: 1_000,
  maxStalledCount: 3,
});
const frozen = freezeAfterTurn(services, () => process.send?.('turn-stored'));
const runtime = createChannelRuntime(env, frozen, (name, payload, options) => queue.enqueue(name, payload, options));
registerChannelJobs(queue, env, frozen, runtime);
await queue.start();
process.send?.('ready');
