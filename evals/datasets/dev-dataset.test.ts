import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EvalItemSchema, parseEvalDataset, turnsOf, type EvalItem } from './schema.ts';

const devFile = new URL('./dev.jsonl', import.meta.url);
const sampleDir = new URL('../../knowledge/sample-corpus/', import.meta.url);
const corpusFile = new URL('../../../shared/data/tthc/procedures.jsonl.gz', import.meta.url);

const items: EvalItem[] = parseEvalDataset(readFileSync(devFile, 'utf8'));
const codesOf = (list: EvalItem[]) => new Set(list.flatMap((i) => i.expect.procedures));
const tagged = (tag: string) => items.filter((i) => (i.tags as string[]).includes(tag));

describe('dev dataset', () => {
  it('has at least 200 items with unique ids', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('has at least 40 colloquial and 40 unaccented questions', () => {
    expect(tagged('colloquial').length).toBeGreaterThanOrEqual(40);
    expect(tagged('unaccented').length).toBeGreaterThanOrEqual(40);
  });

  it('includes clarifying, out-of-scope, handoff and multi-turn items', () => {
    for (const action of ['clarify', 'out_of_scope', 'handoff'] as const) {
      expect(items.filter((i) => i.expect.action === action).length, action).toBeGreaterThanOrEqual(5);
    }
    expect(items.filter((i) => i.turns !== undefined).length).toBeGreaterThanOrEqual(5);
    for (const item of items) expect(turnsOf(item).every((t) => t.trim().length > 0), item.id).toBe(true);
  });

  it('tags "sample" exactly when an expected procedure ships in knowledge/sample-corpus', () => {
    const shipped = new Set(readdirSync(sampleDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)));
    for (const item of items) {
      const inSample = item.expect.procedures.some((c) => shipped.has(c));
      expect((item.tags as string[]).includes('sample'), item.id).toBe(inSample);
    }
  });

  it('covers at least 100 distinct procedures', () => {
    expect(codesOf(items).size).toBeGreaterThanOrEqual(100);
  });

  it('rejects items that break the contract', () => {
    const base = { id: 'x', expect: { procedures: ['1.004194'], aspect: 'fee', facts: [], action: 'answer' }, tags: [] };
    expect(EvalItemSchema.safeParse({ ...base, question: 'q' }).success).toBe(true);
    expect(EvalItemSchema.safeParse({ ...base, question: 'q', turns: ['a', 'b'] }).success).toBe(false);
    expect(EvalItemSchema.safeParse(base).success).toBe(false);
    expect(EvalItemSchema.safeParse({ ...base, question: 'q', expect: { ...base.expect, action: 'out_of_scope' } }).success).toBe(false);
    expect(EvalItemSchema.safeParse({ ...base, question: 'q', tags: ['unknown'] }).success).toBe(false);
    expect(() => parseEvalDataset('{"id": "a"}\n')).toThrow(/line 1/);
  });
});

describe.skipIf(!existsSync(corpusFile))('dev dataset against the shared corpus', () => {
  it('expects only procedure codes that exist in procedures.jsonl.gz', () => {
    const known = new Set(
      gunzipSync(readFileSync(corpusFile))
        .toString('utf8')
        .split('\n')
        // A regex per line avoids parsing 2,600 large records just for their codes.
        .map((l) => /"ma_thu_tuc":\s*"([^"]+)"/.exec(l)?.[1])
        .filter((c): c is string => c !== undefined),
    );
    const unknown = [...codesOf(items)].filter((c) => !known.has(c));
    expect(unknown).toEqual([]);
  });
});
