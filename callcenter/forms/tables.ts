import { customType, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * Once-only: what a citizen agreed to keep for the next form, keyed by the identity their channel
 * gives (web conversation, Zalo user, phone). Deleted RETENTION_DAYS after the last renewal.
 */
export const citizenProfiles = pgTable(
  'citizen_profiles',
  {
    identity: text('identity').primaryKey(),
    data: jsonb('data').$type<Record<string, string>>().notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull().defaultNow(),
    renewedAt: timestamp('renewed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('citizen_profiles_renewed_idx').on(t.renewedAt)],
);

/** Generated PDFs, kept until their retention ends (the download link expires much sooner). */
export const formFiles = pgTable(
  'form_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    identity: text('identity').notNull(),
    formId: text('form_id').notNull(),
    pdf: bytea('pdf').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('form_files_identity_idx').on(t.identity), index('form_files_created_idx').on(t.createdAt)],
);

/** Unguessable, expiring links given to a citizen: a PDF to download, or their profile to see and delete. Only a hash is stored. */
export const citizenLinks = pgTable(
  'citizen_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    kind: text('kind', { enum: ['form_pdf', 'profile'] }).notNull(),
    identity: text('identity').notNull(),
    fileId: uuid('file_id').references(() => formFiles.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('citizen_links_expires_idx').on(t.expiresAt)],
);
