import { Router } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/client.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import { AppError } from '../../platform/http/errors.ts';
import { authenticate, userOf } from '../console/auth.ts';
import { createSessionStore } from '../staff/session-store.ts';
import { createStaffDirectory } from '../staff/staff-directory.ts';
import type { QueueDeps } from '../queue/deps.ts';
import { completeCallback } from './complete-callback.ts';
import { callbackPhone, listVoiceWork } from './list-voice-work.ts';
import { buildVoiceOpenApi } from './openapi.ts';
import { takeCall } from './take-call.ts';

const Id = z.uuid();
const RevealBody = z.object({ reason: z.string().trim().min(3).max(300) });
/** Who works the phone line: the voice page, its actions and its live events. */
export const PHONE_ROLES: ReadonlySet<string> = new Set(['agent', 'supervisor', 'admin']);

/**
 * The console's phone-line API, mounted at /console/api/v1/voice with the console's sessions:
 * GET /openapi.json (this surface and the webhooks), GET / (waiting calls and callbacks), POST /calls/:id/take
 * (the caller is the agent's), POST /callbacks/:id/reveal (the number, audited), POST /callbacks/:id/done.
 * Changes go out on the bus as `voice.changed` (the console's event stream).
 */
export function voiceQueueRouter(deps: { db: Db; audit: AuditLog; bus: EventBus; queue: QueueDeps }): Router {
  const router = Router();
  const openApi = buildVoiceOpenApi();
  router.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  router.use(authenticate({ db: deps.db, sessions: createSessionStore(deps.db), directory: createStaffDirectory(deps.db) }));
  router.use((_req, res, next) => {
    if (!PHONE_ROLES.has(userOf(res).role)) throw new AppError('forbidden', 'Chỉ cán bộ tổng đài xem được cuộc gọi.');
    next();
  });
  const idOf = (raw: unknown) => {
    const id = Id.safeParse(raw);
    if (!id.success) throw new AppError('not_found', 'Không có yêu cầu gọi lại này.');
    return id.data;
  };

  router.get('/', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await listVoiceWork(deps.db));
  });

  router.post('/calls/:id/take', async (req, res) => {
    const id = Id.safeParse(req.params.id);
    if (!id.success) throw new AppError('not_found', 'Không có cuộc gọi này trong hàng chờ.');
    res.json(await takeCall(deps.queue, id.data, userOf(res).id));
  });

  router.post('/callbacks/:id/reveal', async (req, res) => {
    const user = userOf(res);
    const id = idOf(req.params.id);
    const body = RevealBody.safeParse(req.body);
    if (!body.success) throw new AppError('bad_request', 'Vui lòng ghi lý do xem số điện thoại.');
    const phone = await callbackPhone(deps.db, id);
    if (phone === undefined) throw new AppError('not_found', 'Không có yêu cầu gọi lại này.');
    await deps.audit.record({ actorId: user.id, actorEmail: user.email, action: 'reveal_callback_phone', subject: `voice_callback:${id}`, reason: body.data.reason });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ phone });
  });

  router.post('/callbacks/:id/done', async (req, res) => {
    const user = userOf(res);
    const id = idOf(req.params.id);
    if (!(await completeCallback(deps.db, id, user.id))) throw new AppError('conflict', 'Yêu cầu này đã được xử lý hoặc không tồn tại.');
    deps.bus.emit('voice.changed', { kind: 'callback', id, status: 'done', at: new Date().toISOString() });
    res.json({ status: 'done' });
  });

  return router;
}
