import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A branch (chi nhánh) or reception point (điểm tiếp nhận) where citizens are received in person. */
export const appointmentBranches = pgTable('appointment_branches', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['branch', 'reception_point'] }).notNull().default('branch'),
  address: text('address').notNull(),
  district: text('district').notNull(),
  /** Where it is, to offer the nearest branch to the district a citizen names. */
  lat: doublePrecision('lat'),
  lng: doublePrecision('lng'),
  /** Opening windows on working days, e.g. "07:30-11:30,13:30-17:00"; null: the centre's default. */
  hours: text('hours'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A bookable service: one or more procedures (or a whole field) with its slot length. */
export const appointmentServices = pgTable('appointment_services', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  procedureCodes: jsonb('procedure_codes').$type<string[]>().notNull().default([]),
  field: text('field'),
  slotMinutes: integer('slot_minutes').notNull().default(15),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A counter (quầy) of a branch: how many citizens it receives per slot. */
export const appointmentCounters = pgTable(
  'appointment_counters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => appointmentBranches.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    capacity: integer('capacity').notNull().default(1),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('appointment_counters_branch_idx').on(t.branchId)],
);

export const appointmentCounterServices = pgTable(
  'appointment_counter_services',
  {
    counterId: uuid('counter_id')
      .notNull()
      .references(() => appointmentCounters.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => appointmentServices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.counterId, t.serviceId] })],
);

export type BookingStatus = 'confirmed' | 'checked_in' | 'served' | 'cancelled' | 'no_show';

/** A booking. Its seats are held in appointment_seat_holds, whose primary key is the arbiter. */
export const appointmentBookings = pgTable(
  'appointment_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => appointmentBranches.id),
    counterId: uuid('counter_id')
      .notNull()
      .references(() => appointmentCounters.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => appointmentServices.id),
    procedureCode: text('procedure_code'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    seat: integer('seat').notNull(),
    priorityGroup: text('priority_group'),
    status: text('status', { enum: ['confirmed', 'checked_in', 'served', 'cancelled', 'no_show'] }).notNull().default('confirmed'),
    citizenName: text('citizen_name').notNull(),
    phone: text('phone').notNull(),
    phoneLast4: text('phone_last4').notNull(),
    channel: text('channel').notNull().default('web'),
    conversationId: uuid('conversation_id'),
    /** Hash of citizen (phone) + service + slot: a retried request finds the same booking. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** A pre-filled form (callcenter/forms) attached to the booking; no foreign key across domains. */
    formDocumentId: text('form_document_id'),
    queueNumber: text('queue_number'),
    bookedBy: uuid('booked_by'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    calledAt: timestamp('called_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('appointment_bookings_code_idx').on(t.code),
    uniqueIndex('appointment_bookings_idempotency_idx').on(t.idempotencyKey).where(sql`status in ('confirmed', 'checked_in')`),
    index('appointment_bookings_slot_idx').on(t.branchId, t.startsAt),
    index('appointment_bookings_queue_idx').on(t.branchId, t.status, t.checkedInAt),
  ],
);

/** One row per (counter, grid step, seat) a live booking occupies: the unique key no two bookings can share. */
export const appointmentSeatHolds = pgTable(
  'appointment_seat_holds',
  {
    counterId: uuid('counter_id')
      .notNull()
      .references(() => appointmentCounters.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    seat: integer('seat').notNull(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => appointmentBookings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.counterId, t.startsAt, t.seat] }), index('appointment_seat_holds_booking_idx').on(t.bookingId)],
);

/** Queue numbers (số thứ tự) issued per branch and day, priority and regular counted apart. */
export const appointmentQueueCounters = pgTable(
  'appointment_queue_counters',
  {
    branchId: uuid('branch_id')
      .notNull()
      .references(() => appointmentBranches.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    lane: text('lane', { enum: ['priority', 'regular'] }).notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.branchId, t.day, t.lane] })],
);
