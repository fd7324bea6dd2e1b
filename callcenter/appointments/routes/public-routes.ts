import { Router, type Request, type Response } from 'express';
import { AppError, toProblem } from '../../../platform/http/errors.ts';
import { createAttemptLimiter } from '../../../platform/http/session.ts';
import { bookSlot, SlotFullError } from '../book-slot.ts';
import { bookingIcs } from '../booking-ics.ts';
import { summariseBooking } from '../booking-summary.ts';
import { cancelBooking } from '../cancel-booking.ts';
import { findBooking, findBookingForStaff } from '../find-booking.ts';
import { listFreeSlots, listOpenDays } from '../list-free-slots.ts';
import { nearestBranches } from '../nearest-branch.ts';
import { activeServices, branchesFor } from '../read-places.ts';
import { rescheduleBooking } from '../reschedule-booking.ts';
import { body, BookBody, BranchesQuery, CodeBody, IcsParam, MoveSlotsBody, parse, RescheduleBody, ServicesQuery, SlotsQuery } from '../schemas.ts';
import type { AppointmentDeps } from '../settings.ts';
import { buildBookingOpenApi } from '../openapi.ts';

export interface PublicRouteOptions {
  ratePerMinute: number;
  publicBaseUrl?: string | undefined;
}

/** A full slot: 409 problem+json with the nearest free slots as `alternatives`. */
export function sendSlotFull(req: Request, res: Response, error: SlotFullError): void {
  res
    .status(409)
    .type('application/problem+json')
    .send(JSON.stringify({ ...toProblem(error, req.originalUrl.split('?')[0]), alternatives: error.alternatives }));
}

/** The form a download token opens, checked before booking: an unknown or expired link is a 422, not a silent booking without it. */
export async function formOf(deps: AppointmentDeps, token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const form = deps.forms ? await deps.forms.byToken(token, deps.now()) : null;
  if (!form) throw new AppError('validation_failed', 'Không tìm thấy tờ khai này hoặc liên kết tải tờ khai đã hết hạn. Bạn có thể đặt lịch không kèm tờ khai.');
  return form.id;
}

export const publicBranch = (b: { id: string; name: string; kind: string; address: string; district: string }) => ({ id: b.id, name: b.name, kind: b.kind, address: b.address, district: b.district });

/** The citizens' booking API under /appointments/api/v1: no sign-in, rate-limited per address. */
export function publicApi(deps: AppointmentDeps, options: PublicRouteOptions): Router {
  const api = Router();
  const openApi = buildBookingOpenApi();
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  const limiter = createAttemptLimiter(options.ratePerMinute, 60_000);
  api.use((req, _res, next) => {
    try {
      limiter.hit(req.ip ?? 'unknown');
    } catch (error) {
      const retry = error instanceof AppError ? error.extra.retryAfterSeconds : 60;
      throw new AppError('rate_limited', 'Bạn gửi yêu cầu quá nhanh. Vui lòng chờ một chút rồi thử lại.', { retryAfterSeconds: retry ?? 60 });
    }
    next();
  });

  api.get('/services', async (req, res) => {
    parse(ServicesQuery, req.query);
    const services = await activeServices(deps.db);
    res.json({ services: services.map((s) => ({ id: s.id, name: s.name, field: s.field, procedureCodes: s.procedureCodes, slotMinutes: s.slotMinutes })) });
  });

  api.get('/branches', async (req, res) => {
    const query = parse(BranchesQuery, req.query);
    if (!query.serviceId) throw new AppError('validation_failed', 'Vui lòng chọn dịch vụ trước.');
    const near = nearestBranches(await branchesFor(deps.db, query.serviceId), query.district ?? '');
    res.json({ district: near.district, branches: near.branches.map(publicBranch) });
  });

  api.get('/slots', async (req, res) => {
    const query = parse(SlotsQuery, req.query);
    const slotQuery = { branchId: query.branchId, serviceId: query.serviceId, priority: query.priority === 'true' };
    res.setHeader('Cache-Control', 'no-store');
    if (!query.day) res.json({ days: await listOpenDays(deps, slotQuery, 10) });
    else res.json({ day: query.day, slots: await listFreeSlots(deps, { ...slotQuery, day: query.day }) });
  });

  api.post('/bookings', async (req, res) => {
    const input = body(req, BookBody);
    try {
      const { formToken, ...rest } = input;
      const { booking, created } = await bookSlot(deps, { ...rest, channel: 'web_page', formId: await formOf(deps, formToken) });
      res.status(created ? 201 : 200).json({ booking: await summariseBooking(deps, booking) });
    } catch (error) {
      if (error instanceof SlotFullError) return sendSlotFull(req, res, error);
      throw error;
    }
  });

  api.post('/bookings/lookup', async (req, res) => {
    const { code, phoneLast4 } = body(req, CodeBody);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ booking: await summariseBooking(deps, await findBooking(deps.db, code, phoneLast4)) });
  });

  api.post('/bookings/cancel', async (req, res) => {
    const { code, phoneLast4 } = body(req, CodeBody);
    res.json({ booking: await summariseBooking(deps, await cancelBooking(deps, code, phoneLast4)) });
  });

  // Where a booking could move: its own branch, service and priority lane, which the page does not know.
  api.post('/bookings/slots', async (req, res) => {
    const { code, phoneLast4, day } = body(req, MoveSlotsBody);
    const booking = await findBooking(deps.db, code, phoneLast4);
    const slotQuery = { branchId: booking.branchId, serviceId: booking.serviceId, priority: Boolean(booking.priorityGroup) };
    res.setHeader('Cache-Control', 'no-store');
    if (!day) res.json({ days: await listOpenDays(deps, slotQuery, 10) });
    else res.json({ day, slots: await listFreeSlots(deps, { ...slotQuery, day }) });
  });

  api.post('/bookings/reschedule', async (req, res) => {
    const { code, phoneLast4, startsAt } = body(req, RescheduleBody);
    try {
      res.json({ booking: await summariseBooking(deps, await rescheduleBooking(deps, code, phoneLast4, startsAt)) });
    } catch (error) {
      if (error instanceof SlotFullError) return sendSlotFull(req, res, error);
      throw error;
    }
  });

  // The calendar file holds no name or phone: only what, where and when.
  api.get('/bookings/:code/calendar.ics', async (req, res) => {
    const code = IcsParam.safeParse(req.params.code);
    if (!code.success) throw new AppError('not_found', 'Không có lịch hẹn này.');
    const summary = await summariseBooking(deps, await findBookingForStaff(deps.db, code.data));
    if (summary.status === 'cancelled') throw new AppError('not_found', 'Lịch hẹn này đã bị hủy.');
    res.setHeader('Content-Disposition', `attachment; filename="lich-hen-${summary.code}.ics"`);
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/calendar; charset=utf-8').send(bookingIcs(summary, options.publicBaseUrl));
  });
  return api;
}
