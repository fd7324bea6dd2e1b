import { h } from './dom.ts';

/** The name of the staff member who wrote an agent's message, shown above it ("Cán bộ Nguyễn Văn An"). */
export function agentLabel(author: string | null | undefined): HTMLElement | null {
  return author ? h('p', { class: 'mc-author' }, `Cán bộ ${author}`) : null;
}
