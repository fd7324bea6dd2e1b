/**
 * Quantity suffixes that end each document in thanh_phan_ho_so: "1 bản chính",
 * "1 bản chính,1 bản sao", "0 bản chính". The portal prints the typed counts unpadded and always
 * starts with the originals, so "(01 bản chính hoặc 01 bản sao có chứng thực)" inside a name is
 * not a quantity. A name ending in digits glues onto the count ("Mẫu số 181 bản chính" is
 * "Mẫu số 18" + "1 bản chính"): counts are single digits in this corpus, so the last digit is
 * the count and the others stay in the name.
 */

export type Quantity = {
  /** Index where the count starts (the name ends here). */
  start: number;
  end: number;
  originals: number;
  copies: number;
  text: string;
};

const QUANTITY = /(\d+) bản chính(?:,(\d+) bản sao)?/g;
const IN_NAME_AFTER = /^(?:\s+[a-zà-ỹđ]|[.;,]\s|\d+ bản (?:chính|sao)|\s*\))/;
const LETTER = /[\p{L}\p{N}]/u;

export function findQuantities(text: string, from = 0, to = text.length): Quantity[] {
  const found: Quantity[] = [];
  let nameStart = from;
  QUANTITY.lastIndex = from;
  for (let match = QUANTITY.exec(text); match && match.index < to; match = QUANTITY.exec(text)) {
    const run = match[1] ?? '';
    const start = match.index + run.length - 1;
    const end = match.index + match[0].length;
    if (isInName(text, match.index, run, end, to) || !LETTER.test(text.slice(nameStart, start))) continue;
    const originals = Number(run.slice(-1));
    const copies = match[2] === undefined ? 0 : Number(match[2]);
    found.push({ start, end, originals, copies, text: text.slice(start, end) });
    nameStart = end;
  }
  return found;
}

function isInName(text: string, runStart: number, run: string, end: number, to: number): boolean {
  const after = text.slice(end, Math.min(to, end + 12));
  if (after.length > 0 && IN_NAME_AFTER.test(after)) return true;
  // "nộp 01 bản chính", "(01 bản chính": a zero-padded count written inside the name.
  const before = runStart > 0 ? text[runStart - 1] ?? '' : '';
  return run.length === 2 && run.startsWith('0') && /[\s(]/.test(before) && end < to;
}
