import { openDatabase } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { ingestProcedures } from '../ingest/ingest-procedures.ts';
import { createRetriever, DEFAULT_WEIGHTS, type FusionWeights } from '../retrieve/index.ts';
import { fuse } from '../retrieve/fuse.ts';
import type { Evidence } from '../retrieve/gather-evidence.ts';
import { createProcedureStore } from '../store/index.ts';
import { loadDevQuestions } from './dev-questions.ts';
import { firstHit } from './quality.ts';
import { FLATTENED_EXPORT, readSharedCorpus } from './shared-corpus.ts';

/**
 * Grid search of the fusion weights on the dev set: the searches run once per question, then every
 * combination is re-fused in memory. `tsx knowledge/bench/tune-fusion.ts '{"k":[10,20],"popularity":[0.1,0.15]}' [pglite-dir]`
 * prints the best combinations (top-1, recall@5, colloquial top-1). Prefer a setting in a broad
 * plateau over a lone peak: the dev set has a few hundred questions.
 */
const grid = JSON.parse(process.argv[2] ?? '{}') as Partial<Record<keyof FusionWeights, number[]>>;
const database = await openDatabase({ dataDir: process.argv[3] ?? 'memory://' });
await migrate(database);
const embedder = new LocalHashEmbedder();
const store = createProcedureStore(database, embedder);
if ((await store.counts()).procedures === 0) await ingestProcedures(store, FLATTENED_EXPORT, { popularity: (await readSharedCorpus()).popularity });
const retriever = createRetriever(database, embedder);
const questions = await loadDevQuestions();
const evidence: Evidence[] = [];
for (const question of questions) evidence.push(await retriever.evidence(question.query));
await database.close();

function score(weights: FusionWeights) {
  let top1 = 0;
  let recall5 = 0;
  let colloquial = 0;
  const colloquialCount = questions.filter((q) => q.tags.includes('colloquial')).length;
  questions.forEach((question, i) => {
    const rank = firstHit(fuse(evidence[i]!, weights).slice(0, 5).map((f) => f.code), question.expected);
    if (rank === 1) top1++;
    if (rank !== null) recall5++;
    if (rank === 1 && question.tags.includes('colloquial')) colloquial++;
  });
  return { top1: top1 / questions.length, recall5: recall5 / questions.length, colloquial: colloquial / Math.max(1, colloquialCount) };
}

const keys = Object.keys(grid) as Array<keyof FusionWeights>;
const results: Array<{ weights: FusionWeights; figures: ReturnType<typeof score> }> = [];
const walk = (index: number, weights: FusionWeights): void => {
  if (index === keys.length) {
    results.push({ weights, figures: score(weights) });
    return;
  }
  for (const value of grid[keys[index]!] ?? []) walk(index + 1, { ...weights, [keys[index]!]: value });
};
walk(0, DEFAULT_WEIGHTS);
results.sort((a, b) => b.figures.top1 - a.figures.top1 || b.figures.recall5 - a.figures.recall5);
const f = (x: number) => x.toFixed(3);
const defaults = score(DEFAULT_WEIGHTS);
console.log(`defaults: top-1 ${f(defaults.top1)}, recall@5 ${f(defaults.recall5)}, colloquial top-1 ${f(defaults.colloquial)}`);
console.log(`top-1  r@5    colloq  ${keys.join(', ')}`);
for (const { weights, figures } of results.slice(0, 15)) {
  console.log(`${f(figures.top1)}  ${f(figures.recall5)}  ${f(figures.colloquial)}   ${keys.map((k) => weights[k]).join(', ')}`);
}
