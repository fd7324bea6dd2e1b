/**
 * The one decision policy of a turn: answer, ask, or say "not in my data".
 *
 * The evidence that a candidate procedure is what the citizen asks about is turned into one
 * probability by a small logistic model; the thresholds below turn that probability into an action.
 * Fitted on the development items only (dev.jsonl, situations of authors A and B, out-of-corpus)
 * with `npm run fit:decision`, which prints the fit, the calibration by confidence bin and the
 * answer precision at each threshold. Refit after changing retrieval, understanding or the features.
 */
export interface DecisionFeatures {
  /** Share of the question's subject words (folded, fillers removed) found in the candidate's name. */
  subjectInName: number;
  /** How many subject words the name holds, up to 4, over 4: long messages name their subject among many words. */
  subjectHits: number;
  /** The candidate's name overlap (both shares) minus the best other candidate's: does the wording single it out? */
  nameLead: number;
  /** Share of the candidate's own name words (its core, without "cho …", "tại …") the question says. */
  nameInQuestion: number;
  /** The retriever's calibrated confidence for the candidate. */
  retrieval: number;
  /** (top fused score − next fused score) / top fused score. */
  margin: number;
  /** 1 when the candidate is both the retriever's first and the best name match among the candidates. */
  agreement: number;
  /** 1 when the citizen named a variant ("bị mất", "hết hạn") or a level the candidate has. */
  specific: number;
  /** 1 when a life event the citizen described leads to this candidate (retrieval's event, or the understanding's). */
  event: number;
  /** Relevance of the example bank's best phrasing for this candidate (0 when the bank did not propose it). */
  bank: number;
  /** 1 when the example bank ranked this candidate first. */
  bankFirst: number;
  /** log(1 + number of subject words): long narratives dilute every overlap. */
  length: number;
}

export const FEATURE_NAMES = ['subjectInName', 'subjectHits', 'nameLead', 'nameInQuestion', 'retrieval', 'margin', 'agreement', 'specific', 'event', 'bank', 'bankFirst', 'length'] as const satisfies readonly (keyof DecisionFeatures)[];

export interface PolicyModel {
  intercept: number;
  weights: Record<keyof DecisionFeatures, number>;
}

/** Printed by `npm run fit:decision` (assistant/bench/fit-decision-policy.ts) and copied here. */
export const POLICY_MODEL: PolicyModel = {
  intercept: -1.49,
  weights: { subjectInName: 0.43, subjectHits: 0.89, nameLead: 0.01, nameInQuestion: 0.88, retrieval: 1.54, margin: 0.76, agreement: 0.05, specific: 0.75, event: 0.14, bank: 1.1, bankFirst: 1.27, length: -0.53 },
};

export const POLICY = {
  /** At or above this the candidate is answered; below it an answer never leaves. */
  answer: 0.45,
  /** Candidates at or above this (and sharing the citizen's subject) may be offered as choices. */
  offer: 0.25,
  /** A candidate is offered only when its name holds at least one of the citizen's subject words. */
  relevantSubject: 0.01,
  maxChoices: 4,
} as const;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Probability that the candidate is the procedure the citizen asks about. A message without a
 * single subject word ("cái giấy ấy") lies outside what the model was fitted on: there it is not
 * trusted beyond the retriever's own confidence.
 */
export function probabilityRight(features: DecisionFeatures, model: PolicyModel = POLICY_MODEL): number {
  let x = model.intercept;
  for (const name of FEATURE_NAMES) x += model.weights[name] * features[name];
  const p = sigmoid(x);
  return features.length === 0 && features.specific === 0 ? Math.min(p, features.retrieval) : p;
}

export type PolicyAction = 'answer' | 'clarify' | 'not_in_data';

/** The action for the best candidate's probability and whether any candidate is worth offering. */
export function policyAction(best: number, offerable: number): PolicyAction {
  if (best >= POLICY.answer) return 'answer';
  return offerable > 0 ? 'clarify' : 'not_in_data';
}
