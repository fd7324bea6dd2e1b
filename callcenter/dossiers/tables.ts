import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const DOSSIER_STATUSES = ['received', 'processing', 'needs_supplement', 'ready', 'returned', 'rejected'] as const;
export type DossierStatusCode = (typeof DOSSIER_STATUSES)[number];

/** The centre's own dossiers (staff update them in the console or import CSV). Only the phone's last 4 digits are kept. */
export const dossiers = pgTable(
  'dossiers',
  {
    code: text('code').primaryKey(),
    procedureCode: text('procedure_code'),
    procedureName: text('procedure_name').notNull(),
    phoneLast4: text('phone_last4').notNull(),
    status: text('status', { enum: DOSSIER_STATUSES }).notNull(),
    receivedOn: date('received_on').notNull(),
    dueOn: date('due_on').notNull(),
    /** Set with the apology when the dossier is late ("Phiếu xin lỗi và hẹn lại ngày trả kết quả"). */
    newDueOn: date('new_due_on'),
    lateReason: text('late_reason'),
    /** What the citizen must bring or do (bổ sung hồ sơ). */
    note: text('note'),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossiers_updated_idx').on(t.updatedAt)],
);

/** A citizen who asked to be told when a dossier changes, on the conversation they asked in. */
export const dossierWatchers = pgTable(
  'dossier_watchers',
  {
    dossierCode: text('dossier_code').notNull(),
    conversationId: uuid('conversation_id').notNull(),
    /** Needed to look the dossier up again in the provincial system. */
    phoneLast4: text('phone_last4').notNull(),
    /** The status as last told, "status|new due date": a change is told once. */
    lastSeen: text('last_seen').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.dossierCode, t.conversationId] }), index('dossier_watchers_created_idx').on(t.createdAt)],
);
