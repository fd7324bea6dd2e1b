import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/index.ts';
import type { Aspect } from '../reply.ts';
import { sampleProcedure } from '../sample-records.fixture.ts';
import type { ComposeContext } from './block.ts';
import { composeAnswer } from './compose-answer.ts';
import { formatVnd } from './format.ts';

const calendar = createWorkingCalendar();
/** Friday 20 November 2026, 10:00 in Hanoi. */
const FRIDAY = new Date('2026-11-20T03:00:00Z');

function answer(code: string, aspects: Aspect[], extra: Partial<ComposeContext> = {}) {
  const ctx: ComposeContext = {
    procedure: sampleProcedure(code),
    caseLabel: null,
    method: null,
    compares: false,
    wantsExpectedDate: false,
    caseNotInRecord: false,
    notes: [],
    elderly: false,
    today: FRIDAY,
    calendar,
    ...extra,
  };
  return composeAnswer(ctx, aspects);
}

describe('formatVnd', () => {
  it('writes dot thousands and "đồng"', () => {
    expect(formatVnd(50000)).toBe('50.000 đồng');
    expect(formatVnd(1500000)).toBe('1.500.000 đồng');
    expect(formatVnd(500)).toBe('500 đồng');
  });
});

describe('composeAnswer: fees', () => {
  it('gives the fee of every method, formatted, and cites the record', () => {
    const reply = answer('1.004222', ['fee']);
    expect(reply.text).toContain('Nộp trực tuyến: Lệ phí 10.000 đồng');
    expect(reply.text).toContain('Nộp trực tiếp: Lệ phí 20.000 đồng');
    expect(reply.text).toContain('1.004222');
    expect(reply.citations).toEqual([expect.objectContaining({ code: '1.004222', url: expect.stringContaining('dichvucong.gov.vn') })]);
    expect(reply.citations[0]?.legalBasis.length).toBeGreaterThan(0);
    expect(reply.sections.fees?.map((f) => f.method)).toEqual(['online', 'in_person']);
    expect(reply.aspect).toBe('fee');
  });

  it('quotes the official text when the amount was not read with confidence', () => {
    const record = sampleProcedure('1.002755');
    const unread = record.methods[0]?.fees[0];
    expect(unread?.amountVnd).toBeNull();
    expect(answer('1.002755', ['fee']).text).toContain(`“${unread?.text}”`);
  });

  it('says "Miễn phí" for a zero fee and admits when a record gives no fee at all', () => {
    expect(answer('1.001193', ['fee']).text).toContain('Miễn phí');
    expect(answer('1.003197', ['fee']).text).toContain('không ghi khoản phí, lệ phí nào');
  });

  it('keeps the official wording of a temporary reduction', () => {
    expect(answer('2.001195', ['fee']).text).toContain('50%');
  });

  it('answers only the method asked for, and says when a method does not exist', () => {
    const online = answer('1.004194', ['fee'], { method: 'online' });
    expect(online.text).toContain('7.000 đồng');
    expect(online.text).not.toContain('10.000 đồng');
    expect(answer('1.003197', ['fee'], { method: 'post' }).text).toContain('không có hình thức qua bưu chính');
  });

  it('compares methods when asked', () => {
    expect(answer('1.004194', ['fee'], { method: 'online', compares: true }).text).toContain('Nộp trực tuyến rẻ hơn');
  });
});

describe('composeAnswer: durations and the expected date', () => {
  it('merges identical durations and compares speeds', () => {
    const reply = answer('1.004194', ['duration'], { method: 'online', compares: true });
    expect(reply.text).toContain('Thời gian như nhau khi nộp trực tuyến hoặc trực tiếp');
    expect(reply.text).toContain('3 ngày làm việc');
  });

  it('quotes a duration whose unit was not given', () => {
    expect(answer('1.001193', ['duration']).text).toContain('Hồ sơ gốc ghi thời hạn là 1, không ghi đơn vị');
  });

  it('counts working days from today for "nộp hôm nay thì bao giờ có kết quả"', () => {
    const reply = answer('1.004194', ['result'], { wantsExpectedDate: true });
    expect(reply.sections.expectedDate).toEqual({ method: 'online', submittedOn: '2026-11-20', resultOn: '2026-11-25' });
    expect(reply.text).toContain('25/11/2026');
    expect(reply.speech).toContain('ngày 25 tháng 11');
    expect(reply.speech).not.toMatch(/\d+\/\d+/);
  });

  it('says that a dossier handed in on a day off counts from the next working day', () => {
    const sunday = answer('1.004194', ['result'], { wantsExpectedDate: true, today: new Date('2026-11-22T03:00:00Z') });
    expect(sunday.sections.expectedDate?.resultOn).toBe('2026-11-26');
    expect(sunday.text).toContain('ngày làm việc tiếp theo');
  });

  it('gives no date for a duration in hours or without a number', () => {
    expect(answer('2.001159', ['result'], { wantsExpectedDate: true }).sections.expectedDate).toBeUndefined();
    expect(answer('1.001612', ['result'], { wantsExpectedDate: true }).text).toContain('chưa tính được ngày cụ thể');
  });
});

