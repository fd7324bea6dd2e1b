import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { conversations } from '../../assistant/conversation/tables.ts';
import { staffUsers } from '../tables.ts';

export const COMPLAINT_TYPES = ['phan_anh', 'khieu_nai', 'to_cao', 'gop_y'] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];
export const INTAKE_CLASSES = ['not_accepted', 'conduct', 'within', 'outside'] as const;
export type IntakeClass = (typeof INTAKE_CLASSES)[number];
export const COMPLAINT_STATUSES = [
  'draft', 'received', 'classified', 'assigned', 'in_progress', 'answered', 'notified', 'rated', 'closed', 'withdrawn', 'rejected', 'transferred',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const RATINGS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** Agencies that receive tickets, with the fields (lĩnh vực) they handle and the words that point to them. */
export const complaintAgencies = pgTable('complaint_agencies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  fields: jsonb('fields').$type<string[]>().notNull().default([]),
  keywords: jsonb('keywords').$type<string[]>().notNull().default([]),
  active: boolean('active').notNull().default(true),
});

/**
 * A ticket (phiếu phản ánh, kiến nghị): who holds it and until when is always on the row
 * (`holder_*`, `due_at`); its history is in complaint_events.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    lookupCode: text('lookup_code').notNull(),
    clientId: text('client_id'),
    channel: text('channel').notNull(),
    type: text('type', { enum: COMPLAINT_TYPES }).notNull(),
    intakeClass: text('intake_class', { enum: INTAKE_CLASSES }),
    complex: boolean('complex').notNull().default(false),
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull(),
    content: text('content').notNull(),
    place: text('place'),
    procedureCode: text('procedure_code'),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
    citizenName: text('citizen_name'),
    citizenPhone: text('citizen_phone'),
    citizenEmail: text('citizen_email'),
    citizenAddress: text('citizen_address'),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    field: text('field'),
    agencyId: text('agency_id').references(() => complaintAgencies.id),
    department: text('department'),
    officerId: uuid('officer_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    proposal: jsonb('proposal').$type<{ field: string | null; agencyId: string | null; confidence: number; why: string } | null>(),
    proposalConfirmed: boolean('proposal_confirmed').notNull().default(false),
    branch: text('branch'),
    stage: text('stage', { enum: ['classify', 'answer', 'rate', 'none'] }).notNull().default('classify'),
    stageStartedAt: timestamp('stage_started_at', { withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    remindAt: timestamp('remind_at', { withTimezone: true }),
    wasLate: boolean('was_late').notNull().default(false),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    rating: text('rating', { enum: RATINGS }),
    ratingComment: text('rating_comment'),
    reopenCount: integer('reopen_count').notNull().default(0),
    reason: text('reason'),
    attachments: jsonb('attachments').$type<{ name: string; contentType: string; size: number; ref: string }[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('complaints_code_idx').on(t.code),
    uniqueIndex('complaints_client_idx').on(t.clientId),
    index('complaints_status_due_idx').on(t.status, t.dueAt),
    index('complaints_agency_idx').on(t.agencyId, t.status),
    index('complaints_created_idx').on(t.createdAt),
  ],
);

/** The timeline: every transition and change, with who, when and a note; `public` rows show on the tracking page. */
export const complaintEvents = pgTable(
  'complaint_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    public: boolean('public').notNull().default(true),
  },
  (t) => [index('complaint_events_complaint_idx').on(t.complaintId, t.id)],
);

/** Reminders, escalations and apologies already sent, one per ticket, kind and deadline: never twice. */
export const complaintAlerts = pgTable(
  'complaint_alerts',
  {
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['remind', 'escalate'] }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.complaintId, t.kind, t.dueAt] })],
);

/** The daily sequence behind the codes (PAKN-20270205-0001). */
export const complaintSequences = pgTable('complaint_sequences', {
  day: text('day').primaryKey(),
  last: integer('last').notNull().default(0),
});
