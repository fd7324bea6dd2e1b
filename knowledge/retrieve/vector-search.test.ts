import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { readProcedures } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { groupedChunks } from '../store/chunk-groups.ts';
import { variantOf } from '../store/province-variant.fixture.ts';
import { createProcedureStore, SAMPLE_CORPUS_DIR, toVectorLiteral } from '../store/index.ts';
import { searchVectors } from './vector-search.ts';

const PROVINCES = ['Hà Nội', 'Thừa Thiên Huế', 'Cà Mau', 'Lào Cai', 'Đà Nẵng'];

describe(`vector search over chunk groups on ${testDriver()}`, () => {
  let database: TestDatabase;
  let corpus: Procedure[];
  const embedder = new LocalHashEmbedder();
  /** Exact nearest chunks over every chunk, representative or not: a sequential scan. */
  const exact = async (vector: number[], limit: number) =>
    database.rows<{ id: string; distance: number }>(sql`select id, embedding <=> ${toVectorLiteral(vector)}::vector as distance
      from procedure_chunks order by 2, id limit ${limit}`);

  beforeAll(async () => {
    database = await createTestDatabase();
    corpus = [];
    for await (const item of readProcedures(SAMPLE_CORPUS_DIR)) if (item.ok) corpus.push(item.procedure);
    // The national corpus, then every province's variant of the first five procedures.
    const variants = PROVINCES.flatMap((province, p) => corpus.slice(0, 5).map((n, i) => variantOf(n, `9.${String(p * 10 + i).padStart(6, '0')}`, province)));
    await createProcedureStore(database, embedder).upsert([...corpus, ...variants]);
  });
  afterAll(() => database.destroy());

  it('indexes one representative per group and ranks all members of the nearest groups exactly', async () => {
    const [counts] = await database.rows<{ representatives: number; chunks: number }>(sql`select
      (count(*) filter (where representative))::int as representatives, count(*)::int as chunks from procedure_chunks`);
    expect(counts!.representatives).toBe(corpus.flatMap((p) => groupedChunks(p)).length);
    expect(counts!.chunks).toBeGreaterThan(counts!.representatives * 1.5);

    // A chunk of the Huế variant: its group is represented by the national chunk, yet it comes first.
    const huế = variantOf(corpus[2]!, '9.000012', PROVINCES[1]!);
    const target = groupedChunks(huế).find((c) => c.section === 'overview')!;
    const [row] = await database.rows<{ id: string; representative: boolean }>(sql`select id, representative from procedure_chunks
      where procedure_code = ${huế.code} and ordinal = ${target.ordinal}`);
    expect(row?.representative).toBe(false);
    const vector = await embedder.embedQuery(target.text);
    const hits = await searchVectors(database, vector, 10);
    expect(hits[0]).toMatchObject({ id: Number(row!.id), code: huế.code });
    const expected = await exact(vector, 10);
    expect(hits.map((h) => 1 - h.score)).toEqual(expected.map((e) => expect.closeTo(Number(e.distance), 6)));
    expect(hits.map((h) => h.id)).toEqual(expected.map((e) => Number(e.id)));
  });

  it('applies filters to members, not to the representative', async () => {
    const vector = await embedder.embedQuery(`${corpus[2]!.name} ${PROVINCES[1]}`);
    const hits = await searchVectors(database, vector, 10, { agency: PROVINCES[1] });
    expect(hits.length).toBeGreaterThan(0);
    // Only the Huế variants (9.00001x) pass, though national chunks represent their groups.
    for (const hit of hits) expect(hit.code).toMatch(/^9\.00001\d$/);
    expect(hits[0]!.code).toBe('9.000012');
  });

  it('returns nothing for a question that embeds to zeros', async () => {
    expect(await searchVectors(database, new Array<number>(embedder.dimension).fill(0), 10)).toEqual([]);
  });
});
