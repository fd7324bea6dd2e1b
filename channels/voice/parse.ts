import { z } from 'zod';
import { sanitiseCitizenText } from '../../assistant/index.ts';
import { toE164 } from '../phone.ts';
import type { CallInput } from './flow/step.ts';

/** Twilio's voice webhook parameters we read (twilio.com/docs/voice/twiml#request-parameters). */
export const TwilioVoiceForm = z.object({
  CallSid: z.string().regex(/^CA[0-9a-fA-F]{32}$/),
  AccountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/),
  From: z.string().max(64).optional(),
  CallStatus: z.string().max(32).optional(),
  SpeechResult: z.string().max(2000).optional(),
  Confidence: z.string().max(32).optional(),
  Digits: z.string().max(32).optional(),
  QueuePosition: z.string().max(16).optional(),
  QueueResult: z.string().max(32).optional(),
  RecordingUrl: z.string().max(1000).optional(),
});
export type TwilioVoiceForm = z.infer<typeof TwilioVoiceForm>;

/** The caller's number in E.164, or null for withheld ("anonymous", "+266696687") or foreign junk. */
export function callerOf(from: string | undefined): string | null {
  return from ? toE164(from) : null;
}

/** Keys pressed: digits, * and # only, the first few. */
export function keysOf(digits: string | undefined): string {
  return (digits ?? '').replace(/[^0-9*#]/g, '').slice(0, 8);
}

export function twilioInput(form: TwilioVoiceForm): CallInput {
  const keys = keysOf(form.Digits);
  if (keys) return { type: 'digits', digits: keys };
  if (form.SpeechResult !== undefined) {
    const confidence = Number(form.Confidence);
    return { type: 'speech', text: sanitiseCitizenText(form.SpeechResult).slice(0, 500), confidence: Number.isFinite(confidence) && form.Confidence !== undefined && form.Confidence !== '' ? confidence : null };
  }
  return { type: 'silence' };
}

/** A recording URL is only kept when it is an https URL (Twilio and Stringee give one). */
export function recordingUrlOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/**
 * Stringee's answer URL query (GET), as developer.stringee.com/docs/server/event-url-and-answer-url
 * documents it: a call to a Stringee number brings from, to, uuid and fromInternal=false; a call
 * from the app brings callId (with userId, projectId, custom). `call_id` is accepted as well.
 */
export const StringeeAnswerQuery = z.object({
  from: z.string().max(64).optional(),
  to: z.string().max(64).optional(),
  uuid: z.string().min(1).max(128).optional(),
  callId: z.string().min(1).max(128).optional(),
  call_id: z.string().min(1).max(128).optional(),
});

/**
 * Stringee's DTMF `input` result: {"time":"…","dtmf":"0","call_id":"call-vn-…","customField":"","timeout":false}
 * (stringeecom/server-samples auto-call/php/event_url_dtmf.php).
 */
export const StringeeInputBody = z.object({
  call_id: z.string().min(1).max(128).optional(),
  dtmf: z.union([z.string().max(32), z.number()]).optional(),
  timeout: z.union([z.boolean(), z.string()]).optional(),
});

/**
 * A voicemail's result posted to the recordMessage eventUrl. Stringee says only that it "contains a
 * link to download" the message (stringee.com/en/blog/post/silence-detection-and-ai): the field's
 * name is unverified, so the likely ones are all read.
 */
export const StringeeRecordBody = z.object({
  call_id: z.string().min(1).max(128).optional(),
  recordUrl: z.string().max(1000).optional(),
  record_url: z.string().max(1000).optional(),
  url: z.string().max(1000).optional(),
});

/**
 * A call event posted to the event URL: call_status is created, started, ringing, answered, ended or
 * agentEnded, with call_id, from/to {number, alias, type}, and on "ended" endCallCause, endedBy,
 * duration (developer.stringee.com/docs/server/call-events).
 */
export const StringeeEventBody = z.object({
  call_id: z.string().min(1).max(128),
  call_status: z.string().max(32).optional(),
});

export const CallIdParam = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/);
