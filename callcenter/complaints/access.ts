import { AppError } from '../../platform/http/errors.ts';
import type { EventMap } from '../../platform/events/bus.ts';
import type { StaffUser } from '../staff/roles.ts';
import type { Actor, Ticket } from './deps.ts';

/**
 * Who may see a ticket: admins all; supervisors their branch (all when they have none); agency
 * officers only the tickets assigned to their agency. Agents file tickets but do not see the list.
 */
export function canSeeTicket(user: StaffUser, t: Pick<Ticket, 'agencyId' | 'branch'>): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'supervisor') return user.branch === null || t.branch === null || t.branch === user.branch;
  if (user.role === 'agency_officer') return user.agencyId !== null && t.agencyId === user.agencyId;
  return false;
}

export function requireTicketAccess(user: StaffUser, t: Pick<Ticket, 'agencyId' | 'branch'>): void {
  if (!canSeeTicket(user, t)) throw new AppError('forbidden', 'Phiếu này không thuộc phạm vi của bạn.');
}

export function requireSupervisor(user: StaffUser): void {
  if (user.role !== 'supervisor' && user.role !== 'admin') throw new AppError('forbidden', 'Chỉ giám sát viên mới thực hiện được thao tác này.');
}

/** Supervisors, admins, and the officers of the agency holding the ticket. */
export function requireHandler(user: StaffUser, t: Pick<Ticket, 'agencyId' | 'branch'>): void {
  requireTicketAccess(user, t);
  if (user.role === 'agent') throw new AppError('forbidden', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
}

export const actorOf = (user: StaffUser): Actor => ({ id: user.id, name: user.displayName });

/**
 * Who is told of a deadline alert: the holder (the officer who took the ticket, else the officers
 * of the agency it is assigned to, else the supervisors while it awaits classification) and,
 * when the deadline is missed, the supervisors of the ticket's branch. Nobody else, not admins.
 */
export function receivesAlert(user: StaffUser, a: EventMap['complaint.alert']): boolean {
  const supervisesBranch = user.role === 'supervisor' && (user.branch === null || a.branch === null || a.branch === user.branch);
  const holds = a.holderId ? user.id === a.holderId : a.agencyId ? user.role === 'agency_officer' && user.agencyId === a.agencyId : supervisesBranch;
  return holds || (a.kind === 'escalate' && supervisesBranch);
}
