import { and, eq, lt, sql } from 'drizzle-orm';
import type { DossiersDeps } from './deps.ts';
import { describeDossier, seenKey } from './describe-dossier.ts';
import type { DossierRecord } from './dossier-status-source.ts';
import { dossierWatchers } from './tables.ts';

const KEEP_WATCHING_DAYS = 180;

/** Remembers that this conversation wants to hear when the dossier changes. */
export async function watchDossier(deps: Pick<DossiersDeps, 'db'>, d: DossierRecord, conversationId: string, phoneLast4: string): Promise<void> {
  await deps.db
    .insert(dossierWatchers)
    .values({ dossierCode: d.code, conversationId, phoneLast4, lastSeen: seenKey(d) })
    .onConflictDoUpdate({ target: [dossierWatchers.dossierCode, dossierWatchers.conversationId], set: { lastSeen: seenKey(d), phoneLast4 } });
}

/**
 * Tells each watcher of a dossier (or of every dossier) what changed since they last heard.
 * The watcher row is moved to the new status before the message goes, in one conditional update,
 * so two workers never both send it; a finished dossier ends the watch.
 */
export async function notifyWatchers(deps: DossiersDeps, code?: string): Promise<{ sent: number }> {
  const now = deps.now();
  await deps.db.delete(dossierWatchers).where(lt(dossierWatchers.createdAt, new Date(now.getTime() - KEEP_WATCHING_DAYS * 86_400_000)));
  const watchers = await deps.db.select().from(dossierWatchers).where(code ? eq(dossierWatchers.dossierCode, code) : undefined);
  let sent = 0;
  for (const w of watchers) {
    const d = await deps.source.lookup(w.dossierCode, w.phoneLast4).catch(() => null);
    if (!d || seenKey(d) === w.lastSeen) continue;
    const claimed = await deps.db
      .update(dossierWatchers)
      .set({ lastSeen: seenKey(d) })
      .where(and(eq(dossierWatchers.dossierCode, w.dossierCode), eq(dossierWatchers.conversationId, w.conversationId), eq(dossierWatchers.lastSeen, w.lastSeen)))
      .returning({ code: dossierWatchers.dossierCode });
    if (claimed.length === 0) continue;
    await deps.messenger.send(w.conversationId, `Cập nhật hồ sơ của bạn: ${describeDossier(d, deps.calendar, now)}`);
    sent++;
    if (d.status === 'returned' || d.status === 'rejected') {
      await deps.db.execute(sql`delete from dossier_watchers where dossier_code = ${w.dossierCode} and conversation_id = ${w.conversationId}`);
    }
  }
  return { sent };
}
