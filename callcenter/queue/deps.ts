import type { Db } from '../../platform/db/client.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import type { OpeningHours } from './opening-hours.ts';

/** What the queue's use cases work with. */
export interface QueueDeps {
  db: Db;
  bus: EventBus;
  now: () => Date;
  /** Seconds an offer waits for the agent before it goes back to the queue. */
  offerSeconds: number;
  hours: OpeningHours;
}

/** Raw results from `db.execute` on either driver. */
export async function rowsOf<T>(result: Promise<unknown>): Promise<T[]> {
  return ((await result) as { rows: T[] }).rows;
}
