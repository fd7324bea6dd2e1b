import { parseArgs } from 'node:util';
import { parseHeldout } from '../report/held-out.ts';

export interface CliOptions {
  dataset: string;
  corpus: string | null;
  json: boolean;
  report: string | null;
  baseline: string | null;
  /** Exit with status 1 when a threshold of evals/thresholds.json is crossed. */
  gate: boolean;
  /** Item authors held out from tuning: shown apart in the summary and report (nothing computed changes). */
  heldout: string[];
}

export const USAGE = `Usage: npm run eval -- --dataset <file.jsonl> [--corpus <file or folder>] [--json] [--report <dir>] [--baseline <results.json>] [--gate]

  --dataset   questions or scripted conversations, one JSON object per line (.jsonl or .jsonl.gz)
  --corpus    import these procedures into the configured database first (portal export .jsonl.gz,
              a folder of JSON records, …); without it the corpus already in the database is used
  --json      print the figures as one JSON object on the last line of stdout
  --report    write report.html, summary.md and results.json into this folder
  --baseline  compare with an earlier results.json (or saved --json output) and call out regressions
  --gate      exit with status 1 when a threshold of evals/thresholds.json is crossed
  --heldout   item authors held out from tuning: their figures are shown apart, labelled, never
              pooled with the development authors' (what is computed does not change)`;

export class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        dataset: { type: 'string' },
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        report: { type: 'string' },
        baseline: { type: 'string' },
        gate: { type: 'boolean', default: false },
        heldout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError('');
  if (!values.dataset) throw new UsageError('--dataset is required');
  return {
    dataset: values.dataset,
    corpus: values.corpus ?? null,
    json: values.json,
    report: values.report ?? null,
    baseline: values.baseline ?? null,
    gate: values.gate,
    heldout: parseHeldout(values.heldout),
  };
}
