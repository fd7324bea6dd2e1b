/** Public face of the assistant: one entry point for every channel, and its conversations. */
import type { AssistantDeps } from './dialogue/deps.ts';
import { createTurnHandler } from './dialogue/handle-turn.ts';
import type { Clock, StoredMessage, StoredMessageRow } from './ports.ts';
import type { Reply, Turn } from './reply.ts';

export type * from './reply.ts';
export type * from './ports.ts';
export { createAnswerLlm, type AnswerLlm, type AnswerLlmOptions } from './llm/index.ts';
export { createPgConversationStore } from './conversation/pg-conversation-store.ts';
export { toConversationUuid } from './conversation/conversation-id.ts';
export { understand, type Understanding, type Intent } from './understand/understand.ts';
export { foldText, stripDiacritics } from './understand/fold.ts';
export { sanitiseCitizenText, sanitiseStrings } from './safety/index.ts';
export { toGsmAscii } from './compose/render-channels.ts';
export { createWorkingCalendar, isWorkingDay, formatDateVi, type WorkingCalendar } from './calendar/index.ts';
export { WAITING as queueWaitingText } from './dialogue/while-owned.ts';

export type { AssistantDeps } from './dialogue/deps.ts';
export * from './tasks/index.ts';

export interface Assistant {
  handleTurn(turn: Turn): Promise<Reply>;
  conversations: {
    start(channel: Turn['channel'] | string, externalId?: string): Promise<string>;
    findByExternalId(channel: Turn['channel'] | string, externalId: string): Promise<string | null>;
    history(conversationId: string, afterMessageId?: number, limit?: number): Promise<StoredMessageRow[]>;
    appendMessage(conversationId: string, role: StoredMessage['role'], text: string, reply?: Reply | null, author?: string | null): Promise<StoredMessageRow>;
  };
}

/** The system clock, for composition roots that have no other. */
export const systemClock: Clock = { now: () => new Date() };

export function createAssistant(deps: AssistantDeps): Assistant {
  const store = deps.conversations;
  return {
    handleTurn: createTurnHandler(deps),
    conversations: {
      start: (channel, externalId) => store.start(channel, externalId),
      findByExternalId: (channel, externalId) => store.findByExternalId(channel, externalId),
      history: (conversationId, afterMessageId, limit) => store.history(conversationId, afterMessageId, limit),
      appendMessage: (conversationId, role, text, reply, author) => store.appendMessage(conversationId, role, text, reply, author),
    },
  };
}
