import { cleanLine } from './clean-text.ts';

/**
 * What a method row's own prose says about money, to confirm or complete its fee cell:
 * - amounts written out in đồng ("135.000 đồng/lần", "20.000đ/tờ khai", "100.000 vnđ");
 * - a statement that no fee exists ("Không quy định phí, lệ phí").
 * Nothing here picks an amount the prose states on its own: an amount only confirms a cell.
 */

const DONG_AMOUNT = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|vnđ|vnd|đ)(?![\p{L}\d])/giu;
const FOREIGN_AMOUNT = /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:usd|eur)(?![\p{L}])/iu;
/** "8.000.000/lần": a grouped amount followed by a per-unit slash, written without "đồng". */
const GROUPED_RATE = /(?<![\d.,])\d{1,3}(?:\.\d{3})+\s*\//u;
const NO_FEE = /không (?:quy định|thu|có) (?:về )?(?:thời hạn giải quyết,? )?(?:phí,? lệ phí|phí và lệ phí|lệ phí,? phí)/iu;
const MAX_THOUSANDS_CELL = 999;

/** Amounts in đồng written in a description, in order. */
export function statedAmounts(description: string): number[] {
  return [...cleanLine(description).matchAll(DONG_AMOUNT)].map((match) => Number((match[1] ?? '').replace(/\./g, '')));
}

/**
 * The portal has amount cells typed in thousands ("135 VNĐ" for 135.000 đồng). When the row's
 * description writes out that amount times 1000 ("Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần"),
 * the two official values agree and the amount is that sum; otherwise null.
 */
export function typedInThousands(amount: number, description: string | null): number | null {
  if (description === null || !Number.isInteger(amount) || amount < 1 || amount > MAX_THOUSANDS_CELL) return null;
  return statedAmounts(description).includes(amount * 1000) ? amount * 1000 : null;
}

/** The official words saying the procedure has no fee ("Không quy định phí, lệ phí"), or null. */
export function noFeeStatement(note: string | null): string | null {
  if (note === null) return null;
  const match = NO_FEE.exec(cleanLine(note));
  return match ? match[0] : null;
}

/** True when a description states an amount to pay (in đồng, a foreign currency, or "8.000.000/lần"). */
export function statesAnAmount(description: string): boolean {
  const text = cleanLine(description);
  return statedAmounts(text).some((amount) => amount > 0) || FOREIGN_AMOUNT.test(text) || GROUPED_RATE.test(text);
}
