import type { Choice } from '../reply.ts';
import { understand } from '../understand/understand.ts';
import { composeFound } from './compose-found.ts';
import type { TurnContext } from './deps.ts';
import type { Outcome } from './outcome.ts';

/** A picked choice settles what the question was about. */
const PICKED_CONFIDENCE = 0.9;

/**
 * Answers the question that was put on hold, now that the citizen picked a procedure or a case.
 * Returns null when the pick no longer leads anywhere (the record is gone).
 */
export async function handlePick(ctx: TurnContext, choice: Choice): Promise<Outcome | null> {
  const pending = ctx.state.pendingQuestion;
  if (!pending) return null;
  const original = { ...understand(pending.text), aspects: pending.aspects, method: pending.method, caseCues: pending.caseCues };
  const question = { ...ctx, text: pending.text };
  if (pending.kind === 'procedure') {
    const procedure = await ctx.deps.retriever.getByCode(choice.value);
    if (!procedure) return null;
    return composeFound(question, original, procedure, { confidence: PICKED_CONFIDENCE, sameTopic: false, checkRepeat: false });
  }
  const code = ctx.state.procedureCode;
  const procedure = code ? await ctx.deps.retriever.getByCode(code) : null;
  if (!procedure) return null;
  return composeFound(question, original, procedure, {
    confidence: ctx.state.procedureConfidence ?? PICKED_CONFIDENCE,
    sameTopic: true,
    forcedCase: choice.value,
    checkRepeat: false,
  });
}
