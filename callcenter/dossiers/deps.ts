import type { WorkingCalendar } from '../../assistant/index.ts';
import type { AuditLog } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { DossierStatusSource } from './dossier-status-source.ts';

/** How dossier notices reach a citizen: a message in the conversation they asked in, which every channel delivers. */
export interface DossierMessenger {
  send(conversationId: string, text: string): Promise<void>;
}

export interface DossiersDeps {
  db: Db;
  source: DossierStatusSource;
  calendar: WorkingCalendar;
  messenger: DossierMessenger;
  audit: AuditLog;
  logger: Logger;
  /** Lookups per citizen (or address) and per dossier code per hour. */
  lookupsPerHour: number;
  /** Asks for the watchers of a changed dossier to be checked soon (a job). */
  changed(code: string): Promise<void>;
  now: () => Date;
}
