import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';

/**
 * Conversation tokens: 32 random bytes (base64url) handed to the browser once; the server keeps
 * only their sha256, stored as the conversation's externalId, so a leaked database cannot replay them.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/**
 * `Authorization: Bearer <token>`; EventSource cannot set headers, so the stream route may also
 * read `?token=` (the HTTP logger records paths only, never query strings).
 */
export function readToken(req: Request, allowQuery: boolean): string | null {
  const header = req.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ?? null;
  }
  if (allowQuery) {
    const fromQuery = req.query.token;
    if (typeof fromQuery === 'string') return fromQuery;
  }
  return null;
}
