import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../../platform/db/client.ts';
import { toVectorLiteral, vectorIndexName } from '../store/index.ts';
import { toChunkHit, type ChunkHit, type ChunkHitRow } from './chunk-hit.ts';
import { filterCondition, hasFilters, type RetrievalFilters } from './filters.ts';

/**
 * HNSW candidate-list size: at least 200, or twice the rows asked for (eight times under filters).
 * Recall@10 against exact search on the dev questions (full corpus, 22,550 chunks): 0.978 at 120,
 * 0.993 at 200, 0.998 at 400, for about a millisecond more per step. The index holds one vector per
 * chunk group, so it stays near the national corpus' size however many province variants are
 * stored; but the nearest groups must then hold the nearest members, so beyond 100,000 chunks the
 * list doubles. At 100,000 procedures (853,922 chunks in 22,550 groups; `npm run bench:scale`),
 * recall@10 by distance with 60 groups: 0.977 at 200, 0.988 at 400, 0.988 at 1,000 (7 ms slower).
 */
export function efSearchFor(limit: number, chunks: number, filtered: boolean): number {
  const base = Math.max(200, limit * (filtered ? 8 : 2));
  return Math.min(1000, chunks > 100_000 ? base * 2 : base);
}

/**
 * Groups taken from the index before their members are ranked. Unfiltered: as many as rows asked
 * for, since the nearest members lie in the nearest groups (100,000 procedures, ef_search 400:
 * recall 0.978 with 30 groups, 0.982 with 40, 0.988 with 60, 0.990 with 100 for 15 ms more).
 * Filters apply to members after the index scan, so a filtered search ranks as many members as
 * the candidate list holds, in whole groups: all of its groups when each has one member (the
 * national corpus, as before groups), fewer as groups grow, never fewer than the rows asked for.
 * `membersPerGroup` is the planner's estimate (see below).
 */
export function groupsFor(limit: number, filtered: boolean, efSearch: number, membersPerGroup = 1): number {
  return filtered ? Math.max(limit, Math.round(efSearch / Math.max(1, membersPerGroup))) : limit;
}

/** Chunks per indexed representative, from the planner's row counts (1 when there are none yet). */
async function membersPerGroup(tx: { execute(query: SQL): Promise<unknown> }, dim: number): Promise<number> {
  const result = (await tx.execute(sql`select t.reltuples / i.reltuples as members from pg_class t, pg_class i
    where t.relname = 'procedure_chunks' and i.relname = ${vectorIndexName(dim)} and t.reltuples > 0 and i.reltuples > 0`)) as unknown as {
    rows: Array<{ members: number | string }>;
  };
  return Number(result.rows[0]?.members ?? 1);
}

/**
 * Nearest chunks by cosine distance, in two stages: the partial HNSW index over group
 * representatives (store/chunk-groups.ts) gives the nearest groups, then every member of those
 * groups is ranked by exact distance. A national procedure's chunk is a group of one, so there it
 * is the plain HNSW search. The query casts to vector(dim) and filters on embedding_dim and
 * representative exactly as the index is defined, or the planner cannot use it; `ef_search` is
 * raised per transaction so a larger candidate list keeps recall high. Members are fetched group by
 * group (lateral, `offset 0` keeps it from being flattened): without fresh statistics the planner
 * would otherwise hash-join a scan of every chunk (national corpus: 20 ms instead of 3 ms).
 */
export async function searchVectors(
  database: Database,
  vector: readonly number[],
  limit: number,
  filters?: RetrievalFilters,
  chunks = 0,
): Promise<ChunkHit[]> {
  // An empty question embeds to zeros, whose cosine distance is undefined.
  if (!vector.some((x) => x !== 0)) return [];
  const dim = vector.length;
  const filtered = hasFilters(filters);
  const efSearch = efSearchFor(limit, chunks, filtered);
  const literal = toVectorLiteral(vector);
  if (!filtered) {
    // One simple-protocol message (`Database.script`): `set local` and the select run as one
    // implicit transaction, for one round trip instead of begin, set, select and commit.
    const select = dialect.sqlToQuery(nearestChunksSql(literal, dim, groupsFor(limit, false, efSearch), limit, sql``)).sql;
    return (await database.script<ChunkHitRow>(`set local hnsw.ef_search = ${efSearch}; ${select}`)).map(toChunkHit);
  }
  return database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local hnsw.ef_search = ${efSearch}`));
    const groups = groupsFor(limit, true, efSearch, await membersPerGroup(tx, dim));
    const join = sql`join procedures p on p.code = c.procedure_code and ${filterCondition(filters)}`;
    const result = (await tx.execute(nearestChunksSql(literal, dim, groups, limit, join))) as unknown as { rows: ChunkHitRow[] };
    return result.rows.map(toChunkHit);
  });
}

const dialect = new PgDialect();

/**
 * The two-stage query. Only numbers are inlined (the vector literal is built from floats, the rest
 * are integers), so without filters it has no parameters and can go as a script; filters come as
 * a join with parameters.
 */
function nearestChunksSql(literal: string, dim: number, groups: number, limit: number, join: SQL): SQL {
  const distanceTo = (alias: string) => sql.raw(`${alias}.embedding::vector(${dim}) <=> '${literal}'::vector(${dim})`);
  const [dimension, groupCount, rows] = [dim, groups, limit].map((n) => sql.raw(String(n)));
  return sql`select c.id, c.procedure_code as code, c.section, c.case_label, 1 - (${distanceTo('c')}) as score
    from (select distinct r.group_key from (select r.group_key from procedure_chunks r
        where r.embedding_dim = ${dimension} and r.representative order by ${distanceTo('r')} limit ${groupCount}) r) g
      cross join lateral (select * from procedure_chunks c where c.group_key = g.group_key and c.embedding_dim = ${dimension} offset 0) c
      ${join}
    order by ${distanceTo('c')}, c.id
    limit ${rows}`;
}
