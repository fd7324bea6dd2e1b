/**
 * How the bank's classifier does on wording it never learned from: each bank author in turn is
 * left out, the classifier learns from the other authors' phrasings and every procedure name of
 * the database's corpus, and it ranks the left-out author's phrasings. No evaluation item is read,
 * so the softmax options can be chosen here without fitting anyone's test questions.
 *
 *   npm run bench:classifier-authors                       (the configured database, holding the full corpus)
 *   SOFTMAX='{"rate":3}' npm run bench:classifier-authors  (other options, merged over the shipped ones)
 */
import { bankFeatures, createBankCentroids, loadBank } from '../examples/index.ts';
import { SOFTMAX_OPTIONS, type SoftmaxOptions } from '../examples/bank-softmax.ts';
import { corpusNamePhrasings } from './corpus-name-phrasings.ts';

const options: SoftmaxOptions = { ...SOFTMAX_OPTIONS, ...(JSON.parse(process.env.SOFTMAX ?? '{}') as Partial<SoftmaxOptions>) };
const { names } = await corpusNamePhrasings();
const bank = loadBank().flatMap((entry) => entry.questions.map((q) => ({ code: entry.code, author: entry.author, features: bankFeatures(q) })));
const authors = [...new Set(bank.map((p) => p.author))];

const tally = { phrasings: 0, cosine1: 0, softmax1: 0, softmax4: 0 };
const started = performance.now();
for (const author of authors) {
  const classifier = createBankCentroids([...bank.filter((p) => p.author !== author), ...names], options);
  for (const phrasing of bank.filter((p) => p.author === author)) {
    const byCosine = classifier.classify(phrasing.features, options.shortlist);
    const bySoftmax = [...byCosine].sort((a, b) => b.probability - a.probability);
    tally.phrasings++;
    if (byCosine[0]?.code === phrasing.code) tally.cosine1++;
    if (bySoftmax[0]?.code === phrasing.code) tally.softmax1++;
    if (bySoftmax.slice(0, 4).some((c) => c.code === phrasing.code)) tally.softmax4++;
  }
}
const share = (n: number) => (n / tally.phrasings).toFixed(3);
console.log(`softmax options ${JSON.stringify(options)}`);
console.log(`${authors.length} authors left out in turn, ${tally.phrasings} phrasings, ${names.length} names (${((performance.now() - started) / 1000).toFixed(0)} s)`);
console.log(`top-1 by cosine ${share(tally.cosine1)} | top-1 by softmax ${share(tally.softmax1)} | top-4 by softmax ${share(tally.softmax4)}`);
