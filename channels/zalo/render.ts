import type { OutboundMessage } from '../delivery/index.ts';
import { listsChoices } from '../choices.ts';
import { splitText } from '../split-text.ts';

/** Zalo's limit for one consultation text message. */
export const ZALO_MAX_TEXT = 2000;

export const zaloStrings = {
  pickByNumber: (numbers: number[]) =>
    `Bạn trả lời bằng số ${numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} hoặc ${numbers.at(-1)}` : numbers[0]} nhé.`,
};

/** The message as Zalo texts: the answer, then the choices numbered for a reply with a digit; long answers split. */
export function renderZalo(message: OutboundMessage): string[] {
  const choices = message.choices ?? [];
  const lines = [message.text.trim()];
  if (choices.length > 0) {
    // The assistant's text may list them already; then only the instruction is added.
    if (!listsChoices(message.text, choices)) lines.push('', ...choices.map((c) => `${c.n}. ${c.label}`));
    lines.push('', zaloStrings.pickByNumber(choices.map((c) => c.n)));
  }
  return splitText(lines.join('\n'), ZALO_MAX_TEXT);
}

