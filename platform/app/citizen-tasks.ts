import type { CitizenTask } from '../../assistant/index.ts';
import type { Appointments } from '../../callcenter/appointments/index.ts';
import type { Env } from '../config/env.ts';
import type { Database } from '../db/client.ts';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logging/logger.ts';

export interface CitizenTaskDeps {
  env: Env;
  database: Database;
  bus: EventBus;
  logger: Logger;
  /** Booking (callcenter/appointments). */
  appointments?: Appointments;
}

/**
 * The multi-turn tasks the assistant hands a conversation to (complaint intake, booking, forms,
 * dossier lookup). Each callcenter domain builds its own; the order decides which task starts
 * when two start on the same intent.
 */
export function createCitizenTasks(deps: CitizenTaskDeps): CitizenTask[] {
  const tasks: CitizenTask[] = [];
  if (deps.appointments) tasks.push(deps.appointments.task);
  return tasks;
}
