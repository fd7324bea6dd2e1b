import { describe, expect, it } from 'vitest';
import { parseLevels } from './parse-levels.ts';
import { parseResults, resultsText } from './parse-results.ts';
import { parseSteps } from './parse-steps.ts';

describe('parseResults', () => {
  it('reads names and codes and drops the portal page furniture', () => {
    const field =
      'Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cưMã: KQ.G01.000064Phiếu từ chối (lĩnh vực cư trú)Mã: KQ.G01.000067' +
      'Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốNộp hồ sơ';
    expect(parseResults(field)).toEqual([
      { name: 'Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư', code: 'KQ.G01.000064' },
      { name: 'Phiếu từ chối (lĩnh vực cư trú)', code: 'KQ.G01.000067' },
    ]);
    expect(resultsText(field)).not.toMatch(/Từ khóa|Nộp hồ sơ$/);
  });

  it('keeps a result without a code', () => {
    expect(parseResults('Văn bản trả lờiTừ khóaKhông có thông tinMô tả')).toEqual([{ name: 'Văn bản trả lời', code: null }]);
  });
});

describe('parseSteps', () => {
  it('opens a step at each "Bước N" and keeps the lines under it', () => {
    expect(parseSteps('Bước 1: Chuẩn bị hồ sơ.\n Bước 2: Nộp hồ sơ\n- tại Công an cấp xã.\t\n\tBước 3: Nhận kết quả.')).toEqual([
      'Bước 1: Chuẩn bị hồ sơ.',
      'Bước 2: Nộp hồ sơ - tại Công an cấp xã.',
      'Bước 3: Nhận kết quả.',
    ]);
  });

  it('uses lines when steps are not numbered', () => {
    expect(parseSteps('+ Nộp hồ sơ.\n\n+ Nhận kết quả.')).toEqual(['+ Nộp hồ sơ.', '+ Nhận kết quả.']);
  });
});

describe('parseLevels', () => {
  it('maps the portal labels', () => {
    expect(parseLevels('Cấp xã, Cơ quan khác, Cấp bộ')).toEqual(['bộ', 'xã', 'other']);
    expect(parseLevels('')).toEqual([]);
  });
});
