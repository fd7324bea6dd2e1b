import { Router, type RequestHandler, type Response } from 'express';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { AuditLog } from '../../../platform/audit/index.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { bookSlot, SlotFullError } from '../book-slot.ts';
import { summariseBooking } from '../booking-summary.ts';
import { callNext, checkIn } from '../check-in.ts';
import { atLocal } from '../local-time.ts';
import { maskPhone } from '../phone.ts';
import { body, DayQuery, IdParam, parse, SlotsQuery, StaffBookBody } from '../schemas.ts';
import { listFreeSlots, listOpenDays } from '../list-free-slots.ts';
import type { AppointmentDeps } from '../settings.ts';
import { appointmentBookings as bookings } from '../tables.ts';
import { mountPlaceRoutes } from './place-routes.ts';
import { formOf, sendSlotFull } from './public-routes.ts';
import { findBookingForStaff } from '../find-booking.ts';

export interface StaffUserLike {
  id: string;
  email: string;
  role: 'agent' | 'supervisor' | 'admin' | 'agency_officer';
  displayName: string;
}

export interface StaffGuard {
  /** Loads the console session (401 without it) and checks CSRF on writes. */
  authenticate: RequestHandler;
  userOf(res: Response): StaffUserLike;
  requireRole(user: StaffUserLike, minimum: 'agent' | 'supervisor' | 'admin'): void;
}

/** Console API under /console/api/v1/appointments: agents book for callers and check in; supervisors and admins manage places. */
export function staffApi(deps: AppointmentDeps, guard: StaffGuard, audit: AuditLog): Router {
  const api = Router();
  api.use(guard.authenticate);
  const agent = (res: Response) => {
    const user = guard.userOf(res);
    guard.requireRole(user, 'agent');
    return user;
  };
  mountPlaceRoutes(api, deps, (res) => {
    const user = guard.userOf(res);
    guard.requireRole(user, 'supervisor');
    return user;
  }, agent);

  api.get('/slots', async (req, res) => {
    agent(res);
    const query = parse(SlotsQuery, req.query);
    const slotQuery = { branchId: query.branchId, serviceId: query.serviceId, priority: query.priority === 'true' };
    res.setHeader('Cache-Control', 'no-store');
    if (!query.day) res.json({ days: await listOpenDays(deps, slotQuery, 10) });
    else res.json({ day: query.day, slots: await listFreeSlots(deps, { ...slotQuery, day: query.day }) });
  });

  api.post('/bookings', async (req, res) => {
    const user = agent(res);
    const input = body(req, StaffBookBody);
    try {
      const { formToken, ...rest } = input;
      const { booking, created } = await bookSlot(deps, { ...rest, channel: 'phone', bookedBy: user.id, formId: await formOf(deps, formToken) });
      res.status(created ? 201 : 200).json({ booking: await summariseBooking(deps, booking) });
    } catch (error) {
      if (error instanceof SlotFullError) return sendSlotFull(req, res, error);
      throw error;
    }
  });

  api.get('/bookings', async (req, res) => {
    const user = agent(res);
    const { branchId, day } = parse(DayQuery, req.query);
    // Names on the day's list are personal data: every view is audited.
    await audit.record({ actorId: user.id, actorEmail: user.email, action: 'appointment.list', subject: `${branchId}/${day}` });
    const rows = await deps.db
      .select()
      .from(bookings)
      .where(and(eq(bookings.branchId, branchId), gte(bookings.startsAt, atLocal(day, 0)), lt(bookings.startsAt, atLocal(day, 24 * 60))))
      .orderBy(asc(bookings.startsAt), asc(bookings.seat));
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      bookings: rows.map((b) => ({
        code: b.code,
        startsAt: b.startsAt.toISOString(),
        status: b.status,
        citizenName: b.citizenName,
        phone: maskPhone(b.phone),
        priorityGroup: b.priorityGroup,
        queueNumber: b.queueNumber,
        counterId: b.counterId,
        hasForm: b.formDocumentId !== null,
      })),
    });
  });

  api.post('/bookings/:code/check-in', async (req, res) => {
    const user = agent(res);
    const row = await checkIn(deps, String(req.params.code));
    await audit.record({ actorId: user.id, actorEmail: user.email, action: 'appointment.check_in', subject: row.code });
    res.json({ booking: await summariseBooking(deps, row) });
  });

  // The attached form holds the citizen's personal data: every opening is audited.
  api.get('/bookings/:code/form.pdf', async (req, res) => {
    const user = agent(res);
    const row = await findBookingForStaff(deps.db, String(req.params.code));
    await audit.record({ actorId: user.id, actorEmail: user.email, action: 'appointment.form_view', subject: row.code });
    const form = row.formDocumentId && deps.forms ? await deps.forms.read(row.formDocumentId) : null;
    if (!form) throw new AppError('not_found', 'Lịch hẹn này không có tờ khai kèm theo, hoặc tờ khai đã được xóa khi hết thời hạn lưu trữ.');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `inline; filename="to-khai-${row.code}.pdf"`);
    res.type('application/pdf').send(Buffer.from(form.pdf));
  });

  api.post('/branches/:id/call-next', async (req, res) => {
    agent(res);
    const id = IdParam.safeParse(req.params.id);
    if (!id.success) throw new AppError('not_found', 'Không tìm thấy điểm tiếp nhận.');
    const row = await callNext(deps, id.data);
    res.json({ next: row ? { code: row.code, queueNumber: row.queueNumber, citizenName: row.citizenName, priorityGroup: row.priorityGroup } : null });
  });
  return api;
}
