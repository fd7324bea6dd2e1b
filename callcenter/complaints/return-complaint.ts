import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import type { StaffUser } from '../staff/roles.ts';
import { actorOf, requireTicketAccess } from './access.ts';
import type { ComplaintDeps, Ticket } from './deps.ts';
import { applyTransition } from './record-transition.ts';

export const ReturnInput = z.object({ reason: z.string().trim().min(5, 'Vui lòng ghi lý do trả lại.').max(1000) }).strict();

/**
 * An agency officer returns a ticket assigned to the wrong agency, with the reason; it goes back
 * to the supervisors (classified, no agency) and its deadline keeps running.
 */
export async function returnComplaint(deps: ComplaintDeps, id: string, user: StaffUser, input: z.infer<typeof ReturnInput>): Promise<Ticket> {
  if (user.role !== 'agency_officer' && user.role !== 'supervisor' && user.role !== 'admin') {
    throw new AppError('forbidden', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
  }
  return applyTransition(deps, id, 'return', actorOf(user), {
    check: (row) => requireTicketAccess(user, row),
    note: input.reason,
    public: false,
    patch: () => ({ agencyId: null, department: null, officerId: null }),
  });
}
