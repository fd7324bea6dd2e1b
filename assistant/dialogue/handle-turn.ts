import { performance } from 'node:perf_hooks';
import { maskPersonalData } from '../../platform/logging/redact.ts';
import { createWorkingCalendar } from '../calendar/index.ts';
import { plainReply } from '../compose/compose-simple.ts';
import { toConversationUuid } from '../conversation/conversation-id.ts';
import type { StoredMessage } from '../ports.ts';
import type { Reply, Turn } from '../reply.ts';
import { checkInput, sanitiseCitizenText, type InputCheck } from '../safety/index.ts';
import type { AssistantDeps } from './deps.ts';
import { afterOther } from './next-state.ts';
import type { Outcome } from './outcome.ts';
import { respond } from './respond.ts';

/** A refused message is stored cleaned (sanitised on entry) and shortened: it may be huge or hold markup. */
const STORED_REFUSED_CHARS = 500;

function refusal(check: Extract<InputCheck, { ok: false }>): Reply {
  const kind = check.reason === 'empty' || check.reason === 'too_long' ? 'clarify' : 'out_of_scope';
  return plainReply(kind, `input_${check.reason}`, check.message);
}

/**
 * The one entry point of every channel: checks the message, answers a retried message from
 * storage, runs the dialogue, and stores both messages with the new state in one transaction.
 */
export function createTurnHandler(deps: AssistantDeps): (turn: Turn) => Promise<Reply> {
  const withCalendar = { ...deps, calendar: deps.calendar ?? createWorkingCalendar() };
  const { conversations, logger } = deps;

  return async function handleTurn(raw: Turn): Promise<Reply> {
    const started = performance.now();
    // Channels sanitise at their boundary; this keeps storage safe from any other caller too.
    const turn: Turn = { ...raw, text: sanitiseCitizenText(raw.text) };
    const check = checkInput(turn.text);
    const conversationId = toConversationUuid(turn.conversationId);
    const { state, storedReply } = await conversations.open(conversationId, turn.channel, turn.clientMessageId);
    if (storedReply) return storedReply;
    let recentMessages: Promise<StoredMessage[]> | null = null;
    const recent = () => (recentMessages ??= conversations.load(conversationId).then((loaded) => loaded.recent));
    const elderly = Boolean(state.elderly || turn.elderly || turn.citizen?.elderly || turn.channel === 'voice');
    const outcome: Outcome = check.ok
      ? await respond({ deps: withCalendar, turn, conversationId, text: check.text, state, recent, elderly })
      : { reply: refusal(check), state: afterOther(state, elderly) };
    const citizenText = check.ok ? check.text : turn.text.slice(0, STORED_REFUSED_CHARS);
    const saved = await conversations.save(conversationId, outcome.state, [
      { role: 'citizen', text: citizenText, clientMessageId: turn.clientMessageId ?? null },
      { role: 'assistant', text: outcome.reply.text, reply: outcome.reply },
    ]);
    if (saved.duplicate && turn.clientMessageId) {
      // The same message arrived twice at once and the other copy was stored first: answer as it did.
      const stored = await conversations.findReply(conversationId, turn.clientMessageId);
      if (stored) return stored;
    }
    logger?.info(
      {
        event: 'assistant.turn',
        conversationId,
        channel: turn.channel,
        kind: outcome.reply.kind,
        intent: outcome.reply.intent,
        aspect: outcome.reply.aspect,
        procedure: outcome.reply.citations[0]?.code ?? null,
        confidence: Math.round(outcome.reply.confidence * 100) / 100,
        ms: Math.round(performance.now() - started),
        question: maskPersonalData(citizenText.slice(0, 200)).slice(0, 120),
      },
      'assistant turn',
    );
    return outcome.reply;
  };
}
