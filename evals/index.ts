/** Public face of the evals module: run a dataset through the assistant, score it, report it. */
export { loadDataset, parseDatasetLine, type DatasetCase, type LineError, type LoadedDataset } from './runner/load-dataset.ts';
export { runDataset } from './runner/run-dataset.ts';
export { runScenarios, SCENARIOS_DIR, type ScenarioFileResult } from './runner/run-scenarios.ts';
export { evaluate, type EvaluateInput } from './runner/evaluate.ts';
export type { EvalTarget } from './runner/eval-target.ts';
export type { EvalResults } from './runner/eval-results.ts';
export { checkThresholds, loadThresholds, type Thresholds, type ThresholdBreach } from './runner/thresholds.ts';
export { summarise, type EvalSummary, type TagSummary, type PeerSummary } from './metrics/aggregate.ts';
export { containsFact, factScore } from './metrics/facts.ts';
export { normaliseForMatching } from './metrics/normalise-numbers.ts';
export type { ScoredTurn, Expectation, Action } from './metrics/scored-turn.ts';
export { writeReport } from './report/write-report.ts';
export { diffSummaries, regressionsOf, type MetricChange } from './report/baseline-diff.ts';
