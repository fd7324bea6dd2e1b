import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../callcenter/index.ts';
import { StaffClient } from '../../callcenter/console/testing/staff-client.ts';
import { stringeeCaller, type StringeeLine } from '../../channels/voice/testing/stringee-caller.ts';
import { findAll, twilioCaller, type TwilioLine } from '../../channels/voice/testing/twilio-caller.ts';
import { serveApp, type ServedApp } from '../testing/serve-app.ts';

/**
 * After hours on the phone line: the caller who asks for a person hears when the centre opens
 * (a spoken date), leaves a voicemail, and the callback request appears in the console for agents,
 * the number masked until an agent reveals it (audited). Both providers.
 */
const PUBLIC = 'https://motcua.example.vn';
const ACCOUNT = `AC${'b2'.repeat(16)}`;
const TOKEN = 'twilio-after-hours-token';
const SECRET = 'stringee-after-hours-secret-0123';
let served: ServedApp;
let twilioLine: TwilioLine;
let stringeeLine: StringeeLine;
let agent: StaffClient;

/** Hours that exclude the current minute in Hà Nội, whatever time the test runs. */
function closedHours(): string {
  const minutes = Math.floor(((Date.now() + 7 * 3_600_000) % 86_400_000) / 60_000);
  return minutes < 12 * 60 ? '20:00-21:00' : '06:00-07:00';
}

beforeAll(async () => {
  served = await serveApp({ PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: TOKEN, VOICE_STRINGEE_URL_SECRET: SECRET, CONSOLE_HOURS: closedHours() });
  twilioLine = { appUrl: served.url, publicUrl: PUBLIC, accountSid: ACCOUNT, authToken: TOKEN };
  stringeeLine = { appUrl: served.url, publicUrl: PUBLIC, urlSecret: SECRET };
  const password = 'mật-khẩu-thử-1234';
  await createUser(served.database.db, { name: 'Cán bộ Lan', email: 'lan@motcua.example.vn', role: 'agent', password });
  agent = new StaffClient(served.url);
  expect((await agent.login('lan@motcua.example.vn', password)).status).toBe(200);
}, 120_000);

afterAll(() => served?.close());

interface VoiceWork {
  waiting: unknown[];
  callbacks: { id: string; phone: string | null; summary: string; reason: string; status: string; recordingUrl: string | null; dueAt: string }[];
}

describe('after hours', () => {
  it('Twilio: voicemail, a spoken next opening, and a callback request agents see with the number masked', async () => {
    const caller = twilioCaller(twilioLine, '+84913000001');
    await caller.dial();
    await caller.move({ speech: 'lệ phí đăng ký kết hôn là bao nhiêu' });
    await caller.move({ press: '0' });
    expect(findAll(caller.twiml!, 'Record')[0]!.attrs).toMatchObject({ finishOnKey: '#', playBeep: 'true' });
    expect(caller.last()).toMatch(/ngoài giờ làm việc\. Cán bộ sẽ gọi lại cho bác vào (thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), ngày [^\d]+ tháng [^\d]+, lúc [^\d]+ giờ/);
    await caller.leaveVoicemail('https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/RE1');
    expect(caller.last()).toMatch(/đã ghi nhận yêu cầu gọi lại/);
    expect(findAll(caller.twiml!, 'Hangup')).toHaveLength(1);

    const work = await agent.json<VoiceWork>('GET', '/console/api/v1/voice');
    const callback = work.callbacks.find((c) => c.recordingUrl?.endsWith('/RE1'))!;
    expect(callback).toMatchObject({ reason: 'after_hours', status: 'open' });
    expect(callback.summary).toMatch(/kết hôn/);
    expect(callback.phone).not.toContain('913000001');
    expect(new Date(callback.dueAt).getTime()).toBeGreaterThan(Date.now());

    expect((await agent.request('POST', `/console/api/v1/voice/callbacks/${callback.id}/reveal`, {})).status).toBe(400);
    const revealed = await agent.json<{ phone: string }>('POST', `/console/api/v1/voice/callbacks/${callback.id}/reveal`, { reason: 'Gọi lại theo yêu cầu' });
    expect(revealed.phone).toBe('+84913000001');
    const audit = await served.database.rows<{ n: number }>(sql`select count(*)::int as n from access_audit where subject = ${`voice_callback:${callback.id}`}`);
    expect(audit[0]!.n).toBe(1);
    expect(await agent.json('POST', `/console/api/v1/voice/callbacks/${callback.id}/done`, {})).toEqual({ status: 'done' });
    expect((await agent.request('POST', `/console/api/v1/voice/callbacks/${callback.id}/done`, {})).status).toBe(409);
    expect((await fetch(`${served.url}/console/api/v1/voice`)).status).toBe(401);
    const openApi = (await (await fetch(`${served.url}/console/api/v1/voice/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openApi.paths)).toEqual(expect.arrayContaining(['/console/api/v1/voice', '/webhooks/voice/twilio/gather', '/webhooks/voice/stringee/{secret}/answer']));
  });

  it('Stringee: keypad to a person, recordMessage, and the callback request', async () => {
    const caller = stringeeCaller(stringeeLine, '84913000002');
    await caller.dial();
    await caller.press('0');
    expect(caller.waitingFor).toBe('recordMessage');
    expect(caller.last()).toMatch(/ngoài giờ làm việc/);
    await caller.leaveVoicemail('https://stringee.example/records/abc.mp3');
    expect(caller.last()).toMatch(/đã ghi nhận yêu cầu gọi lại/);
    const work = await agent.json<VoiceWork>('GET', '/console/api/v1/voice');
    expect(work.callbacks.some((c) => c.recordingUrl === 'https://stringee.example/records/abc.mp3' && c.reason === 'after_hours')).toBe(true);
    await caller.hangUp();
    const calls = await served.database.rows<{ status: string }>(sql`select status from voice_calls where provider_call_id = ${caller.uuid}`);
    expect(calls[0]!.status).toBe('closed');
  });
});
