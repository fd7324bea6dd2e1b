import type { Logger } from '../../platform/logging/logger.ts';
import { JOB_SEND, type ChannelStores, type Enqueue, type OutboxRow, type Provider } from './ports.ts';
import { UNCERTAIN_ERROR, type ProviderSender } from './sender.ts';

export interface SendDeps {
  stores: ChannelStores;
  senders: ReadonlyMap<Provider, ProviderSender>;
  enqueue: Enqueue;
  /** The SMS provider used when a Zalo message cannot go through and the citizen consented to SMS. */
  smsFallback: Provider | null;
  /** Messages per phone number within `windowMs`; beyond it, the send waits for the window to pass. */
  smsLimit: { windowMs: number; max: number };
  /** How long a claimed row stays ours; a sender that dies mid-send is taken over after it. */
  leaseMs: number;
  /** The job's total tries: the last transient failure becomes permanent. */
  attempts: number;
  logger: Logger;
  /** Called once when a message cannot reach the citizen (the console shows it). */
  onUndelivered?: (row: OutboxRow, status: 'failed' | 'undeliverable', reason: string) => void;
  now?: () => Date;
}

export class RetryLater extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RetryLater';
  }
}

/**
 * The job that delivers one outbox row: at most once per part (progress is stored after each
 * part), opt-outs and the per-number limit honoured, Zalo's 7-day window falling back to SMS.
 * When the last try ended without an answer (the row is `uncertain`), the provider is asked first
 * whether the part already reached it (`confirm`); eSMS deduplicates on the part key instead.
 */
export function createOutboxSender(deps: SendDeps) {
  const { outbox, contacts, optOuts } = deps.stores;
  const now = deps.now ?? (() => new Date());

  async function giveUp(row: OutboxRow, status: 'failed' | 'undeliverable', reason: string): Promise<void> {
    await outbox.finish(row.id, status, reason);
    deps.logger.warn({ outboxId: row.id, channel: row.channel, provider: row.provider, status, reason }, 'message not delivered');
    deps.onUndelivered?.(row, status, reason);
  }

  async function fallBackToSms(row: OutboxRow, reason: string): Promise<void> {
    const contact = await contacts.get(row.channel, row.address);
    const phone = contact?.smsConsentAt ? contact.fallbackPhone : null;
    if (!phone || !deps.smsFallback || !deps.senders.has(deps.smsFallback)) {
      await giveUp(row, 'undeliverable', `${reason}; no SMS fallback (no phone with consent)`);
      return;
    }
    const { id } = await outbox.add({
      dedupeKey: `${row.dedupeKey}.sms`,
      conversationId: row.conversationId,
      channel: 'sms',
      provider: deps.smsFallback,
      address: phone,
      message: row.message,
    });
    await outbox.finish(row.id, 'undeliverable', `${reason}; sent by SMS instead (outbox ${id})`);
    await deps.enqueue(JOB_SEND, { outboxId: id }, { jobId: `channels.send.${id}` });
  }

  async function sendOne(outboxId: number, context: { attempt: number }): Promise<void> {
    const row = await outbox.claim(outboxId, deps.leaseMs);
    if (!row) {
      // Another sender's lease (it may have died mid-send, as a killed worker whose stalled job
      // BullMQ hands over before the lease ends): try again after it rather than end the job,
      // or nobody would ever send the message. Sent or given up: nothing left to do.
      if ((await outbox.recipientOf(outboxId))?.status === 'sending') throw new RetryLater('another sender holds the message');
      return;
    }
    const sender = deps.senders.get(row.provider);
    if (!sender) return giveUp(row, 'undeliverable', `channel ${row.provider} is not configured`);
    if (row.channel === 'sms') {
      if (await optOuts.isOptedOut('sms', row.address)) return giveUp(row, 'undeliverable', 'opted out');
      const since = new Date(now().getTime() - deps.smsLimit.windowMs);
      if ((await outbox.countSince('sms', row.address, since)) > deps.smsLimit.max) {
        if (context.attempt >= deps.attempts) return giveUp(row, 'failed', 'per-number SMS limit reached');
        await outbox.release(row.id, 'rate limited');
        throw new RetryLater('per-number SMS limit reached');
      }
    }
    if (sender.windowClosed) {
      const contact = await contacts.get(row.channel, row.address);
      if (sender.windowClosed(contact?.lastInboundAt ?? null, now())) return fallBackToSms(row, 'outside the Zalo 7-day window');
    }
    const parts = sender.render(row.message);
    let first = row.partsSent;
    if (row.uncertain && sender.confirm && first < parts.length) {
      const answer = await sender.confirm(row.address, parts[first]!, row.createdAt ?? new Date(0));
      if ('sent' in answer && answer.sent) {
        deps.logger.info({ outboxId: row.id, part: first }, 'part already reached the provider before the sender stopped; not sent again');
        await outbox.progress(row.id, ++first, answer.providerMessageId);
      } else if ('unknown' in answer) {
        if (context.attempt < deps.attempts) {
          await outbox.release(row.id, `${UNCERTAIN_ERROR}unconfirmed: ${answer.unknown}`.slice(0, 300));
          throw new RetryLater(`cannot confirm part ${first}: ${answer.unknown}`);
        }
        // Out of tries and the provider cannot tell: send (at least once) rather than lose the message.
        deps.logger.warn({ outboxId: row.id, part: first }, 'part unconfirmed after every try; sending it, it may arrive twice');
      }
    }
    for (let i = first; i < parts.length; i++) {
      const result = await sender.sendPart(row.address, parts[i]!, `${row.dedupeKey}.${i}`);
      if (result.ok) {
        await outbox.progress(row.id, i + 1, result.providerMessageId);
        continue;
      }
      if (result.windowClosed) return fallBackToSms(row, result.error);
      if (result.retry && context.attempt < deps.attempts) {
        await outbox.release(row.id, result.error);
        throw new RetryLater(result.error);
      }
      return giveUp(row, 'failed', result.error);
    }
    await outbox.finish(row.id, 'sent');
  }

  return async function sendOutbox(payload: { outboxId: number }, context: { attempt: number }): Promise<void> {
    const to = await outbox.recipientOf(payload.outboxId);
    if (!to) return;
    // Messages to one citizen leave in the order they were written: under the recipient's lock, the
    // earlier ones nobody has tried yet go first (their own jobs then find them sent). An earlier
    // one that fails is released to its own job's retries rather than holding this one back.
    await deps.stores.locks.run(`send:${to.channel}:${to.address}`, async () => {
      for (const id of await outbox.untriedBefore(payload.outboxId)) {
        await sendOne(id, { attempt: 1 }).catch((error: unknown) => {
          if (!(error instanceof RetryLater)) throw error;
        });
      }
      await sendOne(payload.outboxId, context);
    });
  };
}
