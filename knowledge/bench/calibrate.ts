import { openDatabase } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { ingestProcedures } from '../ingest/ingest-procedures.ts';
import { confidenceFeatures, createRetriever, DEFAULT_WEIGHTS } from '../retrieve/index.ts';
import { fuse } from '../retrieve/fuse.ts';
import { createProcedureStore } from '../store/index.ts';
import { loadDevQuestions } from './dev-questions.ts';
import { fitLogistic, sigmoid } from './fit-logistic.ts';
import { FLATTENED_EXPORT, readSharedCorpus } from './shared-corpus.ts';

/**
 * Fits the confidence model (retrieve/confidence.ts) on the dev set over the full shared corpus:
 * features of each question's fused ranking → was top-1 right (never, for out-of-scope questions).
 * Prints coefficients to paste into
 * DEFAULT_CONFIDENCE and a reliability table. `tsx knowledge/bench/calibrate.ts [pglite-dir]`
 * reuses a PGlite folder that already holds the corpus.
 */
const dataDir = process.argv[2] ?? 'memory://';
const database = await openDatabase({ dataDir });
await migrate(database);
const embedder = new LocalHashEmbedder();
const store = createProcedureStore(database, embedder);
if ((await store.counts()).procedures === 0) {
  const { popularity } = await readSharedCorpus();
  await ingestProcedures(store, FLATTENED_EXPORT, { popularity });
}
const retriever = createRetriever(database, embedder);
// Out-of-scope questions count as negatives: whatever comes first for them is not what the citizen needs.
const questions = await loadDevQuestions(undefined, { outOfScope: true });
const features: number[][] = [];
const labels: number[] = [];
for (const question of questions) {
  const ranked = fuse(await retriever.evidence(question.query), DEFAULT_WEIGHTS);
  const f = confidenceFeatures(ranked);
  if (!f || ranked[0]?.codeMatch) continue;
  features.push([f.margin, f.nameCoverage, f.queryCoverage, f.exact]);
  labels.push(question.expected.includes(ranked[0]!.code) ? 1 : 0);
}
await database.close();

const [intercept, margin, nameCoverage, queryCoverage, exact] = fitLogistic(features, labels).map((w) => Number(w.toFixed(2)));
console.log('DEFAULT_CONFIDENCE =', { intercept, margin, nameCoverage, queryCoverage, exact });
const predict = (x: number[]) => sigmoid(intercept! + margin! * x[0]! + nameCoverage! * x[1]! + queryCoverage! * x[2]! + exact! * x[3]!);
console.log('confidence band   n  top-1 right');
for (const [low, high] of [[0, 0.4], [0.4, 0.6], [0.6, 0.8], [0.8, 1.01]] as const) {
  const inBand = features.map((x, i) => ({ p: predict(x), y: labels[i]! })).filter(({ p }) => p >= low && p < high);
  const right = inBand.filter(({ y }) => y === 1).length;
  console.log(`${low.toFixed(1)}–${Math.min(high, 1).toFixed(1)}      ${String(inBand.length).padStart(4)}  ${inBand.length ? ((100 * right) / inBand.length).toFixed(1) : '-'}%`);
}
