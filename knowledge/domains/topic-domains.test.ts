import { describe, expect, it } from 'vitest';
import { createTopicDomains, getTopicDomains } from './topic-domains.ts';

const domains = createTopicDomains([
  { id: 'giao-duc', label: 'giáo dục', handledBy: 'Sở Giáo dục và Đào tạo', terms: ['chuyển trường', 'học phí'] },
  { id: 'buu-chinh', label: 'bưu chính', handledBy: 'Sở Khoa học và Công nghệ', terms: ['bưu chính'] },
]);
const corpus = ['dang ky tam tru', 'cap giay phep buu chinh'];

describe('areas the corpus does not hold', () => {
  it('names the area of a term no procedure name contains, typed with or without diacritics', () => {
    expect(domains.outside('chuyển trường cho con thì làm sao', corpus)).toEqual({ id: 'giao-duc', label: 'giáo dục', handledBy: 'Sở Giáo dục và Đào tạo', term: 'chuyen truong' });
    expect(domains.outside('MIEN GIAM HOC PHI o dau', corpus)?.id).toBe('giao-duc');
  });

  it('tells when the term is what the citizen asks for, right after a verb of asking', () => {
    expect(domains.outside('xin chuyển trường cho con', corpus)).toMatchObject({ id: 'giao-duc', asked: true });
    expect(domains.outside('con chuyển trường rồi thì có cần đăng ký tạm trú không', corpus)).not.toHaveProperty('asked');
    expect(domains.outside('đóng học phí xong thì làm gì', corpus)).not.toHaveProperty('asked');
  });

  it('reads "có cần …" as whether a procedure requires the thing, not as the area', () => {
    const health = createTopicDomains([{ id: 'y-te', label: 'y tế', handledBy: 'Sở Y tế', terms: ['khám sức khỏe'] }]);
    expect(health.outside('bằng lái bị mất, xin cấp lại có cần khám sức khỏe không', corpus)).toBeNull();
    expect(health.outside('đi khám sức khỏe để xin việc ở đâu', corpus)?.id).toBe('y-te');
    // A verb of asking between them: the area's own paper is wanted.
    expect(domains.outside('có cần xin chuyển trường cho con không', corpus)).toMatchObject({ id: 'giao-duc', asked: true });
  });

  it('stays silent when the corpus holds the term, or the words are only part of other words', () => {
    expect(domains.outside('giấy phép bưu chính cần gì', corpus)).toBeNull();
    expect(domains.outside('chuyển trườngg', corpus)).toBeNull();
    expect(domains.outside('đăng ký tạm trú', corpus)).toBeNull();
  });

  it('marks an area of everyday life, whose words make a look-alike of any procedure', () => {
    const life = createTopicDomains([{ id: 'doi-song', label: 'đời sống', handledBy: 'nhà mạng', terms: ['wifi'], everyday: true }]);
    expect(life.outside('đổi tên wifi thế nào', corpus)).toEqual({ id: 'doi-song', label: 'đời sống', handledBy: 'nhà mạng', term: 'wifi', everyday: true });
    expect(domains.outside('xin chuyển trường cho con', corpus)).not.toHaveProperty('everyday');
  });

  it('knows "học phí", and the shipped everyday terms leave common words alone', () => {
    // "chó" folds to "cho", "mèo" to "mẹo": such terms would flag every question.
    expect(getTopicDomains().outside('quyết toán thuế thu nhập cá nhân cho nhân viên, có mẹo gì không', [])).toBeNull();
    expect(getTopicDomains().outside('giấy tờ liên quan đến kết hôn', [])).toBeNull();
    expect(getTopicDomains().outside('thay thế thành viên hợp danh, xin trợ cấp nuôi cho cháu', [])).toBeNull();
    expect(getTopicDomains().outside('xin miễn giảm học phí cho cháu', [])?.id).toBe('giao-duc');
  });

  it('reads a term that folds into a common word only as typed with its diacritics', () => {
    const pets = createTopicDomains([{ id: 'doi-song', label: 'đời sống', handledBy: 'hiệp hội', terms: ['thú cưng'], typedTerms: ['chó'], everyday: true }]);
    expect(pets.outside('làm giấy khai sinh cho chó Poodle', [])).toMatchObject({ id: 'doi-song', term: 'cho', written: 'cho\u0301' });
    expect(pets.outside('làm giấy khai sinh cho con', [])).toBeNull();
    // Without diacritics "cho" cannot be told from "chó".
    expect(pets.outside('lam giay khai sinh cho cho', [])).toBeNull();
    expect(getTopicDomains().outside('mèo nhà tôi bị lạc mất rồi', [])?.id).toBe('doi-song');
    expect(getTopicDomains().outside('có mẹo gì để khai thuế nhanh không', [])).toBeNull();
  });

  it('knows the areas of other ministries and the courts, and leaves their words in passing alone', () => {
    const shipped = getTopicDomains();
    expect(shipped.outside('đăng ký nhãn hiệu cho quán trà sữa ở đâu', [])?.id).toBe('khoa-hoc-cong-nghe');
    expect(shipped.outside('xin C/O form E cho lô hàng xuất khẩu', [])?.id).toBe('cong-thuong');
    expect(shipped.outside('giấy gọi khám nvqs, xin tạm hoãn thế nào', [])?.id).toBe('quoc-phong');
    expect(shipped.outside('muốn ly hôn đơn phương thì nộp đơn ở đâu', [])?.id).toBe('toa-an');
    expect(shipped.outside('bay flycam quay phim đám cưới có phải xin phép không', [])?.id).toBe('bay-khong-nguoi-lai');
    expect(shipped.outside('hồ sơ hưởng chế độ thân nhân liệt sĩ làm ở đâu', [])?.id).toBe('xa-hoi');
    expect(shipped.outside('xe dính phạt nguội từ trước khi mua thì ai đóng', [])?.id).toBe('xu-phat-giao-thong');
    // A name of the corpus that holds the term silences it; a trademark named in passing is not the question.
    expect(shipped.outside('giấy chứng nhận xuất xứ hàng hóa', ['cap giay chung nhan xuat xu hang hoa'])).toBeNull();
    expect(shipped.outside('tên hợp tác xã trùng với nhãn hiệu đã được bảo hộ, phải đổi tên thế nào', [])).toBeNull();
  });

  it('ships areas whose terms are unique, and refuses malformed data', () => {
    const terms = getTopicDomains().domains.flatMap((d) => d.terms);
    expect(new Set(terms).size).toBe(terms.length);
    expect(() => createTopicDomains([{ id: 'X y', label: '', handledBy: 'a', terms: [] }])).toThrow();
  });
});
