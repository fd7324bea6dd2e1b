import type { Procedure } from '../../knowledge/index.ts';
import type { RetrievedProcedure } from '../ports.ts';
import type { Aspect } from '../reply.ts';
import { sameAnswers } from './answer-key.ts';
import { levelNamed, lowestLevel, preferLevel, sameServiceAtLevels } from './level-cue.ts';
import { FILLER_WORDS } from '../understand/filler-words.ts';
import { foldText, foldedWords } from '../understand/fold.ts';
import { narrowByForeignElement } from './foreign-element.ts';
import { bestExplained, preferBankNarrower, preferMoreSpecific, preferNamedBroader, unaskedNarrowing } from './name-coverage.ts';
import { narrowBySubjectKind } from './subject-kinds.ts';
import { coreName, sameService } from './same-service.ts';
import { narrowByVariant, namedVariants, saidVariants, servesFirstIssue, VARIANT_WORDS } from './variants.ts';

/** Calibrated on the sample questions of evals/datasets/dev.jsonl; the results are flat around these values. */
export const THRESHOLDS = {
  /** Above this the top procedure is answered even when others are near. */
  sure: 0.6,
  /** Others within this share of the top fused score count as close. */
  closeRatio: 0.85,
  /** Scores this close to the top are a tie. */
  tie: 0.95,
  /** Candidates below this share of the top score are never promoted by wording. */
  poolRatio: 0.35,
  /** Below this nothing is answered without asking. */
  unsure: 0.2,
  /** Below this the candidates are not even offered as choices. */
  noise: 0.05,
  maxChoices: 4,
} as const;

const LEVEL_SENSITIVE: ReadonlySet<Aspect> = new Set(['overview', 'where', 'fee', 'duration']);

export type Choice =
  | { kind: 'found'; procedure: Procedure; confidence: number }
  | { kind: 'ambiguous'; candidates: RetrievedProcedure[]; confidence: number }
  | { kind: 'unknown'; confidence: number };

/** The best-ranked candidate of each variant, the plain service first: distinct choices to offer. */
function onePerVariant(candidates: readonly RetrievedProcedure[]): RetrievedProcedure[] {
  const seen = new Map<string, RetrievedProcedure>();
  for (const c of candidates) {
    const key = namedVariants(c.procedure.name).join('+');
    if (!seen.has(key)) seen.set(key, c);
  }
  const plain = seen.get('');
  return [...(plain ? [plain] : []), ...[...seen.entries()].filter(([k]) => k !== '').map(([, c]) => c)].slice(0, THRESHOLDS.maxChoices);
}

/** Function words that stay common even with their accents. */
const COMMON_TYPED = new Set(['ở', 'và', 'của', 'cho', 'các', 'có', 'là', 'tại', 'từ', 'với', 'trong', 'được', 'người', 'một', 'theo', 'hoặc', 'đã', 'khi', 'thì', 'này', 'đến', 'trên', 'về', 'đăng', 'ký', 'cấp', 'thủ', 'tục', 'giấy', 'hồ', 'sơ']);

/**
 * The words of the question found in the top name's core ("hộ chiếu", "xe") are its subject: a
 * candidate without them ("Cấp lại thẻ căn cước" for a passport question) is never promoted by wording.
 * Folding merges words the citizen kept apart ("khai tử" / "từ"): a folded filler still counts
 * when the typed word, accents and all, is in the name.
 */
