import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failuresOf, type Failure } from '../metrics/failures.ts';
import type { ScoredTurn } from '../metrics/scored-turn.ts';
import type { EvalTarget } from './eval-target.ts';
import { loadDataset, type LineError } from './load-dataset.ts';
import { runDataset } from './run-dataset.ts';

export const SCENARIOS_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

export interface ScenarioFileResult {
  file: string;
  turns: ScoredTurn[];
  /** Every turn that missed one of its expectations, with what went wrong. */
  failures: Failure[];
  errors: LineError[];
}

/**
 * Plays every scripted conversation in evals/scenarios/*.jsonl through the same runner as the
 * datasets. A scenario passes only when every expectation of every turn holds.
 */
export async function runScenarios(target: EvalTarget, dir: string = SCENARIOS_DIR): Promise<ScenarioFileResult[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.jsonl')).sort();
  const results: ScenarioFileResult[] = [];
  for (const file of files) {
    const { cases, errors } = await loadDataset(join(dir, file));
    const turns = await runDataset(cases, target);
    results.push({ file, turns, errors, failures: turns.map(failuresOf).filter((f): f is Failure => f !== null) });
  }
  return results;
}
