import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { createProcedureStore, seedSampleCorpus, toVectorLiteral } from '../store/index.ts';
import { exactNeighbours, readStoredVectors } from './exact-neighbours.ts';
import { measureHnswRecall } from './hnsw-recall.ts';

const QUESTIONS = ['làm lại căn cước mất bao nhiêu tiền', 'đăng ký khai sinh cho con cần giấy tờ gì', 'xin phiếu lý lịch tư pháp ở đâu'];

describe(`exact neighbours and HNSW recall on ${testDriver()}`, () => {
  let database: TestDatabase;
  const embedder = new LocalHashEmbedder();

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedSampleCorpus(database, createProcedureStore(database, embedder));
  });
  afterAll(() => database.destroy());

  it('reads every stored vector and finds the same nearest chunks as ordering by pgvector distance', async () => {
    const stored = await readStoredVectors(database, embedder.dimension);
    const [row] = await database.rows<{ n: number }>(sql`select count(*)::int as n from procedure_chunks`);
    expect(stored.ids.length).toBe(row?.n);
    const vectors = await Promise.all(QUESTIONS.map((q) => embedder.embedQuery(q)));
    const exact = exactNeighbours(stored, vectors, 10);
    for (const [q, vector] of vectors.entries()) {
      const literal = toVectorLiteral(vector);
      const rows = await database.rows<{ id: string; distance: number }>(sql`select id, embedding <=> ${literal}::vector as distance
        from procedure_chunks order by embedding <=> ${literal}::vector, id limit 10`);
      const found = exact[q]!;
      expect(found).toHaveLength(10);
      rows.forEach((r, i) => expect(found[i]!.distance).toBeCloseTo(Number(r.distance), 6));
      // Ids agree wherever the distance is not shared with another chunk.
      const distinct = rows.filter((r, i) => rows.every((o, j) => j === i || Math.abs(Number(o.distance) - Number(r.distance)) > 1e-6));
      expect(distinct.length).toBeGreaterThan(0);
      for (const r of distinct) expect(found.map((n) => n.id)).toContain(Number(r.id));
    }
  });

  it('measures recall of the retriever vector query, checked against a sequential scan', async () => {
    const [row] = await database.rows<{ n: number }>(sql`select count(*)::int as n from procedure_chunks`);
    const report = await measureHnswRecall(database, embedder, QUESTIONS, { chunks: row!.n });
    expect(report).toMatchObject({ queries: 3, k: 10, checked: 3, epsilon: 1e-3 });
    expect(report.maxDifference).toBeLessThan(1e-6);
    expect(report.byDistance).toBeGreaterThanOrEqual(report.byId);
    // A few hundred chunks with ef_search 200: the graph search is as good as exact.
    expect(report.byDistance).toBeGreaterThanOrEqual(0.9);
  });
});
