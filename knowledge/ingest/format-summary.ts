import { COVERAGE_FIELDS } from '../importers/index.ts';
import type { IngestSummary } from './ingest-procedures.ts';
import { INGEST_TEXT as T } from './strings.ts';

/** The end-of-import report: counts, skipped records by reason, coverage per field, totals, time. */
export function formatSummary(summary: IngestSummary, totals: { procedures: number; chunks: number }): string {
  const lines = [
    '',
    T.summaryTitle,
    `  ${summary.imported} ${T.imported}, ${summary.updated} ${T.updated}, ${summary.unchanged} ${T.unchanged}, ${summary.skipped} ${T.skipped}`,
  ];
  if (summary.reembedded > 0) lines.push(`  ${summary.reembedded} ${T.reembedded}`);
  if (summary.skippedGroups.length) {
    lines.push('', T.skippedTitle);
    for (const group of summary.skippedGroups) {
      lines.push(`  ${group.count} × ${group.reason} (${T.examples}: ${group.examples.join('; ')})`);
    }
  }
  const coverage = summary.coverage;
  if (coverage.total > 0) {
    lines.push('', T.coverageTitle);
    for (const field of COVERAGE_FIELDS) {
      const { confident, percent } = coverage.fields[field];
      lines.push(`  ${T.fields[field].padEnd(18)} ${String(confident).padStart(6)}/${coverage.total} (${percent}%)`);
    }
    const { durations, fees } = coverage.exact;
    lines.push(T.exactTitle, T.exact(durations.count, durations.percent, fees.count, fees.percent, coverage.total));
    lines.push(T.gapsTitle);
    for (const [gap, count] of Object.entries(coverage.gaps)) lines.push(`  ${T.gaps[gap as keyof typeof T.gaps]}: ${count}`);
    lines.push(T.fromTextTitle, T.fromText(coverage.fromText.durations, coverage.fromText.fees), T.freeContradicted(coverage.freeContradicted));
  }
  lines.push('', T.totals(totals.procedures, totals.chunks), T.time(summary.seconds));
  return lines.join('\n');
}
