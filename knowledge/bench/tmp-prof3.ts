import { openDatabase } from '../../platform/db/client.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { createStatsCache } from '../retrieve/corpus-stats.ts';
import { gatherEvidence } from '../retrieve/gather-evidence.ts';
import { loadCandidates, loadRecords, loadSections } from '../retrieve/load-rows.ts';
import { fuse, DEFAULT_WEIGHTS } from '../retrieve/fuse.ts';
import { DEFAULT_TEXT_LIMITS } from '../retrieve/text-search.ts';
import { loadDevQuestions } from './dev-questions.ts';
import { percentile } from './quality.ts';
const database = await openDatabase({ dataDir: 'memory://', url: process.env.DATABASE_URL });
const embedder = new LocalHashEmbedder();
const stats = createStatsCache(database, 1e9);
await stats.get();
const qs = (await loadDevQuestions()).map((q) => q.query);
const t: Record<string, number[]> = {};
const time = async <T,>(k: string, f: () => Promise<T> | T): Promise<T> => { const s = performance.now(); const r = await f(); (t[k] ??= []).push(performance.now() - s); return r; };
const limits = { vectorCandidates: 60, textCandidates: 150, nameCandidates: 30, text: DEFAULT_TEXT_LIMITS };
for (let round = 0; round < 2; round++) { t.gather = []; t.cands = []; t.fuse = []; t.records = []; t.sections = [];
for (const q of qs) {
  const ev = await time('gather', () => gatherEvidence(database, embedder, stats, limits, q));
  await time('cands', () => loadCandidates(database, [...ev.candidates.keys()]));
  const ranked = await time('fuse', () => fuse(ev, DEFAULT_WEIGHTS));
  await time('records', () => loadRecords(database, ranked.slice(0, 5).map((f) => f.code)));
  await time('sections', () => loadSections(database, ranked.slice(0, 5).flatMap((f) => f.chunks.slice(0, 3).map((c) => c.hit.id)), []));
} }
for (const [k, v] of Object.entries(t)) console.log(k.padEnd(8), 'p50', percentile(v, 50).toFixed(2), 'p95', percentile(v, 95).toFixed(2), 'n', v.length);
await database.close();
