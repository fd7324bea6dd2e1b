import type { CallbackSink, CallStatus, VoiceAssistant, VoiceCall, VoiceQueue, VoiceSms } from '../ports.ts';
import { readDateTime } from '../spoken-numbers.ts';
import { toPerson, turn, voicemail } from './assistant-turn.ts';
import { initialState, type CallState } from './call-state.ts';
import type { Menu } from './menu.ts';
import { menuText, promptFor } from './prompts.ts';
import { sendChecklist } from './send-checklist.ts';
import type { CallInput, Step } from './step.ts';
import { S, say } from './strings.ts';

export interface FlowDeps {
  assistant: VoiceAssistant;
  queue: VoiceQueue;
  callbacks: CallbackSink;
  sms: VoiceSms | null;
  menu: Menu;
  /** How callers are addressed ("bác"). */
  who: string;
  now: () => Date;
  /** Speech recognised with less confidence than this counts as not heard. */
  minConfidence: number;
  recordSeconds: number;
}

export interface FlowResult {
  state: CallState;
  conversationId: string | null;
  status: CallStatus;
  step: Step;
}

type Call = VoiceCall;
const result = (call: Call, state: CallState, step: Step): FlowResult => ({ state, conversationId: call.conversationId, status: 'active', step });

/** The IVR as a state machine: a call's state and one input give the next state and what to say. */
export function createCallFlow(deps: FlowDeps) {
  const prompt = (state: CallState, lead = '') => promptFor(state, deps.menu, deps.who, lead);
  const at = (call: Call, state: CallState, lead = '') => result(call, state, prompt(state, lead));

  /** Not heard: ask again once, then the keypad menu, then a person. */
  const miss = async (call: Call): Promise<FlowResult> => {
    const misses = call.state.misses + 1;
    if (misses >= 3) return toPerson(deps, { ...call, state: { ...call.state, misses } });
    if (misses === 2 || !call.state.speech) return at(call, { ...call.state, node: 'keypad', misses }, say(S.keypadOffer, deps.who));
    return result(call, { ...call.state, node: 'menu', misses }, { kind: 'ask', say: say(S.notHeard, deps.who), keys: '0123456789*#', speech: true });
  };

  const mainMenuKey = async (call: Call, key: string): Promise<FlowResult> => {
    if (key === '0') return toPerson(deps, call);
    if (key === '*') return at(call, { ...call.state, node: call.state.node === 'keypad' ? 'keypad' : 'menu', menuKey: null });
    const entry = deps.menu.find((m) => m.key === key);
    if (!entry) return at(call, call.state, S.wrongKey);
    if (entry.text) return turn(deps, call, entry.text);
    return at(call, { ...call.state, node: 'submenu', menuKey: key, misses: 0 });
  };

  const answerKey = async (call: Call, key: string): Promise<FlowResult> => {
    const s = call.state;
    if (key === '1') {
      if (s.part < s.parts.length - 1) return at(call, { ...s, part: s.part + 1 });
      if (s.more) return turn(deps, call, 'xem chi tiết');
      return at(call, s);
    }
    if (key === '2') {
      const sent = await sendChecklist(deps, call);
      return at(call, { ...sent.state, node: 'answer' }, sent.said);
    }
    if (key === '9') return at(call, s);
    return at(call, s, S.wrongKey);
  };

  const onDigits = async (call: Call, digits: string): Promise<FlowResult> => {
    const key = digits.trim().charAt(0);
    const state = { ...call.state, presses: call.state.presses + 1, misses: 0 };
    const c = { ...call, state };
    switch (state.node) {
      case 'resume':
        return key === '1' ? at(c, { ...state, node: state.choices.length ? 'choices' : state.parts.length ? 'answer' : 'menu' }) : at(c, { ...state, node: 'menu', parts: [], part: 0, choices: [] });
      case 'submenu': {
        const entry = deps.menu.find((m) => m.key === state.menuKey);
        const item = entry?.items?.[Number(key) - 1];
        if (key === '0') return toPerson(deps, c);
        if (key === '*' || !entry) return at(c, { ...state, node: 'menu', menuKey: null });
        return item ? turn(deps, c, item.text) : at(c, state, S.wrongKey);
      }
      case 'answer':
        if (key === '0') return toPerson(deps, c);
        if (key === '*') return at(c, { ...state, node: 'menu' });
        return answerKey(c, key);
      case 'choices': {
        if (key === '0') return toPerson(deps, c);
        if (key === '*') return at(c, { ...state, node: 'menu' });
        const choice = state.choices.find((x) => String(x.n) === key);
        if (choice) return turn(deps, c, String(choice.n));
        return at(c, state, key === '9' ? '' : S.wrongKey);
      }
      default:
        return mainMenuKey(c, key);
    }
  };

  const onSpeech = async (call: Call, text: string, confidence: number | null): Promise<FlowResult> => {
    const heard = text.trim();
    if (heard === '' || (confidence !== null && confidence < deps.minConfidence)) return miss(call);
    return turn(deps, call, heard);
  };

  return {
    /** The first thing a caller hears: a warm greeting and the menu, or an offer to continue a recent call. */
    greet(provider: VoiceCall['provider'], previous: VoiceCall | null): { state: CallState; step: Step } {
      const speech = provider === 'twilio';
      if (previous?.state.lastQuestion && previous.state.node !== 'done') {
        const state: CallState = { ...initialState(speech), node: 'resume', lastQuestion: previous.state.lastQuestion, resumeFrom: previous.id, parts: previous.state.parts, part: previous.state.part, more: previous.state.more, sms: previous.state.sms, choices: previous.state.choices };
        return { state, step: prompt(state) };
      }
      const state = initialState(speech);
      return { state, step: { kind: 'ask', say: `${say(S.greeting, deps.who)} ${menuText(deps.menu, deps.who, speech)}`, keys: '0123456789*#', speech } };
    },

    async advance(call: Call, input: CallInput): Promise<FlowResult> {
      const node = call.state.node;
      if (node === 'queued' || node === 'done') return result(call, call.state, { kind: 'hangup', say: say(S.goodbye, deps.who) });
      if (node === 'voicemail') return input.type === 'recording' ? this.recorded(call, input.url) : at(call, call.state);
      if (input.type === 'digits' && input.digits.trim() !== '') return onDigits(call, input.digits);
      if (input.type === 'speech' && call.state.speech && !['submenu', 'keypad', 'resume'].includes(node)) return onSpeech(call, input.text, input.confidence);
      if (node === 'menu' || node === 'keypad') return miss(call);
      const misses = call.state.misses + 1;
      if (misses >= 3) return toPerson(deps, call);
      return at(call, { ...call.state, misses });
    },

    /** A voicemail arrived: the callback request is stored and the caller told when the centre calls back. */
    async recorded(call: Call, recordingUrl: string | null): Promise<FlowResult> {
      const dueAt = deps.queue.nextOpening(deps.now());
      await deps.callbacks.request({
        provider: call.provider,
        providerCallId: call.providerCallId,
        phone: call.caller,
        conversationId: call.conversationId,
        handoffId: call.state.handoffId,
        recordingUrl,
        summary: call.state.lastQuestion ?? 'Người gọi để lại lời nhắn ngoài giờ làm việc.',
        reason: 'after_hours',
        dueAt,
      });
      const text = call.caller ? say(S.callbackTaken, deps.who, { when: readDateTime(dueAt) }) : say(S.callbackNoPhone, deps.who);
      return { state: { ...call.state, node: 'done' }, conversationId: call.conversationId, status: 'closed', step: { kind: 'hangup', say: text } };
    },

    /** The caller hung up while waiting for an agent: a callback request, due now. */
    async abandoned(call: Call): Promise<void> {
      if (!call.caller) return;
      await deps.callbacks.request({
        provider: call.provider,
        providerCallId: call.providerCallId,
        phone: call.caller,
        conversationId: call.conversationId,
        handoffId: call.state.handoffId,
        recordingUrl: null,
        summary: call.state.lastQuestion ?? 'Người gọi gác máy khi đang chờ cán bộ.',
        reason: 'abandoned',
        dueAt: deps.now(),
      });
    },

    /** No agent answered (Stringee's connect failed, or none is configured): a voicemail for a callback. */
    noAgent(call: Call): FlowResult {
      return voicemail(deps, call, say(S.noAgent, deps.who));
    },

    /** What a caller waiting in the queue hears between pauses. */
    async hold(call: Call, providerPosition: number | null): Promise<string> {
      const ours = call.conversationId ? await deps.queue.position(call.conversationId) : null;
      const position = ours ?? providerPosition;
      return position ? say(S.holdPosition, deps.who, { position }) : say(S.hold, deps.who);
    },

    prompt,
  };
}

export type CallFlow = ReturnType<typeof createCallFlow>;
