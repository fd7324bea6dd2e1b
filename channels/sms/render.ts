import { toGsmAscii } from '../../assistant/index.ts';
import type { OutboundMessage } from '../delivery/index.ts';

export interface SmsRenderOptions {
  /** Keep Vietnamese diacritics (UCS-2: 70 characters, 67 per part) instead of GSM-7 (160, 153). */
  unicode: boolean;
  maxParts: number;
}

/** Characters per message and per part of a concatenated message. */
export function smsLimits(unicode: boolean): { single: number; part: number } {
  return unicode ? { single: 70, part: 67 } : { single: 160, part: 153 };
}

export const smsStrings = {
  pick: (numbers: number[]) => `Tra loi ${numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} hoac ${numbers.at(-1)}` : numbers[0]}`,
  pickUnicode: (numbers: number[]) => `Trả lời ${numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} hoặc ${numbers.at(-1)}` : numbers[0]}`,
  more: (link: string) => `Xem day du: ${link}`,
  moreUnicode: (link: string) => `Xem đầy đủ: ${link}`,
};

/** How many SMS a text costs: one up to 160 (70) characters, then one per 153 (67). */
export function smsSegments(text: string, unicode: boolean): number {
  const limits = smsLimits(unicode);
  return text.length <= limits.single ? 1 : Math.ceil(text.length / limits.part);
}

/**
 * The message as one SMS text (the provider splits it into concatenated parts): the assistant's compact SMS text (without diacritics by default), the
 * choices numbered with "Tra loi 1, 2 hoac 3", at most `maxParts` parts; when it does not fit, it is
 * cut and ends with a link to the full answer.
 */
export function renderSms(message: OutboundMessage, options: SmsRenderOptions): string[] {
  const { unicode } = options;
  const limits = smsLimits(unicode);
  const base = message.sms ? (unicode ? message.sms.text : message.sms.ascii) : message.text;
  const choices = message.choices ?? [];
  const lines = [base.replace(/\s*\n\s*/g, ' ').trim()];
  if (choices.length > 0) {
    const listed = choices.every((c) => base.includes(`${c.n}. `));
    if (!listed) lines.push(choices.map((c) => `${c.n}. ${c.label}`).join('; '));
    const numbers = choices.map((c) => c.n);
    lines.push(unicode ? smsStrings.pickUnicode(numbers) : smsStrings.pick(numbers));
  }
  let text = lines.reduce((all, line) => (all === '' ? line : `${all}${/[.?!:]$/.test(all) ? ' ' : '. '}${line}`), '');
  if (!unicode) text = toGsmAscii(text);
  if (text.length <= limits.single) return [text];
  const budget = options.maxParts === 1 ? limits.single : limits.part * options.maxParts;
  if (text.length > budget) {
    const link = message.link ? (unicode ? smsStrings.moreUnicode(message.link) : smsStrings.more(message.link)) : '';
    const room = budget - link.length - 4;
    const cut = text.slice(0, room);
    const space = cut.lastIndexOf(' ');
    text = `${(space > room / 2 ? cut.slice(0, space) : cut).trim()}...${link ? ` ${link}` : ''}`;
  }
  return [text];
}
