import type { Fee, Method } from '../../knowledge/index.ts';
import { foldText } from '../understand/fold.ts';
import { methodsInScope, shorten, type Block, type ComposeContext } from './block.ts';
import { formatFees, knownTotal, methodList, methodsLabel } from './format.ts';
import { sentence, speakable } from './speakable.ts';
import { METHOD_LABEL, METHOD_SHORT, T } from './strings.ts';

/** Words that only restate the amount; anything else in the official text is worth quoting. */
const AMOUNT_WORDS = new Set(['le', 'phi', 'dong', 'viet', 'nam', 'vnd', 'd', 'vnđ', 'muc', 'thu', 'la', 'mien']);

/** "giám đốc" folds to "giam doc": only phrases that really grant an exemption count. */
const EXEMPTION = /\b(duoc mien|mien le phi|mien phi cho|mien thu|mien giam|khong thu|giam le phi|giam phi|giam muc thu|duoc giam)\b/;

function saysMoreThanAmount(fee: Fee): boolean {
  if (fee.amountVnd === null) return false;
  const extra = foldText(fee.text)
    .split(' ')
    .filter((w) => w !== '' && !AMOUNT_WORDS.has(w) && !/^\d+$/.test(w));
  return extra.length >= 2;
}

/** Methods with the same fees share one line ("Nộp trực tuyến hoặc trực tiếp: …"). */
function groupByFees(methods: readonly Method[]): Method[][] {
  const groups = new Map<string, Method[]>();
  for (const method of methods) {
    const key = method.fees.map((f) => `${f.amountVnd}|${f.text}`).join('#');
    groups.set(key, [...(groups.get(key) ?? []), method]);
  }
  return [...groups.values()];
}

function feeLine(group: readonly Method[], elderly: boolean): string {
  const first = group[0] as Method;
  const base = `${methodsLabel(group)}: ${formatFees(first.fees)}`;
  // The official wording often carries the unit or a temporary reduction: never drop it.
  const quotes = first.fees.filter(saysMoreThanAmount).map((f) => T.officialText(shorten(f.text, elderly ? 160 : 240)));
  return quotes.length > 0 ? `${base} (${quotes.join('; ')})` : base;
}

/** The same for the voice line: the amount, then the official wording said as a sentence. */
function feeSpeech(group: readonly Method[]): string[] {
  const first = group[0] as Method;
  const quotes = first.fees.filter(saysMoreThanAmount).map((f) => sentence(speakable(`${T.officialSpoken} ${shorten(f.text, 160)}`)));
  return [sentence(speakable(`${methodsLabel(group)}: ${formatFees(first.fees)}`)), ...quotes];
}

/** Sentences of the record that grant an exemption or reduction ("miễn", "giảm"), quoted. */
function exemptions(methods: readonly Method[], conditions: string | null): string[] {
  const texts = [...methods.flatMap((m) => [...m.fees.map((f) => f.text), m.note ?? '']), conditions ?? ''];
  const found = new Set<string>();
  for (const text of texts) {
    for (const part of text.split(/(?<=[.;])\s+|\n/)) {
      const folded = foldText(part);
      if (EXEMPTION.test(folded) && folded !== 'mien phi' && folded.split(' ').length > 3) found.add(shorten(part, 300));
    }
  }
  return [...found].slice(0, 2);
}

function comparison(ctx: ComposeContext, methods: readonly Method[]): string | null {
  const wanted = methods.find((m) => m.method === ctx.method) ?? methods.find((m) => m.method === 'online');
  const other = methods.find((m) => m.method !== wanted?.method);
  if (!wanted || !other) return null;
  const a = knownTotal(wanted.fees);
  const b = knownTotal(other.fees);
  if (a === null || b === null) return null;
  if (a === b) return T.samePrice(methodList([wanted, other], ' hoặc '));
  const [cheap, dear] = a < b ? [wanted, other] : [other, wanted];
  return T.cheaper(METHOD_LABEL[cheap.method], formatFees(cheap.fees), METHOD_SHORT[dear.method], formatFees(dear.fees));
}

export function feesBlock(ctx: ComposeContext): Block {
  const { methods, missing } = methodsInScope(ctx);
  const lines: string[] = [];
  if (missing && ctx.method) lines.push(T.methodMissing(METHOD_SHORT[ctx.method], methodList(methods)));
  if (methods.every((m) => m.fees.length === 0)) {
    lines.push(T.noFeesAtAll);
    return { lines, speech: [T.noFeesAtAll], sms: [T.noFeesAtAll], sections: { fees: methods.map((m) => ({ method: m.method, fees: m.fees })) } };
  }
  lines.push(T.feesTitle);
  const compared = ctx.compares ? comparison(ctx, ctx.procedure.methods) : null;
  if (compared) lines.push(compared);
  for (const group of groupByFees(methods)) lines.push(`• ${feeLine(group, ctx.elderly)}`);
  if (!ctx.elderly) for (const text of exemptions(methods, ctx.procedure.conditions)) lines.push(T.exemption(text));
  const speech = [...(compared ? [compared] : []), ...groupByFees(methods).flatMap(feeSpeech)];
  return {
    lines,
    speech,
    sms: [`${T.feesTitle} ${methods.map((m) => `${METHOD_SHORT[m.method]} ${formatFees(m.fees)}`).join(', ')}`],
    sections: { fees: methods.map((m) => ({ method: m.method, fees: m.fees })) },
  };
}
