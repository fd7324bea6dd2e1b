import { bankFeatures, createBankCentroids, type BankCentroids, type BankIndex } from '../examples/index.ts';
import type { NameIndex } from './name-index.ts';

/**
 * The nearest-centroid classifier over every procedure of the corpus: the bank's phrasings for the
 * procedures it holds, and each procedure's own name as one more phrasing. Without the names, a
 * question that names one of the many procedures the bank does not hold went to a bank procedure
 * sharing a few of its words. Rebuilt when the corpus's names change; a name's features are kept.
 */
export function createProcedureClassifier(bank: () => BankIndex | null): (names: NameIndex) => BankCentroids | null {
  const built = new WeakMap<NameIndex, BankCentroids>();
  const nameFeatures = new Map<string, string[]>();
  return (names) => {
    const index = bank();
    if (!index) return null;
    let classifier = built.get(names);
    if (!classifier) {
      const named = names.entries.map((entry) => {
        let features = nameFeatures.get(entry.nameFolded);
        if (!features) nameFeatures.set(entry.nameFolded, (features = bankFeatures(entry.nameFolded)));
        return { code: entry.code, features };
      });
      classifier = createBankCentroids([...index.phrasings.filter((p) => names.byCode.has(p.code)), ...named]);
      built.set(names, classifier);
    }
    return classifier;
  };
}
