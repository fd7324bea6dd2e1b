import pg from 'pg';
import type { KeyedLock } from '../../channels/delivery/index.ts';
import type { Database } from '../db/client.ts';

/**
 * One holder at a time per key, across processes: a PostgreSQL session advisory lock on a
 * connection of a small pool of its own. The holder's work uses the app's pool, so holders and
 * waiters never starve it (a lock taken on the app's pool deadlocks once every connection waits).
 * A process that dies drops its connection, and the server releases the lock. PGlite lives in
 * one process: a chain of promises per key does the same there.
 */
export function createKeyedLock(database: Database, options: { connections?: number } = {}): KeyedLock {
  if (database.driver === 'postgres' && database.url) {
    const pool = new pg.Pool({ connectionString: database.url, max: options.connections ?? 8, idleTimeoutMillis: 1_000, allowExitOnIdle: true });
    pool.on('error', () => undefined); // a dropped idle connection holds no lock; the next run reconnects
    return {
      async run(key, work) {
        const client = await pool.connect();
        const name = `channels:${key}`;
        let healthy = false;
        try {
          await client.query('select pg_advisory_lock(hashtext($1))', [name]);
          healthy = true;
          try {
            return await work();
          } finally {
            // If the unlock fails, the connection is destroyed, which releases the lock as well.
            healthy = await client.query('select pg_advisory_unlock(hashtext($1))', [name]).then(() => true, () => false);
          }
        } finally {
          client.release(!healthy);
        }
      },
    };
  }
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run(key, work) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(work);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
