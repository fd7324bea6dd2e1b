import { problem, queryParameters, schemaRef, type OpenApiFragment } from '../delivery/openapi.ts';
import { EsmsMoQuery, TwilioSmsForm, TwilioStatusForm } from './parse.ts';

const form = (id: string) => ({ required: true, content: { 'application/x-www-form-urlencoded': { schema: schemaRef(id) } } });
const twilioSignature = { name: 'X-Twilio-Signature', in: 'header', required: true, schema: { type: 'string' }, description: 'base64(HMAC-SHA1(auth token, public URL + sorted name+value))' };

export const smsOpenApi: OpenApiFragment = {
  schemas: { TwilioSmsForm, TwilioStatusForm },
  paths: {
    '/webhooks/sms/esms/mo': {
      get: {
        summary: 'eSMS.vn inbound SMS on a short code',
        parameters: queryParameters(EsmsMoQuery),
        responses: {
          '200': { description: 'The documented XML (empty Message: the reply follows by the API)', content: { 'application/xml': { schema: { type: 'string' } } } },
          '400': problem('Missing or malformed parameters.'),
          '401': problem('Wrong sign = MD5(cpid + smsid + content + receiveTime + private key); nothing stored.'),
        },
      },
    },
    '/webhooks/sms/esms/dlr/{secret}': {
      get: {
        summary: 'eSMS.vn delivery reports, on an unguessable URL',
        parameters: [
          { name: 'secret', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'SMSID', in: 'query', required: true, schema: { type: 'string', maxLength: 64 } },
          { name: 'SendStatus', in: 'query', required: true, schema: { type: 'string', pattern: '^\\d{1,2}$' }, description: '5 sent, 7 handed to the carrier, 4 rejected' },
        ],
        responses: { '200': { description: 'OK', content: { 'text/plain': { schema: { type: 'string' } } } }, '400': problem('Missing SMSID or SendStatus.'), '404': problem('Unknown secret.') },
      },
    },
    '/webhooks/sms/twilio': {
      post: {
        summary: 'Twilio inbound SMS',
        parameters: [twilioSignature],
        requestBody: form('TwilioSmsForm'),
        responses: { '200': { description: 'Empty TwiML', content: { 'text/xml': { schema: { type: 'string' } } } }, '403': problem('Wrong signature; nothing stored.'), '413': problem('Body too large.') },
      },
    },
    '/webhooks/sms/twilio/status': {
      post: {
        summary: 'Twilio status callbacks for the messages we sent',
        parameters: [twilioSignature],
        requestBody: form('TwilioStatusForm'),
        responses: { '204': { description: 'Recorded on the outbox row' }, '403': problem('Wrong signature; nothing changed.'), '413': problem('Body too large.') },
      },
    },
  },
};
