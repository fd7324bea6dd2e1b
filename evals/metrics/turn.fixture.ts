import type { Expectation, ScoredTurn } from './scored-turn.ts';

/** Builds a scored turn for tests: an answer citing `ranked`, with the given expectation. */
export function scoredTurn(overrides: Partial<Omit<ScoredTurn, 'reply'>> & { reply?: Partial<ScoredTurn['reply']>; expect?: Expectation | null } = {}): ScoredTurn {
  const { reply, ...rest } = overrides;
  return {
    caseId: 'q1',
    line: 1,
    turnIndex: 0,
    tags: [],
    question: 'Lệ phí đăng ký thường trú?',
    elderly: false,
    expect: {},
    latencyMs: 10,
    ungroundedNumbers: [],
    ...rest,
    reply: { kind: 'answer', action: 'answer', aspect: null, text: '', ranked: [], offered: [], confidence: 0.9, choices: [], handoffReason: null, ...reply },
  };
}
