import type { Embedder } from './embedder.ts';
import { LocalHashEmbedder } from './local-hash-embedder.ts';
import { OpenAIEmbedder } from './openai-embedder.ts';

export interface EmbedderConfig {
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  embeddingModel: string;
  dimension: number;
}

/** The local hashing embedder unless an API key is configured. */
export function createEmbedder(config: EmbedderConfig): Embedder {
  if (!config.openaiApiKey) return new LocalHashEmbedder({ dimension: config.dimension });
  return new OpenAIEmbedder({
    apiKey: config.openaiApiKey,
    baseURL: config.openaiBaseUrl,
    model: config.embeddingModel,
    dimensions: config.dimension,
  });
}
