import { JOB_INBOUND, type Enqueue, type InboundEventInput, type InboundEventStore } from './ports.ts';

/**
 * What every webhook does once the request is verified and parsed: store the event (once per
 * provider message id) and queue its job. A replay of an event not yet processed queues the same
 * job id again, which the queue ignores; a processed one does nothing at all.
 */
export async function recordInbound(
  deps: { events: InboundEventStore; enqueue: Enqueue },
  event: InboundEventInput,
): Promise<{ id: number; created: boolean }> {
  const recorded = await deps.events.record(event);
  if (!recorded.processed) await deps.enqueue(JOB_INBOUND, { eventId: recorded.id }, { jobId: `channels.inbound.${recorded.id}` });
  return { id: recorded.id, created: recorded.created };
}
