const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The day [start, end) in Asia/Ho_Chi_Minh (UTC+7, no daylight saving): it resets at 00:00 there. */
export function vietnamDay(date?: string, now = new Date()): { date: string; start: Date; end: Date } {
  const key = date ?? new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
  const start = new Date(Date.parse(`${key}T00:00:00Z`) - VN_OFFSET_MS);
  return { date: key, start, end: new Date(start.getTime() + DAY_MS) };
}
