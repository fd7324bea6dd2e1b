import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, testTokenKey, type ServedApp } from '../../platform/testing/serve-app.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { startEsmsPeer, type EsmsPeer } from '../sms/testing/esms-server.ts';
import { startTwilioPeer, type TwilioPeer } from '../sms/testing/twilio-server.ts';
import { startZaloPeer, type ZaloPeer } from '../zalo/testing/zalo-server.ts';

/** Hostile requests per webhook: a small budget by default, CHANNELS_FUZZ_RUNS=1000 (or more) for the full run. */
const RUNS = Number(process.env.CHANNELS_FUZZ_RUNS ?? 40);
const PUBLIC = 'https://motcua.example.vn';

let zalo: ZaloPeer;
let esms: EsmsPeer;
let twilio: TwilioPeer;
let served: ServedApp;

const count = async (query: ReturnType<typeof sql>) => (await served.database.rows<{ n: number }>(query))[0]!.n;
const stored = () => count(sql`select count(*)::int as n from channel_inbound_events`);
const idle = () =>
  waitFor(async () => (await count(sql`select count(*)::int as n from jobs where status in ('pending', 'running') and name like 'channels.%'`)) === 0, 30_000);

beforeAll(async () => {
  [zalo, esms, twilio] = await Promise.all([startZaloPeer(), startEsmsPeer(), startTwilioPeer()]);
  const pair = zalo.issuePair();
  served = await serveApp({
    PUBLIC_BASE_URL: PUBLIC,
    CHANNEL_RATE_LIMIT_PER_MINUTE: '1000',
    ...zalo.appSettings(pair),
    CHANNEL_TOKEN_KEY: testTokenKey(),
    ESMS_API_KEY: esms.apiKey,
    ESMS_SECRET_KEY: esms.secretKey,
    ESMS_PRIVATE_KEY: esms.privateKey,
    ESMS_API_BASE_URL: esms.url,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM: '+15005550006',
    TWILIO_API_BASE_URL: twilio.url,
  });
}, 90_000);

afterAll(async () => {
  await served?.close();
  await Promise.all([zalo?.close(), esms?.close(), twilio?.close()]);
});

/** Delivers the same request 100 times at once, then 100 times one after another. */
async function replay(deliver: () => Promise<Response>): Promise<void> {
  const together = await Promise.all(Array.from({ length: 100 }, deliver));
  for (const r of together) expect(r.status).toBe(200);
  for (let i = 0; i < 100; i++) expect((await deliver()).status).toBe(200);
}

async function expectOneTurn(clientMessageId: string): Promise<void> {
  await idle();
  expect(await count(sql`select count(*)::int as n from messages where client_message_id = ${clientMessageId}`)).toBe(1);
  expect(await count(sql`select count(*)::int as n from channel_inbound_events where provider || ':' || provider_message_id = ${clientMessageId}`)).toBe(1);
}

