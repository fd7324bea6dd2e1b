import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type pg from 'pg';
import type { Database } from '../../platform/db/client.ts';
import { startTsWorker } from '../../platform/workers/run-in-worker.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import type { Procedure } from '../model/procedure.ts';
import type { ProcedureStore } from '../store/index.ts';
import { promoteAllRepresentativesSql } from '../store/chunk-groups.ts';
import { upsertProceduresSql } from '../store/write-procedures.ts';
import { CHUNK_COLUMNS } from '../store/write-transaction.ts';
import { copyIn } from './copy-in.ts';
import { maxVariants, type VariantStyle } from './synthetic-corpus.ts';
import { prepareBatch, type PreparedBatch, type VariantJob } from './synthetic-batch.ts';
import type { SyntheticWorkerData } from './synthetic-worker.ts';

export interface SyntheticLoad {
  procedures: number;
  chunks: number;
  /**
   * Seconds: loading rows (of which the writer was busy `writing`, the workers `preparing` in all),
   * then rebuilding the other indexes and the foreign key and choosing group representatives, then building HNSW.
   */
  seconds: { rows: number; writing: number; preparing: number; indexes: number; hnsw: number };
}

/** Memory for rebuilding the B-tree and GIN indexes in one go (a limit, not an allocation). */
const INDEX_BUILD_MEMORY = '1GB';

/**
 * Loads `target` province variants into a fresh PostgreSQL store, for the scale bench. The rows are
 * what the store's upsert writes with the local embedder (same chunking, embedder and SQL for procedures), made faster:
 * worker threads chunk and embed, each with its own connection writing its last batch while it
 * prepares the next; chunks go in by binary COPY, which spares the server parsing vector text; the
 * chunk table's indexes and foreign key are dropped during the load and rebuilt once after it, and
 * the HNSW index is built last by the store's own `ensureVectorIndex`.
 */
