import type { Aspect, Choice, HandoffReason, Reply, ReplyAction, ReplyKind } from '../reply.ts';
import type { OutsideTopicRef } from '../ports.ts';
import { renderSms, renderSpeech } from './render-channels.ts';
import { CLARIFY, HANDOFF, HANDOFF_WAIT, PORTAL_SEARCH, SERVICES, SMALLTALK } from './strings.ts';

/** A reply that is only words: small talk, refusals, handoffs, service pointers. */
export function plainReply(
  kind: ReplyKind,
  intent: string,
  text: string,
  options: { speech?: string; sms?: { text: string; url: string }; actions?: ReplyAction[]; choices?: Choice[]; aspect?: Aspect | null; confidence?: number } = {},
): Reply {
  return {
    kind,
    intent,
    aspect: options.aspect ?? null,
    text,
    speech: renderSpeech([options.speech ?? text]),
    sms: options.sms ? renderSms('', [options.sms.text], options.sms.url) : renderSms('', [text], null),
    choices: options.choices ?? [],
    citations: [],
    sections: {},
    actions: options.actions ?? [],
    confidence: options.confidence ?? 1,
  };
}

export function smalltalkReply(intent: 'greeting' | 'thanks' | 'plain_language'): Reply {
  const text = intent === 'greeting' ? SMALLTALK.greeting : intent === 'thanks' ? SMALLTALK.thanks : SMALLTALK.plainLanguage;
  return plainReply('smalltalk', intent, text);
}

export function outOfScopeReply(): Reply {
  return plainReply('out_of_scope', 'out_of_scope', SMALLTALK.outOfScope, { speech: SMALLTALK.outOfScopeSpeech });
}

/**
 * A question the data likely does not cover: said plainly, with where to turn, never a guess; when
 * the question names an area the corpus lacks, who usually handles it.
 */
export function notInDataReply(confidence: number, outside?: OutsideTopicRef): Reply {
  if (outside) {
    const { label, handledBy } = outside;
    return plainReply('out_of_scope', 'not_in_data', SMALLTALK.outsideArea(label, handledBy), {
      speech: SMALLTALK.outsideAreaSpeech(label, handledBy),
      sms: { text: SMALLTALK.outsideAreaSms(label, handledBy), url: PORTAL_SEARCH },
      confidence,
    });
  }
  return plainReply('out_of_scope', 'not_in_data', SMALLTALK.notInData, { speech: SMALLTALK.notInDataSpeech, sms: { text: SMALLTALK.notInDataSms, url: PORTAL_SEARCH }, confidence });
}

/** One question, two to four numbered choices: typed, pressed or said. */
export function clarifyReply(question: string, spokenQuestion: string, choices: Choice[], intent: string, confidence: number): Reply {
  const text = [question, ...choices.map((c) => CLARIFY.choiceLine(c.n, c.label))].join('\n');
  const speech = [spokenQuestion, ...choices.map((c) => CLARIFY.choiceSpeech(c.n, c.label))].join(' ');
  return { ...plainReply('clarify', intent, text, { speech, choices, confidence }), speech: renderSpeech([speech]) };
}

export function notUnderstoodReply(confidence: number): Reply {
  return plainReply('clarify', 'procedure_question', CLARIFY.notUnderstood, { speech: CLARIFY.notUnderstoodSpeech, confidence });
}

export function handoffReply(reason: HandoffReason, handoffId: string, intent: string, extra: ReplyAction[] = []): Reply {
  const text = `${HANDOFF[reason]} ${HANDOFF_WAIT}`;
  return plainReply('handoff', intent, text, { actions: [{ type: 'handoff', handoffId, reason }, ...extra] });
}

export function dossierStatusReply(): Reply {
  return plainReply('answer', 'dossier_status', SERVICES.dossierStatus, { actions: [{ type: 'dossier_status' }] });
}

export function bookingReply(procedure: { code: string; name: string } | null, confidence: number): Reply {
  return plainReply('answer', 'book_appointment', SERVICES.booking(procedure?.name ?? null), {
    actions: [{ type: 'book_appointment', procedureCode: procedure?.code ?? null }],
    confidence,
  });
}

export function prefillReply(procedure: { code: string; name: string }, forms: string[], confidence: number): Reply {
  if (forms.length === 0) return plainReply('answer', 'prefill_form', SERVICES.prefillNoForms(procedure.name), { confidence });
  return plainReply('answer', 'prefill_form', SERVICES.prefill(procedure.name, forms.join(', ')), {
    actions: [{ type: 'prefill_form', procedureCode: procedure.code, forms }],
    confidence,
  });
}
