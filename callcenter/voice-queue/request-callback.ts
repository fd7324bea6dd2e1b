import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { voiceCallbacks as cb } from './tables.ts';

export interface NewCallback {
  provider: string;
  providerCallId: string;
  phone: string | null;
  conversationId: string | null;
  handoffId: string | null;
  recordingUrl: string | null;
  summary: string;
  reason: 'after_hours' | 'abandoned';
  dueAt: Date;
}

/** Stores a callback request once per call: a retried webhook finds the first one. */
export async function requestCallback(db: Db, callback: NewCallback): Promise<string> {
  const [row] = await db
    .insert(cb)
    .values({ ...callback, summary: callback.summary.slice(0, 1000) })
    .onConflictDoNothing()
    .returning({ id: cb.id });
  if (row) return row.id;
  const [existing] = await db
    .select({ id: cb.id })
    .from(cb)
    .where(and(eq(cb.provider, callback.provider), eq(cb.providerCallId, callback.providerCallId)));
  return existing?.id ?? '';
}
