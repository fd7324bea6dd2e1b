import { Router, type Request, type Response } from 'express';
import { AppError } from '../../platform/http/errors.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { rawText } from '../delivery/webhook-helpers.ts';
import type { Step } from './flow/step.ts';
import { CallIdParam, callerOf, keysOf, recordingUrlOf, StringeeAnswerQuery, StringeeEventBody, StringeeInputBody, StringeeRecordBody } from './parse.ts';
import { renderScco, type SccoOptions } from './render-scco.ts';
import type { CallServer } from './serve-call.ts';
import { verifyStringee } from './signature.ts';

export interface StringeeVoiceDeps {
  publicBaseUrl: string;
  urlSecret: string;
  signingSecret?: string | undefined;
  server: CallServer;
  render: Omit<SccoOptions, 'urls'>;
  logger: Logger;
  bodyLimit: string;
}

export const STRINGEE_BASE = '/webhooks/voice/stringee';

/**
 * Stringee (answer URL and event URLs of a Stringee number): every answer is an SCCO array. The
 * next webhook's URL carries our call id, since `input` results name the call only in the body.
 */
export function stringeeVoiceRouter(deps: StringeeVoiceDeps): Router {
  const router = Router();
  const base = `${STRINGEE_BASE}/:secret`;
  const callUrl = (name: string, callId: string) => new URL(`${STRINGEE_BASE}/${deps.urlSecret}/${name}?call=${encodeURIComponent(callId)}`, deps.publicBaseUrl).toString();
  const scco = (res: Response, callId: string, step: Step) => {
    const urls = { input: callUrl('input', callId), recorded: callUrl('recorded', callId), connectFailed: callUrl('connect-failed', callId) };
    const actions = step.kind === 'queue' && !deps.render.agent ? null : renderScco(step, { ...deps.render, urls });
    res.setHeader('Cache-Control', 'no-store');
    res.json(actions);
  };

  const verify = (req: Request, data: string) => {
    const ok = verifyStringee({ urlSecret: deps.urlSecret, givenSecret: String(req.params.secret ?? ''), signingSecret: deps.signingSecret, signature: req.get('x-stringee-signature'), data });
    if (!ok) throw new AppError('forbidden', 'Yêu cầu không đến từ Stringee.');
  };
  const json = (raw: unknown): unknown => {
    try {
      return JSON.parse(typeof raw === 'string' ? raw : '');
    } catch {
      throw new AppError('bad_request', 'Nội dung JSON không đúng định dạng.');
    }
  };
  const callIdOf = (req: Request, fromBody: string | undefined): string => {
    const id = CallIdParam.safeParse(typeof req.query.call === 'string' ? req.query.call : fromBody);
    if (!id.success) throw new AppError('bad_request', 'Thiếu mã cuộc gọi.');
    return id.data;
  };
  /** A queue step with no agents configured goes straight to voicemail. */
  const answer = async (res: Response, callId: string, step: Step) => {
    const next = step.kind === 'queue' && !deps.render.agent ? ((await deps.server.noAgent('stringee', callId)) ?? step) : step;
    scco(res, callId, next);
  };

  router.get(`${base}/answer`, async (req, res) => {
    verify(req, req.originalUrl);
    const query = StringeeAnswerQuery.safeParse(req.query);
    const callId = query.success ? CallIdParam.safeParse(query.data.uuid ?? query.data.callId ?? query.data.call_id) : null;
    if (!query.success || !callId?.success) throw new AppError('bad_request', 'Thiếu mã cuộc gọi.');
    await answer(res, callId.data, await deps.server.start('stringee', callId.data, callerOf(query.data.from)));
  });

  router.post(`${base}/input`, ...rawText(deps.bodyLimit), async (req, res) => {
    verify(req, req.body as string);
    const body = StringeeInputBody.safeParse(json(req.body));
    if (!body.success) throw new AppError('bad_request', 'Kết quả bấm phím không hợp lệ.');
    const callId = callIdOf(req, body.data.call_id);
    const keys = keysOf(body.data.dtmf === undefined ? undefined : String(body.data.dtmf));
    const step = await deps.server.input('stringee', callId, null, keys ? { type: 'digits', digits: keys } : { type: 'silence' });
    await answer(res, callId, step);
  });

  router.post(`${base}/recorded`, ...rawText(deps.bodyLimit), async (req, res) => {
    verify(req, req.body as string);
    const body = StringeeRecordBody.safeParse(json(req.body));
    if (!body.success) throw new AppError('bad_request', 'Kết quả ghi âm không hợp lệ.');
    const callId = callIdOf(req, body.data.call_id);
    const url = recordingUrlOf(body.data.recordUrl ?? body.data.record_url ?? body.data.url);
    scco(res, callId, await deps.server.input('stringee', callId, null, { type: 'recording', url }));
  });

  router.post(`${base}/connect-failed`, ...rawText(deps.bodyLimit), async (req, res) => {
    verify(req, req.body as string);
    const callId = callIdOf(req, undefined);
    const step = await deps.server.noAgent('stringee', callId);
    if (!step) throw new AppError('not_found', 'Không có cuộc gọi này.');
    scco(res, callId, step);
  });

  router.post(`${base}/event`, ...rawText(deps.bodyLimit), async (req, res) => {
    verify(req, req.body as string);
    const body = StringeeEventBody.safeParse(json(req.body));
    if (!body.success) throw new AppError('bad_request', 'Sự kiện cuộc gọi không hợp lệ.');
    const callId = CallIdParam.safeParse(body.data.call_id);
    if (callId.success && body.data.call_status === 'ended') await deps.server.ended('stringee', callId.data);
    res.status(200).json({ ok: true });
  });

  return router;
}
