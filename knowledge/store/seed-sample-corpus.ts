import { sql } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../platform/db/client.ts';
import { readProcedures } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';
import type { ProcedureStore, UpsertCounts } from './procedure-store.ts';

/** The small corpus shipped with the project, so a fresh install answers questions at once. */
export const SAMPLE_CORPUS_DIR = fileURLToPath(new URL('../sample-corpus/', import.meta.url));

export interface SeedResult extends UpsertCounts {
  seeded: boolean;
  skipped: number;
}

/**
 * Loads `knowledge/sample-corpus/` when the procedures table is empty (first start); a database
 * that already holds procedures, sample or real, is left alone.
 */
export async function seedSampleCorpus(database: Database, store: ProcedureStore, folder = SAMPLE_CORPUS_DIR): Promise<SeedResult> {
  const [row] = await database.rows<{ any: boolean }>(sql`select exists (select 1 from procedures) as any`);
  if (row?.any) return { seeded: false, imported: 0, updated: 0, unchanged: 0, skipped: 0 };
  const batch: Procedure[] = [];
  let skipped = 0;
  for await (const item of readProcedures(folder)) {
    if (item.ok) batch.push(item.procedure);
    else skipped++;
  }
  const counts = await store.bulkLoad(() => store.upsert(batch, { source: 'sample-corpus' }));
  return { seeded: true, ...counts, skipped };
}
