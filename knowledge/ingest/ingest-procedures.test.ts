import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { ImportFileError } from '../importers/index.ts';
import { FLATTENED_EXPORT, HAVE_SHARED_DATA, MISSING_DATA_NOTE } from '../importers/shared-data.ts';
import { createProcedureStore, type ProcedureStore } from '../store/index.ts';
import { estimateRecords } from './estimate-records.ts';
import { formatSummary } from './format-summary.ts';
import { ingestProcedures } from './ingest-procedures.ts';

if (!HAVE_SHARED_DATA) console.warn(MISSING_DATA_NOTE);

describe.skipIf(!HAVE_SHARED_DATA)(`ingest of a flattened export on ${testDriver()}`, () => {
  let database: TestDatabase;
  let store: ProcedureStore;
  let folder: string;
  let file: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = createProcedureStore(database, new LocalHashEmbedder());
    // A small export in a temporary folder: five real lines from the shared data, a broken one, a nameless one.
    const lines = gunzipSync(readFileSync(FLATTENED_EXPORT)).toString('utf8').split('\n').slice(0, 5);
    folder = mkdtempSync(join(tmpdir(), 'ingest-'));
    file = join(folder, 'export.jsonl');
    writeFileSync(file, [...lines, '{"ma_thu_tuc": "1.999999"', '{"ma_thu_tuc": "1.999998"}'].join('\n'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.destroy();
  });

  it('imports the valid records and groups the skipped ones by reason', async () => {
    expect(await estimateRecords(file)).toBe(7);
    const progress: number[] = [];
    const summary = await ingestProcedures(store, file, { batchSize: 2, onProgress: (read) => progress.push(read) });
    expect(summary).toMatchObject({ read: 7, imported: 5, updated: 0, unchanged: 0, skipped: 2, reembedded: 0 });
    expect(summary.skippedGroups.map((g) => g.reason).sort()).toEqual(['invalid JSON', 'missing procedure name (ten_thu_tuc)']);
    expect(summary.coverage.total).toBe(5);
    expect(progress.at(-1)).toBe(7);
    const text = formatSummary(summary, await store.counts());
    expect(text).toContain('5 mới, 0 cập nhật, 0 không đổi, 2 bỏ qua');
    expect(text).toContain('invalid JSON (ví dụ: line 6)');
    expect(text).toMatch(/Trong cơ sở dữ liệu: 5 thủ tục, \d+ đoạn\./);
  });

  it('finds nothing to write on a second run', async () => {
    const summary = await ingestProcedures(store, file);
    expect(summary).toMatchObject({ imported: 0, updated: 0, unchanged: 5, skipped: 2 });
  });

  it('throws a clear error for a missing file', async () => {
    await expect(ingestProcedures(store, join(folder, 'missing.jsonl.gz'))).rejects.toThrow(ImportFileError);
    await expect(ingestProcedures(store, join(folder, 'missing.jsonl.gz'))).rejects.toThrow(/file or folder not found/);
  });
});
