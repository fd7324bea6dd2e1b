import { localDay, slotLabel } from './local-time.ts';
import { activeBranch, activeService, countersFor } from './read-places.ts';
import { daySeats, type Place } from './seat-availability.ts';
import type { AppointmentDeps } from './settings.ts';
import { bookableDays } from './slot-grid.ts';

export interface FreeSlot {
  startsAt: string;
  label: string;
  free: number;
}

export interface SlotQuery {
  branchId: string;
  serviceId: string;
  priority?: boolean;
}

export async function loadPlace(deps: Pick<AppointmentDeps, 'db'>, query: SlotQuery): Promise<Place> {
  const [branch, service] = await Promise.all([activeBranch(deps.db, query.branchId), activeService(deps.db, query.serviceId)]);
  return { branch, service, counters: await countersFor(deps.db, branch.id, service.id) };
}

const bookableNow = (deps: Pick<AppointmentDeps, 'settings' | 'now'>, at: Date) => at.getTime() >= deps.now().getTime() + deps.settings.minLeadMinutes * 60_000;

/** Free slots of one day (working days within the booking horizon only). */
export async function listFreeSlots(deps: AppointmentDeps, query: SlotQuery & { day: string }, place?: Place): Promise<FreeSlot[]> {
  if (!bookableDays(deps).includes(query.day)) return [];
  const where = place ?? (await loadPlace(deps, query));
  const slots = await daySeats(deps, where, query.day, query.priority ?? false);
  return slots
    .filter((s) => s.seats.length > 0 && bookableNow(deps, s.startsAt))
    .map((s) => ({ startsAt: s.startsAt.toISOString(), label: slotLabel(s.startsAt), free: s.seats.length }));
}

/** Bookable days that still have a free slot, with how many. */
export async function listOpenDays(deps: AppointmentDeps, query: SlotQuery, limit = 7): Promise<{ day: string; free: number }[]> {
  const place = await loadPlace(deps, query);
  const out: { day: string; free: number }[] = [];
  for (const day of bookableDays(deps)) {
    const slots = await listFreeSlots(deps, { ...query, day }, place);
    if (slots.length > 0) out.push({ day, free: slots.length });
    if (out.length >= limit) break;
  }
  return out;
}

/** The free slots nearest in time to `around` (the answer to a full slot), same branch and service. */
export async function nearestFreeSlots(deps: AppointmentDeps, query: SlotQuery, around: Date, limit = 5, place?: Place): Promise<FreeSlot[]> {
  const where = place ?? (await loadPlace(deps, query));
  const days = bookableDays(deps);
  const pivot = Math.max(0, days.findIndex((d) => d >= localDay(around)));
  // Days in order of distance from the requested day; stop once enough slots and the next day is further.
  const ordered = days.map((d, i) => ({ d, dist: Math.abs(i - pivot) })).sort((a, b) => a.dist - b.dist);
  const found: FreeSlot[] = [];
  for (const { d } of ordered) {
    found.push(...(await listFreeSlots(deps, { ...query, day: d }, where)));
    if (found.length >= limit * 2) break;
  }
  return found
    .sort((a, b) => Math.abs(Date.parse(a.startsAt) - around.getTime()) - Math.abs(Date.parse(b.startsAt) - around.getTime()))
    .slice(0, limit)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
