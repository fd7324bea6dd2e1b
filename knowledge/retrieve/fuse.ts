import type { ChunkHit } from './chunk-hit.ts';
import type { Evidence } from './gather-evidence.ts';
import { NO_NAME_MATCH, type NameMatch } from './name-match.ts';

/** Weights of the fused score; tuned on the dev set with knowledge/bench/tune-fusion.ts (a broad plateau, not a peak). */
export interface FusionWeights {
  /** Reciprocal-rank-fusion constant: smaller trusts the top of each list more. */
  k: number;
  vector: number;
  text: number;
  /** Rank of the name score among candidates, fused like the chunk lists (0 by default: the score itself did better). */
  nameRank: number;
  /** The name score itself (0..1), so a clear name match outweighs rank noise. */
  name: number;
  /** Bonus when the whole procedure name appears in the question. */
  exactName: number;
  /** Bonus when the question types the procedure code. */
  code: number;
  /**
   * Log-scaled popularity prior (portal usage, 0..1 times this weight). It decides between near-twins:
   * the same procedure at another level or under a newer code, which usually has no usage figure.
   * At 0.15 it is worth about three first places in one list.
   */
  popularity: number;
  /** Bonus when the procedure is handled at the level the question points to ("ở phường", "Cục …"). */
  level: number;
  /** Rank in the example-question bank's list, fused like the chunk lists. */
  bank: number;
  /**
   * The bank score relative to the question's best one, times that best one's strength (see
   * BankHit.strength): it separates the bank's first from its next, unless the bank is weak altogether.
   */
  bankScore: number;
  /** The bank's relevance of the procedure's best phrasing (see BankHit.relevance). */
  bankRelevance: number;
  /** The cosine between the question and the procedure's bank phrasings and name together (see BankClass). */
  centroid: number;
  /** The classifier's softmax probability among look-alikes (see BankClass); its share of the score is kept as `preference`. */
  softmax: number;
  /**
   * Bonus for the procedures of a life event the question describes ("bố tôi mất"): the event's
   * first procedure gets it whole, each next one a fifth less; a second event mentioned gets half.
   */
  event: number;
}

export const DEFAULT_WEIGHTS: FusionWeights = {
  k: 10,
  vector: 0.5,
  text: 0.5,
  nameRank: 0,
  name: 0.2,
  exactName: 0.05,
  code: 1,
  popularity: 0.15,
  level: 0.06,
  // The bank's absolute relevance plus its score relative to the question's best phrasing did
  // better than its rank (top-5 too: a bank that does not hold the procedure stays quiet). Measured
  // with both bank parts on the development sets (dev / situations A / B top-1): none .867/.415/.463,
  // relevance .3 .913/.690/.713, relevance .2 + score .2 .909/.815/.834 (a plateau with .3/.2, .4/.2);
  // the score is gated by the bank's strength so a vague question ("cái giấy ấy làm sao") gets little.
  bank: 0,
  bankScore: 0.2,
  bankRelevance: 0.2,
  // The classifier over the bank's phrasings and every name (retrieve/procedure-classifier.ts), on the
  // development sets (dev / A / B answered right): without it .929/.831/.813; with the answer policy
  // refitted at 0.6: 0.4 .912/.831/.862, 0.6 .912/.847/.862; before the refit, 0.9 fell on dev.
  // The names keep the procedures the bank does not hold findable: 80 of them asked by name were
  // found 20 times with the bank alone, 73 with the names in the classifier (as without any bank).
  centroid: 0.6,
  // The same classifier's softmax probability (examples/bank-softmax.ts), which tells look-alikes
  // apart. On the development sets, the answer policy refitted each time (dev / A / B answered right;
  // wrong answers; out-of-corpus action): 0 .920/.894/.876, .045/.031/.038, .880; 0.5 .898/.924/.905,
  // .062/.026/.026, .893, but bare requests ("làm hộ chiếu") were answered with the likeliest level
  // instead of asked; with the dialogue judging closeness without it (`preference`) and the policy
  // refitted .925/.911/.890, .049/.031/.023, .889. 0.25 and 1 did no better.
  softmax: 0.5,
  // Measured at 0.05–0.25 on the development sets beside the bank: no gain in top-1 (the bank's
  // phrasings already carry the situations); the events reach the dialogue on the result instead.
  event: 0,
};

