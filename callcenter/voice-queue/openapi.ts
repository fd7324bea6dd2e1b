/**
 * OpenAPI 3.1 description of the phone line's HTTP surface: the console's /console/api/v1/voice
 * routes and the provider webhooks (Twilio form posts answered in TwiML, Stringee answered in SCCO).
 */
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { type: 'object' } } } });
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const twiml = { description: 'TwiML', content: { 'text/xml': { schema: { type: 'string' } } } };
const scco = { description: 'SCCO: a JSON array of actions (talk, input, connect, recordMessage)', content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } } } };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const secret = { name: 'secret', in: 'path', required: true, schema: { type: 'string' }, description: 'VOICE_STRINGEE_URL_SECRET' };
const call = { name: 'call', in: 'query', required: false, schema: { type: 'string' }, description: 'The call id the app put in the URL it gave Stringee.' };
const staff = { '401': problem('Not signed in.'), '403': problem('Not an agent, supervisor or admin, or no CSRF token.') };
const twilioForm = {
  required: true,
  content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', required: ['CallSid', 'AccountSid'], properties: { CallSid: { type: 'string' }, AccountSid: { type: 'string' }, From: { type: 'string' }, SpeechResult: { type: 'string' }, Confidence: { type: 'string' }, Digits: { type: 'string' }, QueuePosition: { type: 'string' }, QueueResult: { type: 'string' }, RecordingUrl: { type: 'string' }, CallStatus: { type: 'string' } } } } },
};
const twilioPost = (summary: string) => ({
  post: {
    summary,
    description: 'Signed by Twilio: X-Twilio-Signature over PUBLIC_BASE_URL + path and the form (twilio.validateRequest).',
    parameters: [{ name: 'X-Twilio-Signature', in: 'header', required: true, schema: { type: 'string' } }],
    requestBody: twilioForm,
    responses: { '200': twiml, '400': problem('Not a call of the configured account.'), '403': problem('Bad signature.') },
  },
});
const stringeePost = (summary: string) => ({
  post: {
    summary,
    description: 'The secret path segment, and X-STRINGEE-SIGNATURE (base64 HMAC-SHA1 of the body) when VOICE_STRINGEE_SIGNING_SECRET is set.',
    parameters: [secret, call],
    requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
    responses: { '200': scco, '400': problem('Malformed event.'), '403': problem('Wrong secret or signature.') },
  },
});

export function buildVoiceOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Một Cửa voice line', version: '1' },
    paths: {
      '/console/api/v1/voice': { get: { summary: 'Callers waiting for a person (queue order, summaries) and callback requests (numbers masked).', responses: { '200': json('Waiting calls and callbacks'), ...staff } } },
      '/console/api/v1/voice/calls/{id}/take': {
        post: {
          summary: "An agent takes a waiting caller (the handoff id): the item is assigned to them, and their Twilio Client leg (identity = staff id) gets <Dial><Queue> for this caller.",
          parameters: [id],
          responses: { '200': json('{ handoffId, callId, status: "assigned", agentId, assignedAt }'), '404': problem('No such waiting call.'), '409': problem('Taken by someone else, or the caller left the queue.'), ...staff },
        },
      },
      '/console/api/v1/voice/callbacks/{id}/reveal': {
        post: {
          summary: 'The full number of a callback request; audited with the reason.',
          parameters: [id],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string', minLength: 3, maxLength: 300 } } } } } },
          responses: { '200': json('{ phone }'), '400': problem('No reason given.'), '404': problem('No such callback.'), ...staff },
        },
      },
      '/console/api/v1/voice/callbacks/{id}/done': { post: { summary: 'The callback was made.', parameters: [id], responses: { '200': json('{ status: "done" }'), '409': problem('Not open.'), ...staff } } },
      '/webhooks/voice/twilio': twilioPost('A call comes in: greeting and main menu.'),
      '/webhooks/voice/twilio/gather': twilioPost('<Gather> result: speech or keys.'),
      '/webhooks/voice/twilio/wait': twilioPost('<Enqueue waitUrl>: the place in the queue and a pause.'),
      '/webhooks/voice/twilio/dequeue': twilioPost('<Enqueue action>: the caller left the queue.'),
      '/webhooks/voice/twilio/recorded': twilioPost('<Record action>: the voicemail; a callback request.'),
      '/webhooks/voice/twilio/status': twilioPost('Call status callback: closes the call record (204).'),
      '/webhooks/voice/twilio/agent': twilioPost("An agent's phone or client: <Dial><Queue> to the caller they took in the console (Twilio Client From client:<staff id>), else the caller served first."),
      '/webhooks/voice/twilio/bridge': twilioPost('<Queue url>: said to the caller before the agent is bridged.'),
      '/webhooks/voice/beep.wav': { get: { summary: 'The beep after a question that accepts speech.', responses: { '200': { description: 'audio/wav' } } } },
      '/webhooks/voice/stringee/{secret}/answer': {
        get: {
          summary: 'Answer URL of a Stringee number: greeting and menu as SCCO.',
          parameters: [secret, { name: 'from', in: 'query', schema: { type: 'string' } }, { name: 'uuid', in: 'query', schema: { type: 'string' } }],
          responses: { '200': scco, '400': problem('No call id.'), '403': problem('Wrong secret or signature (of the request URI).') },
        },
      },
      '/webhooks/voice/stringee/{secret}/input': stringeePost('DTMF input result.'),
      '/webhooks/voice/stringee/{secret}/recorded': stringeePost('recordMessage result: the voicemail; a callback request.'),
      '/webhooks/voice/stringee/{secret}/connect-failed': stringeePost('No agent answered the connect: voicemail.'),
      '/webhooks/voice/stringee/{secret}/event': stringeePost('Call events; "ended" closes the call record.'),
    },
  };
}
