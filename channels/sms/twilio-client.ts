import twilio from 'twilio';
import type { Confirmation, SendResult } from '../delivery/index.ts';
import { transientFromError } from '../delivery/sender.ts';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  /** A sender number or alphanumeric id, or a Messaging Service (MG…). */
  from: string;
  /** Tests: the loopback peer instead of https://api.twilio.com. */
  apiBaseUrl?: string | undefined;
  timeoutMs: number;
  /** Where Twilio posts the message's status changes (our /webhooks/sms/twilio/status). */
  statusCallback?: string | undefined;
}

/** The twilio library's HTTP client, sending to another origin (a loopback peer in tests). */
class RedirectingClient extends twilio.RequestClient {
  constructor(private readonly origin: string, timeout: number) {
    super({ timeout });
  }
  override request<T>(opts: Parameters<twilio.RequestClient['request']>[0]) {
    const target = new URL(opts.uri);
    const base = new URL(this.origin);
    target.protocol = base.protocol;
    target.host = base.host;
    return super.request<T>({ ...opts, uri: target.toString() } as never);
  }
}

/** Twilio error codes another try cannot fix (unsubscribed recipient, invalid number, not SMS-capable…). */
const PERMANENT_CODES = new Set([21211, 21408, 21610, 21612, 21614, 30003, 30004, 30005, 30006]);

/** Clocks differ: a message stamped a little before the row was written still counts. */
const SKEW_MS = 60_000;

export function createTwilioClient(settings: TwilioSettings) {
  const client = twilio(settings.accountSid, settings.authToken, {
    autoRetry: false,
    timeout: settings.timeoutMs,
    ...(settings.apiBaseUrl ? { httpClient: new RedirectingClient(settings.apiBaseUrl, settings.timeoutMs) } : {}),
  });
  const sender = settings.from.startsWith('MG') ? { messagingServiceSid: settings.from } : { from: settings.from };
  return {
    /**
     * Whether a message with this body already went to `phone` from our sender since `since`:
     * Twilio has no idempotency key for Messages, so the recent messages to the number are listed
     * (GET …/Messages.json?To=…, newest first) and compared.
     */
    async confirmSent(phone: string, body: string, since: Date): Promise<Confirmation> {
      try {
        const recent = await client.messages.list({ to: phone, limit: 20 });
        const ours = recent.find(
          (m) =>
            m.body === body &&
            (m.from === settings.from || m.messagingServiceSid === settings.from) &&
            (m.dateCreated?.getTime() ?? 0) >= since.getTime() - SKEW_MS,
        );
        return ours ? { sent: true, providerMessageId: ours.sid } : { sent: false };
      } catch (error) {
        const e = error as { status?: number; message?: string };
        return { unknown: `twilio list ${e.status ?? 'network'}: ${String(e.message ?? error).slice(0, 200)}` };
      }
    },

    async send(phone: string, body: string): Promise<SendResult> {
      try {
        const message = await client.messages.create({ to: phone, body, ...sender, ...(settings.statusCallback ? { statusCallback: settings.statusCallback } : {}) });
        return { ok: true, providerMessageId: message.sid };
      } catch (error) {
        const e = error as { status?: number; code?: number; message?: string };
        if (typeof e.status === 'number') {
          const retry = (e.status === 429 || e.status >= 500) && !PERMANENT_CODES.has(e.code ?? 0);
          return { ok: false, retry, error: `twilio ${e.status}/${e.code ?? ''}: ${String(e.message ?? '').slice(0, 200)}` };
        }
        return transientFromError(error);
      }
    },
  };
}
