import { z } from 'zod';
import type { StaffUser } from '../staff/roles.ts';
import { actorOf, requireSupervisor, requireTicketAccess } from './access.ts';
import { CITIZEN, type ComplaintDeps, type Ticket } from './deps.ts';
import { findByCode } from './find-by-code.ts';
import { applyTransition } from './record-transition.ts';

export const WithdrawInput = z.object({ code: z.string().trim().min(3).max(60), lookupCode: z.string().trim().min(4).max(12), reason: z.string().trim().max(1000).optional() }).strict();
export const RejectInput = z.object({ reason: z.string().trim().min(5, 'Vui lòng ghi lý do.').max(1000) }).strict();

/** The citizen withdraws their ticket (by code and lookup code). */
export async function withdrawComplaint(deps: ComplaintDeps, input: z.infer<typeof WithdrawInput>): Promise<Ticket> {
  const found = await findByCode(deps, input.code, input.lookupCode);
  return applyTransition(deps, found.id, 'withdraw', CITIZEN, { note: input.reason ?? null, patch: () => ({ reason: input.reason ?? null }) });
}

/** A supervisor rejects a ticket (e.g. a duplicate), with the reason the citizen reads. */
export async function rejectComplaint(deps: ComplaintDeps, id: string, user: StaffUser, input: z.infer<typeof RejectInput>): Promise<Ticket> {
  requireSupervisor(user);
  return applyTransition(deps, id, 'reject', actorOf(user), { check: (row) => requireTicketAccess(user, row), note: input.reason, patch: () => ({ reason: input.reason }) });
}
