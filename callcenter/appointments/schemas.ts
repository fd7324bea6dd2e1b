import type { Request } from 'express';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { PRIORITY_GROUPS } from './priority-groups.ts';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CLEAN = /^[^\u0000-\u001F\u007F\uD800-\uDFFF<>]*$/u;
const text = (min: number, max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(min).max(max).regex(CLEAN, 'Nội dung chứa ký tự không hợp lệ.'));

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const code = z.string().max(40);
const last4 = z.string().regex(/^\d{4}$/, '4 số cuối điện thoại');
const procedureCode = z.string().regex(/^\d\.\d{6}$/);

export const ServicesQuery = z.object({}).strict();
export const BranchesQuery = z.object({ serviceId: z.uuid().optional(), district: text(1, 60).optional() }).strict();
export const SlotsQuery = z
  .object({ branchId: z.uuid(), serviceId: z.uuid(), day: z.iso.date().optional(), priority: z.enum(['true', 'false']).optional() })
  .strict();
export const BookBody = z
  .object({
    branchId: z.uuid(),
    serviceId: z.uuid(),
    startsAt: instant,
    name: text(2, 80).pipe(z.string().regex(/^[\p{L}][\p{L} .'-]*$/u, 'Họ tên chỉ gồm chữ cái.')),
    phone: z.string().min(8).max(20),
    priorityGroup: z.enum(PRIORITY_GROUPS).nullable().optional(),
    procedureCode: procedureCode.nullable().optional(),
    /** The token of a pre-filled form's download link (/forms/files/<token>): the form is attached to the booking. */
    formToken: z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'Mã tờ khai không đúng.').optional(),
    consent: z.literal(true, { error: 'Cần đồng ý cho phép dùng họ tên và số điện thoại cho lịch hẹn.' }),
  })
  .strict();
export const CodeBody = z.object({ code, phoneLast4: last4 }).strict();
/** The free days (without day) or times of a day a booking could move to, proved by code and last 4 digits. */
export const MoveSlotsBody = z.object({ code, phoneLast4: last4, day: z.iso.date().optional() }).strict();
export const RescheduleBody = z.object({ code, phoneLast4: last4, startsAt: instant }).strict();
export const IcsParam = z.string().regex(/^LH\d{8}$/);

export const StaffBookBody = BookBody.omit({ consent: true }).extend({ consent: z.literal(true).optional() }).strict();
export const BranchBody = z
  .object({
    name: text(2, 120),
    kind: z.enum(['branch', 'reception_point']).default('branch'),
    address: text(5, 250),
    district: text(2, 60),
    lat: z.number().min(-90).max(90).nullable().optional(),
    lng: z.number().min(-180).max(180).nullable().optional(),
    hours: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*$/).nullable().optional(),
    active: z.boolean().default(true),
  })
  .strict();
export const ServiceBody = z
  .object({
    name: text(2, 120),
    procedureCodes: z.array(procedureCode).max(50).default([]),
    field: text(2, 120).nullable().optional(),
    slotMinutes: z.number().int().min(5).max(240).default(15),
    active: z.boolean().default(true),
  })
  .strict();
export const CounterBody = z
  .object({ branchId: z.uuid(), name: text(1, 60), capacity: z.number().int().min(1).max(100), serviceIds: z.array(z.uuid()).max(50), active: z.boolean().default(true) })
  .strict();
export const DayQuery = z.object({ branchId: z.uuid(), day: z.iso.date() }).strict();
export const IdParam = z.uuid();

export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('validation_failed', 'Thông tin gửi lên chưa đúng. Vui lòng kiểm tra lại.', {
      errors: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return result.data;
}

export function body<T extends z.ZodType>(req: Request, schema: T): z.infer<T> {
  const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (hasBody && !req.is('application/json')) throw new AppError('unsupported_media_type', 'Nội dung phải ở dạng JSON.');
  return parse(schema, req.body ?? {});
}
