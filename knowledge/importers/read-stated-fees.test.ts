import { describe, expect, it } from 'vitest';
import { noFeeStatement, statedAmounts, statesAnAmount, typedInThousands } from './read-stated-fees.ts';

describe('read-stated-fees', () => {
  it('finds amounts written out in đồng, whatever the spelling', () => {
    expect(statedAmounts('Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.')).toEqual([135000]);
    expect(statedAmounts('20.000Đ/tờ khai; 100.000 vnđ / tờ khai; 25.000.000đ/giấy')).toEqual([20000, 100000, 25000000]);
    expect(statedAmounts('Thẻ tạm trú không quá 02 năm: 145 USD/thẻ.')).toEqual([]);
  });

  it('confirms a cell typed in thousands only when the description writes that amount out', () => {
    expect(typedInThousands(135, 'Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.')).toBe(135000);
    expect(typedInThousands(50, '(áp dụng mức phí 25.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026)')).toBeNull();
    expect(typedInThousands(155, 'Thẻ tạm trú có thời hạn từ trên 02 năm đến 05 năm: 155 USD/thẻ.')).toBeNull();
    expect(typedInThousands(135, null)).toBeNull();
    expect(typedInThousands(1500, '1.500.000 đồng')).toBeNull();
  });

  it('reads an explicit statement that there is no fee, and nothing vaguer', () => {
    expect(noFeeStatement('- Trực tuyến (hệ thống liên thông quản lý văn bản) - Không quy định phí, lệ phí')).toBe('Không quy định phí, lệ phí');
    expect(noFeeStatement('Không quy định về thời hạn giải quyết, phí, lệ phí')).toBe('Không quy định về thời hạn giải quyết, phí, lệ phí');
    expect(noFeeStatement('Không quy định')).toBeNull();
    expect(noFeeStatement('Miễn phí đối với: người di cư từ Lào')).toBeNull();
  });

  it('tells whether a description states an amount to pay', () => {
    expect(statesAnAmount('- Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.')).toBe(true);
    expect(statesAnAmount('Lệ phí cấp mới 200 USD/lần')).toBe(true);
    expect(statesAnAmount('Cho một loại hình sản phẩm hoặc dịch vụ: 8.000.000/lần')).toBe(true);
    expect(statesAnAmount('Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo quy định')).toBe(false);
  });
});
