import type { ChunkSection } from '../chunk/index.ts';
import type { Procedure } from '../model/procedure.ts';
import type { RetrievalFilters } from './filters.ts';

/**
 * The retrieval contract, shaped to match the assistant's `ProcedureRetriever` port
 * (assistant/ports.ts) so the composition root can pass a knowledge retriever straight in.
 */
export interface RetrievedSection {
  section: ChunkSection;
  caseLabel: string | null;
  text: string;
}

export interface RetrievedProcedure {
  procedure: Procedure;
  /** Fused score (higher is better); only meaningful within one result list. */
  score: number;
  /** Calibrated 0..1 probability that this is the procedure the citizen means. */
  confidence: number;
  /** The sections that matched the question, best first (the overview when none did). */
  sections: RetrievedSection[];
}

export interface SearchOptions {
  limit?: number;
  filters?: RetrievalFilters;
}

export interface ProcedureRetriever {
  search(query: string, options?: SearchOptions): Promise<RetrievedProcedure[]>;
  getByCode(code: string): Promise<Procedure | null>;
}
