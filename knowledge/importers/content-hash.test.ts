import { describe, expect, it } from 'vitest';
import type { Procedure } from '../model/procedure.ts';
import { contentHash, stableJson } from './content-hash.ts';

const base: Procedure = {
  code: '1.000001', name: 'Thủ tục', levels: ['xã'], levelsText: 'Cấp xã', field: null, agency: null, authority: null,
  address: null, applicants: null, methods: [], methodsText: '', documentCases: [], documentsText: '', steps: [],
  stepsText: '', conditions: null, results: [], resultsText: '', legalBasis: [], sourceUrl: null, decisionNumber: null,
  updatedAt: null, popularity: 0,
};

describe('contentHash', () => {
  it('does not depend on key order', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as Procedure;
    expect(contentHash(reordered)).toBe(contentHash(base));
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('changes with the content but not with popularity', () => {
    expect(contentHash({ ...base, name: 'Thủ tục khác' })).not.toBe(contentHash(base));
    expect(contentHash({ ...base, popularity: 99 })).toBe(contentHash(base));
    expect(contentHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });
});
