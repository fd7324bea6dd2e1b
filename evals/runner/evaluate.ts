import { summarise, type PeerSummary } from '../metrics/aggregate.ts';
import type { EvalResults } from './eval-results.ts';
import type { EvalTarget } from './eval-target.ts';
import type { DatasetCase, LoadedDataset } from './load-dataset.ts';
import { runDataset, type RunOptions } from './run-dataset.ts';

export interface EvaluateInput {
  dataset: LoadedDataset;
  target: EvalTarget;
  /** Scores the peer search engines on the cases; it runs while the assistant answers. */
  scorePeers: (cases: readonly DatasetCase[]) => Promise<Record<string, PeerSummary>>;
  /** How the dataset and corpus are named in the report. */
  labels: { dataset: string; corpus: string };
  clock?: () => Date;
  onCase?: RunOptions['onCase'];
}

/** One evaluation: the assistant and the peers on the same dataset, summarised and named. */
export async function evaluate(input: EvaluateInput): Promise<EvalResults> {
  const onCase = input.onCase;
  const peersScored = input.scorePeers(input.dataset.cases);
  // Awaited below; a failure must not surface as an unhandled rejection while the turns run.
  peersScored.catch(() => undefined);
  const turns = await runDataset(input.dataset.cases, input.target, onCase ? { onCase } : {});
  const peers = await peersScored;
  const summary = summarise(turns, { peers, invalidLines: input.dataset.errors.length });
  const codes = new Set(turns.flatMap((t) => [...(t.expect?.procedures ?? []), ...t.reply.ranked.slice(0, 1)]));
  const procedureNames: Record<string, string> = {};
  for (const code of codes) {
    const procedure = await input.target.getProcedure(code);
    if (procedure) procedureNames[code] = procedure.name;
  }
  return {
    version: 1,
    dataset: input.labels.dataset,
    corpus: input.labels.corpus,
    createdAt: (input.clock?.() ?? new Date()).toISOString(),
    summary,
    turns,
    errors: input.dataset.errors,
    procedureNames,
  };
}
