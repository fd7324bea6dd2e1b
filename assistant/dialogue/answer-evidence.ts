import type { Procedure } from '../../knowledge/index.ts';
import type { RetrievedProcedure } from '../ports.ts';
import { accentedWords, foldText } from '../understand/fold.ts';
import type { Understanding } from '../understand/understand.ts';

/**
 * What speaks for answering with the procedure the search chose, besides the retriever's own
 * confidence: how much of what the citizen said the record explains. A question about something
 * the corpus does not hold ("xin visa du lịch Nhật", "giấy phép lao động cho người nước ngoài")
 * still finds a nearest procedure, but many of its words appear nowhere in that record.
 */
export interface AnswerEvidence {
  confidence: number;
  /** The chosen procedure was the search's first. */
  first: number;
  /** Relevance (0..1) of the example bank's best phrasing for the chosen procedure; 0 if none. */
  bank: number;
  /**
   * The bank ranked the chosen procedure first with a phrasing that covers the question well: a
   * first place won with a few shared words ("sao lưu danh bạ" → a vehicle registration) says little.
   */
  bankLead: number;
  /** The life event the question describes leads to the chosen procedure. */
  event: number;
  /** Share of the question's topic words in the procedure's name. */
  nameShare: number;
  /** Share of the question's topic words found anywhere in the record. */
  recordShare: number;
  /** Topic words of the question, log-scaled: long stories explain less of themselves. */
  length: number;
  /** The bank's best relevance for any result: whether citizens ask such things of the corpus at all. */
  bankMax: number;
  /** Cosine (0..1) of the question to the chosen procedure's phrasings and name together (the bank's classifier); 0 if not proposed. */
  centroid: number;
  /** The classifier ranked the chosen procedure first. */
  centroidLead: number;
  /** The classifier's best cosine for any result: how close the question is to anything the corpus holds. */
  centroidMax: number;
  /**
   * Probability (0..1) the classifier's softmax gives the chosen procedure among its look-alikes; 0
   * if not proposed. The cosine says whether the question is like anything the corpus holds, this
   * says which of the similar procedures it is.
   */
  softmax: number;
  /** The retriever's confidence in the runner-up. */
  second: number;
  /** How often citizens use the chosen procedure (log10 of its usage weight + 1): most questions are about common ones. */
  usage: number;
}

/**
 * Bank relevance from which a first place counts in full; below, in proportion. Chosen on the
 * development sets (0.08, 0.12 and 0.16 were tried; 0.12 withheld the most wrong answers per right one).
 */
const BANK_CLEAR = 0.12;

const recordText = (procedure: Procedure): string =>
  [procedure.name, procedure.field, procedure.agency, procedure.applicants, procedure.documentsText, procedure.conditions, procedure.resultsText, procedure.stepsText]
    .filter(Boolean)
    .join(' ');

const recordWords = new Map<string, ReadonlySet<string>>();
const CACHED_RECORDS = 256;

function wordsOf(procedure: Procedure): ReadonlySet<string> {
  const key = `${procedure.code}:${procedure.updatedAt ?? ''}`;
  const cached = recordWords.get(key);
  if (cached) return cached;
  const words = new Set(foldText(recordText(procedure)).split(' '));
  if (recordWords.size >= CACHED_RECORDS) recordWords.delete(recordWords.keys().next().value as string);
  recordWords.set(key, words);
  return words;
}

/**
 * The procedure's record speaks of an area's term ("kham suc khoe" in a licence's documents): folded,
 * or as written when only that spelling names it ("chó" is not "cho"). Rare, so not cached.
 */
export function recordMentions(procedure: Procedure, term: { term: string; written?: string }): boolean {
  if (term.written) return ` ${accentedWords(recordText(procedure)).join(' ')} `.includes(` ${term.written} `);
  return ` ${foldText(recordText(procedure))} `.includes(` ${term.term} `);
}

function share(words: readonly string[], within: ReadonlySet<string>): number {
  return words.length === 0 ? 0 : words.filter((w) => within.has(w)).length / words.length;
}

/** `confidence` is the decision's own: a candidate promoted by the citizen's words inherits the top's. */
export function answerEvidence(u: Understanding, chosen: Procedure, confidence: number, results: readonly RetrievedProcedure[]): AnswerEvidence {
  const found = results.find((r) => r.procedure.code === chosen.code);
  const topic = [...new Set(u.topicWords)];
  return {
    confidence,
    first: results[0]?.procedure.code === chosen.code ? 1 : 0,
    bank: found?.bank?.relevance ?? 0,
    bankLead: found?.bank?.rank === 0 ? Math.min(1, found.bank.relevance / BANK_CLEAR) : 0,
    event: found?.event?.procedures.includes(chosen.code) ? 1 : 0,
    nameShare: share(topic, new Set(foldText(chosen.name).split(' '))),
    recordShare: share(topic, wordsOf(chosen)),
    length: Math.log(1 + topic.length),
    bankMax: Math.max(0, ...results.map((r) => r.bank?.relevance ?? 0)),
    centroid: found?.classified?.similarity ?? 0,
    centroidLead: found?.classified?.rank === 0 ? 1 : 0,
    centroidMax: Math.max(0, ...results.map((r) => r.classified?.similarity ?? 0)),
    softmax: found?.classified?.probability ?? 0,
    second: results.find((r) => r.procedure.code !== chosen.code)?.confidence ?? 0,
    usage: Math.log10(1 + chosen.popularity),
  };
}
