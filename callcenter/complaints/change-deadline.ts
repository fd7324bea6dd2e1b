import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { formatDateVi } from '../../assistant/index.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { StaffUser } from '../staff/roles.ts';
import { actorOf, requireSupervisor, requireTicketAccess } from './access.ts';
import { dayOf } from './deadlines.ts';
import type { Actor, ComplaintDeps, Ticket } from './deps.ts';
import { notifyCitizen } from './notify-citizen.ts';
import { lockTicket, recordEvent } from './record-transition.ts';
import { complaints } from './tables.ts';
import { OPEN_STATUSES } from './workflow.ts';

export const DeadlineInput = z.object({ date: z.iso.date(), reason: z.string().trim().min(5, 'Vui lòng ghi lý do đổi hạn.').max(1000) }).strict();

const endOfVnDay = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+07:00`));

/** Moves the running deadline to the end of a given day; the timeline keeps the reason, the citizen is told the new date. */
export async function setDeadline(deps: ComplaintDeps, id: string, due: Date, actor: Actor, reason: string, action = 'deadline', message?: (t: Ticket) => string): Promise<Ticket> {
  const updated = await deps.db.transaction(async (tx) => {
    const row = await lockTicket(tx, id);
    if (!OPEN_STATUSES.includes(row.status)) throw new AppError('conflict', 'Phiếu đã kết thúc, không đổi hạn được.');
    const [next] = await tx.update(complaints).set({ dueAt: due, remindAt: null, updatedAt: deps.now() }).where(eq(complaints.id, id)).returning();
    await recordEvent(deps, tx, next!, action, actor, reason, true);
    return next!;
  });
  deps.bus.emit('complaint.changed', { id, code: updated.code, status: updated.status, agencyId: updated.agencyId, branch: updated.branch });
  await notifyCitizen(deps, updated, message?.(updated) ?? `Phiếu ${updated.code}: hạn xử lý được điều chỉnh đến ${formatDateVi(due)}. Lý do: ${reason}`);
  return updated;
}

export async function changeDeadline(deps: ComplaintDeps, id: string, user: StaffUser, input: z.infer<typeof DeadlineInput>): Promise<Ticket> {
  requireSupervisor(user);
  const due = endOfVnDay(input.date);
  if (Number.isNaN(due.getTime()) || dayOf(due) < dayOf(deps.now())) throw new AppError('validation_failed', 'Hạn mới không được trước hôm nay.');
  const [row] = await deps.db.select().from(complaints).where(eq(complaints.id, id));
  if (!row) throw new AppError('not_found', 'Không tìm thấy phiếu phản ánh.');
  requireTicketAccess(user, row);
  return setDeadline(deps, id, due, actorOf(user), input.reason);
}
