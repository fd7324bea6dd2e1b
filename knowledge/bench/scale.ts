import { sql } from 'drizzle-orm';
import { parseArgs } from 'node:util';
import type { Database } from '../../platform/db/client.ts';
import { createTestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { createRetriever } from '../retrieve/index.ts';
import { searchVectors } from '../retrieve/vector-search.ts';
import { createProcedureStore, toVectorLiteral } from '../store/index.ts';
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
const { values } = parseArgs({ options: { procedures: { type: 'string', default: '100000' }, queries: { type: 'string', default: '60' } } });
const target = Number(values.procedures);
if (!process.env.DATABASE_URL) {
  console.error('bench:scale runs on real PostgreSQL: set DATABASE_URL (a throwaway database is created and dropped).');
  process.exit(1);
}
const embedder = new LocalHashEmbedder();
const database = await createTestDatabase();
try {
  const { procedures } = await readSharedCorpus();
  const store = createProcedureStore(database, embedder);
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
  const loadSeconds = (performance.now() - started) / 1000;
  const counts = await store.counts();
  const size = await storageSize(database);
  console.log(`Loaded ${counts.procedures} procedures, ${counts.chunks} chunks in ${loadSeconds.toFixed(0)} s (with index build); storage ${megabytes(size.total)}`);
  for (const [name, bytes] of Object.entries(size.indexes)) console.log(`    ${name.padEnd(40)} ${megabytes(bytes)}`);
  await database.db.execute(sql`analyze procedure_chunks`);
  await database.db.execute(sql`analyze procedures`);

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

  const recall = await hnswRecall(database, questions.slice(0, Number(values.queries)));
  console.log(`HNSW recall@10 vs exact search (${recall.queries} queries): ${recall.mean.toFixed(3)} (min ${recall.min.toFixed(2)}); ` +
    `HNSW p50 ${recall.hnswP50.toFixed(1)} ms, exact p50 ${recall.exactP50.toFixed(0)} ms`);
} finally {
  await database.destroy();
}

/** The retriever's own vector query (index, ef_search as in production) against a sequential exact scan. */
async function hnswRecall(db: Database, queries: string[]) {
  const recalls: number[] = [];
  const hnswTimes: number[] = [];
  const exactTimes: number[] = [];
  for (const query of queries) {
    const vector = await embedder.embedQuery(query);
    let t = performance.now();
    const approximate = (await searchVectors(db, vector, 60)).slice(0, 10).map((h) => h.id);
    hnswTimes.push(performance.now() - t);
    t = performance.now();
    const exact = await db.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_indexscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const literal = toVectorLiteral(vector);
      const result = (await tx.execute(sql`select id from procedure_chunks where embedding_dim = ${sql.raw(String(embedder.dimension))}
        order by embedding::vector(${sql.raw(String(embedder.dimension))}) <=> ${literal}::vector(${sql.raw(String(embedder.dimension))}) limit 10`)) as unknown as { rows: Array<{ id: string }> };
      return result.rows.map((r) => Number(r.id));
    });
    exactTimes.push(performance.now() - t);
    const found = new Set(approximate);
    recalls.push(exact.filter((id) => found.has(id)).length / Math.max(1, exact.length));
  }
  return {
    queries: recalls.length,
    mean: recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length),
    min: Math.min(...recalls),
    hnswP50: percentile(hnswTimes, 50),
    exactP50: percentile(exactTimes, 50),
  };
}
