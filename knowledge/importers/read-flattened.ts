import { mapFlattenedRecord } from './map-flattened-record.ts';
import type { ImportItem } from './import-item.ts';
import type { ReadOptions } from './read-options.ts';
import { readLines } from './read-lines.ts';

/**
 * procedures.jsonl(.gz), one flattened portal record per line. Bad lines (invalid JSON, missing
 * code or name, a record that fails the Procedure schema) are yielded as ok:false and the import
 * goes on; a missing file or corrupt gzip throws ImportFileError.
 */
export async function* readFlattenedExport(path: string, options: ReadOptions = {}): AsyncGenerator<ImportItem> {
  for await (const { line, text } of readLines(path)) {
    if (text.trim().length === 0) continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      yield { ok: false, code: null, line, reason: `invalid JSON: ${detail}` };
      continue;
    }
    const mapped = mapFlattenedRecord(record, options.popularity);
    yield mapped.ok
      ? { ok: true, procedure: mapped.procedure, source: `${path}:${line}` }
      : { ok: false, code: mapped.code, line, reason: mapped.reason };
  }
}
