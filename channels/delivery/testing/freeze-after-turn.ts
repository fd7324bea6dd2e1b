import type { AppServices } from '../../../platform/app/services.ts';

/**
 * Fault injection for crash tests: the real assistant's turn runs and is stored, then the job
 * never returns, as when a worker dies between the turn and the outbox. `onStored` fires then.
 */
export function freezeAfterTurn(services: AppServices, onStored: () => void): AppServices {
  const assistant = services.assistant;
  return {
    ...services,
    assistant: {
      ...assistant,
      async handleTurn(turn) {
        await assistant.handleTurn(turn);
        onStored();
        return new Promise(() => undefined);
      },
    },
  };
}
