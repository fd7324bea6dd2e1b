import { Router } from 'express';
import {
  applyDeliveryReport,
  createAgentReplyRelay,
  createInboundHandler,
  buildWebhooksOpenApi,
  createOutboxSender,
  JOB_DELIVERY_REPORT,
  JOB_INBOUND,
  JOB_SEND,
  type ChannelStores,
  type Enqueue,
  type Provider,
  type ProviderSender,
} from '../../channels/delivery/index.ts';
import { agentsOpenApi, createAgentsChannel } from '../../channels/agents/index.ts';
import { createEsmsChannel, createTwilioChannel, smsOpenApi } from '../../channels/sms/index.ts';
import { createZaloChannel, zaloOpenApi } from '../../channels/zalo/index.ts';
import { createChannelStores, createChannelTokenStore } from '../channel-store/index.ts';
import type { Env } from '../config/env.ts';
import type { JobQueue } from '../jobs/index.ts';
import type { Mount } from '../http/server.ts';
import type { AppServices } from './services.ts';
import { z } from 'zod';

/** Send tries: 1 + 5 retries at 5, 10, 20, 40, 80 s. */
const SEND_ATTEMPTS = 6;
const SEND_BACKOFF_MS = 5_000;
const SEND_LEASE_MS = 60_000;
const REPORT_ATTEMPTS = 8;

/** Tells the console that a message never reached the citizen (every sender and delivery report says it the same way). */
function undeliveredAnnouncer(services: AppServices) {
  return (row: { conversationId: string | null; id: number; channel: string }, reason: string, status: 'failed' | 'undeliverable' = 'failed') =>
    services.bus.emit('message.undelivered', { conversationId: row.conversationId, outboxId: row.id, channel: row.channel, status, reason });
}

export interface ChannelRuntime {
  stores: ChannelStores;
  senders: Map<Provider, ProviderSender>;
  /** Webhooks that read their raw body (mounted before the JSON parser). */
  rawMounts: Mount[];
  /** Routes that take JSON (M365 Agents). */
  mounts: Mount[];
  /** Which channels are on, and why the others are off. */
  status: { on: string[]; off: Record<string, string> };
  /** Runs once at start: stores the configured Zalo tokens. */
  start(): Promise<void>;
}

function missing(env: Env, names: (keyof Env)[]): string | null {
  const absent = names.filter((n) => env[n] === undefined);
  return absent.length ? `missing ${absent.join(', ')}` : null;
}

