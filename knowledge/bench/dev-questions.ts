import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../evals/index.ts';

/** A dev-set question that names the procedure(s) retrieval must find. */
export interface DevQuestion {
  id: string;
  /** The citizen's messages joined: a follow-up is retrieved with its context, as the assistant keeps it. */
  query: string;
  /** Any one of these codes is right. */
  expected: string[];
  tags: string[];
}

export const DEV_SET = fileURLToPath(new URL('../../evals/datasets/dev.jsonl', import.meta.url));

/**
 * Dev questions for retrieval metrics: out-of-scope and handoff items (no procedure to find) are
 * left out, unless `outOfScope` asks for the out-of-scope ones too (with no expected code), as
 * negatives for confidence calibration.
 */
export async function loadDevQuestions(path = DEV_SET, options: { outOfScope?: boolean } = {}): Promise<DevQuestion[]> {
  const { cases, errors } = await loadDataset(path);
  if (errors.length) throw new Error(`${path}: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  const questions: DevQuestion[] = [];
  for (const item of cases) {
    const last = item.turns[item.turns.length - 1];
    const expected = last?.expect?.procedures ?? [];
    const action = last?.expect?.action;
    const negative = options.outOfScope === true && action === 'out_of_scope';
    if (!negative && (expected.length === 0 || action === 'out_of_scope' || action === 'handoff')) continue;
    questions.push({ id: item.id, query: item.turns.map((t) => t.text).join('\n'), expected, tags: item.tags });
  }
  return questions;
}
