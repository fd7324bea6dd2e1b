import { and, gte, lt, ne } from 'drizzle-orm';
import { workingDaysBetween } from './deadlines.ts';
import type { ComplaintDeps } from './deps.ts';
import { complaints, RATINGS, type Rating } from './tables.ts';

export const DIMENSIONS = ['field', 'agency', 'channel', 'type'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface ReportRow {
  key: string;
  received: number;
  answered: number;
  onTime: number;
  late: number;
  avgWorkingDays: number | null;
  ratings: Record<Rating, number>;
  reopenedShare: number;
}

const keyOf = (t: typeof complaints.$inferSelect, by: Dimension): string =>
  (by === 'field' ? t.field : by === 'agency' ? t.agencyId : by === 'channel' ? t.channel : t.type) ?? '(chưa xác định)';

/**
 * Tickets received in [from, to) grouped by field, agency, channel or type: received, on time,
 * late, average handling time in working days (receipt to answer), ratings, reopened share.
 * Late counts every ticket that missed a deadline, answered or not.
 */
export async function reportComplaints(deps: Pick<ComplaintDeps, 'db' | 'calendar' | 'now'>, from: Date, to: Date, by: Dimension): Promise<{ rows: ReportRow[]; total: ReportRow }> {
  const rows = await deps.db.select().from(complaints).where(and(gte(complaints.createdAt, from), lt(complaints.createdAt, to), ne(complaints.status, 'draft')));
  const now = deps.now();
  const groups = new Map<string, { r: ReportRow; days: number[]; reopened: number }>();
  const blank = (key: string) => ({ r: { key, received: 0, answered: 0, onTime: 0, late: 0, avgWorkingDays: null, ratings: { very_satisfied: 0, satisfied: 0, dissatisfied: 0 }, reopenedShare: 0 } as ReportRow, days: [] as number[], reopened: 0 });
  const total = blank('Tổng');
  for (const t of rows) {
    const key = keyOf(t, by);
    const g = groups.get(key) ?? blank(key);
    groups.set(key, g);
    const late = t.wasLate || (t.dueAt !== null && t.dueAt < now && !t.answeredAt && !t.closedAt);
    for (const x of [g, total]) {
      x.r.received++;
      if (t.answeredAt) {
        x.r.answered++;
        x.days.push(workingDaysBetween(deps.calendar, t.createdAt, t.answeredAt));
        if (!late) x.r.onTime++;
      }
      if (late) x.r.late++;
      if (t.rating) x.r.ratings[t.rating]++;
      if (t.reopenCount > 0) x.reopened++;
    }
  }
  const finish = (x: ReturnType<typeof blank>): ReportRow => ({
    ...x.r,
    avgWorkingDays: x.days.length ? Math.round((x.days.reduce((a, b) => a + b, 0) / x.days.length) * 10) / 10 : null,
    reopenedShare: x.r.received ? Math.round((x.reopened / x.r.received) * 1000) / 1000 : 0,
  });
  return { rows: [...groups.values()].map(finish).sort((a, b) => b.received - a.received), total: finish(total) };
}

export function reportCsv(report: { rows: ReportRow[]; total: ReportRow }, by: Dimension): string {
  const head = [by, 'tiep_nhan', 'da_tra_loi', 'dung_han', 'tre_han', 'tb_ngay_lam_viec', ...RATINGS, 'ty_le_mo_lai'];
  const cell = (v: unknown) => {
    const s = String(v ?? '');
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s; // no formula injection in spreadsheets
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const line = (r: ReportRow) => [r.key, r.received, r.answered, r.onTime, r.late, r.avgWorkingDays ?? '', ...RATINGS.map((k) => r.ratings[k]), r.reopenedShare].map(cell).join(',');
  return `\uFEFF${[head.join(','), ...report.rows.map(line), line(report.total)].join('\r\n')}\r\n`;
}
