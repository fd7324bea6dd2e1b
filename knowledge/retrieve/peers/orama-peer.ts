import { create, insertMultiple, search } from '@orama/orama';
import type { Procedure } from '../../model/procedure.ts';
import { peerDocuments, peerQuery, peerTokenize, type PeerSearch } from './peer-documents.ts';

/**
 * Orama always matches a query word as a prefix ("ca" finds "cap", "cach", "cao" …), and its
 * `exact` option adds an all-words filter instead. Ending every token with this mark makes a
 * prefix match an exact one, as MiniSearch is set up: on two- and three-letter folded syllables,
 * prefixes match unrelated words, and the prefix walks made a dev-set run take 34 s.
 */
const WORD_END = '|';

/** Unique, end-marked tokens: Orama's own tokenizer returns unique tokens, and its index counts a repeated one as another document. */
const oramaTokens = (raw: string): string[] => [...new Set(peerTokenize(raw))].map((token) => token + WORD_END);

/**
 * Orama (BM25) over name and chunk text, name boosted ×5, exact terms: typo tolerance 1 matches
 * most short folded syllables to each other (top-1 on the dev set fell from 0.35 to 0.07).
 */
export async function createOramaPeer(procedures: Iterable<Procedure>): Promise<PeerSearch> {
  const db = create({
    schema: { code: 'string', name: 'string', text: 'string' } as const,
    components: {
      tokenizer: { language: 'vietnamese-folded', normalizationCache: new Map(), tokenize: oramaTokens },
    },
  });
  await insertMultiple(db, peerDocuments(procedures), 500);
  return {
    name: 'Orama',
    async search(query, limit) {
      const term = peerQuery(query);
      if (!term) return [];
      const result = await search(db, { term, properties: ['name', 'text'], boost: { name: 5 }, tolerance: 0, limit });
      return result.hits.map((hit) => String(hit.document.code));
    },
  };
}
