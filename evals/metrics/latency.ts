/** Turn latency: nearest-rank percentiles and a histogram for the report. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface HistogramBin {
  /** Upper bound in ms, inclusive; Infinity for the last bin. */
  upToMs: number;
  count: number;
}

/** Bins on a roughly logarithmic scale so that 2 ms and 2 s turns are both readable. */
export const LATENCY_BINS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, Infinity] as const;

export function latencyHistogram(values: readonly number[], bins: readonly number[] = LATENCY_BINS_MS): HistogramBin[] {
  const histogram = bins.map((upToMs) => ({ upToMs, count: 0 }));
  for (const value of values) {
    const bin = histogram.find((b) => value <= b.upToMs) ?? histogram[histogram.length - 1];
    if (bin) bin.count += 1;
  }
  return histogram;
}
