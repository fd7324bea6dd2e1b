import type { Procedure } from '../../knowledge/index.ts';
import type { RetrievedProcedure } from '../ports.ts';
import type { Aspect } from '../reply.ts';
import { sameAnswers } from './answer-key.ts';
import { levelNamed, lowestLevel, preferLevel, sameServiceAtLevels } from './level-cue.ts';
import { FILLER_WORDS } from '../understand/filler-words.ts';
import type { Understanding } from '../understand/understand.ts';
import { coreName, decisionFeatures, subjectCoverage, subjectOf, usesTypedForm } from './decision-features.ts';
import { POLICY, probabilityRight } from './decision-policy.ts';
import { foldedWords } from '../understand/fold.ts';
import { narrowByVariant, namedVariants, saidVariants, VARIANT_WORDS } from './variants.ts';

/**
 * How close candidates must be to count as rivals; whether to answer is the decision policy's
 * (decision-policy.ts). `sure` is what follow-ups compare a new search with.
 */
export const THRESHOLDS = {
  /** A new search this sure leaves the current topic. */
  sure: 0.6,
  /** Others within this share of the top fused score count as close. */
  closeRatio: 0.85,
  /** Scores this close to the top are a tie. */
  tie: 0.95,
  /** Candidates below this share of the top score are never promoted by wording. */
  poolRatio: 0.35,
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
  if (subject.length === 0) return candidates;
  return candidates.filter((c) => {
    const name = new Set(foldedWords(coreName(c.procedure.name)));
    return c === top || subject.every((w) => name.has(w));
  });
}

/** A form code the citizen typed ("DC02", "CT01") keeps the candidates that use that form. */
function narrowByForm(words: readonly string[], candidates: RetrievedProcedure[]): RetrievedProcedure[] {
  const matching = candidates.filter((c) => usesTypedForm(words, c) === true);
  return matching.length > 0 ? matching : candidates;
}

/** The citizen's words the policy reads: what was said, as typed, and the words that may name a procedure. */
export type Said = Pick<Understanding, 'words' | 'typed' | 'topicWords'>;

/** The candidates the citizen's words leave in the running, and the one they point to. */
export interface Shortlist {
  top: RetrievedProcedure;
  pool: RetrievedProcedure[];
  close: RetrievedProcedure[];
  best: RetrievedProcedure;
  specific: boolean;
  variantsOpen: boolean;
}

/**
 * Which candidate the citizen's words point to: the variant they named ("bị mất" → cấp lại), the
 * level they named ("ở tỉnh"), the subject words of the top name, a form code; and the close rivals.
 */
export function shortlist(said: Said, results: readonly RetrievedProcedure[], options: { preferLowerLevel?: boolean } = {}): Shortlist | null {
  const top = results[0];
  if (!top) return null;
  const { words } = said;
  const variants = saidVariants(words);
  const near = results.filter((r) => r === top || r.score >= top.score * THRESHOLDS.poolRatio);
  const subject = subjectWords(words, said.typed, top);
  const pool = narrowByForm(words, sameSubject(subject, top, near));
  const fitting = narrowByVariant(variants, pool);
  const lead = fitting[0] ?? top;
  // The same service at another level is always close: scores cannot tell which office the citizen means.
  const close = preferLevel(
    words,
    fitting.filter((r) => r === lead || r.score >= lead.score * THRESHOLDS.closeRatio || sameServiceAtLevels([lead.procedure, r.procedure])),
  );
  const best = close[0] ?? lead;
  const specific = variants.length > 0 || levelNamed(words) || options.preferLowerLevel === true;
  // A generic question ("làm căn cước", "làm bằng lái") ranked a variant first that the citizen
  // never named: it cannot choose between first issue, renewal and reissue, so the citizen is asked.
  // A plain service tied with that variant wins instead: nothing in the question preferred the variant.
  const plainTied = pool.some((c) => namedVariants(c.procedure.name).length === 0 && c.score >= top.score * THRESHOLDS.tie);
  const variantsOpen = variants.length === 0 && namedVariants(top.procedure.name).length > 0 && !plainTied && onePerVariant(pool).length > 1;

  return { top, pool, close, best, specific, variantsOpen };
}

/**
 * Chooses among ranked candidates: the variant the citizen named ("bị mất" → cấp lại), the level
 * they named ("ở tỉnh"), the subject words they used, then the decision policy
 * (decision-policy.ts): the chosen candidate is answered only when the policy's probability that it
 * is what the citizen asks about reaches its threshold. Close candidates that answer the asked
 * aspects alike need no question; the same service at two levels goes to the lower level when the
 * citizen was specific about what they need. Otherwise one question, with the candidates that share
 * the citizen's subject as choices; none of them relevant: unknown.
 * `among` marks candidates the citizen was already offered: their words settle it, not the policy.
 */
export function choose(
  said: Said,
  results: readonly RetrievedProcedure[],
  aspects: readonly Aspect[],
  options: { preferLowerLevel?: boolean; among?: boolean } = {},
): Choice {
  const list = shortlist(said, results, options);
  if (!list) return { kind: 'unknown', confidence: 0 };
  const { top, pool, close, best, specific, variantsOpen } = list;
  const probability = (c: RetrievedProcedure) => probabilityRight(decisionFeatures(said, results, c));
  const confidence = options.among ? Math.max(probability(best), POLICY.answer) : probability(best);
  const sure = confidence >= POLICY.answer;
  const citizenSubject = subjectOf(said);
  // Choices share the citizen's subject and carry some evidence; unrelated procedures are never listed.
  const offerable = (candidates: readonly RetrievedProcedure[]) =>
    options.among
      ? [...candidates]
      : candidates.filter(
          (c) => probability(c) >= POLICY.offer && (c === best || citizenSubject.length === 0 || subjectCoverage(citizenSubject, c) >= POLICY.relevantSubject),
        );
  // The candidate the citizen's words point to comes first.
  // Variants or levels of one service share the subject by construction: offered together or not at all.
  const ask = (candidates: readonly RetrievedProcedure[], oneService = false): Choice => {
    const ordered = candidates.includes(best) ? [best, ...candidates.filter((c) => c !== best)] : [...candidates];
    const relevant = offerable(ordered);
    const offered = (oneService && relevant.length > 0 ? ordered : relevant).slice(0, POLICY.maxChoices);
    return offered.length > 0 ? { kind: 'ambiguous', candidates: offered, confidence } : { kind: 'unknown', confidence };
  };

  if (close.length === 1 && !variantsOpen) return sure ? { kind: 'found', procedure: best.procedure, confidence } : ask(results);
  const group = variantsOpen ? onePerVariant(pool) : close;
  const procedures = group.map((c) => c.procedure);
  if (sure && sameAnswers(procedures, aspects)) return { kind: 'found', procedure: best.procedure, confidence };
  // Which office (province or ministry) matters for where, how much and how long; the papers are the same.
  const levelMatters = aspects.length === 0 || aspects.some((a) => LEVEL_SENSITIVE.has(a));
  const levelsOpen = sameServiceAtLevels(procedures);
  if (sure && (specific || !levelMatters) && levelsOpen) return { kind: 'found', procedure: lowestLevel(procedures), confidence };
  if (sure && !variantsOpen && !levelsOpen && best === top) return { kind: 'found', procedure: best.procedure, confidence };
  return ask(group, variantsOpen || levelsOpen);
}
