import { describe, expect, it } from 'vitest';
import { findDurationStatements } from './find-duration-statements.ts';

const values = (text: string) => findDurationStatements(text).map((s) => [s.value, s.unit, s.wording]);

describe('findDurationStatements', () => {
  it('reads a labelled processing time, keeping the official words', () => {
    expect(findDurationStatements('* Thời hạn giải quyết: 13 ngày làm việc, kể từ ngày tiếp nhận hồ sơ.')).toEqual([
      { value: 13, unit: 'working_days', text: 'Thời hạn giải quyết: 13 ngày làm việc', wording: 'label' },
    ]);
    expect(values('Thời hạn giải quyết : Trong thời hạn 15 ngày, kể từ ngày nhận được đủ hồ sơ hợp lệ.')).toContainEqual([15, 'days', 'label']);
  });

  it('reads a deadline counted from the receipt of the dossier, up to the end of its clause', () => {
    const [statement] = findDurationStatements('c) Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ theo quy định, Cơ quan cấp giấy.');
    expect(statement).toEqual({
      value: 3,
      unit: 'working_days',
      text: 'Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ theo quy định',
      wording: 'receipt',
    });
    expect(values('Trong thời gian 48 giờ kể từ thời điểm nhận đủ hồ sơ khai báo hợp lệ')).toEqual([[48, 'hours', 'receipt']]);
    expect(values('Trong thời hạn 01 (một) ngày làm việc kể từ khi nhận đầy đủ hồ sơ hợp lệ')).toEqual([[1, 'working_days', 'receipt']]);
    expect(values('trong thời hạn 05 ngày làm việc kể từ ngày hồ sơ được tiếp nhận đầy đủ, hợp lệ')).toEqual([[5, 'working_days', 'receipt']]);
  });

  it('ignores deadlines to check, complete or return a dossier', () => {
    expect(values('Trường hợp hồ sơ chưa đầy đủ, trong thời hạn 02 ngày làm việc kể từ ngày nhận hồ sơ, cơ quan thông báo bổ sung.')).toEqual([]);
    expect(values('Trong thời hạn 01 ngày làm việc kể từ ngày nhận được hồ sơ, cơ sở đăng kiểm thực hiện kiểm tra thành phần hồ sơ.')).toEqual([]);
    expect(values('Thời hạn giải quyết: Trong vòng 05 ngày làm việc kể từ ngày nhận hồ sơ, Bộ Tài chính kiểm tra tính đầy đủ, hợp lệ của hồ sơ.')).toEqual([]);
  });

  it('ignores compound times, times counted from other events, and dates', () => {
    expect(values('Thời gian giải quyết 06 ngày làm việc và 30 ngày.')).toEqual([]);
    expect(values('chậm nhất 01 ngày làm việc kể từ ngày ghi trên thông báo tiếp nhận nộp hồ sơ khai thuế')).toEqual([]);
    expect(values('Trong thời hạn 01 ngày làm việc kể từ ngày thực hiện kiểm dịch, Cơ quan cấp giấy.')).toEqual([]);
    expect(values('Nghị định số 181/2025/NĐ-CP ngày 01 tháng 7 năm 2025')).toEqual([]);
  });
});
