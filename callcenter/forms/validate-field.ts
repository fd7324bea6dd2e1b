import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { foldText, pickChoice, sanitiseCitizenText, type Choice } from '../../assistant/index.ts';
import type { FormField } from './form-definition.ts';

export type FieldCheck = { ok: true; value: string } | { ok: false; problem: string };

const SKIP_WORDS = new Set(['khong co', 'khong', 'bo qua', 'chua co', 'chua xac dinh', 'khong ro', 'khong biet']);

/** The numbered choices a choice field offers, as every channel renders them. */
export function fieldChoices(field: FormField): Choice[] {
  return (field.choices ?? []).map((label, i) => ({ n: i + 1, label, value: label }));
}

/** "không có", "bỏ qua": the citizen leaves an optional field blank. */
export function wantsToSkip(text: string): boolean {
  return SKIP_WORDS.has(foldText(text));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 5/3/1990, 05-03-1990, 5.3.1990, "ngày 5 tháng 3 năm 1990": the date as dd/mm/yyyy, or null. */
export function parseVietnameseDate(text: string, today: Date): string | null {
  const numbers = foldText(text).match(/\d+/g);
  if (!numbers || numbers.length !== 3) return null;
  const [d, m, y] = numbers.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (date.getTime() > today.getTime()) return null;
  return `${pad(d)}/${pad(m)}/${y}`;
}

/** Checks one answer against its field, with a polite reason to ask again. */
export function checkField(field: FormField, raw: string, today: Date): FieldCheck {
  const text = sanitiseCitizenText(raw).normalize('NFC').replace(/\s+/g, ' ').trim();
  switch (field.kind) {
    case 'personal_id': {
      const digits = text.replace(/[\s.-]/g, '');
      return /^\d{12}$/.test(digits) ? { ok: true, value: digits } : { ok: false, problem: 'Số định danh cá nhân gồm đúng 12 chữ số, in trên thẻ căn cước. Bạn kiểm tra và nhắn lại giúp tôi nhé.' };
    }
    case 'date': {
      const date = parseVietnameseDate(text, today);
      return date ? { ok: true, value: date } : { ok: false, problem: 'Tôi chưa đọc được ngày này. Bạn nhắn theo dạng ngày/tháng/năm, ví dụ 05/03/1990.' };
    }
    case 'year': {
      const year = Number(text.match(/^\d{4}$/)?.[0]);
      return year >= 1900 && year <= today.getUTCFullYear() ? { ok: true, value: String(year) } : { ok: false, problem: 'Bạn nhắn năm sinh gồm 4 chữ số, ví dụ 1992.' };
    }
    case 'count': {
      const n = Number(text.match(/^\d{1,2}$/)?.[0] ?? NaN);
      return n >= 0 && n <= 20 ? { ok: true, value: String(n) } : { ok: false, problem: 'Bạn nhắn một con số từ 0 đến 20 giúp tôi.' };
    }
    case 'phone': {
      const phone = parsePhoneNumberFromString(text, 'VN');
      return phone?.isValid() && phone.country === 'VN'
        ? { ok: true, value: phone.formatNational().replace(/\s/g, '') }
        : { ok: false, problem: 'Số điện thoại này chưa đúng. Bạn nhắn số di động 10 chữ số, ví dụ 0912345678.' };
    }
    case 'email':
      return /^[^\s@]{1,64}@[^\s@]{1,200}\.[a-z]{2,}$/i.test(text) ? { ok: true, value: text } : { ok: false, problem: 'Địa chỉ email này chưa đúng. Bạn kiểm tra lại, hoặc nhắn "không có".' };
    case 'choice': {
      const picked = pickChoice(text, fieldChoices(field)) ?? fieldChoices(field).find((c) => foldText(c.label) === foldText(text));
      return picked ? { ok: true, value: picked.value } : { ok: false, problem: 'Bạn chọn một trong các số dưới đây giúp tôi.' };
    }
    case 'text':
      if (text.length < 2 || !/\p{L}/u.test(text)) return { ok: false, problem: 'Câu trả lời này ngắn quá. Bạn nhắn lại đầy đủ giúp tôi nhé.' };
      if (text.length > field.maxLength) return { ok: false, problem: `Câu trả lời dài quá (tối đa ${field.maxLength} ký tự). Bạn nhắn gọn lại giúp tôi.` };
      return { ok: true, value: text };
  }
}
