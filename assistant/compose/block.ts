import type { Method, Procedure, SubmissionMethod } from '../../knowledge/index.ts';
import type { WorkingCalendar } from '../calendar/index.ts';
import type { ReplyAction, ReplySections } from '../reply.ts';

/** One part of an answer, written three ways: for reading, for the voice line and for SMS. */
export interface Block {
  lines: string[];
  /** Short, plain sentences: no URLs, symbols or lists. */
  speech: string[];
  /** Compact pieces joined with "; " in the SMS. */
  sms: string[];
  sections?: ReplySections;
  actions?: ReplyAction[];
  /** Part of the record's wording was left out: the full wording is offered ("xem chi tiết"). */
  shortened?: boolean;
}

/** What the composer knows about the question beyond the record. */
export interface ComposeContext {
  procedure: Procedure;
  caseLabel: string | null;
  method: SubmissionMethod | null;
  /** The citizen compares methods ("online có nhanh hơn không"). */
  compares: boolean;
  wantsExpectedDate: boolean;
  /** The citizen named a situation the record has no case for. */
  caseNotInRecord: boolean;
  /** Sentences of the record about the citizen's situation, quoted before the answer. */
  notes: string[];
  elderly: boolean;
  /** The citizen asked for the full official wording ("xem chi tiết"); otherwise answers are short. */
  detail?: boolean;
  today: Date;
  calendar: WorkingCalendar;
}

/** The methods the answer is about: the one asked for when the record has it, else all. */
export function methodsInScope(ctx: ComposeContext): { methods: Method[]; missing: boolean } {
  const all = ctx.procedure.methods;
  if (ctx.method === null) return { methods: all, missing: false };
  const chosen = all.filter((m) => m.method === ctx.method);
  return chosen.length > 0 ? { methods: chosen, missing: false } : { methods: all, missing: true };
}

/** Two entries of a record can share a method (different durations by case): their notes tell them apart. */
export function isRepeatedMethod(methods: readonly Method[], method: Method): boolean {
  return methods.filter((m) => m.method === method.method).length > 1;
}

/** A number, with the words of its unit that a cut may have split ("10 ngày" of "10 ngày làm việc"). */
const TRAILING_FIGURE = /\s*\d[\d.,/]*(?:\s+[\p{L}%]+){0,2}$/u;

/**
 * Official text shortened for a quote, cut at a word boundary. A figure at the cut goes with its
 * unit words, so "10 ngày làm việc" never becomes "10 ngày…": shortening drops, never changes.
 */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const at = cut.lastIndexOf(' ');
  let kept = cut.slice(0, at > max / 2 ? at : max).replace(/[,;:.(\s\-–]+$/, '');
  if (TRAILING_FIGURE.test(kept) && /\d/.test(kept.slice(-30))) kept = kept.replace(TRAILING_FIGURE, '').replace(/[,;:.(\s\-–]+$/, '');
  return `${kept}…`;
}
