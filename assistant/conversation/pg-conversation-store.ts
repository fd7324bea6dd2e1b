import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import type { ConversationState, ConversationStore, StoredMessage, StoredMessageRow } from '../ports.ts';
import type { Reply } from '../reply.ts';
import { toConversationUuid } from './conversation-id.ts';
import { conversations, messages } from './tables.ts';

const RECENT_MESSAGES = 8;
const HISTORY_PAGE = 500;

type MessageRow = typeof messages.$inferSelect;

/** A jsonb parameter: serialised here, because the drivers differ in how they send objects. */
const jsonOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

function toRow(row: MessageRow): StoredMessageRow {
  return {
    id: row.id,
    conversationId: row.conversationId,
    role: row.role,
    text: row.text,
    reply: (row.reply as Reply | null) ?? null,
    clientMessageId: row.clientMessageId,
    author: row.author ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Conversations and messages in PostgreSQL (PGlite or node-postgres, through the common Drizzle
 * type). Every stored message is announced on the bus as `message.created` after its commit.
 */
export function createPgConversationStore(db: Db, bus?: EventBus): ConversationStore {
  const announce = (rows: readonly StoredMessageRow[]) => {
    for (const row of rows) {
      bus?.emit('message.created', {
        conversationId: row.conversationId,
        message: { id: row.id, role: row.role, text: row.text, reply: row.reply, author: row.author ?? null, createdAt: row.createdAt },
      });
    }
  };

  const findByExternalId = async (channel: string, externalId: string): Promise<string | null> => {
    const [row] = await db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.channel, channel), eq(conversations.externalId, externalId)));
    return row?.id ?? null;
  };

  return {
    findByExternalId,

    async load(conversationId) {
      const id = toConversationUuid(conversationId);
      const [found] = await db.select({ state: conversations.state }).from(conversations).where(eq(conversations.id, id));
      if (!found) return { state: {}, recent: [] };
      const recent = await db
        .select({ role: messages.role, text: messages.text, reply: messages.reply })
        .from(messages)
        .where(eq(messages.conversationId, id))
        .orderBy(desc(messages.id))
        .limit(RECENT_MESSAGES);
      return {
        state: (found.state ?? {}) as ConversationState,
        recent: recent.reverse().map((m) => ({ role: m.role, text: m.text, reply: (m.reply as Reply | null) ?? null })),
      };
    },

    async open(conversationId, channel, clientMessageId) {
      const id = toConversationUuid(conversationId);
      const replyTo = clientMessageId ?? null;
      const result = (await db.execute(sql`with conversation as (
          insert into conversations (id, channel) values (${id}, ${channel})
          on conflict (id) do update set updated_at = conversations.updated_at
          returning state)
        select (select state from conversation) as state,
          (select answer.reply from messages asked, lateral (
              select reply from messages a where a.conversation_id = asked.conversation_id and a.id > asked.id and a.role = 'assistant'
              order by a.id limit 1) answer
            where asked.conversation_id = ${id} and asked.client_message_id = ${replyTo}) as reply`)) as unknown as {
        rows: Array<{ state: ConversationState | null; reply: Reply | null }>;
      };
      const row = result.rows[0];
      return { state: row?.state ?? {}, storedReply: row?.reply ?? null };
    },

    async save(conversationId, state, toStore) {
      const id = toConversationUuid(conversationId);
      const [asked, ...answers] = toStore;
      if (!asked) {
        await db.update(conversations).set({ state, updatedAt: sql`now()` }).where(eq(conversations.id, id));
        return { duplicate: false };
      }
      if (answers.some((m) => m.clientMessageId)) throw new Error('only the first message of a save may carry a clientMessageId');
      // One statement, so one round trip and atomic on its own: the answers and the state are written
      // only when the first message is new; a retried clientMessageId writes nothing at all.
      const answerRows = answers.length
        ? sql.join(answers.map((m, i) => sql`(${i}::int, ${m.role}::text, ${m.text}::text, ${jsonOrNull(m.reply)}::jsonb)`), sql`, `)
        : null;
      const result = (await db.execute(sql`with asked as (
          insert into messages (conversation_id, role, text, reply, client_message_id)
          values (${id}, ${asked.role}, ${asked.text}, ${jsonOrNull(asked.reply)}::jsonb, ${asked.clientMessageId ?? null})
          on conflict (conversation_id, client_message_id) do nothing
          returning id, created_at),
        answered as (${
          answerRows
            ? sql`insert into messages (conversation_id, role, text, reply)
                select ${id}, v.role, v.text, v.reply from (values ${answerRows}) as v(ordinal, role, text, reply), asked
                order by v.ordinal
                returning id, created_at`
            : sql`select id, created_at from asked where false`
        }),
        saved as (
          update conversations set state = ${JSON.stringify(state)}::jsonb, updated_at = now()
          where id = ${id} and exists (select 1 from asked))
        select id, created_at from asked union all select id, created_at from answered order by id`)) as unknown as {
        rows: Array<{ id: number | string; created_at: Date | string }>;
      };
      if (result.rows.length === 0) return { duplicate: true };
      // Ids are assigned in the order the rows are given.
      announce(
        result.rows.map((row, i) =>
          toRow({ ...valuesOf(id, toStore[i]!), id: Number(row.id), createdAt: new Date(row.created_at) } as MessageRow),
        ),
      );
      return { duplicate: false };
    },

    async findReply(conversationId, clientMessageId) {
      const id = toConversationUuid(conversationId);
      const [asked] = await db
        .select({ id: messages.id })
        .from(messages)
        .where(and(eq(messages.conversationId, id), eq(messages.clientMessageId, clientMessageId)));
      if (!asked) return null;
      const [answer] = await db
        .select({ reply: messages.reply })
        .from(messages)
        .where(and(eq(messages.conversationId, id), gt(messages.id, asked.id), eq(messages.role, 'assistant')))
        .orderBy(asc(messages.id))
        .limit(1);
      return (answer?.reply as Reply | null | undefined) ?? null;
    },

    async start(channel, externalId) {
      if (externalId !== undefined) {
        const [created] = await db
          .insert(conversations)
          .values({ channel, externalId })
          .onConflictDoNothing({ target: [conversations.channel, conversations.externalId] })
          .returning({ id: conversations.id });
        if (created) return created.id;
        const existing = await findByExternalId(channel, externalId);
        if (existing) return existing;
      }
      const [created] = await db.insert(conversations).values({ channel }).returning({ id: conversations.id });
      if (!created) throw new Error('Conversation insert returned no row');
      return created.id;
    },

    async history(conversationId, afterMessageId, limit = HISTORY_PAGE) {
      const id = toConversationUuid(conversationId);
      const where = afterMessageId === undefined ? eq(messages.conversationId, id) : and(eq(messages.conversationId, id), gt(messages.id, afterMessageId));
      const rows = await db.select().from(messages).where(where).orderBy(asc(messages.id)).limit(Math.max(1, Math.min(limit, HISTORY_PAGE)));
      return rows.map(toRow);
    },

    async appendMessage(conversationId, role, text, reply = null, author = null) {
      const id = toConversationUuid(conversationId);
      const [row] = await db.insert(messages).values({ ...valuesOf(id, { role, text, reply }), author }).returning();
      if (!row) throw new Error('Message insert returned no row');
      const stored = toRow(row);
      announce([stored]);
      return stored;
    },

    async appendOnce(conversationId, role, text, key) {
      const id = toConversationUuid(conversationId);
      const [row] = await db
        .insert(messages)
        .values(valuesOf(id, { role, text, clientMessageId: key }))
        .onConflictDoNothing({ target: [messages.conversationId, messages.clientMessageId] })
        .returning();
      if (!row) return null;
      const stored = toRow(row);
      announce([stored]);
      return stored;
    },
  };
}

function valuesOf(conversationId: string, message: StoredMessage): typeof messages.$inferInsert {
  return {
    conversationId,
    role: message.role,
    text: message.text,
    reply: message.reply ?? null,
    clientMessageId: message.clientMessageId ?? null,
  };
}
