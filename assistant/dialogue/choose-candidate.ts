import type { Procedure } from '../../knowledge/index.ts';
import type { RetrievedProcedure } from '../ports.ts';
import type { Aspect } from '../reply.ts';
import { sameAnswers } from './answer-key.ts';
import { levelNamed, lowestLevel, preferLevel, sameServiceAtLevels } from './level-cue.ts';
import { narrowByVariant, namedVariants, saidVariants } from './variants.ts';

/** Calibrated on the dev set (assistant/bench/tune-thresholds.ts prints the trade-off). */
export const THRESHOLDS = {
  /** Above this the top procedure is answered even when others are near. */
  sure: 0.6,
  /** Others within this share of the top fused score count as close. */
  closeRatio: 0.85,
  /** Candidates below this share of the top score are never promoted by wording. */
  poolRatio: 0.35,
  /** Below this nothing is answered without asking. */
  unsure: 0.2,
  /** Below this the candidates are not even offered as choices. */
  noise: 0.05,
  maxChoices: 4,
} as const;

export type Choice =
  | { kind: 'found'; procedure: Procedure; confidence: number }
  | { kind: 'ambiguous'; candidates: RetrievedProcedure[]; confidence: number }
  | { kind: 'unknown'; confidence: number };

function offered(candidates: readonly RetrievedProcedure[]): RetrievedProcedure[] {
  return candidates.filter((c, i) => i === 0 || c.confidence >= THRESHOLDS.noise).slice(0, THRESHOLDS.maxChoices);
}

/**
 * Chooses among ranked candidates: the variant the citizen named ("bị mất" → cấp lại), the level
 * they named ("ở tỉnh"), then the retriever's confidence. Close candidates that answer the asked
 * aspects alike need no question; the same service at two levels goes to the lower level when the
 * citizen was specific about what they need. Otherwise one question, with the candidates as choices.
 */
export function choose(
  words: readonly string[],
  results: readonly RetrievedProcedure[],
  aspects: readonly Aspect[],
  options: { preferLowerLevel?: boolean } = {},
): Choice {
  const top = results[0];
  if (!top) return { kind: 'unknown', confidence: 0 };
  const said = saidVariants(words);
  const pool = results.filter((r) => r === top || r.score >= top.score * THRESHOLDS.poolRatio);
  const fitting = narrowByVariant(said, pool);
  const lead = fitting[0] ?? top;
  const close = preferLevel(
    words,
    fitting.filter((r) => r === lead || r.score >= lead.score * THRESHOLDS.closeRatio),
  );
  const best = close[0] ?? lead;
  const specific = said.length > 0 || levelNamed(words) || options.preferLowerLevel === true;
  // A generic question ("làm bằng lái") cannot choose between variants, however sure the ranking.
  const variantsOpen = said.length === 0 && new Set(fitting.map((c) => namedVariants(c.procedure.name).join('+'))).size > 1;
  const confidence = Math.max(best.confidence, best === top ? 0 : THRESHOLDS.unsure);

  if (close.length === 1 && !variantsOpen) {
    if (confidence >= THRESHOLDS.unsure || best !== top) return { kind: 'found', procedure: best.procedure, confidence };
    if (top.confidence < THRESHOLDS.noise) return { kind: 'unknown', confidence: top.confidence };
    return { kind: 'ambiguous', candidates: offered(results), confidence };
  }
  const group = variantsOpen ? fitting.slice(0, THRESHOLDS.maxChoices) : close;
  const procedures = group.map((c) => c.procedure);
  if (sameAnswers(procedures, aspects)) return { kind: 'found', procedure: best.procedure, confidence: Math.max(confidence, THRESHOLDS.unsure) };
  if (specific && sameServiceAtLevels(procedures)) return { kind: 'found', procedure: lowestLevel(procedures), confidence: Math.max(confidence, THRESHOLDS.unsure) };
  if (!variantsOpen && best.confidence >= THRESHOLDS.sure) return { kind: 'found', procedure: best.procedure, confidence };
  if (best.confidence < THRESHOLDS.noise && !variantsOpen) return { kind: 'unknown', confidence: best.confidence };
  return { kind: 'ambiguous', candidates: offered(group), confidence };
}
