import { sql, type SQL } from 'drizzle-orm';
import type { Procedure } from '../model/procedure.ts';
import { fold } from '../text/index.ts';

export interface ProcedureRow {
  procedure: Procedure;
  source: string;
  hash: string;
}

/** A text[] literal such as {"xã","tỉnh"}; passed as one parameter so neither driver expands it. */
export const textArray = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/** One multi-row INSERT … ON CONFLICT (code) DO UPDATE for new and changed procedures. */
export function upsertProceduresSql(rows: readonly ProcedureRow[]): SQL {
  const values = sql.join(
    rows.map(
      ({ procedure: p, source, hash }) =>
        sql`(${p.code}, ${p.name}, ${fold(p.name)}, ${textArray(p.levels)}::text[], ${p.field}, ${p.agency},
          ${JSON.stringify(p)}::jsonb, ${hash}, ${p.popularity}, ${source})`,
    ),
    sql`, `,
  );
  return sql`insert into procedures (code, name, name_folded, levels, field, agency, record, content_hash, popularity, source)
    values ${values}
    on conflict (code) do update set name = excluded.name, name_folded = excluded.name_folded, levels = excluded.levels,
      field = excluded.field, agency = excluded.agency, record = excluded.record, content_hash = excluded.content_hash,
      popularity = excluded.popularity, source = excluded.source, imported_at = now()`;
}

const list = (values: readonly string[]): SQL => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Deletes the procedures' chunks and returns their groups, which may have lost their representative. */
export const deleteChunksSql = (codes: readonly string[]): SQL =>
  sql`delete from procedure_chunks where procedure_code in (${list(codes)}) returning group_key`;

/**
 * New usage weights for procedures whose content is unchanged: popularity is left out of the
 * content hash so a new weight needs no re-chunking, but the ranking prior must still see it.
 */
export function updatePopularitySql(rows: ReadonlyArray<{ code: string; popularity: number }>): SQL {
  const values = sql.join(
    rows.map((r) => sql`(${r.code}, ${r.popularity}::double precision)`),
    sql`, `,
  );
  return sql`update procedures p set popularity = v.popularity, record = jsonb_set(p.record, '{popularity}', to_jsonb(v.popularity))
    from (values ${values}) as v(code, popularity) where p.code = v.code`;
}
