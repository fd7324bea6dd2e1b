import { openDatabase } from '../../platform/db/client.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { analyzeQuery } from '../retrieve/query-terms.ts';
import { createStatsCache } from '../retrieve/corpus-stats.ts';
import { nameCandidates } from '../retrieve/name-index.ts';
import { matchName, prepareNameQuery } from '../retrieve/name-match.ts';
import { buildTsQuery, DEFAULT_TEXT_LIMITS, searchText } from '../retrieve/text-search.ts';
import { searchVectors } from '../retrieve/vector-search.ts';
import { createRetriever } from '../retrieve/index.ts';
import { loadDevQuestions } from './dev-questions.ts';
import { percentile } from './quality.ts';

const database = await openDatabase({ dataDir: "memory://", url: process.env.DATABASE_URL });
const embedder = new LocalHashEmbedder();
const stats = createStatsCache(database, 1e9);
const corpus = await stats.get();
const qs = (await loadDevQuestions()).map((q) => q.query);
const t: Record<string, number[]> = {};
const time = async <T,>(k: string, f: () => Promise<T> | T): Promise<T> => { const s = performance.now(); const r = await f(); (t[k] ??= []).push(performance.now() - s); return r; };
for (let round = 0; round < 2; round++) for (const q of qs) {
  const terms = await time('analyze', () => analyzeQuery(q));
  await time('names', () => { const nq = prepareNameQuery(terms, corpus.names); return nameCandidates(corpus.names, terms.tokens, 150).map((e) => matchName(nq, e, corpus.names)); });
  const v = await time('embed', () => embedder.embedQuery(terms.identifying));
  await time('vector', () => searchVectors(database, v, 60));
  const ts = buildTsQuery(terms, corpus, DEFAULT_TEXT_LIMITS);
  if (ts) await time('text', () => searchText(database, ts, 150));
}
const r = createRetriever(database, embedder);
for (const q of qs) await r.search(q);
for (const q of qs) await time('search', () => r.search(q));
for (const q of qs) await time('rank', () => r.rank(q));
for (const [k, v] of Object.entries(t)) console.log(k.padEnd(8), 'p50', percentile(v, 50).toFixed(2), 'p95', percentile(v, 95).toFixed(2));
await database.close();
