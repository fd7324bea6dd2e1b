import type { Duration } from '../model/procedure.ts';
import { cleanLine } from './clean-text.ts';

/**
 * Processing times stated in a record's own prose (a method's Mô tả, the steps), for method rows
 * whose Thời gian cell gives a number without unit or nothing at all. Only two wordings count,
 * because they name the processing time itself rather than a sub-deadline:
 * - label: "Thời hạn giải quyết: 07 ngày làm việc", "Thời gian giải quyết: trong thời hạn 15 ngày";
 * - receipt: "Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, …" — counted from
 *   the receipt of the dossier (or of the application letter), in a sentence that is not about
 *   checking, completing or returning the dossier.
 * A compound or ranged time ("06 ngày làm việc và 30 ngày", "03 đến 05 ngày") is not a statement.
 */

export type DurationStatement = {
  value: number;
  unit: Exclude<Duration['unit'], 'unspecified'>;
  /** The official words: the label and the time, or the whole "Trong thời hạn … kể từ … hồ sơ …" clause. */
  text: string;
  wording: 'label' | 'receipt';
};

const NUMBER = String.raw`(\d{1,3}(?:[.,]\d)?)(?:\s*\([^()\d]{1,25}\))?`;
const UNIT = String.raw`(ngày làm việc|ngày|giờ|tháng)(?![\p{L}\d])`;
const LABEL = new RegExp(
  String.raw`(?:thời hạn|thời gian) giải quyết(?: hồ sơ| thủ tục hành chính| tthc)?\s*(?:là\s*)?[:：]?\s*(?:trong (?:thời hạn|thời gian|vòng)\s*)?(?:tối đa|không quá)?\s*${NUMBER}\s*${UNIT}`,
  'giu',
);
const RECEIPT = new RegExp(
  String.raw`(?:trong (?:thời hạn|thời gian|vòng)|không quá|tối đa)\s*(?:(?:tối đa|không quá)\s*)?${NUMBER}\s*${UNIT}\s*,?\s*(?:kể từ|tính từ)\s*(?:ngày|khi|thời điểm)\s*(?:(?:tiếp nhận|nhận)(?: được)?(?: đủ| đầy đủ)?\s*(?:hồ sơ|văn bản đề nghị|đơn đề nghị)|hồ sơ được (?:tiếp nhận|nhận))`,
  'giu',
);
/** Right after the time: another time joined to it makes it a part, not the whole. */
const COMPOUND_AFTER = /^\s*(?:,\s*)?(?:và|hoặc|đến|-|–|\+|\/)\s*(?:\d|trong|tối đa|không quá)/iu;
/** A sentence about an incomplete dossier gives the deadline to ask for more, not to decide. */
const SIDE_DEADLINE = /bổ sung|hoàn thiện|chưa đầy đủ|chưa hợp lệ|không hợp lệ|không đầy đủ|còn thiếu|tính đầy đủ|tính hợp lệ|thành phần hồ sơ|trả lại hồ sơ|hướng dẫn/iu;
const SENTENCE_END = /[.;\n]/;
/** The rest of "kể từ ngày nhận … hồ sơ" up to its comma, keeping "đầy đủ, hợp lệ" whole. */
const CLAUSE_REST = /^[^,.;\n]*(?:,\s*hợp lệ[^,.;\n]*)?/u;

const UNITS: Record<string, DurationStatement['unit']> = {
  'ngày làm việc': 'working_days',
  ngày: 'days',
  giờ: 'hours',
  tháng: 'months',
};

export function findDurationStatements(text: string): DurationStatement[] {
  const prose = text.normalize('NFC');
  return [...statements(prose, LABEL, 'label'), ...statements(prose, RECEIPT, 'receipt')];
}

function statements(prose: string, pattern: RegExp, wording: DurationStatement['wording']): DurationStatement[] {
  const found: DurationStatement[] = [];
  for (const match of prose.matchAll(pattern)) {
    const start = match.index ?? 0;
    const timeEnd = start + match[0].length - (wording === 'receipt' ? afterTime(match[0]) : 0);
    if (COMPOUND_AFTER.test(prose.slice(timeEnd, timeEnd + 20))) continue;
    if (SIDE_DEADLINE.test(wording === 'receipt' ? sentenceAround(prose, start, start + match[0].length) : sentenceFrom(prose, start))) continue;
    const value = Number((match[1] ?? '').replace(',', '.'));
    const unit = UNITS[(match[2] ?? '').toLowerCase()];
    if (!Number.isFinite(value) || value <= 0 || !unit) continue;
    const end = start + match[0].length;
    found.push({ value, unit, text: cleanLine(wording === 'label' ? match[0] : match[0] + (CLAUSE_REST.exec(prose.slice(end))?.[0] ?? '')), wording });
  }
  return found;
}

/** Characters of a receipt match after its time phrase (", kể từ ngày nhận đủ hồ sơ"). */
function afterTime(matched: string): number {
  const at = matched.search(/\s*,?\s*(?:kể từ|tính từ)/iu);
  return at < 0 ? 0 : matched.length - at;
}

function sentenceAround(prose: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(prose[from - 1] ?? '')) from--;
  let to = end;
  while (to < prose.length && !SENTENCE_END.test(prose[to] ?? '')) to++;
  return prose.slice(from, to);
}

/** From the statement to the end of its sentence. */
function sentenceFrom(prose: string, start: number): string {
  const rest = prose.slice(start);
  const end = rest.search(SENTENCE_END);
  return end < 0 ? rest : rest.slice(0, end);
}
