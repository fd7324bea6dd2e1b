export { createRetriever, type KnowledgeRetriever, type RankedSearch, type RetrieverOptions } from './retriever.ts';
export type { ProcedureRetriever, RetrievedProcedure, RetrievedSection, SearchOptions } from './retriever-contract.ts';
export type { RetrievalFilters } from './filters.ts';
export { DEFAULT_WEIGHTS, type FusedProcedure, type FusionWeights } from './fuse.ts';
export { DEFAULT_CONFIDENCE, confidenceFeatures, type ConfidenceFeatures, type ConfidenceModel } from './confidence.ts';
export { analyzeQuery, type QueryTerms } from './query-terms.ts';
