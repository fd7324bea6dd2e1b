import MiniSearch from 'minisearch';
import type { Procedure } from '../../model/procedure.ts';
import { peerDocuments, peerQuery, peerTokenize, type PeerDocument, type PeerSearch } from './peer-documents.ts';

/**
 * MiniSearch (BM25+) over name and chunk text, name boosted ×5. No fuzzy or prefix matching: on
 * two- and three-letter folded syllables it matches unrelated words (top-1 on the dev set fell
 * from 0.42 to 0.27 with fuzzy 0.15).
 */
export function createMiniSearchPeer(procedures: Iterable<Procedure>): PeerSearch {
  const index = new MiniSearch<PeerDocument>({
    idField: 'code',
    fields: ['name', 'text'],
    tokenize: peerTokenize,
    processTerm: (term) => term,
    searchOptions: { boost: { name: 5 }, combineWith: 'OR', fuzzy: false, prefix: false },
  });
  index.addAll(peerDocuments(procedures));
  return {
    name: 'MiniSearch',
    async search(query, limit) {
      const text = peerQuery(query);
      if (!text) return [];
      return index
        .search(text)
        .slice(0, limit)
        .map((r) => String(r.id));
    },
  };
}
