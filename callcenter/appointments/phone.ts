import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** A Vietnamese (or international) phone number in E.164, or null when it is not a valid number. */
export function normalisePhone(text: string): string | null {
  const trimmed = text.replace(/[\s.()-]/g, '');
  if (!/^\+?\d{8,15}$/.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, 'VN');
  return parsed?.isValid() ? parsed.number : null;
}

/** "0912 345 678" → "5678": what a citizen gives with a booking code to cancel or reschedule. */
export const lastFour = (e164: string): string => e164.slice(-4);

/** "+84912345678" → "091****678" for staff screens and logs. */
export function maskPhone(e164: string): string {
  const local = e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
  return `${local.slice(0, 3)}****${local.slice(-3)}`;
}
