import type { NameEntry, NameIndex } from './name-index.ts';
import type { QueryTerms } from './query-terms.ts';

export interface NameMatch {
  /** 0..1: how well the question covers this procedure's name and the name covers the question. */
  score: number;
  /** Share (IDF-weighted) of the name's words found in the question. */
  nameCoverage: number;
  /** Share (IDF-weighted) of the question's words found in the name. */
  queryCoverage: number;
  /**
   * The whole name (without "Thủ tục" and a trailing "(thực hiện tại …)"), or the first of the
   * services it lists, appears in the question.
   */
  exact: boolean;
}

export const NO_NAME_MATCH: NameMatch = { score: 0, nameCoverage: 0, queryCoverage: 0, exact: false };

/** Leading "thủ tục" and trailing parenthetical level notes are not part of what citizens call a procedure. */
export function nameCore(nameFolded: string): string {
  return nameFolded
    .replace(/^thu tuc\s+/, '')
    .replace(/\s*\([^)]*\)?\s*[.;:]?\s*$/, '')
    .replace(/[.;:,\s]+$/, '')
    .trim();
}

export const spaced = (text: string): string => ` ${text.replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** What name matching needs of a question, computed once per question. */
export interface NameQuery {
  tokens: ReadonlySet<string>;
  /** IDF weight of the question's words that occur in some name. */
  weight: number;
  phrases: ReadonlySet<string>;
  surfaces: readonly string[];
}

export function prepareNameQuery(terms: QueryTerms, index: NameIndex): NameQuery {
  const tokens = new Set(terms.tokens);
  let weight = 0;
  for (const token of tokens) if (index.postings.has(token)) weight += index.idf(token);
  return { tokens, weight, phrases: new Set(terms.phrases), surfaces: terms.surfaces };
}

/**
 * Scores a procedure name against the question with IDF weights, so "khai sinh" counts far more
 * than "đăng ký", and a name with extra qualifiers the question never mentions ("có yếu tố nước
 * ngoài") scores below the plain one.
 */
export function matchName(query: NameQuery, entry: NameEntry, index: NameIndex): NameMatch {
  let shared = 0;
  for (const token of entry.tokens) if (query.tokens.has(token)) shared += index.idf(token);
  if (shared === 0) return NO_NAME_MATCH;
  const nameWeight = entry.weight || entry.tokens.reduce((sum, t) => sum + index.idf(t), 0);
  let pairHits = 0;
  for (const pair of entry.pairs) if (query.phrases.has(pair)) pairHits++;
  const phraseCoverage = entry.pairs.size ? pairHits / entry.pairs.size : 0;
  const nameCoverage = nameWeight ? shared / nameWeight : 0;
  const queryCoverage = query.weight ? shared / query.weight : 0;
  const core = entry.spacedCore;
  const lead = entry.spacedLead;
  const exact = (core.trim().includes(' ') && query.surfaces.some((surface) => surface.includes(core))) || (lead !== '' && query.surfaces.some((surface) => surface.includes(lead)));
  const score = 0.5 * nameCoverage + 0.3 * queryCoverage + 0.2 * phraseCoverage;
  return { score, nameCoverage, queryCoverage, exact };
}

/**
 * When one exact name sits inside another ("đăng ký thường trú" inside "xóa đăng ký thường
 * trú"), only the longer one is what the citizen named.
 */
export function keepLongestExact(matches: Map<string, NameMatch>, spacedCores: ReadonlyMap<string, string>): void {
  const exact = [...matches].filter(([, m]) => m.exact).map(([code]) => ({ code, core: spacedCores.get(code) ?? '  ' }));
  for (const inner of exact) {
    if (exact.some((outer) => outer.core.length > inner.core.length && outer.core.includes(inner.core))) {
      matches.set(inner.code, { ...matches.get(inner.code)!, exact: false });
    }
  }
}
