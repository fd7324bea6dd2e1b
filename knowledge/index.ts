/** Public face of the knowledge module. */
export * from './model/procedure.ts';
export * from './embeddings/index.ts';
export { normalize, fold, syllables, contentTokens, expandQuery, typedSyllables } from './text/index.ts';
export { createProcedureStore, seedSampleCorpus, SAMPLE_CORPUS_DIR, type ProcedureStore, type StoreInput, type UpsertCounts, type SeedResult } from './store/index.ts';
export { chunkProcedure, CHUNK_SECTIONS, type ChunkSection, type ProcedureChunk } from './chunk/index.ts';
export { ingestProcedures, type IngestOptions, type IngestSummary } from './ingest/ingest-procedures.ts';
export {
  createRetriever,
  DEFAULT_WEIGHTS,
  DEFAULT_CONFIDENCE,
  type KnowledgeRetriever,
  type RetrieverOptions,
  type RetrievedProcedure,
  type RetrievedSection,
  type RetrievalFilters,
  type SearchOptions,
  type FusionWeights,
  type ConfidenceModel,
} from './retrieve/index.ts';
export { readProcedures, readFlattenedExport, readPortalApi, loadPopularity, popularityBeside, createCoverage, contentHash, ImportFileError, type ImportItem, type CoverageReport } from './importers/index.ts';
export { createMiniSearchPeer, createOramaPeer, type PeerSearch } from './retrieve/peers/index.ts';
export { getTopicDomains, createTopicDomains, type TopicDomain, type OutsideTopic } from './domains/topic-domains.ts';
export { matchLifeEvents, getLifeEvents, type LifeEvent, type LifeEventMatch } from './events/index.ts';
export { loadBank, createBankIndex, createBankCentroids, bankFeatures, type BankEntry, type BankIndex, type BankHit } from './examples/index.ts';
