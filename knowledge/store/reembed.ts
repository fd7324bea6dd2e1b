import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { EMBED_BATCH, embedTexts } from './write-chunks.ts';
import { runWrite } from './write-transaction.ts';

export type ReembedProgress = (done: number, total: number) => void;

/** Chunks re-embedded per transaction. */
const REEMBED_BATCH = EMBED_BATCH * 4;

/**
 * Re-embeds every chunk whose vector came from another embedder or dimension (or has none), in
 * batches by id so memory stays flat and an interrupted run resumes where it stopped.
 */
export async function reembedChunks(database: Database, embedder: Embedder, onProgress?: ReembedProgress): Promise<{ reembedded: number }> {
  const stale = sql`(embedder is distinct from ${embedder.id} or embedding_dim is distinct from ${embedder.dimension} or embedding is null)`;
  const [countRow] = await database.rows<{ n: number }>(sql`select count(*)::int as n from procedure_chunks where ${stale}`);
  const total = countRow?.n ?? 0;
  let done = 0;
  let lastId = 0;
  while (done < total) {
    const batch = await database.rows<{ id: string | number; text: string }>(
      sql`select id, text from procedure_chunks where ${stale} and id > ${lastId} order by id limit ${REEMBED_BATCH}`,
    );
    if (batch.length === 0) break;
    const vectors = await embedTexts(embedder, batch.map((row) => row.text));
    const rows = batch.map((row, i) => ({ id: Number(row.id), embedding: vectors[i]! }));
    await runWrite(database, (tx) => tx.updateVectors(rows, embedder.id, embedder.dimension));
    lastId = rows[rows.length - 1]!.id;
    done += rows.length;
    onProgress?.(done, total);
  }
  return { reembedded: done };
}
