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

  it('tells the insurance an employer pays for staff from the one a person pays alone', () => {
    const list = ['Đăng ký, đăng ký lại, điều chỉnh đóng BHXH tự nguyện; cấp sổ BHXH', 'Đăng ký, điều chỉnh đóng BHXH, BHYT, BHTN, BHTNLĐ, BNN; cấp sổ BHXH, thẻ BHYT'].map((name) => ({ procedure: { name } }));
    expect(names(narrowBySubjectKind(foldedWords('đăng ký đóng bhxh cho nhân viên mới'), list))).toEqual([list[1]!.procedure.name]);
    // The employer's procedure names no kind of its own, so nothing drops it: the search decides.
    expect(narrowBySubjectKind(foldedWords('tôi là lao động tự do muốn đóng bhxh'), list)).toHaveLength(2);
  });

  it('reads the direction of goods and whether the animals are from the water or the land', () => {
    const list = [
      'Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động vật thủy sản xuất khẩu mang theo người',
      'Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động vật thủy sản nhập khẩu mang theo người, gửi qua đường bưu điện',
      'Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động vật trên cạn nhập khẩu mang theo người',
    ].map((name) => ({ procedure: { name } }));
    expect(names(narrowBySubjectKind(foldedWords('con gửi về cho tôi mấy hộp cá khô qua bưu điện, có phải kiểm dịch không'), list))).toEqual([list[1]!.procedure.name]);
    expect(names(narrowBySubjectKind(foldedWords('mang sang Úc mấy ký tôm khô có cần kiểm dịch không'), list))).toEqual([list[0]!.procedure.name]);
  });

  it('reads what secures a loan: a machine is movable property, not an aircraft', () => {
    const list = [
      'Đăng ký biện pháp bảo đảm bằng tàu bay',
      'Đăng ký biện pháp bảo đảm bằng động sản (không phải là tàu bay, tàu biển, chứng khoán đã đăng ký tập trung)',
      'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
    ].map((name) => ({ procedure: { name } }));
    expect(names(narrowBySubjectKind(foldedWords('đăng ký thế chấp máy móc xong nhận giấy gì'), list))).toEqual([list[1]!.procedure.name]);
    expect(names(narrowBySubjectKind(foldedWords('thế chấp sổ đỏ vay ngân hàng'), list))).toEqual([list[2]!.procedure.name]);
  });
});
