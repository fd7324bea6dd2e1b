import fc from 'fast-check';
import type { HostileEndpoint } from '../../../platform/testing/hostile-input/types.ts';

/** Settings that turn the voice line on in the composed app the hostile suite serves. */
export const VOICE_HOSTILE_SETTINGS = {
  PUBLIC_BASE_URL: 'https://motcua.example.vn',
  TWILIO_ACCOUNT_SID: `AC${'c3'.repeat(16)}`,
  TWILIO_AUTH_TOKEN: 'hostile-suite-twilio-token',
  VOICE_STRINGEE_URL_SECRET: 'hostile-suite-stringee-secret-0001',
} as const;

const S = VOICE_HOSTILE_SETTINGS.VOICE_STRINGEE_URL_SECRET;
const twilioForm = fc.record(
  {
    CallSid: fc.oneof(fc.constant(`CA${'d4'.repeat(16)}`), fc.string({ maxLength: 40 })),
    AccountSid: fc.constant(VOICE_HOSTILE_SETTINGS.TWILIO_ACCOUNT_SID),
    From: fc.oneof(fc.constant('+84912345678'), fc.string({ maxLength: 20 })),
    SpeechResult: fc.string({ maxLength: 200 }),
    Digits: fc.stringMatching(/^[0-9*#]{0,4}$/),
  },
  { requiredKeys: ['CallSid'] },
);
const twilio = (path: string): HostileEndpoint => ({
  name: `POST ${path}`,
  method: 'POST',
  contentType: 'application/x-www-form-urlencoded',
  body: twilioForm,
  prepare: async () => ({ path, headers: { 'X-Twilio-Signature': 'c2lnbmF0dXJl' } }),
});
const stringeePost = (name: string, body: fc.Arbitrary<Record<string, unknown>>): HostileEndpoint => ({
  name: `POST /webhooks/voice/stringee/:secret/${name}`,
  method: 'POST',
  body,
  prepare: async () => ({ path: `/webhooks/voice/stringee/${S}/${name}?call=call-vn-1-HOSTILE`, headers: {}, params: { secret: S } }),
});

/** The voice line's public webhooks (Twilio's are signed: a hostile body gets 403; Stringee's parse JSON). */
export const voiceHostileEndpoints: readonly HostileEndpoint[] = [
  twilio('/webhooks/voice/twilio'),
  twilio('/webhooks/voice/twilio/gather'),
  twilio('/webhooks/voice/twilio/wait'),
  twilio('/webhooks/voice/twilio/dequeue'),
  twilio('/webhooks/voice/twilio/recorded'),
  twilio('/webhooks/voice/twilio/status'),
  twilio('/webhooks/voice/twilio/agent'),
  twilio('/webhooks/voice/twilio/bridge'),
  { name: 'GET /console/api/v1/voice/openapi.json', method: 'GET', prepare: async () => ({ path: '/console/api/v1/voice/openapi.json', headers: {} }) },
  { name: 'GET /webhooks/voice/beep.wav', method: 'GET', prepare: async () => ({ path: '/webhooks/voice/beep.wav', headers: {} }) },
  {
    name: 'GET /webhooks/voice/stringee/:secret/answer',
    method: 'GET',
    query: fc.record({ from: fc.oneof(fc.constant('84912345678'), fc.string({ maxLength: 20 })), uuid: fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/) }),
    prepare: async () => ({ path: `/webhooks/voice/stringee/${S}/answer`, headers: {}, params: { secret: S } }),
  },
  stringeePost('input', fc.record({ dtmf: fc.stringMatching(/^[0-9*#]{0,2}$/), call_id: fc.constant('call-vn-1-HOSTILE'), timeout: fc.boolean() })),
  stringeePost('recorded', fc.record({ call_id: fc.constant('call-vn-1-HOSTILE'), recordUrl: fc.webUrl() })),
  stringeePost('connect-failed', fc.record({ call_id: fc.constant('call-vn-1-HOSTILE') })),
  stringeePost('event', fc.record({ call_id: fc.constant('call-vn-1-HOSTILE'), call_status: fc.constantFrom('ringing', 'answered', 'ended') })),
];
