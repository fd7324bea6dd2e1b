import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { EMBED_BATCH, updateChunkVectors } from './write-chunks.ts';

export type ReembedProgress = (done: number, total: number) => void;

/**
 * Re-embeds every chunk whose vector came from another embedder or dimension (or has none), in
 * batches by id so memory stays flat and an interrupted run resumes where it stopped.
 */
export async function reembedChunks(
  database: Database,
  embedder: Embedder,
  onProgress?: ReembedProgress,
): Promise<{ reembedded: number }> {
  const stale = sql`(embedder is distinct from ${embedder.id} or embedding_dim is distinct from ${embedder.dimension} or embedding is null)`;
  const [countRow] = await database.rows<{ n: number }>(sql`select count(*)::int as n from procedure_chunks where ${stale}`);
  const total = countRow?.n ?? 0;
  let done = 0;
  let lastId = 0;
  while (done < total) {
    const batch = await database.rows<{ id: string | number; text: string }>(
      sql`select id, text from procedure_chunks where ${stale} and id > ${lastId} order by id limit ${EMBED_BATCH}`,
    );
    if (batch.length === 0) break;
    const chunks = batch.map((row) => ({ id: Number(row.id), text: row.text }));
    await updateChunkVectors(database.db, embedder, chunks);
    lastId = chunks[chunks.length - 1]!.id;
    done += chunks.length;
    onProgress?.(done, total);
  }
  return { reembedded: done };
}
