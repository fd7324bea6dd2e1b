import { fold, foldAligned } from './normalize.ts';
import { foldedSyllables } from './tokens.ts';

/*
 * Vietnamese stopwords, in two tiers, because folding merges words: "thì" and "thị" (thị thực,
 * visa) both fold to "thi"; "thế"/"thẻ" → "the"; "của"/"cửa" (cửa khẩu) → "cua"; "đang"/"đăng"
 * (đăng ký) → "dang"; "mà"/"mã" (mã số thuế) → "ma"; "đó"/"đỏ" (sổ đỏ) → "do".
 *
 * - STOPWORDS (folded) are dropped whether or not the writer typed accents: every word that folds
 *   to them is filler in a question about procedures (checked against the corpus: "duoc" stays
 *   out because of "dược", "nao" because of "nạo vét").
 * - ACCENTED_STOPWORDS are dropped only when the text carries diacritics, so "thì" goes but an
 *   unaccented "the" (thẻ?) or "toi" (tội?) stays.
 *
 * Deliberately NOT stopwords: "cho" (cho thuê, cấp cho, cho vay, cho con), "con" (con nuôi,
 * con dấu, nhận cha mẹ con), "em" (trẻ em), "anh" (Anh hùng), "bà" (Bà mẹ Việt Nam anh hùng),
 * "thế" (thế chấp, thay thế), "từ" (từ chối), "hộ" (hộ tịch, hộ chiếu), "thôi" (thôi quốc tịch),
 * "có" (có yếu tố nước ngoài), "trong" (ở trong nước vs ở nước ngoài), "làm" (làm con nuôi),
 * "xin" (xin phép), "sao" (bản sao), "bao" (khai báo), question words that the lexicon turns
 * into intents ("bao nhiêu tiền", "bao lâu"). "cho" is removed only inside the filler phrases
 * below ("cho tôi hỏi"), never alone: in "làm cho con" both "cho" and "con" stay. "thế" likewise
 * goes only in phrases ("thế nào", "thế thì", "sao thế").
 * Accepted loss: "bác", "cháu", "cô", "chú" are pronouns in nearly every question, but one
 * adoption procedure names them as relatives ("cô, cậu, dì, chú, bác ruột nhận cháu"); its other
 * words (nhận, con nuôi) still find it.
 */

export const STOPWORDS: ReadonlySet<string> = new Set([
  // Particles and interjections: ạ/à/á, ơi, nhé, ừ, nè, and chat words.
  'a', 'oi', 'nhe', 'u', 'uh', 'uhm', 'um', 'ah', 'ne', 'ok', 'oke', 'okay',
  // Function words whose folded form has no content homograph in procedure vocabulary.
  'va', 'cac', 'nhung', 'voi', 'nay', 'kia', 'ay', 'gi', 'hay', 'neu', 'luon',
  'giup', 'dum',
  // How chat users address the page ("ad ơi", spelt out as "admin").
  'admin',
]);

export const ACCENTED_STOPWORDS: ReadonlySet<string> = new Set([
  'là', 'thì', 'mà', 'của', 'vậy', 'cái', 'đó', 'đấy', 'ấy', 'nhé', 'nhá', 'nhỉ', 'hả', 'hử',
  'vâng', 'dạ', 'ừ', 'ờ', 'ơi', 'à', 'ạ', 'tôi', 'tui', 'mình', 'tớ', 'bác', 'cháu', 'chị', 'ông',
  'cô', 'chú', 'hỏi', 'muốn', 'cần', 'biết', 'nhờ', 'giùm', 'đã', 'đang', 'bị', 'về', 'ở', 'để',
  'đâu', 'khi', 'vì', 'sẽ', 'rồi', 'cũng', 'vẫn', 'đây', 'được', 'nào',
]);

/**
 * Folded words that are usually filler in an unaccented question but may be content: an embedder
 * can give them a small weight instead of dropping them. Only folds of ACCENTED_STOPWORDS whose
 * filler reading dominates; "can" (cần/căn cước), "dang" (đang/đăng ký), "thi" (thì/thị thực),
 * "chi", "co", "hoi", "minh", "dau", "khi" and the like are left at full weight.
 */
export const AMBIGUOUS_STOPWORDS: ReadonlySet<string> = new Set([
  'la', 'cua', 'cai', 'da', 'toi', 'tui', 'bac', 'chau', 'ong', 'muon', 'biet', 'gium', 'bi', 've',
  'se', 'roi', 'duoc', 'nao', 'nhi',
]);

/** Multi-syllable fillers (folded). Removed as whole phrases only. */
export const FILLER_PHRASES: readonly (readonly string[])[] = [
  'cho toi hoi', 'cho em hoi', 'cho chau hoi', 'cho minh hoi', 'cho con hoi', 'cho bac hoi',
  'cho hoi', 'xin hoi', 'toi muon hoi', 'em muon hoi', 'chau muon hoi', 'lam on',
  'xin chao', 'chao ban', 'chao anh', 'chao chi', 'chao em', 'cam on', 'xin cam on', 'thank you',
  'lam sao', 'nhu the nao', 'the nao', 'ra sao', 'co duoc khong', 'duoc khong', 'phai khong',
  'co phai', 'toi can', 'toi muon', 'em muon', 'chau muon', 'minh muon', 'the thi', 'sao the',
  'vay thi', 'the a', 'the nhe',
].map((phrase) => phrase.split(' '));

const PHRASES_BY_HEAD = new Map<string, (readonly string[])[]>();
for (const phrase of [...FILLER_PHRASES].sort((a, b) => b.length - a.length)) {
  const head = phrase[0] ?? '';
  PHRASES_BY_HEAD.set(head, [...(PHRASES_BY_HEAD.get(head) ?? []), phrase]);
}

/** Length of the longest filler phrase starting at `tokens[start]`, or 0. */
function fillerLength(tokens: readonly string[], start: number): number {
  for (const phrase of PHRASES_BY_HEAD.get(tokens[start] ?? '') ?? []) {
    if (phrase.every((syllable, k) => tokens[start + k] === syllable)) return phrase.length;
  }
  return 0;
}

/** Folds of ACCENTED_STOPWORDS: only these tokens need a look at their accents. */
const ACCENTED_FOLDS: ReadonlySet<string> = new Set([...ACCENTED_STOPWORDS].map((word) => fold(word)));

/** Folded syllables without stopwords and filler phrases. */
export function contentTokens(text: string): string[] {
  const { folded, original, accented } = foldAligned(text);
  const starts: number[] = [];
  const tokens = foldedSyllables(folded, starts);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const skip = fillerLength(tokens, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    const token = tokens[i] as string;
    if (!STOPWORDS.has(token) && !(accented && isAccentedStopword(token, original, starts[i] as number))) out.push(token);
    i++;
  }
  return out;
}

/** `original` is aligned with the folded text, so the token's accented spelling sits at the same offset. */
function isAccentedStopword(token: string, original: string, start: number): boolean {
  if (!ACCENTED_FOLDS.has(token)) return false;
  return ACCENTED_STOPWORDS.has(original.slice(start, start + token.length).toLowerCase());
}
