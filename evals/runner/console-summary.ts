import type { EvalSummary } from '../metrics/aggregate.ts';
import type { AuthorSummary } from '../metrics/by-author.ts';
import type { CalibrationBin } from '../metrics/calibration.ts';
import type { MetricChange } from '../report/baseline-diff.ts';
import { groupAuthors } from '../report/held-out.ts';
import type { LineError } from './load-dataset.ts';
import type { ThresholdBreach } from './thresholds.ts';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '   n/a' : `${(v * 100).toFixed(1).padStart(5)}%`);

export interface ConsoleExtras {
  errors: LineError[];
  changes: MetricChange[] | null;
  breaches: ThresholdBreach[] | null;
  /** Authors held out from tuning (`--heldout`): listed apart, after the development authors. */
  heldout?: readonly string[];
}

/** Reliability of the answers by confidence bin, on one line. */
export function calibrationLine(bins: readonly CalibrationBin[]): string {
  return bins.map((b) => `${b.from.toFixed(1)}–${b.to.toFixed(1)}: n=${b.n} right ${pct(b.right).trim()}`).join(' | ');
}

function authorLines(author: string, a: AuthorSummary | null): string[] {
  if (!a) return [`  ${author.padEnd(16)} no item in this dataset`];
  return [
    `  ${author.padEnd(16)} n=${String(a.n).padStart(3)}  top1 ${pct(a.top1)}  answered right ${pct(a.answered_right)}  wrong answers ${pct(a.wrong_answer_rate)}  abstain ${pct(a.abstain_rate)}  choices hit ${pct(a.choices_hit)}  action ${pct(a.action)}`,
    `  ${''.padEnd(16)} calibration ${calibrationLine(a.calibration)}`,
  ];
}

/** The plain-text summary printed at the end of a run (developers read this in the terminal). */
export function consoleSummary(summary: EvalSummary, extras: ConsoleExtras): string {
  const groups = groupAuthors(summary, extras.heldout ?? []);
  const pooled = groups.heldout.some(([, a]) => a !== null) ? 'all items, held-out authors included: ' : '';
  const lines = [
    `${pooled}n=${summary.n}  top1 ${pct(summary.top1)}  recall@5 ${pct(summary.recall5)}  MRR ${pct(summary.mrr)}`,
    `aspect ${pct(summary.aspect)}  facts ${pct(summary.facts)} (when the procedure is right ${pct(summary.facts_when_right)})  action ${pct(summary.action)}  grounding violations ${summary.grounding_violations}`,
    `answered right ${pct(summary.answered_right)}  wrong answers ${pct(summary.wrong_answer_rate)}  abstain ${pct(summary.abstain_rate)}  choices hit ${pct(summary.choices_hit)}`,
    `calibration (answers by reply confidence) ${calibrationLine(summary.calibration)}`,
    `latency p50 ${summary.latency_ms.p50} ms  p95 ${summary.latency_ms.p95} ms`,
  ];
  for (const [name, peer] of Object.entries(summary.peers)) lines.push(`peer ${name.padEnd(10)} top1 ${pct(peer.top1)}  recall@5 ${pct(peer.recall5)}  MRR ${pct(peer.mrr)}`);
  const tags = Object.entries(summary.by_tag);
  if (tags.length > 0) {
    lines.push('by tag:');
    for (const [tag, t] of tags) lines.push(`  ${tag.padEnd(20)} n=${String(t.n).padStart(3)}  top1 ${pct(t.top1)}  facts ${pct(t.facts)}  action ${pct(t.action)}`);
  }
  if (groups.development.length > 0) lines.push('by author (development):', ...groups.development.flatMap(([author, a]) => authorLines(author, a)));
  if (groups.heldout.length > 0) lines.push('HELD OUT authors (never used for tuning; reported on their own):', ...groups.heldout.flatMap(([author, a]) => authorLines(author, a)));
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