describe('OpenAPI', () => {
  it('documents every webhook at /webhooks/openapi.json, and each documented POST is served', async () => {
    const doc = (await (await fetch(`${served.url}/webhooks/openapi.json`)).json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/api/messages', '/webhooks/sms/esms/dlr/{secret}', '/webhooks/sms/esms/mo', '/webhooks/sms/twilio', '/webhooks/sms/twilio/status', '/webhooks/zalo'].sort(),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['ZaloEvent', 'TwilioSmsForm', 'TwilioStatusForm', 'Activity', 'Problem']));
    for (const path of ['/webhooks/zalo', '/webhooks/sms/twilio', '/webhooks/sms/twilio/status']) {
      expect((await fetch(`${served.url}${path}`, { method: 'POST', body: '' })).status).not.toBe(404);
    }
  });
});

describe('replayed webhooks: one turn, one reply', () => {
  it('Zalo', async () => {
    const signed = zalo.sign(zalo.textEvent('u-replay', 'làm lại căn cước mất bao nhiêu tiền', 'msg-replay-1'));
    await replay(() => fetch(`${served.url}/webhooks/zalo`, { method: 'POST', headers: signed.headers, body: signed.body }));
    await expectOneTurn('zalo:msg-replay-1');
    expect(zalo.sent.filter((m) => m.userId === 'u-replay')).toHaveLength(1);
  }, 120_000);

  it('eSMS', async () => {
    const query = esms.moQuery('84912300001', 'lam lai can cuoc mat bao nhieu tien', 'mo-replay-1');
    await replay(() => fetch(`${served.url}/webhooks/sms/esms/mo?${query}`));
    await expectOneTurn('esms:mo-replay-1');
    expect(esms.sent.filter((m) => m.phone === '0912300001')).toHaveLength(1);
  }, 120_000);

  it('Twilio', async () => {
    const sid = 'SM' + randomBytes(16).toString('hex');
    const signed = twilio.inbound(`${PUBLIC}/webhooks/sms/twilio`, '+84912300002', 'lam lai can cuoc mat bao nhieu tien', sid);
    await replay(() => fetch(`${served.url}/webhooks/sms/twilio`, { method: 'POST', headers: signed.headers, body: signed.body }));
    await expectOneTurn(`twilio:${sid}`);
    expect(twilio.sent.filter((m) => m.to === '+84912300002')).toHaveLength(1);
  }, 120_000);
});

const hostileText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('\u0000', '\uD800', '<script>', "'; drop table messages; --", 'A'.repeat(5000)));
const hostileJson = fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify(v)), hostileText);

describe('hostile requests: no 5xx, nothing stored', () => {
  it('Zalo webhook', async () => {
    const before = await stored();
    await fc.assert(
      fc.asyncProperty(hostileJson, fc.option(fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), fc.string()), { nil: undefined }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (body, mac, type) => {
        const headers: Record<string, string> = { 'content-type': type };
        if (mac !== undefined) headers['x-zevent-signature'] = `mac=${mac}`.replace(/[^\x20-\x7E]/g, '');
        const response = await fetch(`${served.url}/webhooks/zalo`, { method: 'POST', headers, body });
        expect(response.status).toBeLessThan(500);
        expect([401, 403, 413, 400]).toContain(response.status);
      }),
      { numRuns: RUNS },
    );
    // Correctly signed, but not an event we know how to read: acknowledged, dropped.
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), async (fields, eventName) => {
        const signed = zalo.sign({ ...fields, app_id: zalo.appId, event_name: eventName, timestamp: String(Date.now()) });
        const response = await fetch(`${served.url}/webhooks/zalo`, { method: 'POST', headers: signed.headers, body: signed.body });
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    expect(await stored()).toBe(before);
  }, 300_000);

  it('eSMS inbound and delivery-report webhooks', async () => {
    const before = await stored();
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('sender', 'content', 'smsid', 'cpid', 'receiverTime', 'sign', 'x', 'SMSID', 'SendStatus'), hostileText), fc.boolean(), async (params, repeat) => {
        const query = new URLSearchParams(params);
        if (repeat) query.append('sender', '84912345678');
        const mo = await fetch(`${served.url}/webhooks/sms/esms/mo?${query}`);
        expect(mo.status).toBeLessThan(500);
        expect([400, 401, 414, 431]).toContain(mo.status);
        const dlr = await fetch(`${served.url}/webhooks/sms/esms/dlr/${encodeURIComponent(Buffer.from(params.x ?? 'guess').toString())}?${query}`);
        expect(dlr.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    expect(await stored()).toBe(before);
  }, 300_000);

  it('Twilio webhook', async () => {
    const before = await stored();
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('MessageSid', 'AccountSid', 'From', 'Body', 'To', 'x'), hostileText), fc.option(fc.base64String(), { nil: undefined }), fc.boolean(), async (params, signature, json) => {
        const headers: Record<string, string> = { 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded' };
        if (signature !== undefined) headers['x-twilio-signature'] = signature;
        const body = json ? JSON.stringify(params) : new URLSearchParams(params).toString();
        const response = await fetch(`${served.url}/webhooks/sms/twilio`, { method: 'POST', headers, body });
        expect(response.status).toBeLessThan(500);
        expect([403, 413, 400]).toContain(response.status);
      }),
      { numRuns: RUNS },
    );
    expect(await stored()).toBe(before);
  }, 300_000);
});
