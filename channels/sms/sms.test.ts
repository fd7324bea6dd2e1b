import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, testTokenKey, type ServedApp } from '../../platform/testing/serve-app.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { startZaloPeer, type ZaloPeer } from '../zalo/testing/zalo-server.ts';
import { startEsmsPeer, type EsmsPeer } from './testing/esms-server.ts';
import { startTwilioPeer, type TwilioPeer } from './testing/twilio-server.ts';

let esms: EsmsPeer;
let twilio: TwilioPeer;
let zalo: ZaloPeer;
let served: ServedApp;
const PUBLIC = 'https://motcua.example.vn';
const CALLBACK_SECRET = 'dlr-' + 'x'.repeat(30);

const count = async (query: ReturnType<typeof sql>) => (await served.database.rows<{ n: number }>(query))[0]!.n;
const esmsTo = (phone: string) => esms.sent.filter((m) => m.phone === phone);
const twilioTo = (phone: string) => twilio.sent.filter((m) => m.to === phone);
const mo = (sender: string, text: string, smsid?: string) => fetch(`${served.url}/webhooks/sms/esms/mo?${esms.moQuery(sender, text, smsid)}`);
const twilioInbound = (from: string, text: string, sid?: string) => {
  const signed = twilio.inbound(`${PUBLIC}/webhooks/sms/twilio`, from, text, sid);
  return fetch(`${served.url}/webhooks/sms/twilio`, { method: 'POST', headers: signed.headers, body: signed.body });
};

beforeAll(async () => {
  [esms, twilio, zalo] = await Promise.all([startEsmsPeer(), startTwilioPeer(), startZaloPeer()]);
  const pair = zalo.issuePair();
  served = await serveApp({
    PUBLIC_BASE_URL: PUBLIC,
    CHANNEL_RATE_LIMIT_PER_MINUTE: '5',
    ESMS_API_KEY: esms.apiKey,
    ESMS_SECRET_KEY: esms.secretKey,
    ESMS_BRANDNAME: 'MOTCUA',
    ESMS_PRIVATE_KEY: esms.privateKey,
    ESMS_CALLBACK_SECRET: CALLBACK_SECRET,
    ESMS_API_BASE_URL: esms.url,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM: '+15005550006',
    TWILIO_API_BASE_URL: twilio.url,
    SMS_PROVIDER: 'esms',
    ...zalo.appSettings(pair),
    CHANNEL_TOKEN_KEY: testTokenKey(),
  });
}, 90_000);

afterAll(async () => {
  await served?.close();
  await Promise.all([esms?.close(), twilio?.close(), zalo?.close()]);
});

