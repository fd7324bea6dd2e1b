import type { EventBus, EventMap, QueueItemEvent } from '../../platform/events/bus.ts';
import type { handoffs } from '../tables.ts';

type Row = Pick<typeof handoffs.$inferSelect, 'id' | 'conversationId' | 'status' | 'priority' | 'teamId' | 'branch' | 'agentId'>;

type QueueEventName = {
  [K in keyof EventMap]: EventMap[K] extends QueueItemEvent ? K : never;
}[keyof EventMap];

export function itemEvent(row: Row, extra: Partial<QueueItemEvent> = {}): QueueItemEvent {
  return {
    handoffId: row.id,
    conversationId: row.conversationId,
    status: row.status,
    priority: row.priority,
    teamId: row.teamId,
    branch: row.branch,
    agentId: row.agentId,
    at: new Date().toISOString(),
    ...extra,
  };
}

/** Announces a queue item's change after its commit (never from an ORM hook). */
export function announce<K extends QueueEventName>(bus: EventBus, name: K, payload: EventMap[K]): void {
  bus.emit(name, payload);
}
