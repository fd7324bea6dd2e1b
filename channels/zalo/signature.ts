import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Zalo OA's webhook signature, the one place it is written: header `X-ZEvent-Signature:
 * mac=<hex>` with hex = SHA-256 (plain, not HMAC) of app_id + raw body + timestamp + OA secret key,
 * where app_id and timestamp are read from the body (field-research §3; domain-notes).
 */
export function zaloSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256').update(appId + rawBody + timestamp + oaSecretKey, 'utf8').digest('hex');
}

/** Constant-time check of the header against the formula; accepts the value with or without `mac=`. */
export function verifyZaloSignature(header: string | undefined, rawBody: string, oaSecretKey: string): boolean {
  if (!header) return false;
  let fields: { app_id?: unknown; timestamp?: unknown };
  try {
    fields = JSON.parse(rawBody) as typeof fields;
  } catch {
    return false;
  }
  if (!fields || typeof fields !== 'object') return false;
  const appId = typeof fields.app_id === 'string' || typeof fields.app_id === 'number' ? String(fields.app_id) : null;
  const timestamp = typeof fields.timestamp === 'string' || typeof fields.timestamp === 'number' ? String(fields.timestamp) : null;
  if (appId === null || timestamp === null) return false;
  const given = Buffer.from(header.trim().replace(/^mac=/, '').toLowerCase(), 'utf8');
  const expected = Buffer.from(zaloSignature(appId, rawBody, timestamp, oaSecretKey), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
