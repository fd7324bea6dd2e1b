import { Router } from 'express';
import type { Logger } from '../../platform/logging/logger.ts';
import { AppError } from '../../platform/http/errors.ts';
import { recordInbound, type Enqueue, type InboundEventStore } from '../delivery/index.ts';
import { logDropped, rawText } from '../delivery/webhook-helpers.ts';
import { parseZaloEvent, UnparseableEvent } from './parse.ts';
import { verifyZaloSignature } from './signature.ts';

export interface ZaloWebhookDeps {
  appId: string;
  oaSecretKey: string;
  events: InboundEventStore;
  enqueue: Enqueue;
  logger: Logger;
  bodyLimit: string;
}

/**
 * POST /webhooks/zalo: verify the signature over the raw body, store the event once, queue its
 * job, answer 200 at once. A bad signature gets 401 and nothing is stored; an event we cannot
 * parse is logged and acknowledged, so Zalo does not redeliver it for hours.
 */
export function zaloWebhookRouter(deps: ZaloWebhookDeps): Router {
  const router = Router();
  router.post('/webhooks/zalo', ...rawText(deps.bodyLimit), async (req, res) => {
    const raw = req.body as string;
    if (!verifyZaloSignature(req.get('x-zevent-signature'), raw, deps.oaSecretKey)) {
      throw new AppError('unauthorized', 'Chữ ký sự kiện Zalo không hợp lệ.');
    }
    const body: unknown = JSON.parse(raw); // parsed once already by the signature check
    if (String((body as { app_id?: unknown }).app_id) !== deps.appId) throw new AppError('forbidden', 'Sự kiện không thuộc ứng dụng Zalo này.');
    let event;
    try {
      event = parseZaloEvent(body);
    } catch (error) {
      if (!(error instanceof UnparseableEvent)) throw error;
      logDropped(deps.logger, 'zalo', error.message, raw);
      res.json({ ok: true });
      return;
    }
    if (event) await recordInbound({ events: deps.events, enqueue: deps.enqueue }, event);
    res.json({ ok: true });
  });
  return router;
}
