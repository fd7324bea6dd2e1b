import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import twilio from 'twilio';
import { stringeeSignature } from './signature.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { createTestDatabase } from '../../platform/testing/test-db.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { startEsmsPeer, type EsmsPeer } from '../sms/testing/esms-server.ts';
import { stringeeCaller, type StringeeLine } from './testing/stringee-caller.ts';
import { findAll, twilioCaller, type TwilioLine } from './testing/twilio-caller.ts';

/**
 * Scripted callers over real HTTP in opening hours (a 24/7 team is on duty): Twilio callers send
 * signed webhooks and follow the TwiML; Stringee callers follow the SCCO. The SMS checklist goes
 * through the outbox to a loopback eSMS.vn.
 */
const PUBLIC = 'https://motcua.example.vn';
const ACCOUNT = `AC${'a1'.repeat(16)}`;
const TOKEN = 'twilio-voice-test-token';
const STRINGEE_SECRET = 'stringee-path-secret-0123456789';
const SIGNING = 'stringee-signing-key';
let esms: EsmsPeer;
let served: ServedApp;
let twilioLine: TwilioLine;
let stringeeLine: StringeeLine;

const count = async (query: ReturnType<typeof sql>) => (await served.database.rows<{ n: number }>(query))[0]!.n;
const callRow = async (providerCallId: string) =>
  (await served.database.rows<{ status: string; state: { node: string }; closed_at: string | null }>(sql`select status, state, closed_at from voice_calls where provider_call_id = ${providerCallId}`))[0];

beforeAll(async () => {
  esms = await startEsmsPeer();
  const database = await createTestDatabase();
  await database.db.execute(sql`insert into staff_teams (name, always_open) values ('Tổng đài 24/7', true)`);
  served = await serveApp(
    {
      PUBLIC_BASE_URL: PUBLIC,
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: TOKEN,
      VOICE_STRINGEE_URL_SECRET: STRINGEE_SECRET,
      VOICE_STRINGEE_SIGNING_SECRET: SIGNING,
      VOICE_STRINGEE_NUMBER: '842873000000',
      VOICE_STRINGEE_AGENT: 'internal:agents-hotline',
      ESMS_API_KEY: esms.apiKey,
      ESMS_SECRET_KEY: esms.secretKey,
      ESMS_API_BASE_URL: esms.url,
      ESMS_BRANDNAME: 'MOTCUA',
    },
    { database },
  );
  twilioLine = { appUrl: served.url, publicUrl: PUBLIC, accountSid: ACCOUNT, authToken: TOKEN };
  stringeeLine = { appUrl: served.url, publicUrl: PUBLIC, urlSecret: STRINGEE_SECRET, signingSecret: SIGNING };
}, 120_000);

afterAll(async () => {
  await served?.close();
  await esms?.close();
});