export async function loadSyntheticCorpus(
  database: Database,
  store: ProcedureStore,
  procedures: readonly Procedure[],
  options: {
    target: number;
    style?: VariantStyle;
    batchSize?: number;
    /** Worker threads that chunk and embed (default: one per core); 0 prepares in this thread. */
    workers?: number;
    onProgress?: (procedures: number, seconds: number) => void;
  },
): Promise<SyntheticLoad> {
  if (database.driver !== 'postgres') throw new Error('the synthetic loader needs PostgreSQL (node-postgres)');
  const target = Math.min(options.target, maxVariants(procedures));
  const batchSize = options.batchSize ?? 500;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const rebuild = await dropChunkIndexes(database);

  const jobs: VariantJob[] = [];
  for (let start = 0; start < target; start += batchSize) jobs.push({ start, count: Math.min(batchSize, target - start) });
  const style = options.style ?? 'province-in-name';
  const data: SyntheticWorkerData = { syntheticWorker: true, procedures: [...procedures], style };
  const workers = Array.from({ length: Math.max(0, Math.min(options.workers ?? availableParallelism(), jobs.length)) }, () =>
    startTsWorker(new URL('./synthetic-worker.ts', import.meta.url), data),
  );
  // Without workers (workers: 0) one preparer runs in this thread: the same batches, slower.
  const embedder = new LocalHashEmbedder();
  const preparers = workers.length
    ? workers.map((worker) => (job: VariantJob) => prepareInWorker(worker, job))
    : [(job: VariantJob) => prepareBatch(procedures, job, style, embedder)];
  // Two writers keep the server busy on both cores: its main cost is the chunks' generated tsvector.
  const clients = await Promise.all(preparers.map(() => pool.connect()));
  let loaded = 0;
  let chunks = 0;
  let writingMs = 0;
  let preparingMs = 0;
  let next = 0;
  try {
    await Promise.all(
      preparers.map(async (prepare, p) => {
        // Each preparer works on its next batch while its last one is written on its own connection.
        let pending = next < jobs.length ? prepare(jobs[next++]!) : null;
        while (pending) {
          const batch = await pending;
          pending = next < jobs.length ? prepare(jobs[next++]!) : null;
          const t = performance.now();
          const written = await writeBatch(clients[p]!, batch);
          chunks += written;
          writingMs += performance.now() - t;
          preparingMs += batch.ms;
          const before = loaded;
          loaded += batch.procedures.length;
          if (Math.floor(loaded / 10_000) > Math.floor(before / 10_000)) options.onProgress?.(loaded, seconds());
        }
      }),
    );
  } finally {
    for (const client of clients) client.release();
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const rowsDone = seconds();
  await rebuild();
  // Every group's representative in one statement, as the store's upsert promotes them batch by batch.
  await database.db.execute(promoteAllRepresentativesSql());
  const indexesDone = seconds();
  await store.ensureVectorIndex();
  const hnswDone = seconds();
  await database.db.execute(sql`analyze procedures`);
  await database.db.execute(sql`analyze procedure_chunks`);
  return {
    procedures: loaded,
    chunks,
    seconds: { rows: rowsDone, writing: writingMs / 1000, preparing: preparingMs / 1000, indexes: indexesDone - rowsDone, hnsw: hnswDone - indexesDone },
  };
}

const dialect = new PgDialect();
const COPY_CHUNKS = `copy procedure_chunks (${CHUNK_COLUMNS.map((c) => c[0]).join(', ')}) from stdin with (format binary)`;

/** One batch in one transaction, as the store writes it: procedures by its upsert SQL, then their chunks. */
async function writeBatch(client: pg.PoolClient, batch: PreparedBatch): Promise<number> {
  const rows = batch.procedures.map((procedure, i) => ({ procedure, source: 'synthetic', hash: batch.hashes[i]! }));
  const insert = dialect.sqlToQuery(upsertProceduresSql(rows));
  await client.query('begin');
  try {
    await client.query(insert.sql, insert.params);
    const chunks = await copyIn(client, COPY_CHUNKS, Buffer.from(batch.copy));
    await client.query('commit');
    return chunks;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** Sends one job to a worker and waits for its batch. */
function prepareInWorker(worker: Worker, job: VariantJob): Promise<PreparedBatch> {
  return new Promise<PreparedBatch>((resolve, reject) => {
    const done = (batch: PreparedBatch) => {
      worker.off('error', reject);
      resolve(batch);
    };
    worker.once('message', done);
    worker.once('error', reject);
    worker.postMessage(job);
  });
}

/**
 * Drops every index of the chunk table but its primary key, and its foreign key; returns what
 * recreates them from their saved definitions (the HNSW index is left to the store). Building a
 * GIN or B-tree index once is much faster than updating it row by row through a large load.
 */
async function dropChunkIndexes(database: Database): Promise<() => Promise<void>> {
  const indexes = await database.rows<{ name: string; def: string; hnsw: boolean }>(sql`select i.indexrelid::regclass::text as name,
      pg_get_indexdef(i.indexrelid) as def, am.amname = 'hnsw' as hnsw
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
    where i.indrelid = 'procedure_chunks'::regclass and not i.indisprimary`);
  const keys = await database.rows<{ name: string; def: string }>(sql`select conname as name, pg_get_constraintdef(oid) as def
    from pg_constraint where conrelid = 'procedure_chunks'::regclass and contype = 'f'`);
  for (const key of keys) await database.db.execute(sql.raw(`alter table procedure_chunks drop constraint ${key.name}`));
  for (const index of indexes) await database.db.execute(sql.raw(`drop index ${index.name}`));
  return async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`));
      for (const index of indexes.filter((i) => !i.hnsw)) await tx.execute(sql.raw(index.def));
      for (const key of keys) await tx.execute(sql.raw(`alter table procedure_chunks add constraint ${key.name} ${key.def}`));
    });
  };
}
