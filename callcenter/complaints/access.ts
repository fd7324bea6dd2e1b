import { AppError } from '../../platform/http/errors.ts';
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
