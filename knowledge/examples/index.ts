/** The example-question bank and its retrieval index. */
export { loadBank, parseBank, BankEntrySchema, EXAMPLES_DIR, type BankEntry } from './load-bank.ts';
export { createBankIndex, bankFeatures, type BankIndex, type BankHit } from './bank-index.ts';
export { createBankCentroids, centroidPostings, inverseFrequencies, weigh, type BankCentroids, type BankClass, type CentroidPostings, type Phrasing } from './bank-centroids.ts';
