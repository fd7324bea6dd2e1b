import { createHash, randomInt } from 'node:crypto';

/**
 * "LH" and eight digits: digits because a caller keys them on a phone pad and voice reads them one
 * by one; not guessable alone, and useless without the phone's last four digits.
 */
export function newBookingCode(): string {
  let digits = '';
  for (let i = 0; i < 8; i++) digits += String(randomInt(10));
  return `LH${digits}`;
}

/** "lh 4821-3907", "48213907" → "LH48213907"; null when it cannot be a code. */
export function readBookingCode(text: string): string | null {
  const compact = text.toUpperCase().replace(/[\s.-]/g, '');
  const m = /^(?:LH)?(\d{8})$/.exec(compact);
  return m ? `LH${m[1]}` : null;
}

/** One citizen (phone), one service, one slot at one branch: a retried request finds the same booking. */
export function idempotencyKey(phone: string, serviceId: string, branchId: string, startsAt: Date): string {
  return createHash('sha256').update(`${phone}|${serviceId}|${branchId}|${startsAt.toISOString()}`).digest('base64url');
}
