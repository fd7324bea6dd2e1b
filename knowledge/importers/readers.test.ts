import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, loadPopularity, popularityBeside, readFlattenedExport, readPortalApi, readProcedures, type ImportItem } from './index.ts';
import { HAVE_SHARED_DATA, MISSING_DATA_NOTE, POPULARITY_FILE, PORTAL_API_DIR } from './shared-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'importers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(items: AsyncGenerator<ImportItem>): Promise<ImportItem[]> {
  const out: ImportItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const GOOD = JSON.stringify({
  ma_thu_tuc: '1.000001',
  ten_thu_tuc: 'Thủ tục thử',
  cap_thuc_hien: 'Cấp xã',
  cach_thuc_thuc_hien: 'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp5 Ngày làm việcMiễn phí',
});

describe('readFlattenedExport', () => {
  it('reports a bad JSON line and a record without code, and goes on', async () => {
    const path = join(dir, 'mixed.jsonl.gz');
    writeFileSync(path, gzipSync([GOOD, '{not json', JSON.stringify({ ten_thu_tuc: 'Không mã' }), '', GOOD].join('\n')));
    const items = await collect(readFlattenedExport(path, { popularity: new Map([['1.000001', 42]]) }));
    expect(items.map((item) => item.ok)).toEqual([true, false, false, true]);
    expect(items[1]).toMatchObject({ ok: false, code: null, line: 2, reason: /^invalid JSON/ });
    expect(items[2]).toEqual({ ok: false, code: null, line: 3, reason: 'missing procedure code (ma_thu_tuc)' });
    expect(items[3]).toMatchObject({ ok: true, source: `${path}:5`, procedure: { popularity: 42, methods: [{ method: 'in_person' }] } });
  });

  it('throws ImportFileError naming the path for a missing file', async () => {
    const path = join(dir, 'absent.jsonl.gz');
    await expect(collect(readFlattenedExport(path))).rejects.toThrow(new ImportFileError(path, 'file or folder not found'));
  });

  it('throws ImportFileError for a corrupt gzip', async () => {
    const path = join(dir, 'corrupt.jsonl.gz');
    writeFileSync(path, Buffer.concat([gzipSync(GOOD).subarray(0, 12), Buffer.from('garbage bytes that are not deflate')]));
    const error = await collect(readFlattenedExport(path)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: corrupt gzip data`));
  });

  it('reads a plain .jsonl file', async () => {
    const path = join(dir, 'plain.jsonl');
    writeFileSync(path, `${GOOD}\n`);
    expect((await collect(readFlattenedExport(path))).map((item) => item.ok)).toEqual([true]);
  });
});

describe('readProcedures', () => {
  it('reads the project sample corpus folder (one Procedure per JSON file)', async () => {
    const corpus = fileURLToPath(new URL('../sample-corpus/', import.meta.url));
    const items = await collect(readProcedures(corpus));
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((item) => !item.ok)).toEqual([]);
  });

  it('reads an array of procedures and reports the invalid one', async () => {
    const corpus = fileURLToPath(new URL('../sample-corpus/1.004222.json', import.meta.url));
    const folder = mkdtempSync(join(dir, 'corpus-'));
    const valid = (await collect(readProcedures(corpus)))[0];
    if (!valid?.ok) throw new Error('sample corpus 1.004222 did not read');
    writeFileSync(join(folder, 'many.json'), JSON.stringify([valid.procedure, { ...valid.procedure, code: 'bad' }]));
    // Usage weights beside the records are not records.
    writeFileSync(join(folder, 'popularity.json'), JSON.stringify([{ code: '1.004222', weight: 7 }]));
    expect(popularityBeside(folder)).toBe(join(folder, 'popularity.json'));
    const items = await collect(readProcedures(folder, { popularity: await loadPopularity(popularityBeside(folder)!) }));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ ok: true, procedure: { code: '1.004222', popularity: 7 } });
    expect(items[1]).toMatchObject({ ok: false, code: 'bad', reason: /many\.json\[1\]: invalid procedure: code/ });
  });

  it('throws for a missing path and an unknown kind of file', async () => {
    await expect(collect(readProcedures(join(dir, 'nowhere')))).rejects.toThrow(/nowhere: file or folder not found/);
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'hello');
    await expect(collect(readProcedures(path))).rejects.toThrow(/notes\.txt: not a known input/);
  });

  it('dispatches a flattened export', async () => {
    const path = join(dir, 'dispatch.jsonl.gz');
    writeFileSync(path, gzipSync(GOOD));
    expect((await collect(readProcedures(path)))[0]).toMatchObject({ ok: true, procedure: { code: '1.000001' } });
  });
});

describe.skipIf(!HAVE_SHARED_DATA)(`readers on the shared data (${HAVE_SHARED_DATA ? 'shared data' : MISSING_DATA_NOTE})`, () => {
  it('readPortalApi reads the six portal records; readProcedures dispatches the folder the same way', async () => {
    const items = await collect(readPortalApi(PORTAL_API_DIR));
    expect(items.map((item) => (item.ok ? item.procedure.code : item.reason))).toEqual([
      '1.000894', '1.001193', '1.001456', '1.004194', '1.004222', '2.000815',
    ]);
    const dispatched = await collect(readProcedures(PORTAL_API_DIR));
    expect(dispatched.map((item) => (item.ok ? item.procedure.code : null))).toEqual(items.map((item) => (item.ok ? item.procedure.code : null)));
  });

  it('loadPopularity maps codes to weights', async () => {
    const popularity = await loadPopularity(POPULARITY_FILE);
    expect(popularity.get('1.004194')).toBe(15539622);
    expect(popularity.get('9.999999')).toBeUndefined();
  });
});
