import { sql } from 'drizzle-orm';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '../../platform/db/client.ts';
import { createTestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { createRetriever } from '../retrieve/index.ts';
import { efSearchFor, searchVectors } from '../retrieve/vector-search.ts';
import { createProcedureStore, toVectorLiteral, type ProcedureStore } from '../store/index.ts';
import { loadDevQuestions } from './dev-questions.ts';
import { percentile } from './quality.ts';
import { readSharedCorpus } from './shared-corpus.ts';
import { megabytes, storageSize } from './storage-size.ts';
import { PROVINCES, provinceVariants } from './synthetic-corpus.ts';

/**
 * `npm run bench:scale`: a national-scale synthetic corpus (province variants of the real
 * procedures, ~100,000 by default) on real PostgreSQL: load time, size, p95 latency of full hybrid
 * searches, and HNSW recall@10 of the retriever's vector query against exact search.
 */
const { values } = parseArgs({
  options: {
    procedures: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '60' },
    /** Keep the database (its name is printed) to measure again with --url. */
    keep: { type: 'boolean', default: false },
    /** A database already loaded by --keep: loading is skipped. */
    url: { type: 'string' },
  },
});
const target = Number(values.procedures);
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

  const questions = (await loadDevQuestions()).map((q, i) => `${q.query} ở ${PROVINCES[i % PROVINCES.length]}`);
  const retriever = createRetriever(database, embedder);
  for (const q of questions) await retriever.search(q, { limit: 5 }); // warm up
  const latencies: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    await retriever.search(q, { limit: 5 });
    latencies.push(performance.now() - t);
  }
  console.log(`Hybrid search over ${questions.length} questions: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);

  const recall = await hnswRecall(database, questions.slice(0, Number(values.queries)), counts.chunks);
  console.log(
    `HNSW recall@10 vs exact search (${recall.queries} queries, ef_search ${efSearchFor(60, counts.chunks, false)}): ${recall.byDistance.toFixed(3)} counting ties at the 10th distance, ` +
      `${recall.byId.toFixed(3)} by id; HNSW p50 ${recall.hnswP50.toFixed(1)} ms, exact p50 ${recall.exactP50.toFixed(0)} ms`,
  );
} finally {
  if (values.keep) {
    const [row] = await database.rows<{ name: string }>(sql`select current_database() as name`);
    console.log(`Kept database ${row?.name}: measure again with --url, drop it when done.`);
    await database.close();
  } else await database.destroy();
}

/** Streams province variants of the real corpus into the store; the HNSW index is built once at the end. */
async function load(store: ProcedureStore): Promise<void> {
  const { procedures } = await readSharedCorpus();
  const started = performance.now();
  let loaded = 0;
  await store.bulkLoad(async () => {
    for (const batch of provinceVariants(procedures, target)) {
      await store.upsert(batch, { source: 'synthetic' });
      loaded += batch.length;
      if (loaded % 10_000 < batch.length) process.stderr.write(`  ${loaded} procedures, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    }
    process.stderr.write('  building the HNSW index…\n');
  });
  await database.db.execute(sql`analyze procedure_chunks`);
  await database.db.execute(sql`analyze procedures`);
  console.log(`Loaded ${loaded} procedures in ${((performance.now() - started) / 1000).toFixed(0)} s (with the index build)`);
}

/**
 * The retriever's own vector query (index, ef_search as in production) against a sequential exact
 * scan. Province variants are near-twins, so many chunks tie at the 10th distance: recall counts an
 * HNSW result as a true neighbour when it is no farther than the 10th exact one (and, stricter, by id).
 */
async function hnswRecall(db: Database, queries: string[], chunks: number) {
  const byDistance: number[] = [];
  const byId: number[] = [];
  const hnswTimes: number[] = [];
  const exactTimes: number[] = [];
  for (const query of queries) {
    const vector = await embedder.embedQuery(query);
    let t = performance.now();
    const approximate = (await searchVectors(db, vector, 60, undefined, chunks)).slice(0, 10);
    hnswTimes.push(performance.now() - t);
    t = performance.now();
    const exact = await db.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_indexscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const literal = toVectorLiteral(vector);
      const dim = sql.raw(String(embedder.dimension));
      const result = (await tx.execute(sql`select id, 1 - (embedding::vector(${dim}) <=> ${literal}::vector(${dim})) as score
        from procedure_chunks where embedding_dim = ${dim} order by embedding::vector(${dim}) <=> ${literal}::vector(${dim}) limit 10`)) as unknown as {
        rows: Array<{ id: string; score: number }>;
      };
      return result.rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
    });
    exactTimes.push(performance.now() - t);
    const tenth = exact[exact.length - 1]?.score ?? 1;
    const exactIds = new Set(exact.map((e) => e.id));
    byDistance.push(approximate.filter((h) => h.score >= tenth - 1e-6).length / Math.max(1, exact.length));
    byId.push(approximate.filter((h) => exactIds.has(h.id)).length / Math.max(1, exact.length));
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    queries: byDistance.length,
    byDistance: mean(byDistance),
    byId: mean(byId),
    hnswP50: percentile(hnswTimes, 50),
    exactP50: percentile(exactTimes, 50),
  };
}
