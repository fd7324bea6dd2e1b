import { shorten, type Block, type ComposeContext } from './block.ts';
import { essentialSteps } from './essential-steps.ts';
import { sentence, speakableName } from './speakable.ts';
import { T } from './strings.ts';

const MAX_SPOKEN_STEPS = 5;
const SHORT_QUOTE_CHARS = 400;
const FULL_QUOTE_CHARS = 3000;
const OWN_NUMBER = /^\s*bước\s*\d/i;

/** One step of the full wording: the record's own "Bước n" once, never "Bước 1: - Bước 1:". */
function fullLine(step: string, index: number, numbered: boolean): string {
  const s = step.trim().replace(/^[-–•*]\s*/u, '');
  if (OWN_NUMBER.test(s)) return s;
  return numbered ? T.step(index + 1, s) : `• ${s}`;
}

/** Step numbers are ours, so they are written only when the record itself numbers its steps. */
function recordNumbers(steps: readonly string[], stepsText: string): boolean {
  return steps.every((_, i) => new RegExp(`(^|\\D)${i + 1}(\\D|$)`).test(stepsText));
}

/** The record's steps in full ("xem chi tiết"). */
function fullSteps(ctx: ComposeContext): Block {
  const { steps, stepsText } = ctx.procedure;
  const numbered = recordNumbers(steps, stepsText);
  return {
    lines: [T.stepsTitle, ...steps.map((s, i) => fullLine(s, i, numbered))],
    speech: steps.slice(0, MAX_SPOKEN_STEPS).map((s) => sentence(speakableName(s.replace(/^[\s\-–•*]*bước\s*\d+\s*[:.]?\s*/i, ''), 160))),
    sms: [],
  };
}

/** Steps as a citizen follows them: 3–6 short steps, the full wording on request. */
export function stepsBlock(ctx: ComposeContext): Block {
  const { steps, stepsText } = ctx.procedure;
  if (steps.length === 0) {
    const quote = shorten(stepsText, ctx.detail ? FULL_QUOTE_CHARS : SHORT_QUOTE_CHARS);
    if (quote === '') return { lines: [T.stepsNone], speech: [T.stepsNone], sms: [] };
    return { lines: [T.stepsTitle, `“${quote}”`], speech: [sentence(speakableName(quote, 300))], sms: [], shortened: !ctx.detail && quote.endsWith('…') };
  }
  if (ctx.detail) return fullSteps(ctx);
  const essential = essentialSteps(steps);
  // Every step kept, in order: the record's numbering is ours too; otherwise no number is invented.
  const numbered = essential.steps.length === steps.length && recordNumbers(steps, stepsText);
  const lines = essential.steps.map((s, i) => (s.label ? `${s.label}: ${s.text}` : numbered ? T.step(i + 1, s.text) : `• ${s.text}`));
  return {
    lines: [T.stepsTitle, ...lines],
    speech: essential.steps.slice(0, MAX_SPOKEN_STEPS).map((s) => sentence(speakableName(s.text, 160))),
    sms: [essential.steps.map((s) => s.text).join('; ')],
    shortened: essential.shortened,
  };
}

/** Conditions quoted as they are, with who may apply. */
export function conditionsBlock(ctx: ComposeContext): Block {
  const { conditions, applicants } = ctx.procedure;
  const max = ctx.detail ? FULL_QUOTE_CHARS : 900;
  const quoted = conditions ? shorten(conditions, max) : T.noConditions;
  const lines = [T.conditionsTitle, quoted];
  const who = applicants ? shorten(applicants, ctx.detail ? FULL_QUOTE_CHARS : 300) : null;
  if (who) lines.push(T.applicants(who));
  const shortened = !ctx.detail && (quoted.endsWith('…') || Boolean(who?.endsWith('…')));
  return {
    lines,
    shortened,
    speech: [sentence(speakableName(conditions ?? T.noConditions, 300))],
    sms: [conditions ? shorten(conditions, 200) : T.noConditions],
  };
}
