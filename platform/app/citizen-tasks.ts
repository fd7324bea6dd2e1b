import type { CitizenTask, ProcedureRetriever } from '../../assistant/index.ts';
import type { Appointments } from '../../callcenter/appointments/index.ts';
import { createComplaintTask } from '../../callcenter/index.ts';
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

/**
 * The multi-turn tasks the assistant hands a conversation to (complaint intake, booking, forms,
 * dossier lookup). Each callcenter domain builds its own; the order decides which task starts
 * when two start on the same intent.
 */
export function createCitizenTasks(deps: CitizenTaskDeps): CitizenTask[] {
  const procedureField = async (code: string) => (deps.procedures ? ((await deps.procedures.getByCode(code))?.field ?? null) : null);
  const tasks: CitizenTask[] = [
    createComplaintTask({ db: deps.database.db, bus: deps.bus, messenger: null, procedureField, policyJson: deps.env.COMPLAINTS_POLICY, publicUrl: deps.env.PUBLIC_BASE_URL }),
  ];
  if (deps.appointments) tasks.push(deps.appointments.task);
  return tasks;
}
