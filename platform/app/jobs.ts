import { z } from 'zod';
import type { JobQueue } from '../jobs/index.ts';
import type { AppServices } from './services.ts';

/** Every background job of the app, registered in one place for the web process and the worker. */
export function registerJobs(queue: JobQueue, services: AppServices): void {
  queue.register({
    name: 'knowledge.reembed',
    schema: z.object({ embedder: z.string() }),
    attempts: 3,
    backoffMs: 5_000,
    // Idempotent: it only touches chunks whose stored embedder differs from the configured one.
    handler: async () => {
      const { reembedded } = await services.store.reembedIfNeeded();
      if (reembedded > 0) services.logger.info({ reembedded, embedder: services.embedder.id }, 'chunks re-embedded');
    },
  });
}

/** After a switch of embedder, re-embedding runs once per embedder id, in the background. */
export async function enqueueStartupJobs(queue: JobQueue, services: AppServices): Promise<void> {
  await queue.enqueue('knowledge.reembed', { embedder: services.embedder.id }, { jobId: `knowledge.reembed.${services.embedder.id.replace(/[^\w.-]/g, '_')}` });
}
