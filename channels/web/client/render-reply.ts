import type { Choice, Reply, ReplySections } from '../../../assistant/index.ts';
import { h, srOnly } from './dom.ts';
import { summarizeMethods } from './method-summary.ts';
import { replyTextParts, unlinkedCitations } from './reply-text.ts';
import { t } from './strings.ts';

export interface ReplyContext {
  /** Unique per message, so checklist boxes have stable ids and remembered ticks. */
  key: string;
  isChecked(itemKey: string): boolean;
  onCheck(itemKey: string, checked: boolean): void;
  onChoice(choice: Choice): void;
}

function checklist(sections: ReplySections, ctx: ReplyContext): HTMLElement | null {
  const cases = sections.documents?.filter((c) => c.items.length > 0);
  if (!cases?.length) return null;
  const groups = cases.map((c, ci) =>
    h(
      'fieldset',
      { class: 'mc-case' },
      h('legend', {}, c.case ?? t.generalCase),
      ...c.items.map((item, ii) => {
        const itemKey = `${ctx.key}-${ci}-${ii}`;
        const counts = [item.originals ? t.originals(item.originals) : '', item.copies ? t.copies(item.copies) : ''].filter(Boolean).join(', ') || item.quantityText;
        const box = h('input', { type: 'checkbox', id: `mc-doc-${itemKey}`, checked: ctx.isChecked(itemKey) });
        box.addEventListener('change', () => ctx.onCheck(itemKey, box.checked));
        // The short checklist name to tick; the official wording one tap away.
        const name = item.label ?? item.name;
        const label = h('label', { for: `mc-doc-${itemKey}` }, h('span', { class: 'mc-doc-name' }, name), counts ? h('span', { class: 'mc-doc-qty' }, counts) : null, item.forms.length ? h('span', { class: 'mc-doc-qty' }, `${t.forms}: ${item.forms.join(', ')}`) : null);
        const full = name !== item.name ? h('details', { class: 'mc-doc-full' }, h('summary', {}, t.fullWording), h('p', {}, item.name)) : null;
        return h('div', { class: 'mc-check' }, box, h('div', { class: 'mc-doc' }, label, full));
      }),
    ),
  );
  return h('section', { class: 'mc-card' }, h('h3', {}, t.documentsHeading), h('p', { class: 'mc-hint' }, t.documentsHint), ...groups);
}

function feesAndDurations(sections: ReplySections): HTMLElement | null {
  const summaries = summarizeMethods(sections);
  if (!summaries.length) return null;
  const cards = summaries.map((s) =>
    h(
      'li',
      { class: 'mc-method' },
      h('h4', {}, s.heading),
      h(
        'dl',
        {},
        s.fee ? h('div', {}, h('dt', {}, t.cost), h('dd', { class: 'mc-fee' }, s.fee)) : null,
        s.duration ? h('div', {}, h('dt', {}, t.duration), h('dd', {}, s.duration)) : null,
      ),
    ),
  );
  const heading = !sections.durations?.length ? t.feesOnlyHeading : !sections.fees?.length ? t.durationsOnlyHeading : t.feesHeading;
  const expected = sections.expectedDate ? h('p', { class: 'mc-hint' }, t.expected(sections.expectedDate.resultOn)) : null;
  return h('section', { class: 'mc-card' }, h('h3', {}, heading), h('ul', { class: 'mc-methods' }, ...cards), expected);
}

function where(sections: ReplySections): HTMLElement | null {
  const w = sections.where;
  if (!w || (!w.agency && !w.address)) return null;
  const row = (label: string, value: string | null) => (value ? h('div', {}, h('dt', {}, label), h('dd', {}, value)) : null);
  return h('section', { class: 'mc-card' }, h('h3', {}, t.whereHeading), h('dl', {}, row(t.agency, w.agency), row(t.address, w.address), row(t.levels, w.levels || null)));
}

const link = (url: string, ...label: (string | HTMLElement)[]) =>
  h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, ...label, srOnly(` ${t.opensNewTab}`));

function text(reply: Reply): HTMLElement {
  return h('p', { class: 'mc-text' }, ...replyTextParts(reply).map((part) => ('url' in part ? link(part.url, part.label) : part.text)));
}

function citations(reply: Reply): HTMLElement | null {
  const links = unlinkedCitations(reply);
  if (!links.length) return null;
  return h(
    'p',
    { class: 'mc-cite' },
    ...links.map((c) => link(c.url ?? '', t.citation(c.code))),
  );
}

function choices(reply: Reply, ctx: ReplyContext): HTMLElement | null {
  if (!reply.choices.length) return null;
  return h(
    'div',
    { class: 'mc-choices', role: 'group', 'aria-label': t.choicesHeading },
    ...reply.choices.map((choice) =>
      h('button', { type: 'button', class: 'mc-choice', onClick: () => ctx.onChoice(choice) }, h('span', { class: 'mc-choice-n', 'aria-hidden': 'true' }, String(choice.n)), `${choice.label}`),
    ),
  );
}

/** Download and profile links of a finished task, as buttons (the text may not carry the address). */
function taskLinks(reply: Reply): HTMLElement | null {
  const links = reply.actions.flatMap((a) => (a.type === 'task_result' && a.url ? [{ url: a.url, task: a.task }] : []));
  if (!links.length) return null;
  return h('p', { class: 'mc-task-links' }, ...links.map((l) => h('a', { href: l.url, class: 'mc-choice mc-task-link', target: '_blank', rel: 'noopener noreferrer' }, t.taskLink(l.task), srOnly(` ${t.opensNewTab}`))));
}

/** The structured reply as DOM: text, checklist, fees and durations per method, where, citation, choices. */
export function renderReply(reply: Reply, ctx: ReplyContext): HTMLElement {
  return h(
    'div',
    { class: 'mc-reply' },
    text(reply),
    feesAndDurations(reply.sections),
    checklist(reply.sections, ctx),
    where(reply.sections),
    reply.kind === 'handoff' ? h('p', { class: 'mc-notice' }, t.handoffNotice) : null,
    citations(reply),
    taskLinks(reply),
    choices(reply, ctx),
  );
}
