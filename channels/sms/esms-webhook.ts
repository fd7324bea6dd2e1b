import { Router } from 'express';
import { AppError } from '../../platform/http/errors.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { recordInbound, type Enqueue, type InboundEventStore, type OutboxStore, type OutboxRow } from '../delivery/index.ts';
import { logDropped } from '../delivery/webhook-helpers.ts';
import { EsmsMoQuery, smsEvent } from './parse.ts';
import { verifyEsmsMoSign } from './signature.ts';

export interface EsmsWebhookDeps {
  privateKey?: string | undefined;
  callbackSecret?: string | undefined;
  events: InboundEventStore;
  outbox: OutboxStore;
  enqueue: Enqueue;
  logger: Logger;
  onUndelivered?: (row: OutboxRow, reason: string) => void;
}

const xml = (value: string) => value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The answer eSMS documents for an inbound SMS. The Message stays empty: the reply is sent by the
 * background job through SendMultipleMessage_V4, so the webhook answers at once.
 */
export function esmsMoResponse(smsid: string, receiver: string): string {
  return `<ClientResponse><Message></Message><Smsid>${xml(smsid)}</Smsid><Receiver>${xml(receiver)}</Receiver></ClientResponse>`;
}

/** eSMS SendStatus: 5 sent, 7 handed to the carrier; 4 rejected; others still pending. */
function delivered(status: string): boolean | null {
  if (status === '5' || status === '7') return true;
  if (status === '4') return false;
  return null;
}

/** GET /webhooks/sms/esms/mo (signed inbound SMS) and GET /webhooks/sms/esms/dlr/<secret> (delivery reports). */
export function esmsWebhookRouter(deps: EsmsWebhookDeps): Router {
  const router = Router();
  if (deps.privateKey) {
    const privateKey = deps.privateKey;
    router.get('/webhooks/sms/esms/mo', async (req, res) => {
      const parsed = EsmsMoQuery.safeParse(req.query);
      if (!parsed.success) throw new AppError('bad_request', 'Thiếu hoặc sai tham số tin nhắn eSMS.');
      const q = parsed.data;
      const receiveTime = q.receiverTime ?? q.receiveTime ?? '';
      if (!verifyEsmsMoSign(q.sign, { cpid: q.cpid, smsid: q.smsid, content: q.content, receiveTime }, privateKey)) {
        throw new AppError('unauthorized', 'Chữ ký tin nhắn eSMS không hợp lệ.');
      }
      const event = smsEvent('esms', q.smsid, q.sender, q.content);
      if (event) await recordInbound({ events: deps.events, enqueue: deps.enqueue }, event);
      else logDropped(deps.logger, 'esms', 'sender is not a valid phone number', q.sender);
      res.type('application/xml').send(esmsMoResponse(q.smsid, q.sender));
    });
  }
  if (deps.callbackSecret) {
    const secret = deps.callbackSecret;
    router.get('/webhooks/sms/esms/dlr/:secret', async (req, res) => {
      // Not signed by eSMS: the unguessable path is the check (plus an IP allow-list at the proxy).
      if (req.params.secret !== secret) throw new AppError('not_found', `Không có địa chỉ ${req.method} ${req.path}.`);
      const smsId = typeof req.query.SMSID === 'string' ? req.query.SMSID.slice(0, 64) : '';
      const status = typeof req.query.SendStatus === 'string' ? req.query.SendStatus.slice(0, 4) : '';
      if (smsId === '' || !/^\d{1,2}$/.test(status)) throw new AppError('bad_request', 'Thiếu SMSID hoặc SendStatus.');
      const outcome = delivered(status);
      const row = await deps.outbox.reportDelivery('esms', smsId, outcome, `SendStatus ${status}`);
      if (row && outcome === false) deps.onUndelivered?.(row, `eSMS SendStatus ${status}`);
      res.type('text/plain').send('OK');
    });
  }
  return router;
}
