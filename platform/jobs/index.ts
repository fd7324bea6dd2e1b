import type { Database } from '../db/client.ts';
import type { Logger } from '../logging/logger.ts';
import { createDatabaseQueue } from './database-queue.ts';
import type { JobQueue } from './types.ts';

export type { JobDefinition, JobQueue, EnqueueOptions, JobState } from './types.ts';
export { createDatabaseQueue } from './database-queue.ts';

/** BullMQ when Redis is configured, otherwise the database-backed runner. */
export async function createJobQueue(options: { database: Database; logger: Logger; redisUrl?: string | undefined; redisPrefix?: string | undefined; pollMs?: number }): Promise<JobQueue> {
  if (options.redisUrl) {
    // Loaded only with Redis: the embedded default never pays for BullMQ's import.
    const { createBullmqQueue } = await import('./bullmq-queue.ts');
    return createBullmqQueue(options.logger, { redisUrl: options.redisUrl, ...(options.redisPrefix ? { prefix: options.redisPrefix } : {}) });
  }
  return createDatabaseQueue(options.database, options.logger, { pollMs: options.pollMs ?? 500 });
}
