import type { Reply } from '../../assistant/index.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { ChannelAssistant } from '../types.ts';
import { JOB_SEND, type ChannelStores, type Enqueue, type InboundEvent, type OutboundMessage } from './ports.ts';
import { deliveryStrings, welcomeText } from './strings.ts';

export interface InboundHandlerDeps {
  stores: ChannelStores;
  assistant: ChannelAssistant;
  enqueue: Enqueue;
  /** A citizen silent for longer than this starts a new conversation. */
  quietMs: number;
  /** More events than `max` from one citizen within `windowMs` get no answer (cost and abuse guard). */
  rateLimit: { windowMs: number; max: number };
  logger: Logger;
}

/** The assistant's structured reply as a channel-neutral outbound message. */
export function messageFromReply(reply: Reply): OutboundMessage {
  return {
    text: reply.text,
    sms: reply.sms,
    choices: reply.choices.map((c) => ({ n: c.n, label: c.label })),
    link: reply.citations[0]?.url ?? null,
  };
}

/**
 * The job behind every Zalo and SMS webhook: one stored inbound event becomes at most one turn and
 * one outbox row. Safe to run again after a crash at any point: the turn is keyed on the provider's
 * message id (the assistant answers a repeated id from storage), the outbox row on the event id.
 * A citizen's events are processed in order, under a lock per citizen (see handleInbound).
 */
export function createInboundHandler(deps: InboundHandlerDeps) {
  const { events, contacts, outbox, optOuts } = deps.stores;

  async function answer(event: InboundEvent, conversationId: string, message: OutboundMessage): Promise<void> {
    const { id } = await outbox.add({
      dedupeKey: `reply.${event.id}`,
      conversationId,
      channel: event.channel,
      provider: event.provider,
      address: event.address,
      message,
    });
    await deps.enqueue(JOB_SEND, { outboxId: id }, { jobId: `channels.send.${id}` });
  }

  async function conversationOf(event: InboundEvent): Promise<string> {
    return contacts.touch({
      channel: event.channel,
      provider: event.provider,
      address: event.address,
      at: event.receivedAt,
      quietMs: deps.quietMs,
      start: () => deps.assistant.conversations.start(event.channel),
    });
  }

  async function processOne(eventId: number): Promise<void> {
    const event = await events.get(eventId);
    if (!event || event.processedAt) return;
    let conversationId: string | null = null;
    switch (event.kind) {
      case 'unfollow':
        await contacts.setFollowed(event.channel, event.address, false);
        break;
      case 'opt_out':
        await optOuts.optOut(event.channel, event.address, event.text.slice(0, 40));
        break;
      case 'opt_in':
        await optOuts.optIn(event.channel, event.address);
        break;
      case 'phone_shared': {
        conversationId = await conversationOf(event);
        const phone = event.extra.phone;
        if (phone) await contacts.setFallbackPhone(event.channel, event.address, phone, event.receivedAt);
        break;
      }
      case 'follow':
        conversationId = await conversationOf(event);
        await contacts.setFollowed(event.channel, event.address, true);
        await answer(event, conversationId, { text: welcomeText() });
        break;
      case 'unsupported':
        conversationId = await conversationOf(event);
        await answer(event, conversationId, { text: deliveryStrings.textOnly });
        break;
      case 'text': {
        const since = new Date(event.receivedAt.getTime() - deps.rateLimit.windowMs);
        const recent = await events.countSince(event.channel, event.address, since, event.id);
        if (recent > deps.rateLimit.max) {
          deps.logger.warn({ eventId: event.id, channel: event.channel, provider: event.provider }, 'channel rate limit: message not answered');
          break;
        }
        conversationId = await conversationOf(event);
        const reply = await deps.assistant.handleTurn({
          conversationId,
          channel: event.channel,
          text: event.text,
          clientMessageId: `${event.provider}:${event.providerMessageId}`,
        });
        await answer(event, conversationId, messageFromReply(reply));
        break;
      }
    }
    await events.markProcessed(event.id, conversationId);
  }

  return async function handleInbound(payload: { eventId: number }): Promise<void> {
    const event = await events.get(payload.eventId);
    if (!event || event.processedAt) return;
    // One citizen's messages are answered one at a time and in the order they came: whichever job
    // holds the citizen's lock first answers every earlier message still waiting, then its own.
    await deps.stores.locks.run(`inbound:${event.channel}:${event.address}`, async () => {
      for (const id of await events.pendingUpTo(event.channel, event.address, event.id)) {
        if (id === event.id) {
          await processOne(id);
          continue;
        }
        // An earlier message that fails is left to its own job (which retries it), not to block this one.
        await processOne(id).catch((error: unknown) =>
          deps.logger.warn({ err: error, eventId: id, after: event.id }, 'earlier message failed; its own job retries it'),
        );
      }
    });
  };
}
