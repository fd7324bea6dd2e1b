import { describe, expect, it } from 'vitest';
// Tests may reach into knowledge: the two spellings must agree (assistant/ports.ts, OutsideTopicRef.written).
import { typedSyllables } from '../../knowledge/index.ts';
import { accentedWords, foldedWords } from '../understand/fold.ts';
import { fitsSaid, namedVariants, narrowByVariant, saidVariants, servesFirstIssue, VARIANT_WORDS } from './variants.ts';

describe('variants in procedure names', () => {
  it('reads the variant a name states', () => {
    expect(namedVariants('Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)')).toEqual(['renewal']);
    expect(namedVariants('Cấp lại giấy phép lái xe')).toEqual(['reissue']);
    expect(namedVariants('Xoá đăng ký thường trú')).toEqual(['delete']);
    expect(namedVariants('Trình báo mất hộ chiếu phổ thông')).toEqual(['report_lost']);
    expect(namedVariants('Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên')).toEqual([]);
    // "Sửa đổi, bổ sung" amends a permit: a change, not the first issue.
    expect(namedVariants('Sửa đổi, bổ sung Giấy phép nhận chìm ở biển (cấp TW)')).toEqual(['change']);
    expect(saidVariants(foldedWords('muon sua giay phep nhan chim'))).toEqual(['change']);
  });

  it('reads names with their diacritics, so words that fold alike are not a variant', () => {
    // Folded, "trợ cấp đối với" holds "cap doi" and "bảo mật" holds "bao mat".
    expect(namedVariants('Giải quyết hưởng trợ cấp đối với nhà giáo đã nghỉ hưu chưa được hưởng chế độ phụ cấp thâm niên')).toEqual([]);
    expect(namedVariants('Cấp giấy chứng nhận bảo mật thông tin')).toEqual([]);
  });

  it('hears citizens folded, and keeps the variant words folded for the rules that skip them', () => {
    expect(saidVariants(foldedWords('mat can cuoc roi lam lai o dau'))).toEqual(['reissue']);
    expect(VARIANT_WORDS.has('doi')).toBe(true);
  });

  it('rules out the variants the citizen\'s words exclude, and keeps an extension for "hết hạn"', () => {
    const lost = saidVariants(foldedWords('bi mat the can cuoc'));
    expect(fitsSaid(lost, 'Cấp lại thẻ căn cước')).toBe(true);
    expect(fitsSaid(lost, 'Cấp đổi thẻ căn cước')).toBe(false);
    const expiring = saidVariants(foldedWords('giay phep khai thac nuoc sap het han'));
    expect(fitsSaid(expiring, 'Cấp đổi giấy phép lái xe')).toBe(true);
    expect(fitsSaid(expiring, 'Gia hạn, điều chỉnh giấy phép khai thác nước dưới đất')).toBe(true);
    expect(fitsSaid(expiring, 'Cấp lại giấy phép khai thác nước dưới đất')).toBe(false);
    expect(fitsSaid([], 'Cấp lại thẻ căn cước')).toBe(true);
  });

  it('puts the tone mark in one place, whichever the writer used', () => {
    expect(accentedWords('Hoà giải, XOÁ')).toEqual(accentedWords('hòa giải xóa'));
    expect(accentedWords('cấp đổi')).not.toEqual(accentedWords('cấp đối'));
  });

  it('spells words as knowledge does, since area terms are matched against records in this spelling', () => {
    const text = 'Chó, mèo và THUỶ thủ hoà giải ở Đà Nẵng';
    expect(accentedWords(text)).toEqual(typedSyllables(text).typed);
  });

  it('counts a name that lists the plain service before its variants as serving a first issue', () => {
    expect(servesFirstIssue('Cấp, cấp lại, chuyển đổi giấy chứng nhận khả năng chuyên môn')).toBe(true);
    expect(servesFirstIssue('Đăng ký, điều chỉnh đóng BHXH, BHYT, BHTN, BHTNLĐ, BNN; cấp sổ BHXH, thẻ BHYT')).toBe(true);
    expect(servesFirstIssue('Cấp Giấy chứng nhận lưu hành thuốc thú y; Cấp lại Giấy chứng nhận lưu hành thuốc thú y (trong trường hợp bị sai sót)')).toBe(true);
    expect(servesFirstIssue('Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên')).toBe(true);
    expect(servesFirstIssue('Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)')).toBe(false);
    expect(servesFirstIssue('Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT')).toBe(false);
    // A variant in a clause about something else is not the same service reissued.
    expect(servesFirstIssue('Thủ tục đăng ký sử dụng tài khoản và mẫu dấu, mẫu chữ ký; bổ sung tài khoản; thay đổi hồ sơ pháp lý')).toBe(false);
  });

  it('keeps such a name beside the plain services when the citizen names no variant', () => {
    const list = ['Gia hạn giấy chứng nhận lưu hành thuốc thú y', 'Cấp Giấy chứng nhận lưu hành thuốc thú y; Cấp lại Giấy chứng nhận lưu hành thuốc thú y'].map((name) => ({ procedure: { name } }));
    expect(narrowByVariant([], list).map((c) => c.procedure.name)).toEqual([list[1]!.procedure.name]);
    expect(narrowByVariant(['reissue'], list).map((c) => c.procedure.name)).toEqual([list[1]!.procedure.name]);
  });
});
