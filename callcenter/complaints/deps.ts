import type { WorkingCalendar } from '../../assistant/index.ts';
import type { Db } from '../../platform/db/client.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import type { CitizenMessenger } from '../queue/index.ts';
import type { ComplaintPolicy } from './policy.ts';
import type { complaints } from './tables.ts';

/** What the complaint use cases work with; `now` is the controllable clock of the deadline jobs. */
export interface ComplaintDeps {
  db: Db;
  bus: EventBus;
  calendar: WorkingCalendar;
  policy: ComplaintPolicy;
  now: () => Date;
  /** Reaches the citizen in the conversation the ticket came from (every channel delivers it). */
  messenger: CitizenMessenger | null;
  /** Where the public tracking page is, for links in notifications ('' = relative). */
  publicUrl: string;
}

export type Ticket = typeof complaints.$inferSelect;

/** Who did something: a staff member, the citizen, or the system. */
export interface Actor {
  id: string | null;
  name: string;
}

export const CITIZEN: Actor = { id: null, name: 'Người gửi' };
export const SYSTEM: Actor = { id: null, name: 'Hệ thống' };

/** The related procedure's field (lĩnh vực), for the routing proposal; wired to the knowledge base. */
export type ProcedureFieldLookup = (code: string) => Promise<string | null>;
