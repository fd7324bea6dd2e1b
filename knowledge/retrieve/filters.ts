import { sql, type SQL } from 'drizzle-orm';
import type { Level } from '../model/procedure.ts';

export interface RetrievalFilters {
  level?: Level;
  /** Part of the agency name, e.g. "Công an cấp xã". */
  agency?: string;
  /** Part of the field (lĩnh vực) name, e.g. "Hộ tịch". */
  field?: string;
}

/** What retrieval knows of each procedure before loading its record. */
export interface ProcedureFacts {
  code: string;
  nameFolded: string;
  contentHash: string;
  popularity: number;
  levels: Level[];
  agency: string | null;
  field: string | null;
}

const includes = (value: string | null, part: string): boolean =>
  value !== null && value.normalize('NFC').toLowerCase().includes(part.normalize('NFC').trim().toLowerCase());

/** The same filters as `filterCondition`, in memory (case-insensitive for Vietnamese letters too). */
export function matchesFilters(facts: ProcedureFacts, filters: RetrievalFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.level && !facts.levels.includes(filters.level)) return false;
  if (filters.agency && !includes(facts.agency, filters.agency)) return false;
  if (filters.field && !includes(facts.field, filters.field)) return false;
  return true;
}

export const hasFilters = (filters: RetrievalFilters | undefined): filters is RetrievalFilters =>
  Boolean(filters && (filters.level || filters.agency || filters.field));

const contains = (value: string): string => `%${value.normalize('NFC').trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Conditions on the `procedures` row aliased `p`; `true` when no filter is set. */
export function filterCondition(filters: RetrievalFilters | undefined): SQL {
  const parts: SQL[] = [];
  if (filters?.level) parts.push(sql`${filters.level} = any(p.levels)`);
  if (filters?.agency) parts.push(sql`p.agency ilike ${contains(filters.agency)}`);
  if (filters?.field) parts.push(sql`p.field ilike ${contains(filters.field)}`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}
