import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import { idempotencyKey } from './booking-code.ts';
import { SlotFullError, type BookingRow } from './book-slot.ts';
import { scheduleBookingJobs } from './booking-jobs.ts';
import { findBooking } from './find-booking.ts';
import { loadPlace, nearestFreeSlots } from './list-free-slots.ts';
import { takenSeats } from './read-places.ts';
import { seatsAt } from './seat-availability.ts';
import type { AppointmentDeps } from './settings.ts';
import { gridSteps, slotLength, slotProblem, windowsOf } from './slot-grid.ts';
import { holdSeat, isUniqueViolation, SeatTaken } from './hold-seats.ts';
import { appointmentBookings as bookings, appointmentSeatHolds as holds } from './tables.ts';

/**
 * Moves a booking (same code, branch and service) to another slot in one transaction: the old
 * seats are freed and the new ones held, or nothing changes. The seat holds' key is the arbiter.
 */
export async function rescheduleBooking(deps: AppointmentDeps, code: string, phoneLast4: string, startsAt: Date): Promise<BookingRow> {
  const booking = await findBooking(deps.db, code, phoneLast4);
  if (booking.status !== 'confirmed') throw new AppError('conflict', 'Chỉ đổi được lịch hẹn chưa đến giờ và chưa bị hủy.');
  if (booking.startsAt.getTime() === startsAt.getTime()) return booking;
  const query = { branchId: booking.branchId, serviceId: booking.serviceId, priority: Boolean(booking.priorityGroup) };
  const place = await loadPlace(deps, query);
  const length = slotLength(place.service.slotMinutes, deps.settings.slotMinutes);
  const problem = slotProblem(deps, windowsOf(deps, place.branch.hours), length, startsAt);
  if (problem) throw new AppError('validation_failed', problem);
  const end = new Date(startsAt.getTime() + length * 60_000);
  const steps = gridSteps(startsAt, length, deps.settings.slotMinutes);
  const taken = await takenSeats(deps.db, place.counters.map((c) => c.id), startsAt, end);
  for (const choice of seatsAt(deps, place, startsAt, length, taken, query.priority)) {
    try {
      const moved = await deps.db.transaction(async (tx) => {
        await tx.delete(holds).where(eq(holds.bookingId, booking.id));
        const [row] = await tx
          .update(bookings)
          .set({
            startsAt,
            endsAt: end,
            counterId: choice.counterId,
            seat: choice.seat,
            idempotencyKey: idempotencyKey(booking.phone, booking.serviceId, booking.branchId, startsAt),
            updatedAt: deps.now(),
          })
          .where(and(eq(bookings.id, booking.id), eq(bookings.status, 'confirmed')))
          .returning();
        if (!row) throw new AppError('conflict', 'Lịch hẹn vừa thay đổi trạng thái. Vui lòng thử lại.');
        await holdSeat(tx, row, steps);
        return row;
      });
      await scheduleBookingJobs(deps, moved);
      return moved;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('conflict', 'Bạn đã có một lịch hẹn khác vào khung giờ này.');
      if (!(error instanceof SeatTaken)) throw error;
    }
  }
  throw new SlotFullError(await nearestFreeSlots(deps, query, startsAt, 5, place));
}
