import type { Database } from '../db/client.ts';
import type { Logger } from '../logging/logger.ts';
import { createBullmqQueue } from './bullmq-queue.ts';
import { createDatabaseQueue } from './database-queue.ts';
import type { JobQueue } from './types.ts';

export type { JobDefinition, JobQueue, EnqueueOptions, JobState } from './types.ts';
export { createDatabaseQueue } from './database-queue.ts';
export { createBullmqQueue } from './bullmq-queue.ts';

/** BullMQ when Redis is configured, otherwise the database-backed runner. */
export function createJobQueue(options: { database: Database; logger: Logger; redisUrl?: string | undefined; pollMs?: number }): JobQueue {
  return options.redisUrl
    ? createBullmqQueue(options.logger, { redisUrl: options.redisUrl })
    : createDatabaseQueue(options.database, options.logger, { pollMs: options.pollMs ?? 500 });
}
