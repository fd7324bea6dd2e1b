import { customType } from 'drizzle-orm/pg-core';

/**
 * A pgvector column without a fixed dimension: each row records its embedder and dimension,
 * and a partial HNSW index per dimension casts to vector(N). Switching embedders needs no migration.
 */
export const anyVector = customType<{ data: number[]; driverData: string }>({
  dataType: () => 'vector',
  toDriver: (value) => `[${value.join(',')}]`,
  fromDriver: (value) => (typeof value === 'string' ? (JSON.parse(value) as number[]) : (value as number[])),
});

export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});
