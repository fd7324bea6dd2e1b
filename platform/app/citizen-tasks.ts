import type { Appointments } from '../../callcenter/appointments/index.ts';
import { createComplaintTask } from '../../callcenter/index.ts';
import { createPgConversationStore, createWorkingCalendar, type CitizenTask, type ProcedureRetriever } from '../../assistant/index.ts';
import { createDossiers, createHttpDossierSource, createTableDossierSource, HttpMappingSchema, type Dossiers, type DossierStatusSource } from '../../callcenter/dossiers/index.ts';
import { createForms, type Forms, type FormsDeps } from '../../callcenter/forms/index.ts';
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
  /** The knowledge base's procedure lookup (complaints read the procedure's field). */
  procedures?: Pick<ProcedureRetriever, 'getByCode'>;
  /** Booking (callcenter/appointments). */
  appointments?: Appointments;
}

/** The callcenter domains that own a chat task, built once: the tasks, and their routes and jobs for wire.ts. */
export interface CitizenModules {
  forms: Forms;
  dossiers: Dossiers;
  tasks: CitizenTask[];
}

/**
 * The multi-turn tasks the assistant hands a conversation to (complaint intake, booking, forms,
 * dossier lookup). Each callcenter domain builds its own; the order decides which task starts
 * when two start on the same intent.
 */
export function createCitizenTasks(deps: CitizenTaskDeps): CitizenTask[] {
  return createCitizenModules(deps).tasks;
}

export function createCitizenModules(deps: CitizenTaskDeps): CitizenModules {
  const forms = createForms(formsDeps(deps));
  const dossiers = createDossiersModule(deps);
  const procedureField = async (code: string) => (deps.procedures ? ((await deps.procedures.getByCode(code))?.field ?? null) : null);
  const complaint = createComplaintTask({ db: deps.database.db, bus: deps.bus, messenger: null, procedureField, policyJson: deps.env.COMPLAINTS_POLICY, publicUrl: deps.env.PUBLIC_BASE_URL });
  return { forms, dossiers, tasks: [complaint, ...(deps.appointments ? [deps.appointments.task] : []), forms.task, dossiers.task] };
}

/** The pre-filled forms' settings. */
export function formsDeps(deps: Omit<CitizenTaskDeps, 'bus'>): Omit<FormsDeps, 'forms'> {
  const { env, database, logger } = deps;
  return { db: database.db, linkTtlMinutes: env.FORM_LINK_TTL_MINUTES, publicBaseUrl: env.PUBLIC_BASE_URL, audit: createAuditLog(database.db), now: () => new Date(), logger };
}

function dossierSource(env: Env, database: Database): DossierStatusSource {
  if (env.DOSSIER_SOURCE === 'table') return createTableDossierSource(database.db);
  if (!env.DOSSIER_HTTP_URL) throw new Error('DOSSIER_SOURCE=http needs DOSSIER_HTTP_URL');
  let mapping;
  try {
    mapping = HttpMappingSchema.parse(JSON.parse(env.DOSSIER_HTTP_MAPPING));
  } catch (error) {
    throw new Error(`DOSSIER_HTTP_MAPPING is not a valid mapping (see callcenter/dossiers/http-source.ts): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return createHttpDossierSource({ url: env.DOSSIER_HTTP_URL, token: env.DOSSIER_HTTP_TOKEN, mapping, timeoutMs: env.DOSSIER_HTTP_TIMEOUT_MS });
}

/** Dossier status; notices go into the citizen's conversation as the one-stop unit, which every channel delivers. */
function createDossiersModule({ env, database, bus, logger }: CitizenTaskDeps): Dossiers {
  const conversations = createPgConversationStore(database.db, bus);
  const module: Dossiers = createDossiers({
    db: database.db,
    source: dossierSource(env, database),
    calendar: createWorkingCalendar(),
    messenger: { send: async (conversationId, text) => void (await conversations.appendMessage(conversationId, 'agent', text, null, 'Bộ phận Một cửa')) },
    audit: createAuditLog(database.db),
    logger,
    lookupsPerHour: env.DOSSIER_LOOKUPS_PER_HOUR,
    // The periodic watch job catches up whatever a crash here misses (watchers compare states).
    changed: async (code) => void module.notify(code).catch((error: unknown) => logger.warn({ err: error }, 'dossier notice failed')),
    now: () => new Date(),
  });
  return module;
}
