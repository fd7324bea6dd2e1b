import { clarifyReply, notInDataReply, notUnderstoodReply, outOfScopeReply } from '../compose/compose-simple.ts';
import { CLARIFY } from '../compose/strings.ts';
import type { HistoryItem } from '../llm/index.ts';
import type { Aspect, Choice } from '../reply.ts';
import { understand, type Understanding } from '../understand/understand.ts';
import { composeFound } from './compose-found.ts';
import type { TurnContext } from './deps.ts';
import { escalate } from './escalate.ts';
import { afterClarify, afterHandoff, afterOther } from './next-state.ts';
import type { Outcome } from './outcome.ts';
import { questionKey } from './repetition.ts';
import { resolveProcedure, type Resolution } from './resolve-procedure.ts';

/** Two unsure turns in a row go to a person rather than a third guess. */
const LOW_CONFIDENCE_LIMIT = 2;
const ASPECTS: readonly Aspect[] = ['documents', 'fee', 'duration', 'where', 'steps', 'conditions', 'forms', 'result', 'overview'];

async function history(ctx: TurnContext): Promise<HistoryItem[]> {
  return (await ctx.recent()).flatMap((m) => (m.role === 'citizen' || m.role === 'assistant' ? [{ role: m.role, text: m.text }] : []));
}

/** The optional model fills in an aspect the rules missed; its answer must be one of ours. */
async function withModelAspect(ctx: TurnContext, u: Understanding): Promise<Understanding> {
  if (!ctx.deps.llm || u.aspects.length > 0) return u;
  const extraction = await ctx.deps.llm.extract(ctx.text);
  const aspect = ASPECTS.find((a) => a === extraction?.aspect);
  return aspect && aspect !== 'overview' ? { ...u, aspects: [aspect] } : u;
}

/** A short message without an aspect that leaves the topic may be a follow-up the rules missed. */
function doubtful(u: Understanding, resolution: Resolution): boolean {
  if (resolution.kind !== 'found') return true;
  return !resolution.sameTopic && u.topicWords.length <= 2 && u.aspects.length === 0;
}

/** A follow-up the rules could not place, rewritten by the optional model as a standalone question. */
async function rewritten(ctx: TurnContext, u: Understanding, resolution: Resolution): Promise<{ u: Understanding; resolution: Resolution } | null> {
  if (!ctx.deps.llm || !ctx.state.procedureCode || !doubtful(u, resolution)) return null;
  const text = await ctx.deps.llm.rewriteFollowUp(await history(ctx), ctx.text);
  if (!text) return null;
  const standalone = understand(text);
  const again = await resolveProcedure(standalone, text, ctx.state, ctx.deps.retriever, standalone.aspects);
  return again.kind === 'found' ? { u: standalone, resolution: again } : null;
}

export async function answerQuestion(ctx: TurnContext, first: Understanding): Promise<Outcome> {
  let u = await withModelAspect(ctx, first);
  let resolution = await resolveProcedure(u, ctx.text, ctx.state, ctx.deps.retriever, u.aspects);
  const retry = await rewritten(ctx, u, resolution);
  if (retry) ({ u, resolution } = retry);

  if (resolution.kind === 'found') {
    return composeFound(ctx, u, resolution.procedure, { confidence: resolution.confidence, sameTopic: resolution.sameTopic, checkRepeat: true });
  }
  // How the law reads on the citizen's own case, with no procedure that answers it: a person's matter.
  if (u.asksLegalReading) {
    return { reply: await escalate(ctx, 'legal_advice', 'legal_advice', null), state: afterHandoff(ctx.state, ctx.elderly) };
  }
  // Unclear and not about public administration at all: declined, not escalated.
  if (!ctx.state.procedureCode && u.aspects.length === 0 && !u.mentionsDomain) {
    return { reply: outOfScopeReply(), state: afterOther(ctx.state, ctx.elderly) };
  }
  if ((ctx.state.lowConfidenceStreak ?? 0) + 1 >= LOW_CONFIDENCE_LIMIT) {
    const reply = await escalate(ctx, 'low_confidence', 'procedure_question', null);
    return { reply: { ...reply, confidence: resolution.confidence }, state: afterHandoff(ctx.state, ctx.elderly) };
  }
  if (resolution.kind === 'absent') {
    return { reply: notInDataReply(resolution.confidence, resolution.outside), state: afterOther(ctx.state, ctx.elderly) };
  }
  const key = questionKey(null, ctx.text);
  if (resolution.kind === 'unknown') {
    return { reply: notUnderstoodReply(resolution.confidence), state: afterClarify(ctx.state, [], null, { lowConfidence: true, questionKey: key, elderly: ctx.elderly }) };
  }
  const choices: Choice[] = resolution.candidates.map((c, i) => ({ n: i + 1, label: c.procedure.name, value: c.procedure.code }));
  const pending = { kind: 'procedure' as const, text: ctx.text, aspects: u.aspects, method: u.method, compares: u.compares, wantsExpectedDate: u.wantsExpectedDate, caseCues: u.caseCues };
  const reply = clarifyReply(CLARIFY.whichProcedure, CLARIFY.whichProcedureSpeech, choices, 'procedure_question', resolution.confidence);
  return { reply, state: afterClarify(ctx.state, choices, pending, { lowConfidence: true, questionKey: key, elderly: ctx.elderly }) };
}
