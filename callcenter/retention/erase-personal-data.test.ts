import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations, messages } from '../../assistant/conversation/tables.ts';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { handoffNotes, handoffs } from '../tables.ts';
import { ERASED, eraseExpiredPersonalData } from './erase-personal-data.ts';

describe(`retention (${testDriver()})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('erases personal data of old conversations and keeps the statistics and recent ones', async () => {
    const db = database.db;
    const [old] = await db.insert(conversations).values({ channel: 'sms', externalId: '0912345678', createdAt: new Date(Date.now() - 400 * 86_400_000) }).returning();
    const [recent] = await db.insert(conversations).values({ channel: 'web' }).returning();
    for (const c of [old!, recent!]) {
      await db.insert(messages).values({ conversationId: c.id, role: 'citizen', text: 'Số tôi là 0912345678' });
      const [h] = await db.insert(handoffs).values({ conversationId: c.id, reason: 'asked_for_human', summary: { question: 'Số tôi là 0912345678' }, status: 'closed', disposition: 'resolved' }).returning();
      await db.insert(handoffNotes).values({ handoffId: h!.id, authorName: 'An', text: 'Gọi lại 0912345678' });
    }
    expect(await eraseExpiredPersonalData(db, 365)).toEqual({ conversations: 1 });
    expect(await eraseExpiredPersonalData(db, 365)).toEqual({ conversations: 0 });

    const oldMessages = await db.select().from(messages).where(eq(messages.conversationId, old!.id));
    expect(oldMessages.map((m) => [m.role, m.text])).toEqual([['citizen', ERASED]]);
    const [oldHandoff] = await db.select().from(handoffs).where(eq(handoffs.conversationId, old!.id));
    expect(oldHandoff).toMatchObject({ summary: { erased: true }, disposition: 'resolved', reason: 'asked_for_human' });
    const [oldConversation] = await db.select().from(conversations).where(eq(conversations.id, old!.id));
    expect(oldConversation!.externalId).toBeNull();
    const notes = await database.rows<{ n: string | number }>(sql`select count(*) as n from handoff_notes`);
    expect(Number(notes[0]!.n)).toBe(1);
    const recentMessages = await db.select().from(messages).where(eq(messages.conversationId, recent!.id));
    expect(recentMessages[0]!.text).toBe('Số tôi là 0912345678');
  });
});
