import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ProcedureSchema, type Procedure } from '../model/procedure.ts';

/**
 * The hand-written sample corpus: every file is a valid Procedure, and (when the shared portal
 * export is present) every number in it can be found in the real record, so nothing is invented.
 */

const here = new URL('./', import.meta.url);
const sharedDir = new URL('../../../shared/data/tthc/', import.meta.url);
const corpusFile = new URL('procedures.jsonl.gz', sharedDir);
const popularityFile = new URL('popularity.json', sharedDir);

const files = readdirSync(here).filter((f) => f.endsWith('.json'));
const samples = files.map((file) => ({
  file,
  procedure: ProcedureSchema.parse(JSON.parse(readFileSync(new URL(file, here), 'utf8'))),
}));

interface PortalRecord {
  ma_thu_tuc: string;
  ten_thu_tuc: string;
  detail_url: string;
  cach_thuc_thuc_hien: string;
}

const tidy = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Every integer written in a text, with thousands separators ("7,000", "10.000") removed. */
function numbersIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(/\d+(?:[.,]\d{3})*/g)) found.add(Number(m[0].replace(/[.,]/g, '')));
  return found;
}

function loadRecords(): Map<string, PortalRecord> {
  const lines = gunzipSync(readFileSync(corpusFile)).toString('utf8').split('\n');
  const records = new Map<string, PortalRecord>();
  for (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as PortalRecord;
    records.set(r.ma_thu_tuc, r);
  }
  return records;
}

function numbersOf(p: Procedure) {
  const amounts = p.methods.flatMap((m) => m.fees.map((f) => f.amountVnd)).filter((a): a is number => a !== null);
  const durations = p.methods.map((m) => m.duration.value).filter((v): v is number => v !== null);
  return { amounts, durations };
}

describe('sample corpus', () => {
  it('has at least 38 procedures, each named <code>.json, with no duplicate codes', () => {
    expect(samples.length).toBeGreaterThanOrEqual(38);
    for (const { file, procedure } of samples) expect(file).toBe(`${procedure.code}.json`);
    expect(new Set(samples.map((s) => s.procedure.code)).size).toBe(samples.length);
  });

  it('gives every procedure at least one method, document and step', () => {
    for (const { procedure: p } of samples) {
      expect(p.methods.length, p.code).toBeGreaterThan(0);
      expect(p.documentCases.flatMap((c) => c.documents).length, p.code).toBeGreaterThan(0);
      expect(p.steps.length, p.code).toBeGreaterThan(0);
    }
  });

  it('covers the ID-card family and both passport levels, so clarifying questions can be tested', () => {
    const codes = new Set(samples.map((s) => s.procedure.code));
    for (const code of ['2.000200', '2.001195', '2.001194', '1.001456', '1.001471']) expect(codes.has(code), code).toBe(true);
  });
});

describe.skipIf(!existsSync(corpusFile))('sample corpus against the shared portal export', () => {
  const records = existsSync(corpusFile) ? loadRecords() : new Map<string, PortalRecord>();

  it('uses real codes, official names and source pages', () => {
    for (const { procedure: p } of samples) {
      const record = records.get(p.code);
      expect(record, `${p.code} missing from procedures.jsonl.gz`).toBeDefined();
      expect(tidy(p.name), p.code).toBe(tidy(record!.ten_thu_tuc));
      expect(p.sourceUrl, p.code).toBe(record!.detail_url);
    }
  });

  it('invents no fee amount or duration: each appears in the record\'s submission methods', () => {
    for (const { procedure: p } of samples) {
      const text = records.get(p.code)!.cach_thuc_thuc_hien;
      const written = numbersIn(text);
      const { amounts, durations } = numbersOf(p);
      for (const a of amounts) {
        if (a === 0) expect(text, `${p.code}: free but the record never says so`).toMatch(/miễn/i);
        else expect(written.has(a), `${p.code}: fee ${a} not in the record`).toBe(true);
      }
      for (const d of durations) expect(written.has(d), `${p.code}: duration ${d} not in the record`).toBe(true);
    }
  });
});

describe.skipIf(!existsSync(popularityFile))('sample corpus popularity', () => {
  it('keeps the portal usage weight of each procedure', () => {
    const rows = JSON.parse(readFileSync(popularityFile, 'utf8')) as { code: string; audience: string; weight: number }[];
    const weights = new Map<string, number>();
    for (const r of rows) if (r.audience === 'citizen') weights.set(r.code, Math.max(weights.get(r.code) ?? 0, r.weight));
    for (const { procedure: p } of samples) expect(p.popularity, p.code).toBe(weights.get(p.code) ?? 0);
  });
});
