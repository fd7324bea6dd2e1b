import type { Embedder } from '../embeddings/index.ts';
import { contentHash } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { groupedChunks } from '../store/chunk-groups.ts';
import { encodeCopyBinary } from '../store/copy-binary.ts';
import { embedChunks } from '../store/write-chunks.ts';
import { CHUNK_COLUMNS } from '../store/write-transaction.ts';
import { provinceVariants, type VariantStyle } from './synthetic-corpus.ts';

/** A batch of variants to prepare: `count` variants from index `start`. */
export interface VariantJob {
  start: number;
  count: number;
}

/** What the store would write for a batch: procedures with their content hash, and chunk rows as binary COPY. */
export interface PreparedBatch {
  procedures: Procedure[];
  hashes: string[];
  chunks: number;
  copy: ArrayBuffer;
  /** Milliseconds spent preparing it. */
  ms: number;
}

/** Chunks and embeds one batch of province variants exactly as the store's upsert does (groupedChunks, embedChunks). */
export async function prepareBatch(procedures: readonly Procedure[], job: VariantJob, style: VariantStyle, embedder: Embedder): Promise<PreparedBatch> {
  const started = performance.now();
  const [batch = []] = provinceVariants(procedures, job.start + job.count, { batchSize: job.count, start: job.start, style });
  const rows = await embedChunks(embedder, batch.flatMap((p) => groupedChunks(p)));
  const blob = encodeCopyBinary(CHUNK_COLUMNS.map((c) => c[1]), rows.map((r) => CHUNK_COLUMNS.map((c) => c[2](r))));
  const copy = await blob.arrayBuffer();
  return { procedures: batch, hashes: batch.map(contentHash), chunks: rows.length, copy, ms: performance.now() - started };
}
