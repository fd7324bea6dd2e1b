import { bankFeatures, trainBankCentroids, type BankCentroids, type BankIndex } from '../examples/index.ts';
import type { NameIndex } from './name-index.ts';

/**
 * The nearest-centroid classifier over every procedure of the corpus: the bank's phrasings for the
 * procedures it holds, and each procedure's own name as one more phrasing. Without the names, a
 * question that names one of the many procedures the bank does not hold went to a bank procedure
 * sharing a few of its words. Learning it takes 3-5 s on the full corpus (the softmax corrections),
 * in a worker thread (trainBankCentroids) so that other requests are served meanwhile; it is
 * learned again only when the names change, not each time the corpus figures are refreshed.
 * Searches that come while it learns wait for the same promise; the retriever's warm-up starts it
 * before the first question.
 */
export function createProcedureClassifier(bank: () => Promise<BankIndex | null>): (names: NameIndex) => Promise<BankCentroids | null> {
  const seen = new WeakMap<NameIndex, Promise<BankCentroids | null>>();
  let last: { key: string; classifier: Promise<BankCentroids | null> } | undefined;
  return (names) => {
    const known = seen.get(names);
    if (known) return known;
    const key = names.entries.map((e) => `${e.code}\t${e.nameFolded}`).join('\n');
    if (last?.key !== key) {
      const classifier = bank().then((index) => {
        if (!index) return null;
        const named = names.entries.map((entry) => ({ code: entry.code, features: bankFeatures(entry.nameFolded) }));
        return trainBankCentroids([...index.phrasings.filter((p) => names.byCode.has(p.code)), ...named]);
      });
      last = { key, classifier };
      // A failed build is not kept: the search that gets its error fails, the next one tries again.
      classifier.catch(() => {
        if (last?.classifier === classifier) last = undefined;
        seen.delete(names);
      });
    }
    seen.set(names, last.classifier);
    return last.classifier;
  };
}
