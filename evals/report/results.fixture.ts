import { summarise } from '../metrics/aggregate.ts';
import { scoredTurn } from '../metrics/turn.fixture.ts';
import type { EvalResults } from '../runner/eval-results.ts';

/** A small run for report tests: one of each outcome, a failure with markup in it, one bad line, two authors. */
export function resultsFixture(): EvalResults {
  const turns = [
    scoredTurn({ caseId: 'fee', tags: ['fee'], author: 'lan', latencyMs: 12, expect: { procedures: ['1.004222'], facts: ['20.000'], action: 'answer' }, reply: { text: 'Lệ phí 20.000 đồng.', ranked: ['1.004222'] } }),
    scoredTurn({ caseId: 'docs', tags: ['documents'], author: 'lan', latencyMs: 48, expect: { procedures: ['1.004194'], facts: ['CT01'], action: 'answer' }, reply: { text: 'Cần <b>tờ khai</b> </script>', ranked: ['1.004222'] }, ungroundedNumbers: ['3'] }),
    scoredTurn({ caseId: 'vague', tags: ['clarify'], author: 'minh', latencyMs: 130, expect: { action: 'clarify' }, reply: { kind: 'clarify', action: 'clarify', ranked: ['1.004222', '1.004194'], offered: ['1.004222', '1.004194'], confidence: 0.4 } }),
    scoredTurn({ caseId: 'human', tags: ['handoff'], author: 'minh', latencyMs: 7, expect: { action: 'handoff' }, reply: { kind: 'answer', action: 'answer', confidence: 0.3 } }),
  ];
  return {
    version: 1,
    dataset: 'evals/datasets/dev.jsonl',
    corpus: 'database',
    createdAt: '2026-01-01T00:00:00.000Z',
    summary: summarise(turns, { invalidLines: 1, peers: { minisearch: { top1: 0.5, recall5: 1, mrr: 0.75 }, orama: { top1: 0, recall5: 0.5, mrr: 0.25 } } }),
    turns,
    errors: [{ line: 5, message: 'not valid JSON' }],
    procedureNames: { '1.004222': 'Đăng ký thường trú', '1.004194': 'Đăng ký tạm trú' },
  };
}
