import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import * as schema from './schema.ts';

/** The common Drizzle type every repository is written against, whatever the driver. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  readonly db: Db;
  readonly driver: 'pglite' | 'postgres';
  /** The server URL (node-postgres only): LISTEN/NOTIFY needs connections of its own. */
  readonly url?: string;
  /** Runs raw SQL and returns its rows; both drivers answer `{ rows }`. */
  rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]>;
  /**
   * Runs several statements without parameters in one message (the simple protocol), which the
   * server runs as one implicit transaction, and returns the last one's rows: `set local` then
   * lasts exactly for the query after it, for one round trip instead of a four-step transaction.
   * Only for text built from trusted values (numbers, literals we format).
   */
  script<T extends Record<string, unknown>>(text: string): Promise<T[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** node-postgres when set; otherwise embedded PGlite. */
  url?: string | undefined;
  /** Folder for PGlite; `memory://` keeps it in memory (tests). */
  dataDir: string;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { vector } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const script = async (text: string) => (await client.exec(text)).at(-1)?.rows ?? [];
  return wrap(db, 'pglite', script, () => client.close());
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const script = async (text: string) => {
    // node-postgres answers one result for one statement, an array of them for several.
    const result = (await pool.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
    return (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? [];
  };
  return { ...wrap(db, 'postgres', script, () => pool.end()), url };
}

function wrap(
  db: Db,
  driver: Database['driver'],
  script: (text: string) => Promise<unknown[]>,
  close: () => Promise<void>,
): Database {
  let closed = false;
  return {
    db,
    driver,
    async rows<T extends Record<string, unknown>>(query: SQL) {
      const result = (await db.execute(query)) as unknown as { rows: T[] };
      return result.rows;
    },
    async script<T extends Record<string, unknown>>(text: string) {
      return (await script(text)) as T[];
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      if (closed) return;
      closed = true;
      await close();
    },
  };
}
