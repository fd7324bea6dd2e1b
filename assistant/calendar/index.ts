/** Working-day calendar of Vietnamese state bodies: holidays as data, lunar dates computed. */
export { createWorkingCalendar, isWorkingDay, addWorkingDays } from './working-calendar.ts';
export type { WorkingCalendar, DayInfo, DayKind } from './working-calendar.ts';
export { formatDateVi } from './format-date-vi.ts';
export { toDateKey } from './calendar-date.ts';
export type { CalendarDateInput } from './calendar-date.ts';
export { parseHolidayData } from './holiday-data.ts';
export type { HolidayData, HolidayDataInput, YearSchedule, DayEntry, DayOff } from './holiday-data.ts';
export { ruleBasedYear, statutoryHolidays } from './holiday-rules.ts';
