import { basename } from 'node:path';
import type { ImportItem } from './import-item.ts';
import { readCorpusValue, looksLikePortalRecord } from './read-corpus.ts';
import { readFlattenedExport } from './read-flattened.ts';
import type { ReadOptions } from './read-options.ts';
import { isFolder, listFiles, readJsonFile, unknownInput } from './read-json-files.ts';
import { POPULARITY_FILE_NAME } from './popularity.ts';
import { readPortalFile } from './read-portal.ts';
import { assertFile } from './read-lines.ts';

/**
 * Any supported input: a flattened export (.jsonl.gz / .jsonl), a portal API record (.json with
 * executionMethods), a corpus file (.json holding Procedure objects), or a folder of any of these.
 */

const EXPORTS = ['.jsonl.gz', '.jsonl'];
const EXPECTED = 'a .jsonl.gz / .jsonl export, a .json file, or a folder holding them';

export async function* readProcedures(pathOrFolder: string, options: ReadOptions = {}): AsyncGenerator<ImportItem> {
  if (await isFolder(pathOrFolder)) {
    // Usage weights sit beside the export in the shared layout; they are read as options, not records.
    const json = (await listFiles(pathOrFolder, ['.json'])).filter((file) => basename(file) !== POPULARITY_FILE_NAME);
    const files = [...(await listFiles(pathOrFolder, EXPORTS)), ...json];
    if (files.length === 0) throw unknownInput(pathOrFolder, EXPECTED);
    for (const file of files) yield* readFile(file, options);
    return;
  }
  yield* readFile(pathOrFolder, options);
}

async function* readFile(file: string, options: ReadOptions): AsyncGenerator<ImportItem> {
  await assertFile(file);
  if (EXPORTS.some((suffix) => file.endsWith(suffix))) {
    yield* readFlattenedExport(file, options);
    return;
  }
  if (!file.endsWith('.json')) throw unknownInput(file, EXPECTED);
  const content = await readJsonFile(file);
  if (!content.ok) {
    yield { ok: false, code: null, line: null, reason: `${file}: ${content.reason}` };
    return;
  }
  if (looksLikePortalRecord(content.value)) yield* readPortalFile(file, options, content.value);
  else yield* readCorpusValue(file, content.value, options);
}
