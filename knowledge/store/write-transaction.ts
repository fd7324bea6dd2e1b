import type { PGlite, Transaction } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../../platform/db/client.ts';
import { encodeCopyBinary, type CopyColumnType } from './copy-binary.ts';
import { procedureChunks } from './tables.ts';
import { toVectorLiteral } from './vector-index.ts';

export type ChunkRow = typeof procedureChunks.$inferInsert & { embedding: number[] };

/** The writes the store makes inside one transaction, fast on either driver. */
export interface WriteTransaction {
  execute(query: SQL): Promise<void>;
  rows<T>(query: SQL): Promise<T[]>;
  insertChunks(rows: readonly ChunkRow[]): Promise<void>;
  /** Sets new vectors on existing chunks and records which embedder made them. */
  updateVectors(rows: ReadonlyArray<{ id: number; embedding: number[] }>, embedder: string, dim: number): Promise<void>;
}

/** procedure_chunks columns in the order of the COPY data (also used by the scale bench's loader). */
export const CHUNK_COLUMNS: Array<[string, CopyColumnType, (row: ChunkRow) => unknown]> = [
  ['procedure_code', 'text', (r) => r.procedureCode],
  ['section', 'text', (r) => r.section],
  ['case_label', 'text', (r) => r.caseLabel],
  ['ordinal', 'int4', (r) => r.ordinal],
  ['group_key', 'text', (r) => r.groupKey],
  ['text', 'text', (r) => r.text],
  ['text_folded', 'text', (r) => r.textFolded],
  ['embedder', 'text', (r) => r.embedder],
  ['embedding_dim', 'int4', (r) => r.embeddingDim],
  ['embedding', 'vector', (r) => r.embedding],
];
/** Rows per multi-row INSERT on node-postgres: each carries a vector literal of a few kilobytes. */
const INSERT_BATCH = 400;

export async function runWrite<T>(database: Database, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  return database.driver === 'pglite' ? runPglite(database, work) : runPostgres(database, work);
}

/** PGlite: the raw client, so chunks and vectors go in by binary COPY. */
async function runPglite<T>(database: Database, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dialect = new PgDialect();
  return client.transaction(async (t: Transaction) => {
    const execute: WriteTransaction['execute'] = async (query) => {
      const compiled = dialect.sqlToQuery(query);
      await t.query(compiled.sql, compiled.params);
    };
    return work({
      execute,
      async rows<T>(query: SQL) {
        const compiled = dialect.sqlToQuery(query);
        return (await t.query<T>(compiled.sql, compiled.params)).rows;
      },
      async insertChunks(rows) {
        if (rows.length === 0) return;
        const blob = encodeCopyBinary(CHUNK_COLUMNS.map((c) => c[1]), rows.map((r) => CHUNK_COLUMNS.map((c) => c[2](r))));
        const columns = CHUNK_COLUMNS.map((c) => c[0]).join(', ');
        await t.query(`copy procedure_chunks (${columns}) from '/dev/blob' with (format binary)`, [], { blob });
      },
      async updateVectors(rows, embedder, dim) {
        if (rows.length === 0) return;
        await t.query('create temp table if not exists new_chunk_vectors (id bigint, embedding vector) on commit drop');
        await t.query('truncate new_chunk_vectors');
        const blob = encodeCopyBinary(['int8', 'vector'], rows.map((r) => [r.id, r.embedding]));
        await t.query(`copy new_chunk_vectors (id, embedding) from '/dev/blob' with (format binary)`, [], { blob });
        await execute(sql`update procedure_chunks as c set embedding = v.embedding, embedder = ${embedder}, embedding_dim = ${dim}
          from new_chunk_vectors v where c.id = v.id`);
      },
    });
  });
}

/** node-postgres: multi-row statements; the server parses vector text natively and fast. */
async function runPostgres<T>(database: Database, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) =>
    work({
      async execute(query) {
        await tx.execute(query);
      },
      async rows<T>(query: SQL) {
        return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
      },
      async insertChunks(rows) {
        for (let from = 0; from < rows.length; from += INSERT_BATCH) {
          await tx.insert(procedureChunks).values(rows.slice(from, from + INSERT_BATCH));
        }
      },
      async updateVectors(rows, embedder, dim) {
        for (let from = 0; from < rows.length; from += INSERT_BATCH) {
          const values = sql.join(
            rows.slice(from, from + INSERT_BATCH).map((r) => sql`(${r.id}::bigint, ${toVectorLiteral(r.embedding)}::vector)`),
            sql`, `,
          );
          await tx.execute(sql`update procedure_chunks as c set embedding = v.embedding, embedder = ${embedder}, embedding_dim = ${dim}
            from (values ${values}) as v(id, embedding) where c.id = v.id`);
        }
      },
    }),
  );
}
