import { sql } from 'drizzle-orm';
import { openDatabase } from '../../platform/db/client.ts';
import { analyzeQuery } from '../retrieve/query-terms.ts';
import { createStatsCache } from '../retrieve/corpus-stats.ts';
import { buildTsQuery, DEFAULT_TEXT_LIMITS } from '../retrieve/text-search.ts';
import { loadDevQuestions } from './dev-questions.ts';
const database = await openDatabase({ dataDir: 'memory://', url: process.env.DATABASE_URL });
const corpus = await createStatsCache(database, 1e9).get();
const qs = (await loadDevQuestions()).map((q) => q.query).slice(0, 12);
for (const q of qs) {
  const ts = buildTsQuery(analyzeQuery(q), corpus, DEFAULT_TEXT_LIMITS);
  if (!ts) continue;
  const plan = await database.rows<{ 'QUERY PLAN': string }>(sql`explain (analyze, buffers) select c.id, ts_rank_cd(c.tsv, q, 1) as score from procedure_chunks c, to_tsquery('simple', ${ts}) q where c.tsv @@ q order by score desc limit 150`);
  const lines = plan.map((p) => p['QUERY PLAN']);
  console.log(q.slice(0, 50), '|', ts, '\n   ', lines.filter((l) => /rows=|Execution|Buffers/.test(l)).slice(0, 6).map((l) => l.trim().slice(0, 140)).join('\n    '));
}
await database.close();
