import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { ProcedureChunk } from '../chunk/index.ts';
import type { Embedder } from '../embeddings/index.ts';
import { procedureChunks } from './tables.ts';
import { toVectorLiteral } from './vector-index.ts';

/** Texts per embedding call: large enough to amortise a remote call, small enough to stream. */
export const EMBED_BATCH = 256;
/** Rows per INSERT: each chunk row carries a vector literal of a few kilobytes. */
const INSERT_BATCH = 400;

type Executor = Pick<Db, 'insert' | 'execute'>;

export type ChunkRow = typeof procedureChunks.$inferInsert;

/** Embeds chunks in batches (before any transaction opens, so a slow remote embedder holds no locks). */
export async function embedChunks(embedder: Embedder, chunks: readonly ProcedureChunk[]): Promise<ChunkRow[]> {
  const rows: ChunkRow[] = [];
  for (let start = 0; start < chunks.length; start += EMBED_BATCH) {
    const batch = chunks.slice(start, start + EMBED_BATCH);
    const vectors = await embedder.embedDocuments(batch.map((c) => c.text));
    batch.forEach((chunk, i) =>
      rows.push({
        procedureCode: chunk.procedureCode,
        section: chunk.section,
        caseLabel: chunk.caseLabel,
        ordinal: chunk.ordinal,
        text: chunk.text,
        textFolded: chunk.textFolded,
        embedder: embedder.id,
        embeddingDim: embedder.dimension,
        embedding: checkedVector(vectors[i], embedder.dimension),
      }),
    );
  }
  return rows;
}

/** Multi-row INSERTs of embedded chunks. */
export async function insertChunkRows(executor: Executor, rows: readonly ChunkRow[]): Promise<void> {
  for (let from = 0; from < rows.length; from += INSERT_BATCH) {
    await executor.insert(procedureChunks).values(rows.slice(from, from + INSERT_BATCH));
  }
}

/** Replaces the vectors of existing chunks in one UPDATE … FROM (VALUES …) per batch. */
export async function updateChunkVectors(
  executor: Executor,
  embedder: Embedder,
  chunks: ReadonlyArray<{ id: number; text: string }>,
): Promise<void> {
  const vectors = await embedder.embedDocuments(chunks.map((c) => c.text));
  const values = sql.join(
    chunks.map((c, i) => sql`(${c.id}::bigint, ${toVectorLiteral(checkedVector(vectors[i], embedder.dimension))}::vector)`),
    sql`, `,
  );
  await executor.execute(sql`update procedure_chunks as c
    set embedding = v.embedding, embedder = ${embedder.id}, embedding_dim = ${embedder.dimension}
    from (values ${values}) as v(id, embedding) where c.id = v.id`);
}

function checkedVector(vector: number[] | undefined, dim: number): number[] {
  if (!vector || vector.length !== dim) {
    throw new Error(`the embedder returned a vector of ${vector?.length ?? 0} dimensions, expected ${dim}`);
  }
  return vector;
}
