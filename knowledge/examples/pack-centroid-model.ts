import { setImmediate } from 'node:timers/promises';
import type { CentroidModel } from './bank-centroids.ts';

/**
 * A centroid model as a few flat typed arrays, so a worker thread can hand it over by transfer
 * instead of a copy: on the full corpus, 3.7 million corrections and 230,000 postings would
 * otherwise be cloned one object at a time on the receiving event loop. Only the key strings are
 * copied. Values pass through unchanged (float64 stays float64), so the unpacked model is the
 * one packed.
 */
export interface PackedCentroidModel {
  codes: string[];
  idf: { keys: string[]; values: Float64Array };
  postings: SparseRows;
  corrections: SparseRows;
}

/** Row `keys[r]` holds `ids` and `values` from `starts[r]` to `starts[r + 1]`. */
interface SparseRows {
  keys: string[];
  starts: Int32Array;
  ids: Int32Array;
  values: Float64Array;
}

export function packCentroidModel(model: CentroidModel): { packed: PackedCentroidModel; transfer: ArrayBuffer[] } {
  const postings = packRows([...model.postings].map(([f, list]) => [f, list.map((p) => p.index), list.map((p) => p.weight)]));
  const corrections = packRows([...model.corrections].map(([f, row]) => [f, row.classes, row.weights]));
  const idf = { keys: [...model.idf.keys()], values: Float64Array.from(model.idf.values()) };
  const buffers = [idf.values, postings.starts, postings.ids, postings.values, corrections.starts, corrections.ids, corrections.values].map((a) => a.buffer as ArrayBuffer);
  return { packed: { codes: model.codes, idf, postings, corrections }, transfer: buffers };
}

/**
 * The model again, a slice of rows at a time: on the full corpus its 39,000 features' postings
 * and corrections take 0.2-0.4 s to rebuild, longer than a request should wait behind.
 */
export async function unpackCentroidModel({ codes, idf, postings, corrections }: PackedCentroidModel): Promise<CentroidModel> {
  return {
    codes,
    idf: await mapRows(idf.keys, (i) => idf.values[i]!),
    postings: await mapRows(postings.keys, (r) => {
      const list = [];
      for (let i = postings.starts[r]!; i < postings.starts[r + 1]!; i++) list.push({ index: postings.ids[i]!, weight: postings.values[i]! });
      return list;
    }),
    // Views into the transferred buffers: no copy (they hold exactly the corrections, nothing else).
    corrections: await mapRows(corrections.keys, (r) => {
      const [start, end] = [corrections.starts[r]!, corrections.starts[r + 1]!];
      return { classes: corrections.ids.subarray(start, end), weights: corrections.values.subarray(start, end) };
    }),
  };
}

/** Rows rebuilt between two turns of the event loop: a few tens of ms. */
const SLICE = 4_000;

async function mapRows<T>(keys: readonly string[], row: (r: number) => T): Promise<Map<string, T>> {
  const map = new Map<string, T>();
  for (let r = 0; r < keys.length; r++) {
    map.set(keys[r]!, row(r));
    if ((r + 1) % SLICE === 0) await setImmediate();
  }
  return map;
}

function packRows(rows: ReadonlyArray<readonly [string, ArrayLike<number>, ArrayLike<number>]>): SparseRows {
  const starts = new Int32Array(rows.length + 1);
  rows.forEach(([, ids], r) => (starts[r + 1] = starts[r]! + ids.length));
  const ids = new Int32Array(starts[rows.length]!);
  const values = new Float64Array(ids.length);
  rows.forEach(([, rowIds, rowValues], r) => {
    ids.set(rowIds, starts[r]);
    values.set(rowValues, starts[r]);
  });
  return { keys: rows.map(([key]) => key), starts, ids, values };
}
