import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus, type EventMap } from '../../platform/events/bus.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import type { ConversationStore } from '../ports.ts';
import type { Reply } from '../reply.ts';
import { toConversationUuid } from './conversation-id.ts';
import { createPgConversationStore } from './pg-conversation-store.ts';

const reply: Reply = {
  kind: 'smalltalk',
  intent: 'greeting',
  aspect: null,
  text: 'Xin chào!',
  speech: 'Xin chào!',
  sms: { text: 'Xin chào!', ascii: 'Xin chao!' },
  choices: [],
  citations: [],
  sections: {},
  actions: [],
  confidence: 1,
};

describe('createPgConversationStore', () => {
  let database: TestDatabase;
  let store: ConversationStore;
  const created: EventMap['message.created'][] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const bus = createEventBus((_name, error) => {
      throw error;
    });
    bus.on('message.created', (event) => {
      created.push(event);
    });
    store = createPgConversationStore(database.db, bus);
  });
  afterAll(async () => {
    await database.destroy();
  });

  it('starts conversations, once per external id', async () => {
    const first = await store.start('web', 'token-hash-1');
    expect(await store.start('web', 'token-hash-1')).toBe(first);
    expect(await store.findByExternalId('web', 'token-hash-1')).toBe(first);
    expect(await store.findByExternalId('zalo', 'token-hash-1')).toBeNull();
    expect(await store.start('web')).not.toBe(first);
  });

  it('opens a missing conversation empty, then with its state, in one call', async () => {
    const id = toConversationUuid('cli-session-1');
    expect(await store.load(id)).toEqual({ state: {}, recent: [] });
    expect(await store.open(id, 'cli')).toEqual({ state: {}, storedReply: null });
    await store.save(id, { procedureCode: '1.004194' }, [{ role: 'citizen', text: 'tạm trú' }]);
    expect(await store.open(id, 'cli', 'never-sent')).toEqual({ state: { procedureCode: '1.004194' }, storedReply: null });
    expect((await store.load(id)).state).toEqual({ procedureCode: '1.004194' });
  });

  it('saves state and messages together, and announces each stored row with its id', async () => {
    const id = await store.start('eval');
    created.length = 0;
    const result = await store.save(id, { procedureCode: '1.004222', lowConfidenceStreak: 0 }, [
      { role: 'citizen', text: 'đăng ký thường trú', clientMessageId: 'm-1' },
      { role: 'assistant', text: reply.text, reply },
    ]);
    expect(result).toEqual({ duplicate: false });
    const loaded = await store.load(id);
    expect(loaded.state).toEqual({ procedureCode: '1.004222', lowConfidenceStreak: 0 });
    expect(loaded.recent.map((m) => m.role)).toEqual(['citizen', 'assistant']);
    expect(loaded.recent[1]?.reply).toEqual(reply);
    const history = await store.history(id);
    expect(created.map((e) => e.message.id)).toEqual(history.map((m) => m.id));
    expect(created.every((e) => e.conversationId === id)).toBe(true);
    expect(history[0]).toEqual(expect.objectContaining({ role: 'citizen', clientMessageId: 'm-1', createdAt: expect.any(String) }));
  });

  it('stores a client message id once and returns the reply stored for it', async () => {
    const id = await store.start('web');
    await store.save(id, {}, [
      { role: 'citizen', text: 'xin chào', clientMessageId: 'same' },
      { role: 'assistant', text: reply.text, reply },
    ]);
    expect(await store.findReply(id, 'same')).toEqual(reply);
    expect(await store.findReply(id, 'other')).toBeNull();
    expect(await store.open(id, 'web', 'same')).toEqual({ state: {}, storedReply: reply });
    const again = await store.save(id, { procedureCode: 'changed' }, [
      { role: 'citizen', text: 'xin chào', clientMessageId: 'same' },
      { role: 'assistant', text: 'khác', reply: { ...reply, text: 'khác' } },
    ]);
    expect(again).toEqual({ duplicate: true });
    expect((await store.history(id)).map((m) => m.text)).toEqual(['xin chào', 'Xin chào!']);
    expect((await store.load(id)).state).toEqual({});
  });

  it('stores one of two copies of a message saved at the same moment, with its answer', async () => {
    const id = await store.start('web');
    const copy = (text: string) =>
      store.save(id, { procedureCode: text }, [
        { role: 'citizen', text: 'lệ phí bao nhiêu', clientMessageId: 'twice' },
        { role: 'assistant', text, reply: { ...reply, text } },
      ]);
    const results = await Promise.all([copy('một'), copy('hai')]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    const history = await store.history(id);
    expect(history.map((m) => m.role)).toEqual(['citizen', 'assistant']);
    expect((await store.load(id)).state).toEqual({ procedureCode: history[1]?.text });
    await expect(
      store.save(id, {}, [
        { role: 'citizen', text: 'a' },
        { role: 'assistant', text: 'b', clientMessageId: 'late' },
      ]),
    ).rejects.toThrow(/first message/);
  });

  it('pages history after a message id and appends agent messages', async () => {
    const id = await store.start('web');
    const first = await store.appendMessage(id, 'citizen', 'câu hỏi');
    const second = await store.appendMessage(id, 'agent', 'Chào anh, tôi là nhân viên tổng đài.');
    expect(second.id).toBeGreaterThan(first.id);
    expect((await store.history(id, first.id)).map((m) => m.text)).toEqual(['Chào anh, tôi là nhân viên tổng đài.']);
    expect(created.at(-1)?.message).toEqual(expect.objectContaining({ id: second.id, role: 'agent' }));
  });

  it('appends a keyed message once: a retried append stores and announces nothing', async () => {
    const id = await store.start('web');
    const before = created.length;
    const first = await store.appendOnce(id, 'assistant', 'Nhắc lịch hẹn', 'appointment.1.day_before');
    expect(first).toEqual(expect.objectContaining({ role: 'assistant', text: 'Nhắc lịch hẹn' }));
    expect(await store.appendOnce(id, 'assistant', 'Nhắc lịch hẹn', 'appointment.1.day_before')).toBeNull();
    expect((await store.history(id)).map((m) => m.text)).toEqual(['Nhắc lịch hẹn']);
    expect(created.length).toBe(before + 1);
    // The same key in another conversation is another message.
    expect(await store.appendOnce(await store.start('web'), 'assistant', 'Nhắc lịch hẹn', 'appointment.1.day_before')).not.toBeNull();
  });
});

describe('toConversationUuid', () => {
  it('keeps UUIDs and maps any other id to the same UUID every time', () => {
    const uuid = '0b6b7c4e-8a55-4c3e-9b7a-2f1d1f0c9a11';
    expect(toConversationUuid(uuid.toUpperCase())).toBe(uuid);
    expect(toConversationUuid('eval-case-12')).toBe(toConversationUuid('eval-case-12'));
    expect(toConversationUuid('eval-case-12')).not.toBe(toConversationUuid('eval-case-13'));
    expect(toConversationUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
