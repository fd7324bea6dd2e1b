import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Procedure } from '../../knowledge/index.ts';

/** Real sample records from knowledge/sample-corpus (the knowledge module validates them in its own tests). */
const DIR = fileURLToPath(new URL('../../knowledge/sample-corpus/', import.meta.url));

export const sampleCorpusPresent = existsSync(`${DIR}1.004222.json`);

export function loadRecord(code: string): Procedure {
  return JSON.parse(readFileSync(`${DIR}${code}.json`, 'utf8')) as Procedure;
}
