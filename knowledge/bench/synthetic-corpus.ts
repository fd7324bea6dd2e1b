import type { Procedure } from '../model/procedure.ts';

/** The 63 provinces and centrally-run cities (before the 2025 merger), for a national-scale corpus. */
export const PROVINCES = [
  'Hà Nội', 'TP. Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn',
  'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk',
  'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang',
  'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An',
  'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế',
  'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
] as const;

/** A unique code of the model's shape (d.dddddd) for the i-th synthetic procedure. */
export const syntheticCode = (index: number): string => `${1 + (index % 9)}.${String(Math.floor(index / 9)).padStart(6, '0')}`;

/**
 * Province variants of the real procedures, province by province, until `target`: the name and
 * agency carry the province, everything else is the real record. Yields batches so a caller can
 * stream them into the store without holding the corpus in memory.
 */
export function* provinceVariants(procedures: readonly Procedure[], target: number, batchSize = 500): Generator<Procedure[]> {
  let index = 0;
  let batch: Procedure[] = [];
  for (const province of PROVINCES) {
    for (const procedure of procedures) {
      if (index >= target) break;
      batch.push({
        ...procedure,
        code: syntheticCode(index++),
        name: `${procedure.name} – ${province}`,
        agency: `${procedure.agency ?? 'Cơ quan có thẩm quyền'} ${province}`,
        address: procedure.address ? `${procedure.address}, ${province}` : province,
      });
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}
