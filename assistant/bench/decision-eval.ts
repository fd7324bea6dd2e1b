/**
 * `npm run eval:decision -- <dataset.jsonl>…`: the development sets through the assistant's entry
 * point on the configured database (no peers, so it takes seconds), with the figures of the
 * decision: top-1, action, wrong_answer_rate, answered_right, abstain_rate, choices_hit.
 * Prints one JSON line per dataset. The corpus must already be imported (`npm run eval -- --corpus …`).
 */
import { loadEnvOrExit } from '../../platform/app/load-env.ts';
import { openEvalServices } from '../../evals/runner/build-services.ts';
import { loadDataset } from '../../evals/runner/load-dataset.ts';
import { runDataset } from '../../evals/runner/run-dataset.ts';
import type { ScoredTurn } from '../../evals/metrics/scored-turn.ts';

export interface DecisionFigures {
  n: number;
  top1: number;
  action: number;
  wrong_answer_rate: number;
  answered_right: number;
  abstain_rate: number;
  choices_hit: number | null;
  answers: number;
}

/** The decision's figures over the scored turns that carry an expectation. */
export function decisionFigures(turns: readonly ScoredTurn[]): DecisionFigures {
  const scored = turns.filter((t) => t.expect !== null);
  const expected = (t: ScoredTurn) => t.expect?.procedures ?? [];
  const withProcedures = scored.filter((t) => expected(t).length > 0);
  const answers = scored.filter((t) => t.reply.kind === 'answer');
  const firstCited = (t: ScoredTurn) => t.reply.ranked[0];
  const right = (t: ScoredTurn) => expected(t).includes(firstCited(t) ?? '');
  const wrong = answers.filter((t) => !right(t));
  const expectAnswer = scored.filter((t) => t.expect?.action === 'answer' && expected(t).length > 0);
  const clarifies = scored.filter((t) => t.reply.kind === 'clarify' && expected(t).length > 0);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  return {
    n: scored.length,
    top1: ratio(withProcedures.filter(right).length, withProcedures.length),
    action: ratio(scored.filter((t) => t.reply.action === t.expect?.action).length, scored.length),
    wrong_answer_rate: ratio(wrong.length, answers.length),
    answered_right: ratio(expectAnswer.filter((t) => t.reply.kind === 'answer' && right(t)).length, expectAnswer.length),
    abstain_rate: ratio(scored.filter((t) => t.reply.kind === 'handoff' || t.reply.kind === 'out_of_scope').length, scored.length),
    choices_hit: clarifies.length === 0 ? null : ratio(clarifies.filter((t) => t.reply.ranked.some((c) => expected(t).includes(c))).length, clarifies.length),
    answers: answers.length,
  };
}

async function main(paths: readonly string[]): Promise<void> {
  const services = await openEvalServices(loadEnvOrExit());
  try {
    for (const path of paths) {
      const dataset = await loadDataset(path);
      const turns = await runDataset(dataset.cases, services.target);
      if (process.env.DECISION_DUMP) {
        for (const t of turns.filter((x) => x.expect)) {
          process.stderr.write(`${JSON.stringify({ id: t.caseId, q: t.question, exp: t.expect?.procedures, act: t.expect?.action, kind: t.reply.kind, ranked: t.reply.ranked.slice(0, 4), conf: t.reply.confidence, text: t.reply.text.slice(0, 120) })}\n`);
        }
      }
      process.stdout.write(`${JSON.stringify({ dataset: path, ...decisionFigures(turns) })}\n`);
    }
  } finally {
    await services.close();
  }
}

await main(process.argv.slice(2));
