import type { CitizenTask } from '../../assistant/index.ts';
import { createForms, type FormsDeps } from '../../callcenter/forms/index.ts';
import { createAuditLog } from '../audit/index.ts';
import type { Env } from '../config/env.ts';
import type { Database } from '../db/client.ts';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logging/logger.ts';

export interface CitizenTaskDeps {
  env: Env;
  database: Database;
  bus: EventBus;
  logger: Logger;
}

/**
 * The multi-turn tasks the assistant hands a conversation to (complaint intake, booking, forms,
 * dossier lookup). Each callcenter domain builds its own; the order decides which task starts
 * when two start on the same intent.
 */
export function createCitizenTasks(deps: CitizenTaskDeps): CitizenTask[] {
  return [createForms(formsDeps(deps)).task];
}

/** The pre-filled forms' settings, shared by the chat task and the routes that serve the links. */
export function formsDeps(deps: Omit<CitizenTaskDeps, 'bus'>): Omit<FormsDeps, 'forms'> {
  const { env, database, logger } = deps;
  return { db: database.db, linkTtlMinutes: env.FORM_LINK_TTL_MINUTES, publicBaseUrl: env.PUBLIC_BASE_URL, audit: createAuditLog(database.db), now: () => new Date(), logger };
}
