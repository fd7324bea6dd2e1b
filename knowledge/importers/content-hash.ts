import { createHash } from 'node:crypto';
import type { Procedure } from '../model/procedure.ts';

/**
 * sha256 (hex) of the procedure serialised as JSON with sorted keys, so the store can skip
 * unchanged procedures on re-import. Everything that can change an answer is hashed; popularity
 * is left out on purpose: it is a ranking prior refreshed from usage statistics, and a new weight
 * must not force the procedure's chunks to be rebuilt and re-embedded.
 */
export function contentHash(procedure: Procedure): string {
  const { popularity: _popularity, ...content } = procedure;
  return createHash('sha256').update(stableJson(content)).digest('hex');
}

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
