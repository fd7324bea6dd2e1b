import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import { idempotencyKey, newBookingCode } from './booking-code.ts';
import { nearestFreeSlots, loadPlace, type FreeSlot } from './list-free-slots.ts';
import { lastFour, normalisePhone } from './phone.ts';
import type { PriorityGroup } from './priority-groups.ts';
import { scheduleBookingJobs } from './booking-jobs.ts';
import { takenSeats } from './read-places.ts';
import { seatsAt } from './seat-availability.ts';
import type { AppointmentDeps } from './settings.ts';
import { gridSteps, slotLength, slotProblem, windowsOf } from './slot-grid.ts';
import { holdSeat, SeatTaken } from './hold-seats.ts';
import { appointmentBookings as bookings } from './tables.ts';

export interface BookInput {
  branchId: string;
  serviceId: string;
  startsAt: Date;
  name: string;
  phone: string;
  priorityGroup?: PriorityGroup | null;
  channel: string;
  conversationId?: string | null;
  procedureCode?: string | null;
  bookedBy?: string | null;
  /** A pre-filled form's file (callcenter/forms) to attach, already checked to be the citizen's. */
  formId?: string | null;
}

export type BookingRow = typeof bookings.$inferSelect;

/** 409 with the nearest free slots, so the citizen picks another without starting over. */
export class SlotFullError extends AppError {
  constructor(readonly alternatives: FreeSlot[]) {
    super('conflict', alternatives.length > 0 ? 'Khung giờ này vừa kín chỗ. Mời bạn chọn một khung giờ gần nhất còn trống.' : 'Khung giờ này đã kín chỗ và không còn khung giờ trống gần đó.');
  }
}

const ACTIVE = ['confirmed', 'checked_in'] as const;

/**
 * Books a seat in a slot. The database decides: each (counter, grid step, seat) is a primary key
 * in appointment_seat_holds, inserted in the same transaction as the booking, so two requests can
 * never hold one seat; the booking's idempotency key (citizen + service + slot) is unique among
 * live bookings, so a retry returns the first booking.
 */
export async function bookSlot(deps: AppointmentDeps, input: BookInput): Promise<{ booking: BookingRow; created: boolean }> {
  const phone = normalisePhone(input.phone);
  if (!phone) throw new AppError('validation_failed', 'Số điện thoại chưa đúng. Vui lòng nhập số điện thoại di động, ví dụ 0912 345 678.');
  const place = await loadPlace(deps, input);
  if (input.procedureCode && place.service.procedureCodes.length > 0 && !place.service.procedureCodes.includes(input.procedureCode)) {
    throw new AppError('validation_failed', 'Thủ tục này không thuộc dịch vụ đã chọn.');
  }
  const length = slotLength(place.service.slotMinutes, deps.settings.slotMinutes);
  const problem = slotProblem(deps, windowsOf(deps, place.branch.hours), length, input.startsAt);
  if (problem) throw new AppError('validation_failed', problem);

  const key = idempotencyKey(phone, place.service.id, place.branch.id, input.startsAt);
  const existing = await findLive(deps, key);
  if (existing) return { booking: existing, created: false };

  const steps = gridSteps(input.startsAt, length, deps.settings.slotMinutes);
  const end = new Date(input.startsAt.getTime() + length * 60_000);
  const taken = await takenSeats(deps.db, place.counters.map((c) => c.id), input.startsAt, end);
  const priority = Boolean(input.priorityGroup);
  for (const choice of seatsAt(deps, place, input.startsAt, length, taken, priority)) {
    try {
      const row = await deps.db.transaction(async (tx) => {
        const [booking] = await tx
          .insert(bookings)
          .values({
            code: newBookingCode(),
            branchId: place.branch.id,
            counterId: choice.counterId,
            serviceId: place.service.id,
            // A service of several procedures names none by itself: its documents differ from case to case.
            procedureCode: input.procedureCode ?? (place.service.procedureCodes.length === 1 ? place.service.procedureCodes[0]! : null),
            startsAt: input.startsAt,
            endsAt: end,
            seat: choice.seat,
            priorityGroup: input.priorityGroup ?? null,
            citizenName: input.name.trim(),
            phone,
            phoneLast4: lastFour(phone),
            channel: input.channel,
            conversationId: input.conversationId ?? null,
            idempotencyKey: key,
            bookedBy: input.bookedBy ?? null,
            formDocumentId: input.formId ?? null,
          })
          .onConflictDoNothing()
          .returning();
        if (!booking) return null; // the same request won meanwhile
        await holdSeat(tx, booking, steps);
        return booking;
      });
      if (!row) break;
      await scheduleBookingJobs(deps, row);
      return { booking: row, created: true };
    } catch (error) {
      if (!(error instanceof SeatTaken)) throw error;
    }
  }
  const replay = await findLive(deps, key);
  if (replay) return { booking: replay, created: false };
  throw new SlotFullError(await nearestFreeSlots(deps, { ...input, priority }, input.startsAt, 5, place));
}

async function findLive(deps: Pick<AppointmentDeps, 'db'>, key: string): Promise<BookingRow | null> {
  const [row] = await deps.db
    .select()
    .from(bookings)
    .where(and(eq(bookings.idempotencyKey, key), inArray(bookings.status, [...ACTIVE])));
  return row ?? null;
}
