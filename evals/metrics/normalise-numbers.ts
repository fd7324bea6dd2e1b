import { stripDiacritics } from '../../assistant/index.ts';

/**
 * Text normalisation for comparing facts: case, diacritics and number formats.
 * "20.000", "20,000", "20000 đồng", "20.000 VNĐ" and "20 nghìn đồng" all become "20000";
 * "07 Ngày làm việc" and "7 ngay lam viec" both become "7 ngay lam viec".
 */

/** Lower case, no diacritics ("đ" → "d"), single spaces; punctuation kept, since "20.000" needs it. */
export function foldText(text: string): string {
  return stripDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

const MULTIPLIERS: ReadonlyMap<string, number> = new Map(Object.entries({ nghin: 1_000, ngan: 1_000, trieu: 1_000_000, ty: 1_000_000_000 }));

/**
 * One written number: thousand groups with "." or "," (Vietnamese or English style), or a short
 * decimal part. Must not be glued to letters or other digits on either side.
 */
const NUMBER = /(?<![\p{L}\d.,])(\d\.\d{6}(?![\d.,])|\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2}(?!\d))?|\d+)(?![\p{L}\d])/gu;
/** Procedure codes (1.004222) look like numbers but are identifiers: kept as written. */
const PROCEDURE_CODE = /^\d\.\d{6}$/;
const SCALE = /^\s*(nghin|ngan|trieu|ty)\b/;
const CURRENCY = /^\s*(viet nam dong|dong|vnd|d)\b/;

/** Reads one number token: grouped thousands are integers, a 1–2 digit tail is a decimal part. */
export function parseNumberToken(token: string): number {
  if (/^\d{1,3}([.,]\d{3})+$/.test(token)) return Number(token.replace(/[.,]/g, ''));
  return Number(token.replace(',', '.'));
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/**
 * Folds the text and rewrites every number in one canonical form, applying scale words
 * (nghìn, triệu, tỷ) and dropping the currency word that follows an amount.
 */
export function normaliseForMatching(text: string): string {
  // "20.000đ" → "20.000 d", so the amount is seen as a number followed by its currency.
  const folded = foldText(text).replace(/(\d)(?=(?:d|vnd|dong)\b)/g, '$1 ');
  let out = '';
  let last = 0;
  for (const match of folded.matchAll(NUMBER)) {
    const start = match.index;
    if (PROCEDURE_CODE.test(match[0])) continue;
    let end = start + match[0].length;
    let value = parseNumberToken(match[0]);
    const scale = SCALE.exec(folded.slice(end));
    if (scale) {
      value *= MULTIPLIERS.get(scale[1] as string) ?? 1;
      end += scale[0].length;
    }
    const currency = CURRENCY.exec(folded.slice(end));
    if (currency) end += currency[0].length;
    out += folded.slice(last, start) + formatNumber(value);
    last = end;
  }
  return (out + folded.slice(last)).replace(/\s+/g, ' ').trim();
}

/** Every number written in the text, canonical ("20.000 đồng" → "20000"). */
export function extractNumbers(text: string): string[] {
  const normalised = normaliseForMatching(text);
  return [...normalised.matchAll(/(?<![\p{L}\d.])\d+(?:\.\d+)?(?![\p{L}\d])/gu)].map((m) => m[0]).filter((n) => !PROCEDURE_CODE.test(n));
}
