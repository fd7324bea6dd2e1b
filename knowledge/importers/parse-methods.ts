import type { Duration, Fee, Method, SubmissionMethod } from '../model/procedure.ts';
import { cleanLine, cleanRaw } from './clean-text.ts';
import { parseDuration } from './parse-duration.ts';
import { FREE, parseFeeCell, feeText } from './parse-fee.ts';

/**
 * cach_thuc_thuc_hien: the header "Hình thức nộpThời gianPhí, lệ phíMô tả", then rows of
 * method + duration + fee cell + optional "(fee description)" + optional Mô tả text, all run
 * together. Method names also occur inside descriptions, so a row starts only where a method
 * name is followed by a duration cell and a fee cell.
 */

export const METHODS_HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const NO_INFO = 'Không có thông tin';
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

type Head = { method: SubmissionMethod; duration: Duration; feeCell: string; end: number; ambiguous: boolean };

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
  const fees: Fee[] = [];
  if (head.ambiguous) fees.push({ kind: null, amountVnd: null, text: feeText(head.feeCell, description) });
  else if (head.feeCell !== NO_INFO) fees.push(parseFeeCell(head.feeCell, description));
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
  return { method, duration, feeCell, end: at + length + feeCell.length, ambiguous: false };
}

function readFeeCell(rest: string): string | null {
  if (rest.startsWith(FREE)) return FREE;
  if (rest.startsWith(NO_INFO)) return NO_INFO;
  return AMOUNT_CELL.exec(rest)?.[0] ?? null;
}

/**
 * A bare-number duration glued to an amount ("1100,000 VNĐ" = 1 + 100,000). The amount is
 * printed with thousands commas, so only some splits are valid; when more than one is, both the
 * duration and the fee stay unread and keep the text.
 */
function bareNumberHead(rest: string, at: number, run: string, method: SubmissionMethod): Head | null {
  const afterRun = rest.slice(run.length);
  if (afterRun.startsWith(FREE) || afterRun.startsWith(NO_INFO)) {
    return /^\d+$/.test(run) ? withFee(rest, at, run.length, method, run) : null;
  }
  const currency = new RegExp(`^\\s?${CURRENCY}`).exec(afterRun)?.[0] ?? '';
  const splits: number[] = [];
  for (let k = 1; k < run.length; k++) {
    if (/^[1-9]\d*$/.test(run.slice(0, k)) && GROUPED_AMOUNT.test(run.slice(k))) splits.push(k);
  }
  const end = at + run.length + currency.length;
  if (splits.length === 1) {
    const k = splits[0] ?? 0;
    return { method, duration: parseDuration(run.slice(0, k)), feeCell: run.slice(k) + currency, end, ambiguous: false };
  }
  const duration: Duration = { value: null, unit: 'unspecified', text: run };
  return { method, duration, feeCell: run + currency, end, ambiguous: true };
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
