import { basename } from 'node:path';
import type { ImportItem } from './import-item.ts';
import { mapPortalRecord } from './map-portal-record.ts';
import type { ReadOptions } from './read-options.ts';
import { isFolder, listFiles, readJsonFile } from './read-json-files.ts';
import { assertFile } from './read-lines.ts';

/** Portal detail API records: one .json file, or every .json file of a folder. */
export async function* readPortalApi(pathOrFolder: string, options: ReadOptions = {}): AsyncGenerator<ImportItem> {
  const files = (await isFolder(pathOrFolder)) ? await listFiles(pathOrFolder, ['.json']) : [pathOrFolder];
  for (const file of files) {
    await assertFile(file);
    yield* readPortalFile(file, options);
  }
}

export async function* readPortalFile(file: string, options: ReadOptions, parsed?: unknown): AsyncGenerator<ImportItem> {
  const content = parsed === undefined ? await readJsonFile(file) : { ok: true as const, value: parsed };
  if (!content.ok) {
    yield { ok: false, code: codeFromName(file), line: null, reason: `${basename(file)}: ${content.reason}` };
    return;
  }
  const records = Array.isArray(content.value) ? content.value : [content.value];
  for (const record of records) {
    const mapped = mapPortalRecord(record, options.popularity);
    yield mapped.ok
      ? { ok: true, procedure: mapped.procedure, source: file }
      : { ok: false, code: mapped.code ?? codeFromName(file), line: null, reason: `${basename(file)}: ${mapped.reason}` };
  }
}

function codeFromName(file: string): string | null {
  return /(\d\.\d{6})/.exec(basename(file))?.[1] ?? null;
}
