import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { readProcedures } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { createProcedureStore, SAMPLE_CORPUS_DIR } from '../store/index.ts';
import { loadSyntheticCorpus } from './load-synthetic.ts';
import { provinceVariants } from './synthetic-corpus.ts';

/** Everything a row holds, as text, sorted: two databases with the same content give the same list. */
const snapshot = async (database: TestDatabase) => ({
  procedures: await database.rows(sql`select code, name, name_folded, levels, field, agency, record, content_hash, popularity, source
    from procedures order by code`),
  chunks: await database.rows(sql`select procedure_code, section, case_label, ordinal, group_key, text, text_folded, tsv::text, embedder,
    embedding_dim, embedding::text from procedure_chunks order by procedure_code, ordinal`),
  indexes: await database.rows(sql`select indexname, indexdef from pg_indexes where tablename = 'procedure_chunks' order by indexname`),
  keys: await database.rows(sql`select conname, pg_get_constraintdef(oid) as def from pg_constraint
    where conrelid = 'procedure_chunks'::regclass order by conname`),
});

// The loader writes through node-postgres (COPY FROM STDIN), so it runs where CI gives a server.
describe.skipIf(testDriver() !== 'postgres')('synthetic corpus loader', () => {
  const embedder = new LocalHashEmbedder();
  let fast: TestDatabase;
  let store: TestDatabase;
  let procedures: Procedure[];

  beforeAll(async () => {
    [fast, store] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    procedures = [];
    for await (const item of readProcedures(SAMPLE_CORPUS_DIR)) if (item.ok) procedures.push(item.procedure);
  });
  afterAll(() => Promise.all([fast?.destroy(), store?.destroy()]));

  it('writes what the store writes for the same variants, indexes and foreign key included', async () => {
    const target = procedures.length * 2 + 3; // two provinces and a few of a third
    const loaded = await loadSyntheticCorpus(fast, createProcedureStore(fast, embedder), procedures, { target, batchSize: 16, workers: 2 });
    expect(loaded.procedures).toBe(target);
    expect(loaded.chunks).toBeGreaterThan(target * 3);

    const reference = createProcedureStore(store, embedder);
    await reference.bulkLoad(async () => {
      for (const batch of provinceVariants(procedures, target, { batchSize: 16 })) await reference.upsert(batch, { source: 'synthetic' });
    });
    const [expected, actual] = await Promise.all([snapshot(store), snapshot(fast)]);
    expect(actual.chunks).toHaveLength(loaded.chunks);
    expect(actual.procedures).toEqual(expected.procedures);
    expect(actual.chunks).toEqual(expected.chunks);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.keys).toEqual(expected.keys);
    // One representative per group either way (which member may differ: parallel writers interleave ids).
    for (const database of [fast, store]) {
      const [groups] = await database.rows<{ groups: number; wrong: number }>(sql`select count(*)::int as groups,
        (count(*) filter (where n <> 1))::int as wrong from (select count(*) filter (where representative) as n from procedure_chunks group by group_key) g`);
      expect(groups?.wrong).toBe(0);
      // Variants of one procedure share groups: about as many as the national procedures have chunks.
      expect(groups!.groups).toBeLessThan(loaded.chunks / 2);
    }
  });
});
