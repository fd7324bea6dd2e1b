import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { citizenLinks, citizenProfiles, formFiles } from './tables.ts';

export type Profile = Record<string, string>;

export async function readProfile(db: Db, identity: string): Promise<Profile | null> {
  const [row] = await db.select({ data: citizenProfiles.data }).from(citizenProfiles).where(eq(citizenProfiles.identity, identity));
  return row?.data ?? null;
}

/** Adds what the citizen agreed to keep and renews the retention period. Blank answers are not kept. */
export async function saveProfile(db: Db, identity: string, data: Profile, now: Date): Promise<void> {
  const kept = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== ''));
  await db
    .insert(citizenProfiles)
    .values({ identity, data: kept, consentedAt: now, renewedAt: now })
    .onConflictDoUpdate({ target: citizenProfiles.identity, set: { data: sql`${citizenProfiles.data} || ${JSON.stringify(kept)}::jsonb`, renewedAt: now } });
}

/** Forgets the citizen: the profile, the PDFs made for them and every link to them. */
export async function deleteProfile(db: Db, identity: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.delete(citizenLinks).where(eq(citizenLinks.identity, identity));
    await tx.delete(formFiles).where(eq(formFiles.identity, identity));
    const deleted = await tx.delete(citizenProfiles).where(eq(citizenProfiles.identity, identity)).returning({ identity: citizenProfiles.identity });
    return deleted.length > 0;
  });
}
