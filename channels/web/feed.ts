import type { EventBus, EventMap } from '../../platform/events/bus.ts';

export type FeedMessage = EventMap['message.created']['message'];
type Listener = (message: FeedMessage) => void;

/**
 * Fans `message.created` out per conversation with one bus subscription, so a thousand open
 * streams cost one listener on the bus, not a thousand.
 */
export interface ConversationFeed {
  subscribe(conversationId: string, listener: Listener): () => void;
  close(): void;
}

export function createConversationFeed(bus: EventBus): ConversationFeed {
  const listeners = new Map<string, Set<Listener>>();
  const off = bus.on('message.created', ({ conversationId, message }) => {
    const set = listeners.get(conversationId);
    if (!set) return;
    for (const listener of [...set]) listener(message);
  });
  return {
    subscribe(conversationId, listener) {
      let set = listeners.get(conversationId);
      if (!set) listeners.set(conversationId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(conversationId);
      };
    },
    close() {
      off();
      listeners.clear();
    },
  };
}
