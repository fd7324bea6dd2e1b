import type { CentroidPostings } from './bank-centroids.ts';

/**
 * Sparse corrections to the nearest-centroid classifier, learned by softmax regression over the
 * phrasings. The centroid sums a procedure's phrasings without looking at its look-alikes, so the
 * words that "cấp lại" and "cấp đổi", or a household business and a company, share pull the same
 * way for both. Here each phrasing is scored against the procedures its centroid ranking puts first
 * (the hard negatives), and its features' weights move towards its own procedure and away from
 * those. Only the corrections are kept, so the model stays as sparse as the centroids.
 *
 * Trained on typed arrays: every (feature, procedure) pair a phrasing can touch gets a slot before
 * the first epoch, so an epoch is plain arithmetic: about 5 s for the bank and every name of the
 * full corpus (28 s with maps of maps), once per process; no download, deterministic (fixed seed).
 */
export interface SoftmaxOptions {
  epochs: number;
  /** Learning rate of the first epoch; it falls as 1/(1 + epoch). */
  rate: number;
  /** Scale of the centroid cosine in the logits, so that the corrections start from it. */
  scale: number;
  /** Procedures each question is compared with: the first by centroid cosine. */
  shortlist: number;
  /** While training, each feature's postings are cut to its strongest procedures (speed). */
  postings: number;
}

/**
 * Chosen on the development sets' one-message items with `npm run bench:classifier`: a softmax over
 * every procedure (no shortlist) was no more accurate and took minutes; a shortlist of 20 with
 * postings cut to 100 lost one item per set. The rate was then chosen on wording the classifier
 * never learned from (`npm run bench:classifier-authors`, each bank author left out in turn): 3 → 6
 * put the author's procedure first for .697 of 6,976 phrasings instead of .677, in the first four
 * for .932 instead of .929; 10 gave .699 first but .927 in the first four (dev items: 204/219/263
 * first at 3, 205/218/261 at 6).
 */
export const SOFTMAX_OPTIONS: SoftmaxOptions = { epochs: 3, rate: 6, scale: 10, shortlist: 30, postings: 200 };

/**
 * Feature → the procedures (by index) it corrects and the weight added to the centroid's, scaled as
 * a logit. Typed arrays: about 3.7 million pairs on the full corpus, 230 MB as maps, about 45 MB so.
 */
export type Corrections = Map<string, { classes: Int32Array; weights: Float64Array }>;

export interface WeighedPhrasing {
  /** Index of the phrasing's procedure among the centroids' codes. */
  y: number;
  x: ReadonlyArray<readonly [string, number]>;
}

