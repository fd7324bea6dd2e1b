import type { HistoryMessage } from '../types.ts';

/** What the browser may see of a stored message: no internal ids or client message ids. */
export function publicMessage(m: Pick<HistoryMessage, 'id' | 'role' | 'text' | 'createdAt'> & { reply: unknown; author?: string | null }) {
  return { id: m.id, role: m.role, text: m.text, reply: m.reply ?? null, author: m.author ?? null, createdAt: m.createdAt };
}
