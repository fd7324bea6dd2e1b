import { eq, sql } from 'drizzle-orm';
import type { TokenPair, TokenStore } from '../../channels/delivery/index.ts';
import type { Database, Db } from '../db/client.ts';
import type { SecretBox } from './secret-box.ts';
import { channelTokens as t } from './tables.ts';

/**
 * Provider tokens encrypted at rest. A rotation holds a PostgreSQL advisory lock for the whole
 * refresh (the refresh token is single-use, so two processes must never spend it twice); PGlite
 * is one process, so an in-process lock does the same there.
 */
export function createTokenStore(database: Database, box: SecretBox): TokenStore {
  const local = new Map<string, Promise<unknown>>();

  async function readWith(db: Db, name: string): Promise<TokenPair | null> {
    const [row] = await db.select().from(t).where(eq(t.name, name));
    if (!row) return null;
    return { accessToken: box.open(row.accessToken), refreshToken: box.open(row.refreshToken), accessExpiresAt: row.accessExpiresAt, version: row.version };
  }

  async function write(db: Db, name: string, pair: Omit<TokenPair, 'version'>, current: TokenPair | null): Promise<TokenPair> {
    const values = { accessToken: box.seal(pair.accessToken), refreshToken: box.seal(pair.refreshToken), accessExpiresAt: pair.accessExpiresAt };
    const [row] = await db
      .insert(t)
      .values({ name, ...values })
      .onConflictDoUpdate({ target: t.name, set: { ...values, version: sql`${t.version} + 1`, lastError: null, updatedAt: sql`now()` } })
      .returning({ version: t.version });
    return { ...pair, version: row?.version ?? (current?.version ?? 0) + 1 };
  }

  async function rotateUnder(db: Db, name: string, refresh: Parameters<TokenStore['rotate']>[1]): Promise<TokenPair | null> {
    const current = await readWith(db, name);
    const next = await refresh(current);
    return next ? write(db, name, next, current) : current;
  }

  return {
    read: (name) => readWith(database.db, name),

    async seed(name, pair) {
      await database.db
        .insert(t)
        .values({ name, accessToken: box.seal(pair.accessToken), refreshToken: box.seal(pair.refreshToken), accessExpiresAt: pair.accessExpiresAt })
        .onConflictDoNothing({ target: t.name });
    },

    async rotate(name, refresh) {
      if (database.driver === 'postgres') {
        return database.db.transaction(async (tx) => {
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`channel_tokens:${name}`}))`);
          return rotateUnder(tx as unknown as Db, name, refresh);
        });
      }
      const previous = local.get(name) ?? Promise.resolve();
      const run = previous.catch(() => undefined).then(() => rotateUnder(database.db, name, refresh));
      local.set(name, run);
      return run;
    },

    async recordError(name, message) {
      await database.db.update(t).set({ lastError: message.slice(0, 500), updatedAt: sql`now()` }).where(eq(t.name, name));
    },
  };
}
