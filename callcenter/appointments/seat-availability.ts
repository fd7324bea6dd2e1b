import { atLocal } from './local-time.ts';
import { holdKey, takenSeats, type Branch, type Counter, type Service } from './read-places.ts';
import type { AppointmentDeps } from './settings.ts';
import { gridSteps, seatOrder, slotLength, slotStarts, windowsOf } from './slot-grid.ts';

export interface SeatChoice {
  counterId: string;
  seat: number;
}

export interface SlotSeats {
  startsAt: Date;
  /** Free seats this citizen may take, in the order to try. */
  seats: SeatChoice[];
}

export interface Place {
  branch: Branch;
  service: Service;
  counters: Counter[];
}

/** Free seats per slot of one day at a branch, for a regular or a priority citizen (one query). */
export async function daySeats(deps: Pick<AppointmentDeps, 'db' | 'settings' | 'now'>, place: Place, day: string, priority: boolean): Promise<SlotSeats[]> {
  const grid = deps.settings.slotMinutes;
  const length = slotLength(place.service.slotMinutes, grid);
  const starts = slotStarts(windowsOf(deps, place.branch.hours), length).map((m) => atLocal(day, m));
  if (starts.length === 0 || place.counters.length === 0) return [];
  const taken = await takenSeats(
    deps.db,
    place.counters.map((c) => c.id),
    atLocal(day, 0),
    atLocal(day, 24 * 60),
  );
  return starts.map((startsAt) => ({ startsAt, seats: seatsAt(deps, place, startsAt, length, taken, priority) }));
}

/** Free seats of one slot; `taken` must cover the slot's grid steps. */
export function seatsAt(
  deps: Pick<AppointmentDeps, 'settings' | 'now'>,
  place: Place,
  startsAt: Date,
  length: number,
  taken: ReadonlySet<string>,
  priority: boolean,
): SlotSeats['seats'] {
  const { priorityShare, priorityReleaseHours, slotMinutes } = deps.settings;
  const released = startsAt.getTime() - deps.now().getTime() <= priorityReleaseHours * 3_600_000;
  const steps = gridSteps(startsAt, length, slotMinutes);
  const seats: SeatChoice[] = [];
  // Fill the counter with the most free seats first, so load spreads across counters.
  const perCounter = place.counters.map((counter) =>
    seatOrder(counter.capacity, priorityShare, priority, released)
      .filter((seat) => steps.every((step) => !taken.has(holdKey(counter.id, step, seat))))
      .map((seat) => ({ counterId: counter.id, seat })),
  );
  perCounter.sort((a, b) => b.length - a.length);
  for (const list of perCounter) seats.push(...list);
  return seats;
}

