import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../assistant/index.ts';
import { describeDossier, workingDaysBetween } from './describe-dossier.ts';
import { parseDossierCsv } from './parse-dossier-csv.ts';

const calendar = createWorkingCalendar();
const now = new Date('2026-12-28T03:00:00Z'); // Monday 28/12/2026 in Hanoi
const base = { code: 'H1-0001', procedureName: 'Đăng ký tạm trú', receivedOn: '2026-12-20', newDueOn: null, lateReason: null, note: null };

describe('describing a dossier', () => {
  it('counts working days past the weekend and New Year', () => {
    // 29, 30, 31 Dec; 1 Jan is a holiday; 2–3 Jan a weekend; 4 Jan.
    expect(workingDaysBetween(calendar, '2026-12-28', '2027-01-04')).toBe(4);
    expect(describeDossier({ ...base, status: 'processing', dueOn: '2027-01-04' }, calendar, now)).toContain('còn 4 ngày làm việc');
  });

  it('says what to do: supplement, collect, and apologises with the new date when late', () => {
    expect(describeDossier({ ...base, status: 'needs_supplement', dueOn: '2027-01-04', note: 'bản sao sổ đỏ' }, calendar, now)).toContain('Bạn cần bổ sung hồ sơ: bản sao sổ đỏ.');
    expect(describeDossier({ ...base, status: 'ready', dueOn: '2027-01-04' }, calendar, now)).toContain('để nhận kết quả');
    const late = describeDossier({ ...base, status: 'processing', dueOn: '2026-12-24', newDueOn: '2027-01-08', lateReason: 'chờ xác minh' }, calendar, now);
    expect(late).toContain('thành thật xin lỗi');
    expect(late).toContain('08/01/2027');
    expect(late).toContain('lý do: chờ xác minh');
    expect(describeDossier({ ...base, status: 'processing', dueOn: '2026-12-24' }, calendar, now)).toContain('phiếu xin lỗi và hẹn lại ngày trả kết quả');
  });

  it('reads quoted CSV fields with commas and quotes', () => {
    const { rows, errors } = parseDossierCsv('code,procedure_name,phone,status,received_on,due_on,note\r\nA1-0001,"Đăng ký ""tạm trú"", Hà Nội",0912345678,received,2026-12-01,2026-12-10,\n');
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ code: 'A1-0001', procedureName: 'Đăng ký "tạm trú", Hà Nội', phone: '0912345678', status: 'received' });
  });
});
