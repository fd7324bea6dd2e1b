import type { SubmissionMethod } from '../../knowledge/index.ts';
import type { Aspect } from '../reply.ts';
import { ASPECT_LEXICON, COMPARE_CUES, EXPECTED_DATE_CUES, METHOD_LEXICON, WEAK_CONDITIONS } from './aspect-lexicon.ts';
import { caseCueHits } from './detect-case.ts';
import { ELDERLY_PHRASES, soundsHesitant } from './elderly-signals.ts';
import { FILLER_WORDS, FOLLOW_UP_CUES, TOPIC_PHRASES } from './filler-words.ts';
import { alignedWords } from './aligned-words.ts';
import { findRequest } from './find-request.ts';
import { DOMAIN_WORDS, GREETINGS, HUMAN_DIGITS, INTENT_LEXICON, LEGAL_READING, PROCEDURAL_CONTEXT, THANKS, type SpecialIntent } from './intent-lexicon.ts';
import { misreadIntent } from './misread-intent.ts';
import { coveredWords, findHits, hasAny, longestHits, type PhraseHit } from './phrases.ts';

export type Intent = 'procedure' | 'greeting' | 'thanks' | 'plain_language' | SpecialIntent;

/** What one message says, read deterministically from folded words. */
export interface Understanding {
  intent: Intent;
  /**
   * Aspects in the order the citizen asked them; empty when none was named. The last one is the
   * main question: Vietnamese puts it at the end ("… ở đâu, mất mấy ngày?").
   */
  aspects: Aspect[];
  method: SubmissionMethod | null;
  /** Situation cue ids ("child", "rented"): they pick a document case. */
  caseCues: string[];
  wantsExpectedDate: boolean;
  compares: boolean;
  asksPlainLanguage: boolean;
  hesitant: boolean;
  followUpCue: boolean;
  /** The citizen asks how the law reads on their own case (see LEGAL_READING): a person's matter unless a procedure answers it. */
  asksLegalReading: boolean;
  /** Whether any word of public administration was said (see DOMAIN_WORDS). */
  mentionsDomain: boolean;
  /** A procedure code typed as such ("1.004194"). */
  code: string | null;
  /** Folded words of the whole message. */
  words: string[];
  /** The same words as typed, lower case (aligned with `words`): "tử" and "từ" differ here. */
  typed: string[];
  /** Folded words that may name a procedure (neither aspect, case, filler nor chit-chat). */
  topicWords: string[];
  /** The message without aspect and chit-chat phrases, diacritics kept: the retrieval query. */
  topicText: string;
  /**
   * In a long message, the narrative around the request (who, where, which level), kept as
   * context; empty for a short one. The retrieval query keeps it: measured on the development
   * sets, the story names the subject ("thuê phòng trọ") far more often than the question does.
   */
  context: string;
}

// Lexicons are compiled once per object (phrases.ts), so they are built once here, not per message.
const CHAT_LEXICON = {
  greeting: GREETINGS, thanks: THANKS, follow: FOLLOW_UP_CUES, when: EXPECTED_DATE_CUES, compare: COMPARE_CUES, plain: ELDERLY_PHRASES,
};
const WEAK_LEXICON = { conditions: WEAK_CONDITIONS };
const TOPIC_LEXICON = { topic: TOPIC_PHRASES };

/** Domain words that also name everyday things ("mua xe", "phí đổi vé", "giấy chứng nhận hoàn thành khóa học"). */
const EVERYDAY = new Set(['xe', 'dat', 'xa', 'cap', 'phi', 'mau', 'giay', 'nop', 'phuong']);
const ADMINISTRATIVE_WORDS = DOMAIN_WORDS.filter((w) => !EVERYDAY.has(w));

/** Order in which special intents win when several match: a request for a person comes first. */
const SPECIAL_ORDER: readonly SpecialIntent[] = [
  'human', 'legal_advice', 'complaint', 'frustration', 'dossier_status', 'book_appointment', 'prefill_form', 'out_of_scope',
];
const CODE = /(?<![\d.])(\d\.\d{6})(?![\d.])/;

