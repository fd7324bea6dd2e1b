import type { Method } from '../../knowledge/index.ts';
import { isRepeatedMethod, methodsInScope, shorten, type Block, type ComposeContext } from './block.ts';
import { durationHours, formatDuration, methodList } from './format.ts';
import { sentence, speakable } from './speakable.ts';
import { METHOD_LABEL, METHOD_SHORT, T } from './strings.ts';

function durationLine(method: Method, all: readonly Method[]): string {
  const base = `${METHOD_LABEL[method.method]}: ${formatDuration(method.duration)}`;
  return isRepeatedMethod(all, method) && method.note ? `${base} (${shorten(method.note, 160)})` : base;
}

function comparison(ctx: ComposeContext, methods: readonly Method[]): string | null {
  const wanted = methods.find((m) => m.method === ctx.method) ?? methods.find((m) => m.method === 'online');
  const other = methods.find((m) => m.method !== wanted?.method);
  if (!wanted || !other) return null;
  const a = durationHours(wanted.duration);
  const b = durationHours(other.duration);
  if (a === null || b === null || wanted.duration.unit !== other.duration.unit) return null;
  if (a === b) return T.sameSpeed(methodList([wanted, other], ' hoặc '));
  const [fast, slow] = a < b ? [wanted, other] : [other, wanted];
  return T.faster(METHOD_LABEL[fast.method], formatDuration(fast.duration), METHOD_SHORT[slow.method], formatDuration(slow.duration));
}

export function durationsBlock(ctx: ComposeContext): Block {
  const { methods, missing } = methodsInScope(ctx);
  const lines: string[] = [];
  if (missing && ctx.method) lines.push(T.methodMissing(METHOD_SHORT[ctx.method], methodList(methods)));
  const compared = ctx.compares ? comparison(ctx, ctx.procedure.methods) : null;
  if (compared) lines.push(compared);
  const texts = new Set(methods.map((m) => formatDuration(m.duration)));
  const sections = { durations: methods.map((m) => ({ method: m.method, duration: m.duration })) };
  if (methods.length === 0) {
    const quote = shorten(ctx.procedure.methodsText, 400);
    return { lines: [...lines, T.durationsTitle, `“${quote}”`], speech: [sentence(speakable(quote))], sms: [quote], sections };
  }
  if (texts.size === 1 && methods.length > 1) {
    const same = T.sameDuration([...texts][0] as string, methodList(methods));
    lines.push(same);
    return { lines, speech: [...(compared ? [compared] : []), sentence(speakable(same))], sms: [same], sections };
  }
  lines.push(T.durationsTitle);
  for (const method of methods) lines.push(`• ${durationLine(method, methods)}`);
  const speech = methods.map((m) => sentence(speakable(`${METHOD_LABEL[m.method]}: ${formatDuration(m.duration)}`)));
  return {
    lines,
    speech: [...(compared ? [compared] : []), ...speech],
    sms: [`${T.durationsTitle} ${methods.map((m) => `${METHOD_SHORT[m.method]} ${formatDuration(m.duration)}`).join(', ')}`],
    sections,
  };
}
