import { isNumberWord, parseDigits, parseNumberWords } from './parse-number.ts';

/**
 * Pulls every checkable fact out of a text: codes, dates, times, percentages, amounts, durations,
 * document counts and bare numbers, each normalised to a key (so "20.000 đồng", "20,000đ" and
 * "hai mươi nghìn đồng" all become amount 20000). Extractors run from the most specific to the
 * least, and each match is blanked out so a procedure code is never also read as an amount.
 */
export type FactKind =
  | 'procedure_code' | 'legal_code' | 'legal_ref' | 'result_code' | 'form_code'
  | 'date' | 'time' | 'percent' | 'amount' | 'duration' | 'quantity' | 'number';

export interface Fact {
  kind: FactKind;
  /** Normalised value, e.g. "20000", "7:working_days", "68/2020/QH14", "25/2/2026". */
  key: string;
  /** The text as written. */
  raw: string;
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const END = String.raw`(?![\p{L}\p{N}])`;
const START = String.raw`(?<![\p{L}\p{N}])`;
const MONEY = String.raw`(?:\s*(?:đồng|vnđ|vnd|đ|₫))`;
const MULTIPLIER: ReadonlyMap<string, number> = new Map(Object.entries({ tỷ: 1e9, tỉ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3, k: 1e3 }));
const DURATION_UNIT: ReadonlyMap<string, string> = new Map(Object.entries({ ngày: 'days', tháng: 'months', tuần: 'weeks', giờ: 'hours', năm: 'years', phút: 'minutes' }));
/** Paper sizes look like form codes but are not facts about a procedure. */
const NOT_FORMS = new Set(['A3', 'A4', 'A5']);

type Extractor = [RegExp, (m: RegExpExecArray) => Omit<Fact, 'raw'> | null];

const amount = (n: number | null): Omit<Fact, 'raw'> | null => (n === null ? null : { kind: 'amount', key: String(Math.round(n)) });
const date = (d: string, m: string, y?: string): Omit<Fact, 'raw'> | null => {
  const [dd, mm] = [Number(d), Number(m)];
  if (dd < 1 || dd > 31 || mm < 1 || mm > 12) return null;
  return { kind: 'date', key: y ? `${dd}/${mm}/${Number(y)}` : `${dd}/${mm}` };
};
const durationUnit = (u: string): string => (/làm\s+việc/.test(u) ? 'working_days' : (DURATION_UNIT.get(u.toLowerCase()) ?? u));
const quantityUnit = (u: string): string => u.toLowerCase().replace(/\s+/g, ' ');

const EXTRACTORS: Extractor[] = [
  [new RegExp(String.raw`${START}[A-Z]{2,}\.[A-Z0-9]+\.\d+${END}`, 'gu'), (m) => ({ kind: 'result_code', key: m[0] })],
  [new RegExp(String.raw`(?<![\p{L}\p{N}/])\d{1,5}\/(?:\d{4}\/)?\p{Lu}[\p{Lu}\d]*(?:[-–]\p{Lu}[\p{Lu}\d]*)*${END}`, 'gu'), (m) => ({ kind: 'legal_code', key: normaliseLegal(m[0]) })],
  [/(?<![\p{L}\p{N}/])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu, (m) => date(m[3]!, m[2]!, m[1])],
  [/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu, (m) => date(m[1]!, m[2]!, m[3])],
  [/(?<![\p{N}])(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu, (m) => date(m[1]!, m[2]!, m[3])],
  [/(?<![\p{N}/.,])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\p{N}])/gu, (m) => date(m[1]!, m[2]!, m[3])],
  [/(?<![\p{L}\p{N}/.])(\d{1,5})\/(\d{4})(?![\p{L}\p{N}/])/gu, (m) => ({ kind: 'legal_ref', key: `${Number(m[1])}/${m[2]}` })],
  [/(?<![\p{N}/.,])(\d{1,2})\/(\d{1,2})(?![\p{N}/])/gu, (m) => date(m[1]!, m[2]!)],
  [/(?<![\p{N}.])\d\.\d{6}(?![\p{N}])/gu, (m) => ({ kind: 'procedure_code', key: m[0] })],
  [/(?<![\p{N}])(\d{1,2})\s*(?:h|giờ|:)\s*(\d{2})(?![\p{N}])/giu, (m) => ({ kind: 'time', key: `${Number(m[1])}:${m[2]}` })],
  [/(?<![\p{N}])(\d{1,2})h(?![\p{L}\p{N}])/gu, (m) => ({ kind: 'time', key: `${Number(m[1])}:00` })],
  [new RegExp(String.raw`(${NUM})\s*(?:%|phần\s+trăm)`, 'giu'), (m) => num('percent', m[1]!)],
  [new RegExp(String.raw`(${NUM})\s*triệu\s*(${NUM})\s*(?:nghìn|ngàn)${MONEY}?${END}`, 'giu'), (m) =>
    amount((parseDigits(m[1]!) ?? NaN) * 1e6 + (parseDigits(m[2]!) ?? NaN) * 1e3)],
  [new RegExp(String.raw`(${NUM})\s*(tỷ|tỉ|triệu|nghìn|ngàn|k)${MONEY}?${END}`, 'giu'), (m) =>
    amount((parseDigits(m[1]!) ?? NaN) * (MULTIPLIER.get(m[2]!.toLowerCase()) ?? NaN))],
  [new RegExp(String.raw`(${NUM})${MONEY}${END}`, 'giu'), (m) => amount(parseDigits(m[1]!))],
  [new RegExp(String.raw`(?<!(?:mùng|mồng|ngày|thứ|tháng)\s*)(${NUM})\s*(ngày\s+làm\s+việc|ngày|tháng|tuần|giờ|năm|phút)${END}`, 'giu'), (m) =>
    withValue('duration', m[1]!, durationUnit(m[2]!))],
  [new RegExp(String.raw`(${NUM})\s*(bản\s+chính|bản\s+sao|bộ|bản)${END}`, 'giu'), (m) => withValue('quantity', m[1]!, quantityUnit(m[2]!))],
  [/(?<![\p{L}\p{N}])([A-Z]{1,4})-?(\d{1,3})[a-z]?(?![\p{L}\p{N}])/gu, (m) =>
    NOT_FORMS.has(`${m[1]}${Number(m[2])}`) ? null : { kind: 'form_code', key: `${m[1]}${Number(m[2])}` }],
];

