import { Router } from 'express';
import type { Logger } from '../../platform/logging/logger.ts';
import { createCallFlow, type FlowDeps } from './flow/call-flow.ts';
import type { CallStore } from './ports.ts';
import type { SccoOptions } from './render-scco.ts';
import type { TwimlOptions } from './render-twiml.ts';
import { createCallServer } from './serve-call.ts';
import { stringeeVoiceRouter } from './stringee-webhook.ts';
import { twilioVoiceRouter } from './webhook.ts';

/** Public face of the phone line: a provider-neutral IVR with TwiML and Stringee SCCO renderers. */
export * from './ports.ts';
export { DEFAULT_MENU, MenuSchema, type Menu } from './flow/menu.ts';
export { TWILIO_PATHS } from './webhook.ts';
export { STRINGEE_BASE } from './stringee-webhook.ts';
export { stringeeSignature } from './signature.ts';
export { readDate, readDateTime, readDigits, readNumber, readPhone, speakNumbers } from './spoken-numbers.ts';
export type { CallState } from './flow/call-state.ts';
export { initialState } from './flow/call-state.ts';

export interface VoiceChannelDeps extends Omit<FlowDeps, 'now'> {
  calls: CallStore;
  logger: Logger;
  now?: () => Date;
  publicBaseUrl: string;
  resumeMinutes: number;
  bodyLimit: string;
  twilio: { accountSid: string; authToken: string; render: Omit<TwimlOptions, 'urls'> } | null;
  stringee: { urlSecret: string; signingSecret?: string | undefined; render: Omit<SccoOptions, 'urls'> } | null;
}

export function createVoiceChannel(deps: VoiceChannelDeps): { router: Router; providers: string[] } {
  const now = deps.now ?? (() => new Date());
  const flow = createCallFlow({ ...deps, now });
  const server = createCallServer({ calls: deps.calls, flow, logger: deps.logger, now, resumeMs: deps.resumeMinutes * 60_000 });
  const router = Router();
  const providers: string[] = [];
  if (deps.twilio) {
    router.use(twilioVoiceRouter({ ...deps.twilio, publicBaseUrl: deps.publicBaseUrl, server, calls: deps.calls, who: deps.who, logger: deps.logger, bodyLimit: deps.bodyLimit }));
    providers.push('twilio');
  }
  if (deps.stringee) {
    router.use(stringeeVoiceRouter({ ...deps.stringee, publicBaseUrl: deps.publicBaseUrl, server, logger: deps.logger, bodyLimit: deps.bodyLimit }));
    providers.push('stringee');
  }
  return { router, providers };
}
