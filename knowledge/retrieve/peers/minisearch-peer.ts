import MiniSearch from 'minisearch';
import type { Procedure } from '../../model/procedure.ts';
import { peerDocuments, peerQuery, peerTokenize, type PeerDocument, type PeerSearch } from './peer-documents.ts';

/** MiniSearch (BM25+) over name and chunk text, name boosted, small fuzziness for typos. */
export function createMiniSearchPeer(procedures: Iterable<Procedure>): PeerSearch {
  const index = new MiniSearch<PeerDocument>({
    idField: 'code',
    fields: ['name', 'text'],
    tokenize: peerTokenize,
    processTerm: (term) => term,
    searchOptions: { boost: { name: 2 }, combineWith: 'OR', fuzzy: 0.15, prefix: false },
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
