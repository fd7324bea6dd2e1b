/** The sections a procedure is cut into; the assistant's RetrievedSection uses the same names. */
export const CHUNK_SECTIONS = ['overview', 'documents', 'methods', 'steps', 'conditions', 'legal', 'results'] as const;
export type ChunkSection = (typeof CHUNK_SECTIONS)[number];

export interface ProcedureChunk {
  procedureCode: string;
  section: ChunkSection;
  /** The document case (trường hợp) for `documents` chunks; null elsewhere. */
  caseLabel: string | null;
  /** Position within the procedure, from 0, in reading order. */
  ordinal: number;
  /** NFC text, starting with the procedure name. */
  text: string;
  /** Lowercase, no diacritics: what full-text search indexes. */
  textFolded: string;
}
