import type { Reply } from '../../../assistant/index.ts';
import type { VoiceCall } from '../ports.ts';
import type { FlowDeps, FlowResult } from './call-flow.ts';
import type { CallState } from './call-state.ts';
import { promptFor } from './prompts.ts';
import { spokenAnswer } from './spoken-answer.ts';
import { S, say } from './strings.ts';
import { readDateTime } from '../spoken-numbers.ts';

/** The call's conversation with the assistant, started on the first turn. */
export async function conversationOf(deps: FlowDeps, call: VoiceCall): Promise<string> {
  return call.conversationId ?? (await deps.assistant.conversations.start('voice', `${call.provider}:${call.providerCallId}`));
}

export async function ask(deps: FlowDeps, call: VoiceCall, text: string): Promise<{ reply: Reply; conversationId: string }> {
  const conversationId = await conversationOf(deps, call);
  const citizen = call.caller ? { phone: call.caller, elderly: true } : { elderly: true };
  const reply = await deps.assistant.handleTurn({ conversationId, channel: 'voice', text, elderly: true, citizen });
  return { reply, conversationId };
}

/** An assistant turn, and what the caller hears of its reply: an answer in parts, numbered choices, or a person. */
export async function turn(deps: FlowDeps, call: VoiceCall, text: string, lead = ''): Promise<FlowResult> {
  const { reply, conversationId } = await ask(deps, call, text);
  const state: CallState = { ...call.state, misses: 0, lastQuestion: /^\d$/.test(text.trim()) ? call.state.lastQuestion : text };
  const withConversation = { ...call, conversationId, state };
  if (reply.kind === 'handoff') return handoff(deps, withConversation, reply);
  const spoken = spokenAnswer(reply.speech || reply.text, deps.who);
  if (reply.choices.length > 0) {
    const next: CallState = { ...state, node: 'choices', parts: spoken.parts, part: 0, more: false, choices: reply.choices.map((c) => ({ n: c.n, label: c.label })) };
    return { state: next, conversationId, status: 'active', step: promptFor(next, deps.menu, deps.who, lead) };
  }
  const sms = reply.aspect === 'documents' && reply.sms.text ? reply.sms : state.sms;
  const next: CallState = { ...state, node: 'answer', parts: spoken.parts.length ? spoken.parts : [reply.speech], part: 0, more: spoken.more, choices: [], sms };
  return { state: next, conversationId, status: 'active', step: promptFor(next, deps.menu, deps.who, lead) };
}

/** In opening hours the call joins the agents' queue and hears its place; after hours, voicemail. */
export async function handoff(deps: FlowDeps, call: VoiceCall, reply: Reply | null): Promise<FlowResult> {
  const handoffId = reply?.actions.find((a) => a.type === 'handoff')?.handoffId ?? call.state.handoffId;
  const now = deps.now();
  if (deps.queue.isOpen(now)) {
    const position = (call.conversationId ? await deps.queue.position(call.conversationId) : null) ?? 1;
    const state: CallState = { ...call.state, node: 'queued', handoffId, misses: 0 };
    const text = `${say(S.queued, deps.who, { position })} ${say(S.hold, deps.who)}`;
    return { state, conversationId: call.conversationId, status: 'queued', step: { kind: 'queue', say: text, queue: queueName(call) } };
  }
  return voicemail(deps, { ...call, state: { ...call.state, handoffId } }, say(S.afterHours, deps.who, { when: readDateTime(deps.queue.nextOpening(now)) }));
}

/** A voicemail, after hours or when no agent could be reached: the caller hears `lead` first. */
export function voicemail(deps: FlowDeps, call: VoiceCall, lead: string): FlowResult {
  const state: CallState = { ...call.state, node: 'voicemail', misses: 0 };
  const text = `${lead} ${say(S.voicemail, deps.who)}`;
  return { state, conversationId: call.conversationId, status: 'active', step: { kind: 'record', say: text, maxSeconds: deps.recordSeconds } };
}

/** Person: the assistant records the handoff with its summary; the call follows it. */
export async function toPerson(deps: FlowDeps, call: VoiceCall): Promise<FlowResult> {
  const { reply, conversationId } = await ask(deps, call, 'tôi muốn gặp cán bộ');
  return handoff(deps, { ...call, conversationId }, reply);
}

/** One Twilio queue per call, so that agents take calls in the call centre's priority order. */
export function queueName(call: Pick<VoiceCall, 'id'>): string {
  return `voice-${call.id}`;
}
