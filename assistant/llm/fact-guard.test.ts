import { describe, expect, it } from 'vitest';
import { checkFacts, missingFacts } from './index.ts';
import { loadRecord, sampleCorpusPresent } from './load-sample-records.test-helper.ts';

// Planted-error answers over real sample records (knowledge/sample-corpus): every one must be caught.
describe.skipIf(!sampleCorpusPresent)('checkFacts over sample records', () => {
  const permanent = sampleCorpusPresent ? [loadRecord('1.004222')] : [];
  const temporary = sampleCorpusPresent ? [loadRecord('1.004194')] : [];
  const absence = sampleCorpusPresent ? [loadRecord('1.003677')] : [];
  const confirmation = sampleCorpusPresent ? [loadRecord('1.010041')] : [];

  const feeAnswer =
    'Đăng ký thường trú (mã 1.004222): lệ phí 20.000 đồng/lần khi nộp trực tiếp, 10.000 đồng/lần khi nộp trực tuyến. Thời hạn giải quyết 7 ngày làm việc.';
  const dateAnswer = 'Nếu nộp trực tiếp vào thứ Hai, 09/03/2026, ngày hẹn trả kết quả dự kiến là thứ Tư, 18/03/2026 (7 ngày làm việc).';

  const faithful: [string, string, typeof permanent, string][] = [
    ['fees in other words', 'Bạn nộp trực tiếp thì lệ phí là 20.000 đồng mỗi lần, nộp online qua VNeID thì chỉ 10.000đ. Khoảng 7 ngày làm việc là có kết quả.', permanent, feeAnswer],
    ['amounts in thousands', 'Lệ phí đăng ký thường trú: 20 nghìn đồng (trực tiếp) hoặc 10 nghìn đồng (trực tuyến). Thời hạn: 7 ngày làm việc, mã thủ tục 1.004222.', permanent, feeAnswer],
    ['a numbered document list', 'Nếu bạn đăng ký tạm trú cho cá nhân, bạn cần:\n1. Tờ khai thay đổi thông tin cư trú theo mẫu CT01 (1 bản chính).\n2. Giấy tờ chứng minh chỗ ở hợp pháp (1 bản chính), chỉ khi cơ quan không tự tra cứu được.', temporary, ''],
    ['legal basis', 'Thủ tục 1.004222 thực hiện theo Luật Cư trú số 68/2020/QH14, Nghị định 154/2024/NĐ-CP và Thông tư 55/2021.', permanent, ''],
    ['an expected date without its year', 'Nộp ngày 9/3/2026 thì dự kiến thứ Tư 18/3 bạn nhận kết quả, tức sau 7 ngày làm việc.', permanent, dateAnswer],
    ['weekdays written as digits', 'Bạn nộp tại Công an cấp xã trong giờ hành chính từ thứ 2 đến thứ 6 và sáng thứ 7. Lệ phí 10.000 đồng/người/lần; nộp qua VNeID chỉ 7.000 đồng.', temporary, ''],
    ['a condition with a number', 'Trẻ mới sinh cần được đăng ký cư trú trong tối đa 60 ngày kể từ ngày đăng ký khai sinh.', permanent, ''],
    ['spelled-out duration', 'Việc xác nhận thông tin cư trú được miễn phí và thường xong trong một ngày làm việc, tối đa ba ngày làm việc nếu cần xác minh.', confirmation, ''],
    ['a shortened duration', 'Khai báo tạm vắng được giải quyết trong 1 ngày, trường hợp phức tạp không quá 2 ngày làm việc.', absence, ''],
  ];

  it.each(faithful)('passes a faithful answer: %s', (_name, text, sources, deterministic) => {
    expect(checkFacts(text, sources, deterministic)).toEqual({ ok: true, violations: [] });
  });

  const planted: [string, string, typeof permanent, string, string][] = [
    ['wrong fee', 'Lệ phí nộp trực tiếp là 25.000 đồng/lần.', permanent, feeAnswer, '25.000 đồng'],
    ['wrong fee in thousands', 'Nộp trực tuyến chỉ mất 15 nghìn đồng.', permanent, feeAnswer, '15 nghìn đồng'],
    ['invented fee in millions', 'Nếu làm nhanh thì thêm 1,5 triệu đồng.', permanent, feeAnswer, '1,5 triệu đồng'],
    ['invented fee in slang', 'Lệ phí khoảng 50k thôi bạn.', permanent, feeAnswer, '50k'],
    ['fee with comma thousands', 'Lệ phí là 30,000 VND.', permanent, feeAnswer, '30,000 VND'],
    ['wrong fee spelled out', 'Lệ phí là ba mươi nghìn đồng.', permanent, feeAnswer, 'ba mươi nghìn đồng'],
    ['wrong working days', 'Thời hạn giải quyết là 10 ngày làm việc.', permanent, feeAnswer, '10 ngày làm việc'],
    ['wrong calendar days', 'Khoảng 15 ngày là có kết quả.', permanent, feeAnswer, '15 ngày'],
    ['wrong unit (months)', 'Thời hạn giải quyết khoảng 3 tháng.', permanent, feeAnswer, '3 tháng'],
    ['wrong duration spelled out', 'Hồ sơ được giải quyết trong mười ngày làm việc.', permanent, feeAnswer, 'mười ngày làm việc'],
    ['hours instead of days', 'Kết quả có sau 24 giờ.', permanent, feeAnswer, '24 giờ'],
    ['calendar days upgraded to working days', 'Khai báo tạm vắng được giải quyết trong 1 ngày làm việc.', absence, '', '1 ngày làm việc'],
    ['wrong procedure code', 'Đây là thủ tục mã 1.004223.', permanent, feeAnswer, '1.004223'],
    ['invented legal document', 'Căn cứ Nghị định 62/2021/NĐ-CP, bạn cần nộp tờ khai.', permanent, feeAnswer, '62/2021/NĐ-CP'],
    ['legal document with wrong year', 'Theo Luật Cư trú 68/2021/QH14.', permanent, feeAnswer, '68/2021/QH14'],
    ['invented legal reference without suffix', 'Theo Thông tư 56/2022, bạn nộp tờ khai.', permanent, feeAnswer, '56/2022'],
    ['wrong form', 'Bạn điền tờ khai theo mẫu CT02.', permanent, feeAnswer, 'CT02'],
    ['invented form', 'Bạn điền mẫu TK01 rồi nộp.', temporary, '', 'TK01'],
    ['invented hotline (extra number)', 'Nếu cần hỗ trợ, gọi 1900 8888.', permanent, feeAnswer, '8888'],
    ['invented percentage', 'Người cao tuổi được giảm 50% lệ phí.', permanent, feeAnswer, '50%'],
    ['invented deadline date', 'Bạn cần nộp trước ngày 31/12/2026.', permanent, feeAnswer, '31/12/2026'],
    ['invented office hours', 'Công an xã làm việc từ 7h30 đến 17h00.', permanent, feeAnswer, '7h30'],
    ['wrong number of copies', 'Bạn mang theo tờ khai CT01 và 2 bản sao giấy tờ chỗ ở.', permanent, '', '2 bản sao'],
    ['wrong copies spelled out', 'Bạn nộp tờ khai CT01 kèm hai bản sao hợp đồng thuê nhà.', permanent, '', 'hai bản sao'],
    ['wrong result code', 'Kết quả là thông báo mã KQ.G01.000099.', permanent, feeAnswer, 'KQ.G01.000099'],
    ['wrong expected date', 'Dự kiến thứ Tư 19/3/2026 bạn nhận kết quả.', permanent, dateAnswer, '19/3/2026'],
    ['wrong amount hidden among right ones', 'Trực tiếp 20.000 đồng, trực tuyến 12.000 đồng, trong 7 ngày làm việc.', permanent, feeAnswer, '12.000 đồng'],
  ];

  it.each(planted)('catches: %s', (_name, text, sources, deterministic, culprit) => {
    const result = checkFacts(text, sources, deterministic);
    expect(result.ok).toBe(false);
    // The violation names the planted fact, not some bystander.
    expect(result.violations).toContainEqual(expect.stringContaining(`"${culprit}"`));
  });

  it('has at least 20 planted errors and 5 faithful answers', () => {
    expect(planted.length).toBeGreaterThanOrEqual(20);
    expect(faithful.length).toBeGreaterThanOrEqual(5);
  });

  it('names the offending fact', () => {
    expect(checkFacts('Lệ phí 25.000 đồng, thời hạn 7 ngày làm việc.', permanent, feeAnswer).violations).toEqual([
      'amount "25.000 đồng" (25000) is not in the sources',
    ]);
  });

  it('accepts facts found only in the deterministic answer (computed dates)', () => {
    expect(checkFacts('Dự kiến có kết quả ngày 18/03/2026.', permanent, dateAnswer).ok).toBe(true);
    expect(checkFacts('Dự kiến có kết quả ngày 18/03/2026.', permanent, '').ok).toBe(false);
  });
});

describe('missingFacts', () => {
  const deterministic = 'Lệ phí 20.000 đồng/lần; thời hạn 7 ngày làm việc; dự kiến thứ Tư, 18/03/2026.';

  it('lists amounts, durations and dates a rewording dropped', () => {
    expect(missingFacts('Lệ phí 20 nghìn đồng, có kết quả sau 7 ngày.', deterministic)).toEqual(['18/03/2026']);
    expect(missingFacts('Bạn cứ nộp đi nhé.', deterministic)).toEqual(['18/03/2026', '20.000 đồng', '7 ngày làm việc']);
  });

  it('is empty when everything is kept', () => {
    expect(missingFacts('Phí 20.000đ, 7 ngày làm việc, hẹn 18/3.', deterministic)).toEqual([]);
  });
});
