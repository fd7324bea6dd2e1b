import type { EvalResults } from '../runner/eval-results.ts';
import { worstFailures, type Failure } from '../metrics/failures.ts';
import type { MetricChange } from './baseline-diff.ts';

/** What both renderers (HTML and Markdown) need: the run, its worst failures and the baseline diff. */
export interface ReportInput {
  results: EvalResults;
  failures: Failure[];
  changes: MetricChange[] | null;
  /** Authors held out from tuning (`--heldout`): shown in their own section. */
  heldout: string[];
}

export function reportInput(results: EvalResults, changes: MetricChange[] | null, heldout: readonly string[] = [], failureLimit = 15): ReportInput {
  return { results, failures: worstFailures(results.turns, failureLimit), changes, heldout: [...heldout] };
}

/** The expectation of a failed turn in words: procedures by name, action, aspect, facts. */
export function describeExpectation(failure: Failure, names: Record<string, string>): string {
  const expect = failure.turn.expect ?? {};
  const parts: string[] = [];
  if (expect.action) parts.push(`[${expect.action}]`);
  if (expect.procedures?.length) parts.push(expect.procedures.map((code) => (names[code] ? `${names[code]} (${code})` : code)).join(' hoặc '));
  if (expect.aspect) parts.push(`khía cạnh: ${expect.aspect}`);
  if (expect.facts?.length) parts.push(`thông tin: ${expect.facts.join('; ')}`);
  return parts.join(' — ');
}

/** Headline metrics in display order (the JSON keys). */
export const HEADLINE = [
  'n', 'top1', 'recall5', 'mrr', 'aspect', 'facts', 'facts_when_right', 'action',
  'answered_right', 'wrong_answer_rate', 'abstain_rate', 'choices_hit',
  'grounding_violations', 'latency_ms.p50', 'latency_ms.p95',
] as const;

export function headlineValue(results: EvalResults, key: (typeof HEADLINE)[number]): number | null {
  const s = results.summary;
  if (key === 'latency_ms.p50') return s.latency_ms.p50;
  if (key === 'latency_ms.p95') return s.latency_ms.p95;
  // A results.json written before a figure existed lacks it.
  return s[key] ?? null;
}
