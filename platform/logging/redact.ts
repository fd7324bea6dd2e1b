/**
 * Masks personal data before it reaches a log line (Decree 13/2023, Law 91/2025): citizen ID
 * numbers (12 digits, also written in groups with spaces, dots or dashes), old 9-digit ID numbers,
 * Vietnamese phone numbers, e-mail addresses, passport numbers and bank account or card numbers.
 * UUIDs (conversation and request ids) are left whole: masking inside them garbled about one id
 * in a hundred.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// 12 digits with at most one space, dot or dash between two of them: 001203004567, 001 203 004 567.
const CITIZEN_ID = /(?<![\d*])\d(?:[\s.-]?\d){11}(?![\d*])/g;
// 0 or +84 then 9 digits, with optional single separators: 0912 345 678, 0912.345.678, +84912345678.
const PHONE = /(?<![\d+*])(?:\+?84|0)(?:[\s.-]?\d){9}(?![\d*])/g;
// Card and account numbers: 10 to 19 digits in one run, or in groups of 3 to 4.
const ACCOUNT = /(?<![\d*])(?:\d{10,19}|\d{3,4}(?:[\s-]\d{3,4}){2,4})(?![\d*])/g;
// Vietnamese passports: one capital letter and 7 digits (B1234567, C7654321).
const PASSPORT = /(?<![\p{L}\p{N}])[A-Z]\d{7}(?![\p{N}])/gu;
const OLD_ID = /(?<![\d*])\d{9}(?![\d*])/g;

function keepEnds(match: string, head: number, tail: number, stars = 5): string {
  const digits = match.replace(/[^\dA-Z]/g, '');
  return `${match.startsWith('+') ? '+' : ''}${digits.slice(0, head)}${'*'.repeat(stars)}${digits.slice(-tail)}`;
}

function maskPart(text: string): string {
  return text
    .replace(EMAIL, (m) => `${m[0]}***@${m.split('@')[1]}`)
    .replace(CITIZEN_ID, (m) => keepEnds(m, 3, 3, 6))
    .replace(PHONE, (m) => keepEnds(m, 3, 2))
    .replace(ACCOUNT, (m) => keepEnds(m, 2, 2))
    .replace(PASSPORT, (m) => keepEnds(m, 1, 2))
    .replace(OLD_ID, (m) => keepEnds(m, 2, 2));
}

export function maskPersonalData(text: string): string {
  if (!/\d|@/.test(text)) return text;
  let out = '';
  let at = 0;
  for (const uuid of text.matchAll(UUID)) {
    out += maskPart(text.slice(at, uuid.index)) + uuid[0];
    at = uuid.index + uuid[0].length;
  }
  return out + maskPart(text.slice(at));
}

/**
 * Masks a serialised log line: every JSON string in it (keys, values, the request path, the
 * request id), never the numbers, so the line stays valid JSON.
 */
export function maskLogLine(line: string): string {
  return line.replace(/"(?:[^"\\]|\\.)*"/g, maskPersonalData);
}
