/** Embedders: a local hashing embedder (default, no model) and OpenAI-compatible embeddings. */
export type { Embedder } from './embedder.ts';
export { LocalHashEmbedder } from './local-hash-embedder.ts';
export type { LocalHashEmbedderOptions } from './local-hash-embedder.ts';
export { OpenAIEmbedder } from './openai-embedder.ts';
export type { OpenAIEmbedderOptions } from './openai-embedder.ts';
export { createEmbedder } from './create-embedder.ts';
export type { EmbedderConfig } from './create-embedder.ts';
