import { createWorkingCalendar, formatDateVi, isWorkingDay, type WorkingCalendar } from '../../assistant/index.ts';

const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

export interface OpeningHours {
  /** Whether people answer at `now` (a 24/7 team always does). */
  isOpen(now: Date): boolean;
  /**
   * Whether an agent of `branch` (null: the whole centre) is on duty at `now`, so that routing
   * offers them work; out of hours items wait in the queue. Without it, every agent is on duty.
   */
  branchOpen?(branch: string | null, now: Date): boolean;
  /** The next opening instant after `now` when closed. */
  nextOpening(now: Date): Date;
  /** What a citizen who asks for a person out of hours is told. */
  closedNotice(now: Date): string;
  /** Reads stored settings again, when they live in the database (the centre's per-branch hours). */
  refresh?(): Promise<void>;
}

/** "07:30-17:00" → minutes since midnight. */
export function parseWindow(window: string): { open: number; close: number } {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(window.trim());
  if (!m) throw new RangeError(`Opening hours must look like 07:30-17:00, got ${window}`);
  const open = Number(m[1]) * 60 + Number(m[2]);
  const close = Number(m[3]) * 60 + Number(m[4]);
  if (open >= close || close > 24 * 60) throw new RangeError(`Opening hours must open before they close: ${window}`);
  return { open, close };
}

/**
 * The centre's hours on the state bodies' working calendar (holidays and swapped days included),
 * in Asia/Ho_Chi_Minh. `alwaysOpen` (a 24/7 team) makes every instant open.
 */
export function createOpeningHours(window = '07:30-17:00', options: { alwaysOpen?: () => boolean; calendar?: WorkingCalendar } = {}): OpeningHours {
  const { open, close } = parseWindow(window);
  const calendar = options.calendar ?? createWorkingCalendar();
  const localMinutes = (now: Date) => Math.floor(((now.getTime() + VN_OFFSET_MS) % DAY_MS) / 60_000);
  const dayStart = (now: Date) => new Date(Math.floor((now.getTime() + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS);

  const isOpen = (now: Date) => {
    if (options.alwaysOpen?.()) return true;
    const minutes = localMinutes(now);
    return isWorkingDay(calendar, now) && minutes >= open && minutes < close;
  };
  const nextOpening = (now: Date) => {
    let day = dayStart(now);
    if (localMinutes(now) >= open) day = new Date(day.getTime() + DAY_MS);
    for (let i = 0; i < 60 && !isWorkingDay(calendar, new Date(day.getTime() + 12 * 3_600_000)); i++) day = new Date(day.getTime() + DAY_MS);
    return new Date(day.getTime() + open * 60_000);
  };
  const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

  return {
    isOpen,
    branchOpen: (_branch, now) => isOpen(now),
    nextOpening,
    closedNotice(now) {
      const next = nextOpening(now);
      return `Hiện đã ngoài giờ làm việc (${hhmm(open)}–${hhmm(close)} các ngày làm việc). Cán bộ sẽ trả lời bạn từ ${hhmm(open)} ${formatDateVi(next)}; yêu cầu của bạn vẫn được giữ trong hàng chờ.`;
    },
  };
}
