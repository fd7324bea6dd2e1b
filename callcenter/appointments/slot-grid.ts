import { isWorkingDay } from '../../assistant/index.ts';
import { addDays, atLocal, localDay, localMinutes } from './local-time.ts';
import { parseHours, type AppointmentDeps, type Window } from './settings.ts';

/** A service's slot length, rounded up to the grid so that every hold lands on a grid step. */
export function slotLength(serviceMinutes: number | null, grid: number): number {
  const wanted = serviceMinutes ?? grid;
  return Math.max(grid, Math.ceil(wanted / grid) * grid);
}

/** Slot starts (minutes since midnight) inside the windows; none crosses the lunch break or closing time. */
export function slotStarts(windows: readonly Window[], length: number): number[] {
  const starts: number[] = [];
  for (const w of windows) for (let t = w.open; t + length <= w.close; t += length) starts.push(t);
  return starts;
}

/** The grid steps a booking from `start` occupies: one seat hold per step. */
export function gridSteps(start: Date, length: number, grid: number): Date[] {
  return Array.from({ length: length / grid }, (_, i) => new Date(start.getTime() + i * grid * 60_000));
}

export function windowsOf(deps: Pick<AppointmentDeps, 'settings'>, branchHours: string | null): Window[] {
  return branchHours ? parseHours(branchHours) : deps.settings.hours;
}

/** Working days from today up to `daysAhead` (holidays, weekends and swapped days from the working calendar). */
export function bookableDays(deps: Pick<AppointmentDeps, 'settings' | 'calendar' | 'now'>): string[] {
  const today = localDay(deps.now());
  const days: string[] = [];
  for (let i = 0; i <= deps.settings.daysAhead; i++) {
    const day = addDays(today, i);
    if (isWorkingDay(deps.calendar, day)) days.push(day);
  }
  return days;
}

/** Why a slot cannot be booked, or null when it can (the seats are the database's business). */
export function slotProblem(deps: Pick<AppointmentDeps, 'settings' | 'calendar' | 'now'>, windows: readonly Window[], length: number, startsAt: Date): string | null {
  const now = deps.now();
  if (Number.isNaN(startsAt.getTime())) return 'Thời điểm hẹn không hợp lệ.';
  if (startsAt.getTime() < now.getTime() + deps.settings.minLeadMinutes * 60_000) return 'Khung giờ này đã qua hoặc quá sát giờ, vui lòng chọn giờ muộn hơn.';
  const day = localDay(startsAt);
  if (!bookableDays(deps).includes(day)) return `Chỉ đặt được lịch vào ngày làm việc trong ${deps.settings.daysAhead} ngày tới.`;
  if (startsAt.getTime() !== atLocal(day, localMinutes(startsAt)).getTime() || startsAt.getUTCSeconds() !== 0 || startsAt.getUTCMilliseconds() !== 0) {
    return 'Thời điểm hẹn phải đúng đầu khung giờ.';
  }
  if (!slotStarts(windows, length).includes(localMinutes(startsAt))) return 'Thời điểm này không phải một khung giờ tiếp công dân.';
  return null;
}

/**
 * Seats a citizen may take in a counter's slot, in the order to try. The last floor(capacity ×
 * share) seats are kept for priority citizens, who try those first; close to the slot (the release
 * window) everyone may take them.
 */
export function seatOrder(capacity: number, share: number, priority: boolean, released: boolean): number[] {
  const reserved = Math.min(capacity - 1, Math.floor(capacity * share + 1e-9));
  const regular = Array.from({ length: capacity - reserved }, (_, i) => i + 1);
  const kept = Array.from({ length: reserved }, (_, i) => capacity - reserved + i + 1);
  if (priority) return [...kept, ...regular];
  return released ? [...regular, ...kept] : regular;
}
