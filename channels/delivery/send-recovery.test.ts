import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChannelRuntime, registerChannelJobs } from '../../platform/app/channels.ts';
import { createAppServices, type AppServices } from '../../platform/app/services.ts';
import { parseEnv, type Env } from '../../platform/config/env.ts';
import { createDatabaseQueue } from '../../platform/jobs/index.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { testTokenKey } from '../../platform/testing/serve-app.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { startTwilioPeer, type TwilioPeer } from '../sms/testing/twilio-server.ts';
import { startZaloPeer, type ZaloPeer } from '../zalo/testing/zalo-server.ts';
import { createOutboxSender, recordInbound, RetryLater, type InboundEventInput, type Provider } from './index.ts';
import { freezeSender } from './testing/freeze-sender.ts';

/**
 * A worker dies in the middle of a send: before the provider got the part, or after it accepted
 * it but before we recorded it. The next worker asks the provider (Zalo's conversation, Twilio's
 * message list) and sends each part exactly once.
 */
const logger = createLogger('silent');
const LEASE_MS = 1_000;
let database: TestDatabase;
let zalo: ZaloPeer;
let twilio: TwilioPeer;
let env: Env;
let services: AppServices;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  [zalo, twilio] = await Promise.all([startZaloPeer(), startTwilioPeer()]);
  const pair = zalo.issuePair();
  env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...zalo.appSettings(pair),
    CHANNEL_TOKEN_KEY: testTokenKey(),
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM: '+15005550006',
    TWILIO_API_BASE_URL: twilio.url,
  });
  services = await createAppServices(env, logger, { database, seed: true });
}, 120_000);

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

afterAll(async () => {
  await services?.close();
  await Promise.all([zalo?.close(), twilio?.close()]);
  await database?.destroy();
});

/** One worker that dies at the first part (`when`), then a second one that takes over; returns the outbox row. */
async function dieThenResume(provider: Provider, when: 'before' | 'after', event: InboundEventInput) {
  let frozen!: () => void;
  const stopped = new Promise<void>((resolve) => (frozen = resolve));
  const first = createDatabaseQueue(database, logger, { pollMs: 20, leaseMs: 1_500 });
  const dying = createChannelRuntime(env, services, (n, p, o) => first.enqueue(n, p, o));
  dying.senders.set(provider, freezeSender(dying.senders.get(provider)!, when, () => frozen()));
  registerChannelJobs(first, env, services, dying, { sendLeaseMs: LEASE_MS });
  await dying.start();
  await first.start();
  await recordInbound({ events: dying.stores.events, enqueue: (n, p, o) => first.enqueue(n, p, o) }, event);
  await stopped;
  void first.stop(); // the process is gone: its send never returns
  const second = createDatabaseQueue(database, logger, { pollMs: 20, leaseMs: 1_500 });
  const again = createChannelRuntime(env, services, (n, p, o) => second.enqueue(n, p, o));
  registerChannelJobs(second, env, services, again, { sendLeaseMs: LEASE_MS });
  await second.start();
  cleanup.push(() => second.stop());
  const row = async () =>
    (await database.rows<{ status: string; parts: number; ids: string[] }>(sql`
      select status, parts_sent as parts, provider_message_ids as ids from channel_outbox
      where dedupe_key = (select 'reply.' || id from channel_inbound_events where provider_message_id = ${event.providerMessageId})`))[0];
  await waitFor(async () => (await row())?.status === 'sent', 30_000);
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // room for a duplicate to show up
  return (await row())!;
}

// In process, the "dead" sender still holds the recipient's lock; on PostgreSQL that is a live
// connection's advisory lock, which only a real death releases: these run on PGlite.
describe.skipIf(Boolean(process.env.DATABASE_URL))('a sender dies mid-send: each part reaches the citizen exactly once', () => {
  it('Zalo, after the provider accepted the message: found in the OA conversation, not sent again', async () => {
    zalo.interacted('u-recover');
    const row = await dieThenResume('zalo', 'after', { provider: 'zalo', providerMessageId: 'rec-z1', channel: 'zalo', address: 'u-recover', kind: 'text', text: 'làm lại căn cước mất bao nhiêu tiền' });
    const sent = zalo.sent.filter((m) => m.userId === 'u-recover');
    expect(sent.length).toBe(row.parts);
    expect(new Set(sent.map((m) => m.text)).size).toBe(sent.length);
    expect(row.ids).toContain(sent[0]!.messageId);
  }, 60_000);

  it('Twilio, after the provider accepted the first part: found in the message list, the rest follow once', async () => {
    const row = await dieThenResume('twilio', 'after', { provider: 'twilio', providerMessageId: 'rec-t1', channel: 'sms', address: '+84912300009', kind: 'text', text: 'lam lai can cuoc mat bao nhieu tien' });
    const sent = twilio.sent.filter((m) => m.to === '+84912300009');
    expect(sent.length).toBe(row.parts);
    expect(new Set(sent.map((m) => m.body)).size).toBe(sent.length);
    expect(row.ids).toEqual(sent.map((m) => m.sid));
  }, 60_000);

  it('Twilio, before the provider got it: not in the list, so sent once', async () => {
    const row = await dieThenResume('twilio', 'before', { provider: 'twilio', providerMessageId: 'rec-t2', channel: 'sms', address: '+84912300010', kind: 'text', text: 'dang ky khai sinh can giay to gi' });
    const sent = twilio.sent.filter((m) => m.to === '+84912300010');
    expect(row.parts).toBeGreaterThan(0);
    expect(sent.length).toBe(row.parts);
    expect(row.ids).toEqual(sent.map((m) => m.sid));
  }, 60_000);
});

describe('a send job that finds another sender’s lease on its message', () => {
  // BullMQ can hand a killed worker's job over before that worker's lease ends: the job must not end there.
  it('tries again after the lease rather than ending with the message unsent', async () => {
    const runtime = createChannelRuntime(env, services, async () => undefined);
    await runtime.start();
    const send = createOutboxSender({
      stores: runtime.stores,
      senders: runtime.senders,
      enqueue: async () => undefined,
      smsFallback: null,
      smsLimit: { windowMs: 3_600_000, max: 100 },
      leaseMs: 60_000,
      attempts: 6,
      logger,
    });
    const { id } = await runtime.stores.outbox.add({ dedupeKey: 'lease-test', conversationId: null, channel: 'sms', provider: 'twilio', address: '+84912300011', message: { text: 'Xin chao bac' } });
    // A sender took the message and died before Twilio got it: its lease still runs.
    expect(await runtime.stores.outbox.claim(id, 400)).not.toBeNull();
    await expect(send({ outboxId: id }, { attempt: 1 })).rejects.toBeInstanceOf(RetryLater);
    expect(twilio.sent.filter((m) => m.to === '+84912300011')).toEqual([]);
    // The job's next tries: refused while the lease runs, then the message goes out once.
    await waitFor(
      () =>
        send({ outboxId: id }, { attempt: 2 }).then(
          () => true,
          (error: unknown) => {
            if (error instanceof RetryLater) return false;
            throw error;
          },
        ),
      10_000,
      100,
    );
    expect(twilio.sent.filter((m) => m.to === '+84912300011').map((m) => m.body)).toEqual(['Xin chao bac']);
    const [row] = await database.rows<{ status: string }>(sql`select status from channel_outbox where id = ${id}`);
    expect(row).toEqual({ status: 'sent' });
  }, 30_000);
});
