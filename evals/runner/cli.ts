import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { loadEnvOrExit } from '../../platform/app/load-env.ts';
import { diffSummaries } from '../report/baseline-diff.ts';
import { writeReport } from '../report/write-report.ts';
import { openEvalServices } from './build-services.ts';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './cli-args.ts';
import { consoleSummary } from './console-summary.ts';
import { readBaseline } from './eval-results.ts';
import { evaluate } from './evaluate.ts';
import { loadDataset } from './load-dataset.ts';
import { checkThresholds, loadThresholds } from './thresholds.ts';

/**
 * `npm run eval -- --dataset <file.jsonl> [--corpus …] [--json] [--report <dir>] [--baseline …] [--gate] [--heldout …]`.
 * Human-readable lines go to stderr, so that with --json the last line of stdout is the summary.
 */
async function main(options: CliOptions): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  if (!existsSync(options.dataset)) throw new UsageError(`no dataset at ${options.dataset}`);
  const dataset = await loadDataset(options.dataset);
  for (const error of dataset.errors) say(`${options.dataset}:${error.line}: skipped, ${error.message}`);
  const services = await openEvalServices(loadEnvOrExit());
  try {
    if (options.corpus) {
      const started = Date.now();
      const counts = await services.importCorpus(options.corpus);
      say(`corpus ${options.corpus}: ${counts.imported} imported, ${counts.rejected} rejected in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const started = Date.now();
    const results = await evaluate({
      dataset,
      target: services.target,
      scorePeers: (cases) => services.scorePeers(cases),
      labels: { dataset: relative(process.cwd(), options.dataset) || options.dataset, corpus: options.corpus ?? `database (${await services.corpusSize()} procedures)` },
      onCase: (done, total) => {
        if (process.stderr.isTTY && (done % 10 === 0 || done === total)) process.stderr.write(`\r${done}/${total} conversations`);
      },
    });
    if (process.stderr.isTTY) say('');
    say(`ran ${dataset.cases.length} conversations and the peers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const changes = options.baseline ? diffSummaries(await readBaseline(options.baseline), results.summary) : null;
    const breaches = options.gate ? checkThresholds(results.summary, await loadThresholds()) : null;
    if (options.report) {
      const written = await writeReport(options.report, results, changes, options.heldout);
      say(`report: ${written.html}\nsummary: ${written.markdown}\nresults: ${written.results}`);
    }
    const text = consoleSummary(results.summary, { errors: dataset.errors, changes, breaches, heldout: options.heldout });
    if (options.json) {
      say(text);
      process.stdout.write(`${JSON.stringify(results.summary)}\n`);
    } else {
      process.stdout.write(`${text}\n`);
    }
    return breaches && breaches.length > 0 ? 1 : 0;
  } finally {
    await services.close();
  }
}

try {
  process.exitCode = await main(parseCliArgs(process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${USAGE}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
