import { and, desc, eq, gte, ne, sql } from 'drizzle-orm';
import type { CallState, CallStore, VoiceCall, VoiceProvider } from '../../channels/voice/index.ts';
import type { Db } from '../db/client.ts';
import { voiceCalls as v } from './tables.ts';

type Row = typeof v.$inferSelect;
const toCall = (row: Row): VoiceCall => ({
  id: row.id,
  provider: row.provider as VoiceProvider,
  providerCallId: row.providerCallId,
  caller: row.caller,
  conversationId: row.conversationId,
  state: row.state as CallState,
  status: row.status as VoiceCall['status'],
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/**
 * The voice line's calls on the app's database (PGlite or PostgreSQL). `nextWaiting` orders the
 * queued calls as the call centre does: the handoff's priority, then how long it has waited; a
 * caller an agent already took in the console is theirs (`assignedTo`), not the next one's.
 */
export function createVoiceCallStore(db: Db): CallStore {
  const get = async (provider: VoiceProvider, providerCallId: string) => {
    const [row] = await db.select().from(v).where(and(eq(v.provider, provider), eq(v.providerCallId, providerCallId)));
    return row ? toCall(row) : null;
  };
  return {
    get,
    async open({ provider, providerCallId, caller, state }) {
      const [row] = await db.insert(v).values({ provider, providerCallId, caller, state }).onConflictDoNothing().returning();
      if (row) return { call: toCall(row), created: true };
      const existing = await get(provider, providerCallId);
      if (!existing) throw new Error('voice call vanished after a conflicting insert');
      return { call: existing, created: false };
    },
    async save(call) {
      const rows = await db
        .update(v)
        .set({ state: call.state, status: call.status, conversationId: call.conversationId, version: sql`${v.version} + 1`, updatedAt: sql`now()`, closedAt: call.status === 'closed' ? sql`coalesce(${v.closedAt}, now())` : null })
        .where(and(eq(v.id, call.id), eq(v.version, call.version)))
        .returning({ id: v.id });
      return rows.length === 1;
    },
    async close(provider, providerCallId) {
      const [row] = await db
        .update(v)
        .set({ status: 'closed', closedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${v.version} + 1` })
        .where(and(eq(v.provider, provider), eq(v.providerCallId, providerCallId), ne(v.status, 'closed')))
        .returning();
      return row ? toCall(row) : null;
    },
    async lastByCaller(caller, since, exceptId) {
      const [row] = await db
        .select()
        .from(v)
        .where(and(eq(v.caller, caller), gte(v.createdAt, since), exceptId ? ne(v.id, exceptId) : undefined))
        .orderBy(desc(v.createdAt))
        .limit(1);
      return row ? toCall(row) : null;
    },
    async nextWaiting() {
      const result = (await db.execute(sql`
        select c.id from voice_calls c
        left join lateral (select h.priority, h.created_at from handoffs h where h.conversation_id = c.conversation_id and h.status in ('queued', 'offered') order by h.created_at desc limit 1) h on true
        where c.status = 'queued'
          and not exists (select 1 from handoffs a where a.conversation_id = c.conversation_id and a.status in ('assigned', 'wrapping'))
        order by coalesce(h.priority, 2), coalesce(h.created_at, c.updated_at)
        limit 1`)) as unknown as { rows: { id: string }[] };
      const id = result.rows[0]?.id;
      if (!id) return null;
      const [row] = await db.select().from(v).where(eq(v.id, id));
      return row ? toCall(row) : null;
    },
    async assignedTo(agentId) {
      // The caller an agent took in the console (its handoff assigned to them), still waiting in the queue.
      const result = (await db.execute(sql`
        select c.id from voice_calls c join handoffs h on h.conversation_id = c.conversation_id
        where c.status = 'queued' and h.channel = 'voice' and h.status = 'assigned' and h.agent_id = ${agentId}
        order by h.assigned_at desc limit 1`)) as unknown as { rows: { id: string }[] };
      const id = result.rows[0]?.id;
      if (!id) return null;
      const [row] = await db.select().from(v).where(eq(v.id, id));
      return row ? toCall(row) : null;
    },
  };
}
