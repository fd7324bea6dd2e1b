import { describe, expect, it } from 'vitest';
import type { Method } from '../model/procedure.ts';
import { fillDurations } from './fill-durations.ts';
import { mapFlattenedRecord } from './map-flattened-record.ts';
import { flattenedRecord, HAVE_SHARED_DATA, MISSING_DATA_NOTE } from './shared-data.ts';

const row = (value: number | null, text: string, note: string | null = null): Method => ({
  method: 'in_person',
  duration: { value, unit: 'unspecified', text },
  fees: [],
  note,
});

describe('fillDurations', () => {
  it('gives a bare number the unit the prose uses for that same number', () => {
    const steps = 'Bước 2: Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở cấp giấy phép.';
    expect(fillDurations([row(5, '5')], steps)[0]?.duration).toEqual({
      value: 5,
      unit: 'working_days',
      text: 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    });
  });

  it('keeps a bare number when the prose gives other numbers or disagrees on the unit', () => {
    expect(fillDurations([row(1, '1', '03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.')], '')[0]?.duration.unit).toBe('unspecified');
    const split = 'Trong thời hạn 05 ngày kể từ ngày nhận đủ hồ sơ, Sở thẩm định. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ, Ủy ban cấp.';
    expect(fillDurations([row(5, '5')], split)[0]?.duration.unit).toBe('unspecified');
  });

  it('fills a missing time only from a labelled statement, never from one agency deadline among several', () => {
    expect(fillDurations([row(null, 'Không có thông tin', 'Thời hạn giải quyết: 07 ngày làm việc.')], '')[0]?.duration.value).toBe(7);
    const steps = 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Xây dựng thẩm định và trình Ủy ban.';
    expect(fillDurations([row(null, 'Không có thông tin')], steps)[0]?.duration.value).toBeNull();
  });

  it('never touches a cell that has a unit, even when the prose disagrees', () => {
    const method: Method = { ...row(10, '10 Ngày'), duration: { value: 10, unit: 'days', text: '10 Ngày' } };
    expect(fillDurations([method], 'Thời hạn giải quyết: Trong thời hạn 10 ngày làm việc')).toEqual([method]);
  });
});

describe.skipIf(!HAVE_SHARED_DATA)(`durations read from the record's prose (${HAVE_SHARED_DATA ? 'shared data' : MISSING_DATA_NOTE})`, () => {
  const durationsOf = (code: string) => {
    const result = mapFlattenedRecord(flattenedRecord(code));
    if (!result.ok) throw new Error(result.reason);
    return result.procedure.methods.map((m) => m.duration);
  };

  it('1.003650: the bare "3" is 3 working days, in the words of the steps', () => {
    expect(durationsOf('1.003650')).toEqual(
      Array(3).fill({ value: 3, unit: 'working_days', text: 'Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ theo quy định' }),
    );
  });

  it('1.012437: the bare "48" is 48 hours', () => {
    expect(durationsOf('1.012437').map((d) => [d.value, d.unit])).toEqual(Array(3).fill([48, 'hours']));
  });

  it('1.014294: "Không có thông tin" is filled from the Mô tả label "Thời hạn giải quyết: 13 ngày làm việc"', () => {
    expect(durationsOf('1.014294')).toEqual(Array(3).fill({ value: 13, unit: 'working_days', text: 'Thời hạn giải quyết: 13 ngày làm việc' }));
  });

  it('leaves what the prose does not settle', () => {
    // The Mô tả says 03 ngày làm việc, the cell says 1: no unit for the 1.
    expect(durationsOf('1.009671').slice(0, 2)).toEqual(Array(2).fill({ value: 1, unit: 'unspecified', text: '1' }));
    // Tax filings: the only "01 ngày làm việc" counts from the acceptance notice, not the dossier.
    expect(durationsOf('1.007014').every((d) => d.unit === 'unspecified')).toBe(true);
    // "Trong thời hạn 20 ngày (…) hoặc 10 ngày làm việc": not one time.
    expect(durationsOf('1.003590')).toEqual([{ value: 20, unit: 'unspecified', text: '20' }]);
    // The labelled "05 ngày làm việc" is the time to check the dossier, not to decide.
    expect(durationsOf('3.000027').every((d) => d.unit === 'unspecified')).toBe(true);
  });
});
