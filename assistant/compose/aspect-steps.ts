import { shorten, type Block, type ComposeContext } from './block.ts';
import { sentence, speakableName } from './speakable.ts';
import { T } from './strings.ts';

const MAX_SPOKEN_STEPS = 5;

/** Steps as written in the record; numbered "Bước n" unless the record already numbers them. */
export function stepsBlock(ctx: ComposeContext): Block {
  const { steps, stepsText } = ctx.procedure;
  if (steps.length === 0) {
    const quote = shorten(stepsText, 800);
    if (quote === '') return { lines: [T.stepsNone], speech: [T.stepsNone], sms: [] };
    return { lines: [T.stepsTitle, `“${quote}”`], speech: [sentence(speakableName(quote, 300))], sms: [] };
  }
  // Step numbers are ours, so they are written only when the record itself numbers its steps.
  const numbered = steps.every((_, i) => new RegExp(`(^|\\D)${i + 1}(\\D|$)`).test(stepsText));
  const line = (s: string, i: number) => (/^\s*bước\s*\d/i.test(s) || !numbered ? `• ${s.trim()}` : T.step(i + 1, s.trim()));
  const lines = [T.stepsTitle, ...steps.map(line)];
  return {
    lines,
    speech: steps.slice(0, MAX_SPOKEN_STEPS).map((s) => sentence(speakableName(s.replace(/^\s*bước\s*\d+\s*[:.]?\s*/i, ''), 160))),
    sms: [],
  };
}

/** Conditions quoted as they are, with who may apply. */
export function conditionsBlock(ctx: ComposeContext): Block {
  const { conditions, applicants } = ctx.procedure;
  const lines = [T.conditionsTitle, conditions ? shorten(conditions, 900) : T.noConditions];
  if (applicants) lines.push(T.applicants(shorten(applicants, 300)));
  return {
    lines,
    speech: [sentence(speakableName(conditions ?? T.noConditions, 300))],
    sms: [conditions ? shorten(conditions, 200) : T.noConditions],
  };
}
