import { bankFeatures, createBankCentroids, type BankCentroids, type BankIndex } from '../examples/index.ts';
import type { NameIndex } from './name-index.ts';

/**
 * The nearest-centroid classifier over every procedure of the corpus: the bank's phrasings for the
 * procedures it holds, and each procedure's own name as one more phrasing. Without the names, a
 * question that names one of the many procedures the bank does not hold went to a bank procedure
 * sharing a few of its words. Building it takes about 5 s on the full corpus (the softmax
 * corrections), so it is rebuilt only when the names change, not each time the corpus figures are
 * refreshed; the first search of a process pays it.
 */
export function createProcedureClassifier(bank: () => BankIndex | null): (names: NameIndex) => BankCentroids | null {
  const seen = new WeakMap<NameIndex, BankCentroids>();
  let last: { key: string; classifier: BankCentroids } | undefined;
  return (names) => {
    const index = bank();
    if (!index) return null;
    const known = seen.get(names);
    if (known) return known;
    const key = names.entries.map((e) => `${e.code}\t${e.nameFolded}`).join('\n');
    if (last?.key !== key) {
      const named = names.entries.map((entry) => ({ code: entry.code, features: bankFeatures(entry.nameFolded) }));
      last = { key, classifier: createBankCentroids([...index.phrasings.filter((p) => names.byCode.has(p.code)), ...named]) };
    }
    seen.set(names, last.classifier);
    return last.classifier;
  };
}
