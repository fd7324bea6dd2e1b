import type { Env } from './env.ts';

/** The embedder settings of the environment, in the shape knowledge's createEmbedder takes. */
export function embedderConfig(env: Env) {
  return {
    openaiApiKey: env.OPENAI_API_KEY,
    openaiBaseUrl: env.OPENAI_BASE_URL,
    embeddingModel: env.OPENAI_EMBEDDING_MODEL,
    dimension: env.EMBEDDING_DIM,
  };
}
