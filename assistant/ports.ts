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
  /**
   * The fused score without the classifier's softmax preference among look-alikes (absent: the
   * score). Whether two candidates are close enough to ask between is judged on it: the softmax
   * shares its probability between siblings (two levels, two variants) whatever the question says.
   */
  closeness?: number;
  /** Calibrated 0..1 probability that this is the procedure the citizen means. */
  confidence: number;
  sections: RetrievedSection[];
  /**
   * The life event the question describes ("bố tôi mất" → qua đời), the same on every result of a
   * search: the procedures it leads to in order (liên thông included, only those in the corpus).
   * A reply may list them, then answer the first. Absent when no event was recognised.
   */
  event?: LifeEventRef;
  /**
   * Evidence of the example-question bank for this procedure: its rank among the procedures the
   * bank proposed (0 = best) and the relevance of its best phrasing (0..1, how much of the question
   * the phrasing covers). Absent when the bank did not propose it. A feature for the decision.
   */
  bank?: { rank: number; relevance: number };
  /**
   * The bank's nearest-centroid classifier: this procedure's rank among the closest (0 = best) and
   * the cosine of the question to all its phrasings together (0..1). Absent when not proposed.
   */
  classified?: { rank: number; similarity: number; probability?: number };
  /** The question contains the procedure's whole name ("đăng ký thường trú"): the citizen named it. */
  named?: boolean;
  /**
   * An area of administration the question names that the corpus holds no procedure of
   * ("chuyển trường" → giáo dục), the same on every result of a search; absent otherwise.
   */
  outside?: OutsideTopicRef;
}

export interface OutsideTopicRef {
  id: string;
  /** How a reply names the area ("giáo dục và đào tạo"). */
  label: string;
  /** Who handles it, as a phrase ("nhà trường … hoặc Sở Giáo dục và Đào tạo"). */
  handledBy: string;
  term: string;
  /**
   * The term as written, lower case with the tone mark last (knowledge/text toneKey), when only that
   * spelling names the thing ("chó", not "cho"): a record mentions it only in this spelling.
   */
  written?: string;
  /** Everyday life or a private service, not administration: a look-alike unless the record speaks of it. */
  everyday?: boolean;
  /** The term follows a verb of asking ("xin giấy phép lao động"): it is what the citizen asks for, not context. */
  asked?: boolean;
}

/** A life event as retrieval reports it (knowledge/events/life-events.json). */
export interface LifeEventRef {
  id: string;
  label: string;
  procedures: string[];
}

export interface RetrievalFilters {
  level?: Level;
  agency?: string;
  field?: string;
}

export interface ProcedureRetriever {
  /**
   * `message` is the citizen's whole message when `query` holds only its topic words: areas the
   * corpus lacks are read from all of it ("miễn giảm học phí" loses "phí" to the fee question).
   */
  search(query: string, options?: { limit?: number; filters?: RetrievalFilters; message?: string }): Promise<RetrievedProcedure[]>;
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
  /** Procedures answered earlier in this conversation, newest last: a citizen may come back to one. */
  earlierTopics?: string[];
  /** The citizen task running in this conversation (see assistant/tasks), with the data it keeps. */
  task?: { name: string; data: Record<string, unknown> } | null;
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
  /** Display name of the staff member who wrote an `agent` message. */
  author?: string | null;
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
  appendMessage(conversationId: string, role: StoredMessage['role'], text: string, reply?: Reply | null, author?: string | null): Promise<StoredMessageRow>;
  /**
   * Appends a message once per `key` in the conversation (a job retried after the insert writes
   * nothing): the key is stored as the message's clientMessageId. Null when it was already there.
   */
  appendOnce(conversationId: string, role: StoredMessage['role'], text: string, key: string): Promise<StoredMessageRow | null>;
}

export interface HandoffRequest {
  conversationId: string;
  reason: HandoffReason;
  summary: {
    question: string;
    procedureCode: string | null;
    procedureName: string | null;
    answered: string | null;
    why: string;
    /** What the citizen already said (recent messages), so the agent never asks again. */
    citizenSaid?: string[];
    /** The sources of what was answered. */
    citations?: { code: string; name: string; url: string | null }[];
  };
  /** The channel the citizen is on (a routing skill). */
  channel?: Turn['channel'];
  /** The procedure's field (lĩnh vực), a routing skill. */
  field?: string | null;
  /** Elderly, disabled, pregnant citizens and people with merit are served first. */
  priorityCitizen?: boolean;
}

export interface HandoffSink {
  /** Queues the handoff; `notice` is told to the citizen (e.g. when people answer outside opening hours). */
  request(handoff: HandoffRequest): Promise<{ id: string; notice?: string | null }>;
}

/** Who answers the citizen now: the bot, or people (waiting in the queue, or an agent). */
export type ConversationOwner =
  | { owner: 'bot' }
  | { owner: 'queue'; position: number; notice?: string | null }
  | { owner: 'agent'; agentName: string };

/**
 * Implemented by the call centre: while people own a conversation the assistant stays silent,
 * and only tells the citizen their place in the queue when asked.
 */
export interface ConversationOwnership {
  ownerOf(conversationId: string): Promise<ConversationOwner>;
}

export interface Clock {
  now(): Date;
}
