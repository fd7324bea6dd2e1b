import { contentTokens, expandQuery } from '../text/index.ts';
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
}

export interface BankIndex {
  readonly size: number;
  search(question: string, limit: number): BankHit[];
}

const K1 = 1.2;
const B = 0.5;
const SECOND = 0.25;

/** Features of a text: content syllables, their adjacent pairs, and the lexicon's official terms. */
export function bankFeatures(text: string): string[] {
  const tokens = contentTokens(text);
  const pairs = tokens.slice(1).map((t, i) => `${tokens[i]}_${t}`);
  const official = expandQuery(text).matched.map((m) => `=${m.to}`);
  return [...tokens, ...pairs, ...official];
}

export function createBankIndex(entries: readonly BankEntry[]): BankIndex {
  const codes: string[] = [];
  const lengths: number[] = [];
  const postings = new Map<string, Array<{ doc: number; tf: number }>>();
  for (const entry of entries) {
    for (const question of entry.questions) {
      const doc = codes.length;
      const features = bankFeatures(question);
      codes.push(entry.code);
      lengths.push(features.length);
      const counts = new Map<string, number>();
      for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
      for (const [feature, tf] of counts) {
        let list = postings.get(feature);
        if (!list) postings.set(feature, (list = []));
        list.push({ doc, tf });
      }
    }
  }
  const docs = codes.length;
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs);
  const idf = (df: number) => Math.log(1 + (docs - df + 0.5) / (df + 0.5));

  return {
    size: docs,
    search(question, limit) {
      const scores = new Float64Array(docs);
      const touched: number[] = [];
      let own = 0;
      for (const feature of new Set(bankFeatures(question))) {
        const list = postings.get(feature);
        own += idf(list?.length ?? 0);
        if (!list) continue;
        const weight = idf(list.length);
        for (const { doc, tf } of list) {
          if (scores[doc] === 0) touched.push(doc);
          scores[doc]! += (weight * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / average));
        }
      }
      const perCode = new Map<string, [number, number]>();
      for (const doc of touched) {
        const code = codes[doc]!;
        const score = scores[doc]!;
        const best = perCode.get(code) ?? [0, 0];
        if (score > best[0]) perCode.set(code, [score, best[0]]);
        else if (score > best[1]) perCode.set(code, [best[0], score]);
      }
      return [...perCode.entries()]
        .map(([code, [first, second]]) => ({ code, score: first + SECOND * second, relevance: own > 0 ? Math.min(1, first / own) : 0 }))
        .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
        .slice(0, limit);
    },
  };
}