/** Builds the Zalo, SMS and M365 Agents channels whose settings are present (web and worker alike). */
export function createChannelRuntime(env: Env, services: AppServices, enqueue: Enqueue): ChannelRuntime {
  const stores = createChannelStores(services.database);
  const senders = new Map<Provider, ProviderSender>();
  const rawMounts: Mount[] = [];
  const mounts: Mount[] = [];
  const on: string[] = [];
  const off: Record<string, string> = {};
  const starters: (() => Promise<void>)[] = [];
  const bodyLimit = env.BODY_LIMIT;

  const zaloMissing = missing(env, ['ZALO_APP_ID', 'ZALO_APP_SECRET', 'ZALO_OA_SECRET_KEY', 'CHANNEL_TOKEN_KEY']);
  if (zaloMissing) off.zalo = zaloMissing;
  else {
    const zalo = createZaloChannel({
      settings: {
        appId: env.ZALO_APP_ID!,
        appSecret: env.ZALO_APP_SECRET!,
        oaSecretKey: env.ZALO_OA_SECRET_KEY!,
        apiBaseUrl: env.ZALO_API_BASE_URL,
        oauthBaseUrl: env.ZALO_OAUTH_BASE_URL,
        initialTokens: env.ZALO_ACCESS_TOKEN && env.ZALO_REFRESH_TOKEN ? { accessToken: env.ZALO_ACCESS_TOKEN, refreshToken: env.ZALO_REFRESH_TOKEN } : undefined,
      },
      events: stores.events,
      tokens: createChannelTokenStore(services.database, env.CHANNEL_TOKEN_KEY!),
      enqueue,
      logger: services.logger,
      bodyLimit,
    });
    senders.set('zalo', zalo.sender);
    rawMounts.push({ path: '/', router: zalo.router as Router });
    starters.push(() => zalo.seedTokens());
    on.push('zalo');
  }

  const smsCommon = {
    events: stores.events,
    outbox: stores.outbox,
    enqueue,
    logger: services.logger,
    render: { unicode: env.SMS_UNICODE, maxParts: env.SMS_MAX_PARTS },
    bodyLimit,
    onUndelivered: undeliveredAnnouncer(services),
  };
  const publicUrl = (path: string) => (env.PUBLIC_BASE_URL ? new URL(path, env.PUBLIC_BASE_URL).toString() : undefined);

  const esmsMissing = missing(env, ['ESMS_API_KEY', 'ESMS_SECRET_KEY']);
  if (esmsMissing) off.esms = esmsMissing;
  else {
    const esms = createEsmsChannel({
      ...smsCommon,
      settings: {
        apiKey: env.ESMS_API_KEY!,
        secretKey: env.ESMS_SECRET_KEY!,
        brandname: env.ESMS_BRANDNAME,
        smsType: env.ESMS_SMS_TYPE,
        sandbox: env.ESMS_SANDBOX,
        apiBaseUrl: env.ESMS_API_BASE_URL,
        callbackUrl: env.ESMS_CALLBACK_SECRET ? publicUrl(`/webhooks/sms/esms/dlr/${env.ESMS_CALLBACK_SECRET}`) : undefined,
        timeoutMs: 10_000,
      },
      privateKey: env.ESMS_PRIVATE_KEY,
      callbackSecret: env.ESMS_CALLBACK_SECRET,
    });
    senders.set('esms', esms.sender);
    rawMounts.push({ path: '/', router: esms.router });
    on.push(`esms (send${env.ESMS_PRIVATE_KEY ? ', inbound' : ''}${env.ESMS_CALLBACK_SECRET ? ', delivery reports' : ''})`);
  }

  const twilioMissing = missing(env, ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM']);
  if (twilioMissing) off.twilio = twilioMissing;
  else {
    const twilio = createTwilioChannel({
      ...smsCommon,
      settings: { accountSid: env.TWILIO_ACCOUNT_SID!, authToken: env.TWILIO_AUTH_TOKEN!, from: env.TWILIO_FROM!, apiBaseUrl: env.TWILIO_API_BASE_URL, timeoutMs: 10_000 },
      publicUrl: publicUrl('/webhooks/sms/twilio'),
      statusUrl: publicUrl('/webhooks/sms/twilio/status'),
    });
    senders.set('twilio', twilio.sender);
    if (twilio.router) rawMounts.push({ path: '/', router: twilio.router });
    on.push(`twilio (send${twilio.router ? ', inbound, delivery reports' : ''})`);
  }

  if (!env.AGENTS_ENABLED && !env.connections__serviceConnection__settings__clientId) off.agents = 'AGENTS_ENABLED is false and no connections__serviceConnection__settings__clientId';
  else {
    const agents = createAgentsChannel({
      settings: {
        clientId: env.connections__serviceConnection__settings__clientId,
        clientSecret: env.connections__serviceConnection__settings__clientSecret,
        tenantId: env.connections__serviceConnection__settings__tenantId,
      },
      assistant: services.assistant,
      contacts: stores.contacts,
      quietMs: env.CHANNEL_QUIET_MINUTES * 60_000,
      logger: services.logger,
    });
    mounts.push({ path: '/', router: agents.router });
    senders.set('agents', agents.sender);
    on.push(`agents (${agents.authenticated ? 'JWT' : 'anonymous, development only'})`);
  }

  // Every provider webhook, documented whether or not its channel is on here.
  const openApi = buildWebhooksOpenApi([zaloOpenApi, smsOpenApi, agentsOpenApi]);
  mounts.push({ path: '/', router: Router().get('/webhooks/openapi.json', (_req, res) => void res.json(openApi)) });

  return {
    stores,
    senders,
    rawMounts,
    mounts,
    status: { on, off },
    async start() {
      for (const run of starters) await run();
    },
  };
}

/** The SMS provider that carries Zalo fallbacks and notifications: the configured one, else the first on. */
export function smsProviderOf(env: Env, senders: ReadonlyMap<Provider, ProviderSender>): Provider | null {
  if (env.SMS_PROVIDER && senders.has(env.SMS_PROVIDER)) return env.SMS_PROVIDER;
  return senders.has('esms') ? 'esms' : senders.has('twilio') ? 'twilio' : null;
}

/** The two channel jobs: an inbound event becomes a turn and an outbox row; an outbox row is sent. */
export function registerChannelJobs(queue: JobQueue, env: Env, services: AppServices, runtime: ChannelRuntime, options: { sendLeaseMs?: number } = {}): void {
  const enqueue: Enqueue = (name, payload, options) => queue.enqueue(name, payload, options);
  const announceUndelivered = undeliveredAnnouncer(services);
  const handleInbound = createInboundHandler({
    stores: runtime.stores,
    assistant: services.assistant,
    enqueue,
    quietMs: env.CHANNEL_QUIET_MINUTES * 60_000,
    rateLimit: { windowMs: 60_000, max: env.CHANNEL_RATE_LIMIT_PER_MINUTE },
    logger: services.logger,
  });
  const sendOutbox = createOutboxSender({
    stores: runtime.stores,
    senders: runtime.senders,
    enqueue,
    smsFallback: smsProviderOf(env, runtime.senders),
    smsLimit: { windowMs: 3_600_000, max: env.SMS_RATE_LIMIT_PER_HOUR },
    leaseMs: options.sendLeaseMs ?? SEND_LEASE_MS,
    attempts: SEND_ATTEMPTS,
    logger: services.logger,
    onUndelivered: (row, status, reason) => announceUndelivered(row, reason, status),
  });
  // 1 + 7 tries at 1, 2, 4 … 64 s: a report that beat its message id's record waits that long for it.
  queue.register({
    name: JOB_DELIVERY_REPORT,
    schema: z.object({ provider: z.enum(['zalo', 'esms', 'twilio', 'agents']), providerMessageId: z.string().min(1).max(200), delivered: z.boolean().nullable(), report: z.string().max(300) }),
    attempts: REPORT_ATTEMPTS,
    backoffMs: 1_000,
    handler: async (report, context) => {
      await applyDeliveryReport(
        {
          outbox: runtime.stores.outbox,
          enqueue,
          logger: services.logger,
          onUndelivered: announceUndelivered,
        },
        report,
        { lastTry: context.attempt >= REPORT_ATTEMPTS },
      );
    },
  });
  queue.register({ name: JOB_INBOUND, schema: z.object({ eventId: z.number().int().positive() }), attempts: 5, backoffMs: 2_000, handler: (p) => handleInbound(p) });
  queue.register({
    name: JOB_SEND,
    schema: z.object({ outboxId: z.number().int().positive() }),
    attempts: SEND_ATTEMPTS,
    backoffMs: SEND_BACKOFF_MS,
    handler: (p, context) => sendOutbox(p, context),
  });
}

/** An agent's reply stored from the console leaves on the citizen's channel through the outbox. */
export function listenForAgentReplies(services: AppServices, runtime: ChannelRuntime, queue: JobQueue): () => void {
  const relay = createAgentReplyRelay({ stores: runtime.stores, enqueue: (name, payload, options) => queue.enqueue(name, payload, options) });
  return services.bus.on('message.created', async (event) => {
    await relay(event);
  });
}
