/** Nearest-rank percentiles of latencies in milliseconds. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function summary(label: string, values: readonly number[]): string {
  const f = (n: number) => n.toFixed(1).padStart(7);
  return `${label.padEnd(22)} n=${String(values.length).padStart(4)}  p50=${f(percentile(values, 50))} ms  p95=${f(percentile(values, 95))} ms  p99=${f(percentile(values, 99))} ms  max=${f(Math.max(0, ...values))} ms`;
}