export function understand(text: string): Understanding {
  const { original, words } = alignedWords(text);
  const folded = words.join(' ');
  const typed = original.map((w) => w.toLowerCase());
  const specialHits = findHits(words, INTENT_LEXICON).filter((h) => !misreadIntent(h, words, typed));
  const aspectHits = longestHits(findHits(words, ASPECT_LEXICON)).filter((h) => !notAFee(h, words, original, text));
  const methodHits = longestHits(findHits(words, METHOD_LEXICON));
  const caseHits = caseCueHits(words);
  const chatHits = findHits(words, CHAT_LEXICON);
  const weakHits = aspectHits.length === 0 ? findHits(words, WEAK_LEXICON) : [];
  const split = findRequest(text);
  const aspects = askedAspects(split.context === '' ? null : split.request) ?? orderedTags([...aspectHits, ...weakHits]);
  const procedural = hasAny(words, PROCEDURAL_CONTEXT);
  const administrative = hasAny(words, ADMINISTRATIVE_WORDS);
  // An overruled intent's words are the citizen's story ("môi giới ở công ty chứng khoán"): the search reads them.
  const heard = specialHits.filter((h) => !overruled(h.tag as SpecialIntent, procedural, administrative));
  const covered = coveredWords([...heard, ...aspectHits, ...weakHits, ...methodHits, ...caseHits, ...chatHits]);
  const named = coveredWords(findHits(words, TOPIC_LEXICON));
  const topicIndexes = words
    .map((_, i) => i)
    .filter((i) => named.has(i) || (!covered.has(i) && !FILLER_WORDS.has(words[i] as string)));
  const keptForSearch = words.map((_, i) => i).filter((i) => !covered.has(i) || caseHits.some((h) => i >= h.start && i < h.end));
  const domain = hasAny(words, DOMAIN_WORDS);
  const special = SPECIAL_ORDER.find((intent) => heard.some((h) => h.tag === intent));
  const code = CODE.exec(text)?.[1] ?? null;
  const topicWords = topicIndexes.map((i) => words[i] as string);
  const asksPlain = chatHits.some((h) => h.tag === 'plain');
  return {
    intent: chooseIntent(folded, special, aspects.length > 0 || topicWords.length > 0 || code !== null, chatHits, asksPlain),
    aspects,
    method: methodHits[0]?.tag ?? null,
    caseCues: [...new Set(caseHits.map((h) => h.tag))],
    wantsExpectedDate: chatHits.some((h) => h.tag === 'when') && (aspects.includes('result') || aspects.includes('duration')),
    compares: chatHits.some((h) => h.tag === 'compare'),
    asksPlainLanguage: asksPlain,
    hesitant: soundsHesitant(text, words),
    followUpCue: chatHits.some((h) => h.tag === 'follow') || words[0] === 'con' || words[0] === 'the' || words[0] === 'vay',
    asksLegalReading: hasAny(words, LEGAL_READING),
    mentionsDomain: domain,
    code,
    words,
    typed,
    topicWords,
    context: split.context,
    topicText: keptForSearch.map((i) => original[i]).filter((w, k, all) => k === 0 || w !== all[k - 1]).join(' '),
  };
}

/** Words after an unaccented "phi" that make it part of another word ("đất phi nông nghiệp", "phi lợi nhuận"); "phi cong" may be "phí công chứng". */
const NOT_FEE_AFTER = new Set(['nong', 'loi']);

/** "phi" that is not "phí": typed without its tone in a message typed with diacritics, or part of another word. */
function notAFee(hit: PhraseHit, words: readonly string[], original: readonly string[], text: string): boolean {
  if (hit.tag !== 'fee' || hit.end - hit.start !== 1 || words[hit.start] !== 'phi') return false;
  const typedWithTones = /[\u0300-\u036f]/u.test(text.normalize('NFD'));
  return NOT_FEE_AFTER.has(words[hit.end] ?? '') || (typedWithTones && original[hit.start]?.toLowerCase() === 'phi');
}

/**
 * A legal term in a question about filing is a procedure question; a word of everyday life
 * ("người yêu", "làm bánh", "chứng khoán") in a message that also speaks of papers, permits or
 * offices is the citizen's story, not the question: the search and the answer policy decide.
 */
function overruled(intent: SpecialIntent, procedural: boolean, administrative: boolean): boolean {
  return (intent === 'legal_advice' && procedural) || (intent === 'out_of_scope' && administrative);
}

function chooseIntent(folded: string, special: SpecialIntent | undefined, asksSomething: boolean, chat: PhraseHit[], plain: boolean): Intent {
  if (HUMAN_DIGITS.includes(folded)) return 'human';
  if (special) return special;
  if (asksSomething) return 'procedure';
  if (chat.some((h) => h.tag === 'thanks')) return 'thanks';
  if (chat.some((h) => h.tag === 'greeting')) return 'greeting';
  if (plain) return 'plain_language';
  return 'procedure';
}

/** In a long message, what the request sentences ask ("cần mang gì"), not aspect words of the story; null when they name none. */
function askedAspects(request: string | null): Aspect[] | null {
  if (request === null) return null;
  const asked = orderedTags(longestHits(findHits(alignedWords(request).words, ASPECT_LEXICON)));
  return asked.length > 0 ? asked : null;
}

function orderedTags<T extends string>(hits: readonly PhraseHit<T>[]): T[] {
  return [...new Set([...hits].sort((a, b) => a.start - b.start).map((h) => h.tag))];
}
