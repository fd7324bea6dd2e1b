import type { Logger } from 'pino';
import type { EventBus } from '../../platform/events/bus.ts';
import type { WorkingCalendar } from '../calendar/index.ts';
import type { AnswerLlm } from '../llm/index.ts';
import type { Clock, ConversationOwnership, ConversationState, ConversationStore, HandoffSink, ProcedureRetriever, StoredMessage } from '../ports.ts';
import type { Turn } from '../reply.ts';
import type { CitizenTask } from '../tasks/task.ts';

export interface AssistantDeps {
  retriever: ProcedureRetriever;
  conversations: ConversationStore;
  handoffs: HandoffSink;
  /** Who owns the conversation; without it the bot always answers. */
  ownership?: ConversationOwnership | undefined;
  clock: Clock;
  bus?: EventBus | undefined;
  llm?: AnswerLlm | undefined;
  logger?: Logger | undefined;
  /** Working days for expected dates; the built-in Vietnamese calendar by default. */
  calendar?: WorkingCalendar | undefined;
  /** Multi-turn tasks (complaints, booking, forms, dossiers), built by the composition root. */
  tasks?: readonly CitizenTask[] | undefined;
}

/** Everything one turn works with once the message is checked and the state loaded. */
export interface TurnContext {
  deps: AssistantDeps & { calendar: WorkingCalendar };
  turn: Turn;
  conversationId: string;
  /** The checked, cleaned text. */
  text: string;
  state: ConversationState;
  /** Recent messages, loaded on first use (handoff summaries, the optional model). */
  recent: () => Promise<StoredMessage[]>;
  elderly: boolean;
}
