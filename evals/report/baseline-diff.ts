import type { EvalSummary } from '../metrics/aggregate.ts';

/** One figure compared with the previous run. */
export interface MetricChange {
  metric: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  /** Worse than before by more than the noise allowance for that kind of figure. */
  regression: boolean;
  improvement: boolean;
}

/** Which way is better; abstaining is neither (it is right on some items and wrong on others). */
type Direction = 'higher' | 'lower' | 'neither';

/** The rates compared, and which way each should move. */
const RATES: readonly [string, Direction][] = [
  ['top1', 'higher'], ['recall5', 'higher'], ['mrr', 'higher'], ['aspect', 'higher'], ['facts', 'higher'], ['facts_when_right', 'higher'], ['action', 'higher'],
  ['answered_right', 'higher'], ['wrong_answer_rate', 'lower'], ['choices_hit', 'higher'], ['abstain_rate', 'neither'],
];
const AUTHOR_RATES: readonly [string, Direction][] = [
  ['top1', 'higher'], ['answered_right', 'higher'], ['wrong_answer_rate', 'lower'], ['choices_hit', 'higher'], ['action', 'higher'], ['abstain_rate', 'neither'],
];

const figureOf = (source: object | undefined, key: string): number | null => {
  const value = (source as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'number' ? value : null;
};

/** Latency moves with the machine's load: only a rise of 50 % and at least 20 ms counts as a regression. */
const LATENCY_RATIO = 1.5;
const LATENCY_MIN_MS = 20;
/** Rates are exact on a fixed dataset without an LLM; this only absorbs float noise. */
const RATE_EPSILON = 1e-9;

export function diffSummaries(before: EvalSummary, after: EvalSummary): MetricChange[] {
  const changes: MetricChange[] = [];
  const rate = (metric: string, b: number | null | undefined, a: number | null | undefined) => changes.push(compare(metric, b ?? null, a ?? null, 'higher'));
  // A baseline written before a figure existed lacks it: the change is then shown without a verdict.
  for (const [key, direction] of RATES) changes.push(compare(key, figureOf(before, key), figureOf(after, key), direction));
  changes.push(compare('grounding_violations', before.grounding_violations, after.grounding_violations, 'lower'));
  for (const key of ['p50', 'p95'] as const) changes.push(latency(`latency_ms.${key}`, before.latency_ms?.[key], after.latency_ms?.[key]));
  const tags = [...new Set([...Object.keys(before.by_tag ?? {}), ...Object.keys(after.by_tag ?? {})])].sort();
  for (const tag of tags) {
    for (const key of ['top1', 'facts', 'action'] as const) rate(`by_tag.${tag}.${key}`, before.by_tag?.[tag]?.[key], after.by_tag?.[tag]?.[key]);
  }
  const authors = [...new Set([...Object.keys(before.by_author ?? {}), ...Object.keys(after.by_author ?? {})])].sort();
  for (const author of authors) {
    for (const [key, direction] of AUTHOR_RATES) {
      changes.push(compare(`by_author.${author}.${key}`, figureOf(before.by_author?.[author], key), figureOf(after.by_author?.[author], key), direction));
    }
  }
  return changes;
}

function compare(metric: string, before: number | null, after: number | null, direction: Direction): MetricChange {
  if (before === null || after === null) return { metric, before, after, delta: null, regression: false, improvement: false };
  const delta = after - before;
  if (direction === 'neither') return { metric, before, after, delta, regression: false, improvement: false };
  const worse = direction === 'higher' ? delta < -RATE_EPSILON : delta > RATE_EPSILON;
  const better = direction === 'higher' ? delta > RATE_EPSILON : delta < -RATE_EPSILON;
  return { metric, before, after, delta, regression: worse, improvement: better };
}

function latency(metric: string, before: number | undefined, after: number | undefined): MetricChange {
  if (before === undefined || after === undefined) return { metric, before: before ?? null, after: after ?? null, delta: null, regression: false, improvement: false };
  const delta = after - before;
  const regression = after > before * LATENCY_RATIO && delta >= LATENCY_MIN_MS;
  const improvement = before > after * LATENCY_RATIO && -delta >= LATENCY_MIN_MS;
  return { metric, before, after, delta, regression, improvement };
}

export function regressionsOf(changes: readonly MetricChange[]): MetricChange[] {
  return changes.filter((c) => c.regression);
}
