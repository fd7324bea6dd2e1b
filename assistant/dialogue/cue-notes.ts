import type { Procedure } from '../../knowledge/index.ts';
import { CASE_CUES } from '../understand/case-lexicon.ts';
import { foldedWords } from '../understand/fold.ts';
import { hasAny } from '../understand/phrases.ts';
import { shorten } from '../compose/block.ts';

const MAX_NOTES = 2;

/**
 * Sentences of the record about a situation it has no document case for ("cho con tôi" →
 * "người chưa thành niên cần ý kiến đồng ý của cha, mẹ…"), quoted so nothing is invented.
 */
export function cueNotes(procedure: Procedure, cueIds: readonly string[]): string[] {
  const cues = CASE_CUES.filter((c) => cueIds.includes(c.id));
  if (cues.length === 0) return [];
  const texts = [
    procedure.conditions ?? '',
    ...procedure.steps,
    ...procedure.documentCases.flatMap((c) => c.documents.map((d) => d.name)),
    procedure.applicants ?? '',
  ];
  const sentences = texts.flatMap((t) => t.split(/(?<=[.;])\s+/)).filter((s) => s.trim() !== '');
  const found = sentences.filter((s) => cues.some((cue) => hasAny(foldedWords(s), cue.label)));
  return [...new Set(found.map((s) => shorten(s, 300)))].slice(0, MAX_NOTES);
}
