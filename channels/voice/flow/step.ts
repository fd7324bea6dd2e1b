/**
 * What the call does next, whatever the provider: the renderers turn a step into TwiML or SCCO.
 * `ask` says a text and waits for a key (and speech when `speech`); `queue` joins the agents'
 * queue; `record` takes a voicemail; `hangup` says goodbye and ends the call.
 */
export type Step =
  | { kind: 'ask'; say: string; keys: string; speech: boolean }
  | { kind: 'queue'; say: string; queue: string }
  | { kind: 'record'; say: string; maxSeconds: number }
  | { kind: 'hangup'; say: string };

/** The input a webhook carries once parsed: recognised speech, keys, nothing, or a recording. */
export type CallInput =
  | { type: 'speech'; text: string; confidence: number | null }
  | { type: 'digits'; digits: string }
  | { type: 'silence' }
  | { type: 'recording'; url: string | null };
