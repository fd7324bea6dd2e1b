import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** A phone number as E.164 (+84…), Vietnam by default; null when it is not a valid number. */
export function toE164(raw: string, defaultCountry: 'VN' = 'VN'): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > 32) return null;
  // eSMS and Vietnamese carriers write 84… without the plus sign.
  const withPlus = /^84\d{9,10}$/.test(trimmed) ? `+${trimmed}` : trimmed;
  const parsed = parsePhoneNumberFromString(withPlus, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}
