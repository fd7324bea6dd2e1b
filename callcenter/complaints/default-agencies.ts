import type { Db } from '../../platform/db/client.ts';
import { complaintAgencies } from './tables.ts';

/**
 * Agencies that receive tickets out of the box, with the procedure fields (lĩnh vực, as the
 * national catalogue names them) and the complaint words (folded, without diacritics) that
 * point to each. Centres edit the table; these rows are only inserted when missing.
 */
export const DEFAULT_AGENCIES: (typeof complaintAgencies.$inferInsert)[] = [
  {
    id: 'cong-an',
    name: 'Công an tỉnh (cư trú, căn cước, xuất nhập cảnh)',
    fields: ['Đăng ký, quản lý cư trú', 'Cấp, quản lý căn cước', 'Quản lý xuất nhập cảnh', 'Đăng ký, quản lý phương tiện giao thông cơ giới, xe máy chuyên dùng'],
    keywords: ['tam tru', 'thuong tru', 'cu tru', 'ho khau', 'can cuoc', 'cccd', 'ho chieu', 'xuat canh', 'dang ky xe', 'bien so', 'cong an'],
  },
  {
    id: 'so-tu-phap',
    name: 'Sở Tư pháp (hộ tịch, chứng thực, lý lịch tư pháp)',
    fields: ['Hộ tịch', 'Chứng thực', 'Lý lịch tư pháp'],
    keywords: ['khai sinh', 'khai tu', 'ket hon', 'doc than', 'ho tich', 'chung thuc', 'cong chung', 'ly lich tu phap', 'ban sao'],
  },
  {
    id: 'so-tai-chinh',
    name: 'Sở Tài chính (đăng ký kinh doanh)',
    fields: ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 'Thành lập và hoạt động của doanh nghiệp'],
    keywords: ['doanh nghiep', 'ho kinh doanh', 'dang ky kinh doanh', 'giay phep kinh doanh', 'ma so thue'],
  },
  {
    id: 'so-xay-dung',
    name: 'Sở Xây dựng (giao thông, giấy phép lái xe, xây dựng)',
    fields: ['Sát hạch, cấp giấy phép lái xe', 'Cấp phép xây dựng'],
    keywords: ['bang lai', 'giay phep lai xe', 'sat hach', 'giay phep xay dung', 'xay dung', 'duong xa'],
  },
  {
    id: 'so-nong-nghiep-moi-truong',
    name: 'Sở Nông nghiệp và Môi trường (đất đai, môi trường)',
    fields: ['Đất đai', 'Môi trường'],
    keywords: ['dat dai', 'so do', 'so hong', 'quyen su dung dat', 'thua dat', 'ranh gioi', 'o nhiem', 'rac thai', 'moi truong'],
  },
  {
    id: 'bhxh',
    name: 'Bảo hiểm xã hội tỉnh',
    fields: ['Thực hiện chính sách BHXH', 'Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN'],
    keywords: ['bao hiem xa hoi', 'bhxh', 'bao hiem y te', 'bhyt', 'luong huu', 'that nghiep', 'thai san'],
  },
  {
    id: 'ubnd-xa',
    name: 'Ủy ban nhân dân cấp xã',
    fields: [],
    keywords: ['uy ban xa', 'uy ban phuong', 'ubnd xa', 'ubnd phuong', 'can bo xa', 'can bo phuong'],
  },
];

export async function ensureDefaultAgencies(db: Db): Promise<void> {
  await db.insert(complaintAgencies).values(DEFAULT_AGENCIES).onConflictDoNothing({ target: complaintAgencies.id });
}
