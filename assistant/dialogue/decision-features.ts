import type { RetrievedProcedure } from '../ports.ts';
import { FILLER_WORDS } from '../understand/filler-words.ts';
import { foldedWords, foldText } from '../understand/fold.ts';
import type { Understanding } from '../understand/understand.ts';
import type { DecisionFeatures } from './decision-policy.ts';
import { levelNamed } from './level-cue.ts';
import { namedVariants, saidVariants, VARIANT_WORDS } from './variants.ts';

/** What the policy reads of the understanding. */
export type Heard = Pick<Understanding, 'words' | 'topicWords'>;

/** The service itself, without who it is for or where it is done: "Cấp thẻ căn cước". */
export function coreName(name: string): string {
  return name.split(/\s*\(|\s+(?:cho|đối với|tại|thực hiện)\s+/iu)[0] ?? name;
}

const meaningful = (w: string) => !FILLER_WORDS.has(w) && !VARIANT_WORDS.has(w) && !/^\d+$/.test(w);

/** The folded words of the question that may name what it is about. */
export function subjectOf(u: Pick<Understanding, 'topicWords'>): string[] {
  return [...new Set(u.topicWords.filter(meaningful))];
}

function nameWords(name: string): Set<string> {
  return new Set(foldedWords(coreName(name)).filter(meaningful));
}

/** Share of the subject words found in the candidate's name (0 when the question has none). */
export function subjectCoverage(subject: readonly string[], candidate: RetrievedProcedure): number {
  if (subject.length === 0) return 0;
  const name = new Set(foldedWords(candidate.procedure.name));
  return subject.filter((w) => name.has(w)).length / subject.length;
}

/** Share of the candidate's own name words that the question says. */
function nameCoverage(words: ReadonlySet<string>, candidate: RetrievedProcedure): number {
  const name = nameWords(candidate.procedure.name);
  if (name.size === 0) return 0;
  return [...name].filter((w) => words.has(w)).length / name.size;
}

/** Whether the candidate uses a form code the citizen typed ("CT01"); null when none was typed. */
export function usesTypedForm(words: readonly string[], candidate: RetrievedProcedure): boolean | null {
  const codes = words.filter((w) => /^[a-z]{1,3}\d{1,3}[a-z]?$/.test(w));
  if (codes.length === 0) return null;
  return candidate.procedure.documentCases.some((dc) => dc.documents.some((d) => codes.some((code) => foldText(`${d.name} ${d.forms.join(' ')}`).includes(code))));
}

/** Whether the citizen named a variant, a level or a form this candidate has. */
function specificTo(u: Heard, candidate: RetrievedProcedure): boolean {
  if (usesTypedForm(u.words, candidate) === true) return true;
  const said = saidVariants(u.words);
  const named = namedVariants(candidate.procedure.name);
  if (said.some((v) => (v === 'first' ? named.length === 0 : named.includes(v)))) return true;
  return levelNamed(u.words);
}

/**
 * Codes of the procedures a life event the citizen described leads to. The understanding step
 * exposes them as `events` once life events are data; without it no event is matched.
 */
export function eventCodes(u: Heard): ReadonlySet<string> {
  const events = (u as Heard & { events?: readonly { procedures?: readonly string[] }[] }).events ?? [];
  return new Set(events.flatMap((e) => e.procedures ?? []));
}

/** The evidence that `candidate` (one of `ranked`) is what the citizen asks about. */
export function decisionFeatures(u: Heard, ranked: readonly RetrievedProcedure[], candidate: RetrievedProcedure): DecisionFeatures {
  const [top, second] = ranked;
  const subject = subjectOf(u);
  const words = new Set(u.words);
  const coverage = (c: RetrievedProcedure) => subjectCoverage(subject, c) + nameCoverage(words, c);
  const bestByName = ranked.reduce<RetrievedProcedure | undefined>((best, c) => (best === undefined || coverage(c) > coverage(best) ? c : best), undefined);
  const topScore = top?.score ?? 0;
  const hits = Math.round(subjectCoverage(subject, candidate) * subject.length);
  const rival = Math.max(0, ...ranked.filter((c) => c !== candidate).map(coverage));
  return {
    subjectInName: subjectCoverage(subject, candidate),
    subjectHits: Math.min(hits, 4) / 4,
    nameLead: coverage(candidate) - rival,
    nameInQuestion: nameCoverage(words, candidate),
    retrieval: candidate.confidence,
    margin: topScore > 0 ? (topScore - (second?.score ?? 0)) / topScore : 0,
    agreement: candidate === top && candidate === bestByName ? 1 : 0,
    specific: specificTo(u, candidate) ? 1 : 0,
    // The life event retrieval recognised leads to this procedure (the same event on every result).
    event: candidate.event?.procedures.includes(candidate.procedure.code) || eventCodes(u).has(candidate.procedure.code) ? 1 : 0,
    // The example-question bank proposed it: how well its best phrasing covers the question, and whether it ranked first.
    bank: candidate.bank?.relevance ?? 0,
    bankFirst: candidate.bank?.rank === 0 ? 1 : 0,
    length: Math.log1p(subject.length),
  };
}