describe('composeAnswer: documents, where, steps, conditions, forms', () => {
  it('groups documents by case with original and copy counts', () => {
    const reply = answer('1.004194', ['documents']);
    expect(reply.text).toContain('Giấy tờ tùy theo trường hợp của bạn:');
    expect(reply.text).toContain('Trường hợp đăng ký tạm trú theo danh sách:');
    expect(reply.text).toContain('1 bản chính, 1 bản sao');
    expect(reply.sections.documents).toHaveLength(3);
    expect(reply.actions).toContainEqual({ type: 'send_checklist', channels: ['sms', 'zalo'], procedureCode: '1.004194' });
  });

  it('shows only the citizen\'s case, with the general list', () => {
    const rented = sampleProcedure('1.004222').documentCases[2]?.case ?? null;
    const reply = answer('1.004222', ['documents'], { caseLabel: rented });
    expect(reply.text).toContain(`(trường hợp: ${rented})`);
    expect(reply.sections.documents).toHaveLength(1);
  });

  it('quotes official quantity wording that is not a plain count', () => {
    expect(answer('1.001193', ['documents']).text).toContain('Xuất trình bản chính');
  });

  it('says where and how to apply', () => {
    const reply = answer('1.004194', ['where']);
    expect(reply.text).toContain('Công an cấp xã nơi có chỗ ở');
    expect(reply.text).toContain('Cấp xã');
    expect(reply.sections.where).toEqual(expect.objectContaining({ methods: ['online', 'in_person'] }));
  });

  it('lists steps, conditions and forms from the record', () => {
    expect(answer('1.004194', ['steps']).text).toContain('Bước 1: Chuẩn bị tờ khai CT01');
    expect(answer('1.004194', ['conditions']).text).toContain('không bắt buộc công chứng');
    const forms = answer('1.004194', ['forms']);
    expect(forms.text).toContain('CT01');
    expect(forms.actions).toContainEqual({ type: 'prefill_form', procedureCode: '1.004194', forms: ['CT01'] });
  });

  it('answers every aspect asked, and reports the last one as the main question', () => {
    const reply = answer('1.004222', ['documents', 'fee']);
    expect(reply.text).toContain('CT01');
    expect(reply.text).toContain('20.000 đồng');
    expect(reply.aspect).toBe('fee');
  });
});

describe('composeAnswer: plain-language mode', () => {
  it('answers one thing, what to bring first, and offers the checklist by SMS or Zalo', () => {
    const reply = answer('1.001193', ['overview', 'fee'], { elderly: true });
    expect(reply.aspect).toBe('documents');
    expect(reply.text).not.toContain('Miễn phí');
    expect(reply.text).toContain('SMS hoặc Zalo');
    expect(reply.text).not.toContain('http');
    expect(reply.text.split(/\s+/).length).toBeLessThanOrEqual(150);
    expect(reply.actions).toContainEqual(expect.objectContaining({ type: 'send_checklist' }));
  });

  it('offers the next aspect when several were asked', () => {
    const reply = answer('2.001195', ['fee', 'duration'], { elderly: true });
    expect(reply.text).toContain('50.000 đồng');
    expect(reply.text).not.toContain('7 ngày làm việc');
    expect(reply.text).toContain('Bạn có muốn hỏi tiếp về thời gian không?');
  });
});

describe('composeAnswer: voice and SMS renderings', () => {
  it('speaks short sentences without URLs, bullets or brackets', () => {
    const reply = answer('1.004194', ['overview']);
    expect(reply.speech).not.toMatch(/https?:|•|[()[\]“”]/);
    expect(reply.speech).toContain('Nộp trực tiếp: Lệ phí 10.000 đồng.');
  });

  it('writes a compact SMS and its GSM-7 twin', () => {
    const reply = answer('1.004222', ['fee']);
    expect(reply.sms.text).toContain('Đăng ký thường trú (1.004222)');
    expect(reply.sms.ascii).toContain('Dang ky thuong tru (1.004222)');
    expect(reply.sms.ascii).toMatch(/^[\x20-\x7E\n]*$/);
    expect(reply.sms.text.length).toBeLessThanOrEqual(459);
  });
});

describe('composeAnswer: documents as the portal writes them', () => {
  it('drops bullets and doubled colons from case headings and names, and forms the name already gives', () => {
    const base = sampleProcedure('1.004194');
    const doc = { name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).', originals: 1, copies: null, quantityText: '', forms: ['1.MuCT01banhnhkmtheoThngts53.doc'] };
    const procedure = {
      ...base,
      documentCases: [
        { case: '* Hồ sơ đăng ký tạm trú gồm:', documents: [doc] },
        { case: 'người chưa thành niên', documents: [{ ...doc, forms: ['Giấy đồng ý của cha mẹ.docx'] }] },
      ],
    };
    const { text } = answer('1.004194', ['documents'], { procedure, detail: true });
    expect(text).toContain('\nHồ sơ đăng ký tạm trú gồm:\n• Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA): 1 bản chính\n');
    expect(text).toContain('Trường hợp người chưa thành niên:\n');
    expect(text).toContain('mẫu: Giấy đồng ý của cha mẹ.docx');
    expect(text).not.toContain('::');
    expect(text).not.toContain('MuCT01');
  });
});
