import { readdirSync, readFileSync } from 'node:fs';
import type { Procedure } from '../knowledge/index.ts';

/** The sample corpus shipped with knowledge/, read as plain records for pure tests (no database). */
const SAMPLE_DIR = new URL('../knowledge/sample-corpus/', import.meta.url);

let cache: Procedure[] | null = null;

export function sampleProcedures(): Procedure[] {
  cache ??= readdirSync(SAMPLE_DIR)
    .filter((name) => /^\d\.\d{6}\.json$/.test(name))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, SAMPLE_DIR), 'utf8')) as Procedure);
  return cache;
}

export function sampleProcedure(code: string): Procedure {
  const found = sampleProcedures().find((p) => p.code === code);
  if (!found) throw new Error(`No sample procedure ${code}`);
  return found;
}
