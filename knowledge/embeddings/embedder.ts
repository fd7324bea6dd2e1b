import type { Embeddings } from '@langchain/core/embeddings';

/**
 * A LangChain `Embeddings` that also says which vectors it makes. The store keeps `id` and
 * `dimension` beside every vector and re-embeds chunks whose embedder changed, so the id must
 * change whenever the vectors would (model, dimension, feature version).
 */
export interface Embedder extends Embeddings {
  /** e.g. "local-hash-v1:512" or "openai:text-embedding-3-small:512". */
  readonly id: string;
  readonly dimension: number;
}
