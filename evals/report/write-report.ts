import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvalResults } from '../runner/eval-results.ts';
import type { MetricChange } from './baseline-diff.ts';
import { readChartJs } from './chart-library.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { reportInput } from './report-input.ts';

export interface WrittenReport {
  html: string;
  markdown: string;
  results: string;
}

/** Writes report.html, summary.md and results.json (the next run's baseline) into `dir`. */
export async function writeReport(dir: string, results: EvalResults, changes: MetricChange[] | null, heldout: readonly string[] = []): Promise<WrittenReport> {
  await mkdir(dir, { recursive: true });
  const input = reportInput(results, changes, heldout);
  const paths = { html: join(dir, 'report.html'), markdown: join(dir, 'summary.md'), results: join(dir, 'results.json') };
  await writeFile(paths.html, renderHtml(input, await readChartJs()));
  await writeFile(paths.markdown, renderMarkdown(input));
  await writeFile(paths.results, `${JSON.stringify(results, null, 2)}\n`);
  return paths;
}
