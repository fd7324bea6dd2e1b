import { sql } from 'drizzle-orm';
import { openDatabase } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { procedureChunks, procedures } from '../store/tables.ts';

const dropIndex = process.argv[2] === 'drop';
const database = await openDatabase({ dataDir: 'memory://', url: process.env.DATABASE_URL });
await migrate(database);
if (dropIndex) await database.db.execute(sql`drop index procedure_chunks_embedding_hnsw_512`);
const t0 = performance.now();
const N = 2600, C = 8;
for (let b = 0; b < N; b += 200) {
  const procs = Array.from({ length: 200 }, (_, i) => ({ code: `1.${String(b + i).padStart(6, '0')}`, name: 'x', nameFolded: 'x', record: {}, contentHash: 'h', source: 's' }));
  await database.db.transaction(async (tx) => {
    await tx.insert(procedures).values(procs);
    const rows = procs.flatMap((p) => Array.from({ length: C }, (_, o) => ({ procedureCode: p.code, section: 'steps', ordinal: o, text: 'lorem ipsum dolor sit amet '.repeat(40), textFolded: 'lorem ipsum dolor sit amet '.repeat(40), embedder: 't', embeddingDim: 512, embedding: Array.from({ length: 512 }, () => Math.random() - 0.5) })));
    for (let i = 0; i < rows.length; i += 400) await tx.insert(procedureChunks).values(rows.slice(i, i + 400));
  });
}
const t1 = performance.now();
console.log('insert', ((t1 - t0) / 1000).toFixed(1), 's');
if (dropIndex) {
  await database.db.execute(sql`CREATE INDEX procedure_chunks_embedding_hnsw_512 ON procedure_chunks USING hnsw ((embedding::vector(512)) vector_cosine_ops) WHERE embedding_dim = 512`);
  console.log('index', ((performance.now() - t1) / 1000).toFixed(1), 's');
}
await database.close();
