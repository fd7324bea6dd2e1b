import type { EventBus } from '../events/bus.ts';
import type { Metrics } from '../http/metrics.ts';
import type { JobQueue } from '../jobs/index.ts';

/** Feeds /metrics from the bus (turns, handoffs) and from every job handler's outcome. */
export function observeApp(metrics: Metrics, bus: EventBus): () => void {
  const offTurns = bus.on('message.created', ({ message }) => {
    const kind = (message.reply as { kind?: unknown } | null)?.kind;
    if (message.role === 'assistant') metrics.turns.inc({ kind: typeof kind === 'string' ? kind : 'unknown' });
  });
  const offHandoffs = bus.on('handoff.requested', ({ reason }) => void metrics.handoffs.inc({ reason }));
  return () => {
    offTurns();
    offHandoffs();
  };
}

/** The same queue, with every registered handler counted by outcome. */
export function observeJobs(queue: JobQueue, metrics: Metrics): JobQueue {
  return Object.assign(Object.create(queue) as JobQueue, {
    register: (definition: Parameters<JobQueue['register']>[0]) =>
      queue.register({
        ...definition,
        handler: async (payload, context) => {
          try {
            await definition.handler(payload, context);
            metrics.jobRuns.inc({ job: definition.name, outcome: 'done' });
          } catch (error) {
            metrics.jobRuns.inc({ job: definition.name, outcome: 'failed' });
            throw error;
          }
        },
      }),
  });
}