describe('Twilio callers', () => {
  it('greets warmly, reads the menu, and answers a fee question asked by voice with the amount in words', async () => {
    const caller = twilioCaller(twilioLine, '+84912000001');
    const first = await caller.dial();
    const gather = findAll(first, 'Gather')[0]!;
    expect(gather.attrs).toMatchObject({ input: 'speech dtmf', language: 'vi-VN', speechTimeout: '3', actionOnEmptyResult: 'true' });
    expect(findAll(first, 'Say')[0]!.attrs).toMatchObject({ voice: 'Google.vi-VN-Standard-A', language: 'vi-VN' });
    expect(caller.last()).toMatch(/xin kính chào bác/);
    expect(caller.last()).toContain('1 căn cước, 2 cư trú, 3 khai sinh và kết hôn, 4 đất đai, 5 đặt lịch hẹn, 6 phản ánh hoặc tra cứu hồ sơ, 0 gặp cán bộ, phím sao nghe lại');
    await caller.move({ speech: 'làm lại căn cước mất bao nhiêu tiền' });
    expect(caller.last()).toMatch(/bảy mươi nghìn đồng/);
    expect(caller.last().split('Bấm')[0]).not.toMatch(/\d/);
    expect(caller.last()).toMatch(/Bấm 1 nghe tiếp|Bấm 2 nhận danh sách/);
    expect((await callRow(caller.callSid))!.state.node).toBe('answer');
  });

  it('reads a documents answer in parts and sends the checklist by SMS on key 2', async () => {
    const caller = twilioCaller(twilioLine, '+84912000002');
    await caller.dial();
    await caller.move({ speech: 'đăng ký khai sinh cần giấy tờ gì' });
    const firstPart = caller.last();
    expect(firstPart).toMatch(/giấy tờ/i);
    await caller.move({ press: '1' });
    expect(caller.last()).not.toBe(firstPart);
    await caller.move({ press: '2' });
    expect(caller.last()).toMatch(/đã gửi danh sách giấy tờ/);
    await waitFor(() => esms.sent.some((m) => m.phone === '0912000002'), 20_000);
    const sms = esms.sent.find((m) => m.phone === '0912000002')!;
    expect(sms.content.toLowerCase()).toMatch(/khai sinh/);
    expect(sms.content).toMatch(/^[\x20-\x7E]+$/);
    await caller.move({ press: '9' });
    expect(caller.last()).toMatch(/Bấm/);
  });

  it('asks again after an empty recognition, then offers the keypad, then a person', async () => {
    const caller = twilioCaller(twilioLine, '+84912000003');
    await caller.dial();
    await caller.move({ speech: '' });
    expect(caller.last()).toMatch(/chưa nghe rõ/);
    await caller.move({ speech: '', confidence: 0 });
    expect(caller.last()).toMatch(/dùng bàn phím/);
    expect(findAll(caller.twiml!, 'Gather')[0]!.attrs.input).toBe('dtmf');
    await caller.move({ silence: true });
    expect(findAll(caller.twiml!, 'Enqueue')).toHaveLength(1);
    expect(caller.last()).toMatch(/vị trí số \d+/);
  });

  it('lets a keypad-only caller reach the answer for "cấp lại căn cước" in at most 6 presses', async () => {
    const caller = twilioCaller(twilioLine, '+84912000004');
    await caller.dial();
    await caller.move({ press: '1' });
    expect(caller.last()).toMatch(/3 cấp lại thẻ căn cước/);
    await caller.move({ press: '3' });
    while (/Số 1/.test(caller.last()) && caller.presses < 6) {
      const option = /Số (\d+): Cấp lại thẻ căn cước/.exec(caller.last());
      await caller.move({ press: option?.[1] ?? '1' });
    }
    expect(caller.presses).toBeLessThanOrEqual(6);
    expect(caller.last()).toMatch(/Cấp lại thẻ căn cước/);
    expect((await callRow(caller.callSid))!.state.node).toBe('answer');
  });

  it('joins the agents queue with its place, hears it while holding, and an agent takes it with <Dial><Queue>', async () => {
    const caller = twilioCaller(twilioLine, '+84912000005');
    await caller.dial();
    await caller.move({ speech: 'hỏi lệ phí đăng ký kết hôn' });
    await caller.move({ press: '0' });
    const enqueue = findAll(caller.twiml!, 'Enqueue')[0]!;
    expect(enqueue.text).toMatch(/^voice-/);
    expect(caller.last()).toMatch(/vị trí số \d+ trong hàng chờ/);
    expect(await caller.hold(3)).toMatch(/vị trí số \d+/);
    const handoff = (await served.database.rows<{ priority: number; channel: string; summary: unknown }>(sql`select h.priority, h.channel, h.summary from handoffs h join voice_calls c on c.conversation_id = h.conversation_id where c.provider_call_id = ${caller.callSid}`))[0]!;
    expect(handoff).toMatchObject({ priority: 0, channel: 'voice' });
    expect(JSON.stringify(handoff.summary)).toMatch(/kết hôn/);
    const waiting = twilioCaller(twilioLine, '+84912000015');
    await waiting.dial();
    await waiting.move({ press: '0' });
    expect(waiting.last()).toMatch(/vị trí số [2-9]/);
    await waiting.hangUpInQueue();
    const abandoned = await served.database.rows<{ reason: string; phone: string }>(sql`select reason, phone from voice_callbacks where provider_call_id = ${waiting.callSid}`);
    expect(abandoned).toEqual([{ reason: 'abandoned', phone: '+84912000015' }]);
    expect((await callRow(waiting.callSid))!.status).toBe('closed');
    const agent = twilioCaller(twilioLine, '+84912999999');
    const res = await agent.post('/webhooks/voice/twilio/agent', {});
    expect(await res.text()).toMatch(/<Dial><Queue url="https:\/\/motcua\.example\.vn\/webhooks\/voice\/twilio\/bridge" method="POST">voice-[0-9a-f-]+<\/Queue><\/Dial>/);
  });

  it('refuses a forged webhook with 403 and changes nothing', async () => {
    const caller = twilioCaller(twilioLine, '+84912000006');
    await caller.dial();
    const before = await callRow(caller.callSid);
    const res = await caller.forged({ Digits: '0' });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await callRow(caller.callSid)).toEqual(before);
    expect(await count(sql`select count(*)::int as n from handoffs h join voice_calls c on c.conversation_id = h.conversation_id where c.provider_call_id = ${caller.callSid}`)).toBe(0);
  });

  it('closes the record on hang-up and offers a caller who rings again to continue', async () => {
    const caller = twilioCaller(twilioLine, '+84912000007');
    await caller.dial();
    await caller.move({ speech: 'đăng ký tạm trú cần giấy tờ gì' });
    const before = caller.last().split('Bấm')[0]!;
    expect((await caller.hangUp()).status).toBe(204);
    expect((await callRow(caller.callSid))!.status).toBe('closed');
    const again = twilioCaller(twilioLine, '+84912000007');
    await again.dial();
    expect(again.last()).toMatch(/vừa gọi hỏi về: đăng ký tạm trú/);
    await again.move({ press: '1' });
    expect(again.last().startsWith(before.slice(0, 40))).toBe(true);
  });
});

