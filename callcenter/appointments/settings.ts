import type { TaskTurn, WorkingCalendar } from '../../assistant/index.ts';
import type { Procedure } from '../../knowledge/index.ts';
import type { Db } from '../../platform/db/client.ts';

/** An opening window in minutes since local midnight; the gap between two windows is the lunch break. */
export interface Window {
  open: number;
  close: number;
}

export interface AppointmentSettings {
  hours: Window[];
  /** The grid every slot length is a multiple of (and the default slot length). */
  slotMinutes: number;
  daysAhead: number;
  priorityShare: number;
  priorityReleaseHours: number;
  minLeadMinutes: number;
  noShowGraceMinutes: number;
}

/** Jobs the appointments domain schedules (reminders, no-show release); the queue is passed in. */
export type Enqueue = (name: string, payload: unknown, options?: { jobId?: string; delayMs?: number }) => Promise<unknown>;

/** A pre-filled form (callcenter/forms) as a booking sees it: its generated file's id and name. */
export interface BookingForm {
  id: string;
  name: string;
}

/**
 * The pre-filled forms a booking can carry, bound by the composition root (callcenter/forms'
 * FormAttachments). The booking keeps only the file's id; retention erasing the file ends it.
 */
export interface BookingForms {
  latestFor(citizen: Pick<TaskTurn, 'channel' | 'citizen' | 'conversationId'>, now: Date): Promise<BookingForm | null>;
  byToken(token: string, now: Date): Promise<BookingForm | null>;
  describe(id: string): Promise<BookingForm | null>;
  read(id: string): Promise<(BookingForm & { template: string; pdf: Uint8Array }) | null>;
}

export interface AppointmentDeps {
  db: Db;
  settings: AppointmentSettings;
  calendar: WorkingCalendar;
  now: () => Date;
  /** The procedure record (documents to bring), through the knowledge retriever. */
  procedure: (code: string) => Promise<Procedure | null>;
  enqueue: Enqueue;
  /** Absent in CLIs and tests that have no forms: bookings then carry none. */
  forms?: BookingForms | undefined;
}

/** "07:30-11:30,13:30-17:00" → sorted, non-overlapping windows. */
export function parseHours(text: string): Window[] {
  const windows = text.split(',').map((part) => {
    const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(part.trim());
    if (!m) throw new RangeError(`Opening hours must look like 07:30-11:30,13:30-17:00, got ${text}`);
    const open = Number(m[1]) * 60 + Number(m[2]);
    const close = Number(m[3]) * 60 + Number(m[4]);
    if (open >= close || close > 24 * 60) throw new RangeError(`A window must open before it closes: ${part}`);
    return { open, close };
  });
  windows.sort((a, b) => a.open - b.open);
  for (let i = 1; i < windows.length; i++) {
    if ((windows[i] as Window).open < (windows[i - 1] as Window).close) throw new RangeError(`Opening windows overlap: ${text}`);
  }
  return windows;
}

export function settingsFromEnv(env: {
  APPOINTMENT_HOURS: string;
  APPOINTMENT_SLOT_MINUTES: number;
  APPOINTMENT_DAYS_AHEAD: number;
  APPOINTMENT_PRIORITY_SHARE: number;
  APPOINTMENT_PRIORITY_RELEASE_HOURS: number;
  APPOINTMENT_MIN_LEAD_MINUTES: number;
  APPOINTMENT_NO_SHOW_GRACE_MINUTES: number;
}): AppointmentSettings {
  return {
    hours: parseHours(env.APPOINTMENT_HOURS),
    slotMinutes: env.APPOINTMENT_SLOT_MINUTES,
    daysAhead: env.APPOINTMENT_DAYS_AHEAD,
    priorityShare: env.APPOINTMENT_PRIORITY_SHARE,
    priorityReleaseHours: env.APPOINTMENT_PRIORITY_RELEASE_HOURS,
    minLeadMinutes: env.APPOINTMENT_MIN_LEAD_MINUTES,
    noShowGraceMinutes: env.APPOINTMENT_NO_SHOW_GRACE_MINUTES,
  };
}
