import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor, ComplaintDeps, Ticket } from './deps.ts';
import { notifyCitizen } from './notify-citizen.ts';
import { complaintEvents, complaints } from './tables.ts';
import { ACTIONS, canApply, STATUS_LABEL, type WorkflowAction } from './workflow.ts';

type Tx = Parameters<Parameters<ComplaintDeps['db']['transaction']>[0]>[0];

export interface TransitionOptions {
  note?: string | null;
  /** Fields to change with the status (deadline, agency, answer …), from the locked row. */
  patch?: (row: Ticket) => Partial<typeof complaints.$inferInsert>;
  /** Extra checks on the locked row (who may act); throw to refuse. */
  check?: (row: Ticket) => void;
  /** Shown on the tracking page and sent to the citizen (default true). */
  public?: boolean;
  /** Send the citizen a message (default: when public). */
  notify?: boolean;
  /** The message to the citizen, when not the default one. */
  message?: (row: Ticket) => string;
}

export async function lockTicket(tx: Tx, id: string): Promise<Ticket> {
  const [row] = await tx.select().from(complaints).where(eq(complaints.id, id)).for('update');
  if (!row) throw new AppError('not_found', 'Không tìm thấy phiếu phản ánh.');
  return row;
}

/**
 * One step of the workflow, atomically: checks the state machine, changes the row, writes the
 * timeline entry (who, when, note, the deadline now running); then tells the citizen.
 */
export async function applyTransition(deps: ComplaintDeps, id: string, action: WorkflowAction, actor: Actor, options: TransitionOptions = {}): Promise<Ticket> {
  const isPublic = options.public ?? true;
  const updated = await deps.db.transaction(async (tx) => {
    const row = await lockTicket(tx, id);
    if (!canApply(action, row.status)) {
      throw new AppError('conflict', `Phiếu đang ở trạng thái "${STATUS_LABEL[row.status]}", không thể thực hiện thao tác này.`);
    }
    options.check?.(row);
    const to = ACTIONS[action].to;
    const patch = options.patch?.(row) ?? {};
    const now = deps.now();
    const closing = to === 'closed' || to === 'withdrawn' || to === 'rejected' || to === 'transferred';
    const [next] = await tx
      .update(complaints)
      .set({ ...patch, status: to, updatedAt: now, ...(closing ? { closedAt: now, stage: 'none', dueAt: null, remindAt: null } : {}) })
      .where(eq(complaints.id, id))
      .returning();
    await tx.insert(complaintEvents).values({
      complaintId: id,
      at: now,
      actorId: actor.id,
      actorName: actor.name,
      action,
      fromStatus: row.status,
      toStatus: to,
      note: options.note ?? null,
      dueAt: next!.dueAt,
      public: isPublic,
    });
    return next!;
  });
  deps.bus.emit('complaint.changed', { id, code: updated.code, status: updated.status, agencyId: updated.agencyId, branch: updated.branch });
  if (isPublic && (options.notify ?? true)) await notifyCitizen(deps, updated, options.message?.(updated) ?? null);
  return updated;
}

/** A timeline entry without a change of state (deadline changed, reminder, escalation, apology). */
export async function recordEvent(
  deps: ComplaintDeps,
  tx: Tx | ComplaintDeps['db'],
  ticket: Ticket,
  action: string,
  actor: Actor,
  note: string | null,
  isPublic: boolean,
): Promise<void> {
  await tx.insert(complaintEvents).values({
    complaintId: ticket.id,
    at: deps.now(),
    actorId: actor.id,
    actorName: actor.name,
    action,
    fromStatus: ticket.status,
    toStatus: ticket.status,
    note,
    dueAt: ticket.dueAt,
    public: isPublic,
  });
}
