/**
 * The one cleaning every channel applies to a citizen's text at its boundary (channels import it
 * through `channels/sanitise-text.ts`), and the entry point applies again:
 * PostgreSQL refuses NUL in text and lone surrogates in jsonb, and a turn that cannot be stored
 * must never crash. Keeps line breaks and tabs; normalises to NFC so that "ă" typed in two code
 * points matches the one-code-point form the lexicons use.
 */

// C0 controls but \t \n \r, DEL, C1 controls, and the bidi overrides that can disguise text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitiseCitizenText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** Sanitises every string of a JSON-like value (a provider's payload), as a copy. */
export function sanitiseStrings<T>(value: T): T {
  if (typeof value === 'string') return sanitiseCitizenText(value) as T;
  if (Array.isArray(value)) return value.map((item) => sanitiseStrings(item)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[sanitiseCitizenText(key)] = sanitiseStrings(item);
    return out as T;
  }
  return value;
}
