/** Public face of appointments: branches, counters, services, bookings without double booking, reminders, the chat task. */
import { Router } from 'express';
import { citizenLink, createWorkingCalendar, type CitizenTask, type WorkingCalendar } from '../../assistant/index.ts';
import type { Procedure } from '../../knowledge/index.ts';
import type { AuditLog } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/client.ts';
import { createBookingTask } from './booking-task.ts';
import { mountBookingPage } from './page-routes.ts';
import { publicApi } from './routes/public-routes.ts';
import { staffApi, type StaffGuard } from './routes/staff-routes.ts';
import { appointmentJobs, type ReminderNotifier } from './send-reminders.ts';
import type { AppointmentDeps, AppointmentSettings, BookingForms, Enqueue } from './settings.ts';

export { settingsFromEnv, parseHours, type AppointmentSettings, type AppointmentDeps, type BookingForms, type Enqueue } from './settings.ts';
export { seedExampleCentre } from './seed-centre.ts';
export { eraseOldBookings } from './erase-old-bookings.ts';
export { bookSlot, SlotFullError, type BookInput, type BookingRow } from './book-slot.ts';
export { cancelBooking } from './cancel-booking.ts';
export { rescheduleBooking } from './reschedule-booking.ts';
export { checkIn, callNext } from './check-in.ts';
export { listFreeSlots, listOpenDays, nearestFreeSlots } from './list-free-slots.ts';
export { sendReminder, releaseNoShow, type ReminderNotifier } from './send-reminders.ts';
export { summariseBooking, summaryText } from './booking-summary.ts';
export { buildBookingOpenApi } from './openapi.ts';
export type { StaffGuard } from './routes/staff-routes.ts';

export interface AppointmentsOptions {
  db: Db;
  settings: AppointmentSettings;
  procedure: (code: string) => Promise<Procedure | null>;
  calendar?: WorkingCalendar;
  now?: () => Date;
  /** Pre-filled forms a booking may carry (callcenter/forms). */
  forms?: BookingForms;
  /** The public origin for links in chat replies (PUBLIC_BASE_URL); without it only the web gets (relative) links. */
  publicBaseUrl?: string | undefined;
}

export interface Appointments {
  deps: AppointmentDeps;
  task: CitizenTask;
  /** The queue and the reminder channel exist after the services: the composition root binds them. */
  bind(ports: { enqueue: Enqueue; notifier: ReminderNotifier }): void;
  jobs(): ReturnType<typeof appointmentJobs>;
  /** Mount at /appointments: the booking page and the public API. */
  publicRouter(options: { ratePerMinute: number }): Router;
  /** Mount at /console/api/v1/appointments. */
  staffRouter(guard: StaffGuard, audit: AuditLog): Router;
}

export function createAppointments(options: AppointmentsOptions): Appointments {
  let notifier: ReminderNotifier | null = null;
  let enqueue: Enqueue | null = null;
  const deps: AppointmentDeps = {
    db: options.db,
    settings: options.settings,
    calendar: options.calendar ?? createWorkingCalendar(),
    now: options.now ?? (() => new Date()),
    procedure: options.procedure,
    forms: options.forms,
    // Before the queue is bound (CLIs, evals) bookings still work; they only get no reminders.
    enqueue: (name, payload, opts) => (enqueue ? enqueue(name, payload, opts) : Promise.resolve(null)),
  };
  return {
    deps,
    task: createBookingTask(deps, { link: citizenLink(options.publicBaseUrl) }),
    bind(ports) {
      enqueue = ports.enqueue;
      notifier = ports.notifier;
    },
    jobs: () => appointmentJobs(deps, () => notifier),
    publicRouter({ ratePerMinute }) {
      const router = Router();
      router.use('/api/v1', publicApi(deps, { ratePerMinute, publicBaseUrl: options.publicBaseUrl }));
      mountBookingPage(router);
      return router;
    },
    staffRouter: (guard, audit) => staffApi(deps, guard, audit),
  };
}
