import { and, asc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { InboundEvent, InboundEventStore, MessagingChannel } from '../../channels/delivery/index.ts';
import type { Db } from '../db/client.ts';
import { channelInboundEvents as t } from './tables.ts';

/** Inbound events, unique on (provider, provider message id): a replayed webhook inserts nothing. */
export function createInboundEventStore(db: Db): InboundEventStore {
  return {
    async record(event) {
      const [created] = await db
        .insert(t)
        .values({ ...event, extra: event.extra ?? {} })
        .onConflictDoNothing({ target: [t.provider, t.providerMessageId] })
        .returning({ id: t.id });
      if (created) return { id: created.id, created: true, processed: false };
      const [existing] = await db
        .select({ id: t.id, processedAt: t.processedAt })
        .from(t)
        .where(and(eq(t.provider, event.provider), eq(t.providerMessageId, event.providerMessageId)));
      if (!existing) throw new Error('inbound event vanished after a conflict');
      return { id: existing.id, created: false, processed: existing.processedAt !== null };
    },

    async get(id) {
      const [row] = await db.select().from(t).where(eq(t.id, id));
      if (!row) return null;
      return {
        id: row.id,
        provider: row.provider,
        providerMessageId: row.providerMessageId,
        channel: row.channel,
        address: row.address,
        kind: row.kind,
        text: row.text,
        extra: row.extra as Record<string, string>,
        receivedAt: row.receivedAt,
        processedAt: row.processedAt,
      } as InboundEvent;
    },

    async markProcessed(id, conversationId) {
      await db.update(t).set({ processedAt: sql`now()`, conversationId }).where(eq(t.id, id));
    },

    async countSince(channel: MessagingChannel, address: string, since: Date, untilId: number) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(t)
        .where(and(eq(t.channel, channel), eq(t.address, address), gte(t.receivedAt, since), lte(t.id, untilId)));
      return row?.n ?? 0;
    },

    async pendingUpTo(channel, address, untilId) {
      const rows = await db
        .select({ id: t.id })
        .from(t)
        .where(and(eq(t.channel, channel), eq(t.address, address), lte(t.id, untilId), isNull(t.processedAt)))
        .orderBy(asc(t.id));
      return rows.map((r) => r.id);
    },
  };
}
