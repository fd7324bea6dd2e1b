import { asksForDetail } from '../compose/asks-for-detail.ts';
import type { Understanding } from '../understand/understand.ts';
import { composeFound } from './compose-found.ts';
import type { TurnContext } from './deps.ts';
import type { Outcome } from './outcome.ts';

/**
 * "xem chi tiết" after an answer: the same procedure and aspects (or the aspect now named), in the
 * record's full official wording. Null when there is no answer to detail.
 */
export async function showDetail(ctx: TurnContext, u: Understanding): Promise<Outcome | null> {
  const code = ctx.state.procedureCode;
  if (!code || !asksForDetail(ctx.text)) return null;
  const procedure = await ctx.deps.retriever.getByCode(code);
  if (!procedure) return null;
  const aspects = u.aspects.length > 0 ? u.aspects : (ctx.state.lastAspects ?? []);
  const again = { ...u, aspects, topicWords: [], caseCues: [] };
  return composeFound(ctx, again, procedure, { confidence: ctx.state.procedureConfidence ?? 0.8, sameTopic: true, checkRepeat: false, detail: true });
}
