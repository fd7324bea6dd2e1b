import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { ChunkSection } from '../chunk/index.ts';
import type { Level, Procedure } from '../model/procedure.ts';
import { filterCondition, type RetrievalFilters } from './filters.ts';
import type { Candidate } from './fuse.ts';

const list = (values: readonly (string | number)[]): SQL => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Name and popularity of candidate procedures (filters apply, so a typed code outside them drops out). */
export async function loadCandidates(database: Database, codes: readonly string[], filters?: RetrievalFilters): Promise<Map<string, Candidate>> {
  if (codes.length === 0) return new Map();
  const rows = await database.rows<{ code: string; name_folded: string; popularity: number; levels: Level[] | string }>(sql`select
    p.code, p.name_folded, p.popularity, p.levels from procedures p where p.code in (${list(codes)}) and ${filterCondition(filters)}`);
  return new Map(
    rows.map((r) => [r.code, { code: r.code, nameFolded: r.name_folded, popularity: Number(r.popularity), levels: parseLevels(r.levels) }]),
  );
}

/** text[] arrives as an array from node-postgres and PGlite alike; a literal such as {xã,tỉnh} is parsed just in case. */
function parseLevels(value: Level[] | string): Level[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((v) => v.replace(/^"|"$/g, '') as Level);
}

export async function loadRecords(database: Database, codes: readonly string[]): Promise<Map<string, Procedure>> {
  if (codes.length === 0) return new Map();
  const rows = await database.rows<{ code: string; record: Procedure | string }>(
    sql`select code, record from procedures where code in (${list(codes)})`,
  );
  // Records were validated by the importers before the store wrote them; drivers return jsonb parsed or as text.
  return new Map(rows.map((r) => [r.code, typeof r.record === 'string' ? (JSON.parse(r.record) as Procedure) : r.record]));
}

export interface SectionRow extends Record<string, unknown> {
  id: string | number;
  code: string;
  section: ChunkSection;
  case_label: string | null;
  text: string;
}

/** Texts of the matched chunks, plus the overview chunk of procedures that matched no chunk. */
export async function loadSections(database: Database, ids: readonly number[], overviewFor: readonly string[]): Promise<SectionRow[]> {
  const conditions: SQL[] = [];
  if (ids.length) conditions.push(sql`id in (${list(ids)})`);
  if (overviewFor.length) conditions.push(sql`(procedure_code in (${list(overviewFor)}) and ordinal = 0)`);
  if (conditions.length === 0) return [];
  return database.rows<SectionRow>(sql`select id, procedure_code as code, section, case_label, text
    from procedure_chunks where ${sql.join(conditions, sql` or `)}`);
}
