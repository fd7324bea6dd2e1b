import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { conversations } from '../assistant/conversation/tables.ts';

/** Teams of the contact centre; a team may be open around the clock. */
export const staffTeams = pgTable(
  'staff_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    branch: text('branch'),
    alwaysOpen: boolean('always_open').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('staff_teams_name_idx').on(t.name)],
);

/** Staff accounts: agents, supervisors, admins (and agency officers, added by the complaints work). */
export const staffUsers = pgTable(
  'staff_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['agent', 'supervisor', 'admin', 'agency_officer'] }).notNull(),
    branch: text('branch'),
    /** The agency an agency_officer belongs to (complaint_agencies.id); null for other roles. */
    agencyId: text('agency_id'),
    skills: jsonb('skills').$type<string[]>().notNull().default([]),
    maxChats: integer('max_chats').notNull().default(3),
    presence: text('presence', { enum: ['available', 'busy', 'break', 'offline'] }).notNull().default('offline'),
    presenceAt: timestamp('presence_at', { withTimezone: true }).notNull().defaultNow(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('staff_users_email_idx').on(t.email)],
);

export const staffTeamMembers = pgTable(
  'staff_team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => staffTeams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] })],
);

/** Server-side staff sessions; only a hash of the cookie's token is stored. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId)],
);

export type HandoffStatus = 'queued' | 'offered' | 'assigned' | 'wrapping' | 'closed';

/** A queue item: a conversation handed to people, with the summary the agent reads first. */
export const handoffs = pgTable(
  'handoffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    summary: jsonb('summary').notNull(),
    status: text('status', { enum: ['queued', 'offered', 'assigned', 'wrapping', 'closed'] }).notNull().default('queued'),
    assignedAgent: text('assigned_agent'),
    priority: integer('priority').notNull().default(2),
    skills: jsonb('skills').$type<string[]>().notNull().default([]),
    channel: text('channel').notNull().default('web'),
    teamId: uuid('team_id').references(() => staffTeams.id, { onDelete: 'set null' }),
    branch: text('branch'),
    agentId: uuid('agent_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    declinedBy: jsonb('declined_by').$type<string[]>().notNull().default([]),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    disposition: text('disposition'),
    wrapNote: text('wrap_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('handoffs_status_idx').on(t.status, t.createdAt),
    index('handoffs_queue_idx').on(t.status, t.priority, t.createdAt),
    index('handoffs_conversation_idx').on(t.conversationId, t.createdAt),
    index('handoffs_agent_idx').on(t.agentId, t.status),
  ],
);

/** Private notes, transfer notes and wrap-ups on a queue item; never shown to the citizen. */
export const handoffNotes = pgTable(
  'handoff_notes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    handoffId: uuid('handoff_id')
      .notNull()
      .references(() => handoffs.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    kind: text('kind', { enum: ['note', 'transfer', 'wrap_up'] }).notNull().default('note'),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('handoff_notes_handoff_idx').on(t.handoffId, t.id)],
);

/** Canned replies of a team, kept by its supervisors; `{ten_cong_dan}`-style variables are filled in the reply box. */
export const cannedReplies = pgTable(
  'canned_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => staffTeams.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    shortcut: text('shortcut').notNull(),
    body: text('body').notNull(),
    updatedBy: uuid('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('canned_replies_team_shortcut_idx').on(t.teamId, t.shortcut)],
);

/** A branch's own opening hours on the working calendar (null hours with alwaysOpen: 24/7); others use CONSOLE_HOURS. */
export const branchHours = pgTable('branch_hours', {
  branch: text('branch').primaryKey(),
  hours: text('hours'),
  alwaysOpen: boolean('always_open').notNull().default(false),
  updatedBy: uuid('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