export function trainCorrections(examples: readonly WeighedPhrasing[], postings: CentroidPostings, classes: number, options: SoftmaxOptions = SOFTMAX_OPTIONS): Corrections {
  const cut = new Map(
    [...postings].map(([f, list]) => {
      const strongest = [...list].sort((a, b) => b.weight - a.weight).slice(0, options.postings);
      return [f, { index: Int32Array.from(strongest, (p) => p.index), weight: Float64Array.from(strongest, (p) => p.weight) }];
    }),
  );
  const featureIds = new Map<string, number>();
  const features: string[] = [];
  const shortScore = new Float64Array(classes);

  // Per phrasing: its support, the shortlist plus its own procedure.
  const prepared = examples.map(({ y, x }) => {
    const touched: number[] = [];
    for (const [f, v] of x) {
      const strongest = cut.get(f);
      if (!strongest) continue;
      for (let p = 0; p < strongest.index.length; p++) {
        const index = strongest.index[p]!;
        if (shortScore[index] === 0) touched.push(index);
        shortScore[index]! += v * strongest.weight[p]!;
      }
    }
    const ranked = highest(touched, shortScore, options.shortlist);
    const support = Int32Array.from(ranked.includes(y) ? ranked : [...ranked, y]);
    for (const c of touched) shortScore[c] = 0;
    const ids = Int32Array.from(x, ([f]) => featureIds.get(f) ?? featureIds.set(f, features.push(f) - 1).get(f)!);
    return { own: support.indexOf(y), support, base: new Float64Array(support.length), ids, values: Float64Array.from(x, ([, v]) => v), slots: new Int32Array(x.length * support.length) };
  });

  // Feature by feature: the centroid's logits over each support, and the weight slot of each
  // (feature, procedure) pair a phrasing touches; one marker per procedure stands in for a map of
  // millions of pairs.
  const starts = new Int32Array(features.length + 1);
  for (const { ids } of prepared) for (const f of ids) starts[f + 1]!++;
  for (let f = 0; f < features.length; f++) starts[f + 1]! += starts[f]!;
  const fill = starts.slice(0, features.length);
  const where = new Int32Array(starts[features.length]! * 2);
  prepared.forEach(({ ids }, i) => ids.forEach((f, j) => where.set([i, j], 2 * fill[f]!++)));
  const stamp = new Int32Array(classes).fill(-1);
  const slotOfClass = new Int32Array(classes);
  const slotFeature: number[] = [];
  const slotClass: number[] = [];
  const centroid = new Float64Array(classes);
  for (let f = 0; f < features.length; f++) {
    const row = postings.get(features[f]!) ?? [];
    for (const { index, weight } of row) centroid[index] = weight;
    for (let o = starts[f]!; o < starts[f + 1]!; o++) {
      const { support, slots, base, values } = prepared[where[2 * o]!]!;
      const j = where[2 * o + 1]!;
      const at = j * support.length;
      support.forEach((c, k) => {
        base[k]! += options.scale * values[j]! * centroid[c]!;
        if (stamp[c] !== f) {
          stamp[c] = f;
          slotOfClass[c] = slotFeature.push(f) - 1;
          slotClass.push(c);
        }
        slots[at + k] = slotOfClass[c]!;
      });
    }
    for (const { index } of row) centroid[index] = 0;
  }

  const weights = new Float64Array(slotFeature.length);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = prepared.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.rate / (1 + epoch);
    for (const i of order) {
      const { own, base, slots, values } = prepared[i]!;
      const width = base.length;
      const p = Float64Array.from(base);
      values.forEach((v, j) => {
        for (let k = 0; k < width; k++) p[k]! += v * weights[slots[j * width + k]!]!;
      });
      softmaxInPlace(p);
      for (let k = 0; k < width; k++) {
        const gradient = p[k]! - (k === own ? 1 : 0);
        if (Math.abs(gradient) < 1e-4) continue;
        values.forEach((v, j) => (weights[slots[j * width + k]!]! -= rate * gradient * v));
      }
    }
  }

  // A feature's slots were given out together, so each feature's corrections are one run of slots.
  const corrections: Corrections = new Map();
  for (let start = 0; start < slotFeature.length; ) {
    let end = start;
    while (end < slotFeature.length && slotFeature[end] === slotFeature[start]) end++;
    corrections.set(features[slotFeature[start]!]!, { classes: Int32Array.from(slotClass.slice(start, end)), weights: weights.slice(start, end) });
    start = end;
  }
  return corrections;
}

/**
 * The `k` indices of highest score, best first; ties keep their order in `indices` (as a stable
 * sort would). A sort of every touched procedure made the training four times slower.
 */
export function highest(indices: readonly number[], scores: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (const index of indices) {
    const score = scores[index]!;
    if (top.length === k && score <= scores[top[k - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && scores[top[at - 1]!]! < score) at--;
    top.splice(at, 0, index);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Turns logits into probabilities, in place (shifted by the largest for stability). */
export function softmaxInPlace(logits: Float64Array): void {
  let max = -Infinity;
  for (const v of logits) max = Math.max(max, v);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += logits[k] = Math.exp(logits[k]! - max);
  for (let k = 0; k < logits.length; k++) logits[k]! /= sum;
}
