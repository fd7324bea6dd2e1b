import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { contentHash, readProcedures } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { chunkGroupKey, groupedChunks } from './chunk-groups.ts';
import { createProcedureStore } from './procedure-store.ts';
import { variantOf } from './province-variant.fixture.ts';
import { SAMPLE_CORPUS_DIR } from './seed-sample-corpus.ts';

describe(`chunk groups on ${testDriver()}`, () => {
  let database: TestDatabase;
  let national: Procedure;
  const embedder = new LocalHashEmbedder();
  /** Every group with its member and representative counts. */
  const groups = async () =>
    database.rows<{ group_key: string; members: number; representatives: number }>(sql`select group_key, count(*)::int as members,
      (count(*) filter (where representative))::int as representatives from procedure_chunks group by group_key order by group_key`);
  const representativeOf = async (key: string) =>
    (await database.rows<{ code: string }>(sql`select procedure_code as code from procedure_chunks where group_key = ${key} and representative`))[0]?.code;

  beforeAll(async () => {
    database = await createTestDatabase();
    for await (const item of readProcedures(SAMPLE_CORPUS_DIR)) if (item.ok && item.procedure.code === '1.004222') national = item.procedure;
  });
  afterAll(() => database.destroy());

  it('leaves the content hash of a national procedure as it was: an absent national code is not hashed', () => {
    expect('nationalCode' in national).toBe(false);
    expect(contentHash({ ...national, nationalCode: undefined })).toBe(contentHash(national));
    expect(contentHash(variantOf(national, '9.000001', 'Hà Nội'))).not.toBe(contentHash({ ...national, code: '9.000001' }));
  });

  it('groups chunks of a national procedure and its province variants, one representative per group', async () => {
    const store = createProcedureStore(database, embedder);
    await store.upsert([national, variantOf(national, '9.000001', 'Hà Nội'), variantOf(national, '9.000002', 'Huế')]);
    const keys = groupedChunks(national).map((c) => c.groupKey);
    expect(keys[0]).toBe(chunkGroupKey(national, groupedChunks(national)[0]!));
    const found = await groups();
    expect(found.map((g) => g.group_key).sort()).toEqual([...keys].sort());
    for (const group of found) expect(group).toMatchObject({ members: 3, representatives: 1 });
    // The first written member represents its group.
    expect(await representativeOf(keys[0]!)).toBe(national.code);
  });

  it('promotes another member when a re-import deletes the representative', async () => {
    const store = createProcedureStore(database, embedder);
    const changed: Procedure = { ...national, steps: [...national.steps, 'Bước bổ sung: nhận kết quả qua VNeID'] };
    expect(await store.upsert([changed])).toMatchObject({ updated: 1 });
    const found = await groups();
    for (const group of found) expect(group.representatives).toBe(1);
    // Groups the national procedure still belongs to are now represented by a variant, unless it was alone in a new one.
    const first = groupedChunks(changed)[0]!.groupKey;
    expect(await representativeOf(first)).toMatch(/^9\.00000[12]$/);
  });

  it('keeps one representative when a variant leaves its groups, and drops groups left empty', async () => {
    const store = createProcedureStore(database, embedder);
    const before = await groups();
    const left = new Set(
      (await database.rows<{ group_key: string }>(sql`select group_key from procedure_chunks where procedure_code = '9.000001'`)).map((r) => r.group_key),
    );
    // The Hà Nội variant becomes a procedure of its own (no national code): it leaves every group.
    const standalone: Procedure = { ...variantOf(national, '9.000001', 'Hà Nội'), nationalCode: undefined };
    await store.upsert([standalone]);
    const after = await groups();
    for (const group of after) expect(group.representatives).toBe(1);
    expect(after.filter((g) => g.group_key.startsWith('9.000001|'))).toHaveLength(groupedChunks(standalone).length);
    const expected = before
      .map((g) => ({ key: g.group_key, members: g.members - (left.has(g.group_key) ? 1 : 0) }))
      .filter((g) => g.members > 0);
    const remaining = after.filter((g) => !g.group_key.startsWith('9.000001|')).map((g) => ({ key: g.group_key, members: g.members }));
    expect(remaining).toEqual(expected);
  });
});
