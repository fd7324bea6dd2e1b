import { readFile } from 'node:fs/promises';
import type { EvalSummary } from '../metrics/aggregate.ts';
import type { ScoredTurn } from '../metrics/scored-turn.ts';
import type { LineError } from './load-dataset.ts';

/** Everything one run produced: written as results.json and read back as the next run's baseline. */
export interface EvalResults {
  version: 1;
  dataset: string;
  /** What the corpus was: the imported file, or "database" when the configured one was used. */
  corpus: string;
  createdAt: string;
  summary: EvalSummary;
  turns: ScoredTurn[];
  errors: LineError[];
  /** Names of the expected and cited procedures, so the report speaks in names and not codes. */
  procedureNames: Record<string, string>;
}

/**
 * Reads a baseline: a results.json of an earlier run, or the summary line printed by `--json`
 * (the whole stdout saved to a file will do). Both give the summary.
 */
export async function readBaseline(path: string): Promise<EvalSummary> {
  const text = (await readFile(path, 'utf8')).trim();
  const json = parseWholeOrLastLine(text) as Partial<EvalResults> & Partial<EvalSummary>;
  const summary = (json.summary ?? json) as EvalSummary;
  if (typeof summary.n !== 'number') throw new Error(`${path} holds no eval summary (expected results.json or the --json line)`);
  return summary;
}

function parseWholeOrLastLine(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(text.split('\n').pop() ?? '');
  }
}
