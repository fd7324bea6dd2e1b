import { z } from 'zod';

/**
 * The procedure model (thủ tục hành chính). Every parsed value keeps the official text beside it;
 * where parsing is unsure the value is null and only the text remains, so nothing is invented.
 */

export const LEVELS = ['bộ', 'tỉnh', 'xã', 'other'] as const;
export const METHODS = ['in_person', 'online', 'post'] as const;
export const DURATION_UNITS = ['working_days', 'days', 'hours', 'months', 'unspecified'] as const;

export const DurationSchema = z.object({
  /** null when the official text gives no number we can trust. */
  value: z.number().nonnegative().nullable(),
  unit: z.enum(DURATION_UNITS),
  text: z.string(),
});

export const FeeSchema = z.object({
  /** null when the text does not say whether it is a phí or a lệ phí. */
  kind: z.enum(['phí', 'lệ phí']).nullable(),
  /** 0 for "Miễn phí"; null when the amount could not be read with confidence. */
  amountVnd: z.number().int().nonnegative().nullable(),
  text: z.string(),
});

export const MethodSchema = z.object({
  method: z.enum(METHODS),
  duration: DurationSchema,
  fees: z.array(FeeSchema),
  /** Official description (Mô tả) of this method, quoted as is. */
  note: z.string().nullable(),
});

export const DocumentSchema = z.object({
  name: z.string().min(1),
  /** Number of originals (bản chính); null when not stated. */
  originals: z.number().int().nonnegative().nullable(),
  /** Number of copies (bản sao); null when not stated. */
  copies: z.number().int().nonnegative().nullable(),
  /** Official quantity text, e.g. "1 bản chính,1 bản sao". */
  quantityText: z.string(),
  /** Form file names (mẫu đơn, tờ khai), e.g. "CT01.docx". */
  forms: z.array(z.string()),
});

export const DocumentCaseSchema = z.object({
  /** The case label ("Trường hợp …"); null for the general list. */
  case: z.string().nullable(),
  documents: z.array(DocumentSchema),
});

export const LegalBasisSchema = z.object({
  code: z.string().nullable(),
  title: z.string(),
});

export const ResultSchema = z.object({
  name: z.string().min(1),
  code: z.string().nullable(),
});

export const ProcedureSchema = z.object({
  code: z.string().regex(/^\d\.\d{6}$/, 'a procedure code such as 1.004222'),
  /**
   * Mã thủ tục gốc: the national catalogue code that this province's published variant implements.
   * Absent for national procedures. Variants of one national procedure share near-identical chunks,
   * which the store indexes once per group (see store/chunk-groups.ts).
   */
  nationalCode: z.string().regex(/^\d\.\d{6}$/, 'a procedure code such as 1.004222').optional(),
  name: z.string().min(1),
  levels: z.array(z.enum(LEVELS)),
  levelsText: z.string(),
  field: z.string().nullable(),
  agency: z.string().nullable(),
  authority: z.string().nullable(),
  address: z.string().nullable(),
  applicants: z.string().nullable(),
  methods: z.array(MethodSchema),
  methodsText: z.string(),
  documentCases: z.array(DocumentCaseSchema),
  documentsText: z.string(),
  steps: z.array(z.string()),
  stepsText: z.string(),
  conditions: z.string().nullable(),
  results: z.array(ResultSchema),
  resultsText: z.string(),
  legalBasis: z.array(LegalBasisSchema),
  sourceUrl: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  updatedAt: z.string().nullable(),
  popularity: z.number().nonnegative(),
});

export type Duration = z.infer<typeof DurationSchema>;
export type Fee = z.infer<typeof FeeSchema>;
export type Method = z.infer<typeof MethodSchema>;
export type ProcedureDocument = z.infer<typeof DocumentSchema>;
export type DocumentCase = z.infer<typeof DocumentCaseSchema>;
export type LegalBasis = z.infer<typeof LegalBasisSchema>;
export type ProcedureResult = z.infer<typeof ResultSchema>;
export type Procedure = z.infer<typeof ProcedureSchema>;
export type Level = (typeof LEVELS)[number];
export type SubmissionMethod = (typeof METHODS)[number];
