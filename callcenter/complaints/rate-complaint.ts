import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { dueAt, remindAt } from './deadlines.ts';
import { CITIZEN, SYSTEM, type ComplaintDeps, type Ticket } from './deps.ts';
import { findByCode } from './find-by-code.ts';
import { applyTransition } from './record-transition.ts';
import { RATINGS } from './tables.ts';

export const RatingInput = z
  .object({
    code: z.string().trim().min(3).max(60),
    lookupCode: z.string().trim().min(4).max(12),
    rating: z.enum(RATINGS),
    comment: z.string().trim().max(1000).regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/u).optional(), // eslint-disable-line no-control-regex
  })
  .strict();

export const RATING_LABEL = { very_satisfied: 'Rất hài lòng', satisfied: 'Hài lòng', dissatisfied: 'Không hài lòng' } as const;

/**
 * The citizen rates the answer. Satisfied: the ticket closes. Not satisfied: it goes back to the
 * agency (assigned) with a new deadline from today, and the reopening is counted.
 */
export async function rateComplaint(deps: ComplaintDeps, input: z.infer<typeof RatingInput>): Promise<Ticket> {
  const found = await findByCode(deps, input.code, input.lookupCode);
  if (found.status !== 'notified' && found.status !== 'answered') throw new AppError('conflict', 'Phiếu này hiện chưa có câu trả lời để đánh giá.');
  const note = `${RATING_LABEL[input.rating]}${input.comment ? `: ${input.comment}` : ''}`;
  await applyTransition(deps, found.id, 'rate', CITIZEN, { note, notify: false, patch: () => ({ rating: input.rating, ratingComment: input.comment ?? null }) });
  if (input.rating !== 'dissatisfied') {
    return applyTransition(deps, found.id, 'close', SYSTEM, { note: 'Người gửi hài lòng với kết quả.', message: (t) => `Phiếu ${t.code} đã đóng. Cảm ơn bạn đã đánh giá!` });
  }
  const now = deps.now();
  const rule = deps.policy.reopen;
  return applyTransition(deps, found.id, 'reopen', SYSTEM, {
    note: 'Người gửi chưa hài lòng; phiếu được giao lại cho cơ quan xử lý với hạn mới.',
    patch: (row) => ({
      reopenCount: row.reopenCount + 1,
      answer: null,
      stage: 'answer',
      stageStartedAt: now,
      dueAt: dueAt(deps.calendar, now, rule),
      remindAt: remindAt(deps.calendar, now, rule, deps.policy.remindAt),
    }),
  });
}
