/**
 * How often the bank's classifier puts the citizen's procedure first: by its centroids' cosine
 * alone, and by the probability of its softmax corrections (knowledge/examples/bank-softmax.ts),
 * which the retriever uses beside the cosine. Both learn from the bank's phrasings and every
 * procedure name of the database's corpus. Scored on the development sets' one-message items (dev,
 * authors A and B) through the request the dialogue searches for; the held-out author's items are
 * never read here. Lives beside the assistant because it reads the request as the dialogue does
 * (understand.ts).
 *
 *   npm run bench:classifier      (the configured database, holding the full corpus: npm run ingest)
 */
import { loadDataset } from '../../evals/index.ts';
// An offline tool, like the other benches: it builds the bank's classifiers itself.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { corpusNamePhrasings } from '../../knowledge/bench/corpus-name-phrasings.ts';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { bankFeatures, createBankCentroids, createBankIndex, loadBank } from '../../knowledge/index.ts';
import { understand } from '../understand/understand.ts';

const SETS = ['dev', 'situations-author-a', 'situations-author-b'];

const { names } = await corpusNamePhrasings();
const phrasings = [...createBankIndex(loadBank()).phrasings, ...names];

const items = (
  await Promise.all(
    SETS.map(async (set) =>
      (await loadDataset(`evals/datasets/${set}.jsonl`)).cases.flatMap((item) => {
        const turn = item.turns.length === 1 ? item.turns[0]! : undefined;
        const expected = turn?.expect?.procedures ?? [];
        return turn && expected.length > 0 ? [{ set, features: bankFeatures(understand(turn.text).topicText || turn.text), expected }] : [];
      }),
    ),
  )
).flat();

type Classifier = { classify(features: readonly string[], limit: number): Array<{ code: string }> };
function report(name: string, build: () => Classifier) {
  const started = performance.now();
  const classifier = build();
  const built = performance.now() - started;
  const line = SETS.map((set) => {
    const own = items.filter((i) => i.set === set);
    const ranked = own.map((i) => classifier.classify(i.features, 5).map((c) => c.code));
    const top1 = ranked.filter((codes, k) => own[k]!.expected.includes(codes[0]!)).length;
    const top5 = ranked.filter((codes, k) => codes.some((c) => own[k]!.expected.includes(c))).length;
    return `${set}: top-1 ${top1}/${own.length}, top-5 ${top5}`;
  });
  console.log(`${name} (built in ${(built / 1000).toFixed(1)} s): ${line.join(' | ')}`);
}

console.log(`${phrasings.length} phrasings and names; ${items.length} development questions`);
report('nearest centroid', () => createBankCentroids(phrasings, null));
report('shortlist softmax', () => {
  const classifier = createBankCentroids(phrasings);
  return { classify: (features, limit) => classifier.classify(features, 30).sort((a, b) => b.probability - a.probability).slice(0, limit) };
});