describe('SMS through eSMS.vn', () => {
  it('answers a signed inbound SMS with the documented XML, then the reply without diacritics by eSMS', async () => {
    const response = await mo('84912345678', 'lam lai can cuoc mat bao nhieu tien', 'mo-1');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<ClientResponse><Message></Message><Smsid>mo-1</Smsid><Receiver>84912345678</Receiver></ClientResponse>');
    await waitFor(() => esmsTo('0912345678').length === 1);
    const [sms] = esmsTo('0912345678');
    expect(sms!.content).toMatch(/^[\x20-\x7E]+$/);
    expect(sms!.content.length).toBeLessThanOrEqual(459);
    expect(sms!.content.toLowerCase()).toMatch(/can cuoc/);
    expect(sms!.isUnicode).toBe('0');
    expect(sms!.requestId).toMatch(/^reply\.\d+\.0$/);
  });

  it('refuses a wrong sign with 401 and stores nothing', async () => {
    const before = await count(sql`select count(*)::int as n from channel_inbound_events`);
    const query = esms.moQuery('84912000001', 'xin chao').replace(/sign=[0-9a-f]+/, 'sign=' + '0'.repeat(32));
    const response = await fetch(`${served.url}/webhooks/sms/esms/mo?${query}`);
    expect(response.status).toBe(401);
    expect(await count(sql`select count(*)::int as n from channel_inbound_events`)).toBe(before);
  });

  it('honours TU CHOI for every sender until BAT LAI, agents included', async () => {
    await mo('84912000002', 'ho chieu lam o dau');
    await waitFor(() => esmsTo('0912000002').length === 1);
    await mo('84912000002', 'Từ chối');
    await waitFor(async () => (await count(sql`select count(*)::int as n from channel_opt_outs where address = '+84912000002'`)) === 1);
    const { id } = (await served.database.rows<{ id: string }>(sql`select conversation_id as id from channel_contacts where address = '+84912000002'`))[0]!;
    await served.app.services.assistant.conversations.appendMessage(id, 'agent', 'Chào chị, cán bộ một cửa đây.');
    await waitFor(async () => (await count(sql`select count(*)::int as n from channel_outbox where address = '+84912000002' and last_error = 'opted out'`)) === 1);
    expect(esmsTo('0912000002')).toHaveLength(1);
    await mo('84912000002', 'BAT LAI');
    await waitFor(async () => (await count(sql`select count(*)::int as n from channel_opt_outs where address = '+84912000002'`)) === 0);
    await mo('84912000002', 'dang ky khai sinh can giay to gi');
    await waitFor(() => esmsTo('0912000002').length === 2);
  });

  it('records delivery reports on the unguessable URL only', async () => {
    await waitFor(() => esmsTo('0912345678').length === 1);
    const smsId = esmsTo('0912345678')[0]!.smsId;
    expect((await fetch(`${served.url}/webhooks/sms/esms/dlr/wrong-secret-wrong-secret-00?SMSID=${smsId}&SendStatus=4`)).status).toBe(404);
    const ok = await fetch(`${served.url}/webhooks/sms/esms/dlr/${CALLBACK_SECRET}?SMSID=${smsId}&SendStatus=4&RequestId=x`);
    expect(ok.status).toBe(200);
    const [row] = await served.database.rows<{ status: string; delivery_report: string }>(sql`select status, delivery_report from channel_outbox where provider_message_ids @> ${JSON.stringify([smsId])}::jsonb`);
    expect(row).toEqual({ status: 'failed', delivery_report: 'SendStatus 4' });
  });

  it('retries a transient failure with backoff and sends once', async () => {
    esms.failNext(503);
    await mo('84912000003', 'dang ky thuong tru nop o dau');
    await waitFor(() => esmsTo('0912000003').length === 1, 20_000);
    await waitFor(async () => (await count(sql`select count(*)::int as n from channel_outbox where address = '+84912000003' and status = 'sent'`)) === 1);
    const [row] = await served.database.rows<{ status: string; attempts: number }>(sql`select status, attempts from channel_outbox where address = '+84912000003'`);
    expect(row).toEqual({ status: 'sent', attempts: 2 });
  }, 30_000);

  it('limits how many messages one number gets answered per minute', async () => {
    for (let i = 0; i < 7; i++) await mo('84912000004', `cau hoi so ${i} ve ho chieu`);
    await waitFor(async () => (await count(sql`select count(*)::int as n from channel_inbound_events where address = '+84912000004' and processed_at is not null`)) === 7);
    await waitFor(() => esmsTo('0912000004').length === 5);
    expect(await count(sql`select count(*)::int as n from channel_outbox where address = '+84912000004'`)).toBe(5);
  });
});

