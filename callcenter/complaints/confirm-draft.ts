import type { StaffUser } from '../staff/roles.ts';
import { actorOf, requireSupervisor, requireTicketAccess } from './access.ts';
import { dueAt, remindAt } from './deadlines.ts';
import type { ComplaintDeps, Ticket } from './deps.ts';
import { applyTransition } from './record-transition.ts';

/** A supervisor accepts a draft (from a "Không hài lòng" survey) as a ticket: its classification deadline starts now. */
export async function confirmDraft(deps: ComplaintDeps, id: string, user: StaffUser): Promise<Ticket> {
  requireSupervisor(user);
  const now = deps.now();
  return applyTransition(deps, id, 'confirm_draft', actorOf(user), {
    check: (row) => requireTicketAccess(user, row),
    patch: (row) => {
      const rule = deps.policy.deadlines[row.type].classify;
      return { stage: 'classify', stageStartedAt: now, createdAt: now, dueAt: dueAt(deps.calendar, now, rule), remindAt: remindAt(deps.calendar, now, rule, deps.policy.remindAt) };
    },
  });
}
