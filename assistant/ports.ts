import type { Level, Procedure } from '../knowledge/index.ts';
import type { Aspect, HandoffReason, Reply, Turn } from './reply.ts';

/** What the assistant needs from the outside world; knowledge and callcenter implement these. */

export interface RetrievedSection {
  section: 'overview' | 'documents' | 'methods' | 'steps' | 'conditions' | 'legal' | 'results';
  caseLabel: string | null;
  text: string;
}

export interface RetrievedProcedure {
  procedure: Procedure;
  /** Fused score (higher is better); only meaningful within one result list. */
  score: number;
  /** Calibrated 0..1 probability that this is the procedure the citizen means. */
  confidence: number;
  sections: RetrievedSection[];
}

export interface RetrievalFilters {
  level?: Level;
  agency?: string;
  field?: string;
}

export interface ProcedureRetriever {
  search(query: string, options?: { limit?: number; filters?: RetrievalFilters }): Promise<RetrievedProcedure[]>;
  getByCode(code: string): Promise<Procedure | null>;
}

export interface ConversationState {
  procedureCode?: string | null;
  caseLabel?: string | null;
  method?: Procedure['methods'][number]['method'] | null;
  aspectsGiven?: Aspect[];
  pendingChoices?: Reply['choices'];
  lowConfidenceStreak?: number;
  lastQuestions?: string[];
  elderly?: boolean;
  /** How sure the assistant was of the current procedure when it was chosen (0..1). */
  procedureConfidence?: number;
  /** Aspects of the last answer, reused by follow-ups that name none ("thế còn cho con tôi?"). */
  lastAspects?: Aspect[];
  /** The question waiting for a pick among `pendingChoices`, answered once the citizen chooses. */
  pendingQuestion?: PendingQuestion | null;
}

/** A question put on hold by a clarifying question. */
export interface PendingQuestion {
  /** What the choices choose: a procedure (value = code) or a document case (value = case label). */
  kind: 'procedure' | 'case';
  text: string;
  aspects: Aspect[];
  method: Procedure['methods'][number]['method'] | null;
  compares: boolean;
  wantsExpectedDate: boolean;
  caseCues: string[];
}

export interface StoredMessage {
  role: 'citizen' | 'assistant' | 'agent' | 'system';
  text: string;
  reply?: Reply | null;
  /** Set on the citizen's message when the channel retries: the same id is processed once. */
  clientMessageId?: string | null;
}

/** A message as stored, with its row id (what `message.created` carries). */
export interface StoredMessageRow {
  id: number;
  conversationId: string;
  role: StoredMessage['role'];
  text: string;
  reply: Reply | null;
  clientMessageId: string | null;
  createdAt: string;
}

export interface ConversationStore {
  /** State and recent messages of a conversation (empty when it does not exist). */
  load(conversationId: string): Promise<{ state: ConversationState; recent: StoredMessage[] }>;
  /**
   * Saves the state and appends the messages atomically. `duplicate` is true (and nothing is saved)
   * when the first message's clientMessageId was already stored in this conversation; only the first
   * message may carry one.
   */
  save(conversationId: string, state: ConversationState, messages: StoredMessage[]): Promise<{ duplicate: boolean }>;
  /**
   * The start of a turn in one round trip: creates the conversation on that channel if it is new,
   * and returns its state and, when `clientMessageId` was already answered, the stored reply.
   */
  open(conversationId: string, channel: Turn['channel'], clientMessageId?: string): Promise<{ state: ConversationState; storedReply: Reply | null }>;
  /** The assistant's reply to the citizen message stored with this clientMessageId, if any. */
  findReply(conversationId: string, clientMessageId: string): Promise<Reply | null>;
  start(channel: string, externalId?: string): Promise<string>;
  findByExternalId(channel: string, externalId: string): Promise<string | null>;
  /** Messages after `afterMessageId`, oldest first, at most `limit` (default and ceiling 500). */
  history(conversationId: string, afterMessageId?: number, limit?: number): Promise<StoredMessageRow[]>;
  appendMessage(conversationId: string, role: StoredMessage['role'], text: string, reply?: Reply | null): Promise<StoredMessageRow>;
}

export interface HandoffRequest {
  conversationId: string;
  reason: HandoffReason;
  summary: { question: string; procedureCode: string | null; procedureName: string | null; answered: string | null; why: string };
}

export interface HandoffSink {
  request(handoff: HandoffRequest): Promise<{ id: string }>;
}

export interface Clock {
  now(): Date;
}
