import type { Level, Procedure } from '../knowledge/index.ts';
import type { Aspect, HandoffReason, Reply } from './reply.ts';

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
}

export interface StoredMessage {
  role: 'citizen' | 'assistant' | 'agent' | 'system';
  text: string;
  reply?: Reply | null;
}

export interface ConversationStore {
  load(conversationId: string): Promise<{ state: ConversationState; recent: StoredMessage[] }>;
  save(conversationId: string, state: ConversationState, messages: StoredMessage[]): Promise<void>;
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
