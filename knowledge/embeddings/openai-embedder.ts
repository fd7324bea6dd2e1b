import { Embeddings } from '@langchain/core/embeddings';
import type { OpenAIEmbeddings } from '@langchain/openai';
import type { Embedder } from './embedder.ts';

export interface OpenAIEmbedderOptions {
  apiKey: string;
  /** e.g. "text-embedding-3-small", or the model name an OpenAI-compatible server expects. */
  model: string;
  /** OpenAI-compatible server, e.g. "http://127.0.0.1:8080/v1". Default: api.openai.com. */
  baseURL?: string;
  /**
   * Ask the server to shorten vectors to this length (text-embedding-3 and later). Required for
   * models whose native length is not listed below, so the store knows the length up front.
   */
  dimensions?: number;
  /** Per request, in milliseconds. Default 30 s. */
  timeoutMs?: number;
  /** Retries with backoff on network errors and 429/5xx. Default 2. */
  maxRetries?: number;
  /** Texts per request. Default 256. */
  batchSize?: number;
}

/** Native vector lengths of OpenAI models, used when `dimensions` is not given. */
const NATIVE_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

/**
 * OpenAI (or OpenAI-compatible) embeddings through LangChain's OpenAIEmbeddings, checking that
 * every vector has the promised length before it reaches the store.
 */
export class OpenAIEmbedder extends Embeddings implements Embedder {
  readonly id: string;
  readonly dimension: number;
  // The OpenAI SDK costs ~0.4 s to import: load it on first use, so the default start-up never pays.
  private client: Promise<OpenAIEmbeddings> | null = null;
  private readonly clientOptions: ConstructorParameters<typeof OpenAIEmbeddings>[0];

  constructor(options: OpenAIEmbedderOptions) {
    const maxRetries = options.maxRetries ?? 2;
    super({ maxRetries });
    const dimension = options.dimensions ?? NATIVE_DIMENSIONS[options.model];
    if (!dimension) {
      throw new Error(`OpenAIEmbedder: set "dimensions" for model "${options.model}" (its vector length is not known)`);
    }
    this.dimension = dimension;
    this.id = `openai:${options.model}:${dimension}`;
    this.clientOptions = {
      apiKey: options.apiKey,
      model: options.model,
      dimensions: options.dimensions,
      // Floats, not the SDK's default base64: several OpenAI-compatible servers only speak floats.
      encodingFormat: 'float',
      timeout: options.timeoutMs ?? 30_000,
      maxRetries,
      batchSize: options.batchSize ?? 256,
      configuration: options.baseURL ? { baseURL: options.baseURL } : undefined,
    };
  }

  private openai(): Promise<OpenAIEmbeddings> {
    this.client ??= import('@langchain/openai').then(({ OpenAIEmbeddings }) => new OpenAIEmbeddings(this.clientOptions));
    return this.client;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    const vectors = await (await this.openai()).embedDocuments(texts);
    if (vectors.length !== texts.length) {
      throw new Error(`OpenAIEmbedder: ${vectors.length} vectors for ${texts.length} texts`);
    }
    return vectors.map((vector) => this.checked(vector));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.checked(await (await this.openai()).embedQuery(text));
  }

  private checked(vector: number[] | undefined): number[] {
    if (!vector || vector.length !== this.dimension) {
      throw new Error(`OpenAIEmbedder: got a vector of ${vector?.length ?? 0} dimensions, expected ${this.dimension}`);
    }
    return vector;
  }
}