function subjectWords(words: readonly string[], typed: readonly string[], top: RetrievedProcedure): string[] {
  const core = coreName(top.procedure.name);
  const folded = new Set(foldedWords(core));
  const accented = new Set(core.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const counts = (w: string, i: number) => {
    const as = typed[i];
    return !FILLER_WORDS.has(w) || (as !== undefined && accented.has(as) && !COMMON_TYPED.has(as));
  };
  return [...new Set(words.filter((w, i) => folded.has(w) && !VARIANT_WORDS.has(w) && counts(w, i)))];
}

function sameSubject(subject: readonly string[], top: RetrievedProcedure, candidates: RetrievedProcedure[]): RetrievedProcedure[] {
  // None of the citizen's words is in the top's name ("sổ đỏ"): only the top's own service and close scores may compete.
  const ownService = (c: RetrievedProcedure) => c === top || sameService(top, c) || closeness(c) >= closeness(top) * THRESHOLDS.closeRatio;
  if (subject.length === 0) return candidates.filter(ownService);
  // When the search is sure of the top it has read the variant words already: they may still pick another
  // variant of the top's own service, not another service's variant ("xin lại giấy xác nhận độc thân").
  const topVariants = namedVariants(top.procedure.name);
  const sharesVariant = (names: string[]) => (topVariants.length === 0 ? names.length === 0 : names.some((v) => topVariants.includes(v)));
  const otherVariant = (c: RetrievedProcedure) => !ownService(c) && !sharesVariant(namedVariants(c.procedure.name));
  return candidates.filter((c) => {
    if (top.confidence >= THRESHOLDS.sure && otherVariant(c)) return false;
    const name = new Set(foldedWords(coreName(c.procedure.name)));
    return c === top || subject.every((w) => name.has(w));
  });
}

/** A form code the citizen typed ("DC02", "CT01") keeps the candidates that use that form. */
function narrowByForm(words: readonly string[], candidates: RetrievedProcedure[]): RetrievedProcedure[] {
  const codes = words.filter((w) => /^[a-z]{1,3}\d{1,3}[a-z]?$/.test(w));
  if (codes.length === 0) return candidates;
  const uses = (c: RetrievedProcedure) =>
    c.procedure.documentCases.some((dc) => dc.documents.some((d) => codes.some((code) => foldText(`${d.name} ${d.forms.join(' ')}`).includes(code))));
  const matching = candidates.filter(uses);
  return matching.length > 0 ? matching : candidates;
}

/** Closeness is judged without the classifier's preference among look-alikes (ports.ts). */
const closeness = (r: RetrievedProcedure) => r.closeness ?? r.score;

/** Two to four choices: the top one, the others unless they are noise, and always a second one. */
function offered(candidates: readonly RetrievedProcedure[]): RetrievedProcedure[] {
  const kept = candidates.filter((c, i) => i <= 1 || c.confidence >= THRESHOLDS.noise);
  return kept.slice(0, THRESHOLDS.maxChoices);
}

/**
 * Chooses among ranked candidates: the variant the citizen named ("bị mất" → cấp lại), the level
 * they named ("ở tỉnh"), then the retriever's confidence. Close candidates that answer the asked
 * aspects alike need no question; the same service at two levels goes to the lower level when the
 * citizen was specific about what they need. Otherwise one question, with the candidates as choices.
 */
export function choose(
  words: readonly string[],
  results: readonly RetrievedProcedure[],
  aspects: readonly Aspect[],
  options: { preferLowerLevel?: boolean; typed?: readonly string[] } = {},
): Choice {
  const top = results[0];
  if (!top) return { kind: 'unknown', confidence: 0 };
  const said = saidVariants(words);
  const near = results.filter((r) => r === top || closeness(r) >= closeness(top) * THRESHOLDS.poolRatio);
  const subject = subjectWords(words, options.typed ?? [], top);
  const pool = narrowByForm(words, sameSubject(subject, top, near));
  const fitting = preferNamedBroader(words, preferBankNarrower(preferMoreSpecific(words, narrowBySubjectKind(words, narrowByForeignElement(words, narrowByVariant(said, pool))))));
  const lead = fitting[0] ?? top;
  // The same service at another level is close by its score like any other: the bank's phrasings,
  // in the fused score, tell which office citizens go to ("mất giấy thông hành" → the province).
  // Counting it close whatever its score sent such questions to the lowest level or asked (dev/A/B
  // answered right .912/.847/.862 → .916/.860/.880, wrong answers .062/.055/.053 → .058/.054/.037).
  const close = preferLevel(
    words,
    fitting.filter((r) => r === lead || (closeness(r) >= closeness(lead) * THRESHOLDS.closeRatio && !unaskedNarrowing(words, lead, r))),
  );
  const best = close[0] ?? lead;
  const specific = said.length > 0 || levelNamed(words) || options.preferLowerLevel === true;
  // A generic question ("làm căn cước", "làm bằng lái") ranked a variant first that the citizen
  // never named: it cannot choose between first issue, renewal and reissue, so the citizen is asked.
  // A plain service tied with that variant wins instead: nothing in the question preferred the variant.
  const plainTied = pool.some((c) => servesFirstIssue(c.procedure.name) && closeness(c) >= closeness(top) * THRESHOLDS.tie);
  const variantsOpen = said.length === 0 && !servesFirstIssue(top.procedure.name) && !plainTied && onePerVariant(pool).length > 1;
  // A candidate promoted by the citizen's words inherits the evidence that the question is about this service.
  const evidence = Math.max(best.confidence, top.confidence);
  // Below `unsure` only the citizen's own words (the subject in the name, a variant, a level) carry an answer.
  const namedByCitizen = subject.length > 0 || specific;
  const trusted = evidence >= THRESHOLDS.unsure || (namedByCitizen && evidence >= THRESHOLDS.noise);
  // Another variant or kind of the top's own service, or the service the top only narrows, chosen by the citizen's words, is as likely as the top.
  const inherited = best !== top && (sameService(top, best) || unaskedNarrowing(words, best, top)) ? top.confidence : THRESHOLDS.unsure;
  const confidence = trusted ? Math.max(best.confidence, inherited) : best.confidence;

  if (close.length === 1 && !variantsOpen) {
    if (trusted) return { kind: 'found', procedure: best.procedure, confidence };
    if (top.confidence < THRESHOLDS.noise) return { kind: 'unknown', confidence: top.confidence };
    return { kind: 'ambiguous', candidates: offered(results), confidence };
  }
  const group = variantsOpen ? onePerVariant(pool) : close;
  const procedures = group.map((c) => c.procedure);
  if (trusted && sameAnswers(procedures, aspects)) return { kind: 'found', procedure: best.procedure, confidence };
  // Which office (province or ministry) matters for where, how much and how long; the papers are the same.
  const levelMatters = aspects.length === 0 || aspects.some((a) => LEVEL_SENSITIVE.has(a));
  if ((specific || !levelMatters) && sameServiceAtLevels(procedures)) return { kind: 'found', procedure: lowestLevel(procedures), confidence };
  const levelsOpen = sameServiceAtLevels(procedures);
  if (!variantsOpen && !levelsOpen && best === top && best.confidence >= THRESHOLDS.sure) return { kind: 'found', procedure: best.procedure, confidence };
  if (top.confidence < THRESHOLDS.noise && !variantsOpen) return { kind: 'unknown', confidence: top.confidence };
  const explained = !variantsOpen && !levelsOpen ? bestExplained(words, group) : undefined;
  if (explained && trusted) return { kind: 'found', procedure: explained.procedure, confidence: Math.max(explained.confidence, inherited, evidence) };
  return { kind: 'ambiguous', candidates: offered(group), confidence };
}
