import { chunkProcedure } from '../../chunk/index.ts';
import type { Procedure } from '../../model/procedure.ts';
import { contentTokens, expandQuery, syllables } from '../../text/index.ts';

/** A search-library peer used as a baseline: same corpus, same folding, same lexicon. */
export interface PeerSearch {
  readonly name: string;
  search(query: string, limit: number): Promise<string[]>;
}

export interface PeerDocument {
  code: string;
  name: string;
  /** Every chunk's text, so the peer sees exactly what the hybrid retriever indexes. */
  text: string;
}

export function peerDocuments(procedures: Iterable<Procedure>): PeerDocument[] {
  return [...procedures].map((p) => ({
    code: p.code,
    name: p.name,
    text: chunkProcedure(p)
      .map((c) => c.text)
      .join('\n'),
  }));
}

/** The tokenizer every peer gets: fold and split into syllables. */
export const peerTokenize = (text: string): string[] => syllables(text);

/** The question as peers see it: lexicon-expanded, folded content tokens (no stopwords). */
export const peerQuery = (query: string): string => contentTokens(expandQuery(query).expanded).join(' ');
