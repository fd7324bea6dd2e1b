import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandoffSink } from '../../callcenter/index.ts';
import { createProcedureStore, createRetriever, LocalHashEmbedder, seedSampleCorpus } from '../../knowledge/index.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { createAssistant, createPgConversationStore, type AnswerLlm, type Assistant } from '../index.ts';
import type { PhraseInput } from '../llm/index.ts';

/**
 * The optional language-model port: a scripted stand-in for the external model (the real one
 * calls an API), to show where the dialogue uses it and that it falls back when the model says nothing.
 */
let database: TestDatabase;
const calls = { phrase: [] as PhraseInput[], rewrite: [] as string[], extract: [] as string[] };
let phrased: string | null = null;

const llm: AnswerLlm = {
  async rewriteFollowUp(_history, text) {
    calls.rewrite.push(text);
    return 'lệ phí đăng ký thường trú bao nhiêu';
  },
  async extract(text) {
    calls.extract.push(text);
    return text === 'đăng ký kết hôn' ? { intent: 'procedure_question', aspect: 'fee', caseHint: null } : null;
  },
  async phrase(input) {
    calls.phrase.push(input);
    return phrased;
  },
};

let assistant: Assistant;

beforeAll(async () => {
  database = await createTestDatabase();
  const embedder = new LocalHashEmbedder();
  await seedSampleCorpus(database, createProcedureStore(database, embedder));
  assistant = createAssistant({
    retriever: createRetriever(database, embedder),
    conversations: createPgConversationStore(database.db),
    handoffs: createHandoffSink(database.db),
    clock: { now: () => new Date('2026-11-20T03:00:00Z') },
    llm,
  });
});

afterAll(async () => {
  await database.destroy();
});

describe('the optional language model', () => {
  it('phrases the answer from the deterministic text and the cited record, or is ignored when it returns nothing', async () => {
    const conversationId = await assistant.conversations.start('eval');
    phrased = null;
    const plain = await assistant.handleTurn({ conversationId, channel: 'eval', text: 'đăng ký tạm trú mất bao lâu' });
    expect(plain.text).toContain('3 ngày làm việc');
    expect(calls.phrase.at(-1)).toEqual({ question: 'đăng ký tạm trú mất bao lâu', deterministicText: plain.text, sources: [expect.objectContaining({ code: '1.004194' })] });

    phrased = 'Đăng ký tạm trú mất 3 ngày làm việc (mã 1.004194).';
    const worded = await assistant.handleTurn({ conversationId, channel: 'eval', text: 'đăng ký tạm trú lệ phí' });
    expect(worded.text).toBe(phrased);
    expect(worded.speech).toContain('Lệ phí');
    expect(worded.citations[0]?.code).toBe('1.004194');
  });

  it('fills in an aspect the rules did not find', async () => {
    phrased = null;
    const reply = await assistant.handleTurn({ conversationId: 'llm-extract', channel: 'eval', text: 'đăng ký kết hôn' });
    expect(calls.extract).toContain('đăng ký kết hôn');
    expect([reply.citations[0]?.code, reply.aspect]).toEqual(['1.000894', 'fee']);
  });

  it('rewrites a follow-up the rules could not place', async () => {
    phrased = null;
    const conversationId = await assistant.conversations.start('eval');
    await assistant.handleTurn({ conversationId, channel: 'eval', text: 'đăng ký tạm trú cần gì' });
    const reply = await assistant.handleTurn({ conversationId, channel: 'eval', text: 'cái vụ hôm nọ ấy nhỉ' });
    expect(calls.rewrite).toContain('cái vụ hôm nọ ấy nhỉ');
    expect([reply.kind, reply.citations[0]?.code, reply.aspect]).toEqual(['answer', '1.004222', 'fee']);
  });
});
