import { createHmac, timingSafeEqual } from 'node:crypto';
import twilio from 'twilio';

/**
 * Twilio: `X-Twilio-Signature` = base64(HMAC-SHA1(auth token, the full URL Twilio called + each
 * POST parameter name and value, sorted by name)), checked by the twilio library against the
 * public URL (PUBLIC_BASE_URL + the path and query), never the URL the proxy forwarded.
 */
export function verifyTwilioVoice(authToken: string, signature: string | undefined, url: string, params: Record<string, string>): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}

/**
 * Stringee: the answer and event URLs carry a secret path segment (VOICE_STRINGEE_URL_SECRET,
 * configured in the Stringee dashboard with the URLs). When a signing secret is set as well,
 * `X-STRINGEE-SIGNATURE` must be base64(HMAC-SHA1(signing secret, data)), data being the request
 * URI for the answer URL's GET and the raw body for POSTs (stringeecom/server-samples, answer_url
 * and event_url). The webhook-security page is not public, so the secret path is the floor.
 */
export function stringeeSignature(signingSecret: string, data: string): string {
  return createHmac('sha1', signingSecret).update(data, 'utf8').digest('base64');
}

export function verifyStringee(options: { urlSecret: string; givenSecret: string; signingSecret?: string | undefined; signature?: string | undefined; data: string }): boolean {
  if (!same(options.givenSecret, options.urlSecret)) return false;
  if (!options.signingSecret) return true;
  return options.signature !== undefined && same(options.signature, stringeeSignature(options.signingSecret, options.data));
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
