import type { AuditLog } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/client.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { ProcedureKnowledge } from '../assist/procedure-knowledge.ts';
import type { CentreHours } from '../hours/branch-hours.ts';
import type { CitizenMessenger, QueueDeps, RoutingLoop } from '../queue/index.ts';
import type { StaffDirectory } from '../staff/staff-directory.ts';

/** A stored message as the assistant's history returns it (its public type, restated). */
export interface HistoryRow {
  id: number;
  role: 'citizen' | 'assistant' | 'agent' | 'system';
  text: string;
  reply: { citations: { code: string; name: string; url: string | null }[] } | null;
  author?: string | null;
  createdAt: string;
}

/** What the console's routes and streams work with. */
export interface ConsoleContext {
  db: Db;
  bus: EventBus;
  queue: QueueDeps;
  routing: RoutingLoop;
  messenger: CitizenMessenger;
  history(conversationId: string): Promise<HistoryRow[]>;
  audit: AuditLog;
  directory: StaffDirectory;
  logger: Logger;
  /** Agent assist's search of the procedure knowledge; absent in a console built without it. */
  knowledge?: ProcedureKnowledge;
  /** Opening hours per branch, and the default window (CONSOLE_HOURS). */
  hours: CentreHours;
  defaultHours: string;
}
