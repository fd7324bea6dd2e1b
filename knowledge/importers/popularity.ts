import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { fileProblem, ImportFileError } from './import-item.ts';

/** popularity.json: rows { code, weight, … } → code → weight (the highest weight if a code repeats). */

export const POPULARITY_FILE_NAME = 'popularity.json';

/** popularity.json in the input's folder (the shared data layout), when there is one. */
export function popularityBeside(input: string): string | undefined {
  const folder = existsSync(input) && statSync(input).isDirectory() ? input : dirname(input);
  const candidate = join(folder, POPULARITY_FILE_NAME);
  return existsSync(candidate) ? candidate : undefined;
}

const PopularityRowsSchema = z.array(z.object({ code: z.string(), weight: z.number().nonnegative() }).loose());

export async function loadPopularity(path: string): Promise<Map<string, number>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw fileProblem(path, error);
  }
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(path, 'popularity file is not valid JSON', { cause: error });
  }
  const parsed = PopularityRowsSchema.safeParse(rows);
  if (!parsed.success) throw new ImportFileError(path, 'popularity file is not a list of { code, weight } rows');
  const weights = new Map<string, number>();
  for (const row of parsed.data) weights.set(row.code.trim(), Math.max(weights.get(row.code.trim()) ?? 0, row.weight));
  return weights;
}
