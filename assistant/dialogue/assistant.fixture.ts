import { afterAll, beforeAll } from 'vitest';
import { createHandoffSink } from '../../callcenter/index.ts';
import { createProcedureStore, createRetriever, LocalHashEmbedder, seedSampleCorpus } from '../../knowledge/index.ts';
import { createEventBus, type EventMap } from '../../platform/events/bus.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { createAssistant, createPgConversationStore, type Assistant, type CitizenTask, type Reply, type Turn } from '../index.ts';

/**
 * The assistant end to end for the dialogue tests: the real retriever over the sample corpus,
 * real conversation and handoff stores on a fresh database, and the events they emit.
 */

export interface AssistantFixture {
  database: TestDatabase;
  assistant: Assistant;
  events: { created: EventMap['message.created'][]; handoffs: EventMap['handoff.requested'][] };
  /** A new conversation: each call is one citizen turn. */
  conversation(options?: Partial<Turn>): Promise<(text: string, extra?: Partial<Turn>) => Promise<Reply>>;
}

export async function createAssistantFixture(options: { tasks?: CitizenTask[] } = {}): Promise<AssistantFixture> {
  const database = await createTestDatabase();
  const embedder = new LocalHashEmbedder();
  await seedSampleCorpus(database, createProcedureStore(database, embedder));
  const events: AssistantFixture['events'] = { created: [], handoffs: [] };
  const bus = createEventBus((_name, error) => {
    throw error;
  });
  bus.on('message.created', (e) => void events.created.push(e));
  bus.on('handoff.requested', (e) => void events.handoffs.push(e));
  const assistant = createAssistant({
    retriever: createRetriever(database, embedder),
    conversations: createPgConversationStore(database.db, bus),
    handoffs: createHandoffSink(database.db, bus),
    // Friday 20 November 2026, 10:00 in Hanoi.
    clock: { now: () => new Date('2026-11-20T03:00:00Z') },
    bus,
    tasks: options.tasks,
  });
  return {
    database,
    assistant,
    events,
    async conversation(options = {}) {
      const conversationId = await assistant.conversations.start(options.channel ?? 'eval');
      return (text, extra = {}) => assistant.handleTurn({ conversationId, channel: 'eval', text, ...options, ...extra });
    },
  };
}

/** Registers a fixture for the test file (created before its tests, destroyed after); call the result inside tests. */
export function useAssistantFixture(options: { tasks?: CitizenTask[] } = {}): () => AssistantFixture {
  let fixture: AssistantFixture | undefined;
  beforeAll(async () => {
    fixture = await createAssistantFixture(options);
  });
  afterAll(async () => {
    await fixture?.database.destroy();
  });
  return () => {
    if (!fixture) throw new Error('the assistant fixture is used before beforeAll ran');
    return fixture;
  };
}

export const cited = (reply: Reply): string | undefined => reply.citations[0]?.code;
export const handoffAction = (reply: Reply) => reply.actions.find((a) => a.type === 'handoff');
