import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { getTopicDomains } from '../domains/topic-domains.ts';
import { buildBankIndex, loadBank, type BankIndex } from '../examples/index.ts';
import { createProcedureClassifier } from './procedure-classifier.ts';
import type { Procedure } from '../model/procedure.ts';
import { procedures } from '../store/tables.ts';
import { assignConfidence, DEFAULT_CONFIDENCE, type ConfidenceModel } from './confidence.ts';
import { createStatsCache } from './corpus-stats.ts';
import { DEFAULT_WEIGHTS, fuse, type FusedProcedure, type FusionWeights } from './fuse.ts';
import { gatherEvidence, type Evidence, type GatherLimits } from './gather-evidence.ts';
import type { QueryTerms } from './query-terms.ts';
import { createResultLoader } from './result-loader.ts';
import type { ProcedureRetriever, RetrievedProcedure, SearchOptions } from './retriever-contract.ts';
import { DEFAULT_TEXT_LIMITS, type TextQueryLimits } from './text-search.ts';

export interface RetrieverOptions {
  weights?: Partial<FusionWeights>;
  confidence?: ConfidenceModel;
  /** Chunks taken from each of the vector and text lists before fusion. */
  vectorCandidates?: number;
  textCandidates?: number;
  /** Procedures proposed by name matching alone. */
  nameCandidates?: number;
  /** Procedures proposed by the example-question bank. */
  bankCandidates?: number;
  /** The example-question bank's index; by default the bank shipped in knowledge/examples, null for none. */
  examples?: BankIndex | null;
  /** Sections returned per procedure. */
  sectionsPerProcedure?: number;
  textLimits?: Partial<TextQueryLimits>;
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
  /** The raw evidence before fusion, for tuning weights offline with `fuse`. */
  evidence(query: string, options?: SearchOptions): Promise<Evidence>;
  /**
   * Forgets the in-memory snapshot (names, popularity, word statistics) so the next search reads
   * it again; call after an import in the same process. Otherwise it refreshes every few minutes.
   */
  refresh(): void;
  /**
   * Loads the corpus figures and learns the procedure classifier now rather than on the first
   * search, without waiting for them: call it once the server listens. Resolves when both are ready.
   */
  warm(): Promise<void>;
}

/**
 * Hybrid retrieval: HNSW cosine over chunk vectors, full-text search over folded chunk text with
 * the lexicon-expanded question, typed codes and procedure names (in memory), fused per procedure
 * by reciprocal rank with a log-scaled popularity prior, and a calibrated confidence for the
 * assistant's answer/clarify/handoff choice.
 */
export function createRetriever(database: Database, embedder: Embedder, options: RetrieverOptions = {}): KnowledgeRetriever {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const confidenceModel = options.confidence ?? DEFAULT_CONFIDENCE;
  const sectionsPerProcedure = options.sectionsPerProcedure ?? 3;
  const stats = createStatsCache(database, options.statsMaxAgeMs ?? 5 * 60_000);

  const limits: GatherLimits = {
    vectorCandidates: options.vectorCandidates ?? 60,
    textCandidates: options.textCandidates ?? 150,
    nameCandidates: options.nameCandidates ?? 30,
    bankCandidates: options.bankCandidates ?? 10,
    text: { ...DEFAULT_TEXT_LIMITS, ...options.textLimits },
  };
  const results = createResultLoader(database);
  // Built on first use (0.5-0.8 s, a slice at a time), from files in the repository: no download.
  let bankIndex: Promise<BankIndex | null> | undefined = options.examples === undefined ? undefined : Promise.resolve(options.examples);
  const examples = () => (bankIndex ??= buildBankIndex(loadBank()));
  const classifier = createProcedureClassifier(examples);
  const evidence = async (query: string, { filters }: SearchOptions = {}) =>
    gatherEvidence(database, embedder, stats, limits, query, filters, await examples(), classifier);
  async function rank(query: string, searchOptions: SearchOptions = {}): Promise<RankedSearch> {
    const gathered = await evidence(query, searchOptions);
    return { terms: gathered.terms, ranked: fuse(gathered, weights) };
  }

  return {
    rank,
    evidence,
    refresh: () => stats.invalidate(),
    async warm() {
      await classifier((await stats.get()).names);
    },

    async search(query, searchOptions = {}) {
      const limit = Math.max(1, searchOptions.limit ?? 5);
      const gathered = await evidence(query, searchOptions);
      const ranked = fuse(gathered, weights);
      const top = ranked.slice(0, limit);
      if (top.length === 0) return [];
      const confidences = assignConfidence(ranked, top.length, confidenceModel);
      const chunkIds = top.flatMap((f) => f.chunks.slice(0, sectionsPerProcedure).map((c) => c.hit.id));
      const withoutHits = top.filter((f) => f.chunks.length === 0).map((f) => f.code);
      const facts = top.map((f) => gathered.candidates.get(f.code)!);
      const loaded = await results.load(facts, chunkIds, withoutHits);
      // An area is held when a procedure found for the question names it, not when any name of the corpus
      // mentions it in passing ("… Dự án Nâng cấp trường Đại học Cần Thơ" does not hold "trường đại học").
      const outside = getTopicDomains().outside(searchOptions.message ?? query, facts.map((f) => f.nameFolded));
      const found: RetrievedProcedure[] = [];
      top.forEach((fused, i) => {
        const procedure = loaded.records.get(fused.code);
        if (!procedure) return;
        const rows = fused.chunks.length
          ? fused.chunks.slice(0, sectionsPerProcedure).map((c) => loaded.chunk(c.hit.id))
          : [loaded.overview(fused.code)];
        const sections = rows
          .filter((row) => row !== undefined)
          .map((row) => ({ section: row.section, caseLabel: row.case_label, text: row.text }));
        const event = gathered.events[0];
        found.push({
          procedure,
          score: fused.score,
          closeness: fused.score - fused.preference,
          confidence: confidences[i] ?? 0,
          sections,
          ...(event ? { event: { id: event.id, label: event.label, procedures: event.procedures } } : {}),
          ...(fused.bankRank !== null ? { bank: { rank: fused.bankRank, relevance: fused.bankRelevance } } : {}),
          ...(fused.classRank !== null ? { classified: { rank: fused.classRank, similarity: fused.classSimilarity, probability: fused.classProbability } } : {}),
          ...(gathered.names.get(fused.code)?.exact ? { named: true } : {}),
          ...(outside ? { outside } : {}),
        });
      });
      return found;
    },

    async getByCode(code) {
      // Follow-up turns ask for the conversation's procedure every time: serve it from the loader's
      // cache under the snapshot's content hash, as search does, and read the table only for a code
      // the snapshot does not know yet.
      const facts = (await stats.get()).procedures.get(code);
      const cached = facts ? (await results.load([facts], [], [])).records.get(code) : undefined;
      if (cached) return cached;
      const [row] = await database.db.select({ record: procedures.record }).from(procedures).where(eq(procedures.code, code));
      return row ? (row.record as Procedure) : null;
    },
  };
}
