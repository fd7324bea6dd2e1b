import { describe, expect, it } from 'vitest';
import { completeValues, dateInWords } from './complete-values.ts';
import { FormDefinitionSchema } from './form-definition.ts';
import { findForm, loadForms } from './load-forms.ts';
import { readPdf } from './testing/read-pdf.ts';
import { renderFormPdf } from './render-form-pdf.ts';
import { CT01_SAMPLE } from './testing/ct01-sample.ts';

const forms = loadForms();
const ct01 = forms.find((f) => f.id === 'ct01')!;
const birth = forms.find((f) => f.id === 'khai-sinh')!;
const today = new Date('2026-12-02T03:00:00Z');

describe('forms as data', () => {
  it('loads CT01 and the birth registration form, and finds them by procedure or by name', () => {
    expect(forms.map((f) => f.template)).toEqual(['CT01', 'Mẫu TT 04/2020/TT-BTP']);
    expect(findForm(forms, { procedureCode: '1.004194' })?.id).toBe('ct01');
    expect(findForm(forms, { text: 'điền giúp tờ khai khai sinh cho con tôi', procedureCode: '1.004194' })?.id).toBe('khai-sinh');
    expect(findForm(forms, { text: 'dien giup mau CT01' })?.id).toBe('ct01');
    expect(findForm(forms, { text: 'điền giúp tờ khai', procedureCode: '2.000001' })).toBeNull();
  });

  it('refuses a definition whose field is neither asked nor filled, or refers to an unknown field', () => {
    const bad = { ...ct01, fields: [{ ...ct01.fields[1]!, question: undefined }, { ...ct01.fields[2]!, skipWhen: { field: 'nope', in: ['x'] } }] };
    const issues = FormDefinitionSchema.safeParse(bad).error?.issues.map((i) => i.message) ?? [];
    expect(issues).toEqual(['ct01.fullName: a field is either asked or filled', 'ct01.birthDate: unknown field nope']);
  });

  it('writes the Vietnamese values of CT01 into named fields of a PDF that pdf.js reads back', async () => {
    const answers = CT01_SAMPLE;
    const values = completeValues(ct01, answers, { today, agency: 'Công an phường Dịch Vọng' });
    const bytes = await renderFormPdf(ct01, values);
    const read = await readPdf(bytes);
    expect(read.fields).toMatchObject({ ...answers, authority: 'Công an phường Dịch Vọng', email: '', declaredOn: 'ngày 2 tháng 12 năm 2026', signName: 'Nguyễn Thị Hồng Nhung' });
    for (const printed of ['TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '4. Số định danh cá nhân:', '8. Mối quan hệ với chủ hộ:', 'NGƯỜI KÊ KHAI(6)']) {
      expect(read.text).toContain(printed);
    }
    for (const value of ['Nguyễn Thị Hồng Nhung', 'Trần Văn Đức', '001190012345', 'Công an phường Dịch Vọng']) expect(read.text).toContain(value);
    expect(read.title).toBe('Tờ khai thay đổi thông tin cư trú (CT01)');
  });

  it('fills the birth date in words on the birth registration form', async () => {
    expect(dateInWords('20/10/2026')).toBe('ngày hai mươi, tháng mười, năm hai nghìn không trăm hai mươi sáu');
    const values = completeValues(birth, { fullName: 'Lê Văn Hùng', childName: 'Lê Minh Khôi', childBirthDate: '20/10/2026' }, { today, agency: null });
    const read = await readPdf(await renderFormPdf(birth, values));
    expect(read.fields).toMatchObject({ childName: 'Lê Minh Khôi', childBirthDateWords: dateInWords('20/10/2026'), authority: '', signName: 'Lê Văn Hùng' });
    expect(read.text).toContain('TỜ KHAI ĐĂNG KÝ KHAI SINH');
  });
});
