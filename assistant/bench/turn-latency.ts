/**
 * `npm run bench:assistant`: turn latency of the assistant without a language model, over the
 * dev-set conversations, on the database the environment names (real PostgreSQL when
 * DATABASE_URL is set). The full shared corpus must be in the store: run `npm run ingest` first,
 * or pass `--sample` to measure on the shipped sample corpus (seeded when the store is empty).
 * Prints p50/p95 per turn, and retrieval alone for comparison. Target: p95 ≤ 60 ms on PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../evals/index.ts';
import { createAppServices } from '../../platform/app/services.ts';
import { parseEnv } from '../../platform/config/env.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { percentile, summary } from './percentiles.ts';

const DEV_SET = fileURLToPath(new URL('../../evals/datasets/dev.jsonl', import.meta.url));
/** The shared export holds 2,642 procedures; fewer means the sample corpus only. */
const FULL_CORPUS_MIN = 2000;
const WARM_UP_TURNS = 20;
const TARGET_P95_MS = 60;

const env = parseEnv({ ...process.env, LOG_LEVEL: 'silent', OPENAI_API_KEY: '' });
const logger = createLogger('silent');
const sample = process.argv.includes('--sample');
const services = await createAppServices(env, logger, { seed: sample });
try {
  const [row] = await services.database.rows<{ n: number }>(sql`select count(*)::int as n from procedures`);
  const procedures = Number(row?.n ?? 0);
  if (procedures < FULL_CORPUS_MIN && !sample) {
    console.error(`The store holds ${procedures} procedures; ingest the shared corpus first:\n  npm run ingest -- ../shared/data/tthc/procedures.jsonl.gz\n(or pass --sample to measure on the sample corpus).`);
    process.exitCode = 2;
  } else {
    const { cases } = await loadDataset(DEV_SET);
    const conversations = cases.map((c) => c.turns.map((t) => t.text));
    const turns: number[] = [];
    let warmUp = WARM_UP_TURNS;
    for (const texts of conversations) {
      const conversationId = await services.assistant.conversations.start('eval');
      for (const text of texts) {
        const started = performance.now();
        await services.assistant.handleTurn({ conversationId, channel: 'eval', text });
        const ms = performance.now() - started;
        if (warmUp > 0) warmUp--;
        else turns.push(ms);
      }
    }
    const retrieval: number[] = [];
    for (const texts of conversations) {
      for (const text of texts) {
        const started = performance.now();
        await services.retriever.search(text, { limit: 8 });
        retrieval.push(performance.now() - started);
      }
    }
    console.log(`Assistant turn latency, ${procedures} procedures, ${services.database.driver}, no language model`);
    console.log(summary('turn (end to end)', turns));
    console.log(summary('retrieval alone', retrieval));
    const p95 = percentile(turns, 95);
    console.log(`p95 ${p95.toFixed(1)} ms ${p95 <= TARGET_P95_MS ? '≤' : '>'} target ${TARGET_P95_MS} ms${services.database.driver === 'pglite' ? ' (target applies to PostgreSQL)' : ''}`);
  }
} finally {
  await services.close();
}
