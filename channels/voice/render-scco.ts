import type { Step } from './flow/step.ts';

/**
 * A step as Stringee's call-control object (SCCO): a JSON array of actions run in order
 * (developer.stringee.com/docs/server/stringee-call-control-object: connect, record, recordMessage,
 * talk, play, stream, input; `connect` takes from/to {type internal|external, number, alias},
 * customData, timeout, maxConnectTime, peerToPeerCall, continueOnFail with onFailEventUrl; `talk`
 * takes text, voice, speed, bargeIn, loop and `input` eventUrl, submitOnHash, timeout in seconds, as
 * in stringeecom/server-samples auto-call/php/auto-call.php). `input`'s maxDigits is not in the
 * samples we could read (unverified; a single key is also what the flow asks for). Stringee has no speech input, so
 * every `ask` is a `talk` and a DTMF `input`; the queue is a `connect` to the agents' number or
 * app users, falling back to voicemail; a voicemail is `recordMessage`.
 */
export type SccoAction = Record<string, unknown> & { action: 'talk' | 'input' | 'record' | 'recordMessage' | 'connect' };

export interface SccoOptions {
  urls: { input: string; recorded: string; connectFailed: string };
  /** e.g. hn_female_ngochuyen_full_48k-fhg (VOICE_STRINGEE_VOICE). */
  voice: string;
  speed: number;
  /** Seconds to wait for a key. */
  timeout: number;
  /** The Stringee number the call shows to agents, and where agents answer (an app user id or a phone number). */
  from: string;
  agent: { type: 'internal' | 'external'; number: string } | null;
}

export function renderScco(step: Step, options: SccoOptions): SccoAction[] {
  const talk = (text: string, bargeIn: boolean): SccoAction => ({ action: 'talk', text, voice: options.voice, speed: options.speed, bargeIn, loop: 1 });
  switch (step.kind) {
    case 'ask':
      return [talk(step.say, true), { action: 'input', eventUrl: options.urls.input, submitOnHash: false, timeout: options.timeout, maxDigits: 1 }];
    case 'queue':
      if (!options.agent) return [talk(step.say, false), { action: 'input', eventUrl: options.urls.connectFailed, submitOnHash: false, timeout: 1, maxDigits: 1 }];
      return [
        talk(step.say, false),
        {
          action: 'connect',
          from: { type: 'external', number: options.from, alias: options.from },
          to: { type: options.agent.type, number: options.agent.number, alias: options.from },
          customData: step.queue,
          timeout: 60,
          maxConnectTime: -1,
          peerToPeerCall: false,
          continueOnFail: true,
          onFailEventUrl: options.urls.connectFailed,
        },
      ];
    case 'record':
      // Stringee's recordMessage caps the message with `timeout` in milliseconds ("timeout": "600000"
      // beside beepStart, format, silenceThresh 0–100 and silenceTimeout in ms: stringee.com/en/blog/post/
      // silence-detection-and-ai); it has no `maxLength` (that is TwiML's <Record>), which it would ignore.
      return [talk(step.say, false), { action: 'recordMessage', eventUrl: options.urls.recorded, beepStart: true, silenceThresh: 20, silenceTimeout: 5000, timeout: step.maxSeconds * 1000 }];
    case 'hangup':
      return [talk(step.say, false)];
  }
}
