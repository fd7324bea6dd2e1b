import { accentedWords, foldedWords } from '../understand/fold.ts';
import { findHits } from '../understand/phrases.ts';

/**
 * Lifecycle variants of one service: first issue, renewal (cấp đổi), reissue after loss (cấp lại),
 * extension, deletion, change… Citizens say which one they need ("bị mất", "hết hạn", "lần đầu")
 * far more reliably than retrieval scores tell "Cấp đổi" from "Cấp lại", so the words decide
 * among close candidates. Listed by priority: "khôi phục hộ chiếu đã báo mất" is a restoration.
 */
interface Variant {
  id: string;
  /** How citizens say it (folded phrases). */
  said: readonly string[];
  /**
   * How procedure names say it, with diacritics: names are official text, and folded "cấp đổi" would
   * also be "trợ cấp đối với", "báo mất" also "bảo mật". Empty for the first issue (a name with no variant).
   */
  named: readonly string[];
}

const VARIANTS: readonly Variant[] = [
  { id: 'restore', said: ['khoi phuc', 'tim lai duoc', 'tim thay', 'tim lai', 'dung lai duoc'], named: ['khôi phục'] },
  { id: 'copy', said: ['ban sao', 'ban xao', 'trich luc', 'sao y', 'photo', 'xin lai ban', 'cap ban sao'], named: ['bản sao', 'trích lục'] },
  { id: 'extend', said: ['gia han', 'het han tam tru', 'sap het han tam tru', 'o them'], named: ['gia hạn'] },
  { id: 'delete', said: ['xoa', 'xoa ten', 'xoa dang ky'], named: ['xóa'] },
  { id: 'stop', said: ['cham dut', 'dong cua', 'giai the', 'nghi han', 'khong kinh doanh nua', 'dung kinh doanh', 'dong ho kinh doanh'], named: ['chấm dứt'] },
  { id: 'pause', said: ['tam ngung', 'tam nghi', 'nghi tam thoi', 'nghi ban', 'nghi vai thang', 'tam dung'], named: ['tạm ngừng'] },
  { id: 'adjust', said: ['dieu chinh', 'sua thong tin', 'cap nhat thong tin', 'sua lai thong tin'], named: ['điều chỉnh'] },
  { id: 'change', said: ['thay doi', 'doi dia chi', 'doi ten', 'doi chu', 'doi nganh', 'chuyen dia chi', 'bo sung nganh', 'doi tru so', 'sua doi', 'sua giay', 'sua noi dung'], named: ['thay đổi', 'sửa đổi'] },
  { id: 'report_lost', said: ['trinh bao', 'bao mat', 'khai bao mat'], named: ['trình báo mất', 'báo mất'] },
  {
    id: 'reissue',
    said: [
      'bi mat', 'danh mat', 'lam mat', 'danh roi', 'that lac', 'mat cap', 'bi trom', 'mat the', 'mat can cuoc', 'mat cccd',
      'mat ho chieu', 'mat bang', 'mat giay', 'mat bang lai', 'lam lai', 'cap lai', 'xin lai', 'hu hong', 'bi hong', 'rach', 'bi uot',
    ],
    named: ['cấp lại'],
  },
  {
    id: 'renewal',
    said: [
      'cap doi', 'doi the', 'doi can cuoc', 'doi cccd', 'doi cmnd', 'doi bang', 'doi giay', 'doi gplx', 'doi ho chieu', 'doi sang',
      'doi lai', 'muon doi', 'can doi', 'phai doi', 'di doi', 'de doi', 'xin doi', 'lam doi', 'het han', 'het hang', 'sai thong tin',
      'sai ngay sinh', 'sai ten', 'du 25 tuoi', 'du 40 tuoi', 'du 60 tuoi', 'doi moi',
    ],
    named: ['cấp đổi', 'đổi giấy phép'],
  },
  { id: 'first', said: ['lan dau', 'moi lam', 'chua co', 'chua tung', 'lam moi', 'cap moi', 'chua lam bao gio', 'lan thu nhat'], named: [] },
];

