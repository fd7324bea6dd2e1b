import type { Procedure } from '../../knowledge/index.ts';
import { maskPersonalData } from '../../platform/logging/redact.ts';
import { shorten } from '../compose/block.ts';
import { citationOf } from '../compose/citation.ts';
import { handoffReply } from '../compose/compose-simple.ts';
import { HANDOFF_WHY } from '../compose/strings.ts';
import type { HandoffReason, Reply, ReplyAction } from '../reply.ts';
import type { TurnContext } from './deps.ts';
import { isPriorityCitizen } from './priority-citizen.ts';

const ANSWERED_CHARS = 400;
const SAID_CHARS = 300;
const SAID_MESSAGES = 5;

/** The last thing the assistant told the citizen, for the agent's summary. */
async function lastAnswer(ctx: TurnContext): Promise<string | null> {
  const last = [...(await ctx.recent())].reverse().find((m) => m.role === 'assistant');
  return last ? shorten(last.text, ANSWERED_CHARS) : null;
}

/**
 * Hands the conversation to a person: a handoff request with a short summary the agent reads
 * first (the question, the procedure, what was answered, why), and a reply telling the citizen.
 */
export async function escalate(
  ctx: TurnContext,
  reason: HandoffReason,
  intent: string,
  procedure: Procedure | null,
  extra: ReplyAction[] = [],
): Promise<Reply> {
  const current = procedure ?? (ctx.state.procedureCode ? await ctx.deps.retriever.getByCode(ctx.state.procedureCode) : null);
  const recent = await ctx.recent();
  const said = [...recent.filter((m) => m.role === 'citizen').map((m) => m.text), ctx.text];
  const cited = [...recent].reverse().find((m) => m.role === 'assistant' && m.reply?.citations.length)?.reply?.citations ?? [];
  const { id, notice } = await ctx.deps.handoffs.request({
    conversationId: ctx.conversationId,
    reason,
    summary: {
      // The agent reveals the citizen's details on purpose, from the conversation; the summary keeps none.
      question: maskPersonalData(ctx.text),
      procedureCode: current?.code ?? null,
      procedureName: current?.name ?? null,
      answered: await lastAnswer(ctx),
      why: HANDOFF_WHY[reason],
      citizenSaid: said.slice(-SAID_MESSAGES).map((t) => shorten(maskPersonalData(t), SAID_CHARS)),
      citations: cited.map((c) => ({ code: c.code, name: c.name, url: c.url })),
    },
    channel: ctx.turn.channel,
    field: current?.field ?? null,
    priorityCitizen: isPriorityCitizen(said, ctx.elderly),
  });
  const handed = handoffReply(reason, id, intent, extra);
  const reply = notice ? { ...handed, text: `${handed.text} ${notice}`, speech: `${handed.speech} ${notice}` } : handed;
  return current ? { ...reply, citations: [citationOf(current)] } : reply;
}
