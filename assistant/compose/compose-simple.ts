import type { Aspect, Choice, HandoffReason, Reply, ReplyAction, ReplyKind } from '../reply.ts';
import { renderSms, renderSpeech } from './render-channels.ts';
import { CLARIFY, HANDOFF, HANDOFF_WAIT, SERVICES, SMALLTALK } from './strings.ts';

/** A reply that is only words: small talk, refusals, handoffs, service pointers. */
export function plainReply(
  kind: ReplyKind,
  intent: string,
  text: string,
  options: { speech?: string; actions?: ReplyAction[]; choices?: Choice[]; aspect?: Aspect | null; confidence?: number } = {},
): Reply {
  return {
    kind,
    intent,
    aspect: options.aspect ?? null,
    text,
    speech: renderSpeech([options.speech ?? text]),
    sms: renderSms('', [text], null),
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

/** One question, two to four numbered choices: typed, pressed or said. */
export function clarifyReply(question: string, spokenQuestion: string, choices: Choice[], intent: string, confidence: number): Reply {
  const text = [question, ...choices.map((c) => CLARIFY.choiceLine(c.n, c.label))].join('\n');
  const speech = [spokenQuestion, ...choices.map((c) => CLARIFY.choiceSpeech(c.n, c.label))].join(' ');
  return { ...plainReply('clarify', intent, text, { speech, choices, confidence }), speech: renderSpeech([speech]) };
}

/** The national portal's search of administrative procedures. */
export const PORTAL_SEARCH_URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';

/** Values of the choices a "not in my data" reply offers; the dialogue acts on them when picked. */
export const OFFER = { person: 'offer:person', writing: 'offer:writing' } as const;

const NOT_IN_DATA = {
  text: 'Xin lỗi, thủ tục bạn hỏi không có trong dữ liệu của tôi. Việc này có thể do một cơ quan khác giải quyết. Tôi có thể giúp bạn:',
  elderly: 'Xin lỗi, việc này tôi chưa có thông tin. Có thể là việc của cơ quan khác. Bạn chọn một số:',
  person: 'Nói chuyện với nhân viên',
  writing: 'Gửi câu hỏi bằng văn bản để cán bộ trả lời',
  portal: (url: string) => `Hoặc tự tra cứu thủ tục trên Cổng Dịch vụ công quốc gia: ${url}`,
  speech: 'Xin lỗi, việc này tôi chưa có thông tin, có thể là việc của cơ quan khác. Bạn muốn nói chuyện với nhân viên, hay gửi câu hỏi bằng văn bản?',
  writingTaken:
    'Bạn hãy viết câu hỏi đầy đủ (việc cần làm, ở đâu, đã có giấy tờ gì). Câu hỏi sẽ được chuyển tới cán bộ để trả lời bằng văn bản.',
  writingTakenSpeech: 'Bạn hãy nói rõ câu hỏi, câu hỏi sẽ được chuyển tới cán bộ để trả lời.',
} as const;

const OPEN_QUESTION = {
  text: 'Tôi chưa rõ bạn cần làm giấy tờ gì. Bạn cho tôi biết thêm nhé, ví dụ: khai sinh, kết hôn, căn cước, hộ chiếu, tạm trú, đăng ký xe, đất đai hay kinh doanh?',
  elderly: 'Tôi chưa rõ bạn cần làm giấy tờ gì. Bạn nói thêm giúp tôi: ví dụ khai sinh, căn cước, hay tạm trú?',
  speech: 'Tôi chưa rõ bạn cần làm giấy tờ gì. Ví dụ: khai sinh, căn cước, hay tạm trú?',
} as const;

/**
 * "Not in my data": said plainly, with what the citizen can do next — talk to a person, send the
 * question in writing (an action the questions workflow takes), or search the national portal.
 */
export function notInDataReply(question: string, elderly: boolean, confidence: number): Reply {
  const choices: Choice[] = [
    { n: 1, label: NOT_IN_DATA.person, value: OFFER.person },
    { n: 2, label: NOT_IN_DATA.writing, value: OFFER.writing },
  ];
  const lines = [elderly ? NOT_IN_DATA.elderly : NOT_IN_DATA.text, ...choices.map((c) => CLARIFY.choiceLine(c.n, c.label)), NOT_IN_DATA.portal(PORTAL_SEARCH_URL)];
  return plainReply('out_of_scope', 'not_in_data', lines.join('\n'), {
    speech: NOT_IN_DATA.speech,
    choices,
    actions: [
      { type: 'ask_in_writing', question },
      { type: 'portal_search', url: PORTAL_SEARCH_URL },
    ],
    confidence,
  });
}

/** The citizen chose to send the question in writing: the channel or the questions workflow takes it. */
export function askInWritingReply(question: string): Reply {
  return plainReply('out_of_scope', 'ask_in_writing', NOT_IN_DATA.writingTaken, {
    speech: NOT_IN_DATA.writingTakenSpeech,
    actions: [{ type: 'ask_in_writing', question }],
  });
}

/** No candidate is relevant and the message says little: one open question with examples. */
export function notUnderstoodReply(confidence: number, elderly = false): Reply {
  return plainReply('clarify', 'procedure_question', elderly ? OPEN_QUESTION.elderly : OPEN_QUESTION.text, { speech: OPEN_QUESTION.speech, confidence });
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
