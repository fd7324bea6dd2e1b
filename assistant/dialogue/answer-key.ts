import type { Procedure } from '../../knowledge/index.ts';
import type { Aspect } from '../reply.ts';
import { formatDuration, formatFees } from '../compose/format.ts';
import { foldText } from '../understand/fold.ts';

/**
 * What an answer about one aspect would say, reduced to a comparable key. Two close candidates
 * (the same service at provincial and central level) with the same key give the same answer, so
 * the assistant answers instead of asking a question that changes nothing for the citizen.
 */
export function answerKey(procedure: Procedure, aspect: Aspect): string {
  const unique = (values: string[]) => [...new Set(values)].sort().join('|');
  switch (aspect) {
    case 'fee':
      return unique(procedure.methods.map((m) => formatFees(m.fees)));
    case 'duration':
      return unique(procedure.methods.map((m) => formatDuration(m.duration)));
    case 'documents':
      return unique(procedure.documentCases.flatMap((c) => c.documents.map((d) => foldText(d.name))));
    case 'forms':
      return unique(procedure.documentCases.flatMap((c) => c.documents.flatMap((d) => d.forms)));
    case 'conditions':
      return foldText(procedure.conditions ?? '');
    case 'steps':
      return procedure.steps.map(foldText).join('|');
    case 'result':
      return unique([...procedure.results.map((r) => foldText(r.name)), ...procedure.methods.map((m) => formatDuration(m.duration))]);
    case 'where':
    case 'overview':
      return procedure.code;
  }
}

/** Whether every candidate answers every asked aspect the same way. */
export function sameAnswers(candidates: readonly Procedure[], aspects: readonly Aspect[]): boolean {
  if (aspects.length === 0) return false;
  return aspects.every((aspect) => new Set(candidates.map((p) => answerKey(p, aspect))).size === 1);
}
