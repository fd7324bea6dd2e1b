/**
 * What learning the bank's classifier costs the process that serves citizens: the longest pause
 * of the event loop while it learns in a worker thread, beside the time the same learning holds the
 * loop when done inline. Reads the shipped bank and the configured database's procedure names, as
 * the retriever does on its first search.
 *
 *   npm run bench:classifier-training      (the configured database, ideally holding the full corpus)
 */
import { createBankCentroids, createBankIndex, loadBank } from '../examples/index.ts';
import { trainBankCentroids } from '../examples/train-bank-centroids.ts';
import { corpusNamePhrasings } from './corpus-name-phrasings.ts';

const { names, driver } = await corpusNamePhrasings();
const phrasings = [...createBankIndex(loadBank()).phrasings, ...names];

// A timer that should fire every 10 ms while the worker learns; the gap between ticks is the pause.
let longestGapMs = 0;
let last = performance.now();
const ticker = setInterval(() => {
  const now = performance.now();
  longestGapMs = Math.max(longestGapMs, now - last);
  last = now;
}, 10);
const workerStarted = performance.now();
await trainBankCentroids(phrasings);
const workerMs = performance.now() - workerStarted;
await new Promise((resolve) => setTimeout(resolve, 50)); // a last tick measures the unpacking too
clearInterval(ticker);

const inlineStarted = performance.now();
createBankCentroids(phrasings);
const inlineMs = performance.now() - inlineStarted;

const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`Classifier learning, ${phrasings.length} phrasings and names (${names.length} procedures), ${driver}`);
console.log(`in a worker thread   ${ms(workerMs)}, longest event-loop pause ${ms(longestGapMs)}`);
console.log(`inline               ${ms(inlineMs)}, the loop held for all of it`);
