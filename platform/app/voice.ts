import { readFileSync } from 'node:fs';
import type { Router } from 'express';
import { requestCallback, voiceQueueRouter } from '../../callcenter/index.ts';
import { JOB_SEND, type Enqueue } from '../../channels/delivery/index.ts';
import { createVoiceChannel, DEFAULT_MENU, MenuSchema, type CallStore, type Menu, type VoiceCall, type VoiceQueue, type VoiceSms } from '../../channels/voice/index.ts';
import { createAuditLog } from '../audit/index.ts';
import type { Env } from '../config/env.ts';
import type { EventBus } from '../events/bus.ts';
import type { Mount } from '../http/server.ts';
import { createVoiceCallStore } from '../voice-store/index.ts';
import { smsProviderOf, type ChannelRuntime } from './channels.ts';
import type { AppServices } from './services.ts';

export interface VoiceRuntime {
  /** Webhooks (Twilio's form bodies, Stringee's raw JSON): mounted before the JSON parser. */
  rawMounts: Mount[];
  /** The console's phone-line API (JSON, staff sessions). */
  mounts: Mount[];
  status: { on: string[]; off: Record<string, string> };
}

/** The main menu: VOICE_MENU_FILE when set (checked at start), else the built-in one. */
export function loadVoiceMenu(env: Env): Menu {
  if (!env.VOICE_MENU_FILE) return DEFAULT_MENU;
  return MenuSchema.parse(JSON.parse(readFileSync(env.VOICE_MENU_FILE, 'utf8')));
}

/** A call that joins, leaves or is bridged from the queue changes the console's voice page: `voice.changed`. */
function announceCallChanges(calls: CallStore, bus: EventBus): CallStore {
  const changed = (call: Pick<VoiceCall, 'id' | 'status'>) => bus.emit('voice.changed', { kind: 'call', id: call.id, status: call.status, at: new Date().toISOString() });
  return {
    ...calls,
    async save(call) {
      const saved = await calls.save(call);
      if (saved && call.status !== 'active') changed(call);
      return saved;
    },
    async close(provider, providerCallId) {
      const closed = await calls.close(provider, providerCallId);
      if (closed) changed(closed);
      return closed;
    },
  };
}

/** The phone line wired to the call store, the contact centre's queue and callbacks, and the SMS outbox. */
export function createVoiceRuntime(env: Env, services: AppServices, channels: ChannelRuntime, enqueue: Enqueue): VoiceRuntime {
  const { database, contactCentre, logger } = services;
  const off: Record<string, string> = {};
  const twilioOn = Boolean(env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.PUBLIC_BASE_URL);
  const stringeeOn = Boolean(env.VOICE_STRINGEE_URL_SECRET && env.PUBLIC_BASE_URL);
  if (!twilioOn) off['voice/twilio'] = 'missing TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN or PUBLIC_BASE_URL';
  if (!stringeeOn) off['voice/stringee'] = 'missing VOICE_STRINGEE_URL_SECRET or PUBLIC_BASE_URL';
  const mounts: Mount[] = [{ path: '/console/api/v1/voice', router: voiceQueueRouter({ db: database.db, audit: createAuditLog(database.db), bus: services.bus, queue: contactCentre.deps }) }];
  if (!twilioOn && !stringeeOn) return { rawMounts: [], mounts, status: { on: [], off } };

  const hours = contactCentre.deps.hours;
  const queue: VoiceQueue = {
    isOpen: (now) => hours.isOpen(now),
    nextOpening: (now) => hours.nextOpening(now),
    async position(conversationId) {
      const owner = await contactCentre.ownership.ownerOf(conversationId);
      return owner.owner === 'queue' ? owner.position : null;
    },
  };
  const smsProvider = smsProviderOf(env, channels.senders);
  const sms: VoiceSms | null = smsProvider
    ? {
        async send({ phone, conversationId, text, ascii, key }) {
          const { id } = await channels.stores.outbox.add({ dedupeKey: key, conversationId, channel: 'sms', provider: smsProvider, address: phone, message: { text, sms: { text, ascii } } });
          await enqueue(JOB_SEND, { outboxId: id }, { jobId: `channels.send.${id}` });
        },
      }
    : null;
  const [agentType, agentNumber] = env.VOICE_STRINGEE_AGENT?.split(/:(.*)/s) ?? [];
  const voice = createVoiceChannel({
    assistant: services.assistant,
    calls: announceCallChanges(createVoiceCallStore(database.db), services.bus),
    queue,
    callbacks: {
      async request(callback) {
        const id = await requestCallback(database.db, callback);
        services.bus.emit('voice.changed', { kind: 'callback', id, status: 'open', at: new Date().toISOString() });
        return id;
      },
    },
    sms,
    menu: loadVoiceMenu(env),
    who: env.VOICE_ADDRESS_AS,
    minConfidence: env.VOICE_MIN_CONFIDENCE,
    recordSeconds: env.VOICE_RECORD_SECONDS,
    logger,
    publicBaseUrl: env.PUBLIC_BASE_URL!,
    resumeMinutes: env.VOICE_RESUME_MINUTES,
    bodyLimit: env.BODY_LIMIT,
    twilio: twilioOn
      ? {
          accountSid: env.TWILIO_ACCOUNT_SID!,
          authToken: env.TWILIO_AUTH_TOKEN!,
          render: { voice: env.VOICE_TWILIO_VOICE, speechTimeout: env.VOICE_SPEECH_TIMEOUT, timeout: env.VOICE_INPUT_TIMEOUT, speechModel: env.VOICE_TWILIO_SPEECH_MODEL },
        }
      : null,
    stringee: stringeeOn
      ? {
          urlSecret: env.VOICE_STRINGEE_URL_SECRET!,
          signingSecret: env.VOICE_STRINGEE_SIGNING_SECRET,
          render: {
            voice: env.VOICE_STRINGEE_VOICE,
            speed: env.VOICE_STRINGEE_SPEED,
            timeout: env.VOICE_INPUT_TIMEOUT,
            from: env.VOICE_STRINGEE_NUMBER ?? '',
            agent: agentType && agentNumber ? { type: agentType as 'internal' | 'external', number: agentNumber } : null,
          },
        }
      : null,
  });
  const on = voice.providers.map((p) => `voice/${p}${sms ? ' (SMS checklists)' : ''}`);
  return { rawMounts: [{ path: '/', router: voice.router as Router }], mounts, status: { on, off } };
}

