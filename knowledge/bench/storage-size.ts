import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';

export interface StorageSize {
  /** Tables with their indexes and TOAST, in bytes. */
  tables: Record<string, number>;
  /** Each index of the knowledge tables, in bytes. */
  indexes: Record<string, number>;
  total: number;
}

/** pg_total_relation_size of the knowledge tables and pg_relation_size of each of their indexes. */
export async function storageSize(database: Database): Promise<StorageSize> {
  const tables = await database.rows<{ name: string; bytes: string }>(sql`select c.relname as name, pg_total_relation_size(c.oid)::text as bytes
    from pg_class c where c.relname in ('procedures', 'procedure_chunks') and c.relkind = 'r'`);
  const indexes = await database.rows<{ name: string; bytes: string }>(sql`select i.indexrelid::regclass::text as name,
      pg_relation_size(i.indexrelid)::text as bytes
    from pg_index i join pg_class t on t.oid = i.indrelid where t.relname in ('procedures', 'procedure_chunks') order by 1`);
  const toRecord = (rows: Array<{ name: string; bytes: string }>) => Object.fromEntries(rows.map((r) => [r.name, Number(r.bytes)]));
  const tableSizes = toRecord(tables);
  return { tables: tableSizes, indexes: toRecord(indexes), total: Object.values(tableSizes).reduce((a, b) => a + b, 0) };
}

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
