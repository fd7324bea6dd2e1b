/** Public face of the knowledge module. */
export * from './model/procedure.ts';
export * from './embeddings/index.ts';
export { normalize, fold, syllables, contentTokens, expandQuery } from './text/index.ts';
export { createProcedureStore, seedSampleCorpus, SAMPLE_CORPUS_DIR, type ProcedureStore, type UpsertCounts, type SeedResult } from './store/index.ts';
export { createRetriever, ProcedureLangChainRetriever, type KnowledgeRetriever } from './retrieve/index.ts';
export { readProcedures, readFlattenedExport, readPortalApi, loadPopularity, createCoverage, contentHash, ImportFileError, type ImportItem, type CoverageReport } from './importers/index.ts';
export { createMiniSearchPeer, createOramaPeer, type PeerSearch } from './retrieve/peers/index.ts';
