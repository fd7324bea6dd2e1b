/** Public face of the call centre: agents take over conversations the assistant hands off. */
import type { Db } from '../platform/db/client.ts';
import type { EventBus } from '../platform/events/bus.ts';
import { createCentreHours } from './hours/branch-hours.ts';
import { createQueueHandoffSink, createConversationOwnership, createRoutingLoop, type QueueDeps } from './queue/index.ts';

export { createHandoffSink } from './handoff/pg-handoff-sink.ts';
export { createConsole, createStaffGuard, userOf, type ConsoleDeps, type Console } from './console/index.ts';
export { createComplaints, createComplaintTask, type Complaints } from './complaints/index.ts';
export { csatRoutes, sendSurvey, skipSurvey, surveyQuietConversations, type CsatDeps } from './csat/index.ts';
export { createUser, type NewUser } from './staff/create-user.ts';
export { eraseExpiredPersonalData } from './retention/erase-personal-data.ts';
export type { CitizenMessenger } from './queue/index.ts';
export type { ProcedureKnowledge, AssistHit } from './assist/procedure-knowledge.ts';
export { requestCallback, voiceQueueRouter, listVoiceWork, type NewCallback } from './voice-queue/index.ts';

/**
 * The queue's services the assistant needs before the console exists: the handoff sink and the
 * ownership port (the bot stays silent while people own a conversation), plus the routing loop.
 */
export function createContactCentreQueue(options: { db: Db; bus: EventBus; hours?: string; offerSeconds?: number; now?: () => Date }) {
  const hours = createCentreHours(options.db, options.hours);
  const deps: QueueDeps = {
    db: options.db,
    bus: options.bus,
    now: options.now ?? (() => new Date()),
    offerSeconds: options.offerSeconds ?? 60,
    hours,
  };
  const routing = createRoutingLoop(deps);
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    deps,
    /** Opening hours per branch (branch_hours, else CONSOLE_HOURS), 24/7 branches and teams. */
    hours,
    handoffs: createQueueHandoffSink(deps),
    ownership: createConversationOwnership(deps),
    routing,
    async start(intervalMs: number): Promise<void> {
      await hours.refresh();
      // Other processes' changes (and new branches) arrive within a minute; a handoff reads them at once.
      timer = setInterval(() => void hours.refresh().catch(() => undefined), 60_000);
      timer.unref();
      routing.start(intervalMs);
      await routing.kick();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}

export type ContactCentreQueue = ReturnType<typeof createContactCentreQueue>;
