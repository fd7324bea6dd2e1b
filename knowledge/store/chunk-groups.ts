import { sql, type SQL } from 'drizzle-orm';
import { chunkProcedure, type ProcedureChunk } from '../chunk/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { textArray } from './write-procedures.ts';

/**
 * Chunk groups. A province publishes a national procedure with its own code, agency and address;
 * its chunks are near-twins of every other province's (0.01–0.05 cosine apart), and an HNSW graph
 * over tens of such twins per chunk links them poorly (recall@10 0.90 at 100,000 procedures even at
 * ef_search 1,000). So chunks in the same place of variants of one national procedure form a
 * group, the HNSW index holds one representative per group, and search ranks all members of the
 * nearest groups exactly. A national procedure's chunks are groups of one.
 */
export type GroupedChunk = ProcedureChunk & { groupKey: string };

/** The group of a chunk: national code (the procedure's own when it is national), section, case and position. */
export const chunkGroupKey = (procedure: Pick<Procedure, 'code' | 'nationalCode'>, chunk: ProcedureChunk): string =>
  `${procedure.nationalCode ?? procedure.code}|${chunk.section}|${chunk.caseLabel ?? ''}|${chunk.ordinal}`;

/** A procedure's chunks with their group keys (the SQL in migration 0003 builds the same key). */
export const groupedChunks = (procedure: Procedure): GroupedChunk[] =>
  chunkProcedure(procedure).map((chunk) => ({ ...chunk, groupKey: chunkGroupKey(procedure, chunk) }));

/**
 * Serialises the representative step of concurrent writers until they commit: each then sees the
 * representatives the others promoted, so a group never gets two, nor none after a delete.
 */
export const lockGroupsSql = (): SQL => sql`select pg_advisory_xact_lock(hashtext('procedure_chunks.representative'))`;

/**
 * Makes the lowest id of each listed group without one its representative: after a write inserted
 * its first members, or deleted its representative. One set-based statement per write batch.
 */
export function promoteRepresentativesSql(groupKeys: readonly string[]): SQL {
  return sql`update procedure_chunks set representative = true where id in (
    select min(id) from procedure_chunks where group_key = any(${textArray(groupKeys)}::text[])
    group by group_key having not bool_or(representative))`;
}

/** The same over the whole table, once after a bulk load. */
export const promoteAllRepresentativesSql = (): SQL => sql`update procedure_chunks set representative = true where id in (
  select min(id) from procedure_chunks group by group_key having not bool_or(representative))`;
