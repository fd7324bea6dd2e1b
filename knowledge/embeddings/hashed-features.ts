import type { FeatureCounter } from './feature-counter.ts';

/**
 * Hashed lexical features ("feature hashing") over folded syllables: each syllable, each pair of
 * adjacent syllables and each character 3-gram of a syllable (with # boundaries) is hashed into
 * one of `dimension` buckets with a ±1 sign. Character 3-grams make "ki"/"ky" or "tru"/"chu"
 * typos land near each other; bigrams keep phrases like "tam_tru" apart from "tam" + "tru".
 */

export interface FeatureWeights {
  syllable: number;
  bigram: number;
  chargram: number;
}

/** A run of tokens whose neighbours form bigrams; each token carries a weight (1 = normal). */
export interface Segment {
  tokens: readonly string[];
  weights?: readonly number[];
}

const SYLLABLE = 0;
const BIGRAM = 1;
const CHARGRAM = 2;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SYLLABLE_SEED = fnvChar(FNV_OFFSET, 0x77); // "w"
const BIGRAM_SEED = fnvChar(FNV_OFFSET, 0x62); // "b"
const CHARGRAM_SEED = fnvChar(FNV_OFFSET, 0x63); // "c"
const BOUNDARY = 0x23; // "#"
const UNDERSCORE = 0x5f;
const HAS_DIGIT = /[0-9]/;

function fnvChar(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

function fnvString(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Murmur3 finaliser: FNV's low bits are weak for short keys, and buckets use the low bits. */
function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Adds a segment's features to `counts`. Codes (tokens with digits) get no character n-grams. */
export function countFeatures(segment: Segment, counts: FeatureCounter): void {
  const { tokens, weights } = segment;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const weight = weights?.[i] ?? 1;
    if (weight <= 0) continue;
    const tokenHash = fnvString(SYLLABLE_SEED, token);
    counts.add(finish(tokenHash), SYLLABLE, weight);
    if (i > 0) {
      const previousWeight = weights?.[i - 1] ?? 1;
      if (previousWeight > 0) {
        const pair = fnvString(fnvChar(fnvString(BIGRAM_SEED, tokens[i - 1] as string), UNDERSCORE), token);
        counts.add(finish(pair), BIGRAM, Math.min(weight, previousWeight));
      }
    }
    if (HAS_DIGIT.test(token)) continue;
    // 3-grams of "#token#": a 1-letter token still yields one gram ("#a#").
    const length = token.length + 2;
    for (let start = 0; start + 3 <= length; start++) {
      let h = CHARGRAM_SEED;
      for (let k = start; k < start + 3; k++) {
        h = fnvChar(h, k === 0 || k === length - 1 ? BOUNDARY : token.charCodeAt(k - 1));
      }
      counts.add(finish(h), CHARGRAM, weight);
    }
  }
}

/** Adds to `base` the features of `extra` that `base` lacks (so repeating a term adds nothing). */
export function mergeMissing(base: FeatureCounter, extra: FeatureCounter): void {
  extra.forEach((key, type, tf) => {
    if (!base.has(key)) base.add(key, type, tf);
  });
}

/** Signed, sublinear-tf (1 + ln tf), type-weighted, L2-normalised vector. Empty input → zeros. */
export function toVector(counts: FeatureCounter, dimension: number, weights: FeatureWeights): number[] {
  const vector = new Float64Array(dimension);
  const typeWeights = [weights.syllable, weights.bigram, weights.chargram];
  counts.forEach((hash, type, tf) => {
    const value = (typeWeights[type] ?? 0) * (tf <= 1 ? tf : 1 + Math.log(tf));
    vector[hash % dimension]! += hash & 0x80000000 ? -value : value;
  });
  let norm = 0;
  for (let i = 0; i < dimension; i++) norm += vector[i]! * vector[i]!;
  const out = new Array<number>(dimension);
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < dimension; i++) out[i] = vector[i]! * scale;
  return out;
}
