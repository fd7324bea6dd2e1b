import { Router } from 'express';
import type { Logger } from '../../platform/logging/logger.ts';
import type { Enqueue, InboundEventStore, OutboxRow, OutboxStore, ProviderSender } from '../delivery/index.ts';
import { createEsmsClient, type EsmsSettings } from './esms-client.ts';
import { esmsWebhookRouter } from './esms-webhook.ts';
import { renderSms, type SmsRenderOptions } from './render.ts';
import { createTwilioClient, type TwilioSettings } from './twilio-client.ts';
import { twilioStatusRouter } from './twilio-status.ts';
import { twilioWebhookRouter } from './twilio-webhook.ts';

export { esmsMoSign, verifyEsmsMoSign, verifyTwilioSignature } from './signature.ts';
export { renderSms, smsSegments } from './render.ts';
export { smsKeyword } from './keywords.ts';
export { esmsMoResponse } from './esms-webhook.ts';
export { smsOpenApi } from './openapi.ts';

interface Common {
  events: InboundEventStore;
  outbox: OutboxStore;
  enqueue: Enqueue;
  logger: Logger;
  render: SmsRenderOptions;
  bodyLimit?: string;
  onUndelivered?: (row: OutboxRow, reason: string) => void;
}

/** eSMS.vn: sends by brandname, takes inbound SMS on a short code and delivery reports. */
export function createEsmsChannel(deps: Common & { settings: EsmsSettings; privateKey?: string | undefined; callbackSecret?: string | undefined }): { router: Router; sender: ProviderSender } {
  const client = createEsmsClient(deps.settings);
  return {
    router: esmsWebhookRouter({ ...deps, privateKey: deps.privateKey, callbackSecret: deps.callbackSecret }),
    sender: {
      provider: 'esms',
      channel: 'sms',
      render: (message) => renderSms(message, deps.render),
      sendPart: (phone, text, key) => client.send(phone, text, key, deps.render.unicode),
    },
  };
}

/**
 * Twilio: sends through the twilio library (asking for status callbacks when `statusUrl` is set);
 * inbound SMS where Twilio offers two-way numbers (`publicUrl`).
 */
export function createTwilioChannel(
  deps: Common & { settings: TwilioSettings; publicUrl?: string | undefined; statusUrl?: string | undefined },
): { router: Router | null; sender: ProviderSender } {
  const client = createTwilioClient({ ...deps.settings, statusCallback: deps.statusUrl });
  const bodyLimit = deps.bodyLimit ?? '100kb';
  const { accountSid, authToken } = deps.settings;
  const routers: Router[] = [];
  if (deps.publicUrl) {
    routers.push(twilioWebhookRouter({ accountSid, authToken, publicUrl: deps.publicUrl, events: deps.events, enqueue: deps.enqueue, logger: deps.logger, bodyLimit }));
  }
  if (deps.statusUrl) {
    routers.push(twilioStatusRouter({ accountSid, authToken, statusUrl: deps.statusUrl, outbox: deps.outbox, enqueue: deps.enqueue, logger: deps.logger, bodyLimit, onUndelivered: deps.onUndelivered }));
  }
  return {
    router: routers.length ? Router().use(...routers) : null,
    sender: {
      provider: 'twilio',
      channel: 'sms',
      render: (message) => renderSms(message, deps.render),
      sendPart: (phone, text) => client.send(phone, text),
      confirm: (phone, text, since) => client.confirmSent(phone, text, since),
    },
  };
}
