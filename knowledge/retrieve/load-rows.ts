import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { ChunkSection } from '../chunk/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { toFacts, type FactsRow } from './corpus-stats.ts';
import { filterCondition, matchesFilters, type ProcedureFacts, type RetrievalFilters } from './filters.ts';

const list = (values: readonly (string | number)[]): SQL => sql.join(values.map((v) => sql`${v}`), sql`, `);

/**
 * Facts of the candidate procedures that pass the filters: from the in-memory snapshot, and from
 * the database only for procedures imported since it was taken.
 */
export async function loadCandidates(
  database: Database,
  codes: readonly string[],
  known: ReadonlyMap<string, ProcedureFacts>,
  filters?: RetrievalFilters,
): Promise<Map<string, ProcedureFacts>> {
  const found = new Map<string, ProcedureFacts>();
  const missing: string[] = [];
  for (const code of codes) {
    const facts = known.get(code);
    if (!facts) missing.push(code);
    else if (matchesFilters(facts, filters)) found.set(code, facts);
  }
  if (missing.length) {
    const rows = await database.rows<FactsRow>(sql`select p.code, p.name_folded, p.content_hash, p.popularity, p.levels, p.agency, p.field
      from procedures p where p.code in (${list(missing)}) and ${filterCondition(filters)}`);
    for (const row of rows) found.set(row.code, toFacts(row));
  }
  return found;
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
