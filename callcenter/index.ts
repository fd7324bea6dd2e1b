/** Public face of the call centre: agents take over conversations the assistant hands off. */
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.ts';
import type { EventBus } from '../platform/events/bus.ts';
import { createQueueHandoffSink, createConversationOwnership, createOpeningHours, createRoutingLoop, type QueueDeps } from './queue/index.ts';

export { createHandoffSink } from './handoff/pg-handoff-sink.ts';
export { createConsole, type ConsoleDeps, type Console } from './console/index.ts';
export { createUser, type NewUser } from './staff/create-user.ts';
export { eraseExpiredPersonalData } from './retention/erase-personal-data.ts';
export type { CitizenMessenger } from './queue/index.ts';
export { requestCallback, voiceQueueRouter, listVoiceWork, type NewCallback } from './voice-queue/index.ts';

/**
 * The queue's services the assistant needs before the console exists: the handoff sink and the
 * ownership port (the bot stays silent while people own a conversation), plus the routing loop.
 */
export function createContactCentreQueue(options: { db: Db; bus: EventBus; hours?: string; offerSeconds?: number; now?: () => Date }) {
  let alwaysOpen = false;
  const deps: QueueDeps = {
    db: options.db,
    bus: options.bus,
    now: options.now ?? (() => new Date()),
    offerSeconds: options.offerSeconds ?? 60,
    hours: createOpeningHours(options.hours, { alwaysOpen: () => alwaysOpen }),
  };
  const routing = createRoutingLoop(deps);
  const refreshAlwaysOpen = async () => {
    const result = (await options.db.execute(sql`select exists (select 1 from staff_teams where always_open) as open`)) as unknown as { rows: { open: boolean }[] };
    alwaysOpen = result.rows[0]?.open ?? false;
  };
  return {
    deps,
    handoffs: createQueueHandoffSink(deps),
    ownership: createConversationOwnership(deps),
    routing,
    async start(intervalMs: number): Promise<void> {
      await refreshAlwaysOpen();
      routing.start(intervalMs);
      options.bus.on('conversation.queued', () => void refreshAlwaysOpen().catch(() => undefined));
      await routing.kick();
    },
  };
}

export type ContactCentreQueue = ReturnType<typeof createContactCentreQueue>;
