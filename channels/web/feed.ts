import type { EventBus, EventMap } from '../../platform/events/bus.ts';

export type FeedMessage = EventMap['message.created']['message'];
export type FeedTyping = Pick<EventMap['conversation.typing'], 'who' | 'name'>;
type Listener = (message: FeedMessage) => void;
type TypingListener = (typing: FeedTyping) => void;

/**
 * Fans `message.created` out per conversation with one bus subscription, so a thousand open
 * streams cost one listener on the bus, not a thousand.
 */
export interface ConversationFeed {
  subscribe(conversationId: string, listener: Listener): () => void;
  /** Staff typing in the conversation (the citizen's own typing is not echoed back). */
  subscribeTyping(conversationId: string, listener: TypingListener): () => void;
  close(): void;
}

export function createConversationFeed(bus: EventBus): ConversationFeed {
  const listeners = new Map<string, Set<Listener>>();
  const off = bus.on('message.created', ({ conversationId, message }) => {
    const set = listeners.get(conversationId);
    if (!set) return;
    for (const listener of [...set]) listener(message);
  });
  const typists = new Map<string, Set<TypingListener>>();
  const offTyping = bus.on('conversation.typing', ({ conversationId, who, name }) => {
    if (who !== 'agent') return;
    for (const listener of [...(typists.get(conversationId) ?? [])]) listener({ who, name });
  });
  function add<T>(map: Map<string, Set<T>>, conversationId: string, listener: T): () => void {
    let set = map.get(conversationId);
    if (!set) map.set(conversationId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) map.delete(conversationId);
    };
  }
  return {
    subscribe: (conversationId, listener) => add(listeners, conversationId, listener),
    subscribeTyping: (conversationId, listener) => add(typists, conversationId, listener),
    close() {
      off();
      offTyping();
      listeners.clear();
      typists.clear();
    },
  };
}
