import express, { Router, type Request, type Response } from 'express';
import { AppError } from '../../platform/http/errors.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { S, say } from './flow/strings.ts';
import { callerOf, recordingUrlOf, TwilioVoiceForm, twilioInput } from './parse.ts';
import type { CallStore } from './ports.ts';
import { renderAgentDialTwiml, renderEmptyTwiml, renderHoldTwiml, renderSayTwiml, renderTwiml, type TwimlOptions } from './render-twiml.ts';
import { beepWav } from './beep.ts';
import { queueName } from './flow/assistant-turn.ts';
import type { CallServer } from './serve-call.ts';
import { verifyTwilioVoice } from './signature.ts';

export interface TwilioVoiceDeps {
  accountSid: string;
  authToken: string;
  /** PUBLIC_BASE_URL: Twilio signs the URL it called, so every URL is built from it. */
  publicBaseUrl: string;
  server: CallServer;
  calls: CallStore;
  render: Omit<TwimlOptions, 'urls'>;
  who: string;
  logger: Logger;
  bodyLimit: string;
}

export const TWILIO_PATHS = {
  incoming: '/webhooks/voice/twilio',
  gather: '/webhooks/voice/twilio/gather',
  wait: '/webhooks/voice/twilio/wait',
  dequeue: '/webhooks/voice/twilio/dequeue',
  recorded: '/webhooks/voice/twilio/recorded',
  status: '/webhooks/voice/twilio/status',
  agent: '/webhooks/voice/twilio/agent',
  bridge: '/webhooks/voice/twilio/bridge',
  beep: '/webhooks/voice/beep.wav',
} as const;

const ENDED = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

/** Twilio Programmable Voice: every request signed, checked against the public URL, answered in TwiML. */
export function twilioVoiceRouter(deps: TwilioVoiceDeps): Router {
  const url = (path: string) => new URL(path, deps.publicBaseUrl).toString();
  const options: TwimlOptions = { ...deps.render, urls: { gather: url(TWILIO_PATHS.gather), wait: url(TWILIO_PATHS.wait), dequeue: url(TWILIO_PATHS.dequeue), recorded: url(TWILIO_PATHS.recorded), beep: url(TWILIO_PATHS.beep) } };
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: deps.bodyLimit, parameterLimit: 100 });

  /** The signed form, or 403; a signed request from another account or without a call id is refused (400). */
  const signed = (req: Request): TwilioVoiceForm => {
    const params: Record<string, string> = {};
    const body: unknown = req.body;
    if (body && typeof body === 'object') {
      for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
        if (typeof value !== 'string') throw new AppError('forbidden', 'Chữ ký Twilio không hợp lệ.');
        params[key] = value;
      }
    }
    if (!verifyTwilioVoice(deps.authToken, req.get('x-twilio-signature'), url(req.originalUrl), params)) throw new AppError('forbidden', 'Chữ ký Twilio không hợp lệ.');
    const parsed = TwilioVoiceForm.safeParse(params);
    if (!parsed.success || parsed.data.AccountSid !== deps.accountSid) throw new AppError('bad_request', 'Thiếu thông tin cuộc gọi.');
    return parsed.data;
  };
  const twiml = (res: Response, xml: string) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/xml').send(xml);
  };

  router.get(TWILIO_PATHS.beep, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('audio/wav').send(BEEP);
  });

  router.post(TWILIO_PATHS.incoming, form, async (req, res) => {
    const f = signed(req);
    twiml(res, renderTwiml(await deps.server.start('twilio', f.CallSid, callerOf(f.From)), options));
  });

  router.post([TWILIO_PATHS.gather, TWILIO_PATHS.recorded], form, async (req, res) => {
    const f = signed(req);
    const input = req.path === TWILIO_PATHS.recorded ? { type: 'recording' as const, url: recordingUrlOf(f.RecordingUrl) } : twilioInput(f);
    twiml(res, renderTwiml(await deps.server.input('twilio', f.CallSid, callerOf(f.From), input), options));
  });

  router.post(TWILIO_PATHS.wait, form, async (req, res) => {
    const f = signed(req);
    const position = Number(f.QueuePosition);
    const text = await deps.server.hold('twilio', f.CallSid, Number.isInteger(position) && position > 0 ? position : null);
    twiml(res, renderHoldTwiml(text || say(S.hold, deps.who), deps.render));
  });

  router.post(TWILIO_PATHS.dequeue, form, async (req, res) => {
    const f = signed(req);
    const result = f.QueueResult ?? '';
    if (result === 'queue-full' || result === 'error' || result === 'system-shutdown') {
      const step = await deps.server.noAgent('twilio', f.CallSid);
      if (step) return twiml(res, renderTwiml(step, options));
    }
    if (result === 'hangup') await deps.server.ended('twilio', f.CallSid);
    else if (result === 'bridged' || result === 'bridging-in-process') await deps.server.ended('twilio', f.CallSid, { abandonedQueue: false });
    twiml(res, renderEmptyTwiml());
  });

  router.post(TWILIO_PATHS.status, form, async (req, res) => {
    const f = signed(req);
    if (f.CallStatus && ENDED.has(f.CallStatus)) await deps.server.ended('twilio', f.CallSid);
    res.status(204).end();
  });

  // The agents' phone or Twilio Client app: its Voice URL is this endpoint. An agent's client
  // (identity = their staff id, From "client:<id>") gets the caller they took in the console;
  // otherwise the caller the call centre would serve first (priority, then waiting time).
  router.post(TWILIO_PATHS.agent, form, async (req, res) => {
    const f = signed(req);
    const agentId = agentOf(f.From);
    const next = (agentId ? await deps.calls.assignedTo(agentId) : null) ?? (await deps.calls.nextWaiting());
    twiml(res, renderAgentDialTwiml(next ? queueName(next) : null, { ...deps.render, bridgeUrl: url(TWILIO_PATHS.bridge), noneText: say(S.noWaiting, deps.who) }));
  });

  router.post(TWILIO_PATHS.bridge, form, async (req, res) => {
    const f = signed(req);
    await deps.server.bridged('twilio', f.CallSid);
    twiml(res, renderSayTwiml(say(S.bridging, deps.who), deps.render));
  });

  return router;
}

const BEEP = beepWav();
const STAFF_CLIENT = /^client:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The staff id of a Twilio Client leg ("client:<identity>"), or null for a phone. */
export function agentOf(from: string | undefined): string | null {
  return STAFF_CLIENT.exec(from ?? '')?.[1]?.toLowerCase() ?? null;
}
