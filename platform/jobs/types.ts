import type { z } from 'zod';

/** A job is a definition (name, payload schema, handler) plus retry policy; handlers must be idempotent. */
export interface JobDefinition<T = unknown> {
  name: string;
  schema: z.ZodType<T>;
  handler: (payload: T, context: { jobId: string; attempt: number }) => Promise<void>;
  /** Total tries including the first (default 3). */
  attempts?: number;
  /** First retry delay; doubles on each later retry (default 1000 ms). */
  backoffMs?: number;
}

export interface EnqueueOptions {
  /** Idempotency key: a second enqueue with the same id is ignored. */
  jobId?: string;
  delayMs?: number;
  attempts?: number;
  backoffMs?: number;
}

export type JobState = 'pending' | 'running' | 'done' | 'failed';

export interface JobQueue {
  readonly kind: 'database' | 'bullmq';
  register<T>(definition: JobDefinition<T>): void;
  enqueue(name: string, payload: unknown, options?: EnqueueOptions): Promise<{ id: string }>;
  state(jobId: string): Promise<{ state: JobState; attempts: number; lastError: string | null } | null>;
  /** Starts processing registered jobs (the web process and the worker both may). */
  start(): Promise<void>;
  /** Stops taking new jobs and waits for running handlers to finish. */
  stop(): Promise<void>;
}

const DEFAULT_ATTEMPTS = 3;
const DEFAULT_BACKOFF_MS = 1000;

/** The retry policy of one enqueue: its options, else the job definition's, else the defaults. */
export function retryPolicy(definition: JobDefinition<unknown> | undefined, options: EnqueueOptions): { attempts: number; backoffMs: number } {
  return {
    attempts: options.attempts ?? definition?.attempts ?? DEFAULT_ATTEMPTS,
    backoffMs: options.backoffMs ?? definition?.backoffMs ?? DEFAULT_BACKOFF_MS,
  };
}

export function retryDelay(backoffMs: number, attemptsMade: number): number {
  return backoffMs * 2 ** Math.max(0, attemptsMade - 1);
}
