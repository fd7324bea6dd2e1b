import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { citizenLinks } from './tables.ts';

export type LinkKind = 'form_pdf' | 'profile';
export type ResolvedLink = { state: 'valid'; identity: string; fileId: string | null } | { state: 'expired' } | { state: 'unknown' };

const TOKEN = /^[A-Za-z0-9_-]{32}$/;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A 192-bit random token; only its hash is stored, so the table alone opens nothing. */
export async function issueLink(db: Db, link: { kind: LinkKind; identity: string; fileId?: string | null; expiresAt: Date }): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db.insert(citizenLinks).values({ tokenHash: hashOf(token), kind: link.kind, identity: link.identity, fileId: link.fileId ?? null, expiresAt: link.expiresAt });
  return token;
}

/** What a token opens, if anything; an expired link says so (410) rather than "unknown" (404). */
export async function resolveLink(db: Db, kind: LinkKind, token: string, now: Date): Promise<ResolvedLink> {
  if (!TOKEN.test(token)) return { state: 'unknown' };
  const [row] = await db.select().from(citizenLinks).where(eq(citizenLinks.tokenHash, hashOf(token)));
  if (!row || row.kind !== kind) return { state: 'unknown' };
  if (row.expiresAt.getTime() <= now.getTime()) return { state: 'expired' };
  return { state: 'valid', identity: row.identity, fileId: row.fileId };
}
