import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import type { StaffUser } from '../staff/roles.ts';
import { actorOf, requireSupervisor, requireTicketAccess } from './access.ts';
import { dueAt, remindAt } from './deadlines.ts';
import type { ComplaintDeps, Ticket } from './deps.ts';
import { applyTransition } from './record-transition.ts';
import { COMPLAINT_TYPES, INTAKE_CLASSES } from './tables.ts';

export const ClassifyInput = z
  .object({
    type: z.enum(COMPLAINT_TYPES).optional(),
    intakeClass: z.enum(INTAKE_CLASSES),
    field: z.string().trim().min(1).max(200).optional(),
    complex: z.boolean().optional(),
    /** Why: required when not accepted or transferred out. */
    reason: z.string().trim().max(1000).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();

/**
 * The supervisor classifies at intake (Decree 20/2008 art. 9): not accepted (with the reason),
 * about an official's conduct, within the centre's competence, or outside it (transferred).
 * For khiếu nại, classifying is the thụ lý: the resolution deadline runs from here.
 */
export async function classifyComplaint(deps: ComplaintDeps, id: string, user: StaffUser, input: z.infer<typeof ClassifyInput>): Promise<Ticket> {
  requireSupervisor(user);
  if (!deps.policy.classes.includes(input.intakeClass)) throw new AppError('validation_failed', 'Phân loại này không được dùng ở trung tâm.');
  if ((input.intakeClass === 'not_accepted' || input.intakeClass === 'outside') && !input.reason) {
    throw new AppError('validation_failed', 'Vui lòng ghi lý do.', { errors: [{ path: 'reason', message: 'Cần lý do' }] });
  }
  if (input.type === 'to_cao') throw new AppError('validation_failed', 'Tố cáo không xử lý trong hệ thống này; hãy từ chối kèm hướng dẫn.');
  const base = { check: (row: Ticket) => requireTicketAccess(user, row) };
  if (input.intakeClass === 'not_accepted') {
    return applyTransition(deps, id, 'reject', actorOf(user), { ...base, note: input.reason, patch: () => ({ intakeClass: 'not_accepted', reason: input.reason }) });
  }
  if (input.intakeClass === 'outside') {
    return applyTransition(deps, id, 'transfer_out', actorOf(user), { ...base, note: input.reason, patch: () => ({ intakeClass: 'outside', reason: input.reason }) });
  }
  const now = deps.now();
  return applyTransition(deps, id, 'classify', actorOf(user), {
    ...base,
    note: input.note ?? null,
    patch: (row) => {
      const type = input.type ?? row.type;
      const complex = input.complex ?? row.complex;
      // Complaints: the resolution period runs from thụ lý; other types from receipt.
      const start = type === 'khieu_nai' ? now : row.createdAt;
      const rules = deps.policy.deadlines[type];
      const rule = complex ? rules.answerComplex : rules.answer;
      return {
        type,
        complex,
        intakeClass: input.intakeClass,
        field: input.field ?? row.field,
        stage: 'answer',
        stageStartedAt: start,
        dueAt: dueAt(deps.calendar, start, rule),
        remindAt: remindAt(deps.calendar, start, rule, deps.policy.remindAt),
      };
    },
  });
}
