import { z } from 'zod';
import { BookBody, CodeBody, MoveSlotsBody, RescheduleBody } from './schemas.ts';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const query = (name: string, schema: unknown, required = false) => ({ name, in: 'query', required, schema });

const Summary = {
  type: 'object',
  properties: {
    code: { type: 'string', pattern: '^LH\\d{8}$' },
    status: { enum: ['confirmed', 'checked_in', 'served', 'cancelled', 'no_show'] },
    startsAt: { type: 'string', format: 'date-time' },
    endsAt: { type: 'string', format: 'date-time' },
    when: { type: 'string' },
    branch: { type: 'object', properties: { name: { type: 'string' }, address: { type: 'string' }, district: { type: 'string' } } },
    counter: { type: 'string' },
    service: { type: 'string' },
    procedure: { type: ['object', 'null'], properties: { code: { type: 'string' }, name: { type: 'string' } } },
    documents: { type: 'array', items: { type: 'string' } },
    priority: { type: ['string', 'null'] },
    queueNumber: { type: ['string', 'null'] },
    citizenName: { type: 'string' },
    phone: { type: 'string', description: 'masked' },
    icsPath: { type: 'string' },
    form: { type: ['object', 'null'], description: 'The pre-filled form attached to the booking, while retention keeps it', properties: { name: { type: 'string' } } },
  },
};
const FreeSlot = { type: 'object', properties: { startsAt: { type: 'string', format: 'date-time' }, label: { type: 'string' }, free: { type: 'integer' } } };
const common = { '422': problem('Invalid input.'), '429': problem('Rate limited; see Retry-After.') };
const booking = { description: 'The booking', content: json({ type: 'object', properties: { booking: ref('BookingSummary') } }) };

/** OpenAPI 3.1 of /appointments/api/v1 (request bodies from the zod schemas that validate them). */
export function buildBookingOpenApi(): Record<string, unknown> {
  const body = (schema: z.ZodType) => {
    const s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    delete s.$schema;
    return { required: true, content: json(s) };
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Một Cửa – đặt lịch hẹn', version: '1.0.0', description: 'Đặt, tra cứu, hủy và đổi lịch hẹn tại các điểm tiếp nhận. Không cần đăng nhập; giới hạn số yêu cầu mỗi phút.' },
    servers: [{ url: '/appointments/api/v1' }],
    components: {
      securitySchemes: { staffSession: { type: 'apiKey', in: 'cookie', name: 'mc_staff', description: 'The console session (staff sign-in)' } },
      schemas: {
        BookingSummary: Summary,
        FreeSlot,
        Problem: { type: 'object', properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' } } },
        SlotFull: { allOf: [ref('Problem'), { type: 'object', properties: { alternatives: { type: 'array', items: ref('FreeSlot') } } }] },
      },
    },
    paths: {
      '/services': { get: { summary: 'Bookable services', responses: { '200': { description: 'Services' }, ...common } } },
      '/branches': {
        get: {
          summary: 'Branches offering a service, nearest first to a district',
          parameters: [query('serviceId', { type: 'string', format: 'uuid' }, true), query('district', { type: 'string' })],
          responses: { '200': { description: 'Branches' }, ...common },
        },
      },
      '/slots': {
        get: {
          summary: 'Open days (without day) or free slots of a day',
          parameters: [
            query('branchId', { type: 'string', format: 'uuid' }, true),
            query('serviceId', { type: 'string', format: 'uuid' }, true),
            query('day', { type: 'string', format: 'date' }),
            query('priority', { enum: ['true', 'false'] }),
          ],
          responses: { '200': { description: 'Days or slots' }, '404': problem('Unknown branch or service.'), ...common },
        },
      },
      '/bookings': {
        post: {
          summary: 'Book a slot (idempotent per phone, service and slot)',
          requestBody: body(BookBody),
          responses: {
            '201': booking,
            '200': { ...booking, description: 'The same request again: the booking made the first time' },
            '409': { description: 'The slot is full', content: { 'application/problem+json': { schema: ref('SlotFull') } } },
            ...common,
          },
        },
      },
      '/bookings/lookup': { post: { summary: 'Find a booking by code and last 4 phone digits', requestBody: body(CodeBody), responses: { '200': booking, '404': problem('No such booking.'), ...common } } },
      '/bookings/cancel': { post: { summary: 'Cancel by code and last 4 phone digits', requestBody: body(CodeBody), responses: { '200': booking, '404': problem('No such booking.'), '409': problem('Already checked in or past.'), ...common } } },
      '/bookings/slots': {
        post: {
          summary: "Open days (without day) or free slots of a day at the booking's own branch and service, to move it",
          requestBody: body(MoveSlotsBody),
          responses: { '200': { description: 'Days or slots' }, '404': problem('No such booking.'), ...common },
        },
      },
      '/bookings/reschedule': {
        post: {
          summary: 'Move a booking to another slot',
          requestBody: body(RescheduleBody),
          responses: { '200': booking, '404': problem('No such booking.'), '409': { description: 'The new slot is full', content: { 'application/problem+json': { schema: ref('SlotFull') } } }, ...common },
        },
      },
      '/appointments/bookings/{code}/form.pdf': {
        get: {
          summary: 'Staff: the pre-filled form attached to a booking (agent role; every opening is audited)',
          servers: [{ url: '/console/api/v1' }],
          security: [{ staffSession: [] }],
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'application/pdf' }, '401': problem('Not signed in.'), '403': problem('Not an agent.'), '404': problem('No such booking, no form, or the form was erased.') },
        },
      },
      '/bookings/{code}/calendar.ics': {
        get: {
          summary: 'The booking as an iCalendar file',
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^LH\\d{8}$' } }],
          responses: { '200': { description: 'text/calendar' }, '404': problem('No such booking.') },
        },
      },
    },
  };
}
