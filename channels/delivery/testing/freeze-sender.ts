import type { ProviderSender } from '../index.ts';

/**
 * Fault injection for crash tests: the real sender, but the job stops for good at the first part,
 * `before` calling the provider or `after` the provider accepted it (and before we record it), as
 * when a worker dies there. `onFrozen` fires then.
 */
export function freezeSender(sender: ProviderSender, when: 'before' | 'after', onFrozen: () => void): ProviderSender {
  return {
    ...sender,
    async sendPart(address, text, key) {
      if (when === 'after') await sender.sendPart(address, text, key);
      onFrozen();
      return new Promise(() => undefined);
    },
  };
}