/** Words that name a variant in procedure names ("cấp lại", "trình báo mất"): never the subject. */
export const VARIANT_WORDS: ReadonlySet<string> = new Set(VARIANTS.flatMap((v) => v.named.flatMap((p) => foldedWords(p))));

const NAMED_LEXICON = Object.fromEntries(VARIANTS.filter((v) => v.named.length > 0).map((v) => [v.id, v.named.map((p) => accentedWords(p).join(' '))]));
const SAID_LEXICON = Object.fromEntries(VARIANTS.map((v) => [v.id, v.said]));
const ORDER = VARIANTS.map((v) => v.id);

/** "đổi" folds like "đợi" (wait): alone it means renewal unless it reads as waiting ("đợi bao lâu"). */
const WAITING_AFTER = new Set(['lau', 'may', 'den', 'toi', 'ket']);

function saysRenewal(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (w !== 'doi' || words[i - 1] === 'thay' || words[i - 1] === 'cho') return false;
    const next = words[i + 1] ?? '';
    return !WAITING_AFTER.has(next) && !(next === 'bao' && words[i + 2] === 'lau');
  });
}

/** Variant ids the citizen named, by priority. */
export function saidVariants(words: readonly string[]): string[] {
  const hits = new Set(findHits(words, SAID_LEXICON).map((h) => h.tag));
  if (saysRenewal(words)) hits.add('renewal');
  return ORDER.filter((id) => hits.has(id));
}

/** Variant ids in a procedure name; empty for the plain service ("Cấp thẻ căn cước"). */
export function namedVariants(name: string): string[] {
  const words = accentedWords(name);
  return [...new Set(findHits(words, NAMED_LEXICON).map((h) => h.tag))];
}

/**
 * A name that lists the plain service before its variants also serves the citizen who needs it the
 * first time: a bare verb ahead of the list ("Cấp, cấp lại, chuyển đổi giấy chứng nhận …", "Đăng ký,
 * điều chỉnh đóng BHXH …"), or the same object issued and then reissued ("Cấp Giấy chứng nhận lưu
 * hành thuốc thú y; Cấp lại Giấy chứng nhận lưu hành thuốc thú y …"). A variant in a later clause
 * about something else ("Đăng ký sử dụng tài khoản …; thay đổi hồ sơ pháp lý") does not count.
 */
export function servesFirstIssue(name: string): boolean {
  if (namedVariants(name).length === 0) return true;
  const [head = [], ...rest] = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,;]/)
    .map((clause) => accentedWords(clause));
  if (rest.length === 0 || namedVariants(head.join(' ')).length > 0) return false;
  if (head.length <= 2) return true;
  const object = head.slice(1);
  return rest.some((clause) => namedVariants(clause.join(' ')).length > 0 && object.every((w) => clause.includes(w)));
}

function fits(name: string, variant: string): boolean {
  return variant === 'first' ? servesFirstIssue(name) : namedVariants(name).includes(variant);
}

/**
 * A permit "hết hạn" is extended (gia hạn) where a card is renewed (cấp đổi): what the citizen said
 * decides between close candidates, but rules neither out.
 */
const FITTING: Readonly<Record<string, readonly string[]>> = { renewal: ['renewal', 'extend'] };

/** The procedure is a variant the citizen named, or they named none ("bị mất" rules out a renewal). */
export function fitsSaid(said: readonly string[], name: string): boolean {
  return said.length === 0 || said.some((variant) => (FITTING[variant] ?? [variant]).some((v) => fits(name, v)));
}

/**
 * Keeps the candidates whose variant the citizen named (the first named variant any candidate
 * has); with no variant named, keeps the plain services. Never returns an empty list.
 */
export function narrowByVariant<T extends { procedure: { name: string } }>(said: readonly string[], candidates: readonly T[]): T[] {
  for (const variant of said) {
    const matching = candidates.filter((c) => fits(c.procedure.name, variant));
    if (matching.length > 0) return matching;
  }
  if (said.length > 0) return [...candidates];
  const plain = candidates.filter((c) => servesFirstIssue(c.procedure.name));
  return plain.length > 0 ? plain : [...candidates];
}
