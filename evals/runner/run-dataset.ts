import { performance } from 'node:perf_hooks';
import type { Reply } from '../../assistant/index.ts';
import type { Procedure } from '../../knowledge/index.ts';
import { actionOfKind } from '../metrics/actions.ts';
import { ungroundedNumbers } from '../metrics/grounding.ts';
import type { Expectation, ScoredTurn } from '../metrics/scored-turn.ts';
import type { EvalTarget } from './eval-target.ts';
import type { DatasetCase } from './load-dataset.ts';

export interface RunOptions {
  /** Called after each conversation, for a progress bar. */
  onCase?: (done: number, total: number) => void;
}

/**
 * Runs every case as its own conversation through the assistant's entry point, one turn at a time
 * (sequential, so that latency is the latency of one turn and not of a crowd), and records what
 * each turn produced.
 */
export async function runDataset(cases: readonly DatasetCase[], target: EvalTarget, options: RunOptions = {}): Promise<ScoredTurn[]> {
  const records = new Map<string, Procedure | null>();
  const lookup = async (code: string) => {
    if (!records.has(code)) records.set(code, await target.getProcedure(code));
    return records.get(code) ?? null;
  };
  const scored: ScoredTurn[] = [];
  let done = 0;
  for (const datasetCase of cases) {
    const conversationId = await target.startConversation();
    const said: string[] = [];
    let previous: Reply | null = null;
    for (const [turnIndex, turn] of datasetCase.turns.entries()) {
      said.push(turn.text);
      const started = performance.now();
      const reply = await target.handleTurn({ conversationId, channel: 'eval', text: turn.text, elderly: turn.elderly });
      const latencyMs = performance.now() - started;
      scored.push({
        caseId: datasetCase.id,
        line: datasetCase.line,
        turnIndex,
        tags: datasetCase.tags,
        ...(datasetCase.author ? { author: datasetCase.author } : {}),
        question: turn.text,
        elderly: turn.elderly,
        expect: resolveChoice(turn.expect, previous),
        latencyMs,
        reply: summariseReply(reply),
        ungroundedNumbers: await groundingOf(reply, said, lookup),
      });
      previous = reply;
    }
    options.onCase?.(++done, cases.length);
  }
  return scored;
}

const CODE = /^\d\.\d{6}$/;

/** "Choice 2" means the procedure the previous reply offered as 2, whatever the ranking put there. */
function resolveChoice(expect: Expectation | null, previous: Reply | null): Expectation | null {
  if (!expect?.choice) return expect;
  const picked = previous?.choices.find((c) => c.n === expect.choice)?.value;
  return { ...expect, procedures: [picked ?? `(no choice ${expect.choice} was offered)`] };
}

function summariseReply(reply: Reply): ScoredTurn['reply'] {
  const offered = reply.choices.map((c) => c.value).filter((value) => CODE.test(value));
  return {
    kind: reply.kind,
    action: actionOfKind(reply.kind),
    aspect: reply.aspect,
    text: reply.text,
    ranked: [...new Set([...reply.citations.map((c) => c.code), ...offered])],
    offered,
    confidence: reply.confidence,
    choices: reply.choices.map((c) => c.label),
    handoffReason: reply.actions.find((a) => a.type === 'handoff')?.reason ?? null,
  };
}

/**
 * Answers and clarifications speak about records, so their numbers must come from the cited ones.
 * Handoff, out-of-scope and smalltalk replies are fixed wording (hotlines, opening hours).
 */
async function groundingOf(reply: Reply, said: readonly string[], lookup: (code: string) => Promise<Procedure | null>): Promise<string[]> {
  if (reply.kind !== 'answer' && reply.kind !== 'clarify') return [];
  const sources = (await Promise.all(reply.citations.map((c) => lookup(c.code)))).filter((p): p is Procedure => p !== null);
  const allowed = [
    ...said,
    ...reply.choices.flatMap((c) => [String(c.n), c.label]),
    ...(reply.sections.expectedDate ? [reply.sections.expectedDate.submittedOn, reply.sections.expectedDate.resultOn] : []),
  ];
  return ungroundedNumbers(reply.text, sources, allowed);
}
