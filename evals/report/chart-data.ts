import { LATENCY_BINS_MS, latencyHistogram } from '../metrics/latency.ts';
import type { EvalResults } from '../runner/eval-results.ts';
import { REPORT } from './strings.ts';

/** The series each chart of the HTML report draws, as plain JSON for the inlined script. */
export interface ChartData {
  byTag: { labels: string[]; series: { label: string; data: (number | null)[] }[] };
  latency: { labels: string[]; counts: number[] };
  peers: { labels: string[]; series: { label: string; data: (number | null)[] }[] };
}

const pct = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 1000) / 10);

export function chartData(results: EvalResults): ChartData {
  const s = results.summary;
  const tags = Object.keys(s.by_tag);
  const histogram = latencyHistogram(results.turns.map((t) => t.latencyMs));
  const engines = [{ label: REPORT.system, top1: s.top1, recall5: s.recall5, mrr: s.mrr }, ...Object.entries(s.peers).map(([label, p]) => ({ label, ...p }))];
  return {
    byTag: {
      labels: tags,
      series: (['top1', 'facts', 'action'] as const).map((key) => ({ label: key, data: tags.map((tag) => pct(s.by_tag[tag]?.[key])) })),
    },
    latency: {
      labels: histogram.map((bin, i) => binLabel(i === 0 ? 0 : (LATENCY_BINS_MS[i - 1] ?? 0), bin.upToMs)),
      counts: histogram.map((bin) => bin.count),
    },
    peers: {
      labels: ['top1', 'recall5', 'mrr'],
      series: engines.map((e) => ({ label: e.label, data: [pct(e.top1), pct(e.recall5), pct(e.mrr)] })),
    },
  };
}

function binLabel(from: number, to: number): string {
  return to === Infinity ? `> ${from} ms` : `${from}–${to} ms`;
}
