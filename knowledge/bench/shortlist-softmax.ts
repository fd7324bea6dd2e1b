import { centroidPostings, inverseFrequencies, weigh, type CentroidPostings, type Phrasing } from '../examples/index.ts';

/**
 * An experiment, not used by the retriever yet: the bank's nearest-centroid classifier
 * (examples/bank-centroids.ts) with sparse corrections learned by softmax regression. Each training
 * phrasing is scored against the few procedures its centroid ranking puts first (the hard
 * negatives), and the weights of its features move towards its own procedure and away from the
 * others. Only those corrections are stored, so the model stays as sparse as the centroids.
 * `npm run bench:classifier` measures it. Not wired in: it takes about 28 s to build on the full
 * corpus, and with the answer policy fitted on the centroid's cosines it also answered more questions
 * the corpus cannot answer (a softmax has no "none of these"); its probability would need to be a
 * separate evidence feature with the policy refitted.
 */
export interface ShortlistSoftmaxOptions {
  epochs: number;
  /** Learning rate of the first epoch; it falls as 1/(1 + epoch). */
  rate: number;
  /** Scale of the centroid cosine in the logits, so that the corrections start from it. */
  scale: number;
  /** Procedures each phrasing is compared with. */
  shortlist: number;
  /** While training, each feature's postings are cut to its strongest procedures (speed). */
  postings: number;
}

export function createShortlistSoftmax(phrasings: readonly Phrasing[], options: ShortlistSoftmaxOptions) {
  const idf = inverseFrequencies(phrasings);
  const { codes, postings: full } = centroidPostings(phrasings, idf);
  const indexOf = new Map(codes.map((code, index) => [code, index]));
  const examples = phrasings.map((p) => ({ y: indexOf.get(p.code)!, x: [...weigh(p.features, idf)] }));
  const centroid = new Map([...full].map(([f, list]) => [f, new Map(list.map((p) => [p.index, p.weight]))]));
  const cut: CentroidPostings = new Map([...full].map(([f, list]) => [f, [...list].sort((a, b) => b.weight - a.weight).slice(0, options.postings)]));

  const shortlist = (x: ReadonlyArray<readonly [string, number]>, postings: CentroidPostings) => {
    const s = new Map<number, number>();
    for (const [f, v] of x) for (const { index, weight } of postings.get(f) ?? []) s.set(index, (s.get(index) ?? 0) + v * weight);
    return [...s].sort((a, b) => b[1] - a[1]).slice(0, options.shortlist).map(([c]) => c);
  };
  const corrections = new Map<string, Map<number, number>>();
  const logit = (x: ReadonlyArray<readonly [string, number]>, c: number) =>
    x.reduce((s, [f, v]) => s + v * (options.scale * (centroid.get(f)?.get(c) ?? 0) + (corrections.get(f)?.get(c) ?? 0)), 0);
  const softmax = (logits: readonly number[]) => {
    const max = Math.max(...logits);
    const e = logits.map((v) => Math.exp(v - max));
    const z = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / z);
  };

  const lists = examples.map(({ x }) => shortlist(x, cut));
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.rate / (1 + epoch);
    for (const i of order) {
      const { y, x } = examples[i]!;
      const support = lists[i]!.includes(y) ? lists[i]! : [...lists[i]!, y];
      const p = softmax(support.map((c) => logit(x, c)));
      support.forEach((c, j) => {
        const gradient = p[j]! - (c === y ? 1 : 0);
        if (Math.abs(gradient) < 1e-4) return;
        for (const [f, v] of x) {
          let m = corrections.get(f);
          if (!m) corrections.set(f, (m = new Map()));
          m.set(c, (m.get(c) ?? 0) - rate * gradient * v);
        }
      });
    }
  }

  return {
    /** The likeliest procedures among the centroid's shortlist, with their softmax probability. */
    classify(features: readonly string[], limit: number): Array<{ code: string; similarity: number }> {
      const x = [...weigh(features, idf)];
      const support = shortlist(x, full);
      const p = softmax(support.map((c) => logit(x, c)));
      return support.map((c, j) => ({ code: codes[c]!, similarity: p[j]! })).sort((a, b) => b.similarity - a.similarity).slice(0, limit);
    },
  };
}
