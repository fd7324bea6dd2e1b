import { bigserial, jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';

/** Events too large for a NOTIFY payload: stored here, and only their id is notified. */
export const busEvents = pgTable('bus_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  payload: jsonb('payload').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
