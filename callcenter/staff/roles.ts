import { AppError } from '../../platform/http/errors.ts';

export const ROLES = ['agent', 'supervisor', 'admin', 'agency_officer'] as const;
export type Role = (typeof ROLES)[number];
export const PRESENCES = ['available', 'busy', 'break', 'offline'] as const;
export type Presence = (typeof PRESENCES)[number];

/** The signed-in staff member, as every route and stream sees them. */
export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  branch: string | null;
  /** The agency an agency_officer answers for (complaints); null for other roles. */
  agencyId: string | null;
  skills: string[];
  teamIds: string[];
  maxChats: number;
  presence: Presence;
}

const RANK: Record<Role, number> = { agency_officer: 0, agent: 1, supervisor: 2, admin: 3 };

/** Throws 403 unless the user's role is at least `minimum` in agent < supervisor < admin. */
export function requireRole(user: StaffUser, minimum: 'agent' | 'supervisor' | 'admin'): void {
  if (RANK[user.role] < RANK[minimum]) throw new AppError('forbidden', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
}

/** Skills compare case-insensitively and in NFC: "Hộ tịch" and "hộ tịch" are one skill. */
export function normaliseSkill(skill: string): string {
  return skill.normalize('NFC').trim().toLocaleLowerCase('vi');
}

/** Where a conversation sits, for visibility checks. */
export interface ItemScope {
  teamId: string | null;
  branch: string | null;
  agentId: string | null;
}

/**
 * Who may see a queue item: admins everything; supervisors their branch (or everything when
 * they have none); agents the items of their teams, items with no team, and those assigned to them.
 */
export function canSee(user: StaffUser, item: ItemScope): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'supervisor') return user.branch === null || item.branch === null || item.branch === user.branch;
  if (user.role !== 'agent') return false;
  if (item.agentId === user.id) return true;
  return item.teamId === null ? item.branch === null || user.branch === null || item.branch === user.branch : user.teamIds.includes(item.teamId);
}
