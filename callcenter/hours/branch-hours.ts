import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { createOpeningHours, type OpeningHours } from '../queue/opening-hours.ts';
import { rowsOf } from '../queue/deps.ts';
import type { WorkingCalendar } from '../../assistant/index.ts';

/** One branch's hours as configured: its own window, or 24/7, or the centre's default. */
export interface BranchSetting {
  branch: string;
  hours: string | null;
  alwaysOpen: boolean;
}

export interface CentreHours extends OpeningHours {
  /** Reads the configuration again (branches, their hours, 24/7 teams). */
  refresh(): Promise<void>;
  /** Each known branch with its effective hours, open or not at `now`, and when it opens next. */
  branches(now: Date): { branch: string; hours: string; alwaysOpen: boolean; configured: boolean; open: boolean; nextOpening: string | null }[];
}

/**
 * The centre's opening hours across branches, on the working calendar: each branch keeps its
 * own window (branch_hours) or the default (CONSOLE_HOURS), a branch or a team may be 24/7.
 * The centre answers while any branch does; out of hours, the citizen is told the earliest time
 * a person answers, with that branch's window. Kept in memory so that reads stay synchronous.
 */
export function createCentreHours(db: Db, defaultWindow = '07:30-17:00', calendar?: WorkingCalendar): CentreHours {
  const fallback = createOpeningHours(defaultWindow, { calendar });
  let settings: BranchSetting[] = [];
  let alwaysOpenTeam = false;
  let cache = new Map<string, OpeningHours>();

  const hoursOf = (s: BranchSetting): OpeningHours => {
    const key = s.alwaysOpen ? '24/7' : (s.hours ?? defaultWindow);
    let hours = cache.get(key);
    if (!hours) cache.set(key, (hours = createOpeningHours(s.alwaysOpen ? '00:00-24:00' : key, { calendar, alwaysOpen: () => s.alwaysOpen })));
    return hours;
  };
  const all = () => (settings.length ? settings.map(hoursOf) : [fallback]);
  const earliest = (now: Date) => all().reduce((best, h) => (h.nextOpening(now) < best.nextOpening(now) ? h : best));

  return {
    isOpen: (now) => alwaysOpenTeam || all().some((h) => h.isOpen(now)),
    // A branch keeps its own window; an agent of no branch works while any branch is open.
    branchOpen(branch, now) {
      const setting = branch === null ? undefined : settings.find((s) => s.branch === branch);
      if (setting) return hoursOf(setting).isOpen(now);
      return branch === null ? all().some((h) => h.isOpen(now)) : fallback.isOpen(now);
    },
    nextOpening: (now) => earliest(now).nextOpening(now),
    closedNotice: (now) => earliest(now).closedNotice(now),
    async refresh() {
      const [teams, rows] = await Promise.all([
        rowsOf<{ open: boolean }>(db.execute(sql`select exists (select 1 from staff_teams where always_open) as open`)),
        rowsOf<{ branch: string; hours: string | null; always_open: boolean | null }>(
          db.execute(sql`select b.branch, h.hours, h.always_open from (
              select branch from staff_users where branch is not null and active
              union select branch from staff_teams where branch is not null
              union select branch from branch_hours) b
            left join branch_hours h on h.branch = b.branch order by b.branch`),
        ),
      ]);
      alwaysOpenTeam = teams[0]?.open ?? false;
      settings = rows.map((r) => ({ branch: r.branch, hours: r.hours, alwaysOpen: r.always_open ?? false }));
      cache = new Map();
    },
    branches(now) {
      return settings.map((s) => {
        const hours = hoursOf(s);
        const open = hours.isOpen(now);
        return {
          branch: s.branch,
          hours: s.hours ?? defaultWindow,
          alwaysOpen: s.alwaysOpen,
          configured: s.hours !== null || s.alwaysOpen,
          open,
          nextOpening: open || s.alwaysOpen ? null : hours.nextOpening(now).toISOString(),
        };
      });
    },
  };
}
