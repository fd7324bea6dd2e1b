import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../platform/config/env.ts';
import { createTestDatabase, type TestDatabase } from '../platform/testing/test-db.ts';
import { openEvalServices, type EvalServices } from './runner/build-services.ts';
import { evaluate } from './runner/evaluate.ts';
import { loadDataset } from './runner/load-dataset.ts';
import { checkThresholds, loadThresholds } from './runner/thresholds.ts';

const DEV_SET = new URL('./datasets/dev.jsonl', import.meta.url).pathname;

/**
 * The quality gate of `npm test`: the dev set's `sample` questions (those answerable from the
 * corpus shipped in knowledge/sample-corpus/) against a fresh database seeded with that corpus,
 * scored against evals/thresholds.json. The full corpus run is `npm run eval` (see README.md).
 */
describe('quality gate: dev set on the sample corpus', () => {
  let database: TestDatabase;
  let services: EvalServices;
  beforeAll(async () => {
    database = await createTestDatabase();
    services = await openEvalServices(parseEnv({}), { database });
  });
  afterAll(async () => {
    await services?.close();
    await database?.destroy();
  });

  it('meets every threshold', async () => {
    const dataset = await loadDataset(DEV_SET);
    const sample = { cases: dataset.cases.filter((c) => c.tags.includes('sample')), errors: dataset.errors };
    expect(sample.cases.length).toBeGreaterThan(100);
    const results = await evaluate({ dataset: sample, target: services.target, scorePeers: (cases) => services.scorePeers(cases), labels: { dataset: 'dev.jsonl (sample)', corpus: 'sample' } });
    const breaches = checkThresholds(results.summary, await loadThresholds());
    // The message lists each crossed threshold with the figure reached.
    expect(breaches, JSON.stringify({ breaches, summary: { ...results.summary, by_tag: undefined, confusion: undefined } }, null, 1)).toEqual([]);
  });
});
