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

/** How many variants the corpus can give: one per procedure and province. */
export const maxVariants = (procedures: readonly Procedure[]): number => procedures.length * PROVINCES.length;

/**
 * How variants differ (each names the real procedure it implements as its `nationalCode`). `province-in-name` (the default): the province is appended to the name,
 * which every chunk starts with, and to the agency and address, so each chunk has near-twins (one
 * per province: 38 at 100,000 procedures) but no identical copy. `national-name` is closer to how a
 * province publishes a national procedure: the same name, its own code, agency and address, and
 * its decision announcing the procedure in the legal basis; the other sections are the national
 * text, so their chunks are identical across provinces (pgvector keeps up to 10 identical vectors
 * in one graph element, and each group of them links mostly to itself: recall is lower still).
 */
export type VariantStyle = 'province-in-name' | 'national-name';

/** The index-th province variant: provinces in turn, each with every procedure. */
export function provinceVariant(procedures: readonly Procedure[], index: number, style: VariantStyle = 'province-in-name'): Procedure {
  const procedure = procedures[index % procedures.length]!;
  const provinceIndex = Math.floor(index / procedures.length);
  const province = PROVINCES[provinceIndex]!;
  return {
    ...procedure,
    code: syntheticCode(index),
    nationalCode: procedure.code,
    name: style === 'province-in-name' ? `${procedure.name} – ${province}` : procedure.name,
    agency: `${procedure.agency ?? 'Cơ quan có thẩm quyền'} ${province}`,
    address: procedure.address ? `${procedure.address}, ${province}` : province,
    legalBasis:
      style === 'province-in-name'
        ? procedure.legalBasis
        : [
            ...procedure.legalBasis,
            {
              code: `${101 + provinceIndex}/QĐ-UBND`,
              title: `Quyết định công bố danh mục thủ tục hành chính của Chủ tịch Ủy ban nhân dân ${province}`,
            },
          ],
  };
}

/**
 * Province variants of the real procedures, province by province, from `start` until `target`.
 * Yields batches so a caller can stream them into the store without holding the corpus in memory.
 */
export function* provinceVariants(
  procedures: readonly Procedure[],
  target: number,
  options: { batchSize?: number; start?: number; style?: VariantStyle } = {},
): Generator<Procedure[]> {
  const { batchSize = 500, start = 0, style = 'province-in-name' } = options;
  const end = Math.min(target, maxVariants(procedures));
  for (let from = start; from < end; from += batchSize) {
    const batch: Procedure[] = [];
    for (let index = from; index < Math.min(end, from + batchSize); index++) batch.push(provinceVariant(procedures, index, style));
    yield batch;
  }
}
