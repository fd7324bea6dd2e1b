import { z } from 'zod';

/**
 * The evaluation dataset format (one JSON object per line). Every dataset run against the
 * project uses it, so changes must stay backward compatible: see README.md in this folder.
 */

export const ASPECTS = ['documents', 'fee', 'duration', 'where', 'steps', 'conditions', 'forms', 'result', 'overview'] as const;
export const ACTIONS = ['answer', 'clarify', 'handoff', 'out_of_scope'] as const;
export const TAGS = [
  'colloquial', 'unaccented', 'typo', 'elderly', 'sms', 'business',
  'ambiguous', 'out_of_scope', 'handoff', 'followup', 'sample',
  'situation', 'teencode', 'transcript', 'other_issuer', 'legal_reading', 'lookalike',
] as const;

export const ExpectationSchema = z.strictObject({
  /** Acceptable procedure codes: any one of them is right. Empty for out-of-scope and most handoffs. */
  procedures: z.array(z.string().regex(/^\d\.\d{6}$/, 'a procedure code such as 1.004222')),
  /** What the citizen asks about. */
  aspect: z.enum(ASPECTS),
  /** Strings the grounded answer must contain (numbers and diacritics are normalised when matched). */
  facts: z.array(z.string().min(1)),
  /** What the assistant should do with the (last) message. */
  action: z.enum(ACTIONS),
});

export const EvalItemSchema = z
  .strictObject({
    id: z.string().min(1),
    /** A single message. */
    question: z.string().min(1).optional(),
    /** A conversation; the expectations apply to the last turn. */
    turns: z.array(z.string().min(1)).min(2).optional(),
    expect: ExpectationSchema,
    tags: z.array(z.enum(TAGS)),
    /** Who wrote the item (independent authors; one author's items are held out from all tuning). */
    author: z.string().min(1).optional(),
  })
  .superRefine((item, ctx) => {
    if ((item.question === undefined) === (item.turns === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of "question" or "turns"' });
    }
    const { action, procedures } = item.expect;
    if (action === 'out_of_scope' && procedures.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['expect', 'procedures'], message: 'out_of_scope items expect no procedure' });
    }
    if ((action === 'answer' || action === 'clarify') && procedures.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['expect', 'procedures'], message: `${action} items name at least one procedure` });
    }
  });

export type Aspect = (typeof ASPECTS)[number];
export type ExpectedAction = (typeof ACTIONS)[number];
export type EvalTag = (typeof TAGS)[number];
export type Expectation = z.infer<typeof ExpectationSchema>;
export type EvalItem = z.infer<typeof EvalItemSchema>;

/** The citizen's messages in order (one for a single question). */
export function turnsOf(item: EvalItem): string[] {
  return item.turns ?? [item.question ?? ''];
}

/** Parses a JSONL dataset; blank lines are skipped, errors name the line. */
export function parseEvalDataset(text: string): EvalItem[] {
  const items: EvalItem[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`line ${index + 1}: not JSON (${(error as Error).message})`, { cause: error });
    }
    const parsed = EvalItemSchema.safeParse(value);
    if (!parsed.success) throw new Error(`line ${index + 1}: ${z.prettifyError(parsed.error)}`);
    items.push(parsed.data);
  });
  return items;
}
