import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { AppError } from './errors.ts';

/**
 * The generic pieces of staff sessions: opaque tokens (only their hash is stored), the cookie
 * (httpOnly, SameSite=Strict, Secure behind TLS), CSRF tokens checked on state-changing
 * requests, and a fixed-window limiter for login attempts.
 */
export const SESSION_COOKIE = 'mc_staff';
export const CSRF_HEADER = 'x-csrf-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** The session token from the Cookie header, or null. */
export function readSessionCookie(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const value = rest.join('=');
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

export function writeSessionCookie(req: Request, res: Response, token: string, maxAgeSeconds: number, path = '/'): void {
  const secure = req.secure ? '; Secure' : '';
  res.append('Set-Cookie', `${SESSION_COOKIE}=${token}; Path=${path}; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`);
}

export function clearSessionCookie(req: Request, res: Response, path = '/'): void {
  const secure = req.secure ? '; Secure' : '';
  res.append('Set-Cookie', `${SESSION_COOKIE}=; Path=${path}; HttpOnly; SameSite=Strict; Max-Age=0${secure}`);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Throws 403 unless a state-changing request carries the session's CSRF token. */
export function checkCsrf(req: Request, expected: string): void {
  if (SAFE_METHODS.has(req.method)) return;
  const given = req.get(CSRF_HEADER) ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new AppError('forbidden', 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Vui lòng tải lại trang.');
  }
}

/** At most `limit` hits per key in each `windowMs`; over it, a 429 with Retry-After. */
export function createAttemptLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key: string): void {
      const t = now();
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
      let w = windows.get(key);
      if (!w || t - w.start >= windowMs) windows.set(key, (w = { start: t, count: 0 }));
      w.count++;
      if (w.count > limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000));
        throw new AppError('rate_limited', 'Bạn đăng nhập sai quá nhiều lần. Vui lòng thử lại sau.', { retryAfterSeconds });
      }
    },
  };
}
