import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * Where tests find the shared procedure data (../shared/data/tthc/ beside the repository) and a
 * lookup of raw flattened records by code. The data is never copied into the repository.
 */

export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../shared/data/tthc/', import.meta.url));
export const FLATTENED_EXPORT = `${SHARED_DATA_DIR}procedures.jsonl.gz`;
export const PORTAL_API_DIR = `${SHARED_DATA_DIR}portal-api`;
export const POPULARITY_FILE = `${SHARED_DATA_DIR}popularity.json`;
export const HAVE_SHARED_DATA = existsSync(FLATTENED_EXPORT);
export const MISSING_DATA_NOTE = `shared data not found at ${SHARED_DATA_DIR}: tests that read real records are skipped`;

let records: Map<string, Record<string, string>> | null = null;

/** The raw flattened record for a code (all fields strings), read once per test file. */
export function flattenedRecord(code: string): Record<string, string> {
  records ??= new Map(
    gunzipSync(readFileSync(FLATTENED_EXPORT))
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as Record<string, string>)
      .map((record) => [record.ma_thu_tuc ?? '', record]),
  );
  const record = records.get(code);
  if (!record) throw new Error(`no flattened record ${code}`);
  return record;
}
