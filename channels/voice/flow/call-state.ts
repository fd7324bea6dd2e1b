/** Where a call is in the IVR, persisted with the call so that any process serves its next webhook. */
export type CallNode = 'resume' | 'menu' | 'submenu' | 'keypad' | 'answer' | 'choices' | 'queued' | 'voicemail' | 'done';

export interface CallState {
  node: CallNode;
  /** Whether the provider recognises speech (Twilio does; Stringee is keypad only). */
  speech: boolean;
  /** Recognition failures in a row. */
  misses: number;
  /** The main-menu key whose sub-menu is being read. */
  menuKey: string | null;
  /** The answer being read, one part at a time. */
  parts: string[];
  part: number;
  /** The answer offers "xem chi tiết" after its last part. */
  more: boolean;
  /** The documents answer's SMS text, when the answer was about documents. */
  sms: { text: string; ascii: string } | null;
  smsSent: number;
  choices: { n: number; label: string }[];
  /** The caller's last question, for summaries and callbacks. */
  lastQuestion: string | null;
  handoffId: string | null;
  /** The earlier call offered for continuing. */
  resumeFrom: string | null;
  /** Keys pressed in this call (for the keypad-only budget). */
  presses: number;
}

export function initialState(speech: boolean): CallState {
  return {
    node: 'menu',
    speech,
    misses: 0,
    menuKey: null,
    parts: [],
    part: 0,
    more: false,
    sms: null,
    smsSent: 0,
    choices: [],
    lastQuestion: null,
    handoffId: null,
    resumeFrom: null,
    presses: 0,
  };
}
