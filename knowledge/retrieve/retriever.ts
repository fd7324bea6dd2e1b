import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { procedures } from '../store/tables.ts';
import { assignConfidence, DEFAULT_CONFIDENCE, type ConfidenceModel } from './confidence.ts';
import { createStatsCache } from './corpus-stats.ts';
import { DEFAULT_WEIGHTS, fuse, type FusedProcedure, type FusionWeights } from './fuse.ts';
import { loadCandidates, loadRecords, loadSections } from './load-rows.ts';
import { matchName, type NameMatch } from './name-match.ts';
import { analyzeQuery, type QueryTerms } from './query-terms.ts';
import type { ProcedureRetriever, RetrievedProcedure, SearchOptions } from './retriever-contract.ts';
import { buildTsQuery, searchText } from './text-search.ts';
import { searchVectors } from './vector-search.ts';

export interface RetrieverOptions {
  weights?: Partial<FusionWeights>;
  confidence?: ConfidenceModel;
  /** Chunks taken from each of the vector and text lists before fusion. */
  vectorCandidates?: number;
  textCandidates?: number;
  /** Sections returned per procedure. */
  sectionsPerProcedure?: number;
  /** How old corpus statistics (word frequencies, popularity range) may get before a background refresh. */
  statsMaxAgeMs?: number;
}

/** The full ranked list with its evidence, for benchmarks and calibration. */
export interface RankedSearch {
  terms: QueryTerms;
  ranked: FusedProcedure[];
}

export interface KnowledgeRetriever extends ProcedureRetriever {
  /** Fused ranking without loading records: what benchmarks and calibration measure. */
  rank(query: string, options?: SearchOptions): Promise<RankedSearch>;
}

/**
 * Hybrid retrieval: HNSW cosine over chunk vectors, full-text search over folded chunk text with
 * the lexicon-expanded question, typed codes and procedure names, fused per procedure with a
 * small popularity prior, and a calibrated confidence for the assistant's answer/clarify/handoff choice.
 */
export function createRetriever(database: Database, embedder: Embedder, options: RetrieverOptions = {}): KnowledgeRetriever {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const confidenceModel = options.confidence ?? DEFAULT_CONFIDENCE;
  const vectorCandidates = options.vectorCandidates ?? 60;
  const textCandidates = options.textCandidates ?? 150;
  const sectionsPerProcedure = options.sectionsPerProcedure ?? 3;
  const stats = createStatsCache(database, options.statsMaxAgeMs ?? 5 * 60_000);

  async function rank(query: string, { filters }: SearchOptions = {}): Promise<RankedSearch> {
    const terms = analyzeQuery(query);
    const tsQuery = buildTsQuery(terms.tokens, terms.phrases);
    const [corpus, vectorHits, textHits] = await Promise.all([
      stats.get(),
      embedder.embedQuery(embeddingText(query, terms)).then((v) => searchVectors(database, v, vectorCandidates, filters)),
      tsQuery ? searchText(database, tsQuery, textCandidates, filters) : Promise.resolve([]),
    ]);
    const codes = new Set([...terms.codes, ...vectorHits.map((h) => h.code), ...textHits.map((h) => h.code)]);
    const candidates = await loadCandidates(database, [...codes], filters);
    const names = new Map<string, NameMatch>();
    for (const candidate of candidates.values()) names.set(candidate.code, matchName(terms, candidate.nameFolded, corpus));
    const ranked = fuse({ vector: vectorHits, text: textHits }, candidates, names, new Set(terms.codes), corpus.maxPopularity, weights);
    return { terms, ranked };
  }

  return {
    rank,

    async search(query, searchOptions = {}) {
      const limit = Math.max(1, searchOptions.limit ?? 5);
      const { ranked } = await rank(query, searchOptions);
      const top = ranked.slice(0, limit);
      if (top.length === 0) return [];
      const confidences = assignConfidence(ranked, top.length, confidenceModel);
      const sectionIds = top.flatMap((f) => f.chunks.slice(0, sectionsPerProcedure).map((c) => c.hit.id));
      const withoutHits = top.filter((f) => f.chunks.length === 0).map((f) => f.code);
      const [records, sectionRows] = await Promise.all([
        loadRecords(database, top.map((f) => f.code)),
        loadSections(database, sectionIds, withoutHits),
      ]);
      const textById = new Map(sectionRows.map((row) => [Number(row.id), row]));
      const results: RetrievedProcedure[] = [];
      top.forEach((fused, i) => {
        const procedure = records.get(fused.code);
        if (!procedure) return;
        const chosen = fused.chunks.length
          ? fused.chunks.slice(0, sectionsPerProcedure).map((c) => textById.get(c.hit.id))
          : sectionRows.filter((row) => row.code === fused.code);
        const sections = chosen
          .filter((row) => row !== undefined)
          .map((row) => ({ section: row.section, caseLabel: row.case_label, text: row.text }));
        results.push({ procedure, score: fused.score, confidence: confidences[i] ?? 0, sections });
      });
      return results;
    },

    async getByCode(code) {
      const [row] = await database.db.select({ record: procedures.record }).from(procedures).where(eq(procedures.code, code));
      return row ? (row.record as Procedure) : null;
    },
  };
}

/** The question as typed, plus the official terms the lexicon matched, so embeddings see both. */
function embeddingText(query: string, terms: QueryTerms): string {
  const text = query.normalize('NFC');
  return terms.officialTerms.length ? `${text}\n${terms.officialTerms.join('; ')}` : text;
}
