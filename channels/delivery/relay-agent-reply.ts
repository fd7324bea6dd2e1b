import { JOB_SEND, type ChannelStores, type Enqueue } from './ports.ts';

export interface StoredMessageEvent {
  conversationId: string;
  message: { id: number; role: string; text: string };
}

/**
 * An agent's reply from the console (stored with role `agent`, announced as `message.created`)
 * leaves on the citizen's channel through the same outbox as the bot's, once per message id.
 */
export function createAgentReplyRelay(deps: { stores: Pick<ChannelStores, 'contacts' | 'outbox'>; enqueue: Enqueue }) {
  return async function relay(event: StoredMessageEvent): Promise<number | null> {
    if (event.message.role !== 'agent') return null;
    const route = await deps.stores.contacts.route(event.conversationId);
    if (!route) return null; // a web conversation, or not a channel conversation at all
    const { id } = await deps.stores.outbox.add({
      dedupeKey: `agent.${event.message.id}`,
      conversationId: event.conversationId,
      channel: route.channel,
      provider: route.provider,
      address: route.address,
      message: { text: event.message.text },
    });
    await deps.enqueue(JOB_SEND, { outboxId: id }, { jobId: `channels.send.${id}` });
    return id;
  };
}
