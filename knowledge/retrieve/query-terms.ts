import { bigrams, contentTokens, expandQuery, fold, syllables } from '../text/index.ts';

/** What retrieval needs from a question: folded text, lexicon-expanded tokens and phrases, typed codes. */
export interface QueryTerms {
  /** The question folded (lowercase, no diacritics). */
  folded: string;
  /** Folded question plus the official terms the lexicon mapped colloquial words to. */
  expanded: string;
  /** Unique content tokens (no stopwords), question tokens first, then expansion-only tokens. */
  tokens: string[];
  /** Adjacent content-token pairs of the expanded text, as "a_b". */
  phrases: string[];
  /** Procedure codes typed in the question, e.g. 1.004222. */
  codes: string[];
  /** Official terms (NFC) the lexicon matched, e.g. "đăng ký thường trú" for "nhập hộ khẩu". */
  officialTerms: string[];
}

const CODE = /(?<![\d.])([1-9])\.(\d{6})(?![\d])/g;
/** Longer messages are cut to their first tokens so one rambling message cannot build a huge query. */
const MAX_TOKENS = 40;

export function analyzeQuery(query: string): QueryTerms {
  const { folded, expanded, matched } = expandQuery(query);
  const own = contentTokens(query);
  const ownSet = new Set(syllables(query));
  const added = contentTokens(expanded).filter((t) => !ownSet.has(t));
  const tokens = [...new Set([...own, ...added])].filter(isSearchable).slice(0, MAX_TOKENS);
  const tokenSet = new Set(tokens);
  const phrases = [...new Set(bigrams(syllables(expanded)))].filter((pair) => {
    const [a, b] = pair.split('_');
    return a !== undefined && b !== undefined && a !== b && tokenSet.has(a) && tokenSet.has(b);
  });
  const codes = [...new Set([...fold(query).matchAll(CODE)].map((m) => `${m[1]}.${m[2]}`))];
  return { folded, expanded, tokens, phrases, codes, officialTerms: [...new Set(matched.map((m) => m.to))] };
}

/** Tokens that full-text search can use: ASCII letters or digits only, at most 30 characters. */
function isSearchable(token: string): boolean {
  return /^[a-z0-9]{1,30}$/.test(token);
}
