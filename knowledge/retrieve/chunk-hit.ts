import type { ChunkSection } from '../chunk/index.ts';

/** One chunk found by a search, in rank order within its list. */
export interface ChunkHit {
  id: number;
  code: string;
  section: ChunkSection;
  caseLabel: string | null;
  /** The list's own score (cosine similarity, text rank); compared only within the list. */
  score: number;
}

export interface ChunkHitRow extends Record<string, unknown> {
  id: string | number;
  code: string;
  section: ChunkSection;
  case_label: string | null;
  score: number;
}

export const toChunkHit = (row: ChunkHitRow): ChunkHit => ({
  id: Number(row.id),
  code: row.code,
  section: row.section,
  caseLabel: row.case_label,
  score: Number(row.score),
});
