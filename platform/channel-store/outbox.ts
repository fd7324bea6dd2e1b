import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { UNCERTAIN_ERROR, type OutboxRow, type OutboxStore } from '../../channels/delivery/index.ts';
import type { Db } from '../db/client.ts';
import { channelOutbox as t } from './tables.ts';

type Row = typeof t.$inferSelect;

function toRow(row: Row): OutboxRow {
  return {
    id: row.id,
    dedupeKey: row.dedupeKey,
    conversationId: row.conversationId,
    channel: row.channel as OutboxRow['channel'],
    provider: row.provider as OutboxRow['provider'],
    address: row.address,
    message: row.message as OutboxRow['message'],
    status: row.status,
    partsSent: row.partsSent,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
  };
}

/** The outbox: one row per message to a citizen, unique on its key, claimed with a lease. */
export function createOutboxStore(db: Db): OutboxStore {
  return {
    async add(row) {
      const [created] = await db
        .insert(t)
        .values({ ...row, message: row.message })
        .onConflictDoNothing({ target: t.dedupeKey })
        .returning({ id: t.id });
      if (created) return { id: created.id, created: true };
      const [existing] = await db.select({ id: t.id }).from(t).where(eq(t.dedupeKey, row.dedupeKey));
      if (!existing) throw new Error('outbox row vanished after a conflict');
      return { id: existing.id, created: false };
    },

    async claim(id, leaseMs) {
      // The row as it was before this claim tells whether the last try ended without an answer.
      const [row] = await db.execute<Record<string, unknown>>(sql`
        with previous as (select id, status, last_error from channel_outbox where id = ${id} for update)
        update channel_outbox t set status = 'sending', attempts = t.attempts + 1,
          locked_until = now() + (${leaseMs} * interval '1 millisecond'), updated_at = now()
        from previous
        where t.id = previous.id and (previous.status = 'pending' or (previous.status = 'sending' and t.locked_until < now()))
        returning t.id, t.dedupe_key, t.conversation_id, t.channel, t.provider, t.address, t.message, t.status, t.parts_sent,
          t.attempts, t.last_error, t.created_at,
          (previous.status = 'sending' or coalesce(previous.last_error, '') like ${`${UNCERTAIN_ERROR}%`}) as uncertain`).then((r) => (r as unknown as { rows: Record<string, unknown>[] }).rows);
      if (!row) return null;
      return {
        ...toRow({
          id: Number(row.id),
          dedupeKey: row.dedupe_key,
          conversationId: row.conversation_id,
          channel: row.channel,
          provider: row.provider,
          address: row.address,
          message: row.message,
          status: row.status,
          partsSent: row.parts_sent,
          attempts: row.attempts,
          lastError: row.last_error,
          createdAt: new Date(row.created_at as string),
        } as Row),
        uncertain: row.uncertain === true,
      };
    },

    async progress(id, partsSent, providerMessageId) {
      await db
        .update(t)
        .set({
          partsSent,
          providerMessageIds: providerMessageId ? sql`${t.providerMessageIds} || ${JSON.stringify([providerMessageId])}::jsonb` : t.providerMessageIds,
          updatedAt: sql`now()`,
        })
        .where(eq(t.id, id));
    },

    async release(id, error) {
      await db.update(t).set({ status: 'pending', lockedUntil: null, lastError: error, updatedAt: sql`now()` }).where(eq(t.id, id));
    },

    async finish(id, status, error) {
      await db
        .update(t)
        .set({
          status,
          lockedUntil: null,
          lastError: error ?? null,
          sentAt: status === 'sent' ? sql`now()` : null,
          updatedAt: sql`now()`,
        })
        // A failure report that overtook the send (a status callback before its 201) stands.
        .where(status === 'sent' ? and(eq(t.id, id), ne(t.status, 'failed')) : eq(t.id, id));
    },

    async countSince(channel, address, since) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(t)
        .where(and(eq(t.channel, channel), eq(t.address, address), gte(t.createdAt, since), inArray(t.status, ['sending', 'sent'])));
      return row?.n ?? 0;
    },

    async reportDelivery(provider, providerMessageId, delivered, report) {
      const [row] = await db
        .update(t)
        .set({
          deliveryReport: report.slice(0, 300),
          ...(delivered === false ? { status: 'failed' as const, lastError: `delivery report: ${report}`.slice(0, 300) } : {}),
          updatedAt: sql`now()`,
        })
        .where(and(eq(t.provider, provider), sql`${t.providerMessageIds} @> ${JSON.stringify([providerMessageId])}::jsonb`))
        .returning();
      return row ? toRow(row) : null;
    },

    async recipientOf(id) {
      const [row] = await db.select({ channel: t.channel, address: t.address, status: t.status }).from(t).where(eq(t.id, id));
      return row ? { channel: row.channel as OutboxRow['channel'], address: row.address, status: row.status } : null;
    },

    async untriedBefore(id) {
      const self = alias(t, 'self');
      const rows = await db
        .select({ id: t.id })
        .from(t)
        .innerJoin(self, and(eq(self.id, id), eq(self.channel, t.channel), eq(self.address, t.address)))
        .where(and(lt(t.id, id), eq(t.status, 'pending'), eq(t.attempts, 0)))
        .orderBy(asc(t.id));
      return rows.map((r) => r.id);
    },

    async forConversation(conversationId) {
      const rows = await db.select().from(t).where(eq(t.conversationId, conversationId)).orderBy(asc(t.id));
      return rows.map(toRow);
    },
  };
}
