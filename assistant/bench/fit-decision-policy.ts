/**
 * `npm run fit:decision`: fits the decision policy (assistant/dialogue/decision-policy.ts) on the
 * development items only — dev.jsonl, the situations of authors A and B, out-of-corpus — and prints
 * the fit: the coefficients to copy into POLICY_MODEL, the calibration (reliability by confidence bin)
 * in-sample and with each set held out of the fit in turn, and answer precision per threshold.
 * One example per question that reaches the decision: the candidate the citizen's words point to,
 * labelled right when it is an acceptable procedure (never, for out-of-corpus questions).
 */
import { loadEnvOrExit } from '../../platform/app/load-env.ts';
import { createAppServices } from '../../platform/app/services.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { pino } from 'pino';
import { loadDataset } from '../../evals/runner/load-dataset.ts';
import { understand } from '../understand/understand.ts';
import { shortlist } from '../dialogue/choose-candidate.ts';
import { decisionFeatures } from '../dialogue/decision-features.ts';
import { FEATURE_NAMES, POLICY, POLICY_MODEL, probabilityRight, type DecisionFeatures, type PolicyModel } from '../dialogue/decision-policy.ts';
import { retrieveCandidates } from '../dialogue/resolve-procedure.ts';

const SETS = ['evals/datasets/dev.jsonl', 'evals/datasets/situations-author-a.jsonl', 'evals/datasets/situations-author-b.jsonl', 'evals/datasets/out-of-corpus.jsonl'];

interface Example {
  set: string;
  features: DecisionFeatures;
  right: boolean;
}

async function collect(): Promise<Example[]> {
  const services = await createAppServices(loadEnvOrExit(), createLogger('warn', pino.destination(2)));
  const examples: Example[] = [];
  try {
    for (const set of SETS) {
      const dataset = await loadDataset(set);
      for (const item of dataset.cases) {
        // Single questions only: a follow-up's decision depends on the conversation before it.
        if (item.turns.length !== 1) continue;
        const [turn] = item.turns;
        if (!turn?.expect) continue;
        const u = understand(turn.text);
        if (u.intent !== 'procedure' || u.code) continue;
        const results = await retrieveCandidates(u, turn.text, services.retriever);
        const list = shortlist(u, results);
        if (!list) continue;
        examples.push({ set, features: decisionFeatures(u, results, list.best), right: (turn.expect.procedures ?? []).includes(list.best.procedure.code) });
      }
    }
  } finally {
    await services.close();
  }
  return examples;
}

/** Logistic regression by gradient descent with a small L2 penalty (the features are 0..1, length 0..3). */
function fit(examples: readonly Example[], l2 = 0.01, steps = 4000, rate = 0.5): PolicyModel {
  const w = Object.fromEntries(FEATURE_NAMES.map((f) => [f, 0])) as PolicyModel['weights'];
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const grad = Object.fromEntries(FEATURE_NAMES.map((f) => [f, 0])) as Record<string, number>;
    let gb = 0;
    for (const e of examples) {
      const p = probabilityRight(e.features, { intercept: b, weights: w });
      const err = p - (e.right ? 1 : 0);
      gb += err;
      for (const f of FEATURE_NAMES) grad[f]! += err * e.features[f];
    }
    b -= (rate * gb) / examples.length;
    for (const f of FEATURE_NAMES) w[f] -= rate * (grad[f]! / examples.length + l2 * w[f]);
  }
  return { intercept: b, weights: w };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function logLoss(examples: readonly Example[], model: PolicyModel): number {
  const eps = 1e-9;
  return examples.reduce((s, e) => s - Math.log(Math.max(eps, e.right ? probabilityRight(e.features, model) : 1 - probabilityRight(e.features, model))), 0) / examples.length;
}

function reliability(title: string, scored: readonly { p: number; right: boolean }[]): void {
  console.log(`\n${title}\n| confidence bin | n | mean confidence | right |\n|---|---:|---:|---:|`);
  for (let lo = 0; lo < 1; lo += 0.1) {
    const bin = scored.filter((s) => s.p >= lo && (s.p < lo + 0.1 || (lo >= 0.9 && s.p <= 1)));
    if (bin.length === 0) continue;
    const mean = bin.reduce((a, s) => a + s.p, 0) / bin.length;
    const right = bin.filter((s) => s.right).length / bin.length;
    console.log(`| ${lo.toFixed(1)}–${(lo + 0.1).toFixed(1)} | ${bin.length} | ${mean.toFixed(2)} | ${right.toFixed(2)} |`);
  }
}

function thresholds(scored: readonly { p: number; right: boolean }[]): void {
  const positives = scored.filter((s) => s.right).length;
  console.log('\n| threshold | answered | wrong among answered | right answered / right available |\n|---:|---:|---:|---:|');
  for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
    const answered = scored.filter((s) => s.p >= t);
    const wrong = answered.filter((s) => !s.right).length;
    console.log(`| ${t.toFixed(2)} | ${answered.length} | ${(wrong / Math.max(1, answered.length)).toFixed(3)} | ${(answered.length - wrong) / Math.max(1, positives) > 0 ? ((answered.length - wrong) / positives).toFixed(3) : '0'} |`);
  }
}

const examples = await collect();
const model = fit(examples);
console.log(`examples: ${examples.length} (${examples.filter((e) => e.right).length} right), per set: ${SETS.map((s) => `${s.split('/').pop()} ${examples.filter((e) => e.set === s).length}`).join(', ')}`);
console.log(`log loss: fitted ${round(logLoss(examples, model), 3)}, current POLICY_MODEL ${round(logLoss(examples, POLICY_MODEL), 3)}`);
console.log('\nPOLICY_MODEL (paste into assistant/dialogue/decision-policy.ts):');
console.log(JSON.stringify({ intercept: round(model.intercept), weights: Object.fromEntries(FEATURE_NAMES.map((f) => [f, round(model.weights[f])])) }));
reliability('Calibration of the fitted model, in-sample:', examples.map((e) => ({ p: probabilityRight(e.features, model), right: e.right })));
// Each set held out of the fit in turn: how the calibration holds on questions the fit never saw.
const heldOut = SETS.flatMap((set) => {
  const m = fit(examples.filter((e) => e.set !== set));
  return examples.filter((e) => e.set === set).map((e) => ({ p: probabilityRight(e.features, m), right: e.right }));
});
reliability('Calibration with each set held out of the fit (leave-one-set-out):', heldOut);
console.log('\nAnswer threshold, leave-one-set-out predictions:');
thresholds(heldOut);
reliability('Calibration of the current POLICY_MODEL:', examples.map((e) => ({ p: probabilityRight(e.features, POLICY_MODEL), right: e.right })));
console.log(`\ncurrent thresholds: answer ${POLICY.answer}, offer ${POLICY.offer}`);
