import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { hashToken, newToken } from '../../platform/http/session.ts';
import { staffSessions } from '../tables.ts';

export const SESSION_HOURS = 12;

/** Staff sessions in the database: the cookie holds a random token, the table only its hash. */
export function createSessionStore(db: Db) {
  return {
    async create(userId: string, now = new Date()): Promise<{ token: string; csrfToken: string; maxAgeSeconds: number }> {
      const token = newToken();
      const csrfToken = newToken();
      const maxAgeSeconds = SESSION_HOURS * 3600;
      await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
      await db.insert(staffSessions).values({ idHash: hashToken(token), userId, csrfToken, expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000) });
      return { token, csrfToken, maxAgeSeconds };
    },
    async find(token: string, now = new Date()): Promise<{ userId: string; csrfToken: string } | null> {
      const [row] = await db
        .select({ userId: staffSessions.userId, csrfToken: staffSessions.csrfToken })
        .from(staffSessions)
        .where(and(eq(staffSessions.idHash, hashToken(token)), gt(staffSessions.expiresAt, now)));
      return row ?? null;
    },
    async destroy(token: string): Promise<void> {
      await db.delete(staffSessions).where(eq(staffSessions.idHash, hashToken(token)));
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
