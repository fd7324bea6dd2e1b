import type { Db } from '../../platform/db/client.ts';
import { appointmentSeatHolds as holds } from './tables.ts';

/** Raised inside a booking transaction when a seat went to someone else: roll back, try the next seat. */
export class SeatTaken extends Error {}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Holds one seat for every grid step of a booking; the holds' primary key decides who gets a seat. */
export async function holdSeat(tx: Tx, booking: { id: string; counterId: string; seat: number }, steps: readonly Date[]): Promise<void> {
  const held = await tx
    .insert(holds)
    .values(steps.map((startsAt) => ({ counterId: booking.counterId, startsAt, seat: booking.seat, bookingId: booking.id })))
    .onConflictDoNothing()
    .returning({ seat: holds.seat });
  if (held.length < steps.length) throw new SeatTaken();
}

/** PostgreSQL 23505, whether the driver's error or Drizzle's wrapper around it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) if (e.code === '23505') return true;
  return false;
}
