import type { Aspect } from '../../assistant/index.ts';

import { ACTIONS } from '../datasets/schema.ts';

/** The four outcomes of the dataset format; the assistant's smalltalk counts as an answer. */
export { ACTIONS };
export type Action = (typeof ACTIONS)[number];

/** What one turn is expected to produce; every part is optional. */
export interface Expectation {
  /** Acceptable procedure codes: the turn is right when one of them is cited first. */
  procedures?: string[] | undefined;
  aspect?: Aspect | null | undefined;
  facts?: string[] | undefined;
  action?: Action | undefined;
  /** Scenario checks (see runner/check-turn.ts): handoff reason, choices offered, plain-language length. */
  reason?: string | undefined;
  minChoices?: number | undefined;
  absent?: string[] | undefined;
  /** Picks choice n of the previous reply; the runner turns it into `procedures` as it plays. */
  choice?: number | undefined;
}

/** One citizen turn as run through the assistant: the unit every metric is computed from. */
export interface ScoredTurn {
  caseId: string;
  /** 1-based line of the dataset file (0 for scenario files). */
  line: number;
  /** 0-based position of the turn in its conversation. */
  turnIndex: number;
  tags: string[];
  /** Who wrote the dataset item (absent in datasets that do not say): figures are also given per author. */
  author?: string | undefined;
  question: string;
  elderly: boolean;
  /** null when the dataset expects nothing of this turn: it then counts only for latency. */
  expect: Expectation | null;
  reply: {
    kind: string;
    action: Action;
    aspect: Aspect | null;
    text: string;
    /** Cited procedure codes in order, then the codes offered as choices. */
    ranked: string[];
    /** Codes of the numbered choices offered, in their order. */
    offered: string[];
    /** The reply's own confidence (assistant/reply.ts), 0..1. */
    confidence: number;
    /** Labels of the numbered choices offered. */
    choices: string[];
    handoffReason: string | null;
  };
  latencyMs: number;
  /** Numbers in the reply that no cited record contains. */
  ungroundedNumbers: string[];
}
