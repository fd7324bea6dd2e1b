import twilio from 'twilio';
import type { Step } from './flow/step.ts';

type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;
type SayAttributes = Parameters<VoiceResponse['say']>[0] & object;

export interface TwimlOptions {
  /** Absolute URLs Twilio calls next (they are what the signature covers). */
  urls: { gather: string; wait: string; dequeue: string; recorded: string; beep: string };
  /** e.g. Google.vi-VN-Standard-A (VOICE_TWILIO_VOICE). */
  voice: string;
  /** Seconds of silence that end an utterance; numeric, since "auto" cuts off callers who pause. */
  speechTimeout: number;
  /** Seconds to wait for the caller to start. */
  timeout: number;
  /** Left unset by default: Twilio picks the provider for vi-VN and fails over. */
  speechModel?: string | undefined;
}

const LANGUAGE = 'vi-VN';

/** A step as TwiML, through the twilio library's VoiceResponse. */
export function renderTwiml(step: Step, options: TwimlOptions): string {
  const response = new twilio.twiml.VoiceResponse();
  const sayAttrs = { voice: options.voice, language: LANGUAGE } as SayAttributes;
  switch (step.kind) {
    case 'ask': {
      const gather = response.gather({
        input: step.speech ? ['speech', 'dtmf'] : ['dtmf'],
        language: LANGUAGE,
        numDigits: 1,
        timeout: options.timeout,
        ...(step.speech ? { speechTimeout: String(options.speechTimeout) } : {}),
        ...(step.speech && options.speechModel ? { speechModel: options.speechModel } : {}),
        action: options.urls.gather,
        method: 'POST',
        actionOnEmptyResult: true,
      });
      gather.say(sayAttrs, step.say);
      if (step.speech) gather.play(options.urls.beep);
      break;
    }
    case 'queue':
      response.say(sayAttrs, step.say);
      response.enqueue({ action: options.urls.dequeue, method: 'POST', waitUrl: options.urls.wait, waitUrlMethod: 'POST' }, step.queue);
      break;
    case 'record':
      response.say(sayAttrs, step.say);
      response.record({ action: options.urls.recorded, method: 'POST', maxLength: step.maxSeconds, finishOnKey: '#', playBeep: true, timeout: 5 });
      break;
    case 'hangup':
      response.say(sayAttrs, step.say);
      response.hangup();
      break;
  }
  return response.toString();
}

/** The hold loop Twilio plays while a caller waits in a queue (waitUrl): the place, then a pause. */
export function renderHoldTwiml(text: string, options: Pick<TwimlOptions, 'voice'>, pauseSeconds = 20): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say({ voice: options.voice, language: LANGUAGE } as SayAttributes, text);
  response.pause({ length: pauseSeconds });
  return response.toString();
}

/** An agent's phone or client app takes a waiting caller: <Dial><Queue>. */
export function renderAgentDialTwiml(queue: string | null, options: Pick<TwimlOptions, 'voice'> & { bridgeUrl: string; noneText: string }): string {
  const response = new twilio.twiml.VoiceResponse();
  if (!queue) {
    response.say({ voice: options.voice, language: LANGUAGE } as SayAttributes, options.noneText);
    response.hangup();
  } else response.dial().queue({ url: options.bridgeUrl, method: 'POST' }, queue);
  return response.toString();
}

/** Played to the caller just before the agent is bridged (the <Queue url>). */
export function renderSayTwiml(text: string, options: Pick<TwimlOptions, 'voice'>): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say({ voice: options.voice, language: LANGUAGE } as SayAttributes, text);
  return response.toString();
}

/** Nothing more to do (the call ends or goes on elsewhere). */
export function renderEmptyTwiml(): string {
  return new twilio.twiml.VoiceResponse().toString();
}
