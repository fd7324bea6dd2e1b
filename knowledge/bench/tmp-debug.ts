import { sql } from 'drizzle-orm';
import { openDatabase } from '../../platform/db/client.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { toVectorLiteral } from '../store/index.ts';
const database = await openDatabase({ dataDir: '/tmp/kb/pgdata' });
const e = new LocalHashEmbedder();
const q = process.argv[2]!;
const v = toVectorLiteral(await e.embedQuery(q));
for (const code of process.argv.slice(3)) {
  const rows = await database.rows<{ section: string; d: number; len: number; t: string }>(sql`select section, 1 - (embedding::vector(512) <=> ${v}::vector(512)) as d, length(text) as len, left(text, 120) as t from procedure_chunks where procedure_code = ${code} order by d desc limit 3`);
  console.log(code, rows.map((r) => `${r.section} ${Number(r.d).toFixed(3)} len=${r.len}`).join(' | '), '\n   ', rows[0]?.t.replace(/\n/g, ' / '));
}
const exact = await database.rows<{ code: string; section: string; d: number }>(sql`select procedure_code as code, section, 1 - (embedding::vector(512) <=> ${v}::vector(512)) as d from procedure_chunks order by d desc limit 8`);
console.log('exact top', exact.map((r) => `${r.code}/${r.section} ${Number(r.d).toFixed(3)}`).join(', '));
await database.close();