function num(kind: FactKind, token: string): Omit<Fact, 'raw'> | null {
  const n = parseDigits(token);
  return n === null ? null : { kind, key: String(n) };
}

function withValue(kind: FactKind, token: string, unit: string): Omit<Fact, 'raw'> | null {
  const n = parseDigits(token);
  return n === null ? null : { kind, key: `${n}:${unit}` };
}

export function normaliseLegal(code: string): string {
  return code.toUpperCase().replace(/Đ/g, 'D').replace(/–/g, '-');
}

function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}

export function extractFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  // List markers ("1. ", "2) ") are layout, not facts.
  let rest = text.normalize('NFC').replace(/^(\s*)\d{1,2}[.)](?=\s)/gmu, (m) => ' '.repeat(m.length));
  for (const [pattern, read] of EXTRACTORS) {
    for (const m of [...rest.matchAll(pattern)]) {
      const fact = read(m);
      if (!fact) continue;
      facts.push({ ...fact, raw: m[0] });
      rest = blank(rest, m.index, m[0].length);
    }
  }
  facts.push(...spelledOutFacts(rest));
  for (const m of rest.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM}`, 'gu'))) {
    const n = parseDigits(m[0]);
    facts.push({ kind: 'number', key: n === null ? m[0] : String(n), raw: m[0] });
  }
  return facts;
}

/** Words that make a following number a name, not a quantity ("thứ Bảy", "tháng Năm", "mùng Một"). */
const NAMING_WORDS = new Set(['thứ', 'tháng', 'mùng', 'mồng', 'bước']);

/** Spelled-out numbers are checked only where they carry a unit: "bảy ngày làm việc", "hai mươi nghìn đồng". */
function spelledOutFacts(text: string): Fact[] {
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ w: m[0].toLowerCase(), at: m.index, len: m[0].length }));
  const facts: Fact[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isNumberWord(words[i]!.w) || NAMING_WORDS.has(words[i - 1]?.w ?? '')) continue;
    let j = i;
    while (j < words.length && isNumberWord(words[j]!.w)) j++;
    const run = words.slice(i, j).map((x) => x.w);
    const value = run.every((w) => w === 'không') ? null : parseNumberWords(run);
    const next = words.slice(j, j + 3).map((x) => x.w);
    const first = words[i]!;
    // The fact as written, number words plus `unitWords` words of unit.
    const raw = (unitWords: number): string => {
      const last = words[Math.min(j + unitWords, words.length) - 1]!;
      return text.slice(first.at, last.at + last.len);
    };
    i = j - 1;
    if (value === null) continue;
    const lastWord = run[run.length - 1]!;
    if (['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'].includes(lastWord) || next[0] === 'đồng') facts.push({ kind: 'amount', key: String(value), raw: raw(next[0] === 'đồng' ? 1 : 0) });
    else if (next[0] === 'ngày' && next[1] === 'làm' && next[2] === 'việc') facts.push({ kind: 'duration', key: `${value}:working_days`, raw: raw(3) });
    else if (next[0] && next[0] !== 'năm' && DURATION_UNIT.has(next[0])) facts.push({ kind: 'duration', key: `${value}:${DURATION_UNIT.get(next[0])}`, raw: raw(1) });
    else if (next[0] === 'bản' && (next[1] === 'chính' || next[1] === 'sao')) facts.push({ kind: 'quantity', key: `${value}:bản ${next[1]}`, raw: raw(2) });
    else if (next[0] === 'bộ') facts.push({ kind: 'quantity', key: `${value}:bộ`, raw: raw(1) });
  }
  return facts;
}
