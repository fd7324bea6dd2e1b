import { and, desc, eq, sql } from 'drizzle-orm';
import type { Contact, ContactStore, Route } from '../../channels/delivery/index.ts';
import type { Db } from '../db/client.ts';
import { channelContacts as c, channelRoutes as r } from './tables.ts';

/** Who is behind which conversation on each channel, and the route back to them. */
export function createContactStore(db: Db): ContactStore {
  const get = async (channel: string, address: string): Promise<Contact | null> => {
    const [row] = await db.select().from(c).where(and(eq(c.channel, channel), eq(c.address, address)));
    return (row as Contact | undefined) ?? null;
  };

  return {
    get,

    async touch({ channel, provider, address, at, quietMs, start }) {
      const current = await get(channel, address);
      const fresh = current && at.getTime() - current.lastInboundAt.getTime() <= quietMs;
      if (current && fresh) {
        await db
          .update(c)
          .set({ lastInboundAt: sql`greatest(${c.lastInboundAt}, ${at.toISOString()}::timestamptz)`, provider, updatedAt: sql`now()` })
          .where(and(eq(c.channel, channel), eq(c.address, address)));
        return current.conversationId;
      }
      const started = await start();
      // Two first messages at once: both start a conversation, the upsert keeps one and both use it.
      const quietSeconds = quietMs / 1000;
      const [row] = await db
        .insert(c)
        .values({ channel, address, provider, conversationId: started, lastInboundAt: at })
        .onConflictDoUpdate({
          target: [c.channel, c.address],
          set: {
            conversationId: sql`case when ${c.lastInboundAt} < ${at.toISOString()}::timestamptz - (${quietSeconds} * interval '1 second')
              then excluded.conversation_id else ${c.conversationId} end`,
            lastInboundAt: sql`greatest(${c.lastInboundAt}, excluded.last_inbound_at)`,
            provider,
            updatedAt: sql`now()`,
          },
        })
        .returning({ conversationId: c.conversationId });
      const conversationId = row!.conversationId;
      await db.insert(r).values({ conversationId, channel, provider, address }).onConflictDoNothing({ target: r.conversationId });
      return conversationId;
    },

    async route(conversationId) {
      const [row] = await db
        .select({ conversationId: r.conversationId, channel: r.channel, provider: r.provider, address: r.address })
        .from(r)
        .where(eq(r.conversationId, conversationId));
      return (row as Route | undefined) ?? null;
    },

    async setFollowed(channel, address, followed) {
      await db.update(c).set({ followed, updatedAt: sql`now()` }).where(and(eq(c.channel, channel), eq(c.address, address)));
    },

    async setFallbackPhone(channel, address, phone, consentAt) {
      await db
        .update(c)
        .set({ fallbackPhone: phone, smsConsentAt: consentAt, updatedAt: sql`now()` })
        .where(and(eq(c.channel, channel), eq(c.address, address)));
    },

    async setReference(conversationId, reference) {
      await db.update(r).set({ reference }).where(eq(r.conversationId, conversationId));
    },

    async referenceOf(channel, address) {
      const [row] = await db
        .select({ reference: r.reference })
        .from(r)
        .where(and(eq(r.channel, channel), eq(r.address, address), sql`${r.reference} is not null`))
        .orderBy(desc(r.createdAt))
        .limit(1);
      return (row?.reference as Record<string, unknown> | undefined) ?? null;
    },
  };
}
