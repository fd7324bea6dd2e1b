import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Logger } from '../logging/logger.ts';
import { maskPersonalData } from '../logging/redact.ts';
import { jobs } from './tables.ts';
import { retryDelay, retryPolicy, type JobDefinition, type JobQueue } from './types.ts';

interface ClaimedJob extends Record<string, unknown> {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
  backoff_ms: number;
}

export interface DatabaseQueueOptions {
  pollMs?: number;
  /** A running job whose lease expires (its process died) is taken again. */
  leaseMs?: number;
  batchSize?: number;
}

/** The embedded runner: jobs live in the `jobs` table, so a crash or restart loses none. */
export function createDatabaseQueue(database: Database, logger: Logger, options: DatabaseQueueOptions = {}): JobQueue {
  const pollMs = options.pollMs ?? 500;
  const leaseMs = options.leaseMs ?? 60_000;
  const batchSize = options.batchSize ?? 5;
  const definitions = new Map<string, JobDefinition<unknown>>();
  const running = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let started = false;
  let polling: Promise<void> | null = null;

  async function claim(): Promise<ClaimedJob[]> {
    const names = [...definitions.keys()];
    if (names.length === 0) return [];
    return database.rows<ClaimedJob>(sql`
      update jobs set status = 'running', attempts = attempts + 1,
        locked_until = now() + (${leaseMs} * interval '1 millisecond'), updated_at = now()
      where id in (
        select id from jobs
        where name in (${sql.join(names.map((n) => sql`${n}`), sql`, `)})
          and ((status = 'pending' and run_at <= now()) or (status = 'running' and locked_until < now()))
        order by run_at limit ${batchSize}
        for update skip locked)
      returning id, name, payload, attempts, max_attempts, backoff_ms`);
  }

  async function finish(job: ClaimedJob, error: unknown): Promise<void> {
    if (!error) {
      await database.db.execute(sql`update jobs set status = 'done', locked_until = null, last_error = null, updated_at = now() where id = ${job.id}`);
      return;
    }
    const message = maskPersonalData(error instanceof Error ? error.message : String(error)).slice(0, 2000);
    if (job.attempts < job.max_attempts) {
      const delay = retryDelay(job.backoff_ms, job.attempts);
      await database.db.execute(sql`update jobs set status = 'pending', locked_until = null, last_error = ${message},
        run_at = now() + (${delay} * interval '1 millisecond'), updated_at = now() where id = ${job.id}`);
      logger.warn({ jobId: job.id, job: job.name, attempt: job.attempts, retryInMs: delay, error: message }, 'job failed, will retry');
    } else {
      await database.db.execute(sql`update jobs set status = 'failed', locked_until = null, last_error = ${message}, updated_at = now() where id = ${job.id}`);
      logger.error({ jobId: job.id, job: job.name, attempts: job.attempts, error: message }, 'job failed for good');
    }
  }

  async function run(job: ClaimedJob): Promise<void> {
    const definition = definitions.get(job.name);
    if (!definition) return;
    const parsed = definition.schema.safeParse(job.payload);
    if (!parsed.success) {
      // A payload that cannot parse will never succeed: record it and drop it, never loop.
      await database.db.execute(sql`update jobs set status = 'failed', max_attempts = attempts, locked_until = null,
        last_error = ${`invalid payload: ${parsed.error.issues.map((i) => i.message).join('; ')}`}, updated_at = now() where id = ${job.id}`);
      logger.error({ jobId: job.id, job: job.name }, 'job payload invalid, dropped');
      return;
    }
    let failure: unknown = null;
    try {
      await definition.handler(parsed.data, { jobId: job.id, attempt: job.attempts });
    } catch (error) {
      failure = error ?? new Error('handler failed');
    }
    await finish(job, failure);
  }

  async function poll(): Promise<void> {
    try {
      const claimed = await claim();
      for (const job of claimed) {
        const task = run(job).catch((error: unknown) => logger.error({ err: error, jobId: job.id }, 'job bookkeeping failed'));
        running.add(task);
        void task.finally(() => running.delete(task));
      }
    } catch (error) {
      if (started) logger.error({ err: error }, 'job poll failed');
    }
  }

  function schedule(delay: number): void {
    if (!started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      polling = poll().finally(() => {
        polling = null;
        schedule(pollMs);
      });
    }, delay);
  }

  return {
    kind: 'database',
    register(definition) {
      definitions.set(definition.name, definition as JobDefinition<unknown>);
    },
    async enqueue(name, payload, options = {}) {
      const id = options.jobId ?? randomUUID();
      const policy = retryPolicy(definitions.get(name), options);
      const delayMs = options.delayMs ?? 0;
      await database.db
        .insert(jobs)
        .values({
          id,
          name,
          payload: payload as object,
          runAt: sql`now() + (${delayMs} * interval '1 millisecond')`,
          maxAttempts: policy.attempts,
          backoffMs: policy.backoffMs,
        })
        .onConflictDoNothing({ target: jobs.id });
      if (delayMs === 0 && started && !polling) schedule(0);
      return { id };
    },
    async state(jobId) {
      const [row] = await database.rows<{ status: 'pending' | 'running' | 'done' | 'failed'; attempts: number; last_error: string | null }>(
        sql`select status, attempts, last_error from jobs where id = ${jobId}`,
      );
      return row ? { state: row.status, attempts: row.attempts, lastError: row.last_error } : null;
    },
    async start() {
      if (started) return;
      started = true;
      schedule(0);
    },
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await polling;
      await Promise.all([...running]);
    },
  };
}
