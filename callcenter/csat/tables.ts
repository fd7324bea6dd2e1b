import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { conversations } from '../../assistant/conversation/tables.ts';

export const CSAT_LEVELS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type CsatLevel = (typeof CSAT_LEVELS)[number];

/**
 * One satisfaction survey per occasion (`handoff:<id>` when an agent closes, `bot:<conversation>`
 * when a bot-only conversation ends): the unique key makes it sent once. A `skipped` row made by
 * staff before sending keeps it from being sent at all.
 */
export const csatSurveys = pgTable(
  'csat_surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occasion: text('occasion').notNull(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    trigger: text('trigger', { enum: ['agent_close', 'bot_end', 'quiet'] }).notNull(),
    token: text('token').notNull(),
    agentId: uuid('agent_id'),
    agentName: text('agent_name'),
    status: text('status', { enum: ['sent', 'answered', 'skipped'] }).notNull().default('sent'),
    level: text('level', { enum: CSAT_LEVELS }),
    comment: text('comment'),
    complaintId: uuid('complaint_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('csat_surveys_occasion_idx').on(t.occasion), uniqueIndex('csat_surveys_token_idx').on(t.token), index('csat_surveys_conversation_idx').on(t.conversationId)],
);
