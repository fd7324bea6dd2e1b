import type { ProviderSender } from '../delivery/index.ts';
import type { createZaloClient } from './client.ts';
import { renderZalo } from './render.ts';

/** Zalo refuses consultation messages 7 days after the citizen's last message (error -230). */
export const ZALO_WINDOW_MS = 7 * 24 * 3600 * 1000;

export function createZaloSender(client: ReturnType<typeof createZaloClient>): ProviderSender {
  return {
    provider: 'zalo',
    channel: 'zalo',
    render: renderZalo,
    sendPart: (userId, text) => client.sendText(userId, text),
    confirm: (userId, text, since) => client.confirmSent(userId, text, since),
    windowClosed: (lastInboundAt, now) => !lastInboundAt || now.getTime() - lastInboundAt.getTime() > ZALO_WINDOW_MS,
  };
}
