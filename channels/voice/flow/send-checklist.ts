import type { VoiceCall } from '../ports.ts';
import { ask } from './assistant-turn.ts';
import type { FlowDeps } from './call-flow.ts';
import type { CallState } from './call-state.ts';
import { S, say } from './strings.ts';

const MAX_SMS_PER_CALL = 2;

/**
 * Key 2: the documents list by SMS to the calling number, through the channels' outbox. The list
 * is the documents answer's SMS text; after another kind of answer the assistant is asked for it.
 */
export async function sendChecklist(deps: FlowDeps, call: VoiceCall): Promise<{ state: CallState; said: string }> {
  const state = call.state;
  if (!deps.sms) return { state, said: say(S.smsOff, deps.who) };
  if (!call.caller) return { state, said: say(S.smsNoPhone, deps.who) };
  if (state.smsSent >= MAX_SMS_PER_CALL) return { state, said: say(S.smsLimit, deps.who) };
  let sms = state.sms;
  if (!sms) {
    const { reply } = await ask(deps, call, 'giấy tờ cần chuẩn bị');
    sms = reply.aspect === 'documents' && reply.sms.text ? reply.sms : null;
  }
  if (!sms) return { state, said: say(S.smsNoList, deps.who) };
  await deps.sms.send({ phone: call.caller, conversationId: call.conversationId, text: sms.text, ascii: sms.ascii, key: `voice.${call.id}.sms.${state.smsSent}` });
  return { state: { ...state, sms, smsSent: state.smsSent + 1 }, said: say(S.smsSent, deps.who) };
}
