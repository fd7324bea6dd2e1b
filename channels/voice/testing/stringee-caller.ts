import { randomBytes } from 'node:crypto';
import { stringeeSignature } from '../signature.ts';

export interface StringeeLine {
  appUrl: string;
  publicUrl: string;
  urlSecret: string;
  signingSecret?: string;
}

type Action = Record<string, unknown> & { action: string };

/**
 * A caller on a Stringee number as Stringee drives the app: GET the answer URL, run the SCCO's
 * actions in order (talk is heard; input posts the key to its eventUrl; recordMessage posts the
 * file's URL; connect rings the agent), signed with X-STRINGEE-SIGNATURE when a secret is set.
 */
export function stringeeCaller(line: StringeeLine, from: string) {
  const uuid = `call-vn-1-${randomBytes(6).toString('hex').toUpperCase()}-${Date.now()}`;
  const heard: string[] = [];
  let pending: Action[] = [];
  let connected: Action | null = null;
  let presses = 0;

  const local = (url: string) => url.replace(new URL(line.publicUrl).origin, line.appUrl);
  const sign = (data: string): Record<string, string> => (line.signingSecret ? { 'X-STRINGEE-SIGNATURE': stringeeSignature(line.signingSecret, data) } : {});
  const run = async (res: Response) => {
    if (res.status !== 200) throw new Error(`Stringee webhook answered ${res.status}: ${await res.text()}`);
    const actions = (await res.json()) as Action[];
    pending = [];
    for (const [i, a] of actions.entries()) {
      if (a.action === 'talk') heard.push(String(a.text));
      else if (a.action === 'connect') connected = a;
      else {
        pending = actions.slice(i);
        break;
      }
    }
    return actions;
  };
  const postJson = (url: string, body: unknown) => {
    const text = JSON.stringify(body);
    return fetch(local(url), { method: 'POST', headers: { 'Content-Type': 'application/json', ...sign(text) }, body: text });
  };

  return {
    uuid,
    heard,
    get presses() {
      return presses;
    },
    get connected() {
      return connected;
    },
    get waitingFor() {
      return pending[0]?.action ?? null;
    },
    last: () => heard[heard.length - 1] ?? '',
    async dial() {
      const path = `/webhooks/voice/stringee/${line.urlSecret}/answer?from=${encodeURIComponent(from)}&to=842873000000&uuid=${encodeURIComponent(uuid)}&fromInternal=false`;
      return run(await fetch(`${line.appUrl}${path}`, { headers: sign(path) }));
    },
    async press(key: string) {
      const input = pending[0];
      if (input?.action !== 'input') throw new Error(`no input action pending (${JSON.stringify(pending)})`);
      presses++;
      return run(await postJson(String(input.eventUrl), { time: String(Date.now()), dtmf: key, call_id: uuid, customField: '', timeout: false }));
    },
    async silence() {
      const input = pending[0];
      if (input?.action !== 'input') throw new Error('no input action pending');
      return run(await postJson(String(input.eventUrl), { time: String(Date.now()), dtmf: '', call_id: uuid, customField: '', timeout: true }));
    },
    async leaveVoicemail(url: string) {
      const record = pending[0];
      if (record?.action !== 'recordMessage') throw new Error('no recordMessage pending');
      return run(await postJson(String(record.eventUrl), { call_id: uuid, recordUrl: url, duration: 9 }));
    },
    hangUp: () => postJson(`${line.publicUrl}/webhooks/voice/stringee/${line.urlSecret}/event`, { call_id: uuid, call_status: 'ended', timestamp_ms: Date.now() }),
    postJson,
  };
}
