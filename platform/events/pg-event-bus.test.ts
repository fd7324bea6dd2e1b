import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { waitFor } from '../testing/wait-for.ts';
import type { EventMap } from './bus.ts';
import { createPgEventBus, type ClosableEventBus } from './pg-event-bus.ts';

/** A message too large for NOTIFY: it travels through bus_events and is read back by the receiver. */
const large = (from: string, n: number): EventMap['message.created'] => ({
  conversationId: `${from}-${n}`,
  message: { id: n, role: 'assistant', text: `${from} ${n} ${'thủ tục '.repeat(1200)}`, reply: null, createdAt: new Date(0).toISOString() },
});

describe.skipIf(!process.env.DATABASE_URL)('event bus on PostgreSQL LISTEN/NOTIFY', () => {
  let database: TestDatabase;
  const buses: ClosableEventBus[] = [];
  const problems: unknown[] = [];
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);

  beforeAll(async () => {
    database = await createTestDatabase();
    process.on('warning', onWarning);
    for (let i = 0; i < 2; i++) {
      buses.push(await createPgEventBus({ url: database.url!, onListenerError: (_, error) => problems.push(error), onConnectionError: (error) => problems.push(error) }));
    }
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    await Promise.all(buses.map((bus) => bus.close()));
    await database?.destroy();
  });

  it('delivers large events both ways while each process publishes its own, one query at a time per connection', async () => {
    const [a, b] = buses as [ClosableEventBus, ClosableEventBus];
    const seenByA: string[] = [];
    const seenByB: string[] = [];
    a.on('message.created', (e) => void (e.conversationId.startsWith('b-') && seenByA.push(e.conversationId)));
    b.on('message.created', (e) => void (e.conversationId.startsWith('a-') && seenByB.push(e.conversationId)));
    // Both publish at once: each receives the other's stored payloads while its own publishing is under way.
    for (let n = 0; n < 20; n++) {
      a.emit('message.created', large('a', n));
      b.emit('message.created', large('b', n));
    }
    await waitFor(() => seenByA.length === 20 && seenByB.length === 20, 15_000);
    expect(seenByA).toEqual(Array.from({ length: 20 }, (_, n) => `b-${n}`));
    expect(seenByB).toEqual(Array.from({ length: 20 }, (_, n) => `a-${n}`));
    expect(problems).toEqual([]);
    expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
  });
});
