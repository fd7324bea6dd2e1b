import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { readProcedures } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { createProcedureStore } from './procedure-store.ts';
import { SAMPLE_CORPUS_DIR, seedSampleCorpus } from './seed-sample-corpus.ts';
import { vectorIndexName } from './vector-index.ts';

async function sampleProcedures(): Promise<Procedure[]> {
  const list: Procedure[] = [];
  for await (const item of readProcedures(SAMPLE_CORPUS_DIR)) if (item.ok) list.push(item.procedure);
  return list;
}

describe(`procedure store on ${testDriver()}`, () => {
  let database: TestDatabase;
  let corpus: Procedure[];
  const embedder = new LocalHashEmbedder();
  const chunkIds = async () =>
    (await database.rows<{ id: string }>(sql`select id::text from procedure_chunks order by id`)).map((r) => r.id);
  const indexes = async () =>
    (await database.rows<{ indexname: string }>(sql`select indexname from pg_indexes where tablename = 'procedure_chunks'`)).map((r) => r.indexname);

  beforeAll(async () => {
    database = await createTestDatabase();
    corpus = await sampleProcedures();
  });
  afterAll(() => database.destroy());

  it('seeds the sample corpus into an empty database, once', async () => {
    const store = createProcedureStore(database, embedder);
    const first = await seedSampleCorpus(database, store);
    expect(first).toMatchObject({ seeded: true, imported: corpus.length, skipped: 0 });
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const second = await seedSampleCorpus(database, store);
    expect(second.seeded).toBe(false);
    const counts = await store.counts();
    expect(counts.procedures).toBe(corpus.length);
    expect(counts.chunks).toBeGreaterThan(corpus.length * 3);
    const [meta] = await database.rows<{ embedder: string; dim: number; n: number }>(sql`select min(embedder) as embedder,
      min(embedding_dim) as dim, count(distinct embedder)::int as n from procedure_chunks`);
    expect(meta).toEqual({ embedder: embedder.id, dim: 512, n: 1 });
  });

  it('writes nothing when the same procedures are imported again', async () => {
    const store = createProcedureStore(database, embedder);
    const before = await chunkIds();
    const [stamp] = await database.rows<{ at: string }>(sql`select max(imported_at)::text as at from procedures`);
    const counts = await store.upsert(corpus);
    expect(counts).toEqual({ imported: 0, updated: 0, unchanged: corpus.length });
    expect(await chunkIds()).toEqual(before);
    const [after] = await database.rows<{ at: string }>(sql`select max(imported_at)::text as at from procedures`);
    expect(after?.at).toBe(stamp?.at);
  });

  it('takes a new usage weight without rewriting the record or its chunks', async () => {
    const store = createProcedureStore(database, embedder);
    const before = await chunkIds();
    const target = corpus.find((p) => p.code === '1.004222')!;
    const counts = await store.upsert([{ ...target, popularity: target.popularity + 1234 }]);
    expect(counts).toEqual({ imported: 0, updated: 0, unchanged: 1 });
    const [row] = await database.rows<{ popularity: number; in_record: number }>(sql`select popularity,
      (record->>'popularity')::float8 as in_record from procedures where code = '1.004222'`);
    expect(row).toEqual({ popularity: target.popularity + 1234, in_record: target.popularity + 1234 });
    expect(await chunkIds()).toEqual(before);
    await store.upsert([target]);
  });

  it('rewrites a changed procedure and replaces only its chunks', async () => {
    const store = createProcedureStore(database, embedder);
    const original = corpus.find((p) => p.code === '1.004222')!;
    const changed: Procedure = { ...original, steps: [...original.steps, 'Bước bổ sung: nhận thông báo qua ứng dụng VNeID'] };
    const othersBefore = await database.rows<{ id: string }>(sql`select id::text from procedure_chunks where procedure_code <> '1.004222' order by id`);
    const counts = await store.upsert([changed], { source: 'test' });
    expect(counts).toEqual({ imported: 0, updated: 1, unchanged: 0 });
    const steps = await database.rows<{ text: string }>(sql`select text from procedure_chunks where procedure_code = '1.004222' and section = 'steps'`);
    expect(steps.map((s) => s.text).join('\n')).toContain('Bước bổ sung: nhận thông báo qua ứng dụng VNeID');
    const othersAfter = await database.rows<{ id: string }>(sql`select id::text from procedure_chunks where procedure_code <> '1.004222' order by id`);
    expect(othersAfter).toEqual(othersBefore);
    const [row] = await database.rows<{ source: string; record: Procedure | string }>(sql`select source, record from procedures where code = '1.004222'`);
    expect(row?.source).toBe('test');
    const record = typeof row?.record === 'string' ? (JSON.parse(row.record) as Procedure) : row?.record;
    expect(record?.steps.at(-1)).toBe('Bước bổ sung: nhận thông báo qua ứng dụng VNeID');
  });

  it('re-embeds every chunk when the embedder changes, and builds the index for the new dimension', async () => {
    const small = new LocalHashEmbedder({ dimension: 256 });
    const store = createProcedureStore(database, small);
    const { chunks } = await store.counts();
    expect(await store.reembedIfNeeded()).toEqual({ reembedded: chunks });
    const [meta] = await database.rows<{ embedder: string; dim: number; n: number }>(sql`select min(embedder) as embedder,
      min(embedding_dim) as dim, count(distinct embedding_dim)::int as n from procedure_chunks`);
    expect(meta).toEqual({ embedder: small.id, dim: 256, n: 1 });
    expect(await indexes()).toContain(vectorIndexName(256));
    expect(await store.reembedIfNeeded()).toEqual({ reembedded: 0 });
    // And back, so the dimension-512 index is used again.
    expect((await createProcedureStore(database, embedder).reembedIfNeeded()).reembedded).toBe(chunks);
  });

  it('rebuilds the vector index after a bulk load into an empty store', async () => {
    await database.db.execute(sql`delete from procedures`);
    const store = createProcedureStore(database, embedder);
    const counts = await store.bulkLoad(async () => {
      expect(await indexes()).not.toContain(vectorIndexName(512));
      return store.upsert(corpus);
    });
    expect(counts.imported).toBe(corpus.length);
    expect(await indexes()).toContain(vectorIndexName(512));
  });
});
