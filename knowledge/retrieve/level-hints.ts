import type { Level } from '../model/procedure.ts';

/**
 * Words that say at which level the citizen goes: "ở phường", "công an tỉnh", "Cục Quản lý xuất
 * nhập cảnh". Many procedures exist at several levels with the same name, so a hint decides
 * between them. Patterns run on folded text and avoid bare "xa"/"tinh"/"bo" (xa = far, tình, bộ hồ sơ).
 */
const HINTS: ReadonlyArray<[Level, RegExp]> = [
  ['bộ', /\b(cap trung uong|trung uong|cap bo|bo cong an|bo tu phap|bo tai chinh|bo xay dung|bo nong nghiep|ngan hang nha nuoc|cuc [a-z]+|trung tam du lieu quoc gia)\b/],
  ['tỉnh', /\b(cap tinh|cong an tinh|o tinh|tai tinh|len tinh|so [a-z]+|ubnd tinh|uy ban nhan dan tinh|thanh pho truc thuoc)\b/],
  ['xã', /\b(cap xa|o xa|tai xa|len xa|ve xa|ubnd xa|uy ban (nhan dan )?xa|cong an xa|phuong|thi tran)\b/],
];

export function levelHints(folded: string): Level[] {
  return HINTS.filter(([, pattern]) => pattern.test(folded)).map(([level]) => level);
}
