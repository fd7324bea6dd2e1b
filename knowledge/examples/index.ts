/** The example-question bank and its retrieval index. */
export { loadBank, parseBank, BankEntrySchema, EXAMPLES_DIR, type BankEntry } from './load-bank.ts';
export { createBankIndex, buildBankIndex, bankFeatures, type BankIndex, type BankHit } from './bank-index.ts';
export { createBankCentroids, type BankCentroids, type BankClass } from './bank-centroids.ts';
export { trainBankCentroids } from './train-bank-centroids.ts';
