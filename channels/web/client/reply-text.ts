import type { Reply } from '../../../assistant/index.ts';

/** A run of the reply's text, or a web address in it. */
export type TextPart = { text: string } | { url: string; label: string };

const WEB_ADDRESS = /https?:\/\/[^\s"“”‘’<>()]+/g;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The reply's reading text as the page shows it: the lines the numbered choice buttons repeat
 * word for word are left to the buttons, and web addresses become links named by their site
 * (a raw portal address is 90 characters of noise on a phone).
 */
export function replyTextParts(reply: Pick<Reply, 'text' | 'choices'>): TextPart[] {
  const repeated = new Set(reply.choices.map((c) => `${c.n}. ${c.label}`));
  const text = reply.text
    .split('\n')
    .filter((line) => !repeated.has(line.trim()))
    .join('\n')
    .trim();
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ url, label: hostOf(url) });
    at = match.index + url.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** Citations whose address the text does not already link. */
export function unlinkedCitations(reply: Pick<Reply, 'text' | 'citations'>): Reply['citations'] {
  return reply.citations.filter((c) => c.url && !reply.text.includes(c.url));
}
