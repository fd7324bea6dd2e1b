import type { Database } from '../../platform/db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { bankFeatures, type BankCentroids, type BankClass, type BankHit, type BankIndex } from '../examples/index.ts';
import { matchLifeEvents, type LifeEventMatch } from '../events/index.ts';
import type { ChunkHit } from './chunk-hit.ts';
import type { CorpusStats, createStatsCache } from './corpus-stats.ts';
import { matchesFilters, type ProcedureFacts, type RetrievalFilters } from './filters.ts';
import { loadCandidates } from './load-rows.ts';
import { nameCandidates, nameEntry } from './name-index.ts';
import { keepLongestExact, matchName, prepareNameQuery, type NameMatch } from './name-match.ts';
import { analyzeQuery, type QueryTerms } from './query-terms.ts';
import { buildTsQuery, searchText, type TextQueryLimits } from './text-search.ts';
import { searchVectors } from './vector-search.ts';

/** Everything the fusion step weighs for one question; kept whole so weights can be tuned offline. */
export interface Evidence {
  terms: QueryTerms;
  vector: ChunkHit[];
  text: ChunkHit[];
  candidates: Map<string, ProcedureFacts>;
  names: Map<string, NameMatch>;
  /** Procedures whose example phrasings match the question, best first (empty without a bank). */
  bank: BankHit[];
  /**
   * Procedures whose phrasings together are closest to the question, best first, then the few the
   * classifier's softmax prefers further down (empty without a bank).
   */
  classes: BankClass[];
  /**
   * Life events the question describes, their procedures limited to the corpus (and filters). They
   * are not added as candidates: beside the bank they did not help ranking (fuse.ts, weight event).
   */
  events: LifeEventMatch[];
  maxPopularity: number;
}

/** Procedures the softmax prefers that join the candidates even when their cosine ranks lower. */
const SOFTMAX_CANDIDATES = 3;

export interface GatherLimits {
  vectorCandidates: number;
  textCandidates: number;
  nameCandidates: number;
  /** Procedures proposed by the example-question bank. */
  bankCandidates: number;
  text: TextQueryLimits;
}

/**
 * Runs the three searches for a question: HNSW over chunk vectors and full-text over chunk text
 * (in parallel, in the database), and names in memory; then loads the candidates (filters apply)
 * and scores every candidate's name.
 */
export async function gatherEvidence(
  database: Database,
  embedder: Embedder,
  stats: ReturnType<typeof createStatsCache>,
  limits: GatherLimits,
  query: string,
  filters?: RetrievalFilters,
  bankIndex?: BankIndex | null,
  classifier?: (names: CorpusStats['names']) => Promise<BankCentroids | null>,
): Promise<Evidence> {
  const terms = analyzeQuery(query);
  const corpus = await stats.get();
  const tsQuery = buildTsQuery(terms, corpus, limits.text);
  // The database searches start first; names are matched in memory while they run.
  const searches = Promise.all([
    embedder.embedQuery(embeddingText(terms)).then((v) => searchVectors(database, v, limits.vectorCandidates, filters, corpus.chunks)),
    tsQuery ? searchText(database, tsQuery, limits.textCandidates, filters) : Promise.resolve([]),
  ]);
  const nameQuery = prepareNameQuery(terms, corpus.names);
  const byName = nameCandidates(corpus.names, terms.tokens, limits.nameCandidates * 5)
    .filter((entry) => !filters || matchesFilters(corpus.procedures.get(entry.code)!, filters))
    .map((entry) => ({ entry, match: matchName(nameQuery, entry, corpus.names) }))
    .filter((n) => n.match.score > 0)
    .sort((a, b) => b.match.score - a.match.score)
    .slice(0, limits.nameCandidates);
  // The bank, its classifier and the life events know procedures by code: only those in the corpus (and filters) count.
  const held = (code: string) => corpus.procedures.has(code) && (!filters || matchesFilters(corpus.procedures.get(code)!, filters));
  const features = bankIndex ? bankFeatures(query) : [];
  const bank = (bankIndex?.searchFeatures(features, limits.bankCandidates * 3) ?? []).filter((hit) => held(hit.code)).slice(0, limits.bankCandidates);
  // The classifier is learned once per set of names, in a worker thread: the first search of a
  // process may wait for it. Awaited with the searches, so that neither fails unobserved.
  const [[vector, text], centroids] = await Promise.all([searches, classifier?.(corpus.names)]);
  const classified = (centroids?.classify(features, limits.bankCandidates * 3) ?? []).filter((c) => held(c.code));
  // The closest by cosine, and the few the softmax prefers among look-alikes further down.
  const likeliest = [...classified].sort((a, b) => b.probability - a.probability).slice(0, SOFTMAX_CANDIDATES).filter((c) => c.probability > 0);
  const classes = [...new Set([...classified.slice(0, limits.bankCandidates), ...likeliest])];
  const events = matchLifeEvents(query)
    .map((event) => ({ ...event, procedures: event.procedures.filter(held) }))
    .filter((event) => event.procedures.length > 0);
  const codes = new Set([
    ...terms.codes, ...byName.map((n) => n.entry.code), ...bank.map((h) => h.code), ...classes.map((c) => c.code), ...vector.map((h) => h.code), ...text.map((h) => h.code),
  ]);
  const candidates = await loadCandidates(database, [...codes], corpus.procedures, filters);
  const names = new Map<string, NameMatch>();
  const cores = new Map<string, string>();
  const known = new Map(byName.map((n) => [n.entry.code, n.match]));
  for (const candidate of candidates.values()) {
    const entry = corpus.names.byCode.get(candidate.code) ?? nameEntry(candidate.code, candidate.nameFolded, corpus.names.idf);
    const match = known.get(candidate.code) ?? matchName(nameQuery, entry, corpus.names);
    names.set(candidate.code, match);
    cores.set(candidate.code, entry.spacedCore);
  }
  keepLongestExact(names, cores);
  return { terms, vector, text, candidates, names, bank, classes, events, maxPopularity: corpus.maxPopularity };
}

/** The question as typed, plus the official terms the lexicon matched, so embeddings see both. */
function embeddingText(terms: QueryTerms): string {
  const text = terms.identifying;
  return terms.officialTerms.length ? `${text}\n${terms.officialTerms.join('; ')}` : text;
}
