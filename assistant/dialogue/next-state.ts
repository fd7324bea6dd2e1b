import { maskPersonalData } from '../../platform/logging/redact.ts';
import type { Procedure } from '../../knowledge/index.ts';
import type { ConversationState, PendingQuestion } from '../ports.ts';
import type { Aspect, Choice } from '../reply.ts';

const REMEMBERED_QUESTIONS = 5;

export function remember(questions: readonly string[] | undefined, key: string | null): string[] {
  const list = [...(questions ?? [])];
  if (key) list.push(key);
  return list.slice(-REMEMBERED_QUESTIONS);
}

/** After an answer: the procedure becomes the topic, nothing is pending, the low-confidence streak ends. */
export function afterAnswer(
  state: ConversationState,
  answer: { procedure: Procedure; confidence: number; caseLabel: string | null; method: ConversationState['method']; aspects: Aspect[]; questionKey: string | null; elderly: boolean },
): ConversationState {
  const sameTopic = state.procedureCode === answer.procedure.code;
  return {
    ...state,
    procedureCode: answer.procedure.code,
    earlierTopics: remember((state.earlierTopics ?? []).filter((code) => code !== answer.procedure.code), answer.procedure.code),
    procedureConfidence: answer.confidence,
    caseLabel: answer.caseLabel,
    method: answer.method ?? null,
    aspectsGiven: [...new Set([...(sameTopic ? (state.aspectsGiven ?? []) : []), ...answer.aspects])],
    lastAspects: answer.aspects,
    pendingChoices: [],
    pendingQuestion: null,
    lowConfidenceStreak: 0,
    lastQuestions: remember(state.lastQuestions, answer.questionKey),
    elderly: answer.elderly,
  };
}

/** After a clarifying question: the choices and the question wait for the pick. */
export function afterClarify(
  state: ConversationState,
  choices: Choice[],
  pending: PendingQuestion | null,
  options: { lowConfidence: boolean; questionKey: string | null; elderly: boolean },
): ConversationState {
  return {
    ...state,
    pendingChoices: choices,
    // The question is answered again after the pick; the state keeps it without personal data.
    pendingQuestion: pending && { ...pending, text: maskPersonalData(pending.text) },
    lowConfidenceStreak: options.lowConfidence ? (state.lowConfidenceStreak ?? 0) + 1 : (state.lowConfidenceStreak ?? 0),
    lastQuestions: remember(state.lastQuestions, options.questionKey),
    elderly: options.elderly,
  };
}

/** After a handoff the person takes over: nothing pending, the streak starts again. */
export function afterHandoff(state: ConversationState, elderly: boolean): ConversationState {
  return { ...state, pendingChoices: [], pendingQuestion: null, lowConfidenceStreak: 0, elderly, task: null };
}

/** Small talk and service replies keep the topic but drop pending choices that were not picked. */
export function afterOther(state: ConversationState, elderly: boolean): ConversationState {
  return { ...state, pendingChoices: [], pendingQuestion: null, elderly };
}
