import type { DocumentCase } from '../../knowledge/index.ts';
import { CASE_CUES, type CaseCue } from './case-lexicon.ts';
import { FILLER_WORDS } from './filler-words.ts';
import { foldedWords } from './fold.ts';
import { findHits, hasAny, type PhraseHit } from './phrases.ts';

/** Situations the citizen mentions ("nhà thuê", "cho con tôi"), with where they were said. */
const CITIZEN_CASE_LEXICON = Object.fromEntries(CASE_CUES.map((cue) => [cue.id, cue.citizen]));

export function caseCueHits(words: readonly string[]): PhraseHit[] {
  return findHits(words, CITIZEN_CASE_LEXICON);
}

function labelMatchesCue(labelWords: readonly string[], cue: CaseCue): boolean {
  return hasAny(labelWords, cue.label) && !(cue.unless && hasAny(labelWords, cue.unless));
}

/**
 * The one labelled case of the record that fits what the citizen said, or null. Situation cues
 * count most; topic words found in only that label count next ("đóng quân"), so that a citizen
 * who quotes part of a label also gets it.
 */
export function matchCase(
  topicWords: readonly string[],
  cueIds: readonly string[],
  cases: readonly DocumentCase[],
  procedureName = '',
): string | null {
  const labelled = cases.filter((c): c is DocumentCase & { case: string } => c.case !== null);
  if (labelled.length === 0 || (labelled.length === 1 && cueIds.length === 0)) return null;
  const labelWords = labelled.map((c) => foldedWords(c.case));
  const cues = CASE_CUES.filter((cue) => cueIds.includes(cue.id));
  // Words that name the procedure itself ("sinh" in "khai sinh") say nothing about the case.
  const named = new Set(foldedWords(procedureName));
  const content = new Set(topicWords.filter((w) => !FILLER_WORDS.has(w) && !named.has(w)));
  const scores = labelWords.map((own) => {
    const cueScore = cues.filter((cue) => labelMatchesCue(own, cue)).length * 10;
    const distinctive = [...content].filter(
      (w) => own.includes(w) && labelWords.filter((other) => other.includes(w)).length === 1,
    ).length;
    return cueScore + distinctive;
  });
  const best = Math.max(...scores);
  if (best === 0 || scores.filter((s) => s === best).length > 1) return null;
  // A lone shared word is too weak; a cue or two distinctive words are enough.
  if (best < 2) return null;
  return labelled[scores.indexOf(best)]?.case ?? null;
}

/** Whether the record has no case at all for a situation the citizen named. */
export function unmatchedCues(cueIds: readonly string[], cases: readonly DocumentCase[]): string[] {
  const labels = cases.flatMap((c) => (c.case ? [foldedWords(c.case)] : []));
  return CASE_CUES.filter((cue) => cueIds.includes(cue.id) && !labels.some((l) => labelMatchesCue(l, cue))).map((cue) => cue.id);
}
