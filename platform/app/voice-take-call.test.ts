import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAll, twilioCaller, type TwilioLine } from '../../channels/voice/testing/twilio-caller.ts';
import { serveApp, type ServedApp } from '../testing/serve-app.ts';
import { openSse } from '../testing/sse-reader.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient } from '../../callcenter/console/testing/staff-client.ts';

/**
 * An agent takes a waiting caller from the console's phone page: the queue item becomes theirs
 * (status, who, when), their Twilio Client leg gets <Dial><Queue> for that very caller (not the one
 * first in line), and every phone-line stream hears of each change without polling.
 */
const PUBLIC = 'https://motcua.example.vn';
const ACCOUNT = `AC${'b2'.repeat(16)}`;
const TOKEN = 'twilio-take-test-token';
let served: ServedApp;
let line: TwilioLine;

beforeAll(async () => {
  const database = await createTestDatabase();
  await database.db.execute(sql`insert into staff_teams (name, always_open) values ('Tổng đài 24/7', true)`);
  served = await serveApp({ ...CONSOLE_TEST_SETTINGS, PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: TOKEN }, { database });
  line = { appUrl: served.url, publicUrl: PUBLIC, accountSid: ACCOUNT, authToken: TOKEN };
}, 120_000);

afterAll(async () => {
  await served?.close();
  await served?.database.destroy();
});

async function signIn(email: string, role: 'agent' | 'agency_officer' = 'agent') {
  const staff = await addStaff(served, { email, role, ...(role === 'agency_officer' ? { agency: 'cong-an' } : {}) });
  const client = new StaffClient(served.url);
  expect((await client.login(staff.email, staff.password)).status).toBe(200);
  return { ...staff, client };
}

async function queuedCaller(phone: string) {
  const caller = twilioCaller(line, phone);
  await caller.dial();
  await caller.move({ press: '0' });
  const queue = findAll(caller.twiml!, 'Enqueue')[0]!.text;
  return { caller, queue };
}

const handoffOf = async (callSid: string) =>
  (
    await served.database.rows<{ id: string; status: string; agent_id: string | null; assigned_at: string | null }>(sql`
      select h.id, h.status, h.agent_id, h.assigned_at from handoffs h join voice_calls c on c.conversation_id = h.conversation_id where c.provider_call_id = ${callSid}`)
  )[0]!;

describe('taking a queued call from the console', () => {
  it('assigns the item to the agent, dials their client to that caller, and tells phone-line streams live', async () => {
    const lan = await signIn('lan.voice@motcua.vn');
    const officer = await signIn('officer.voice@motcua.vn', 'agency_officer');
    const lanEvents = await openSse(`${served.url}/console/api/v1/events`, { cookie: lan.client.cookie });
    const officerEvents = await openSse(`${served.url}/console/api/v1/events`, { cookie: officer.client.cookie });
    await lanEvents.waitFor(1, 'ready');
    await officerEvents.waitFor(1, 'ready');

    const first = await queuedCaller('+84912300001');
    const second = await queuedCaller('+84912300002');
    // Each caller joining the queue reaches the agent's stream.
    await lanEvents.waitFor(2, 'voice.changed');
    const work = (await (await lan.client.request('GET', '/console/api/v1/voice')).json()) as { waiting: { handoffId: string }[] };
    const target = await handoffOf(second.caller.callSid);
    expect(work.waiting.map((w) => w.handoffId)).toEqual([(await handoffOf(first.caller.callSid)).id, target.id]);

    const before = lanEvents.events.filter((e) => e.event === 'voice.changed').length;
    const taken = await lan.client.request('POST', `/console/api/v1/voice/calls/${target.id}/take`, {});
    expect(taken.status).toBe(200);
    expect(await taken.json()).toMatchObject({ handoffId: target.id, status: 'assigned', agentId: lan.id });
    const assigned = await handoffOf(second.caller.callSid);
    expect(assigned).toMatchObject({ status: 'assigned', agent_id: lan.id });
    expect(assigned.assigned_at).not.toBeNull();
    const [event] = (await lanEvents.waitFor(before + 1, 'voice.changed')).slice(before);
    expect(JSON.parse(event!.data)).toMatchObject({ kind: 'call', status: 'assigned' });
    // The taken caller leaves the waiting list; a second take is refused.
    const after = (await (await lan.client.request('GET', '/console/api/v1/voice')).json()) as { waiting: { handoffId: string }[] };
    expect(after.waiting.map((w) => w.handoffId)).toEqual([(await handoffOf(first.caller.callSid)).id]);
    expect((await lan.client.request('POST', `/console/api/v1/voice/calls/${target.id}/take`, {})).status).toBe(409);

    // Lan's Twilio Client leg (identity = her staff id) is dialled to the caller she took …
    const lanLeg = await twilioCaller(line, `client:${lan.id}`).post('/webhooks/voice/twilio/agent', {});
    expect(lanLeg.status).toBe(200);
    const lanTwiml = await lanLeg.text();
    expect(lanTwiml).toContain(`<Dial><Queue url="${PUBLIC}/webhooks/voice/twilio/bridge" method="POST">${second.queue}</Queue></Dial>`);
    // … while a desk phone gets the first caller still waiting, never the one Lan took.
    const deskLeg = await twilioCaller(line, '+84912399999').post('/webhooks/voice/twilio/agent', {});
    expect(await deskLeg.text()).toContain(`>${first.queue}</Queue></Dial>`);

    // Twilio bridges: the <Queue url> for the caller; the call leaves the queue, and the stream hears it.
    const bridged = lanEvents.events.filter((e) => e.event === 'voice.changed').length;
    expect((await second.caller.post('/webhooks/voice/twilio/bridge', {})).status).toBe(200);
    const [bridgeEvent] = (await lanEvents.waitFor(bridged + 1, 'voice.changed')).slice(bridged);
    expect(JSON.parse(bridgeEvent!.data)).toMatchObject({ kind: 'call', status: 'bridged' });
    const [call] = await served.database.rows<{ status: string }>(sql`select status from voice_calls where provider_call_id = ${second.caller.callSid}`);
    expect(call).toEqual({ status: 'bridged' });

    // An agency officer does not work the phone line: no voice events on their stream, no take.
    expect(officerEvents.events.filter((e) => e.event === 'voice.changed')).toEqual([]);
    expect((await officer.client.request('POST', `/console/api/v1/voice/calls/${(await handoffOf(first.caller.callSid)).id}/take`, {})).status).toBe(403);
    lanEvents.close();
    officerEvents.close();
  });

  it('refuses to take a caller who already hung up (409) and an unknown id (404)', async () => {
    const binh = await signIn('binh.voice@motcua.vn');
    const { caller } = await queuedCaller('+84912300003');
    const { id } = await handoffOf(caller.callSid);
    await caller.hangUpInQueue();
    expect((await binh.client.request('POST', `/console/api/v1/voice/calls/${id}/take`, {})).status).toBe(409);
    expect((await binh.client.request('POST', '/console/api/v1/voice/calls/00000000-0000-4000-8000-000000000000/take', {})).status).toBe(404);
    expect((await binh.client.request('POST', '/console/api/v1/voice/calls/not-a-uuid/take', {})).status).toBe(404);
  });
});
