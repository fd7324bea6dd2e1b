import { bookingReply, dossierStatusReply, outOfScopeReply, plainReply, prefillReply, smalltalkReply } from '../compose/compose-simple.ts';
import { formsOf } from '../compose/aspect-forms.ts';
import { citationOf } from '../compose/citation.ts';
import { CLARIFY } from '../compose/strings.ts';
import type { Procedure } from '../../knowledge/index.ts';
import { pickChoice } from '../understand/pick-choice.ts';
import { understand, type Understanding } from '../understand/understand.ts';
import { answerQuestion } from './answer-question.ts';
import { composeFound } from './compose-found.ts';
import type { TurnContext } from './deps.ts';
import { escalate } from './escalate.ts';
import { handlePick } from './handle-pick.ts';
import { afterHandoff, afterOther } from './next-state.ts';
import type { Outcome } from './outcome.ts';
import { resolveAmongOffered, resolveProcedure } from './resolve-procedure.ts';
import { showDetail } from './show-detail.ts';
import { runTask } from '../tasks/run-task.ts';

/** The procedure a service request is about: the one named now, else the current topic. */
async function topicProcedure(ctx: TurnContext, u: Understanding): Promise<{ procedure: Procedure; confidence: number } | null> {
  const resolution = await resolveProcedure(u, ctx.text, ctx.state, ctx.deps.retriever, u.aspects);
  return resolution.kind === 'found' ? { procedure: resolution.procedure, confidence: resolution.confidence } : null;
}

async function handOff(ctx: TurnContext, u: Understanding): Promise<Outcome | null> {
  const state = afterHandoff(ctx.state, ctx.elderly);
  switch (u.intent) {
    case 'human':
      return { reply: await escalate(ctx, 'asked_for_human', 'ask_human', null), state };
    case 'legal_advice':
      return { reply: await escalate(ctx, 'legal_advice', 'legal_advice', null), state };
    case 'complaint':
      return { reply: await escalate(ctx, 'complaint', 'complaint', null, [{ type: 'complaint' }]), state };
    case 'frustration':
      return { reply: await escalate(ctx, 'frustration', 'frustration', null), state };
    default:
      return null;
  }
}

async function serve(ctx: TurnContext, u: Understanding): Promise<Outcome> {
  const other = afterOther(ctx.state, ctx.elderly);
  switch (u.intent) {
    case 'greeting':
    case 'thanks':
      return { reply: smalltalkReply(u.intent), state: other };
    case 'plain_language': {
      // "Nói chậm thôi" after an answer: say the same thing again, plainly.
      const code = ctx.state.procedureCode;
      const procedure = code ? await ctx.deps.retriever.getByCode(code) : null;
      if (!procedure) return { reply: smalltalkReply('plain_language'), state: other };
      const again = { ...u, aspects: ctx.state.lastAspects ?? [] };
      return composeFound(ctx, again, procedure, { confidence: ctx.state.procedureConfidence ?? 0.8, sameTopic: true, checkRepeat: false });
    }
    case 'out_of_scope':
      return { reply: outOfScopeReply(), state: other };
    case 'dossier_status':
      return { reply: dossierStatusReply(), state: other };
    case 'book_appointment': {
      const found = await topicProcedure(ctx, u);
      const reply = bookingReply(found?.procedure ?? null, found?.confidence ?? 1);
      return { reply: found ? { ...reply, citations: [citationOf(found.procedure)] } : reply, state: other };
    }
    case 'prefill_form': {
      const found = await topicProcedure(ctx, u);
      if (!found) return { reply: plainReply('clarify', 'prefill_form', CLARIFY.whichForPrefill), state: other };
      const reply = prefillReply(found.procedure, formsOf(found.procedure).map((f) => f.form), found.confidence);
      return { reply: { ...reply, citations: [citationOf(found.procedure)] }, state: other };
    }
    default:
      return answerQuestion(ctx, u);
  }
}

/** Details given instead of a number ("tôi bị mất thẻ") may settle the pending question. */
async function settlePending(ctx: TurnContext, u: Understanding): Promise<Outcome | null> {
  const pending = ctx.state.pendingQuestion;
  if (pending?.kind !== 'procedure') return null;
  const offered = (ctx.state.pendingChoices ?? []).map((c) => c.value);
  const merged = { ...u, aspects: u.aspects.length > 0 ? u.aspects : pending.aspects, method: u.method ?? pending.method };
  const among = await resolveAmongOffered(u, pending.text, offered, ctx.deps.retriever);
  if (among?.kind === 'found') return composeFound(ctx, merged, among.procedure, { confidence: among.confidence, sameTopic: false, checkRepeat: false });
  // Not one of the choices: the details and the original question together may name the procedure.
  if (u.topicWords.length > 2) return null;
  const together = understand(`${pending.text}. ${ctx.text}`);
  const resolution = await resolveProcedure(together, together.topicText, { ...ctx.state, procedureCode: null }, ctx.deps.retriever, merged.aspects);
  if (resolution.kind !== 'found') return null;
  return composeFound(ctx, { ...together, aspects: merged.aspects, method: merged.method }, resolution.procedure, {
    confidence: resolution.confidence,
    sameTopic: false,
    checkRepeat: false,
  });
}

/** One turn of the dialogue: a running or starting task first, then escalation, then a pending pick, then everything else. */
export async function respond(ctx: TurnContext): Promise<Outcome> {
  const u = understand(ctx.text);
  const turn: TurnContext = { ...ctx, elderly: ctx.elderly || u.asksPlainLanguage || u.hesitant };
  const tasked = await runTask(turn, u);
  if (tasked) return tasked;
  const handedOff = await handOff(turn, u);
  if (handedOff) return handedOff;
  const detailed = await showDetail(turn, u);
  if (detailed) return detailed;
  const choices = turn.state.pendingChoices ?? [];
  const choice = choices.length > 0 ? pickChoice(turn.text, choices) : null;
  if (choice) {
    const picked = await handlePick(turn, choice);
    if (picked) return picked;
  }
  if (choices.length > 0 && u.intent === 'procedure') {
    const settled = await settlePending(turn, u);
    if (settled) return settled;
  }
  return serve(turn, u);
}
