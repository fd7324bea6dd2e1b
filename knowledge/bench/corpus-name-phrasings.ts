import { sql } from 'drizzle-orm';
import { loadEnvOrExit } from '../../platform/app/load-env.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { bankFeatures } from '../examples/index.ts';
import type { Phrasing } from '../examples/bank-centroids.ts';

/**
 * Every procedure name of the configured database as one more classifier phrasing, as the retriever
 * adds them to the bank's (retrieve/procedure-classifier.ts): what the classifier benches learn from.
 */
export async function corpusNamePhrasings(): Promise<{ names: Phrasing[]; driver: string }> {
  const env = loadEnvOrExit();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const rows = await database.rows<{ code: string; name_folded: string }>(sql`select code, name_folded from procedures`);
  await database.close();
  return { names: rows.map((r) => ({ code: r.code, features: bankFeatures(r.name_folded) })), driver: database.driver };
}