export interface FusedProcedure {
  code: string;
  score: number;
  name: NameMatch;
  codeMatch: boolean;
  /** 0-based rank among the procedures the example bank proposed, or null: a signal of its own for the decision. */
  bankRank: number | null;
  /** The bank's relevance of its best phrasing (0..1, 0 when the bank did not propose it): evidence for the decision. */
  bankRelevance: number;
  /** 0-based rank among the bank's closest centroids, or null; with its cosine (0 when not proposed). */
  classRank: number | null;
  classSimilarity: number;
  /** The classifier's softmax probability (0 when not proposed). */
  classProbability: number;
  /** The part of `score` the softmax's probability added: its preference among look-alikes. */
  preference: number;
  /** Position among the procedures of the first life event that lists it, or null. */
  eventRank: number | null;
  /** Chunk ids of this procedure, best first, with their fused chunk score. */
  chunks: Array<{ hit: ChunkHit; score: number }>;
}

/**
 * Reciprocal-rank fusion aggregated to procedures: each list contributes 1/(k + rank) for the
 * procedure's best chunk in it; then name evidence, typed codes and the popularity prior are added.
 */
export function fuse(evidence: Evidence, weights: FusionWeights): FusedProcedure[] {
  const { candidates, names, maxPopularity } = evidence;
  const codes = new Set(evidence.terms.codes);
  const levels = evidence.terms.levels;
  const fused = new Map<string, FusedProcedure>();
  const entry = (code: string): FusedProcedure | undefined => {
    if (!candidates.has(code)) return undefined;
    let item = fused.get(code);
    if (!item) {
      const name = names.get(code) ?? NO_NAME_MATCH;
      item = { code, score: 0, name, codeMatch: codes.has(code), bankRank: null, bankRelevance: 0, classRank: null, classSimilarity: 0, classProbability: 0, preference: 0, eventRank: null, chunks: [] };
      fused.set(code, item);
    }
    return item;
  };
  const addList = (hits: readonly ChunkHit[], weight: number) => {
    const seen = new Set<string>();
    hits.forEach((hit, index) => {
      const item = entry(hit.code);
      if (!item) return;
      const contribution = weight / (weights.k + index + 1);
      if (!seen.has(hit.code)) {
        seen.add(hit.code);
        item.score += contribution;
      }
      const existing = item.chunks.find((c) => c.hit.id === hit.id);
      if (existing) existing.score += contribution;
      else item.chunks.push({ hit, score: contribution });
    });
  };
  addList(evidence.vector, weights.vector);
  addList(evidence.text, weights.text);
  const [top] = evidence.bank;
  evidence.bank.forEach((hit, index) => {
    const item = entry(hit.code);
    if (!item) return;
    item.bankRank = index;
    item.bankRelevance = hit.relevance;
    const relative = top ? (hit.score / top.score) * top.strength : 0;
    item.score += weights.bank / (weights.k + index + 1) + weights.bankScore * relative + weights.bankRelevance * hit.relevance;
  });
  evidence.classes.forEach((c, index) => {
    const item = entry(c.code);
    if (!item) return;
    item.classRank = index;
    item.classSimilarity = c.similarity;
    item.classProbability = c.probability;
    item.preference = weights.softmax * c.probability;
    item.score += weights.centroid * c.similarity + item.preference;
  });
  evidence.events.forEach((event, e) =>
    event.procedures.forEach((code, position) => {
      const item = entry(code);
      if (!item) return;
      item.eventRank ??= position;
      item.score += (weights.event * Math.max(0, 1 - 0.2 * position)) / (1 + e);
    }),
  );
  for (const code of candidates.keys()) entry(code);

  const byName = [...fused.values()].filter((f) => f.name.score > 0).sort((a, b) => b.name.score - a.name.score);
  byName.forEach((item, index) => (item.score += weights.nameRank / (weights.k + index + 1)));
  const popularityScale = Math.log1p(Math.max(maxPopularity, 1));
  for (const item of fused.values()) {
    item.score += weights.name * item.name.score;
    if (item.name.exact) item.score += weights.exactName;
    if (item.codeMatch) item.score += weights.code;
    const candidate = candidates.get(item.code);
    item.score += (weights.popularity * Math.log1p(candidate?.popularity ?? 0)) / popularityScale;
    if (candidate && levels.some((level) => candidate.levels.includes(level))) item.score += weights.level;
    item.chunks.sort((a, b) => b.score - a.score);
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
}
