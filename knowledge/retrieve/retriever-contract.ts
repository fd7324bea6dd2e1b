import type { RetrievalFilters } from './filters.ts';

/**
 * The retrieval contract is the assistant's `ProcedureRetriever` port (assistant/ports.ts):
 * knowledge implements it, so the composition root passes a knowledge retriever straight in.
 */
export type { ProcedureRetriever, RetrievedProcedure, RetrievedSection } from '../../assistant/index.ts';

export interface SearchOptions {
  limit?: number;
  filters?: RetrievalFilters;
  /** The whole message the query was taken from (see the assistant's port). */
  message?: string;
}
