import { setImmediate } from 'node:timers/promises';
import { NOT_IDENTIFYING } from '../retrieve/query-terms.ts';
import { contentTokens, expandQuery, fold } from '../text/index.ts';
import type { BankEntry } from './load-bank.ts';

/**
 * Lexical index of the example-question bank: BM25 over the content syllables of each phrasing,
 * their adjacent pairs and the official terms the lexicon maps them to. A question is scored
 * against every phrasing; a procedure takes the score of its best phrasing plus a little of the
 * next, so a procedure many phrasings agree on beats one lucky sentence.
 */
export interface BankHit {
  code: string;
  /** BM25 of the best phrasing (plus a quarter of the second); only comparable within one query. */
  score: number;
  /**
   * The best phrasing's score over the question's own weight (0..1, roughly): how much of what the
   * question says the phrasing covers. Words the bank never uses count at full weight, so a question
   * about something the bank does not hold stays low even when a few common words match.
   */
  relevance: number;
  /**
   * The best phrasing's score against a fixed scale (0..1): a vague question ("cái giấy ấy làm sao")
   * matches a phrasing in full but only with common words, and stays weak here.
   */
  strength: number;
}

export interface BankIndex {
  readonly size: number;
  search(question: string, limit: number): BankHit[];
  /** The same, for a question's features already computed (bankFeatures), which its classifier also reads. */
  searchFeatures(features: readonly string[], limit: number): BankHit[];
  /** Every phrasing's procedure and features, for the classifier learned from them (bank-centroids.ts). */
  readonly phrasings: ReadonlyArray<{ code: string; features: readonly string[] }>;
}

const K1 = 1.2;
const B = 0.5;
const SECOND = 0.25;
/** A phrasing scoring this much shares several specific words with the question (about four rare syllables or pairs). */
const STRONG = 20;
/**
 * Below this the bank does not recognise the question (a vague "cái giấy ấy làm sao", or words the
 * phrasings only share in passing): it proposes nothing rather than tip a near tie. Raised from half
 * of STRONG when the bank grew from 4,000 to 7,000 phrasings: among so many, one phrasing repeats
 * "giấy … làm" and a vague question scored 12; no development item changed.
 */
const WEAKEST = STRONG * 0.65;

/** Features of a text: content syllables, their adjacent pairs, and the lexicon's official terms that identify a procedure. */
export function bankFeatures(text: string): string[] {
  const tokens = contentTokens(text);
  const pairs = tokens.slice(1).map((t, i) => `${tokens[i]}_${t}`);
  // Official terms of what is asked ("làm thế nào" → trình tự thực hiện) say nothing of which procedure.
  const official = expandQuery(text).matched.filter((m) => !NOT_IDENTIFYING.has(fold(m.to))).map((m) => `=${m.to}`);
  return [...tokens, ...pairs, ...official];
}

export interface BankIndexOptions {
  weakest?: number;
}

export function createBankIndex(entries: readonly BankEntry[], options: BankIndexOptions = {}): BankIndex {
  const builder = startBankIndex(options);
  for (const entry of entries) for (const question of entry.questions) builder.add(entry.code, question);
  return builder.finish();
}

/** Questions indexed between two turns of the event loop: about 20 ms of work. */
const SLICE = 250;

/**
 * The same index, built a slice of questions at a time: the shipped bank takes 0.5-0.8 s, which a
 * server should not spend in one go while requests wait.
 */
export async function buildBankIndex(entries: readonly BankEntry[], options: BankIndexOptions = {}): Promise<BankIndex> {
  const builder = startBankIndex(options);
  let added = 0;
  for (const entry of entries) {
    for (const question of entry.questions) {
      builder.add(entry.code, question);
      if (++added % SLICE === 0) await setImmediate();
    }
  }
  return builder.finish();
}

function startBankIndex(options: BankIndexOptions): { add(code: string, question: string): void; finish(): BankIndex } {
  const weakest = options.weakest ?? WEAKEST;
  const codes: string[] = [];
  const lengths: number[] = [];
  const postings = new Map<string, Array<{ doc: number; tf: number }>>();
  const phrasings: Array<{ code: string; features: string[] }> = [];
  const add = (code: string, question: string) => {
    const doc = codes.length;
    const features = bankFeatures(question);
    phrasings.push({ code, features });
    codes.push(code);
    lengths.push(features.length);
    const counts = new Map<string, number>();
    for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (const [feature, tf] of counts) {
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      list.push({ doc, tf });
    }
  };
  return { add, finish: () => finishBankIndex(weakest, codes, lengths, postings, phrasings) };
}

function finishBankIndex(
  weakest: number,
  codes: readonly string[],
  lengths: readonly number[],
  postings: ReadonlyMap<string, ReadonlyArray<{ doc: number; tf: number }>>,
  phrasings: BankIndex['phrasings'],
): BankIndex {
  const docs = codes.length;
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs);
  const idf = (df: number) => Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  // Each phrasing's own weight, so that relevance also asks how much of the phrasing the question says:
  // a long phrasing that merely contains a short question's words is weaker evidence than its twin.
  const mass = new Float64Array(docs);
  for (const list of postings.values()) for (const { doc } of list) mass[doc]! += idf(list.length);

  const index: BankIndex = {
    size: docs,
    phrasings,
    search: (question, limit) => index.searchFeatures(bankFeatures(question), limit),
    searchFeatures(features, limit) {
      const scores = new Float64Array(docs);
      const shared = new Float64Array(docs);
      const touched: number[] = [];
      let own = 0;
      for (const feature of new Set(features)) {
        const list = postings.get(feature);
        own += idf(list?.length ?? 0);
        if (!list) continue;
        const weight = idf(list.length);
        for (const { doc, tf } of list) {
          if (scores[doc] === 0) touched.push(doc);
          scores[doc]! += (weight * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / average));
          shared[doc]! += weight;
        }
      }
      const perCode = new Map<string, [number, number]>();
      const said = new Map<string, number>();
      for (const doc of touched) {
        const code = codes[doc]!;
        const score = scores[doc]!;
        const best = perCode.get(code) ?? [0, 0];
        if (score > best[0]) {
          perCode.set(code, [score, best[0]]);
          said.set(code, mass[doc]! > 0 ? shared[doc]! / mass[doc]! : 0);
        } else if (score > best[1]) perCode.set(code, [best[0], score]);
      }
      return [...perCode.entries()]
        .filter(([, [first]]) => first >= weakest)
        .map(([code, [first, second]]) => ({ code, score: first + SECOND * second, relevance: own > 0 ? Math.min(1, first / own) * Math.min(1, first / STRONG) * Math.sqrt(said.get(code) ?? 0) : 0, strength: Math.min(1, first / STRONG) }))
        .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
        .slice(0, limit);
    },
  };
  return index;
}
