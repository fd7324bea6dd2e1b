import type { AnswerEvidence } from './answer-evidence.ts';

/**
 * Logistic model of "the procedure the search chose is the one the citizen means", from the
 * answer's evidence. Fitted (out/fit.py, kept out of the repository) on the development sets only:
 * evals/datasets/dev.jsonl, situations of authors A and B, and the odd-numbered out-of-corpus items;
 * author C's situations and the even-numbered out-of-corpus items were never used to fit or choose.
 * The example bank carries most of the weight: a question like ones citizens ask of a procedure
 * is far likelier to be about it than one that merely shares words with its record.
 */
const MODEL = { intercept: -2.169, confidence: 3.006, bank: 4.156, bankFirst: 1.177, bankMax: 1.465, length: -0.191 } as const;

/** Below this the assistant asks which procedure, with the candidates as choices. */
export const ASK_BELOW = 0.45;
/** Below this it says the question is likely outside its data rather than guessing. */
export const ABSENT_BELOW = 0.3;

export function answerProbability(e: AnswerEvidence): number {
  const x =
    MODEL.intercept + MODEL.confidence * e.confidence + MODEL.bank * e.bank + MODEL.bankFirst * e.bankFirst + MODEL.bankMax * e.bankMax + MODEL.length * e.length;
  return 1 / (1 + Math.exp(-x));
}
