import { addWorkingDays, formatDateVi, isWorkingDay, toDateKey } from '../calendar/index.ts';
import type { Method } from '../../knowledge/index.ts';
import type { ReplySections } from '../reply.ts';
import { methodsInScope, shorten, type Block, type ComposeContext } from './block.ts';
import { formatDuration, methodsLabel } from './format.ts';
import { sentence } from './speakable.ts';
import { METHOD_LABEL, SPOKEN_DATE, T } from './strings.ts';

const DAY_MS = 86_400_000;
const MAX_RESULTS = 5;

/** The due date of one method, or null when its duration has no number or is in hours. */
export function dueDate(ctx: ComposeContext, method: Method): Date | null {
  const { value, unit } = method.duration;
  if (value === null) return null;
  if (unit === 'working_days') return addWorkingDays(ctx.calendar, ctx.today, value);
  if (unit === 'days') return new Date(ctx.today.getTime() + Math.ceil(value) * DAY_MS);
  return null;
}

/**
 * One expected date: for the method asked about, else the first one with a countable duration.
 * Methods due the same day share the line; the others keep their duration only.
 */
function expectedDates(ctx: ComposeContext): Block {
  const { methods } = methodsInScope(ctx);
  const dated = methods.map((method) => ({ method, due: dueDate(ctx, method) }));
  const primary = dated.find((d) => d.due !== null && d.method.method === ctx.method) ?? dated.find((d) => d.due !== null);
  if (!primary?.due) {
    const lines = methods.map((m) => `• ${T.expectedUnknown(METHOD_LABEL[m.method], formatDuration(m.duration))}`);
    return { lines: [T.expectedTitle, ...lines], speech: [], sms: [] };
  }
  const dueKey = toDateKey(primary.due);
  const together = dated.filter((d) => d.due !== null && toDateKey(d.due) === dueKey).map((d) => d.method);
  const label = methodsLabel(together);
  const lines: string[] = [T.expectedTitle, `• ${T.expected(label, formatDateVi(ctx.today), formatDateVi(primary.due), formatDuration(primary.method.duration))}`];
  for (const { method } of dated.filter((d) => !together.includes(d.method))) lines.push(`• ${METHOD_LABEL[method.method]}: ${formatDuration(method.duration)}`);
  lines.push(T.expectedNote);
  if (!isWorkingDay(ctx.calendar, ctx.today)) lines.push(T.expectedFromNextWorkingDay);
  return {
    lines,
    speech: [sentence(T.expectedSpeech(label, SPOKEN_DATE(dueKey)))],
    sms: [`${T.expectedTitle} ${formatDateVi(primary.due)}`],
    sections: { expectedDate: { method: primary.method.method, submittedOn: toDateKey(ctx.today), resultOn: dueKey } },
  };
}

function resultsList(ctx: ComposeContext): Block {
  const results = ctx.procedure.results.slice(0, MAX_RESULTS);
  if (results.length === 0) {
    const text = shorten(ctx.procedure.resultsText, 400);
    return text === '' ? { lines: [], speech: [], sms: [] } : { lines: [T.resultsTitle, `“${text}”`], speech: [], sms: [] };
  }
  return {
    lines: [T.resultsTitle, ...results.map((r) => `• ${r.name}`)],
    speech: [sentence(`${T.resultsTitle} ${results[0]?.name ?? ''}`)],
    sms: [],
  };
}

/** "What do I get, and when?": the expected date first when asked, then the results. */
export function resultBlock(ctx: ComposeContext): Block {
  const parts = ctx.wantsExpectedDate ? [expectedDates(ctx), resultsList(ctx)] : [resultsList(ctx)];
  return {
    lines: parts.flatMap((p) => p.lines),
    speech: parts.flatMap((p) => p.speech),
    sms: parts.flatMap((p) => p.sms),
    sections: Object.assign({}, ...parts.map((p) => p.sections ?? {})) as ReplySections,
  };
}

/** Expected dates alone, added to a duration answer when the citizen asks "when". */
export function expectedDateBlock(ctx: ComposeContext): Block {
  return expectedDates(ctx);
}
