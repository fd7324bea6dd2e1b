import { lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { citizenLinks, citizenProfiles, formFiles } from './tables.ts';

/**
 * Retention: profiles not renewed (by filling another form) within `days`, PDFs older than `days`,
 * and links past their expiry are deleted. Idempotent; the daily retention job runs it.
 */
export async function eraseExpiredForms(db: Db, days: number, now = new Date()): Promise<{ profiles: number; files: number; links: number }> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return db.transaction(async (tx) => {
    const links = await tx.delete(citizenLinks).where(lt(citizenLinks.expiresAt, now)).returning({ t: citizenLinks.tokenHash });
    const files = await tx.delete(formFiles).where(lt(formFiles.createdAt, cutoff)).returning({ id: formFiles.id });
    const profiles = await tx.delete(citizenProfiles).where(lt(citizenProfiles.renewedAt, cutoff)).returning({ i: citizenProfiles.identity });
    return { profiles: profiles.length, files: files.length, links: links.length };
  });
}
