import { sql } from 'drizzle-orm';
import { openDatabase } from '../../platform/db/client.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { toVectorLiteral } from '../store/index.ts';
import { loadDevQuestions } from './dev-questions.ts';
import { PROVINCES } from './synthetic-corpus.ts';
const db = await openDatabase({ url: process.argv[2]!, dataDir: 'memory://' });
const e = new LocalHashEmbedder();
const qs = (await loadDevQuestions()).map((q, i) => `${q.query} ở ${PROVINCES[i % PROVINCES.length]}`).slice(0, Number(process.argv[3] ?? 20));
const exact: Array<Array<{ id: number; s: number; code: string }>> = [];
for (const q of qs) {
  const v = toVectorLiteral(await e.embedQuery(q));
  exact.push(await db.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_indexscan = off`); await tx.execute(sql`set local enable_bitmapscan = off`);
    const r = (await tx.execute(sql`select id, procedure_code as code, 1 - (embedding::vector(512) <=> ${v}::vector(512)) as s from procedure_chunks where embedding_dim = 512 order by embedding::vector(512) <=> ${v}::vector(512) limit 10`)) as unknown as { rows: Array<{ id: string; s: number; code: string }> };
    return r.rows.map((x) => ({ id: Number(x.id), s: Number(x.s), code: x.code }));
  }));
}
console.log('example exact', exact[0]!.map((x) => `${x.code}:${x.s.toFixed(4)}`).join(' '));
for (const ef of (process.argv[4] ?? "120,400,1000").split(",").map(Number)) {
  let rec = 0; let ms = 0;
  for (let i = 0; i < qs.length; i++) {
    const v = toVectorLiteral(await e.embedQuery(qs[i]!));
    const t = performance.now();
    const got = await db.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local hnsw.ef_search = ${ef}`));
      const r = (await tx.execute(sql`select id, 1 - (embedding::vector(512) <=> ${v}::vector(512)) as s from procedure_chunks where embedding_dim = 512 order by embedding::vector(512) <=> ${v}::vector(512) limit 10`)) as unknown as { rows: Array<{ id: string; s: number }> };
      return r.rows.map((x) => ({ id: Number(x.id), s: Number(x.s) }));
    });
    ms += performance.now() - t;
    const tenth = exact[i]!.at(-1)!.s;
    rec += got.filter((g) => g.s >= tenth - 1e-6).length / 10;
    if (ef === 120 && i < 3) console.log('  hnsw', got.map((g) => g.s.toFixed(4)).join(' '), '| exact', exact[i]!.map((x) => x.s.toFixed(4)).join(' '));
  }
  console.log('ef', ef, 'recall', (rec / qs.length).toFixed(3), 'ms', (ms / qs.length).toFixed(1));
}
await db.close();
