import { createHmac, randomBytes } from 'node:crypto';
import { json, listenPeer } from './http-peer.ts';

export interface TwilioSent {
  to: string;
  from: string;
  body: string;
  sid: string;
  at: number;
  /** The StatusCallback URL the sender asked for, if any. */
  statusCallback: string | null;
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
  /** Calls back with this status before answering the send (the app then has no SID yet). */
  let callbackFirst: { origin: string; status: string; errorCode?: string | undefined } | null = null;

  /** Signed as Twilio signs: base64(HMAC-SHA1(auth token, url + each name and value, sorted by name)). */
  function signForm(url: string, params: Record<string, string>) {
    const data = Object.keys(params)
      .sort()
      .reduce((acc, key) => acc + key + params[key], url);
    const signature = createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64');
    return { body: new URLSearchParams(params).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature } };
  }

  function status(url: string, message: TwilioSent, value: string, errorCode?: string) {
    const params: Record<string, string> = { MessageSid: message.sid, SmsSid: message.sid, AccountSid: accountSid, From: message.from, To: message.to, MessageStatus: value, SmsStatus: value, ApiVersion: '2010-04-01' };
    if (errorCode) params.ErrorCode = errorCode;
    return signForm(url, params);
  }

  const resource = (m: TwilioSent) => ({
    sid: m.sid,
    account_sid: accountSid,
    to: m.to,
    from: m.from.startsWith('MG') ? null : m.from,
    messaging_service_sid: m.from.startsWith('MG') ? m.from : null,
    body: m.body,
    status: 'queued',
    num_segments: '1',
    direction: 'outbound-api',
    date_created: new Date(m.at).toUTCString(),
    date_sent: null,
    uri: `/2010-04-01/Accounts/${accountSid}/Messages/${m.sid}.json`,
  });

  const peer = await listenPeer(async (req, body, res) => {
    const path = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== path || (req.method !== 'POST' && req.method !== 'GET')) return json(res, 404, { code: 20404, message: 'not found', status: 404 });
    const expected = 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64');
    if (req.headers.authorization !== expected) return json(res, 401, { code: 20003, message: 'Authenticate', status: 401 });
    if (req.method === 'GET') {
      // Read multiple Message resources, newest first, filtered by To (and From), one page.
      const to = url.searchParams.get('To');
      const from = url.searchParams.get('From');
      const size = Math.min(Number(url.searchParams.get('PageSize') ?? 50), 1000);
      const messages = sent
        .filter((m) => (!to || m.to === to) && (!from || m.from === from))
        .reverse()
        .slice(0, size)
        .map((m) => resource(m));
      return json(res, 200, { messages, page: 0, page_size: size, start: 0, end: messages.length - 1, first_page_uri: `${path}?PageSize=${size}&Page=0`, next_page_uri: null, previous_page_uri: null, uri: `${path}?PageSize=${size}&Page=0` });
    }
    const failure = failures.shift();
    if (failure) return json(res, failure, { code: 20500, message: 'Internal Server Error', status: failure });
    const form = new URLSearchParams(body);
    const to = form.get('To') ?? '';
    const text = form.get('Body') ?? '';
    if (!/^\+\d{8,15}$/.test(to)) return json(res, 400, { code: 21211, message: `The 'To' number ${to} is not a valid phone number.`, status: 400 });
    const sid = 'SM' + randomBytes(16).toString('hex');
    const from = form.get('From') ?? form.get('MessagingServiceSid') ?? '';
    const message = { to, from, body: text, sid, at: Date.now(), statusCallback: form.get('StatusCallback') };
    sent.push(message);
    if (callbackFirst && message.statusCallback) {
      // Twilio's callback can overtake its own 201: signed for the StatusCallback URL, posted to where the app listens.
      const callback = new URL(message.statusCallback);
      const signed = status(message.statusCallback, message, callbackFirst.status, callbackFirst.errorCode);
      await fetch(`${callbackFirst.origin}${callback.pathname}${callback.search}`, { method: 'POST', headers: signed.headers, body: signed.body }).then((r) => r.arrayBuffer());
    }
    json(res, 201, resource(message));
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
      return signForm(url, { MessageSid: messageSid, SmsSid: messageSid, AccountSid: accountSid, From: from, To: '+15005550006', Body: text, NumMedia: '0' });
    },
    /** A status callback for a sent message, as Twilio posts it to the StatusCallback URL. */
    status,
    /** From now on every send calls back first with `status`, posted to the app at `origin` (null stops it). */
    callBackBeforeAnswering: (next: { origin: string; status: string; errorCode?: string } | null) => {
      callbackFirst = next;
    },
  };
}

export type TwilioPeer = Awaited<ReturnType<typeof startTwilioPeer>>;
