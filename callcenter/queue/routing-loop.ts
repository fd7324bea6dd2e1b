import type { Logger } from '../../platform/logging/logger.ts';
import type { QueueDeps } from './deps.ts';
import { expireOffers } from './release-item.ts';
import { routeQueue } from './route-queue.ts';

/**
 * Runs routing passes when something changes (an item queued or freed, an agent available) and
 * on a timer (offers that time out). Passes never overlap in one process; a change during a pass
 * asks for one more pass after it.
 */
export function createRoutingLoop(deps: QueueDeps, logger?: Logger) {
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  const offs: (() => void)[] = [];

  async function pass(): Promise<void> {
    do {
      again = false;
      await expireOffers(deps);
      await routeQueue(deps);
    } while (again);
  }

  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = pass()
      .catch((error: unknown) => logger?.error({ err: error }, 'routing pass failed'))
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    kick,
    /** Subscribes to the changes that can make routing possible, and sweeps every `intervalMs`. */
    start(intervalMs: number): void {
      const trigger = () => void kick();
      for (const name of ['conversation.queued', 'conversation.closed', 'conversation.returned_to_bot', 'conversation.transferred'] as const) {
        offs.push(deps.bus.on(name, trigger));
      }
      offs.push(deps.bus.on('staff.presence_changed', trigger));
      timer = setInterval(trigger, intervalMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      for (const off of offs.splice(0)) off();
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

export type RoutingLoop = ReturnType<typeof createRoutingLoop>;
