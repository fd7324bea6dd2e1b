import { randomUUID } from 'node:crypto';
import { Queue, Worker, UnrecoverableError, type Job } from 'bullmq';
import type { Logger } from '../logging/logger.ts';
import { maskPersonalData } from '../logging/redact.ts';
import { retryPolicy, type JobDefinition, type JobQueue, type JobState } from './types.ts';

export interface BullmqQueueOptions {
  redisUrl: string;
  /** Key prefix in Redis; tests use their own so runs never share jobs. */
  prefix?: string;
  queueName?: string;
  concurrency?: number;
  /** How long a job stays locked to a worker that stopped renewing it (it died); BullMQ's default 30 s. */
  lockDurationMs?: number;
  /** How often stalled jobs (their worker died) are looked for and put back; BullMQ's default 30 s. */
  stalledIntervalMs?: number;
  /** How many times a job may stall before BullMQ fails it for good; BullMQ's default 1. */
  maxStalledCount?: number;
}

const STATE: Record<string, JobState> = {
  waiting: 'pending',
  delayed: 'pending',
  prioritized: 'pending',
  'waiting-children': 'pending',
  active: 'running',
  completed: 'done',
  failed: 'failed',
};

/** BullMQ on Redis: Redis keeps the jobs, so a restart loses none and delayed jobs still fire. */
export function createBullmqQueue(logger: Logger, options: BullmqQueueOptions): JobQueue {
  const connection = { url: options.redisUrl, maxRetriesPerRequest: null };
  const queueName = options.queueName ?? 'mot-cua';
  const prefix = options.prefix ?? 'bull';
  const queue = new Queue(queueName, { connection, prefix });
  const definitions = new Map<string, JobDefinition<unknown>>();
  let worker: Worker | null = null;

  async function process(job: Job): Promise<void> {
    const definition = definitions.get(job.name);
    if (!definition) throw new UnrecoverableError(`no handler registered for ${job.name}`);
    const parsed = definition.schema.safeParse(job.data);
    if (!parsed.success) {
      // A payload that cannot parse will never succeed: fail it once, never loop.
      throw new UnrecoverableError(`invalid payload: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    }
    await definition.handler(parsed.data, { jobId: job.id ?? '', attempt: job.attemptsMade + 1 });
  }

  return {
    kind: 'bullmq',
    register(definition) {
      definitions.set(definition.name, definition as JobDefinition<unknown>);
    },
    async enqueue(name, payload, opts = {}) {
      const id = opts.jobId ?? randomUUID();
      const policy = retryPolicy(definitions.get(name), opts);
      await queue.add(name, payload, {
        jobId: id,
        delay: opts.delayMs ?? 0,
        attempts: policy.attempts,
        backoff: { type: 'exponential', delay: policy.backoffMs },
        removeOnComplete: { age: 7 * 24 * 3600 },
        removeOnFail: false,
      });
      return { id };
    },
    async state(jobId) {
      // State first: a job read before it failed and a state read after would show
      // 'failed' with no reason (moving to failed sets both at once in Redis).
      const raw = await queue.getJobState(jobId);
      const job = await queue.getJob(jobId);
      if (!job) return null;
      return { state: STATE[raw] ?? 'pending', attempts: job.attemptsMade, lastError: job.failedReason ?? null };
    },
    async start() {
      if (worker) return;
      worker = new Worker(queueName, process, {
        connection,
        prefix,
        concurrency: options.concurrency ?? 4,
        ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
        ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
        ...(options.maxStalledCount ? { maxStalledCount: options.maxStalledCount } : {}),
      });
      worker.on('failed', (job, error) => {
        logger.warn({ jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, error: maskPersonalData(error.message) }, 'job failed');
      });
      worker.on('error', (error) => logger.error({ error: maskPersonalData(error.message) }, 'job worker error'));
      await worker.waitUntilReady();
    },
    async stop() {
      // close() waits for active jobs to finish before resolving.
      await worker?.close();
      worker = null;
      await queue.close();
    },
  };
}
