import { foldText } from '../understand/fold.ts';

/**
 * "xem chi tiết", "cho xem đầy đủ", "đọc nguyên văn giúp tôi": the citizen asks for the full official
 * wording of the answer just given (every short answer offers it). Only a short message that is
 * mostly this request counts, so "chi tiết hồ sơ đăng ký kết hôn" stays a question of its own.
 */
const DETAIL = /\b(chi tiet|day du|dau du|nguyen van|toan bo|cu the hon|ro hon)\b/;
const ASK = /^(?:(?:cho|muon|can|xin|ban|toi|minh|em|anh|chi|xem|doc|nghe|noi|gui|hien|mo|them|noi dung|thong tin|giay to|ho so|cac buoc|buoc|thu tuc|le phi|phi|thoi gian|noi nop|dieu kien|mau|to khai)\s+)*$/;
const POLITE = /(?:\s+(?:di|nhe|nha|a|ah|voi|giup|giup toi|giup minh|duoc khong|dc k|dc ko|duoc ko|hon|ra|lai|mot chut))+$/;
const MAX_WORDS = 8;

export function asksForDetail(text: string): boolean {
  const folded = foldText(text);
  if (folded === '' || folded.split(' ').length > MAX_WORDS) return false;
  const match = folded.match(DETAIL);
  if (!match || match.index === undefined) return false;
  const before = folded.slice(0, match.index);
  const after = folded.slice(match.index + match[0].length).replace(POLITE, '').trim();
  return ASK.test(before) && (after === '' || ASK.test(`${after} `));
}
