import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../platform/config/env.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { describeProblem } from '../report/strings.ts';
import { openEvalServices, type EvalServices } from '../runner/build-services.ts';
import { runScenarios, type ScenarioFileResult } from '../runner/run-scenarios.ts';

/** Behaviours every scenario file must cover, by tag (see README.md in evals/). */
const COVERED = ['follow-up', 'clarify', 'elderly', 'escalation', 'topic-change'];
const TRIGGERS = ['asked_for_human', 'low_confidence', 'repeated_question', 'complaint', 'frustration', 'legal_advice'];

describe('scripted conversations (evals/scenarios/*.jsonl)', () => {
  let database: TestDatabase;
  let services: EvalServices;
  let results: ScenarioFileResult[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    services = await openEvalServices(parseEnv({}), { database });
    results = await runScenarios(services.target);
  });
  afterAll(async () => {
    await services?.close();
    await database?.destroy();
  });

  it('reads every scenario line', () => {
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.flatMap((r) => r.errors.map((e) => `${r.file}:${e.line} ${e.message}`))).toEqual([]);
  });

  it('covers follow-ups, clarification by number, elderly mode, every escalation trigger and a change of topic', () => {
    const turns = results.flatMap((r) => r.turns);
    const tags = new Set(turns.flatMap((t) => t.tags));
    for (const tag of COVERED) expect(tags, tag).toContain(tag);
    const reasons = new Set(turns.map((t) => t.expect?.reason).filter(Boolean));
    for (const trigger of TRIGGERS) expect(reasons, trigger).toContain(trigger);
    expect(turns.some((t) => t.expect?.choice !== undefined)).toBe(true);
    expect(turns.some((t) => t.elderly)).toBe(true);
  });

  it('meets the expectation of every turn', () => {
    const failures = results.flatMap((r) =>
      r.failures.map((f) => `${r.file} ${f.turn.caseId} turn ${f.turn.turnIndex + 1} “${f.turn.question}”: ${f.problems.map(describeProblem).join('; ')}`),
    );
    expect(failures).toEqual([]);
  });
});
