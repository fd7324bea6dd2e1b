import type { Choice, Reply, ReplySections } from '../../../assistant/index.ts';
import { h, srOnly } from './dom.ts';
import { t } from './strings.ts';

type Fee = NonNullable<ReplySections['fees']>[number]['fees'][number];
type Duration = NonNullable<ReplySections['durations']>[number]['duration'];
type Method = NonNullable<ReplySections['fees']>[number]['method'];

export interface ReplyContext {
  /** Unique per message, so checklist boxes have stable ids and remembered ticks. */
  key: string;
  isChecked(itemKey: string): boolean;
  onCheck(itemKey: string, checked: boolean): void;
  onChoice(choice: Choice): void;
}

const money = new Intl.NumberFormat('vi-VN');

export function formatFee(fee: Fee): string {
  const kind = fee.kind ? `${t.feeKinds[fee.kind] ?? fee.kind} ` : '';
  if (fee.amountVnd === 0) return t.free;
  if (fee.amountVnd === null) return fee.text || t.notStated;
  return `${kind}${money.format(fee.amountVnd)} đồng`;
}

export function formatDuration(duration: Duration): string {
  const unit = t.units[duration.unit];
  if (duration.value === null || !unit) return duration.text || t.notStated;
  return `${money.format(duration.value)} ${unit}`;
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
        return h(
          'div',
          { class: 'mc-check' },
          box,
          h('label', { for: `mc-doc-${itemKey}` }, h('span', { class: 'mc-doc-name' }, item.name), counts ? h('span', { class: 'mc-doc-qty' }, counts) : null, item.forms.length ? h('span', { class: 'mc-doc-qty' }, `${t.forms}: ${item.forms.join(', ')}`) : null),
        );
      }),
    ),
  );
  return h('section', { class: 'mc-card' }, h('h3', {}, t.documentsHeading), h('p', { class: 'mc-hint' }, t.documentsHint), ...groups);
}

function feesAndDurations(sections: ReplySections): HTMLElement | null {
  const methods: Method[] = [];
  for (const m of [...(sections.fees ?? []).map((f) => f.method), ...(sections.durations ?? []).map((d) => d.method)]) if (!methods.includes(m)) methods.push(m);
  if (!methods.length) return null;
  const cards = methods.map((method) => {
    const fees = sections.fees?.find((f) => f.method === method)?.fees;
    const duration = sections.durations?.find((d) => d.method === method)?.duration;
    return h(
      'li',
      { class: 'mc-method' },
      h('h4', {}, t.methods[method] ?? method),
      h(
        'dl',
        {},
        fees ? h('div', {}, h('dt', {}, t.cost), h('dd', { class: 'mc-fee' }, fees.length ? fees.map(formatFee).join('; ') : t.free)) : null,
        duration ? h('div', {}, h('dt', {}, t.duration), h('dd', {}, formatDuration(duration))) : null,
      ),
    );
  });
  const expected = sections.expectedDate ? h('p', { class: 'mc-hint' }, t.expected(sections.expectedDate.resultOn)) : null;
  return h('section', { class: 'mc-card' }, h('h3', {}, t.feesHeading), h('ul', { class: 'mc-methods' }, ...cards), expected);
}

function where(sections: ReplySections): HTMLElement | null {
  const w = sections.where;
  if (!w || (!w.agency && !w.address)) return null;
  const row = (label: string, value: string | null) => (value ? h('div', {}, h('dt', {}, label), h('dd', {}, value)) : null);
  return h('section', { class: 'mc-card' }, h('h3', {}, t.whereHeading), h('dl', {}, row(t.agency, w.agency), row(t.address, w.address), row(t.levels, w.levels || null)));
}

function citations(reply: Reply): HTMLElement | null {
  const links = reply.citations.filter((c) => c.url);
  if (!links.length) return null;
  return h(
    'p',
    { class: 'mc-cite' },
    ...links.map((c) => h('a', { href: c.url ?? '', target: '_blank', rel: 'noopener noreferrer' }, t.citation(c.code), srOnly(` ${t.opensNewTab}`))),
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

/** The structured reply as DOM: text, checklist, fees and durations per method, where, citation, choices. */
export function renderReply(reply: Reply, ctx: ReplyContext): HTMLElement {
  return h(
    'div',
    { class: 'mc-reply' },
    h('p', { class: 'mc-text' }, reply.text),
    feesAndDurations(reply.sections),
    checklist(reply.sections, ctx),
    where(reply.sections),
    reply.kind === 'handoff' ? h('p', { class: 'mc-notice' }, t.handoffNotice) : null,
    citations(reply),
    choices(reply, ctx),
  );
}
