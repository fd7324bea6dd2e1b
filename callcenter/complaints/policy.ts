import { z } from 'zod';
import { COMPLAINT_TYPES, INTAKE_CLASSES } from './tables.ts';

/**
 * Every deadline and class in configuration, with the law as defaults (field-research §7):
 * - classify or transfer: 5 working days (Decree 20/2008 art. 9(4)(d));
 * - answer phản ánh / kiến nghị / góp ý: 10 working days (Law on Citizen Reception 2013 art. 28);
 * - khiếu nại: thụ lý within 10 days, resolve within 30 (45 when complex), calendar days
 *   (Law on Complaints 2011 art. 27–28);
 * - tố cáo is not handled here: it is routed out with guidance at intake.
 */
const Rule = z.object({ days: z.number().int().min(0).max(365), unit: z.enum(['working', 'calendar']) }).strict();
export type DeadlineRule = z.infer<typeof Rule>;

const TypeRules = z.object({ classify: Rule, answer: Rule, answerComplex: Rule }).strict();

export const ComplaintPolicySchema = z
  .object({
    /** `{yyyymmdd}`, `{yymmdd}` and `{seq}` are replaced; the sequence restarts every day. */
    codeFormat: z.string().min(3).max(60).default('PAKN-{yyyymmdd}-{seq}'),
    lookupLength: z.number().int().min(4).max(12).default(6),
    deadlines: z.record(z.enum(COMPLAINT_TYPES), TypeRules).default({
      phan_anh: { classify: { days: 5, unit: 'working' }, answer: { days: 10, unit: 'working' }, answerComplex: { days: 10, unit: 'working' } },
      gop_y: { classify: { days: 5, unit: 'working' }, answer: { days: 10, unit: 'working' }, answerComplex: { days: 10, unit: 'working' } },
      khieu_nai: { classify: { days: 10, unit: 'calendar' }, answer: { days: 30, unit: 'calendar' }, answerComplex: { days: 45, unit: 'calendar' } },
      to_cao: { classify: { days: 5, unit: 'working' }, answer: { days: 10, unit: 'working' }, answerComplex: { days: 10, unit: 'working' } },
    }),
    /** A reopened ticket gets this long again for its new answer. */
    reopen: Rule.default({ days: 10, unit: 'working' }),
    /** When a deadline is missed the system promises a new date this far ahead, in the apology. */
    lateExtension: Rule.default({ days: 5, unit: 'working' }),
    /** Share of a deadline after which the holder is reminded. */
    remindAt: z.number().min(0.1).max(0.95).default(0.75),
    /** Answered tickets the citizen does not rate are closed after this. */
    closeUnratedAfter: Rule.default({ days: 7, unit: 'calendar' }),
    classes: z.array(z.enum(INTAKE_CLASSES)).default([...INTAKE_CLASSES]),
    attachments: z
      .object({ maxCount: z.number().int().min(0).max(20).default(5), maxBytes: z.number().int().min(1).default(10 * 1024 * 1024), types: z.array(z.string()).default(['image/jpeg', 'image/png', 'application/pdf']) })
      .default({ maxCount: 5, maxBytes: 10 * 1024 * 1024, types: ['image/jpeg', 'image/png', 'application/pdf'] }),
  })
  .strict();

export type ComplaintPolicy = z.infer<typeof ComplaintPolicySchema>;

/** The policy from the COMPLAINTS_POLICY setting (JSON), missing parts filled with the legal defaults. */
export function parseComplaintPolicy(json: string | undefined): ComplaintPolicy {
  const raw: unknown = json ? JSON.parse(json) : {};
  const policy = ComplaintPolicySchema.parse(raw);
  if (!policy.codeFormat.includes('{seq}')) throw new RangeError('COMPLAINTS_POLICY.codeFormat needs {seq}');
  return policy;
}

export const defaultComplaintPolicy = (): ComplaintPolicy => parseComplaintPolicy(undefined);
