import type { Embedder } from '../embeddings/index.ts';
import type { GroupedChunk } from './chunk-groups.ts';
import type { ChunkRow } from './write-transaction.ts';

/** Texts per embedding call: large enough to amortise a remote call, small enough to stream. */
export const EMBED_BATCH = 256;

/** Embeds chunks in batches (before any transaction opens, so a slow remote embedder holds no locks). */
export async function embedChunks(embedder: Embedder, chunks: readonly GroupedChunk[]): Promise<ChunkRow[]> {
  const rows: ChunkRow[] = [];
  for (let start = 0; start < chunks.length; start += EMBED_BATCH) {
    const batch = chunks.slice(start, start + EMBED_BATCH);
    const vectors = await embedTexts(embedder, batch.map((c) => c.text));
    batch.forEach((chunk, i) =>
      rows.push({
        procedureCode: chunk.procedureCode,
        section: chunk.section,
        caseLabel: chunk.caseLabel,
        ordinal: chunk.ordinal,
        groupKey: chunk.groupKey,
        text: chunk.text,
        textFolded: chunk.textFolded,
        embedder: embedder.id,
        embeddingDim: embedder.dimension,
        embedding: vectors[i]!,
      }),
    );
  }
  return rows;
}

/** Embeds texts and checks every vector has the embedder's dimension. */
export async function embedTexts(embedder: Embedder, texts: string[]): Promise<number[][]> {
  const vectors = await embedder.embedDocuments(texts);
  if (vectors.length !== texts.length) throw new Error(`the embedder returned ${vectors.length} vectors for ${texts.length} texts`);
  for (const vector of vectors) {
    if (vector.length !== embedder.dimension) {
      throw new Error(`the embedder returned a vector of ${vector.length} dimensions, expected ${embedder.dimension}`);
    }
  }
  return vectors;
}
