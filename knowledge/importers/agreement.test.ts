import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../model/procedure.ts';
import { fold } from '../text/index.ts';
import { mapFlattenedRecord } from './map-flattened-record.ts';
import { mapPortalRecord } from './map-portal-record.ts';
import { flattenedRecord, HAVE_SHARED_DATA, MISSING_DATA_NOTE, PORTAL_API_DIR } from './shared-data.ts';

/**
 * For every code in portal-api/, the flattened parser must agree with the portal's typed data on
 * methods, durations (value + unit), fee amounts and document names.
 * - The flattened export prints only the first fee of each method, so its amounts must equal the
 *   typed first fee and be among the typed fees.
 * - Document names are compared after NFC and whitespace clean-up. The portal snapshot of
 *   1.001456 is newer than the export (its form cites Thông tư 69/2026), so a name may also
 *   match a reworded one: same position, word overlap (Dice) of at least 0.75.
 */

const codes = HAVE_SHARED_DATA
  ? readdirSync(PORTAL_API_DIR).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''))
  : [];
const MIN_WORD_OVERLAP = 0.75;

function both(code: string): { flat: Procedure; typed: Procedure } {
  const flat = mapFlattenedRecord(flattenedRecord(code));
  const typed = mapPortalRecord(JSON.parse(readFileSync(`${PORTAL_API_DIR}/${code}.json`, 'utf8')));
  if (!flat.ok || !typed.ok) throw new Error(`${code}: ${flat.ok ? '' : flat.reason} ${typed.ok ? '' : typed.reason}`);
  return { flat: flat.procedure, typed: typed.procedure };
}

function wordOverlap(a: string, b: string): number {
  const wordsA = new Set(fold(a).split(' '));
  const wordsB = new Set(fold(b).split(' '));
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return (2 * shared) / (wordsA.size + wordsB.size);
}

describe.skipIf(!HAVE_SHARED_DATA)(`flattened export agrees with the portal API (${HAVE_SHARED_DATA ? 'shared data' : MISSING_DATA_NOTE})`, () => {
  it('covers the six portal codes', () => {
    expect(codes.sort()).toEqual(['1.000894', '1.001193', '1.001456', '1.004194', '1.004222', '2.000815']);
  });

  describe.each(codes)('%s', (code) => {
    it('methods, durations and fee amounts', () => {
      const { flat, typed } = both(code);
      expect(flat.methods.map((m) => m.method)).toEqual(typed.methods.map((m) => m.method));
      expect(flat.methods.map((m) => [m.duration.value, m.duration.unit])).toEqual(typed.methods.map((m) => [m.duration.value, m.duration.unit]));
      flat.methods.forEach((method, i) => {
        const typedAmounts = typed.methods[i]?.fees.map((fee) => fee.amountVnd) ?? [];
        expect(method.fees.map((fee) => fee.amountVnd)).toEqual(typedAmounts.slice(0, method.fees.length));
        expect(method.fees.length).toBeGreaterThanOrEqual(Math.min(1, typedAmounts.length));
      });
    });

    it('document names, case by case', () => {
      const { flat, typed } = both(code);
      expect(flat.documentCases.map((c) => c.case)).toEqual(typed.documentCases.map((c) => c.case));
      const flatNames = flat.documentCases.flatMap((c) => c.documents.map((d) => d.name));
      const typedNames = typed.documentCases.flatMap((c) => c.documents.map((d) => d.name));
      expect(flatNames).toHaveLength(typedNames.length);
      typedNames.forEach((name, i) => {
        const other = flatNames[i] ?? '';
        if (other !== name) expect(wordOverlap(other, name), `${code} document ${i}: ${name}`).toBeGreaterThanOrEqual(MIN_WORD_OVERLAP);
      });
    });
  });

  it('only 1.001456 needs the reworded-name allowance', () => {
    const reworded = codes.filter((code) => {
      const { flat, typed } = both(code);
      const flatNames = flat.documentCases.flatMap((c) => c.documents.map((d) => d.name));
      return typed.documentCases.flatMap((c) => c.documents.map((d) => d.name)).some((name, i) => name !== flatNames[i]);
    });
    expect(reworded).toEqual(['1.001456']);
  });
});