describe('SMS through Twilio', () => {
  it('verifies the signature against the public URL, answers TwiML, replies through the twilio library', async () => {
    const response = await twilioInbound('+84987654321', 'lam giay khai sinh can gi');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/xml/);
    expect(await response.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    await waitFor(() => twilioTo('+84987654321').length === 1);
    // Replies go back on the provider the citizen wrote to.
    expect(esmsTo('0987654321')).toHaveLength(0);
    expect(twilioTo('+84987654321')[0]!.body).toMatch(/^[\x20-\x7E]+$/);
  });

  it('refuses a signature made for another URL with 403 and stores nothing', async () => {
    const before = await count(sql`select count(*)::int as n from channel_inbound_events`);
    const signed = twilio.inbound(`${served.url}/webhooks/sms/twilio`, '+84987000001', 'xin chao');
    const response = await fetch(`${served.url}/webhooks/sms/twilio`, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(response.status).toBe(403);
    expect(await count(sql`select count(*)::int as n from channel_inbound_events`)).toBe(before);
  });
});

describe('Twilio status callbacks', () => {
  const STATUS_URL = `${PUBLIC}/webhooks/sms/twilio/status`;
  const postStatus = (signed: { body: string; headers: Record<string, string> }) =>
    fetch(`${served.url}/webhooks/sms/twilio/status`, { method: 'POST', headers: signed.headers, body: signed.body });
  const outboxOf = async (sid: string) =>
    (await served.database.rows<{ status: string; report: string | null; error: string | null }>(sql`
      select status, delivery_report as report, last_error as error from channel_outbox where provider_message_ids @> ${JSON.stringify([sid])}::jsonb`))[0];

  it('asks for callbacks on every send and records delivered; undelivered fails the row and raises message.undelivered', async () => {
    await twilioInbound('+84987650002', 'lam giay khai sinh can gi');
    await waitFor(() => twilioTo('+84987650002').length >= 1);
    const [message] = twilioTo('+84987650002');
    expect(message!.statusCallback).toBe(STATUS_URL);
    await waitFor(async () => (await outboxOf(message!.sid))?.status === 'sent');
    expect((await postStatus(twilio.status(STATUS_URL, message!, 'sent'))).status).toBe(204);
    expect((await postStatus(twilio.status(STATUS_URL, message!, 'delivered'))).status).toBe(204);
    expect(await outboxOf(message!.sid)).toMatchObject({ status: 'sent', report: 'MessageStatus delivered' });

    const undelivered: { reason: string; channel: string }[] = [];
    const stop = served.app.services.bus.on('message.undelivered', (event) => void undelivered.push(event as never));
    try {
      expect((await postStatus(twilio.status(STATUS_URL, message!, 'undelivered', '30005'))).status).toBe(204);
      expect(await outboxOf(message!.sid)).toMatchObject({ status: 'failed', report: 'MessageStatus undelivered ErrorCode 30005' });
      await waitFor(() => undelivered.length === 1);
      expect(undelivered[0]).toMatchObject({ channel: 'sms', reason: expect.stringMatching(/undelivered ErrorCode 30005/) });
    } finally {
      stop();
    }
  });

  it('keeps a callback that arrives before the SID is recorded, and applies it once the SID is on its row', async () => {
    const undelivered: { reason: string; channel: string }[] = [];
    const stop = served.app.services.bus.on('message.undelivered', (event) => void undelivered.push(event as never));
    // Twilio calls back (and we answer 204) before its 201 with the SID reaches the sender.
    twilio.callBackBeforeAnswering({ origin: served.url, status: 'undelivered', errorCode: '30005' });
    try {
      await twilioInbound('+84987650004', 'cap lai giay phep lai xe mat bao lau');
      await waitFor(() => twilioTo('+84987650004').length >= 1);
    } finally {
      twilio.callBackBeforeAnswering(null);
    }
    const [message] = twilioTo('+84987650004');
    const row = await waitFor(async () => {
      const found = await outboxOf(message!.sid);
      return found?.report ? found : null;
    }, 30_000);
    expect(row).toMatchObject({ status: 'failed', report: 'MessageStatus undelivered ErrorCode 30005' });
    await waitFor(() => undelivered.length === 1);
    stop();
    expect(undelivered[0]).toMatchObject({ channel: 'sms', reason: expect.stringMatching(/undelivered ErrorCode 30005/) });
  });

  it('refuses a callback signed for another URL with 403 and changes nothing', async () => {
    await twilioInbound('+84987650003', 'dang ky thuong tru nop o dau');
    await waitFor(() => twilioTo('+84987650003').length >= 1);
    const [message] = twilioTo('+84987650003');
    await waitFor(async () => (await outboxOf(message!.sid))?.status === 'sent');
    const forged = twilio.status(`${served.url}/webhooks/sms/twilio/status`, message!, 'failed', '30003');
    expect((await postStatus(forged)).status).toBe(403);
    expect(await outboxOf(message!.sid)).toMatchObject({ status: 'sent', report: null });
  });
});

describe('Zalo falls back to SMS', () => {
  it('sends by SMS when Zalo refuses (-230) and the citizen shared a phone number', async () => {
    const userId = 'u-fallback';
    const info = { app_id: zalo.appId, event_name: 'user_submit_info', sender: { id: userId }, recipient: { id: '1' }, info: { name: 'Lan', phone: '0912000005' }, timestamp: String(Date.now()) };
    const signedInfo = zalo.sign(info);
    await fetch(`${served.url}/webhooks/zalo`, { method: 'POST', headers: signedInfo.headers, body: signedInfo.body });
    await waitFor(async () => (await count(sql`select count(*)::int as n from channel_contacts where address = ${userId} and fallback_phone = '+84912000005'`)) === 1);
    // The peer has not seen this user write: Zalo answers -230.
    const event = { ...zalo.textEvent('someone-else', 'ho chieu lam o dau'), sender: { id: userId } };
    const signed = zalo.sign(event);
    await fetch(`${served.url}/webhooks/zalo`, { method: 'POST', headers: signed.headers, body: signed.body });
    await waitFor(() => esmsTo('0912000005').length === 1);
    await waitFor(async () => (await count(sql`select count(*)::int as n from channel_outbox where address = '+84912000005' and status = 'sent'`)) === 1);
    const rows = await served.database.rows<{ channel: string; status: string }>(sql`select channel, status from channel_outbox where conversation_id = (select conversation_id from channel_contacts where address = ${userId}) order by id`);
    expect(rows).toEqual([
      { channel: 'zalo', status: 'undeliverable' },
      { channel: 'sms', status: 'sent' },
    ]);
  });
});
