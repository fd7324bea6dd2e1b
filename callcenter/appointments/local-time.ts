/** Appointments run on Vietnam's clock (UTC+7, no daylight saving). */
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** "2026-12-03" for the local day of an instant. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since local midnight. */
export function localMinutes(at: Date): number {
  return Math.floor(((at.getTime() + OFFSET_MS) % DAY_MS) / 60_000);
}

/** The instant of `minutes` past local midnight on `day`. */
export function atLocal(day: string, minutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS + minutes * 60_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Năm, 03/12/2026": short enough for a numbered choice read aloud. */
export function dayLabel(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]}, ${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** "08:15 Thứ Năm, 03/12/2026". */
export function slotLabel(at: Date): string {
  return `${hhmm(localMinutes(at))} ${dayLabel(localDay(at))}`;
}
