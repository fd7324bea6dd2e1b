import { and, eq, inArray, lte, ne } from 'drizzle-orm';
import { formatDateVi } from '../../assistant/index.ts';
import { dueAt } from './deadlines.ts';
import { SYSTEM, type ComplaintDeps, type Ticket } from './deps.ts';
import { notifyCitizen } from './notify-citizen.ts';
import { applyTransition, recordEvent } from './record-transition.ts';
import { complaintAlerts, complaints } from './tables.ts';
import { OPEN_STATUSES } from './workflow.ts';

const WAITING = OPEN_STATUSES.filter((s) => s !== 'draft' && s !== 'answered' && s !== 'notified');

/** The apology the one-stop rules require when a result is late, with the new date. */
export const apologyText = (t: Ticket, newDue: Date) =>
  `Phiếu xin lỗi và hẹn lại ngày trả kết quả – phiếu ${t.code}: chúng tôi thành thật xin lỗi vì chưa trả lời đúng hạn. ` +
  `Phiếu của bạn đang được ưu tiên xử lý và sẽ có kết quả chậm nhất ${formatDateVi(newDue)}.`;

/** Marks an alert as sent; false when it was sent before (the row exists): nothing goes out twice. */
async function claimAlert(deps: ComplaintDeps, tx: Parameters<Parameters<ComplaintDeps['db']['transaction']>[0]>[0], t: Ticket, kind: 'remind' | 'escalate'): Promise<boolean> {
  const rows = await tx.insert(complaintAlerts).values({ complaintId: t.id, kind, dueAt: t.dueAt!, at: deps.now() }).onConflictDoNothing().returning();
  return rows.length > 0;
}

/**
 * One sweep of the deadlines at `deps.now()` (the job runs it every few minutes; tests pass a
 * clock): remind the holder at the reminder point, escalate to the supervisors and send the
 * citizen an apology with a new date when a deadline is missed, close unrated answered tickets.
 */
export async function checkDeadlines(deps: ComplaintDeps): Promise<{ reminded: number; escalated: number; closed: number }> {
  const now = deps.now();
  const result = { reminded: 0, escalated: 0, closed: 0 };
  const due = await deps.db.select().from(complaints).where(and(inArray(complaints.status, WAITING), lte(complaints.remindAt, now)));
  for (const t of due) {
    if (!t.dueAt || t.dueAt <= now) continue;
    const sent = await deps.db.transaction(async (tx) => (await claimAlert(deps, tx, t, 'remind')) && (await recordEvent(deps, tx, t, 'remind', SYSTEM, `Nhắc: hạn xử lý ${formatDateVi(t.dueAt!)}.`, false), true));
    if (!sent) continue;
    result.reminded++;
    deps.bus.emit('complaint.alert', { id: t.id, code: t.code, kind: 'remind', holderId: t.officerId, agencyId: t.agencyId, branch: t.branch, dueAt: t.dueAt.toISOString() });
  }
  const late = await deps.db.select().from(complaints).where(and(inArray(complaints.status, WAITING), lte(complaints.dueAt, now), ne(complaints.stage, 'rate')));
  for (const t of late) {
    const newDue = dueAt(deps.calendar, now, deps.policy.lateExtension);
    const updated = await deps.db.transaction(async (tx) => {
      if (!(await claimAlert(deps, tx, t, 'escalate'))) return null;
      await recordEvent(deps, tx, t, 'escalate', SYSTEM, `Quá hạn ${formatDateVi(t.dueAt!)}; đã báo giám sát viên.`, false);
      const [next] = await tx.update(complaints).set({ dueAt: newDue, remindAt: null, wasLate: true, updatedAt: now }).where(eq(complaints.id, t.id)).returning();
      await recordEvent(deps, tx, next!, 'apology', SYSTEM, `Xin lỗi vì chậm trễ; hẹn lại ngày trả kết quả: ${formatDateVi(newDue)}.`, true);
      return next!;
    });
    if (!updated) continue;
    result.escalated++;
    deps.bus.emit('complaint.alert', { id: t.id, code: t.code, kind: 'escalate', holderId: t.officerId, agencyId: t.agencyId, branch: t.branch, dueAt: updated.dueAt?.toISOString() ?? null });
    await notifyCitizen(deps, updated, apologyText(updated, newDue));
  }
  const unrated = await deps.db.select({ id: complaints.id }).from(complaints).where(and(eq(complaints.status, 'notified'), eq(complaints.stage, 'rate'), lte(complaints.dueAt, now)));
  for (const { id } of unrated) {
    await applyTransition(deps, id, 'close', SYSTEM, { note: 'Hết thời gian đánh giá; phiếu được đóng.', notify: false }).then(
      () => result.closed++,
      () => undefined, // rated meanwhile
    );
  }
  return result;
}
