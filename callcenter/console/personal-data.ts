import { maskPersonalData } from '../../platform/logging/redact.ts';

/** A personal detail the citizen wrote in the chat. */
export interface Detail {
  kind: 'phone' | 'id_number' | 'address';
  value: string;
}

const PHONE = /(?<![\d+])(?:\+?84|0)(?:[\s.-]?\d){9}(?!\d)/g;
const ID_NUMBER = /(?<!\d)(?:\d{12}|\d{9})(?!\d)/g;
// "địa chỉ: số 12 ngõ 5 …", "tôi ở số 3 phố …", up to the end of the clause.
const ADDRESS = /(?:địa chỉ|dia chi|ở số|o so|số nhà|so nha)\s*:?\s*([^\n.;!?]{4,120})/giu;

/** The phone numbers, ID numbers and addresses a citizen gave, each once. */
export function findDetails(texts: readonly string[]): Detail[] {
  const found = new Map<string, Detail>();
  const add = (kind: Detail['kind'], value: string) => {
    const v = value.trim();
    if (v) found.set(`${kind}:${v}`, { kind, value: v });
  };
  for (const text of texts) {
    const phones = text.match(PHONE) ?? [];
    for (const p of phones) add('phone', p);
    const withoutPhones = phones.reduce((t, p) => t.replace(p, ' '), text);
    for (const id of withoutPhones.match(ID_NUMBER) ?? []) add('id_number', id);
    for (const m of text.matchAll(ADDRESS)) add('address', m[1]!);
  }
  return [...found.values()];
}

export function maskDetail(detail: Detail): Detail {
  if (detail.kind === 'address') return { ...detail, value: `${detail.value.slice(0, 3)}… (đã ẩn)` };
  return { ...detail, value: maskPersonalData(detail.value) };
}

/** A message as staff see it before "Hiện": phone and ID numbers and addresses masked. */
export function maskText(text: string): string {
  return maskPersonalData(text).replace(ADDRESS, (whole, address: string) => whole.replace(address, '[địa chỉ đã ẩn]'));
}
