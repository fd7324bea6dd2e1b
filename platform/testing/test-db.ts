import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the real PostgreSQL server when DATABASE_URL is set (CI runs the suite both ways).
 */
export interface TestDatabase extends Database {
  /** Drops the throwaway server database (no-op for PGlite). */
  destroy(): Promise<void>;
  /** The throwaway database's URL on the PostgreSQL server (undefined for PGlite). */
  url?: string | undefined;
}

export const testDriver = (): Database['driver'] => (process.env.DATABASE_URL ? 'postgres' : 'pglite');

export async function createTestDatabase(options: { migrate?: boolean; poolSize?: number } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let database: Database;
  let drop = async () => undefined as void;
  let databaseUrl: string | undefined;
  if (serverUrl) {
    const name = `motcua_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    database = await openDatabase({ url: databaseUrl, dataDir: 'memory://', poolSize: options.poolSize ?? 4 });
    drop = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    database = await openDatabase({ dataDir: 'memory://' });
  }
  if (options.migrate !== false) await migrate(database);
  return {
    ...database,
    url: databaseUrl,
    async destroy() {
      await database.close();
      await drop();
    },
  };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
