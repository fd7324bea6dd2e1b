import { EventEmitter } from 'node:events';

/**
 * In-process, typed event bus for side effects after a write (message.created, handoff.requested).
 * Listeners are registered in platform/app/wire.ts; a listener's failure never breaks the emitter.
 */
export interface EventMap {
  'message.created': {
    conversationId: string;
    message: { id: number; role: 'citizen' | 'assistant' | 'agent' | 'system'; text: string; reply: unknown; author?: string | null; createdAt: string };
  };
  'handoff.requested': { handoffId: string; conversationId: string; reason: string };
  /** A message to a citizen on Zalo, SMS or M365 Agents that could not be delivered (the console shows it). */
  'message.undelivered': { conversationId: string | null; outboxId: number; channel: string; status: 'failed' | 'undeliverable'; reason: string };
  /** Conversation ownership (callcenter/queue): each change of a queue item. */
  'conversation.queued': QueueItemEvent;
  'conversation.offered': QueueItemEvent;
  'conversation.assigned': QueueItemEvent;
  'conversation.transferred': QueueItemEvent & { note: string };
  'conversation.wrapping': QueueItemEvent;
  'conversation.closed': QueueItemEvent;
  'conversation.returned_to_bot': QueueItemEvent;
  'handoff.note_created': QueueItemEvent & { noteId: number };
  /** Someone is typing in a conversation (throttled by the sender; no text travels). */
  'conversation.typing': { conversationId: string; who: 'agent' | 'citizen'; name: string | null; at: string };
  /** A complaint ticket changed (callcenter/complaints): the console refreshes its lists. */
  'complaint.changed': { id: string; code: string; status: string; agencyId: string | null; branch: string | null };
  /** A deadline reminder or escalation for the holder of a ticket (the console shows it to them and, when late, to the branch's supervisors). */
  'complaint.alert': { id: string; code: string; kind: 'remind' | 'escalate'; holderId: string | null; agencyId: string | null; branch: string | null; dueAt: string | null };
  /** The phone line's work changed (a caller queued, taken, bridged or gone; a callback requested or made): the console's voice page reloads. */
  'voice.changed': { kind: 'call' | 'callback'; id: string; status: string; at: string };
  'staff.presence_changed': { userId: string; displayName: string; presence: string; branch: string | null; teamIds: string[] };
}

/** Where a queue item is and who may see it (the console filters streams by team and branch). */
export interface QueueItemEvent {
  handoffId: string;
  conversationId: string;
  status: string;
  priority: number;
  teamId: string | null;
  branch: string | null;
  agentId: string | null;
  /** The agent it left (transfer, reassign), who must see it go. */
  previousAgentId?: string | null;
  at: string;
}

export type EventName = keyof EventMap;

export interface EventBus {
  emit<K extends EventName>(name: K, payload: EventMap[K]): void;
  on<K extends EventName>(name: K, listener: (payload: EventMap[K]) => void | Promise<void>): () => void;
}

export function createEventBus(onListenerError: (name: EventName, error: unknown) => void): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    emit(name, payload) {
      emitter.emit(name, payload);
    },
    on(name, listener) {
      const safe = (payload: EventMap[typeof name]) => {
        try {
          const result = listener(payload);
          if (result instanceof Promise) result.catch((error: unknown) => onListenerError(name, error));
        } catch (error) {
          onListenerError(name, error);
        }
      };
      emitter.on(name, safe);
      return () => emitter.off(name, safe);
    },
  };
}
