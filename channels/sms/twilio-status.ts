import { Router } from 'express';
import type { Logger } from '../../platform/logging/logger.ts';
import { applyDeliveryReport, type Enqueue, type OutboxRow, type OutboxStore } from '../delivery/index.ts';
import { logDropped } from '../delivery/webhook-helpers.ts';
import { TwilioStatusForm } from './parse.ts';
import { signedTwilioForm, twilioForm } from './twilio-webhook.ts';

export interface TwilioStatusDeps {
  accountSid: string;
  authToken: string;
  /** The StatusCallback URL every send gives Twilio; the signature covers it exactly. */
  statusUrl: string;
  outbox: OutboxStore;
  enqueue: Enqueue;
  logger: Logger;
  bodyLimit: string;
  onUndelivered?: ((row: OutboxRow, reason: string) => void) | undefined;
}

/** Twilio's MessageStatus as a delivery outcome: delivered, not delivered (for good), or not yet known. */
export function twilioDelivered(status: string): boolean | null {
  if (status === 'delivered' || status === 'read') return true;
  if (status === 'undelivered' || status === 'failed') return false;
  return null;
}

/**
 * POST /webhooks/sms/twilio/status: Twilio's status callbacks for the messages we sent, checked with
 * twilio.validateRequest, recorded on the outbox row (found by the message SID, or later when the
 * callback beat the SID's record); `undelivered` and
 * `failed` fail the row and raise `message.undelivered`, as eSMS's reports and Zalo's errors do.
 */
export function twilioStatusRouter(deps: TwilioStatusDeps): Router {
  const router = Router();
  router.post(new URL(deps.statusUrl).pathname, twilioForm(deps.bodyLimit), async (req, res) => {
    const params = signedTwilioForm(deps.authToken, deps.statusUrl, req.body, req.get('x-twilio-signature'));
    const form = TwilioStatusForm.safeParse(params);
    if (!form.success || form.data.AccountSid !== deps.accountSid) {
      logDropped(deps.logger, 'twilio-status', form.success ? 'another account' : 'missing fields', JSON.stringify(Object.keys(params)));
    } else {
      const { MessageSid, MessageStatus, ErrorCode } = form.data;
      const outcome = twilioDelivered(MessageStatus);
      const report = `MessageStatus ${MessageStatus}${ErrorCode ? ` ErrorCode ${ErrorCode}` : ''}`;
      // Before the SID is on its row (Twilio can call back first), the report waits in a job.
      await applyDeliveryReport(deps, { provider: 'twilio', providerMessageId: MessageSid, delivered: outcome, report }, { deferIfUnknown: true });
    }
    res.status(204).end();
  });
  return router;
}
