import type { Level } from '../model/procedure.ts';
import { bigrams, contentTokens, expandQuery, fold, syllables } from '../text/index.ts';
import { levelHints } from './level-hints.ts';
import { spaced } from './name-match.ts';

/** What retrieval needs from a question: folded text, lexicon-expanded tokens and phrases, typed codes. */
export interface QueryTerms {
  /** The question folded (lowercase, no diacritics). */
  folded: string;
  /** Folded question plus the identifying official terms the lexicon mapped colloquial words to. */
  expanded: string;
  /** The question (NFC) without what-is-asked phrases ("mất mấy ngày"): what identifies the procedure. */
  identifying: string;
  /** Unique content tokens (no stopwords) of the identifying text first, then expansion-only tokens. */
  tokens: string[];
  /** Adjacent content-token pairs of the expanded text, as "a_b". */
  phrases: string[];
  /** Procedure codes typed in the question, e.g. 1.004222. */
  codes: string[];
  /** Official terms (NFC) the lexicon matched, e.g. "đăng ký thường trú" for "nhập hộ khẩu". */
  officialTerms: string[];
  /** The folded question, and the same with each colloquial phrase replaced by its official term, space-padded. */
  surfaces: string[];
  /** Levels the question points to ("ở phường" → xã). */
  levels: Level[];
}

const CODE = /(?<![\d.])([1-9])\.(\d{6})(?![\d])/g;
/** Longer messages are cut to their first tokens so one rambling message cannot build a huge query. */
const MAX_TOKENS = 40;

/**
 * Official terms the lexicon gives for what is asked or where ("bao lâu" → "thời hạn giải quyết",
 * "ở phường" → "cấp xã"), not for which procedure: their words ("giải quyết", "phí") appear in many
 * procedure names and would pull the wrong ones up. Levels are matched separately.
 */
export const NOT_IDENTIFYING: ReadonlySet<string> = new Set(
  [
    'thời hạn giải quyết', 'lệ phí', 'thành phần hồ sơ', 'trình tự thực hiện', 'cơ quan thực hiện', 'căn cứ pháp lý',
    'kết quả thực hiện', 'yêu cầu, điều kiện', 'dịch vụ công trực tuyến', 'dịch vụ bưu chính', 'thủ tục hành chính',
    'tra cứu', 'cấp xã', 'cấp huyện', 'công an cấp xã', 'ủy ban nhân dân',
  ].map(fold),
);

export function analyzeQuery(query: string): QueryTerms {
  const { folded, matched } = expandQuery(query);
  const officialTerms = [...new Set(matched.map((m) => m.to))].filter((term) => !NOT_IDENTIFYING.has(fold(term)));
  // "mất mấy ngày", "cần giấy tờ gì": what is asked, not which procedure; searched for without them.
  const aspectPhrases = matched.filter((m) => NOT_IDENTIFYING.has(fold(m.to))).map((m) => m.from);
  const identifying = withoutPhrases(query, aspectPhrases);
  const identifyingSyllables = new Set(syllables(identifying));
  const own = contentTokens(query).filter((t) => identifyingSyllables.has(t));
  const ownSet = new Set(syllables(query));
  const added = officialTerms.flatMap((term) => contentTokens(term)).filter((t) => !ownSet.has(t));
  const tokens = [...new Set([...own, ...added])].filter(isSearchable).slice(0, MAX_TOKENS);
  const tokenSet = new Set(tokens);
  const expanded = [folded, ...officialTerms.map(fold)].join(' ');
  // Pairs within the question and within each official term, never across the seam between them.
  const phrases = [...new Set([query, ...officialTerms].flatMap((text) => bigrams(syllables(text))))].filter((pair) => {
    const [a, b] = pair.split('_');
    return a !== undefined && b !== undefined && a !== b && tokenSet.has(a) && tokenSet.has(b);
  });
  const codes = [...new Set([...fold(query).matchAll(CODE)].map((m) => `${m[1]}.${m[2]}`))];
  let substituted = spaced(folded);
  for (const m of matched.filter((m) => officialTerms.includes(m.to))) substituted = substituted.replace(spaced(m.from), spaced(fold(m.to)));
  const surfaces = [...new Set([spaced(folded), substituted])];
  return { folded, expanded, identifying, tokens, phrases, codes, officialTerms, surfaces, levels: levelHints(folded) };
}

/**
 * The text with the given folded phrases removed, word for word, keeping the writer's accents.
 * The whole text comes back when nothing would remain ("mất bao nhiêu tiền" alone).
 */
function withoutPhrases(text: string, phrases: readonly string[]): string {
  if (phrases.length === 0) return text.normalize('NFC');
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const folded = words.map((w) => fold(w).replace(/[^a-z0-9]+/g, ''));
  const drop = new Set<number>();
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= folded.length; i++) {
      if (parts.every((part, k) => folded[i + k] === part)) for (let k = 0; k < parts.length; k++) drop.add(i + k);
    }
  }
  const kept = words.filter((_, i) => !drop.has(i));
  return kept.some((w) => /[\p{L}\p{N}]/u.test(w)) ? kept.join(' ') : text.normalize('NFC');
}

/** Tokens that full-text search can use: ASCII letters or digits only, at most 30 characters. */
function isSearchable(token: string): boolean {
  return /^[a-z0-9]{1,30}$/.test(token);
}
