import type { DossierStatusCode } from './tables.ts';

/** A dossier as the citizen may learn it once they gave its code and their phone's last 4 digits. */
export interface DossierRecord {
  code: string;
  procedureName: string;
  status: DossierStatusCode;
  /** Dates as YYYY-MM-DD. */
  receivedOn: string;
  dueOn: string;
  newDueOn: string | null;
  lateReason: string | null;
  /** What the citizen must bring or do. */
  note: string | null;
}

/**
 * Where dossier statuses come from: the centre's own table, or a provincial one-stop system.
 * `lookup` answers null both for an unknown code and for a wrong phone suffix, so the answer
 * reveals nothing about which it was.
 */
export interface DossierStatusSource {
  readonly name: string;
  lookup(code: string, phoneLast4: string): Promise<DossierRecord | null>;
}

/** Dossier codes as centres print them (`H12.34-261120-0001`, `000.00.12.H26-261120-0001`). */
export const DOSSIER_CODE = /^[A-Z0-9][A-Z0-9.\-/]{3,39}$/;

export function normaliseDossierCode(text: string): string | null {
  const code = text.normalize('NFC').trim().toUpperCase().replace(/\s+/g, '');
  return DOSSIER_CODE.test(code) ? code : null;
}

/** The phone's last 4 digits, from "6789", "số cuối 6789" or a whole phone number. */
export function lastFourDigits(text: string): string | null {
  const digits = text.replace(/\D/g, '');
  return digits.length >= 4 && digits.length <= 12 ? digits.slice(-4) : null;
}
