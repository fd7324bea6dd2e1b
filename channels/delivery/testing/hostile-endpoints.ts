import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import type { HostileEndpoint } from '../../../platform/testing/hostile-input/types.ts';

/**
 * The channels' webhooks (Zalo, eSMS, Twilio, M365 Agents) for the hostile-input suite, and the
 * settings that mount them. Providers' APIs point at a closed loopback port: nothing leaves.
 */
const NOWHERE = 'http://127.0.0.1:9';
const PUBLIC = 'https://motcua.example.vn';
const ZALO = { appId: '4254459426318046321', oaSecretKey: 'hostile-oa-secret-key' };
const ESMS = { privateKey: 'hostile-esms-private-key', callbackSecret: 'hostile-dlr-secret-0123456789abcdef' };
const TWILIO = { accountSid: 'AC' + '0123456789abcdef'.repeat(2), authToken: 'hostile-twilio-auth-token' };

export const channelHostileSettings: Record<string, string> = {
  PUBLIC_BASE_URL: PUBLIC,
  ZALO_APP_ID: ZALO.appId,
  ZALO_APP_SECRET: 'hostile-app-secret',
  ZALO_OA_SECRET_KEY: ZALO.oaSecretKey,
  ZALO_API_BASE_URL: NOWHERE,
  ZALO_OAUTH_BASE_URL: NOWHERE,
  CHANNEL_TOKEN_KEY: 'ab'.repeat(32),
  ESMS_API_KEY: 'hostile-esms-api-key',
  ESMS_SECRET_KEY: 'hostile-esms-secret-key',
  ESMS_PRIVATE_KEY: ESMS.privateKey,
  ESMS_CALLBACK_SECRET: ESMS.callbackSecret,
  ESMS_API_BASE_URL: NOWHERE,
  TWILIO_ACCOUNT_SID: TWILIO.accountSid,
  TWILIO_AUTH_TOKEN: TWILIO.authToken,
  TWILIO_FROM: '+15005550006',
  TWILIO_API_BASE_URL: NOWHERE,
  AGENTS_ENABLED: 'true',
};

const phone = fc.constantFrom('84912345678', '0912345678', '+84987654321', '123', '');
const sid = fc.stringMatching(/^SM[0-9a-f]{32}$/);

/** Headers of a Twilio request signed for `path` with these params (what the valid case sends). */
function twilioSigned(path: string, params: Record<string, string>): Record<string, string> {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], PUBLIC + path);
  return { 'X-Twilio-Signature': createHmac('sha1', TWILIO.authToken).update(data).digest('base64') };
}

export const channelHostileEndpoints: readonly HostileEndpoint[] = [
  { name: 'GET /webhooks/openapi.json', method: 'GET', prepare: async () => ({ path: '/webhooks/openapi.json', headers: {} }) },
  {
    name: 'POST /webhooks/zalo',
    method: 'POST',
    body: fc.record({
      app_id: fc.constant(ZALO.appId),
      event_name: fc.constantFrom('user_send_text', 'follow', 'unfollow', 'user_send_image', 'user_submit_info'),
      sender: fc.record({ id: fc.stringMatching(/^[0-9]{6,19}$/) }),
      message: fc.record({ text: fc.string({ maxLength: 200 }), msg_id: fc.stringMatching(/^[0-9a-f]{8,32}$/) }),
      timestamp: fc.nat().map(String),
    }),
    // Signed for an empty event: the generated bodies carry a signature that does not match them.
    prepare: async () => ({ path: '/webhooks/zalo', headers: { 'X-ZEvent-Signature': `mac=${createHash('sha256').update(`${ZALO.appId}{}0${ZALO.oaSecretKey}`).digest('hex')}` } }),
  },
  {
    name: 'GET /webhooks/sms/esms/mo',
    method: 'GET',
    query: fc.record({ sender: phone, content: fc.string({ maxLength: 160 }), smsid: fc.stringMatching(/^[0-9a-z-]{4,30}$/), cpid: fc.nat().map(String), receiverTime: fc.nat().map(String), sign: fc.stringMatching(/^[0-9a-f]{32}$/) }),
    prepare: async () => ({ path: '/webhooks/sms/esms/mo', headers: {} }),
  },
  {
    name: 'GET /webhooks/sms/esms/dlr/:secret',
    method: 'GET',
    query: fc.record({ SMSID: fc.stringMatching(/^[0-9a-f-]{8,40}$/), SendStatus: fc.constantFrom('4', '5', '7', '9') }),
    prepare: async () => ({ path: `/webhooks/sms/esms/dlr/${ESMS.callbackSecret}`, headers: {}, params: { secret: ESMS.callbackSecret } }),
  },
  {
    name: 'POST /webhooks/sms/twilio',
    method: 'POST',
    contentType: 'application/x-www-form-urlencoded',
    body: fc.record({ MessageSid: sid, AccountSid: fc.constant(TWILIO.accountSid), From: phone, Body: fc.string({ maxLength: 160 }) }),
    prepare: async () => ({ path: '/webhooks/sms/twilio', headers: twilioSigned('/webhooks/sms/twilio', {}) }),
  },
  {
    name: 'POST /webhooks/sms/twilio/status',
    method: 'POST',
    contentType: 'application/x-www-form-urlencoded',
    body: fc.record({ MessageSid: sid, AccountSid: fc.constant(TWILIO.accountSid), MessageStatus: fc.constantFrom('queued', 'sent', 'delivered', 'undelivered', 'failed'), ErrorCode: fc.constantFrom('30003', '30005') }, { requiredKeys: ['MessageSid', 'AccountSid', 'MessageStatus'] }),
    prepare: async () => ({ path: '/webhooks/sms/twilio/status', headers: twilioSigned('/webhooks/sms/twilio/status', {}) }),
  },
  {
    name: 'POST /api/messages',
    method: 'POST',
    body: fc.record({
      type: fc.constantFrom('message', 'conversationUpdate', 'typing', 'invoke', 'event'),
      id: fc.uuid(),
      channelId: fc.constant('emulator'),
      serviceUrl: fc.constant(`${NOWHERE}/`),
      deliveryMode: fc.constant('expectReplies'),
      from: fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,20}$/) }),
      recipient: fc.constant({ id: 'bot' }),
      conversation: fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,30}$/) }),
      text: fc.oneof(fc.constantFrom('làm lại căn cước mất bao nhiêu tiền', '1'), fc.string({ maxLength: 200 })),
    }),
    prepare: async () => ({ path: '/api/messages', headers: {} }),
  },
];
