import { describe, expect, it } from 'vitest';
import { essentialDocument } from './essential-document.ts';
import { essentialSteps } from './essential-steps.ts';

describe('essentialDocument: the checklist name of a portal paragraph', () => {
  it('keeps the name and its form code, not the circular that issued the form', () => {
    expect(essentialDocument('Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA); đối với người chưa thành niên thì trong tờ khai phải ghi rõ ý kiến đồng ý của cha, mẹ')).toEqual({
      label: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)',
      condition: null,
      exemption: null,
    });
  });

  it('turns "information looked up, else show the paper" into the paper, not needed when the data is there', () => {
    const e = essentialDocument('Thông tin chứng minh về chỗ ở hợp pháp được khai thác trong căn cước điện tử. Trường hợp không khai thác được thông tin thì công dân xuất trình giấy tờ, tài liệu chứng minh chỗ ở hợp pháp theo quy định tại khoản 3 Điều 5 Nghị định 154/2024/NĐ-CP');
    expect(e).toEqual({ label: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', condition: null, exemption: 'database' });
  });

  it('moves "Trường hợp X thì phải có Y" and "Đối với X: Y" to the paper Y with its condition', () => {
    expect(essentialDocument('Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập')).toEqual({
      label: 'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập',
      condition: 'nếu trẻ em bị bỏ rơi',
      exemption: null,
    });
    expect(essentialDocument('- Đối với Quân đội nhân dân: Giấy giới thiệu đăng ký thường trú của đơn vị cấp trung đoàn và tương đương trở lên.').condition).toBe('đối với Quân đội nhân dân');
  });

  it('leaves notes, exemptions and sentences about officials to the full wording', () => {
    for (const note of [
      '* Lưu ý: Khi nộp hồ sơ trực tuyến, công dân khai báo thông tin theo biểu mẫu điện tử',
      'Ví dụ: Trường hợp giấy tờ, tài liệu chứng minh chỗ ở hợp pháp là giấy tờ về quyền sử dụng đất',
      '+ Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ đăng ký hộ tịch',
      'Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh thì không phải nộp bản giấy',
    ]) expect(essentialDocument(note).label, note).toBeNull();
  });

  it('never cuts a figure from its unit', () => {
    const label = essentialDocument('Ảnh mới chụp không quá 06 tháng, cỡ 4cm x 6cm, mặt nhìn thẳng, đầu để trần, rõ mặt, rõ hai tai, không đeo kính, trang phục lịch sự, phông ảnh nền trắng').label ?? '';
    expect(label).toContain('06 tháng');
    expect(label).toContain('4cm x 6cm');
  });
});

describe('essentialSteps: 3–6 short steps', () => {
  it('keeps the record\'s own "Bước n" once and drops sub-items, branches and notes', () => {
    const { steps, shortened } = essentialSteps([
      '- Bước 1: Cá nhân chuẩn bị hồ sơ.',
      '- Bước 2: Nộp hồ sơ đến Công an cấp xã.',
      '+ Trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.',
      'Bước 3: Nhận kết quả theo ngày hẹn.',
      '* Lưu ý: giờ làm việc từ thứ 2 đến thứ 6.',
    ]);
    expect(steps).toEqual([
      { label: 'Bước 1', text: 'Cá nhân chuẩn bị hồ sơ' },
      { label: 'Bước 2', text: 'Nộp hồ sơ đến Công an cấp xã' },
      { label: 'Bước 3', text: 'Nhận kết quả theo ngày hẹn' },
    ]);
    expect(shortened).toBe(true);
  });

  it('keeps at most six: the first ones and the last (receiving the result)', () => {
    const many = Array.from({ length: 9 }, (_, i) => `Việc số ${i + 1} của người nộp hồ sơ.`);
    const { steps } = essentialSteps(many);
    expect(steps).toHaveLength(6);
    expect(steps.at(-1)?.text).toBe('Việc số 9 của người nộp hồ sơ');
  });
});
