import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A caller to ring back: a voicemail left after hours, or a caller who hung up while waiting. */
export const voiceCallbacks = pgTable(
  'voice_callbacks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provider: text('provider').notNull(),
    providerCallId: text('provider_call_id').notNull(),
    /** E.164, shown masked in the console until revealed (audited). */
    phone: text('phone'),
    conversationId: uuid('conversation_id'),
    handoffId: uuid('handoff_id'),
    recordingUrl: text('recording_url'),
    summary: text('summary').notNull(),
    reason: text('reason', { enum: ['after_hours', 'abandoned'] }).notNull(),
    status: text('status', { enum: ['open', 'done'] }).notNull().default('open'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    doneBy: uuid('done_by'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('voice_callbacks_call_idx').on(t.provider, t.providerCallId), index('voice_callbacks_open_idx').on(t.status, t.dueAt)],
);
