/**
 * npm run bench:booking: booking under contention on PostgreSQL (DATABASE_URL; PGlite otherwise,
 * said so in the output). 50 clients book 20 slots of a 3-seat counter at once; half of the
 * winners cancel again, so seats churn and the database stays the arbiter all along. Prints
 * throughput, latency percentiles and the invariant check (never more than 3 live bookings a slot).
 */
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDriver } from '../../../platform/testing/test-db.ts';
import { bookSlot, SlotFullError } from '../book-slot.ts';
import { cancelBooking } from '../cancel-booking.ts';
import { atLocal } from '../local-time.ts';
import { bookableDays } from '../slot-grid.ts';
import { testDeps } from '../testing/deps.ts';
import { phoneNumber, seedOneCounter } from '../testing/places.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SLOTS = 20;
const ATTEMPTS_PER_CLIENT = Number(process.env.BENCH_ATTEMPTS ?? 40);
const CAPACITY = 3;

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1] ?? 0;
};
const line = (label: string, v: number[]) =>
  `${label.padEnd(16)} n=${String(v.length).padStart(5)}  p50=${pct(v, 50).toFixed(1).padStart(7)} ms  p95=${pct(v, 95).toFixed(1).padStart(7)} ms  p99=${pct(v, 99).toFixed(1).padStart(7)} ms`;

const database = await createTestDatabase({ poolSize: 20 });
try {
  const clock = { now: new Date() };
  const deps = testDeps(database.db, clock, { priorityShare: 0 });
  const place = await seedOneCounter(database.db, { capacity: CAPACITY });
  const day = bookableDays(deps)[2]!;
  const slots = Array.from({ length: SLOTS }, (_, i) => atLocal(day, 7 * 60 + 30 + i * 15)); // 07:30 … 12:15 crosses lunch: keep to the morning
  slots.splice(16); // 07:30–11:15: 16 morning slots, then 4 in the afternoon
  for (let i = 0; slots.length < SLOTS; i++) slots.push(atLocal(day, 13 * 60 + 30 + i * 15));

  const booked: number[] = [];
  const full: number[] = [];
  const cancelled: number[] = [];
  let serial = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let a = 0; a < ATTEMPTS_PER_CLIENT; a++) {
        const i = serial++;
        const startsAt = slots[Math.floor(Math.random() * SLOTS)]!;
        const t0 = performance.now();
        try {
          const { booking } = await bookSlot(deps, { branchId: place.branchId, serviceId: place.serviceId, startsAt, name: 'Khách thử', phone: phoneNumber(i), channel: 'bench' });
          booked.push(performance.now() - t0);
          if (Math.random() < 0.5) {
            const t1 = performance.now();
            await cancelBooking(deps, booking.code, booking.phoneLast4);
            cancelled.push(performance.now() - t1);
          }
        } catch (error) {
          if (!(error instanceof SlotFullError)) throw error;
          full.push(performance.now() - t0);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const [check] = await database.rows<{ worst: number; mismatched: number }>(sql`
    select coalesce(max(n), 0)::int as worst,
      (select count(*)::int from appointment_bookings b where b.status = 'confirmed'
         and not exists (select 1 from appointment_seat_holds h where h.booking_id = b.id)) as mismatched
    from (select count(*) as n from appointment_bookings where status = 'confirmed' group by starts_at) s`);
  const attempts = booked.length + full.length;
  console.log(`\nbench:booking on ${testDriver()}: ${CLIENTS} clients, ${SLOTS} slots × ${CAPACITY} seats, ${attempts} booking attempts (+${cancelled.length} cancellations)`);
  console.log(`throughput       ${(attempts / seconds).toFixed(1)} booking requests/s (${((attempts + cancelled.length) / seconds).toFixed(1)} operations/s) over ${seconds.toFixed(1)} s`);
  console.log(line('all bookings', [...booked, ...full]));
  console.log(line('confirmed (201)', booked));
  console.log(line('full (409)', full));
  console.log(line('cancel', cancelled));
  console.log(`invariant        most live bookings in one slot: ${check!.worst} (capacity ${CAPACITY}); bookings without seat holds: ${check!.mismatched}`);
  if (check!.worst > CAPACITY || check!.mismatched > 0) process.exitCode = 1;
} finally {
  await database.destroy();
}
