import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createWorkingCalendar } from '../../assistant/index.ts';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { atLocal } from './local-time.ts';
import { bookableDays } from './slot-grid.ts';
import { parseHours } from './settings.ts';
import { phoneNumber, seedOneCounter } from './testing/places.ts';

/**
 * 200 citizens ask for the same slot of a counter with 3 seats at once, over real HTTP, on PGlite
 * or PostgreSQL (DATABASE_URL): exactly 3 bookings, 197 answers 409 with other slots, never a 5xx.
 */
describe('no double booking', () => {
  let served: ServedApp;
  let place: Awaited<ReturnType<typeof seedOneCounter>>;
  let startsAt: string;

  beforeAll(async () => {
    served = await serveApp({ APPOINTMENT_RATE_LIMIT_PER_MINUTE: '100000' });
    place = await seedOneCounter(served.database.db, { capacity: 3 });
    const settings = { hours: parseHours('07:30-11:30,13:30-17:00'), slotMinutes: 15, daysAhead: 14, priorityShare: 0.25, priorityReleaseHours: 24, minLeadMinutes: 30, noShowGraceMinutes: 15 };
    const day = bookableDays({ settings, calendar: createWorkingCalendar(), now: () => new Date() })[2]!;
    startsAt = atLocal(day, 9 * 60).toISOString();
  }, 60_000);
  afterAll(() => served?.close());

  const book = (i: number) =>
    fetch(`${served.url}/appointments/api/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ branchId: place.branchId, serviceId: place.serviceId, startsAt, name: `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}`, phone: phoneNumber(i), consent: true }),
    });

  it('confirms exactly the capacity, answers the rest 409 with the nearest free slots', async () => {
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => book(i)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(197);
    const conflicts = await Promise.all(responses.filter((r) => r.status === 409).map((r) => r.json() as Promise<{ alternatives: { startsAt: string }[]; code: string }>));
    for (const c of conflicts) {
      expect(c.code).toBe('conflict');
      expect(c.alternatives.length).toBeGreaterThan(0);
      expect(c.alternatives.map((a) => a.startsAt)).not.toContain(startsAt);
    }
    expect(responses.find((r) => r.status === 409)?.headers.get('content-type')).toContain('application/problem+json');
    const [row] = await served.database.rows<{ holds: number; live: number }>(
      sql`select (select count(*)::int from appointment_seat_holds) as holds, (select count(*)::int from appointment_bookings where status = 'confirmed') as live`,
    );
    expect(row).toEqual({ holds: 3, live: 3 });
  }, 120_000);

  it('returns the same booking to a retried request (same citizen, service and slot)', async () => {
    const [winner] = await served.database.rows<{ phone: string; code: string }>(sql`select phone, code from appointment_bookings order by created_at limit 1`);
    const i = Array.from({ length: 200 }, (_, k) => k).find((k) => `+84${phoneNumber(k).slice(1)}` === winner!.phone)!;
    const again = await Promise.all([book(i), book(i)]);
    expect(again.map((r) => r.status)).toEqual([200, 200]);
    for (const r of again) expect(((await r.json()) as { booking: { code: string } }).booking.code).toBe(winner!.code);
    const [count] = await served.database.rows<{ n: number }>(sql`select count(*)::int as n from appointment_bookings`);
    expect(count!.n).toBe(3);
  }, 60_000);
});
