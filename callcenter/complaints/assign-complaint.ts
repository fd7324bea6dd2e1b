import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import type { StaffUser } from '../staff/roles.ts';
import { staffUsers } from '../tables.ts';
import { actorOf, requireSupervisor, requireTicketAccess } from './access.ts';
import type { ComplaintDeps, Ticket } from './deps.ts';
import { applyTransition } from './record-transition.ts';
import { complaintAgencies } from './tables.ts';

export const AssignInput = z
  .object({
    agencyId: z.string().trim().min(1).max(80),
    department: z.string().trim().max(200).optional(),
    officerId: z.uuid().optional(),
    /** The supervisor confirms (or overrides) the automatic proposal by assigning. */
    note: z.string().trim().max(1000).optional(),
  })
  .strict();

/** The supervisor assigns a classified ticket to an agency, a department and optionally an officer of that agency. */
export async function assignComplaint(deps: ComplaintDeps, id: string, user: StaffUser, input: z.infer<typeof AssignInput>): Promise<Ticket> {
  requireSupervisor(user);
  const [agency] = await deps.db.select().from(complaintAgencies).where(eq(complaintAgencies.id, input.agencyId));
  if (!agency || !agency.active) throw new AppError('not_found', 'Không tìm thấy cơ quan.');
  if (input.officerId) {
    const [officer] = await deps.db.select().from(staffUsers).where(eq(staffUsers.id, input.officerId));
    if (!officer || !officer.active || officer.role !== 'agency_officer' || officer.agencyId !== agency.id) {
      throw new AppError('validation_failed', 'Cán bộ được chọn không thuộc cơ quan này.');
    }
  }
  return applyTransition(deps, id, 'assign', actorOf(user), {
    check: (row) => requireTicketAccess(user, row),
    note: [`Giao ${agency.name}${input.department ? `, ${input.department}` : ''}.`, input.note].filter(Boolean).join(' '),
    patch: (row) => ({
      agencyId: agency.id,
      department: input.department ?? null,
      officerId: input.officerId ?? null,
      proposalConfirmed: row.proposal?.agencyId === agency.id,
      stage: 'answer',
    }),
  });
}
