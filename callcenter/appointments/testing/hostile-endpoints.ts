import fc from 'fast-check';
import type { HostileEndpoint } from '../../../platform/testing/hostile-input/types.ts';

const API = '/appointments/api/v1';

/** Ids of the example centre (seeded at start-up), read through the public API itself. */
async function ids(base: string): Promise<{ serviceId: string; branchId: string; startsAt: string; code: string }> {
  const { services } = (await (await fetch(`${base}${API}/services`)).json()) as { services: { id: string }[] };
  const serviceId = services[0]!.id;
  const { branches } = (await (await fetch(`${base}${API}/branches?serviceId=${serviceId}`)).json()) as { branches: { id: string }[] };
  const branchId = branches[0]!.id;
  const { days } = (await (await fetch(`${base}${API}/slots?branchId=${branchId}&serviceId=${serviceId}`)).json()) as { days: { day: string }[] };
  const { slots } = (await (await fetch(`${base}${API}/slots?branchId=${branchId}&serviceId=${serviceId}&day=${days.at(-1)!.day}`)).json()) as { slots: { startsAt: string }[] };
  const startsAt = slots.at(-1)!.startsAt;
  const booked = await fetch(`${base}${API}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ branchId, serviceId, startsAt, name: 'Đỗ Thị Lan', phone: '0987654321', consent: true }),
  });
  const { booking } = (await booked.json()) as { booking: { code: string } };
  return { serviceId, branchId, startsAt, code: booking.code };
}

const phone = fc.constantFrom('0912345678', '+84987654321', '0901234567', '091234567', '');
const last4 = fc.stringMatching(/^\d{4}$/);
const code = fc.oneof(fc.stringMatching(/^LH\d{8}$/), fc.string({ maxLength: 12 }));
const instant = fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString());

/** The public booking page and API, for the hostile-input suite (platform/app/hostile-endpoints.ts). */
export const appointmentHostileEndpoints: readonly HostileEndpoint[] = [
  { name: 'GET /appointments/', method: 'GET', prepare: async () => ({ path: '/appointments/', headers: {} }) },
  { name: `GET ${API}/services`, method: 'GET', prepare: async () => ({ path: `${API}/services`, headers: {} }) },
  {
    name: `GET ${API}/branches`,
    method: 'GET',
    query: fc.record({ district: fc.constantFrom('Cầu Giấy', 'ha dong', 'quận 1', '') }),
    prepare: async (base) => ({ path: `${API}/branches?serviceId=${(await ids(base)).serviceId}`, headers: {} }),
  },
  {
    name: `GET ${API}/slots`,
    method: 'GET',
    query: fc.record({ day: fc.date({ min: new Date('2026-11-01'), max: new Date('2027-02-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), priority: fc.constantFrom('true', 'false') }),
    prepare: async (base) => {
      const { branchId, serviceId } = await ids(base);
      return { path: `${API}/slots?branchId=${branchId}&serviceId=${serviceId}`, headers: {} };
    },
  },
  {
    name: `POST ${API}/bookings`,
    method: 'POST',
    body: fc.record({
      branchId: fc.uuid(),
      serviceId: fc.uuid(),
      startsAt: instant,
      name: fc.constantFrom('Nguyễn Văn An', 'Lê Thị B', 'A'),
      phone,
      priorityGroup: fc.constantFrom(null, 'elderly', 'merit'),
      formToken: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{32}$/), { nil: undefined }),
      consent: fc.constant(true),
    }),
    prepare: async () => ({ path: `${API}/bookings`, headers: {} }),
  },
  { name: `POST ${API}/bookings/lookup`, method: 'POST', body: fc.record({ code, phoneLast4: last4 }), prepare: async () => ({ path: `${API}/bookings/lookup`, headers: {} }) },
  { name: `POST ${API}/bookings/cancel`, method: 'POST', body: fc.record({ code, phoneLast4: last4 }), prepare: async () => ({ path: `${API}/bookings/cancel`, headers: {} }) },
  {
    name: `POST ${API}/bookings/slots`,
    method: 'POST',
    body: fc.record({ code, phoneLast4: last4, day: fc.option(fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }) }),
    prepare: async () => ({ path: `${API}/bookings/slots`, headers: {} }),
  },
  {
    name: `POST ${API}/bookings/reschedule`,
    method: 'POST',
    body: fc.record({ code, phoneLast4: last4, startsAt: instant }),
    prepare: async () => ({ path: `${API}/bookings/reschedule`, headers: {} }),
  },
  {
    name: `GET ${API}/bookings/:code/calendar.ics`,
    method: 'GET',
    prepare: async (base) => {
      const { code: c } = await ids(base);
      return { path: `${API}/bookings/${c}/calendar.ics`, headers: {}, params: { code: c } };
    },
  },
];
