import { z } from 'zod';

/** Where a printed element sits: points from the page's top-left corner (A4 is 595 × 842). */
const Place = z.object({ page: z.number().int().min(0).default(0), x: z.number().min(0).max(595), y: z.number().min(0).max(842) });

/** A field of an official form, as data: what is asked, how it is checked, where it is printed. */
const Field = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  /** The printed label, with the official numbering ("4. Số định danh cá nhân:"). */
  label: z.string(),
  /** The question asked in the chat, in plain Vietnamese. */
  question: z.string().optional(),
  kind: z.enum(['text', 'personal_id', 'date', 'year', 'phone', 'email', 'choice', 'count']),
  choices: z.array(z.string().min(1)).optional(),
  required: z.boolean().default(true),
  maxLength: z.number().int().positive().max(500).default(120),
  /** Shared with other forms through the citizen's profile (once-only): fullName, birthDate, personalId… */
  profile: z.string().optional(),
  /** Filled without asking: today's date, the procedure's agency, another field, a date read in words. */
  fill: z
    .discriminatedUnion('from', [
      z.object({ from: z.literal('today') }),
      z.object({ from: z.literal('agency') }),
      z.object({ from: z.literal('field'), field: z.string() }),
      z.object({ from: z.literal('date_in_words'), field: z.string() }),
    ])
    .optional(),
  /** Not asked (and left blank) when another field has one of these values, e.g. the head of household's id for the head. */
  skipWhen: z.object({ field: z.string(), in: z.array(z.string()) }).optional(),
  at: Place.extend({
    /** Right edge of the value (the label is printed from x). */
    right: z.number().max(595).default(545),
    lines: z.number().int().min(1).max(6).default(1),
    /** Print the value alone (no label), centred on x: names under a signature. */
    centred: z.boolean().default(false),
  }),
});

const Static = Place.extend({
  text: z.string(),
  size: z.number().min(5).max(24).default(11),
  bold: z.boolean().default(false),
  align: z.enum(['left', 'center', 'right']).default('left'),
});

const Line = z.object({ page: z.number().int().min(0).default(0), x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number() });

export const FormDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The official name and template number, as citizens and procedure records write them. */
    name: z.string(),
    template: z.string(),
    /** Procedures whose dossier includes this form, and words that name it in a message. */
    procedures: z.array(z.string().regex(/^\d\.\d{6}$/)),
    keywords: z.array(z.string()),
    pages: z.number().int().min(1).max(4).default(1),
    fields: z.array(Field).min(1),
    statics: z.array(Static),
    lines: z.array(Line).default([]),
  })
  .superRefine((form, ctx) => {
    const keys = new Set(form.fields.map((f) => f.key));
    if (keys.size !== form.fields.length) ctx.addIssue({ code: 'custom', message: `${form.id}: duplicate field keys` });
    for (const f of form.fields) {
      if (f.kind === 'choice' && !f.choices?.length) ctx.addIssue({ code: 'custom', message: `${form.id}.${f.key}: a choice needs choices` });
      if (!f.fill && !f.question) ctx.addIssue({ code: 'custom', message: `${form.id}.${f.key}: a field is either asked or filled` });
      const ref = f.fill && 'field' in f.fill ? f.fill.field : f.skipWhen?.field;
      if (ref && !keys.has(ref)) ctx.addIssue({ code: 'custom', message: `${form.id}.${f.key}: unknown field ${ref}` });
    }
  });

export type FormDefinition = z.infer<typeof FormDefinitionSchema>;
export type FormField = FormDefinition['fields'][number];
