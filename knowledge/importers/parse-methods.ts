import type { Duration, Fee, Method, SubmissionMethod } from '../model/procedure.ts';
import { cleanLine, cleanRaw } from './clean-text.ts';
import { parseDuration } from './parse-duration.ts';
import { FREE, feeKind, feeText, parseFeeCell } from './parse-fee.ts';
import { noFeeStatement, statedAmounts, typedInThousands } from './read-stated-fees.ts';

/**
 * cach_thuc_thuc_hien: the header "Hình thức nộpThời gianPhí, lệ phíMô tả", then rows of
 * method + duration + fee cell + optional "(fee description)" + optional Mô tả text, all run
 * together. Method names also occur inside descriptions, so a row starts only where a method
 * name is followed by a duration cell and a fee cell.
 */

export const METHODS_HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
/** The portal's placeholder for an empty cell. */
export const NO_INFO = 'Không có thông tin';
const METHOD_NAMES: ReadonlyArray<[string, SubmissionMethod]> = [
  ['Trực tiếp', 'in_person'],
  ['Trực tuyến', 'online'],
  ['Dịch vụ bưu chính', 'post'],
];
const CURRENCY = '(?:Việt Nam Đồng|VNĐ|USD|EUR|Đồng)';
const AMOUNT_CELL = new RegExp(`^(\\d{1,3}(?:,\\d{3})*|\\d+)\\s?${CURRENCY}`);
const UNIT_DURATION = /^\d+(?:[.,]\d+)? (?:Ngày làm việc|Ngày|Giờ|Tháng)/;
const BARE_DIGITS = new RegExp(`^(\\d[\\d,]*)(?=\\s?${CURRENCY}|${FREE}|${NO_INFO})`);
const FREE_TEXT_DURATION = new RegExp(`^([A-ZĐÀ-Ỹ][^()]{0,119}?)(?=${FREE}|${NO_INFO}|\\d{1,3}(?:,\\d{3})*\\s?${CURRENCY})`);
const GROUPED_AMOUNT = /^(0|[1-9]\d{0,2}(?:,\d{3})*)$/;

/** gluedRun: the digits of a bare duration run into an amount that split more than one way. */
type Head = { method: SubmissionMethod; duration: Duration; feeCell: string; end: number; gluedRun: string | null };

export function parseMethods(field: string): Method[] {
  const text = stripHeader(cleanRaw(field));
  const methods: Method[] = [];
  let head = findHead(text, 0);
  while (head) {
    const description = readParenthesised(text, head.end);
    const afterDescription = description ? description.end : head.end;
    const next = findHead(text, afterDescription);
    const note = cleanLine(text.slice(afterDescription, next ? next.start : text.length));
    methods.push(toMethod(head, description?.inner ?? null, note.length > 0 ? note : null));
    head = next;
  }
  return methods;
}

export function stripHeader(text: string): string {
  const at = text.indexOf(METHODS_HEADER);
  return at >= 0 ? text.slice(at + METHODS_HEADER.length) : text;
}

function toMethod(head: Head, description: string | null, note: string | null): Method {
  if (head.gluedRun !== null) {
    const split = splitByDescription(head.gluedRun, head.feeCell.slice(head.gluedRun.length), description);
    if (split) return { method: head.method, duration: split.duration, fees: [split.fee], note };
    return { method: head.method, duration: head.duration, fees: [{ kind: null, amountVnd: null, text: feeText(head.feeCell, description) }], note };
  }
  const fees: Fee[] = [];
  if (head.feeCell !== NO_INFO) fees.push(parseFeeCell(head.feeCell, description));
  else {
    // "Không có thông tin" in the cell, but the row's Mô tả may say there is no fee at all.
    const noFee = noFeeStatement(note);
    if (noFee !== null) fees.push({ kind: null, amountVnd: 0, text: noFee });
  }
  return { method: head.method, duration: head.duration, fees, note };
}

function findHead(text: string, from: number): (Head & { start: number }) | null {
  const methodAt = /Trực tiếp|Trực tuyến|Dịch vụ bưu chính/g;
  methodAt.lastIndex = from;
  for (let match = methodAt.exec(text); match; match = methodAt.exec(text)) {
    const method = METHOD_NAMES.find(([name]) => name === match[0])?.[1];
    const head = method ? readHead(text, match.index + match[0].length, method) : null;
    if (head) return { ...head, start: match.index };
  }
  return null;
}

