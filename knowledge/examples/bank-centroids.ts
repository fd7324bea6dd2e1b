import { highest, SOFTMAX_OPTIONS, softmaxInPlace, trainCorrections, type Corrections, type SoftmaxOptions } from './bank-softmax.ts';

/**
 * A nearest-centroid classifier learned from phrasings: each procedure's phrasings are summed into
 * one TF-IDF vector, and a question goes to the procedures whose vector it is closest to (cosine).
 * Where the bank's BM25 index answers "which single phrasing is most like this question", the
 * centroid weighs every phrasing of a procedure at once, so the words its citizens keep using count
 * more than one lucky sentence. Measured offline on the bank's phrasings alone, its first class was
 * the expected procedure more often than the BM25 index's first hit (dev 177 vs 159, A 197 vs 185,
 * B 240 vs 217 of the items whose procedure the bank holds). Built in memory, no download: about
 * half a second for the bank and every name of the full corpus, about 2 ms to classify a question;
 * the softmax corrections (bank-softmax.ts) add about 5 s to the build and put the expected
 * procedure first more often still (`npm run bench:classifier`: dev 177 → 204 of 228, A 214 → 219,
 * B 250 → 263).
 */
export interface BankClass {
  code: string;
  /**
   * Cosine between the question and the procedure's centroid (0..1), scaled down when they share
   * less than a couple of specific words; comparable across questions.
   */
  similarity: number;
  /**
   * Probability (0..1) the corrected classifier (bank-softmax.ts) gives the procedure among the
   * closest it weighs, scaled down like the cosine; 0 for one outside them. It tells which of the
   * look-alikes, not whether any fits: a vague "cái giấy ấy làm thế nào" still puts a tenth of it
   * on one procedure, which without the scaling was answered.
   */
  probability: number;
}

export interface BankCentroids {
  /** The `limit` closest procedures by similarity, and after them any other the softmax weighed. */
  classify(features: readonly string[], limit: number): BankClass[];
}

/**
 * Inverse document frequency the shared words must add up to for the cosine to count in full: about
 * two specific syllables and their pair ("khai sinh" 10.6, "hồ sơ" 7.7). A vague "cái giấy ấy làm
 * thế nào" shares only "giấy" (1.9) with a name, which a cosine over so few words would call close.
 */
const SPECIFIC = 8;

/** Sublinear term frequency times inverse document frequency, over the phrasings (unit length). */
export function weigh(features: readonly string[], idf: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of features) if (idf.has(f)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [f, tf] of counts) {
    const w = (1 + Math.log(tf)) * idf.get(f)!;
    weights.set(f, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [f, w] of weights) weights.set(f, w / norm);
  return weights;
}

/** Each feature's inverse document frequency over the phrasings. */
export function inverseFrequencies(phrasings: ReadonlyArray<{ features: readonly string[] }>): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of phrasings) for (const f of new Set(p.features)) df.set(f, (df.get(f) ?? 0) + 1);
  return new Map([...df].map(([f, n]) => [f, Math.log(1 + phrasings.length / n)]));
}

export type Phrasing = { code: string; features: readonly string[] };
/** Feature → the procedures whose centroid holds it, by index into `codes`, with the centroid's weight. */
export type CentroidPostings = Map<string, Array<{ index: number; weight: number }>>;

/** Each procedure's centroid: its phrasings' vectors summed, then normalised; as postings of its features. */
export function centroidPostings(phrasings: readonly Phrasing[], idf: ReadonlyMap<string, number>): { codes: string[]; postings: CentroidPostings } {
  const codes: string[] = [];
  const sums = new Map<string, Map<string, number>>();
  for (const p of phrasings) {
    let sum = sums.get(p.code);
    if (!sum) {
      sums.set(p.code, (sum = new Map()));
      codes.push(p.code);
    }
    for (const [f, w] of weigh(p.features, idf)) sum.set(f, (sum.get(f) ?? 0) + w);
  }
  const postings: CentroidPostings = new Map();
  codes.forEach((code, index) => {
    const sum = sums.get(code)!;
    const norm = Math.sqrt([...sum.values()].reduce((a, w) => a + w * w, 0));
    for (const [f, w] of sum) {
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push({ index, weight: w / norm });
    }
  });
  return { codes, postings };
}

/**
 * Everything the classifier learns from its phrasings. Learned here or in a worker thread
 * (train-bank-centroids.ts): the same phrasings give the same model either way.
 */
export interface CentroidModel {
  idf: Map<string, number>;
  codes: string[];
  postings: CentroidPostings;
  /** Empty without softmax. */
  corrections: Corrections;
}

export function learnCentroidModel(phrasings: readonly Phrasing[], softmax: SoftmaxOptions | null = SOFTMAX_OPTIONS): CentroidModel {
  const idf = inverseFrequencies(phrasings);
  const { codes, postings } = centroidPostings(phrasings, idf);
  const indexOf = new Map(codes.map((code, index) => [code, index]));
  const corrections: Corrections = softmax
    ? trainCorrections(phrasings.map((p) => ({ y: indexOf.get(p.code)!, x: [...weigh(p.features, idf)] })), postings, codes.length, softmax)
    : new Map();
  return { idf, codes, postings, corrections };
}

/** Learns the classifier in this thread: 3-5 s on the full corpus (trainBankCentroids learns it off the event loop). */
export function createBankCentroids(phrasings: readonly Phrasing[], softmax: SoftmaxOptions | null = SOFTMAX_OPTIONS): BankCentroids {
  return centroidClassifier(learnCentroidModel(phrasings, softmax), softmax);
}

export function centroidClassifier({ idf, codes, postings, corrections }: CentroidModel, softmax: SoftmaxOptions | null): BankCentroids {
  return {
    classify(features, limit) {
      const scores = new Float64Array(codes.length);
      const shared = new Float64Array(codes.length);
      const touched: number[] = [];
      const weights = weigh(features, idf);
      for (const [f, w] of weights) {
        const rarity = idf.get(f)!;
        for (const { index, weight } of postings.get(f) ?? []) {
          if (shared[index] === 0) touched.push(index);
          scores[index]! += w * weight;
          shared[index]! += rarity;
        }
      }
      const probability = new Map<number, number>();
      if (softmax) {
        const support = highest(touched, scores, softmax.shortlist);
        const logits = Float64Array.from(support, (c) => softmax.scale * scores[c]!);
        const position = new Int32Array(codes.length);
        support.forEach((c, k) => (position[c] = k + 1));
        for (const [f, w] of weights) {
          const row = corrections.get(f);
          if (!row) continue;
          for (let i = 0; i < row.classes.length; i++) {
            const k = position[row.classes[i]!]!;
            if (k > 0) logits[k - 1]! += w * row.weights[i]!;
          }
        }
        softmaxInPlace(logits);
        support.forEach((c, k) => probability.set(c, logits[k]!));
      }
      const ranked = touched
        .map((index) => {
          const specific = Math.min(1, shared[index]! / SPECIFIC);
          return { index, code: codes[index]!, similarity: scores[index]! * specific, probability: (probability.get(index) ?? 0) * specific };
        })
        .sort((a, b) => b.similarity - a.similarity || a.code.localeCompare(b.code));
      return ranked.filter((c, rank) => rank < limit || probability.has(c.index)).map(({ code, similarity, probability }) => ({ code, similarity, probability }));
    },
  };
}
