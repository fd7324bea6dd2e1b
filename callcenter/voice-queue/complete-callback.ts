import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { voiceCallbacks as cb } from './tables.ts';

/** An agent called the citizen back: the request leaves the open list. False when it was not open. */
export async function completeCallback(db: Db, id: string, staffId: string): Promise<boolean> {
  const rows = await db
    .update(cb)
    .set({ status: 'done', doneBy: staffId, doneAt: sql`now()` })
    .where(and(eq(cb.id, id), eq(cb.status, 'open')))
    .returning({ id: cb.id });
  return rows.length === 1;
}
