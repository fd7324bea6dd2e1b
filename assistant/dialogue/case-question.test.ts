import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../knowledge/index.ts';
import { sampleProcedure } from '../sample-records.fixture.ts';
import { caseChoices, needsCaseQuestion } from './case-question.ts';

const permanent = sampleProcedure('1.004222');
const withCases = (...labels: string[]): Procedure => ({
  ...permanent,
  documentCases: labels.map((label) => ({ case: label, documents: permanent.documentCases[0]?.documents ?? [] })),
});

describe('the case question of plain-language mode', () => {
  it('asks the citizen’s case when the documents differ by case, and offers those cases', () => {
    const procedure = withCases('Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ', 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình');
    expect(needsCaseQuestion(true, procedure, null, ['documents'])).toBe(true);
    expect(caseChoices(procedure).map((c) => c.label)).toEqual(['Vào chỗ ở hợp pháp do thuê, mượn, ở nhờ', 'Vào chỗ ở hợp pháp thuộc quyền sở hữu của mình']);
    expect(needsCaseQuestion(false, procedure, null, ['documents'])).toBe(false);
    expect(needsCaseQuestion(true, procedure, null, ['fee'])).toBe(false);
  });

  it('never offers a note or one part of a single dossier as a case', () => {
    const parts = withCases('* Xuất trình hoặc gửi bản chính các giấy tờ sau:', 'Giấy tờ phải nộp để lưu giữ tại cơ quan đăng ký:', '* Lưu ý:');
    expect(needsCaseQuestion(true, parts, null, ['documents'])).toBe(false);
    const mixed = withCases('a) Trường hợp cấp lần đầu', 'b) Đối với cấp lại', 'Lưu ý');
    expect(caseChoices(mixed).map((c) => c.value)).toEqual(['a) Trường hợp cấp lần đầu', 'b) Đối với cấp lại']);
    // Read without the portal's bullet and colon; the value stays the record's own heading.
    const bulleted = withCases('* Trường hợp ủy quyền thực hiện thủ tục:', '- Trường hợp đăng ký trên môi trường điện tử:');
    expect(caseChoices(bulleted).map((c) => [c.label, c.value])).toEqual([
      ['Trường hợp ủy quyền thực hiện thủ tục', '* Trường hợp ủy quyền thực hiện thủ tục:'],
      ['Trường hợp đăng ký trên môi trường điện tử', '- Trường hợp đăng ký trên môi trường điện tử:'],
    ]);
  });
});
