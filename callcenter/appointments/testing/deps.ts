import { readFile } from 'node:fs/promises';
import { createWorkingCalendar } from '../../../assistant/index.ts';
import { ProcedureSchema, SAMPLE_CORPUS_DIR } from '../../../knowledge/index.ts';
import type { Db } from '../../../platform/db/client.ts';
import { parseHours, type AppointmentDeps, type AppointmentSettings } from '../settings.ts';

export const testSettings = (over: Partial<AppointmentSettings> = {}): AppointmentSettings => ({
  hours: parseHours('07:30-11:30,13:30-17:00'),
  slotMinutes: 15,
  daysAhead: 14,
  priorityShare: 0.25,
  priorityReleaseHours: 24,
  minLeadMinutes: 30,
  noShowGraceMinutes: 15,
  ...over,
});

/** Appointment deps on a controllable clock; procedures read from the shipped sample corpus. */
export function testDeps(db: Db, clock: { now: Date }, over: Partial<AppointmentSettings> = {}, enqueue: AppointmentDeps['enqueue'] = async () => null): AppointmentDeps {
  return {
    db,
    settings: testSettings(over),
    calendar: createWorkingCalendar(),
    now: () => clock.now,
    procedure: async (code) => {
      try {
        return ProcedureSchema.parse(JSON.parse(await readFile(`${SAMPLE_CORPUS_DIR}/${code}.json`, 'utf8')));
      } catch {
        return null;
      }
    },
    enqueue,
  };
}
