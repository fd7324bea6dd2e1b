import type { Reply, Turn } from '../../assistant/index.ts';
import type { ChannelAssistant } from '../types.ts';
import type { ConversationFeed, FeedMessage } from './feed.ts';

export interface TurnResult {
  reply: Reply;
  messageId: number | null;
  citizenMessageId: number | null;
}

const RECENT_RESULTS = 5_000;

/**
 * Runs the citizen's turns one at a time per conversation (dialogue state is per conversation),
 * answers a repeated client message id with the same result, even while the first is still
 * running, and learns the stored message ids from the feed so the browser can drop the event
 * stream's copies of messages it already shows.
 */
export function createTurnRunner(assistant: ChannelAssistant, feed: ConversationFeed) {
  const tails = new Map<string, Promise<unknown>>();
  const pending = new Map<string, Promise<TurnResult>>();
  const recent = new Map<string, TurnResult>();

  function remember(key: string, result: TurnResult): void {
    recent.set(key, result);
    if (recent.size > RECENT_RESULTS) recent.delete(recent.keys().next().value as string);
  }

  async function runOne(turn: Turn): Promise<TurnResult> {
    const seen: FeedMessage[] = [];
    const unsubscribe = feed.subscribe(turn.conversationId, (m) => seen.push(m));
    let reply: Reply;
    try {
      reply = await assistant.handleTurn(turn);
    } finally {
      unsubscribe();
    }
    const answer = seen.findLast((m) => m.role === 'assistant');
    const asked = seen.findLast((m) => m.role === 'citizen');
    if (answer) return { reply, messageId: answer.id, citizenMessageId: asked?.id ?? null };
    // Nothing new was stored: the assistant replayed a reply stored before this process started.
    return { reply, ...(await findStoredIds(turn, reply)) };
  }

  async function findStoredIds(turn: Turn, reply: Reply): Promise<Omit<TurnResult, 'reply'>> {
    const history = await assistant.conversations.history(turn.conversationId);
    const asked = history.findIndex((m) => m.role === 'citizen' && m.clientMessageId === turn.clientMessageId);
    if (asked >= 0) {
      const answer = history.slice(asked + 1).find((m) => m.role === 'assistant');
      return { messageId: answer?.id ?? null, citizenMessageId: history[asked]!.id };
    }
    // Stores that do not keep client ids: the stored reply itself identifies the message.
    const wanted = canonical(reply);
    for (let i = history.length - 1; i >= 0; i--) {
      const message = history[i]!;
      if (message.role !== 'assistant' || canonical(message.reply) !== wanted) continue;
      const asked = history.slice(0, i).findLast((m) => m.role === 'citizen');
      return { messageId: message.id, citizenMessageId: asked?.id ?? null };
    }
    return { messageId: null, citizenMessageId: null };
  }

  return {
    run(turn: Turn & { clientMessageId: string }): Promise<TurnResult> {
      const key = `${turn.conversationId}:${turn.clientMessageId}`;
      const known = recent.get(key);
      if (known) return Promise.resolve(known);
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const previous = tails.get(turn.conversationId) ?? Promise.resolve();
      const result = previous.catch(() => undefined).then(() => runOne(turn));
      const tail = result.catch(() => undefined).finally(() => {
        if (tails.get(turn.conversationId) === tail) tails.delete(turn.conversationId);
      });
      tails.set(turn.conversationId, tail);
      pending.set(key, result);
      result.then((r) => remember(key, r), () => undefined).finally(() => pending.delete(key));
      return result;
    },
  };
}

/** JSON with sorted keys: jsonb does not keep key order, so plain stringify cannot compare replies. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
