import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

/**
 * Numbers as a Vietnamese voice should say them, since a TTS engine reads "70.000" or "01/7"
 * unreliably: amounts and counts in words ("bảy mươi nghìn đồng", "ba ngày làm việc"), dates as
 * "thứ Hai, ngày mười lăm tháng Ba", codes and phone numbers digit by digit.
 */
const plain = new ReadingConfig();
plain.unit = [];

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const MONTHS = ['Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai'];
const VN_OFFSET_MS = 7 * 3_600_000;

/** An integer in words; "70.000" (thousands with dots) reads as seventy thousand. */
export function readNumber(value: number | string): string {
  const digits = String(value).replace(/\./g, '').replace(/^0+(?=\d)/, '');
  if (!/^\d+$/.test(digits)) return String(value);
  return doReadNumber(digits, plain);
}

/** Each digit on its own, in groups of three or four separated by a short pause (a comma). */
export function readDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  const words = [...digits].map((d) => DIGITS[Number(d)]!);
  const groups: string[] = [];
  for (let i = 0; i < words.length; ) {
    const size = words.length - i === 4 ? 4 : 3;
    groups.push(words.slice(i, i + size).join(' '));
    i += size;
  }
  return groups.join(', ');
}

/** A code as written, digit by digit, with its dots read: "2.001194" → "hai chấm không không một, một chín bốn". */
export function readCode(code: string): string {
  return code
    .split('.')
    .map((part) => readDigits(part))
    .join(' chấm ');
}

/** A phone number as a caller hears it from an operator: "+84912…" reads as "không chín một hai…". */
export function readPhone(phone: string): string {
  return readDigits(phone.replace(/^\+84/, '0'));
}

function dayOfMonth(day: number): string {
  return day <= 10 ? `mồng ${readNumber(day)}` : readNumber(day);
}

/** "thứ Hai, ngày mười lăm tháng Ba" (in Vietnam's time zone); with `year`, the year follows. */
export function readDate(date: Date, options: { year?: boolean; weekday?: boolean } = {}): string {
  const local = new Date(date.getTime() + VN_OFFSET_MS);
  const day = `ngày ${dayOfMonth(local.getUTCDate())} tháng ${MONTHS[local.getUTCMonth()]!}`;
  const year = options.year ? ` năm ${readNumber(local.getUTCFullYear())}` : '';
  return options.weekday === false ? day + year : `${WEEKDAYS[local.getUTCDay()]!}, ${day}${year}`;
}

/** "7 giờ 30" → "bảy giờ ba mươi"; "17:00" → "mười bảy giờ". */
export function readTime(hours: number, minutes: number): string {
  return minutes === 0 ? `${readNumber(hours)} giờ` : `${readNumber(hours)} giờ ${readNumber(minutes)}`;
}

/** "thứ Hai, ngày mười lăm tháng Ba, lúc bảy giờ ba mươi" for an instant. */
export function readDateTime(date: Date): string {
  const local = new Date(date.getTime() + VN_OFFSET_MS);
  return `${readDate(date)}, lúc ${readTime(local.getUTCHours(), local.getUTCMinutes())}`;
}

const dateWords = (d: string, m: string, y?: string) => {
  const month = Number(m);
  const monthWord = month >= 1 && month <= 12 ? MONTHS[month - 1]! : readNumber(m);
  return `ngày ${dayOfMonth(Number(d))} tháng ${monthWord}${y ? ` năm ${readNumber(y)}` : ''}`;
};

/**
 * Rewrites the numbers in an assistant's spoken answer: dates (01/7/2025), times (7:30, 7h30),
 * phone numbers, procedure codes (2.001194) and long digit runs digit by digit, percentages,
 * decimals (1,5), then every other number in words ("70.000 đồng", "3 ngày làm việc").
 */
export function speakNumbers(text: string): string {
  return text
    .replace(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, (_m, d: string, m: string, y: string) => dateWords(d, m, y))
    .replace(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g, (whole, d: string, m: string) => (Number(d) <= 31 && Number(m) <= 12 ? dateWords(d, m) : whole))
    .replace(/(?<![\d:])(\d{1,2})(?::|h|giờ\s*)(\d{2})(?:\s*phút)?(?![\d:])/g, (_m, h: string, min: string) => readTime(Number(h), Number(min)))
    .replace(/(?<![\d+])(?:\+84|0)(?:[\s.-]?\d){9}(?!\d)/g, (m) => readPhone(m))
    .replace(/(?<![\d.])\d{1,2}\.\d{6}(?![\d.])/g, (m) => readCode(m))
    .replace(/(?<![\d.,])\d{5,12}(?=\s*(?:đồng|VNĐ|VND|người|m2|mét))/gu, (m) => readNumber(m))
    .replace(/(?<![\d.,])\d{5,}(?![\d.,])/g, (m) => readDigits(m))
    .replace(/(?<![\d.,])(\d+)(?:,(\d+))?\s*%/g, (_m, i: string, f?: string) => `${readNumber(i)}${f ? ` phẩy ${readNumber(f)}` : ''} phần trăm`)
    .replace(/(?<![\d.,])(\d+),(\d+)(?![\d.,])/g, (_m, i: string, f: string) => `${readNumber(i)} phẩy ${readNumber(f)}`)
    .replace(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])/g, (m) => readNumber(m))
    .replace(/(?<![\d.,])\d{1,4}(?![\d.,])/g, (m) => readNumber(m))
    .replace(/ngày\s+ngày /g, 'ngày ');
}
