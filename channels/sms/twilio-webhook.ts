import express, { Router } from 'express';
import twilio from 'twilio';
import { AppError } from '../../platform/http/errors.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { recordInbound, type Enqueue, type InboundEventStore } from '../delivery/index.ts';
import { logDropped } from '../delivery/webhook-helpers.ts';
import { smsEvent, TwilioSmsForm } from './parse.ts';
import { verifyTwilioSignature } from './signature.ts';

export interface TwilioWebhookDeps {
  accountSid: string;
  authToken: string;
  /** The URL Twilio calls, as configured there: the signature covers it exactly. */
  publicUrl: string;
  events: InboundEventStore;
  enqueue: Enqueue;
  logger: Logger;
  bodyLimit: string;
}

const EMPTY_TWIML = new twilio.twiml.MessagingResponse().toString();

/** The form Twilio posted, once its signature over `publicUrl` checks out; otherwise 403. */
export function signedTwilioForm(authToken: string, publicUrl: string, body: unknown, signature: string | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      if (typeof value !== 'string') throw new AppError('forbidden', 'Chữ ký Twilio không hợp lệ.');
      params[key] = value;
    }
  }
  if (!verifyTwilioSignature(authToken, signature, publicUrl, params)) throw new AppError('forbidden', 'Chữ ký Twilio không hợp lệ.');
  return params;
}

/** Twilio's form bodies: URL-encoded, flat, a hundred fields at most. */
export const twilioForm = (limit: string) => express.urlencoded({ extended: false, limit, parameterLimit: 100 });

/** POST /webhooks/sms/twilio: checked with twilio.validateRequest, stored once, answered with empty TwiML. */
export function twilioWebhookRouter(deps: TwilioWebhookDeps): Router {
  const router = Router();
  router.post('/webhooks/sms/twilio', twilioForm(deps.bodyLimit), async (req, res) => {
    const params = signedTwilioForm(deps.authToken, deps.publicUrl, req.body, req.get('x-twilio-signature'));
    const form = TwilioSmsForm.safeParse(params);
    if (!form.success || form.data.AccountSid !== deps.accountSid) {
      logDropped(deps.logger, 'twilio', form.success ? 'another account' : 'missing fields', JSON.stringify(Object.keys(params)));
    } else {
      const event = smsEvent('twilio', form.data.MessageSid, form.data.From, form.data.Body);
      if (event) await recordInbound({ events: deps.events, enqueue: deps.enqueue }, event);
    }
    res.type('text/xml').send(EMPTY_TWIML);
  });
  return router;
}
