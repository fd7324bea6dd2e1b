import { stripDiacritics } from '../../assistant/index.ts';

/** Whole-message keywords: "TU CHOI", "HUY", "STOP" stop every SMS; "START", "BAT LAI" resume. */
const OPT_OUT = new Set(['TU CHOI', 'TUCHOI', 'HUY', 'STOP', 'UNSUBSCRIBE']);
const OPT_IN = new Set(['START', 'BAT LAI', 'BATLAI', 'UNSTOP']);

function fold(text: string): string {
  return stripDiacritics(text)
    .toUpperCase()
    .replace(/[^A-Z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function smsKeyword(text: string): 'opt_out' | 'opt_in' | null {
  if (text.length > 40) return null;
  const folded = fold(text);
  if (OPT_OUT.has(folded)) return 'opt_out';
  if (OPT_IN.has(folded)) return 'opt_in';
  return null;
}
