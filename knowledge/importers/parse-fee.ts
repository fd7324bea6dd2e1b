import type { Fee } from '../model/procedure.ts';
import { cleanLine } from './clean-text.ts';
import { statesAnAmount, typedInThousands } from './read-stated-fees.ts';

/**
 * One fee cell of a method row with its description: "Miễn phí", "20,000 Việt Nam Đồng",
 * "150,000 VNĐ", "10 USD". The cell is the portal's typed amount printed with thousands commas.
 *
 * Never invented: a non-VND currency, or a VND amount between 1 and 999 (the portal has records
 * such as "135 VNĐ" whose description says 135.000 đồng — the cell was typed in thousands) gives
 * amountVnd null, and the text keeps everything the portal printed. The one exception is a small
 * amount whose own description writes it out times 1000: both official values then agree.
 */

export const FREE = 'Miễn phí';
const MIN_PLAUSIBLE_VND = 1000;
const VND = /^(việt nam đồng|vnđ|vnd|đồng)$/i;

export type FeeAmount = { amount: number; currency: string };

/** "20,000 Việt Nam Đồng" → { amount: 20000, currency: 'Việt Nam Đồng' }; null when not that shape. */
export function readAmountCell(cell: string): FeeAmount | null {
  const match = /^(\d{1,3}(?:,\d{3})*|\d+)\s*(\S.*)$/.exec(cleanLine(cell));
  if (!match) return null;
  return { amount: Number((match[1] ?? '').replace(/,/g, '')), currency: match[2] ?? '' };
}

/** The VND amount we trust, or null (other currency, implausible amount). */
export function trustedVnd(amount: number, currency: string | null): number | null {
  if (amount === 0) return 0;
  if (currency !== null && !VND.test(currency.trim())) return null;
  if (!Number.isInteger(amount) || amount < MIN_PLAUSIBLE_VND) return null;
  return amount;
}

/** phí or lệ phí when the official text says which; the cell alone never does. */
export function feeKind(description: string): Fee['kind'] {
  const text = cleanLine(description).replace(/^[(\-+*\s]+/, '').toLowerCase();
  if (text.startsWith('lệ phí')) return 'lệ phí';
  if (text.startsWith('phí') && !text.startsWith('phí, lệ phí')) return 'phí';
  return null;
}

/** Fee text as the portal prints it: the cell, then the description in parentheses. */
export function feeText(cell: string, description: string | null): string {
  const body = cleanLine(cell);
  const note = description === null ? '' : cleanLine(description);
  return note.length > 0 ? `${body} (${note})` : body;
}

export function parseFeeCell(cell: string, description: string | null): Fee {
  const text = feeText(cell, description);
  const kind = description === null ? null : feeKind(description);
  // "Miễn phí" beside a description that states an amount: the portal contradicts itself, so the
  // amount is unsure and the citizen is read both official texts rather than told it is free.
  if (cleanLine(cell).toLowerCase() === FREE.toLowerCase()) return { kind, amountVnd: description !== null && statesAnAmount(description) ? null : 0, text };
  const amount = readAmountCell(cell);
  return { kind, amountVnd: amount ? cellAmountVnd(amount.amount, amount.currency, description) : null, text };
}

/** The trusted amount of a cell (no currency means VND), or its thousands confirmed by the description. */
export function cellAmountVnd(amount: number, currency: string | null, description: string | null): number | null {
  const trusted = trustedVnd(amount, currency);
  if (trusted !== null || (currency !== null && !VND.test(currency.trim()))) return trusted;
  return typedInThousands(amount, description);
}
