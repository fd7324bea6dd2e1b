import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgConversationStore } from '../../assistant/index.ts';
import { createEventBus, type EventMap } from '../../platform/events/bus.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { handoffs } from '../tables.ts';
import { createHandoffSink } from './pg-handoff-sink.ts';

describe('createHandoffSink', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.destroy();
  });

  it('queues the handoff with its summary and announces it', async () => {
    const bus = createEventBus((_name, error) => {
      throw error;
    });
    const requested: EventMap['handoff.requested'][] = [];
    bus.on('handoff.requested', (event) => {
      requested.push(event);
    });
    const conversationId = await createPgConversationStore(database.db).start('voice');
    const summary = {
      question: 'Cho tôi gặp nhân viên',
      procedureCode: '1.004194',
      procedureName: 'Đăng ký tạm trú',
      answered: 'Thời gian giải quyết: 3 ngày làm việc.',
      why: 'Người dân yêu cầu gặp nhân viên.',
    };

    const { id } = await createHandoffSink(database.db, bus).request({ conversationId, reason: 'asked_for_human', summary });

    const [row] = await database.db.select().from(handoffs).where(eq(handoffs.id, id));
    expect(row).toEqual(expect.objectContaining({ conversationId, reason: 'asked_for_human', status: 'queued', summary }));
    expect(requested).toEqual([{ handoffId: id, conversationId, reason: 'asked_for_human' }]);
  });
});
