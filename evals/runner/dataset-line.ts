import { z } from 'zod';
import { ExpectationSchema as DatasetExpectationSchema } from '../datasets/schema.ts';

/**
 * One line as the runner reads it: the dataset format of evals/datasets/schema.ts, widened so
 * that any dataset in that format runs (other tag vocabularies, lines with no or partial
 * expectations) and so that scripted scenarios can expect something of every turn.
 * Field values are still checked with the dataset's own schema (codes, aspects, actions).
 */

const HANDOFF_REASONS = ['asked_for_human', 'low_confidence', 'repeated_question', 'complaint', 'frustration', 'legal_advice'] as const;

export const LineExpectationSchema = DatasetExpectationSchema.partial().extend({
  /** Scenario checks: why the conversation is handed to a person. */
  reason: z.enum(HANDOFF_REASONS).optional(),
  /** Scenario checks: at least this many numbered choices are offered. */
  minChoices: z.number().int().positive().optional(),
  /** Scenario checks: this turn picks choice n of the previous reply, whose procedure must be cited. */
  choice: z.number().int().positive().optional(),
  /** Scenario checks: strings the reply must not contain (plain-language mode: one thing at a time, no links). */
  absent: z.array(z.string().min(1)).optional(),
});

export const TurnSchema = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string().min(1), elderly: z.boolean().optional(), expect: LineExpectationSchema.optional() }),
]);

export const DatasetLineSchema = z
  .object({
    id: z.string().min(1).optional(),
    question: z.string().min(1).optional(),
    turns: z.array(TurnSchema).min(1).optional(),
    expect: LineExpectationSchema.optional(),
    tags: z.array(z.string().min(1)).default([]),
    /** Who wrote the item: figures are also given per author, and held-out authors apart. */
    author: z.string().min(1).optional(),
    /** Plain-language mode for every turn of the conversation. */
    elderly: z.boolean().optional(),
  })
  .refine((line) => (line.question === undefined) !== (line.turns === undefined), {
    message: 'give exactly one of "question" or "turns"',
  });

export type DatasetLine = z.infer<typeof DatasetLineSchema>;
export type LineExpectation = z.infer<typeof LineExpectationSchema>;
