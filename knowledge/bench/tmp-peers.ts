import MiniSearch from 'minisearch';
import { create, insertMultiple, search } from '@orama/orama';
import { peerDocuments, peerQuery, peerTokenize } from '../retrieve/peers/peer-documents.ts';
import { loadDevQuestions } from './dev-questions.ts';
import { measureQuality } from './quality.ts';
import { readSharedCorpus } from './shared-corpus.ts';
const { procedures } = await readSharedCorpus();
const questions = await loadDevQuestions();
const docs = peerDocuments(procedures);
for (const fuzzy of [0, 0.15]) for (const boost of [2, 5]) {
  const index = new MiniSearch({ idField: 'code', fields: ['name', 'text'], tokenize: peerTokenize, processTerm: (t) => t, searchOptions: { boost: { name: boost }, combineWith: 'OR', fuzzy, prefix: false } });
  index.addAll(docs);
  const r = await measureQuality(questions, async (q) => index.search(peerQuery(q)).slice(0, 10).map((x) => String(x.id)));
  console.log('minisearch fuzzy', fuzzy, 'boost', boost, r.overall.top1.toFixed(3), r.overall.recall5.toFixed(3));
}
const db = create({ schema: { code: 'string', name: 'string', text: 'string' } as const, components: { tokenizer: { language: 'x', normalizationCache: new Map(), tokenize: (raw: string) => peerTokenize(raw) } } });
await insertMultiple(db, docs, 500);
for (const tolerance of [0, 1]) for (const boost of [2, 5]) {
  const r = await measureQuality(questions, async (q) => (await search(db, { term: peerQuery(q), properties: ['name', 'text'], boost: { name: boost }, tolerance, limit: 10 })).hits.map((h) => String(h.document.code)));
  console.log('orama tolerance', tolerance, 'boost', boost, r.overall.top1.toFixed(3), r.overall.recall5.toFixed(3));
}
const ex = await search(db, { term: peerQuery('đăng ký khai sinh'), properties: ['name', 'text'], boost: { name: 2 }, tolerance: 0, limit: 3 });
console.log(peerQuery('đăng ký khai sinh'), ex.hits.map((h) => `${h.document.code} ${h.document.name}`));
