import type { Database } from '../../platform/db/client.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { createTestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { ingestProcedures } from '../ingest/ingest-procedures.ts';
import { createRetriever } from '../retrieve/index.ts';
import { createMiniSearchPeer, createOramaPeer, type PeerSearch } from '../retrieve/peers/index.ts';
import { createProcedureStore } from '../store/index.ts';
import { loadDevQuestions, type DevQuestion } from './dev-questions.ts';
import { measureQuality, percentile, type QualityFigures, type QualityReport } from './quality.ts';
import { FLATTENED_EXPORT, readSharedCorpus } from './shared-corpus.ts';
import { megabytes, storageSize } from './storage-size.ts';

/**
 * `npm run bench:retrieval`: ingest time and index size of the full shared corpus, query latency on
 * PGlite and (with DATABASE_URL) on PostgreSQL, and top-1 / recall@5 / MRR on the dev set overall
 * and per tag, beside two peer search libraries given the same folding and lexicon.
 */
const LIMIT = 10;
/** `-- --postgres-only` skips the PGlite run (quality figures then come from PostgreSQL). */
const postgresOnly = process.argv.includes('--postgres-only');
const embedder = new LocalHashEmbedder();
const questions = await loadDevQuestions();
const { procedures, popularity } = await readSharedCorpus();
console.log(`Corpus: ${procedures.length} procedures; dev set: ${questions.length} questions with a procedure to find.\n`);

async function benchDriver(database: Database, label: string) {
  await migrate(database);
  const store = createProcedureStore(database, embedder);
  const ingest = await ingestProcedures(store, FLATTENED_EXPORT, { popularity });
  const size = await storageSize(database);
  const counts = await store.counts();
  console.log(`[${label}] ingest ${ingest.seconds.toFixed(1)} s (${ingest.imported} procedures, ${counts.chunks} chunks); storage ${megabytes(size.total)}`);
  for (const [name, bytes] of Object.entries(size.indexes)) console.log(`    ${name.padEnd(40)} ${megabytes(bytes)}`);
  const retriever = createRetriever(database, embedder);
  const search = async (query: string) => (await retriever.search(query, { limit: LIMIT })).map((r) => r.procedure.code);
  for (const question of questions) await search(question.query); // warm up: caches, statistics, plans
  const report = await measureQuality(questions, search);
  console.log(`[${label}] latency p50 ${percentile(report.latencies, 50).toFixed(1)} ms, p95 ${percentile(report.latencies, 95).toFixed(1)} ms\n`);
  return { report, retriever };
}

let measured: Awaited<ReturnType<typeof benchDriver>> | null = null;
let confidence: Awaited<ReturnType<typeof confidenceFigures>> | null = null;
if (!postgresOnly) {
  const pglite = await openDatabase({ dataDir: 'memory://' });
  measured = await benchDriver(pglite, 'PGlite');
  confidence = await confidenceFigures(questions, (q) => measured!.retriever.search(q, { limit: 1 }));
  await pglite.close();
}
if (process.env.DATABASE_URL) {
  const postgres = await createTestDatabase({ migrate: false });
  try {
    const onServer = await benchDriver(postgres, 'PostgreSQL');
    if (!measured) {
      measured = onServer;
      confidence = await confidenceFigures(questions, (q) => onServer.retriever.search(q, { limit: 1 }));
    }
  } finally {
    await postgres.destroy();
  }
} else {
  console.log('[PostgreSQL] skipped: set DATABASE_URL to measure latency on a real server.\n');
}
if (!measured || !confidence) throw new Error('nothing measured: --postgres-only needs DATABASE_URL');
const hybrid = measured.report;

const peers: PeerSearch[] = [createMiniSearchPeer(procedures), await createOramaPeer(procedures)];
const peerReports = new Map<string, QualityReport>();
for (const peer of peers) peerReports.set(peer.name, await measureQuality(questions, (q) => peer.search(q, LIMIT)));

printQuality([['hybrid', hybrid], ...peerReports]);
const bestPeer = Math.max(...[...peerReports.values()].map((r) => r.overall.top1));
console.log(`\nTop-1 lead over the better peer: ${((hybrid.overall.top1 - bestPeer) * 100).toFixed(1)} points`);
console.log(
  `Confidence ≥ 0.6 on ${confidence.confident}/${questions.length} questions; top-1 right on ${(confidence.precision * 100).toFixed(1)}% of them ` +
    `(below 0.6: ${(confidence.restAccuracy * 100).toFixed(1)}% right)`,
);

function printQuality(rows: Array<[string, QualityReport]>): void {
  const fmt = (f: QualityFigures) => `${f.top1.toFixed(3)}  ${f.recall5.toFixed(3)}  ${f.mrr.toFixed(3)}`;
  console.log(`${'set'.padEnd(14)} ${'n'.padStart(4)}  ${rows.map(([name]) => `${name.padEnd(19)}`).join(' ')}`);
  console.log(`${''.padEnd(20)}${rows.map(() => 'top1   r@5    MRR  ').join(' ')}`);
  const line = (label: string, pick: (r: QualityReport) => QualityFigures | undefined) => {
    const n = pick(rows[0]![1])?.n ?? 0;
    console.log(`${label.padEnd(14)} ${String(n).padStart(4)}  ${rows.map(([, r]) => fmt(pick(r) ?? { n: 0, top1: 0, recall5: 0, mrr: 0 })).join('  ')}`);
  };
  line('overall', (r) => r.overall);
  for (const tag of Object.keys(rows[0]![1].byTag)) line(tag, (r) => r.byTag[tag]);
}

async function confidenceFigures(devQuestions: DevQuestion[], top: (q: string) => Promise<Array<{ procedure: { code: string }; confidence: number }>>) {
  let confident = 0;
  let right = 0;
  let restRight = 0;
  for (const question of devQuestions) {
    const [best] = await top(question.query);
    const ok = best !== undefined && question.expected.includes(best.procedure.code);
    if ((best?.confidence ?? 0) >= 0.6) {
      confident++;
      if (ok) right++;
    } else if (ok) restRight++;
  }
  const rest = devQuestions.length - confident;
  return { confident, precision: confident ? right / confident : 0, restAccuracy: rest ? restRight / rest : 0 };
}
