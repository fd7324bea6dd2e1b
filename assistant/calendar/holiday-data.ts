import { z } from 'zod';

/**
 * The yearly holiday schedule as data: the government sets Tết, swaps and bridging days each year,
 * so they are never hard-coded. `holidays` are the statutory days (Labour Code 2019 Art. 112), even
 * when they fall on a weekend; `daysOff` are the other weekdays off (compensatory days, swaps);
 * `workingWeekends` are Saturdays or Sundays worked in exchange for a swap.
 */
const DateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-02-17');

export const DayEntrySchema = z.object({ date: DateKey, name: z.string().min(1) });

export const DayOffSchema = DayEntrySchema.extend({ kind: z.enum(['compensatory', 'swap', 'extra']) });

export const YearScheduleSchema = z.object({
  year: z.number().int().min(1900).max(2199),
  /** 'official': from a published government decision; 'rules': computed from Art. 112 and the lunar calendar. */
  status: z.enum(['official', 'rules']),
  sources: z.array(z.string()).default([]),
  note: z.string().optional(),
  holidays: z.array(DayEntrySchema),
  daysOff: z.array(DayOffSchema).default([]),
  workingWeekends: z.array(DayEntrySchema).default([]),
});

export const HolidayDataSchema = z.object({
  note: z.string().optional(),
  years: z.array(YearScheduleSchema),
});

export type DayEntry = z.infer<typeof DayEntrySchema>;
export type DayOff = z.infer<typeof DayOffSchema>;
export type YearSchedule = z.infer<typeof YearScheduleSchema>;
export type HolidayData = z.infer<typeof HolidayDataSchema>;
/** What a caller may pass in: defaults (empty lists) may be omitted. */
export type HolidayDataInput = z.input<typeof HolidayDataSchema>;

/** Validates a schedule; throws a readable zod error at start-up rather than miscounting later. */
export function parseHolidayData(input: unknown): HolidayData {
  const data = HolidayDataSchema.parse(input);
  for (const y of data.years) {
    for (const d of [...y.holidays, ...y.daysOff, ...y.workingWeekends]) {
      if (!d.date.startsWith(`${y.year}-`)) throw new RangeError(`${d.date} is listed under year ${y.year}`);
    }
  }
  return data;
}
