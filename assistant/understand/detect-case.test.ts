import { describe, expect, it } from 'vitest';
import { sampleProcedure } from '../sample-records.fixture.ts';
import { matchCase, unmatchedCues } from './detect-case.ts';
import { understand } from './understand.ts';

function caseFor(text: string, code: string): string | null {
  const u = understand(text);
  const p = sampleProcedure(code);
  return matchCase(u.topicWords, u.caseCues, p.documentCases, p.name);
}

describe('matchCase on the permanent residence record (four cases)', () => {
  it.each([
    ['đăng ký thường trú vào nhà của tôi', 'thuộc quyền sở hữu của mình'],
    ['dang ky thuong tru nha thue', 'thuê, mượn, ở nhờ'],
    ['tôi ở phòng trọ thì nhập khẩu thế nào', 'thuê, mượn, ở nhờ'],
    ['nhập hộ khẩu về nhà bố mẹ', 'nhà người thân'],
    ['bộ đội đăng ký thường trú ở đơn vị đóng quân', 'đơn vị đóng quân'],
  ])('%s → the case "%s"', (text, part) => {
    expect(caseFor(text, '1.004222')).toContain(part);
  });

  it('leaves the case open when nothing in the question tells it', () => {
    expect(caseFor('đăng ký thường trú cần giấy tờ gì', '1.004222')).toBeNull();
  });

  it('does not read "không thuộc quyền sở hữu" as one\'s own house', () => {
    const p = sampleProcedure('1.004222');
    const negated = [{ case: 'Chỗ ở không thuộc quyền sở hữu của mình', documents: [] }, ...p.documentCases];
    expect(matchCase([], ['own_home'], negated, p.name)).toContain('thuộc quyền sở hữu của mình');
    expect(matchCase([], ['own_home'], negated, p.name)).not.toContain('không thuộc');
  });
});

describe('matchCase on records with a general list and added cases', () => {
  it('picks the added case named by the citizen', () => {
    expect(caseFor('khai sinh cho trẻ bị bỏ rơi', '1.001193')).toBe('Trẻ bị bỏ rơi');
    expect(caseFor('xin lý lịch tư pháp cho con chưa thành niên', '3.000333')).toContain('con chưa thành niên');
  });

  it('does not pick a case from words that name the procedure itself', () => {
    expect(caseFor('cháu nội mới sinh thì làm giấy khai sinh cần mang gì', '1.001193')).toBeNull();
  });

  it('reports a situation the record has no case for', () => {
    expect(unmatchedCues(['child'], sampleProcedure('1.004194').documentCases)).toEqual(['child']);
    expect(unmatchedCues(['rented'], sampleProcedure('1.004222').documentCases)).toEqual([]);
  });
});