function readHead(text: string, at: number, method: SubmissionMethod): Head | null {
  const rest = text.slice(at);
  if (rest.startsWith(NO_INFO)) return withFee(rest, at, NO_INFO.length, method, NO_INFO);
  const unit = UNIT_DURATION.exec(rest);
  if (unit) return withFee(rest, at, unit[0].length, method, unit[0]);
  const digits = BARE_DIGITS.exec(rest);
  if (digits) return bareNumberHead(rest, at, digits[1] ?? '', method);
  const free = FREE_TEXT_DURATION.exec(rest);
  if (free) return withFee(rest, at, free[0].length, method, free[0]);
  return null;
}

function withFee(rest: string, at: number, length: number, method: SubmissionMethod, durationText: string): Head | null {
  const feeCell = readFeeCell(rest.slice(length));
  if (feeCell === null) return null;
  const duration = parseDuration(durationText);
  return { method, duration, feeCell, end: at + length + feeCell.length, gluedRun: null };
}

function readFeeCell(rest: string): string | null {
  if (rest.startsWith(FREE)) return FREE;
  if (rest.startsWith(NO_INFO)) return NO_INFO;
  return AMOUNT_CELL.exec(rest)?.[0] ?? null;
}

/**
 * A bare-number duration glued to an amount ("1100,000 VNĐ" = 1 + 100,000). The amount is
 * printed with thousands commas, so only some splits are valid; when more than one is, the row's
 * fee description may settle it (splitByDescription), else both stay unread and keep the text.
 */
function bareNumberHead(rest: string, at: number, run: string, method: SubmissionMethod): Head | null {
  const afterRun = rest.slice(run.length);
  if (afterRun.startsWith(FREE) || afterRun.startsWith(NO_INFO)) {
    return /^\d+$/.test(run) ? withFee(rest, at, run.length, method, run) : null;
  }
  const currency = new RegExp(`^\\s?${CURRENCY}`).exec(afterRun)?.[0] ?? '';
  const splits = validSplits(run);
  const end = at + run.length + currency.length;
  if (splits.length === 1) {
    const k = splits[0] ?? 0;
    return { method, duration: parseDuration(run.slice(0, k)), feeCell: run.slice(k) + currency, end, gluedRun: null };
  }
  const duration: Duration = { value: null, unit: 'unspecified', text: run };
  return { method, duration, feeCell: run + currency, end, gluedRun: run };
}

function validSplits(run: string): number[] {
  const splits: number[] = [];
  for (let k = 1; k < run.length; k++) {
    if (/^[1-9]\d*$/.test(run.slice(0, k)) && GROUPED_AMOUNT.test(run.slice(k))) splits.push(k);
  }
  return splits;
}

/**
 * A glued run that splits several ways ("120 VNĐ": 1 + 20, or 12 + 0) is settled by the row's fee
 * description when exactly one split gives the amount it writes out ("20.000 vnđ/tờ khai": the
 * cell was typed in thousands). Any other case stays unread.
 */
function splitByDescription(run: string, currency: string, description: string | null): { duration: Duration; fee: Fee } | null {
  if (description === null) return null;
  const stated = statedAmounts(description);
  const matches = validSplits(run).flatMap((k) => {
    const amount = Number(run.slice(k).replace(/,/g, ''));
    const confirmed = amount >= 1000 ? (stated.includes(amount) ? amount : null) : typedInThousands(amount, description);
    return confirmed === null ? [] : [{ k, confirmed }];
  });
  const [only] = matches;
  if (!only || matches.length > 1) return null;
  const fee: Fee = { kind: feeKind(description), amountVnd: only.confirmed, text: feeText(run.slice(only.k) + currency, description) };
  return { duration: parseDuration(run.slice(0, only.k)), fee };
}

/** A balanced "( … )" starting at `at`; an unclosed one runs to the next row or the end. */
function readParenthesised(text: string, at: number): { inner: string; end: number } | null {
  if (text[at] !== '(') return null;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return { inner: text.slice(at + 1, i), end: i + 1 };
  }
  const next = findHead(text, at + 1);
  const end = next ? next.start : text.length;
  return { inner: text.slice(at + 1, end), end };
}
