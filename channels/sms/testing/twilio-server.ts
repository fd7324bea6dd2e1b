import { createHmac, randomBytes } from 'node:crypto';
import { json, listenPeer } from './http-peer.ts';

export interface TwilioSent {
  to: string;
  from: string;
  body: string;
  sid: string;
  at: number;
}

/**
 * A loopback Twilio REST peer: POST /2010-04-01/Accounts/{sid}/Messages.json with HTTP Basic
 * auth, form-encoded To/From/Body, answering 201 with the message resource (401 on bad auth). It
 * signs inbound webhooks as Twilio documents: base64(HMAC-SHA1(token, url + sorted name+value)).
 */
export async function startTwilioPeer() {
  const accountSid = 'AC' + randomBytes(16).toString('hex');
  const authToken = randomBytes(16).toString('hex');
  const sent: TwilioSent[] = [];
  let failures: number[] = [];

  const peer = await listenPeer((req, body, res) => {
    const path = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
    if (req.method !== 'POST' || req.url !== path) return json(res, 404, { code: 20404, message: 'not found', status: 404 });
    const expected = 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64');
    if (req.headers.authorization !== expected) return json(res, 401, { code: 20003, message: 'Authenticate', status: 401 });
    const failure = failures.shift();
    if (failure) return json(res, failure, { code: 20500, message: 'Internal Server Error', status: failure });
    const form = new URLSearchParams(body);
    const to = form.get('To') ?? '';
    const text = form.get('Body') ?? '';
    if (!/^\+\d{8,15}$/.test(to)) return json(res, 400, { code: 21211, message: `The 'To' number ${to} is not a valid phone number.`, status: 400 });
    const sid = 'SM' + randomBytes(16).toString('hex');
    const from = form.get('From') ?? form.get('MessagingServiceSid') ?? '';
    sent.push({ to, from, body: text, sid, at: Date.now() });
    json(res, 201, { sid, account_sid: accountSid, to, from, body: text, status: 'queued', num_segments: '1', direction: 'outbound-api', date_created: new Date().toUTCString(), uri: `${path.replace('.json', '')}/${sid}.json` });
  });

  return {
    ...peer,
    accountSid,
    authToken,
    sent,
    failNext: (...statuses: number[]) => {
      failures = statuses;
    },
    /** An inbound SMS webhook as Twilio posts it to `url`. */
    inbound(url: string, from: string, text: string, messageSid = 'SM' + randomBytes(16).toString('hex')) {
      const params: Record<string, string> = { MessageSid: messageSid, SmsSid: messageSid, AccountSid: accountSid, From: from, To: '+15005550006', Body: text, NumMedia: '0' };
      const data = Object.keys(params)
        .sort()
        .reduce((acc, key) => acc + key + params[key], url);
      const signature = createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64');
      return { body: new URLSearchParams(params).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature } };
    },
  };
}

export type TwilioPeer = Awaited<ReturnType<typeof startTwilioPeer>>;
