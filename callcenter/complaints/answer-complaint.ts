import { z } from 'zod';
import type { StaffUser } from '../staff/roles.ts';
import { actorOf, requireHandler } from './access.ts';
import { dueAt } from './deadlines.ts';
import { SYSTEM, type ComplaintDeps, type Ticket } from './deps.ts';
import { applyTransition } from './record-transition.ts';

export const AnswerInput = z.object({ answer: z.string().trim().min(10, 'Nội dung trả lời cần ít nhất 10 ký tự.').max(8000) }).strict();

/** The officer takes the ticket (assigned → in progress), so everyone sees who holds it. */
export async function startComplaint(deps: ComplaintDeps, id: string, user: StaffUser): Promise<Ticket> {
  return applyTransition(deps, id, 'start', actorOf(user), {
    check: (row) => requireHandler(user, row),
    patch: (row) => ({ officerId: row.officerId ?? (user.role === 'agency_officer' ? user.id : null) }),
  });
}

/**
 * The agency answers; the system then notifies the citizen on their channel, and the ticket
 * waits for the rating (closed automatically when none comes).
 */
export async function answerComplaint(deps: ComplaintDeps, id: string, user: StaffUser, input: z.infer<typeof AnswerInput>): Promise<Ticket> {
  const now = deps.now();
  await applyTransition(deps, id, 'answer', actorOf(user), {
    check: (row) => requireHandler(user, row),
    note: input.answer,
    notify: false, // the notification below carries the answer
    patch: (row) => ({ answer: input.answer, answeredAt: now, officerId: row.officerId ?? (user.role === 'agency_officer' ? user.id : null), wasLate: row.wasLate || (row.dueAt !== null && row.dueAt < now) }),
  });
  const rule = deps.policy.closeUnratedAfter;
  return applyTransition(deps, id, 'notify', SYSTEM, {
    note: 'Đã gửi nội dung trả lời cho người gửi.',
    patch: () => ({ stage: 'rate', stageStartedAt: now, dueAt: dueAt(deps.calendar, now, rule), remindAt: null }),
  });
}
