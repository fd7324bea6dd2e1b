import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { readXml, type XmlNode } from './twiml-reader.ts';

export interface TwilioLine {
  /** Where the app listens (loopback) and the public base URL Twilio would call (what it signs). */
  appUrl: string;
  publicUrl: string;
  accountSid: string;
  authToken: string;
}

export type CallerMove = { speech: string; confidence?: number } | { press: string } | { silence: true };

/**
 * A caller on a Twilio number as Twilio drives the app: posts the documented webhooks, signed with
 * the twilio library's own function over the public URL, and follows the TwiML each answer returns
 * (Gather → its action, Enqueue → waitUrl then action, Record → action, Hangup → status callback).
 */
export function twilioCaller(line: TwilioLine, from: string) {
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const heard: string[] = [];
  let current: XmlNode | null = null;
  let presses = 0;

  const post = async (url: string, extra: Record<string, string>, signature?: string) => {
    const params = { CallSid: callSid, AccountSid: line.accountSid, From: from, To: '+842873000000', Direction: 'inbound', CallStatus: 'in-progress', ApiVersion: '2010-04-01', ...extra };
    const publicUrl = new URL(url, line.publicUrl).toString();
    const target = publicUrl.replace(new URL(line.publicUrl).origin, line.appUrl);
    const res = await fetch(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature ?? twilio.getExpectedTwilioSignature(line.authToken, publicUrl, params) },
      body: new URLSearchParams(params).toString(),
    });
    return res;
  };
  const follow = async (url: string, extra: Record<string, string>) => {
    const res = await post(url, extra);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
    current = readXml(await res.text());
    for (const say of findAll(current, 'Say')) heard.push(say.text);
    return current;
  };
  const gather = () => {
    const g = current && findAll(current, 'Gather')[0];
    if (!g) throw new Error(`no <Gather> to answer; last TwiML: ${JSON.stringify(current)}`);
    return g;
  };

  return {
    callSid,
    heard,
    get presses() {
      return presses;
    },
    get twiml() {
      return current;
    },
    /** The last thing said. */
    last: () => heard[heard.length - 1] ?? '',
    dial: () => follow('/webhooks/voice/twilio', { CallStatus: 'ringing' }),
    async move(m: CallerMove) {
      const g = gather();
      if ('press' in m) {
        presses++;
        return follow(g.attrs.action!, { Digits: m.press });
      }
      if ('speech' in m) {
        if (!g.attrs.input?.includes('speech')) throw new Error('this <Gather> takes no speech');
        return follow(g.attrs.action!, { SpeechResult: m.speech, Confidence: String(m.confidence ?? 0.9) });
      }
      return follow(g.attrs.action!, {});
    },
    /** In a queue: Twilio fetches the waitUrl with the caller's place. */
    async hold(position: number) {
      const enqueue = current && findAll(current, 'Enqueue')[0];
      if (!enqueue) throw new Error('not in a queue');
      const res = await post(enqueue.attrs.waitUrl!, { QueuePosition: String(position), CurrentQueueSize: String(position), QueueTime: '5', AvgQueueTime: '30' });
      const xml = readXml(await res.text());
      return findAll(xml, 'Say').map((s) => s.text).join(' ');
    },
    /** The caller leaves the queue by hanging up: the Enqueue action, then the status callback. */
    async hangUpInQueue() {
      const enqueue = current && findAll(current, 'Enqueue')[0];
      if (!enqueue) throw new Error('not in a queue');
      await post(enqueue.attrs.action!, { QueueResult: 'hangup', QueueTime: '20' });
      return post('/webhooks/voice/twilio/status', { CallStatus: 'completed', CallDuration: '40' });
    },
    /** Records a voicemail as <Record> does: its action gets the recording's URL. */
    async leaveVoicemail(recordingUrl: string) {
      const record = current && findAll(current, 'Record')[0];
      if (!record) throw new Error('no <Record>');
      return follow(record.attrs.action!, { RecordingUrl: recordingUrl, RecordingDuration: '12', RecordingSid: `RE${randomBytes(16).toString('hex')}`, Digits: '#' });
    },
    hangUp: () => post('/webhooks/voice/twilio/status', { CallStatus: 'completed', CallDuration: '60' }),
    /** A forged request: the same form with a wrong signature. */
    forged: (extra: Record<string, string>) => post('/webhooks/voice/twilio/gather', extra, 'bm90IGEgc2lnbmF0dXJl'),
    post,
  };
}

export function findAll(node: XmlNode, name: string): XmlNode[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((c) => findAll(c, name))];
}
