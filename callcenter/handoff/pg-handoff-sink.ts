import type { HandoffSink } from '../../assistant/index.ts';
import type { Db } from '../../platform/db/client.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import { handoffs } from '../tables.ts';

/**
 * Queues a handoff for the agents: one `handoffs` row with the summary the agent reads first,
 * then `handoff.requested` on the bus (the console and notifications listen to it).
 */
export function createHandoffSink(db: Db, bus?: EventBus): HandoffSink {
  return {
    async request(handoff) {
      const [row] = await db
        .insert(handoffs)
        .values({ conversationId: handoff.conversationId, reason: handoff.reason, summary: handoff.summary })
        .returning({ id: handoffs.id });
      if (!row) throw new Error('Handoff insert returned no row');
      bus?.emit('handoff.requested', { handoffId: row.id, conversationId: handoff.conversationId, reason: handoff.reason });
      return { id: row.id };
    },
  };
}
