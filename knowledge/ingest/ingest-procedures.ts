import type { CoverageReport } from '../importers/index.ts';
import { createCoverage, readProcedures } from '../importers/index.ts';
import type { ProcedureStore, StoreInput, UpsertCounts } from '../store/index.ts';
import { createSkippedRecords, type SkippedGroup } from './skipped-records.ts';

export interface IngestOptions {
  /** Procedure code → usage weight (popularity.json). */
  popularity?: ReadonlyMap<string, number>;
  /** Procedures per store transaction. */
  batchSize?: number;
  /** Called after each batch with the number of records read so far. */
  onProgress?: (read: number) => void;
  /** Called while chunks are re-embedded (only when the embedder changed). */
  onReembed?: (done: number, total: number) => void;
}

export interface IngestSummary extends UpsertCounts {
  read: number;
  skipped: number;
  skippedGroups: SkippedGroup[];
  coverage: CoverageReport;
  reembedded: number;
  seconds: number;
}

/**
 * Streams a file or folder through the importers into the store in batches, skipping bad records
 * with their reasons. A missing or unreadable input throws the importers' ImportFileError.
 */
export async function ingestProcedures(store: ProcedureStore, path: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 200;
  const counts: UpsertCounts = { imported: 0, updated: 0, unchanged: 0 };
  const coverage = createCoverage();
  const skipped = createSkippedRecords();
  let read = 0;
  let batch: StoreInput[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await store.upsert(batch);
    counts.imported += result.imported;
    counts.updated += result.updated;
    counts.unchanged += result.unchanged;
    batch = [];
    options.onProgress?.(read);
  };
  await store.bulkLoad(async () => {
    const readOptions = options.popularity ? { popularity: options.popularity } : {};
    for await (const item of readProcedures(path, readOptions)) {
      read++;
      if (!item.ok) {
        skipped.add(item);
        continue;
      }
      coverage.add(item.procedure);
      batch.push({ procedure: item.procedure, source: item.source });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  });
  const { reembedded } = await store.reembedIfNeeded(options.onReembed ? { onProgress: options.onReembed } : {});
  return {
    ...counts,
    read,
    skipped: skipped.total(),
    skippedGroups: skipped.groups(),
    coverage: coverage.report(),
    reembedded,
    seconds: (performance.now() - started) / 1000,
  };
}
