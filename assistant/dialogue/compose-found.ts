import type { Procedure } from '../../knowledge/index.ts';
import type { ComposeContext } from '../compose/block.ts';
import { citationOf } from '../compose/citation.ts';
import { clarifyReply } from '../compose/compose-simple.ts';
import { composeAnswer } from '../compose/compose-answer.ts';
import { CLARIFY } from '../compose/strings.ts';
import type { Aspect, Reply } from '../reply.ts';
import { matchCase, unmatchedCues } from '../understand/detect-case.ts';
import type { Understanding } from '../understand/understand.ts';
import { caseChoices, needsCaseQuestion } from './case-question.ts';
import { cueNotes } from './cue-notes.ts';
import type { TurnContext } from './deps.ts';
import { escalate } from './escalate.ts';
import { afterAnswer, afterClarify, afterHandoff, remember } from './next-state.ts';
import { isRepeated, questionKey } from './repetition.ts';
import type { Outcome } from './outcome.ts';

export interface FoundOptions {
  confidence: number;
  sameTopic: boolean;
  /** A case the citizen picked from a clarifying question. */
  forcedCase?: string | null;
  checkRepeat: boolean;
  /** The citizen asked for the full official wording ("xem chi tiết"). */
  detail?: boolean;
}

/** What to answer when the question names no aspect: the last ones on a follow-up, else an overview. */
function aspectsFor(ctx: TurnContext, u: Understanding, followUp: boolean): Aspect[] {
  if (u.aspects.length > 0) return u.aspects;
  if ((followUp || u.followUpCue) && ctx.state.lastAspects?.length) return ctx.state.lastAspects;
  return ['overview'];
}

/** Answers a question about a known procedure: case, method and aspects settled, or one question asked. */
export async function composeFound(ctx: TurnContext, u: Understanding, procedure: Procedure, options: FoundOptions): Promise<Outcome> {
  const { state } = ctx;
  const followUp = options.sameTopic && u.topicWords.length === 0;
  const aspects = aspectsFor(ctx, u, followUp);
  const matched = options.forcedCase ?? matchCase(u.topicWords, u.caseCues, procedure.documentCases, procedure.name);
  const unmatched = u.caseCues.length > 0 && matched === null ? unmatchedCues(u.caseCues, procedure.documentCases) : [];
  const caseLabel = matched ?? (unmatched.length > 0 || !options.sameTopic ? null : (state.caseLabel ?? null));
  const key = questionKey(procedure.code, ctx.text);

  if (options.checkRepeat && isRepeated(key, state.lastQuestions)) {
    const reply = await escalate(ctx, 'repeated_question', 'procedure_question', procedure);
    return { reply, state: { ...afterHandoff(state, true), lastQuestions: remember(state.lastQuestions, key) } };
  }
  if (needsCaseQuestion(ctx.elderly, procedure, caseLabel, aspects)) {
    const choices = caseChoices(procedure);
    const reply: Reply = clarifyReply(CLARIFY.whichCase(procedure.name), CLARIFY.whichCaseSpeech, choices, 'procedure_question', options.confidence);
    const pending = { kind: 'case' as const, text: ctx.text, aspects, method: u.method, compares: u.compares, wantsExpectedDate: u.wantsExpectedDate, caseCues: u.caseCues };
    const next = afterClarify({ ...state, procedureCode: procedure.code, procedureConfidence: options.confidence }, choices, pending, {
      lowConfidence: false,
      questionKey: key,
      elderly: ctx.elderly,
    });
    return { reply: { ...reply, citations: [citationOf(procedure)] }, state: next };
  }

  const composeCtx: ComposeContext = {
    procedure,
    caseLabel,
    method: u.method,
    compares: u.compares,
    wantsExpectedDate: u.wantsExpectedDate,
    caseNotInRecord: followUp && unmatched.length > 0,
    notes: followUp && unmatched.length > 0 ? cueNotes(procedure, unmatched) : [],
    elderly: ctx.elderly,
    detail: options.detail === true,
    today: ctx.deps.clock.now(),
    calendar: ctx.deps.calendar,
  };
  const parts = composeAnswer(composeCtx, aspects);
  const phrased = ctx.deps.llm ? await ctx.deps.llm.phrase({ question: ctx.text, deterministicText: parts.text, sources: [procedure] }) : null;
  const reply: Reply = { kind: 'answer', intent: 'procedure_question', confidence: options.confidence, choices: [], ...parts, text: phrased ?? parts.text };
  const method = u.method ?? (options.sameTopic ? (state.method ?? null) : null);
  return {
    reply,
    state: afterAnswer(state, { procedure, confidence: options.confidence, caseLabel, method, aspects, questionKey: key, elderly: ctx.elderly }),
  };
}
