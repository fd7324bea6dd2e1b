import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from './cli-args.ts';

describe('parseCliArgs', () => {
  it('reads every option', () => {
    expect(parseCliArgs(['--dataset', 'd.jsonl', '--corpus', 'c.gz', '--json', '--report', 'out/', '--baseline', 'old.json', '--gate', '--heldout', 'lan, minh,,lan'])).toEqual({
      dataset: 'd.jsonl', corpus: 'c.gz', json: true, report: 'out/', baseline: 'old.json', gate: true, heldout: ['lan', 'minh'],
    });
  });

  it('defaults to the database corpus, text output and no report', () => {
    expect(parseCliArgs(['--dataset', 'd.jsonl'])).toEqual({ dataset: 'd.jsonl', corpus: null, json: false, report: null, baseline: null, gate: false, heldout: [] });
  });

  it('refuses a missing dataset and unknown options', () => {
    expect(() => parseCliArgs([])).toThrow(UsageError);
    expect(() => parseCliArgs(['--dataset', 'd.jsonl', '--fast'])).toThrow(/--fast/);
  });
});
