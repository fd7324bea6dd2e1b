import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { conversations } from '../assistant/conversation/tables.ts';

/** A request to hand a conversation to a human agent, with the summary the agent reads first. */
export const handoffs = pgTable(
  'handoffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    summary: jsonb('summary').notNull(),
    status: text('status', { enum: ['queued', 'assigned', 'closed'] }).notNull().default('queued'),
    assignedAgent: text('assigned_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('handoffs_status_idx').on(t.status, t.createdAt)],
);
