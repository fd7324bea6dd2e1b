import { Embeddings } from '@langchain/core/embeddings';
import { AMBIGUOUS_STOPWORDS, contentTokens, expandQuery, hasDiacritics } from '../text/index.ts';
import type { Embedder } from './embedder.ts';
import { FeatureCounter } from './feature-counter.ts';
import { countFeatures, mergeMissing, toVector, type FeatureWeights, type Segment } from './hashed-features.ts';

export interface LocalHashEmbedderOptions {
  /** Vector length; default 512. */
  dimension?: number;
}

/** Bump when features or weights change: stored vectors carry the id and get re-embedded. */
const VERSION = 'local-hash-v1';
const WEIGHTS: FeatureWeights = { syllable: 1, bigram: 0.8, chargram: 0.3 };
/** Weight of "toi", "thi", "cua"… in unaccented text, where they may be filler or content. */
const AMBIGUOUS_WEIGHT = 0.2;
/** Documents per slice before yielding to the event loop, so a long re-embed keeps the server responsive. */
const SLICE = 500;

/**
 * The default embedder: no model, no download, deterministic. Lexical, not semantic: it finds
 * procedures that share (folded) words, phrases and spellings with the question. Queries are
 * expanded with the lexicon (colloquial → official terms); documents are not, because procedure
 * text already uses the official terms, and folded matching inside long official text would add
 * noise ("theo dõi" is not "đổi", "thị thực" is not "thì").
 */
export class LocalHashEmbedder extends Embeddings implements Embedder {
  readonly id: string;
  readonly dimension: number;
  /** Reused per text (embedding is synchronous inside each call). */
  private readonly counts = new FeatureCounter();
  private readonly expansion = new FeatureCounter(256);

  constructor(options: LocalHashEmbedderOptions = {}) {
    super({});
    const dimension = options.dimension ?? 512;
    if (!Number.isInteger(dimension) || dimension < 8) throw new Error(`LocalHashEmbedder: invalid dimension ${dimension}`);
    this.dimension = dimension;
    this.id = `${VERSION}:${dimension}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i++) {
      if (i > 0 && i % SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      vectors.push(this.embedDocumentSync(texts[i] as string));
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedQuerySync(text);
  }

  embedDocumentSync(text: string): number[] {
    this.counts.clear();
    countFeatures(textSegment(text), this.counts);
    return toVector(this.counts, this.dimension, WEIGHTS);
  }

  /**
   * The question's own features plus those of each official term the lexicon matched. Expansion
   * only fills in what is missing, so a caller that already appended the terms changes nothing.
   */
  embedQuerySync(text: string): number[] {
    this.counts.clear();
    countFeatures(textSegment(text), this.counts);
    const terms = new Set(expandQuery(text).matched.map((m) => m.to));
    if (terms.size > 0) {
      this.expansion.clear();
      for (const term of terms) countFeatures({ tokens: contentTokens(term) }, this.expansion);
      mergeMissing(this.counts, this.expansion);
    }
    return toVector(this.counts, this.dimension, WEIGHTS);
  }
}

function textSegment(text: string): Segment {
  const tokens = contentTokens(text);
  if (hasDiacritics(text)) return { tokens };
  return { tokens, weights: tokens.map((t) => (AMBIGUOUS_STOPWORDS.has(t) ? AMBIGUOUS_WEIGHT : 1)) };
}
