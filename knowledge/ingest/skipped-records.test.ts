import { describe, expect, it } from 'vitest';
import { createSkippedRecords } from './skipped-records.ts';

describe('skipped records', () => {
  it('groups reasons by the kind of problem, whatever file, line or detail', () => {
    const skipped = createSkippedRecords();
    skipped.add({ code: null, line: 6, reason: 'invalid JSON: Unexpected end of JSON input' });
    skipped.add({ code: null, line: 9, reason: 'invalid JSON: Unexpected token } in JSON' });
    for (let i = 0; i < 8; i++) skipped.add({ code: null, line: null, reason: `popularity.json[${i}]: invalid procedure: levels: Invalid input` });
    skipped.add({ code: '1.000001', line: 2, reason: 'missing procedure name (ten_thu_tuc)' });
    expect(skipped.total()).toBe(11);
    expect(skipped.groups().map((g) => [g.reason, g.count])).toEqual([
      ['invalid procedure', 8],
      ['invalid JSON', 2],
      ['missing procedure name (ten_thu_tuc)', 1],
    ]);
    expect(skipped.groups()[0]?.examples).toHaveLength(5);
    expect(skipped.groups()[1]?.examples).toEqual(['line 6', 'line 9']);
    expect(skipped.groups()[2]?.examples).toEqual(['line 2 1.000001']);
  });
});
