import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { efSearchFor, groupsFor, searchVectors } from '../retrieve/vector-search.ts';
import { toVectorLiteral } from '../store/index.ts';
import { exactNeighbours, readStoredVectors, type Neighbour } from './exact-neighbours.ts';
import { percentile } from './quality.ts';

export interface RecallReport {
  queries: number;
  k: number;
  efSearch: number;
  /** Groups the vector query takes from the index before ranking their members. */
  groups: number;
  /** Share of the exact top-k ids that HNSW returned. */
  byId: number;
  /** ann-benchmarks' recall: share of returned results no farther than the exact k-th distance + epsilon. */
  byDistance: number;
  epsilon: number;
  /** Chunks within epsilon of the exact k-th distance, per query (more than k means ties). */
  tiedP50: number;
  tiedP90: number;
  hnswP50: number;
  hnswP95: number;
  /** Seconds to read every vector and to brute-force all queries. */
  exactSeconds: number;
  /** Queries also run as a PostgreSQL sequential scan, and the largest distance difference from brute force. */
  checked: number;
  maxDifference: number;
}

/** How many exact neighbours to keep per query: enough to count ties at the k-th distance. */
const KEEP = 100;

/**
 * HNSW recall@k of the retriever's own vector query (the partial index, ef_search and candidate
 * count as in production; its top k) against exact search: brute force over every stored vector,
 * checked on a few queries against a sequential scan in PostgreSQL. Province variants are near-twins,
 * so chunks nearly tie at the k-th distance and which of them is "the" k-th is arbitrary: besides
 * recall by id, recall counts a result as correct when its distance is within epsilon (1e-3, as
 * ann-benchmarks) of the exact k-th.
 */
export async function measureHnswRecall(
  database: Database,
  embedder: Embedder,
  queries: readonly string[],
  options: { chunks: number; k?: number; candidates?: number; epsilon?: number; checks?: number },
): Promise<RecallReport> {
  const k = options.k ?? 10;
  const candidates = options.candidates ?? 60;
  const epsilon = options.epsilon ?? 1e-3;
  const vectors = await Promise.all(queries.map((q) => embedder.embedQuery(q)));
  const approximate: Neighbour[][] = [];
  const times: number[] = [];
  for (const vector of vectors) {
    const started = performance.now();
    const hits = await searchVectors(database, vector, candidates, undefined, options.chunks);
    times.push(performance.now() - started);
    approximate.push(hits.slice(0, k).map((h) => ({ id: h.id, distance: 1 - h.score })));
  }
  const started = performance.now();
  const exact = exactNeighbours(await readStoredVectors(database, embedder.dimension), vectors, KEEP);
  const exactSeconds = (performance.now() - started) / 1000;

  const byId: number[] = [];
  const byDistance: number[] = [];
  const tied: number[] = [];
  exact.forEach((nearest, q) => {
    const top = nearest.slice(0, k);
    const threshold = (top[top.length - 1]?.distance ?? Infinity) + epsilon;
    const ids = new Set(top.map((n) => n.id));
    const found = approximate[q]!;
    byId.push(found.filter((h) => ids.has(h.id)).length / Math.max(1, top.length));
    byDistance.push(found.filter((h) => h.distance <= threshold).length / Math.max(1, top.length));
    tied.push(nearest.filter((n) => n.distance <= threshold).length);
  });

  const checks = Math.min(options.checks ?? 3, vectors.length);
  let maxDifference = 0;
  for (let q = 0; q < checks; q++) {
    const scanned = await sequentialScan(database, vectors[q]!, k);
    scanned.forEach((n, i) => (maxDifference = Math.max(maxDifference, Math.abs(n.distance - exact[q]![i]!.distance))));
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    queries: vectors.length,
    k,
    efSearch: efSearchFor(candidates, options.chunks, false),
    groups: groupsFor(candidates, false, efSearchFor(candidates, options.chunks, false)),
    byId: mean(byId),
    byDistance: mean(byDistance),
    epsilon,
    tiedP50: percentile(tied, 50),
    tiedP90: percentile(tied, 90),
    hnswP50: percentile(times, 50),
    hnswP95: percentile(times, 95),
    exactSeconds,
    checked: checks,
    maxDifference,
  };
}

/** Exact nearest chunks by PostgreSQL itself: no index allowed (the plan is checked), pgvector's distance. */
async function sequentialScan(database: Database, vector: readonly number[], k: number): Promise<Neighbour[]> {
  const literal = toVectorLiteral(vector);
  const dim = sql.raw(String(vector.length));
  const query = sql`select id, embedding <=> ${literal}::vector as distance from procedure_chunks
    where embedding_dim = ${dim} order by embedding <=> ${literal}::vector limit ${k}`;
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_indexscan = off`);
    await tx.execute(sql`set local enable_bitmapscan = off`);
    const plan = (await tx.execute(sql`explain ${query}`)) as unknown as { rows: Array<{ 'QUERY PLAN': string }> };
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    if (!text.includes('Seq Scan') || text.includes('Index')) throw new Error(`the exact query is not a sequential scan:\n${text}`);
    const result = (await tx.execute(query)) as unknown as { rows: Array<{ id: string; distance: number }> };
    return result.rows.map((r) => ({ id: Number(r.id), distance: Number(r.distance) }));
  });
}
