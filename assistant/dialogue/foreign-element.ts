import type { Procedure } from '../../knowledge/index.ts';
import { foldText } from '../understand/fold.ts';
import { findHits } from '../understand/phrases.ts';
import { sameService } from './same-service.ts';

/**
 * Civil-status procedures exist twice: for Vietnamese citizens, and "có yếu tố nước ngoài" when a
 * foreigner, a birth abroad or a Vietnamese living abroad is involved (Law on Civil Status, art. 3).
 * Citizens never say "yếu tố nước ngoài"; they say "chồng em người Hàn", "sinh ở Nhật". Country
 * names that fold into common words ("Hàn" / "hạn", "Nhật" / "nhất") count only after "người",
 * "ở", "bên", "sang".
 */
const COUNTRIES = ['han quoc', 'nhat ban', 'trung quoc', 'dai loan', 'hong kong', 'singapore', 'malaysia', 'thai lan', 'campuchia', 'indonesia', 'philippines', 'an do', 'canada', 'hoa ky', 'nuoc my', 'nuoc anh', 'nuoc phap', 'nuoc duc', 'nuoc nga', 'nuoc uc', 'chau au'];
/** Short names that are also place names or common words after "ở" ("ở Mỹ Đình", "ở hẳn", "ở Lào Cai"); "Anh", "Trung" never alone ("người anh", "người trung gian"). */
const AFTER_PERSON = ['han', 'my', 'duc', 'lao', 'nga'];
const AFTER_PLACE = ['nhat', 'uc', 'phap'];
const FOREIGN_SAID = [
  'nuoc ngoai', 'ngoai quoc', 'viet kieu', 'quoc tich', 'xuat khau lao dong', 'nguoi tay', 'ong tay', 'ba tay',
  ...COUNTRIES,
  ...['nguoi', 'ng', 'sang', 'ben'].flatMap((b) => [...AFTER_PERSON, ...AFTER_PLACE].map((c) => `${b} ${c}`)),
  ...['o', 'tai', 'quoc tich'].flatMap((b) => AFTER_PLACE.map((c) => `${b} ${c}`)),
];
const LEXICON = { foreign: FOREIGN_SAID };

export function mentionsForeignElement(words: readonly string[]): boolean {
  return findHits(words, LEXICON).length > 0;
}

/** "có yếu tố nước ngoài", "định cư ở nước ngoài", and services for foreigners ("Cấp thị thực cho người nước ngoài"). */
function foreignVariant(name: string): boolean {
  return ` ${foldText(name)} `.includes(' nuoc ngoai ');
}

/** Name words that say nothing of the service itself: the foreign element, "thủ tục đăng ký", function words. */
const NOT_SUBJECT = new Set(
  'thu tuc dang ky cap giay chung nhan phep co cho cua tai va o trong tu nguoi nuoc ngoai yeu to viet nam dinh cu thuc hien'.split(' '),
);

/** The name speaks of something the citizen said ("khai sinh"), not only of the foreign element. */
function sharesSubject(words: ReadonlySet<string>, name: string): boolean {
  return foldText(name).split(' ').some((w) => !NOT_SUBJECT.has(w) && words.has(w));
}

/**
 * With a foreign element named, the candidates for that case, if any; otherwise the list as is.
 * Only a foreign case of what the question is about counts (the first candidate, its service, or
 * something the citizen named): "bên Úc" in a question about a passport does not make it a
 * question about a foreign marriage.
 */
export function narrowByForeignElement<T extends { procedure: Procedure }>(words: readonly string[], candidates: readonly T[]): T[] {
  const [first] = candidates;
  if (!first || !mentionsForeignElement(words)) return [...candidates];
  const said = new Set(words);
  const about = (c: T) => c === first || sameService(first, c) || sharesSubject(said, c.procedure.name);
  const matching = candidates.filter((c) => foreignVariant(c.procedure.name) && about(c));
  return matching.length > 0 ? matching : [...candidates];
}
