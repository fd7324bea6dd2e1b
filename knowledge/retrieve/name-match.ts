import { contentTokens } from '../text/index.ts';
import { nameIdf, type CorpusStats } from './corpus-stats.ts';
import type { QueryTerms } from './query-terms.ts';

export interface NameMatch {
  /** 0..1: how well the question covers this procedure's name and the name covers the question. */
  score: number;
  /** Share (IDF-weighted) of the name's words found in the question. */
  nameCoverage: number;
  /** Share (IDF-weighted) of the question's words found in the name. */
  queryCoverage: number;
  /** The whole name (without "Thủ tục" and a trailing "(thực hiện tại …)") appears in the question. */
  exact: boolean;
}

/** Leading "thủ tục" and trailing parenthetical level notes are not part of what citizens call a procedure. */
export function nameCore(nameFolded: string): string {
  return nameFolded
    .replace(/^thu tuc\s+/, '')
    .replace(/\s*\([^)]*\)?\s*[.;:]?\s*$/, '')
    .replace(/[.;:,\s]+$/, '')
    .trim();
}

const spaced = (text: string): string => ` ${text.replace(/[^a-z0-9]+/g, ' ').trim()} `;

/**
 * Scores a procedure name against the question with IDF weights, so "khai sinh" counts far more
 * than "đăng ký", and a name with extra qualifiers the question never mentions ("có yếu tố nước
 * ngoài") scores below the plain one.
 */
export function matchName(terms: QueryTerms, nameFolded: string, stats: CorpusStats): NameMatch {
  const sequence = contentTokens(nameFolded);
  const nameTokens = [...new Set(sequence)];
  const query = new Set(terms.tokens);
  let nameWeight = 0;
  let shared = 0;
  for (const token of nameTokens) {
    const idf = nameIdf(stats, token);
    nameWeight += idf;
    if (query.has(token)) shared += idf;
  }
  let queryWeight = 0;
  for (const token of query) if (stats.nameDocumentFrequency.has(token)) queryWeight += nameIdf(stats, token);
  const phrases = new Set(terms.phrases);
  const namePairs = [...new Set(pairs(sequence))];
  const phraseCoverage = namePairs.length ? namePairs.filter((p) => phrases.has(p)).length / namePairs.length : 0;
  const nameCoverage = nameWeight ? shared / nameWeight : 0;
  const queryCoverage = queryWeight ? shared / queryWeight : 0;
  const core = nameCore(nameFolded);
  const exact = core.split(' ').length >= 2 && spaced(terms.expanded).includes(spaced(core));
  const score = 0.5 * nameCoverage + 0.3 * queryCoverage + 0.2 * phraseCoverage;
  return { score, nameCoverage, queryCoverage, exact };
}

function pairs(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) out.push(`${tokens[i - 1]}_${tokens[i]}`);
  return out;
}