describe('Stringee callers (keypad only)', () => {
  it('reads the menu as keys, reaches "cấp lại căn cước" in at most 6 presses, and sends the checklist by SMS', async () => {
    const caller = stringeeCaller(stringeeLine, '84912000011');
    const actions = await caller.dial();
    expect(actions.map((a) => a.action)).toEqual(['talk', 'input']);
    expect(caller.last()).toMatch(/bấm phím: 1 căn cước/);
    expect(caller.last()).not.toMatch(/nói câu hỏi/);
    await caller.press('1');
    await caller.press('3');
    while (/Số 1/.test(caller.last()) && caller.presses < 6) {
      const option = /Số (\d+): Cấp lại thẻ căn cước/.exec(caller.last());
      await caller.press(option?.[1] ?? '1');
    }
    expect(caller.presses).toBeLessThanOrEqual(6);
    expect(caller.last()).toMatch(/Cấp lại thẻ căn cước/);
    await caller.press('2');
    expect(caller.last()).toMatch(/đã gửi danh sách giấy tờ/);
    await waitFor(() => esms.sent.some((m) => m.phone === '0912000011'), 20_000);
    expect((await caller.hangUp()).status).toBe(200);
    expect((await callRow(caller.uuid))!.status).toBe('closed');
  });

  it('connects a caller who presses 0 to the agents, after the place in the queue', async () => {
    const caller = stringeeCaller(stringeeLine, '84912000012');
    await caller.dial();
    await caller.press('0');
    expect(caller.last()).toMatch(/vị trí số \d+ trong hàng chờ/);
    expect(caller.connected).toMatchObject({ action: 'connect', to: { type: 'internal', number: 'agents-hotline' }, continueOnFail: true });
  });

  it('refuses a wrong path secret or signature with 403', async () => {
    const wrongPath = await fetch(`${served.url}/webhooks/voice/stringee/${'x'.repeat(30)}/answer?from=84912000013&uuid=abc`);
    expect(wrongPath.status).toBe(403);
    const unsigned = await fetch(`${served.url}/webhooks/voice/stringee/${STRINGEE_SECRET}/answer?from=84912000013&uuid=abc`);
    expect(unsigned.status).toBe(403);
    expect(await count(sql`select count(*)::int as n from voice_calls where provider_call_id = 'abc'`)).toBe(0);
  });
});

describe('malformed webhooks', () => {
  it('answers 1,200 malformed requests (signed and unsigned, both providers) without a 5xx', async () => {
    const junk = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('', '\u0000', '<Say>', '%%', 'CA', '+84', '😀'.repeat(50))), { maxKeys: 6 });
    const twilioPaths = ['/webhooks/voice/twilio', '/webhooks/voice/twilio/gather', '/webhooks/voice/twilio/wait', '/webhooks/voice/twilio/dequeue', '/webhooks/voice/twilio/recorded', '/webhooks/voice/twilio/status', '/webhooks/voice/twilio/agent', '/webhooks/voice/twilio/bridge'];
    const stringeePaths = ['input', 'recorded', 'connect-failed', 'event'];
    const samples = fc.sample(fc.tuple(junk, fc.boolean(), fc.nat(100), fc.oneof(fc.string({ maxLength: 200 }), junk.map((j) => JSON.stringify(j)))), 1200);
    const statuses: number[] = [];
    const forged: number[] = [];
    const send = async ([fields, keepCall, pick, raw]: (typeof samples)[number], i: number) => {
      if (i % 2 === 0) {
        const path = twilioPaths[pick % twilioPaths.length]!;
        const params: Record<string, string> = { ...fields, AccountSid: ACCOUNT, ...(keepCall ? { CallSid: `CA${'e5'.repeat(16)}` } : {}) };
        const url = `${PUBLIC}${path}`;
        const signature = pick % 5 === 0 ? 'Zm9yZ2Vk' : twilio.getExpectedTwilioSignature(TOKEN, url, params);
        const res = await fetch(`${served.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature }, body: new URLSearchParams(params).toString() });
        statuses.push(res.status);
        if (pick % 5 === 0) forged.push(res.status);
        await res.arrayBuffer();
      } else {
        const name = stringeePaths[pick % stringeePaths.length]!;
        const path = `/webhooks/voice/stringee/${STRINGEE_SECRET}/${name}${keepCall ? '?call=call-vn-1-JUNK' : ''}`;
        const res = await fetch(`${served.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-STRINGEE-SIGNATURE': stringeeSignature(SIGNING, raw) }, body: raw });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
    };
    for (let i = 0; i < samples.length; i += 20) await Promise.all(samples.slice(i, i + 20).map((s, j) => send(s, i + j)));
    expect(statuses).toHaveLength(1200);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(forged.length).toBeGreaterThan(50);
    expect(forged.every((status) => status === 403)).toBe(true);
  }, 240_000);
});
