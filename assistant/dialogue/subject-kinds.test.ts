import { describe, expect, it } from 'vitest';
import { foldedWords } from '../understand/fold.ts';
import { narrowBySubjectKind } from './subject-kinds.ts';

const candidates = ['Xóa đăng ký biện pháp bảo đảm bằng tàu biển', 'Xóa đăng ký biện pháp bảo đảm bằng tàu bay', 'Xóa đăng ký biện pháp bảo đảm'].map((name) => ({ procedure: { name } }));
const names = (list: { procedure: { name: string } }[]) => list.map((c) => c.procedure.name);

describe('the kind of thing the citizen names', () => {
  it('drops procedures about another kind of the same group, keeping those about no kind', () => {
    expect(names(narrowBySubjectKind(foldedWords('xoa dang ky the chap tau bay o dau'), candidates))).toEqual([
      'Xóa đăng ký biện pháp bảo đảm bằng tàu bay',
      'Xóa đăng ký biện pháp bảo đảm',
    ]);
  });

  it('keeps every candidate when no kind, every kind, or a kind no candidate has is named', () => {
    expect(narrowBySubjectKind(foldedWords('xóa đăng ký thế chấp'), candidates)).toHaveLength(3);
    expect(narrowBySubjectKind(foldedWords('tàu bay và tàu biển, ghe và tàu cá'), candidates)).toHaveLength(3);
    const coop = [{ procedure: { name: 'Chấm dứt hoạt động hộ kinh doanh' } }];
    expect(narrowBySubjectKind(foldedWords('htx đóng cửa chi nhánh'), coop)).toEqual(coop);
  });

  it('reads the organisation kind from abbreviations', () => {
    const list = ['Chấm dứt hoạt động hộ kinh doanh', 'Chấm dứt hoạt động chi nhánh, văn phòng đại diện của hợp tác xã'].map((name) => ({ procedure: { name } }));
    expect(names(narrowBySubjectKind(foldedWords('htx dong cua chi nhanh'), list))).toEqual(['Chấm dứt hoạt động chi nhánh, văn phòng đại diện của hợp tác xã']);
  });
});
