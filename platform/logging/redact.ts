/**
 * Masks personal data before it reaches a log line (Decree 13/2023, Law 91/2025):
 * 12-digit citizen ID numbers, 9-digit old ID numbers and Vietnamese phone numbers.
 */
const CITIZEN_ID = /(?<!\d)(\d{3})\d{6}(\d{3})(?!\d)/g;
// 0 or +84 then 9 digits, with optional single separators: 0912 345 678, 0912.345.678, +84912345678.
const PHONE = /(?<![\d+])(?:\+?84|0)(?:[\s.-]?\d){9}(?!\d)/g;
const OLD_ID = /(?<!\d)(\d{2})\d{5}(\d{2})(?!\d)/g;

function maskMiddleDigits(match: string): string {
  const digits = match.replace(/\D/g, '');
  return `${match.startsWith('+') ? '+' : ''}${digits.slice(0, 3)}*****${digits.slice(-2)}`;
}

export function maskPersonalData(text: string): string {
  return text
    .replace(CITIZEN_ID, (_m, a: string, b: string) => `${a}******${b}`)
    .replace(PHONE, maskMiddleDigits)
    .replace(OLD_ID, (_m, a: string, b: string) => `${a}*****${b}`);
}

/** Deep copy with every string masked; used by the logger's formatter. */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  if (value instanceof Error) {
    return { type: value.name, message: maskPersonalData(value.message), stack: value.stack ? maskPersonalData(value.stack) : undefined };
  }
  // Only plain data is copied: requests, responses and errors keep their prototypes for pino's serializers.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}
