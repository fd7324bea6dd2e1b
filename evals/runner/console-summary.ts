import type { EvalSummary } from '../metrics/aggregate.ts';
import type { MetricChange } from '../report/baseline-diff.ts';
import type { LineError } from './load-dataset.ts';
import type { ThresholdBreach } from './thresholds.ts';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '   n/a' : `${(v * 100).toFixed(1).padStart(5)}%`);

/** The plain-text summary printed at the end of a run (developers read this in the terminal). */
export function consoleSummary(summary: EvalSummary, extras: { errors: LineError[]; changes: MetricChange[] | null; breaches: ThresholdBreach[] | null }): string {
  const lines = [
    `n=${summary.n}  top1 ${pct(summary.top1)}  recall@5 ${pct(summary.recall5)}  MRR ${pct(summary.mrr)}`,
    `aspect ${pct(summary.aspect)}  facts ${pct(summary.facts)} (when the procedure is right ${pct(summary.facts_when_right)})  action ${pct(summary.action)}  grounding violations ${summary.grounding_violations}`,
    `latency p50 ${summary.latency_ms.p50} ms  p95 ${summary.latency_ms.p95} ms`,
  ];
  for (const [name, peer] of Object.entries(summary.peers)) lines.push(`peer ${name.padEnd(10)} top1 ${pct(peer.top1)}  recall@5 ${pct(peer.recall5)}  MRR ${pct(peer.mrr)}`);
  const tags = Object.entries(summary.by_tag);
  if (tags.length > 0) {
    lines.push('by tag:');
    for (const [tag, t] of tags) lines.push(`  ${tag.padEnd(20)} n=${String(t.n).padStart(3)}  top1 ${pct(t.top1)}  facts ${pct(t.facts)}  action ${pct(t.action)}`);
  }
  for (const error of extras.errors) lines.push(`invalid line ${error.line}: ${error.message}`);
  if (extras.changes) {
    const regressions = extras.changes.filter((c) => c.regression);
    lines.push(regressions.length === 0 ? 'baseline: no regression' : `REGRESSIONS against the baseline (${regressions.length}):`);
    for (const c of regressions) lines.push(`  ${c.metric}: ${c.before} → ${c.after}`);
    const improved = extras.changes.filter((c) => c.improvement).map((c) => c.metric);
    if (improved.length > 0) lines.push(`improved: ${improved.join(', ')}`);
  }
  if (extras.breaches) {
    lines.push(extras.breaches.length === 0 ? 'thresholds: all met' : `THRESHOLDS CROSSED (${extras.breaches.length}):`);
    for (const b of extras.breaches) lines.push(`  ${b.metric} = ${b.value ?? 'not measured'} (${b.bound} ${b.limit})`);
  }
  return lines.join('\n');
}
