import { z } from 'zod';
import type { InboundEventInput, Provider } from '../delivery/index.ts';
import { toE164 } from '../phone.ts';
import { sanitiseCitizenText } from '../sanitise-text.ts';
import { smsKeyword } from './keywords.ts';

const MAX_TEXT = 1600;
const Field = (max: number) => z.string().max(max);

/** eSMS's inbound (MO) GET parameters; the time is documented both as receiverTime and receiveTime. */
export const EsmsMoQuery = z
  .object({
    sender: Field(32).min(1),
    content: Field(MAX_TEXT),
    smsid: Field(64).min(1),
    cpid: Field(64),
    receiverTime: Field(20).optional(),
    receiveTime: Field(20).optional(),
    sign: Field(64).min(1),
    serviceNumber: Field(32).optional(),
    keyword: Field(64).optional(),
  })
  .refine((q) => q.receiverTime !== undefined || q.receiveTime !== undefined, { message: 'receiverTime is required' });

export type EsmsMo = z.infer<typeof EsmsMoQuery>;

/** Twilio's inbound SMS form fields we use. */
export const TwilioSmsForm = z.object({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/),
  AccountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/),
  From: Field(32).min(1),
  Body: Field(MAX_TEXT).default(''),
});

/** Twilio's status callback form fields we use (MessageStatus: queued, sent, delivered, undelivered, failed…). */
export const TwilioStatusForm = z.object({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/),
  AccountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/),
  MessageStatus: z.string().regex(/^[a-z-]{2,20}$/),
  ErrorCode: z.string().regex(/^\d{1,6}$/).optional(),
});

/** A citizen's SMS as an inbound event: a question, or an opt-out/opt-in keyword; null if the number is not valid. */
export function smsEvent(provider: Provider, messageId: string, from: string, body: string): InboundEventInput | null {
  const address = toE164(from);
  if (!address) return null;
  const text = sanitiseCitizenText(body).slice(0, MAX_TEXT);
  const keyword = smsKeyword(text);
  return { provider, providerMessageId: messageId, channel: 'sms', address, kind: keyword ?? 'text', text };
}
