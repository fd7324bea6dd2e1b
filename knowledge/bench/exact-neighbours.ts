import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';

/**
 * Every stored vector of one dimension, in memory (4 bytes × dim per chunk), dimension by dimension:
 * `columns[d * stride + row]`, so a query streams through the rows of each of its dimensions.
 */
export interface StoredVectors {
  dim: number;
  ids: Float64Array;
  columns: Float32Array;
  stride: number;
  /** L2 norm of each vector, so distances use pgvector's cosine formula rather than assuming unit length. */
  norms: Float64Array;
}

export interface Neighbour {
  id: number;
  /** Cosine distance, 1 − cos. */
  distance: number;
}

const PAGE = 20_000;

/**
 * Reads the vectors in binary (pgvector's `vector_send`: int16 dim, int16 unused, float4 values) by
 * id ranges. Brute force over them in memory is exact and, unlike a sequential scan in PostgreSQL
 * (which detoasts every vector on every query, seconds each at 850,000 chunks), fast enough for
 * hundreds of queries.
 */
export async function readStoredVectors(database: Database, dim: number): Promise<StoredVectors> {
  const [row] = await database.rows<{ n: number }>(sql`select count(*)::int as n from procedure_chunks where embedding_dim = ${dim}`);
  const total = row?.n ?? 0;
  const ids = new Float64Array(total);
  const columns = new Float32Array(total * dim);
  const norms = new Float64Array(total);
  let count = 0;
  let after = 0;
  while (count < total) {
    const rows = await database.rows<{ id: string; v: Uint8Array }>(sql`select id, vector_send(embedding) as v from procedure_chunks
      where embedding_dim = ${dim} and id > ${after} order by id limit ${PAGE}`);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (count === total) break; // rows written since the count are left out
      const view = new DataView(r.v.buffer, r.v.byteOffset, r.v.byteLength);
      if (view.getInt16(0) !== dim) throw new Error(`chunk ${r.id}: vector of ${view.getInt16(0)} dimensions, expected ${dim}`);
      let norm = 0;
      for (let i = 0; i < dim; i++) {
        const x = view.getFloat32(4 + 4 * i);
        columns[i * total + count] = x;
        norm += x * x;
      }
      ids[count] = Number(r.id);
      norms[count++] = Math.sqrt(norm);
    }
    after = Number(rows[rows.length - 1]!.id);
  }
  return { dim, ids: ids.subarray(0, count), columns, stride: total, norms: norms.subarray(0, count) };
}

/**
 * The exact `keep` nearest vectors (cosine distance, nearest first) of each query, by brute force.
 * Queries are lexical hashed vectors, mostly zeros: each adds its non-zero dimensions' columns into
 * one dot product per stored row, a sequential loop V8 runs fast, then keeps the nearest rows.
 */
export function exactNeighbours(stored: StoredVectors, queries: ReadonlyArray<readonly number[]>, keep: number): Neighbour[][] {
  const { dim, ids, columns, stride, norms } = stored;
  const n = ids.length;
  const dots = new Float64Array(n);
  return queries.map((query) => {
    if (query.length !== dim) throw new Error(`query of ${query.length} dimensions, expected ${dim}`);
    dots.fill(0);
    let queryNorm = 0;
    for (let d = 0; d < dim; d++) {
      const weight = query[d]!;
      if (weight === 0) continue;
      queryNorm += weight * weight;
      const column = columns.subarray(d * stride, d * stride + n);
      for (let row = 0; row < n; row++) dots[row]! += weight * column[row]!;
    }
    queryNorm = Math.sqrt(queryNorm);
    // The nearest `keep` in ascending order, by insertion: after the first rows few get in.
    const distances = new Float64Array(keep).fill(Infinity);
    const rows = new Int32Array(keep).fill(-1);
    for (let row = 0; row < n; row++) {
      const norm = norms[row]!;
      const distance = norm > 0 && queryNorm > 0 ? 1 - dots[row]! / (norm * queryNorm) : 1;
      if (distance >= distances[keep - 1]!) continue;
      let i = keep - 1;
      while (i > 0 && distances[i - 1]! > distance) {
        distances[i] = distances[i - 1]!;
        rows[i] = rows[i - 1]!;
        i--;
      }
      distances[i] = distance;
      rows[i] = row;
    }
    const out: Neighbour[] = [];
    for (let i = 0; i < keep && rows[i]! >= 0; i++) out.push({ id: ids[rows[i]!]!, distance: distances[i]! });
    return out;
  });
}
