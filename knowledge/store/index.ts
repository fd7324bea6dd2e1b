export { createProcedureStore, type ProcedureStore, type StoreInput, type UpsertCounts } from './procedure-store.ts';
export { seedSampleCorpus, SAMPLE_CORPUS_DIR, type SeedResult } from './seed-sample-corpus.ts';
export { ensureVectorIndex, toVectorLiteral, vectorIndexName } from './vector-index.ts';
export type { ReembedProgress } from './reembed.ts';
