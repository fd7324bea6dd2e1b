import { openDatabase } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { loadPopularity } from '../importers/index.ts';
import { createProcedureStore } from '../store/index.ts';
import { createRetriever } from '../retrieve/index.ts';
import { ingestProcedures } from '../ingest/ingest-procedures.ts';

const database = await openDatabase({ dataDir: 'memory://', url: process.env.DATABASE_URL });
await migrate(database);
const embedder = new LocalHashEmbedder();
const store = createProcedureStore(database, embedder);
const popularity = await loadPopularity('../shared/data/tthc/popularity.json');
let t = performance.now();
const summary = await ingestProcedures(store, '../shared/data/tthc/procedures.jsonl.gz', { popularity, onProgress: (n) => process.stderr.write(`${n} ${((performance.now() - t) / 1000).toFixed(1)}s\n`) });
console.log({ ...summary, coverage: undefined }, await store.counts());
t = performance.now();
const again = await ingestProcedures(store, '../shared/data/tthc/procedures.jsonl.gz', { popularity });
console.log('reimport', again.imported, again.updated, again.unchanged, again.seconds.toFixed(1));
const retriever = createRetriever(database, embedder);
for (const q of ['làm lại căn cước', 'nhap ho khau cho con', 'đăng ký khai sinh', 'bằng lái xe bị mất', 'thủ tục 1.004222', 'xin giấy xác nhận độc thân', 'cấp hộ chiếu', 'lý lịch tư pháp']) {
  const t0 = performance.now();
  const r = await retriever.search(q, { limit: 3 });
  console.log(q, '→', (performance.now() - t0).toFixed(0), 'ms', r.map((x) => `${x.procedure.code} ${x.procedure.name.slice(0, 50)} ${x.confidence.toFixed(2)}`));
}
await database.close();
