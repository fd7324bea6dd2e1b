import { describe, expect, it } from 'vitest';
import type { Reply, Turn } from '../../assistant/index.ts';
import { createEventBus } from '../../platform/events/bus.ts';
import type { HistoryMessage } from '../types.ts';
import { createConversationFeed } from './feed.ts';
import { createTurnRunner } from './turn-runner.ts';

const reply = (text: string) => ({ kind: 'answer', text }) as unknown as Reply;

/** An assistant whose messages were stored before this process started: handleTurn replays, emits nothing. */
function replayingAssistant(history: HistoryMessage[], calls: Turn[]) {
  return {
    handleTurn: async (turn: Turn) => {
      calls.push(turn);
      await new Promise((r) => setTimeout(r, 20));
      return reply('stored answer');
    },
    conversations: {
      start: async () => 'c1',
      findByExternalId: async () => null,
      history: async () => history,
    },
  };
}

describe('createTurnRunner', () => {
  it('runs a repeated client message id once, even while the first is in flight', async () => {
    const calls: Turn[] = [];
    const feed = createConversationFeed(createEventBus(() => undefined));
    const runner = createTurnRunner(replayingAssistant([], calls), feed);
    const turn = { conversationId: 'c1', channel: 'web' as const, text: 'xin chao', clientMessageId: 'same-id-01' };
    const [a, b] = await Promise.all([runner.run(turn), runner.run(turn)]);
    expect(b).toBe(a);
    expect(await runner.run(turn)).toBe(a);
    expect(calls).toHaveLength(1);
  });

  it('finds the ids of a replayed reply in history by its client message id', async () => {
    const history: HistoryMessage[] = [
      { id: 7, role: 'citizen', text: 'xin chao', reply: null, clientMessageId: 'old-id-001', createdAt: '' },
      { id: 8, role: 'assistant', text: 'stored answer', reply: reply('stored answer'), clientMessageId: null, createdAt: '' },
    ];
    const runner = createTurnRunner(replayingAssistant(history, []), createConversationFeed(createEventBus(() => undefined)));
    const result = await runner.run({ conversationId: 'c1', channel: 'web', text: 'xin chao', clientMessageId: 'old-id-001' });
    expect(result).toMatchObject({ messageId: 8, citizenMessageId: 7 });
  });

  it('takes the turns of one conversation one at a time', async () => {
    const calls: Turn[] = [];
    let running = 0;
    let overlapped = false;
    const assistant = replayingAssistant([], calls);
    const inner = assistant.handleTurn;
    assistant.handleTurn = async (turn) => {
      overlapped ||= running > 0;
      running++;
      try {
        return await inner(turn);
      } finally {
        running--;
      }
    };
    const runner = createTurnRunner(assistant, createConversationFeed(createEventBus(() => undefined)));
    await Promise.all(['a', 'b', 'c'].map((t, i) => runner.run({ conversationId: 'c1', channel: 'web', text: t, clientMessageId: `serial-${i}-00` })));
    expect(calls.map((c) => c.text)).toEqual(['a', 'b', 'c']);
    expect(overlapped).toBe(false);
  });
});
