import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One phone call on the voice line and where it is in the IVR, so that any process serves its next webhook. */
export const voiceCalls = pgTable(
  'voice_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provider: text('provider').notNull(),
    providerCallId: text('provider_call_id').notNull(),
    /** E.164; null when the number is withheld. */
    caller: text('caller'),
    conversationId: uuid('conversation_id'),
    state: jsonb('state').notNull(),
    status: text('status').notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('voice_calls_provider_idx').on(t.provider, t.providerCallId),
    index('voice_calls_caller_idx').on(t.caller, t.createdAt),
    index('voice_calls_status_idx').on(t.status, t.createdAt),
  ],
);
