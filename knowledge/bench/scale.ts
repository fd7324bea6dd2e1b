import { sql } from 'drizzle-orm';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../platform/db/client.ts';
import { createTestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { createRetriever } from '../retrieve/index.ts';
import { createProcedureStore, vectorIndexName, type ProcedureStore } from '../store/index.ts';
import { loadDevQuestions } from './dev-questions.ts';
import { measureHnswRecall } from './hnsw-recall.ts';
import { loadSyntheticCorpus } from './load-synthetic.ts';
import { percentile } from './quality.ts';
import { readSharedCorpus } from './shared-corpus.ts';
import { megabytes, storageSize } from './storage-size.ts';
import { PROVINCES } from './synthetic-corpus.ts';

/**
 * `npm run bench:scale`: a national-scale synthetic corpus (province variants of the real
 * procedures, ~100,000 by default) on real PostgreSQL: load time, size, p95 latency of full hybrid
 * searches, and HNSW recall@10 of the retriever's vector query against exact search.
 */
const { values } = parseArgs({
  options: {
    procedures: { type: 'string', default: '100000' },
    /** Variants keep the national name, so most chunks are identical across provinces (see VariantStyle). */
    'national-names': { type: 'boolean', default: false },
    /** Vary only the first N real procedures: a smaller corpus with as many province copies of each. */
    base: { type: 'string' },
    /** Questions for recall (the dev set's, each naming a province); all of them by default. */
    queries: { type: 'string' },
    /** Keep the database (its name is printed) to measure again with --url. */
    keep: { type: 'boolean', default: false },
    /** A database already loaded by --keep: loading is skipped. */
    url: { type: 'string' },
  },
});
const target = Number(values.procedures);
/** Issue #3's targets. */
const TARGET_P95_MS = 60;
const TARGET_RECALL = 0.98;
if (!process.env.DATABASE_URL && !values.url) {
  console.error('bench:scale runs on real PostgreSQL: set DATABASE_URL (a throwaway database is created and dropped).');
  process.exit(1);
}
const embedder = new LocalHashEmbedder();
const database = values.url
  ? { ...(await openDatabase({ url: values.url, dataDir: 'memory://', poolSize: 4 })), destroy: async () => undefined }
  : await createTestDatabase();
try {
  const store = createProcedureStore(database, embedder);
  if (values.url) console.log(`Reusing ${values.url}`);
  else await load(store);
  const counts = await store.counts();
  const size = await storageSize(database);
  console.log(`${counts.procedures} procedures, ${counts.chunks} chunks; storage ${megabytes(size.total)}`);
  for (const [name, bytes] of Object.entries(size.indexes)) console.log(`    ${name.padEnd(40)} ${megabytes(bytes)}`);
  const [groups] = await database.rows<{ groups: number; representatives: number; largest: number }>(sql`select count(*)::int as groups,
    sum(representatives)::int as representatives, max(members)::int as largest from (select group_key, count(*) as members,
    count(*) filter (where representative) as representatives from procedure_chunks group by group_key) g`);
  console.log(
    `${groups?.groups ?? 0} chunk groups, ${groups?.representatives ?? 0} representatives in the HNSW index ` +
      `(${((counts.chunks / Math.max(1, groups?.groups ?? 0)) || 0).toFixed(1)} members per group, at most ${groups?.largest ?? 0})`,
  );

  const questions = (await loadDevQuestions()).map((q, i) => `${q.query} ở ${PROVINCES[i % PROVINCES.length]}`);
  const retriever = createRetriever(database, embedder);
  for (const q of questions) await retriever.search(q, { limit: 5 }); // warm up
  const latencies: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    await retriever.search(q, { limit: 5 });
    latencies.push(performance.now() - t);
  }
  const p95 = percentile(latencies, 95);
  console.log(
    `Hybrid search over ${questions.length} questions: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms ` +
      `(target ≤ ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? 'met' : 'not met'})`,
  );

  const recall = await measureHnswRecall(database, embedder, questions.slice(0, Number(values.queries ?? questions.length)), { chunks: counts.chunks });
  const [index] = await database.rows<{ options: string | null }>(
    sql`select array_to_string(reloptions, ', ') as options from pg_class where relname = ${vectorIndexName(embedder.dimension)}`,
  );
  console.log(
    `HNSW recall@${recall.k} of the retriever's vector query (index ${index?.options ?? 'pgvector defaults'}; ef_search ${recall.efSearch}, ` +
      `members of the nearest ${recall.groups} groups ranked exactly) ` +
      `against exact search, ${recall.queries} questions:\n` +
      `    ${recall.byDistance.toFixed(3)} by distance (ann-benchmarks: a result counts when no farther than the exact ${recall.k}th + ${recall.epsilon}; ` +
      `target ≥ ${TARGET_RECALL}: ${recall.byDistance >= TARGET_RECALL ? 'met' : 'not met'})\n` +
      `    ${recall.byId.toFixed(3)} by id (the exact top ${recall.k} ids; arbitrary among near-ties: ` +
      `${recall.tiedP50} chunks within ${recall.epsilon} of the ${recall.k}th at p50, ${recall.tiedP90} at p90)\n` +
      `    vector query p50 ${recall.hnswP50.toFixed(1)} ms, p95 ${recall.hnswP95.toFixed(1)} ms; exact by brute force over all vectors in ${recall.exactSeconds.toFixed(0)} s, ` +
      `matching a PostgreSQL sequential scan on ${recall.checked} questions within ${recall.maxDifference.toExponential(1)}`,
  );
} finally {
  if (values.keep) {
    const [row] = await database.rows<{ name: string }>(sql`select current_database() as name`);
    console.log(`Kept database ${row?.name}: measure again with --url, drop it when done.`);
    await database.close();
  } else await database.destroy();
}

/** Province variants of the real corpus through the bench's bulk loader; the HNSW index is built once at the end. */
async function load(store: ProcedureStore): Promise<void> {
  const { procedures } = await readSharedCorpus();
  const base = values.base ? procedures.slice(0, Number(values.base)) : procedures;
  const result = await loadSyntheticCorpus(database, store, base, {
    target,
    style: values['national-names'] ? 'national-name' : 'province-in-name',
    onProgress: (loaded, seconds) => process.stderr.write(`  ${loaded} procedures, ${seconds.toFixed(0)} s\n`),
  });
  const { rows, writing, preparing, indexes, hnsw } = result.seconds;
  console.log(
    `Loaded ${result.procedures} procedures (${result.chunks} chunks) in ${(rows + indexes + hnsw).toFixed(0)} s: rows ${rows.toFixed(0)} s ` +
      `(workers chunking and embedding ${preparing.toFixed(0)} s, writers ${writing.toFixed(0)} s, both in parallel), ` +
      `other indexes and foreign key ${indexes.toFixed(0)} s, HNSW ${hnsw.toFixed(0)} s`,
  );
}
