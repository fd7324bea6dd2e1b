import type { HandoffSink } from '../../assistant/index.ts';
import { handoffs } from '../tables.ts';
import type { QueueDeps } from './deps.ts';
import { priorityOf, requiredSkills } from './priority.ts';
import { announce, itemEvent } from './queue-events.ts';

/**
 * The assistant's HandoffSink: a queue item with its priority, required skills and summary, then
 * `handoff.requested` and `conversation.queued` on the bus (routing listens to the latter).
 * Out of hours the item still waits in the queue, and the citizen is told when people answer.
 */
export function createQueueHandoffSink(deps: QueueDeps): HandoffSink {
  return {
    async request(handoff) {
      const priorityCitizen = handoff.priorityCitizen ?? false;
      const channel = handoff.channel ?? 'web';
      const [row] = await deps.db
        .insert(handoffs)
        .values({
          conversationId: handoff.conversationId,
          reason: handoff.reason,
          summary: handoff.summary,
          priority: priorityOf(handoff.reason, priorityCitizen),
          skills: requiredSkills(handoff.field, channel, priorityCitizen),
          channel,
        })
        .returning();
      if (!row) throw new Error('Handoff insert returned no row');
      deps.bus.emit('handoff.requested', { handoffId: row.id, conversationId: row.conversationId, reason: row.reason });
      announce(deps.bus, 'conversation.queued', itemEvent(row));
      // The notice must reflect today's settings, whichever process changed them.
      await deps.hours.refresh?.().catch(() => undefined);
      const now = deps.now();
      return { id: row.id, notice: deps.hours.isOpen(now) ? null : deps.hours.closedNotice(now) };
    },
  };
}
