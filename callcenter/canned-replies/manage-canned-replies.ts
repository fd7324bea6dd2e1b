import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { StaffUser } from '../staff/roles.ts';
import { cannedReplies, staffTeams } from '../tables.ts';

export interface CannedReplyInput {
  teamId: string;
  title: string;
  shortcut: string;
  body: string;
}

export interface CannedReplyView extends CannedReplyInput {
  id: string;
  teamName: string;
  updatedAt: string;
}

/** Teams whose canned replies a user keeps: admins all, supervisors those of their branch (and branch-less teams). */
export async function managedTeams(db: Db, user: StaffUser): Promise<{ id: string; name: string; branch: string | null }[]> {
  if (user.role !== 'admin' && user.role !== 'supervisor') return [];
  const all = db.select({ id: staffTeams.id, name: staffTeams.name, branch: staffTeams.branch }).from(staffTeams);
  if (user.role === 'admin' || !user.branch) return all.orderBy(asc(staffTeams.name));
  return all.where(or(isNull(staffTeams.branch), eq(staffTeams.branch, user.branch))).orderBy(asc(staffTeams.name));
}

/** The replies a user may use: an agent's teams'; a supervisor's or admin's managed teams'. */
export async function listCannedReplies(db: Db, user: StaffUser): Promise<CannedReplyView[]> {
  const teamIds = user.role === 'agent' ? user.teamIds : (await managedTeams(db, user)).map((t) => t.id);
  if (teamIds.length === 0) return [];
  const rows = await db
    .select({ reply: cannedReplies, teamName: staffTeams.name })
    .from(cannedReplies)
    .innerJoin(staffTeams, eq(staffTeams.id, cannedReplies.teamId))
    .where(inArray(cannedReplies.teamId, teamIds))
    .orderBy(asc(staffTeams.name), asc(cannedReplies.title));
  return rows.map(({ reply, teamName }) => ({
    id: reply.id,
    teamId: reply.teamId,
    teamName,
    title: reply.title,
    shortcut: reply.shortcut,
    body: reply.body,
    updatedAt: reply.updatedAt.toISOString(),
  }));
}

async function requireManaged(db: Db, user: StaffUser, teamId: string): Promise<void> {
  const teams = await managedTeams(db, user);
  if (!teams.some((t) => t.id === teamId)) throw new AppError('forbidden', 'Bạn không quản lý mẫu trả lời của nhóm này.');
}

async function existing(db: Db, id: string) {
  const [row] = await db.select().from(cannedReplies).where(eq(cannedReplies.id, id));
  if (!row) throw new AppError('not_found', 'Không tìm thấy mẫu trả lời.');
  return row;
}

const duplicate = () => new AppError('conflict', 'Nhóm này đã có mẫu trả lời với phím tắt đó.');

export async function createCannedReply(db: Db, user: StaffUser, input: CannedReplyInput): Promise<{ id: string }> {
  await requireManaged(db, user, input.teamId);
  const [row] = await db
    .insert(cannedReplies)
    .values({ ...input, updatedBy: user.id })
    .onConflictDoNothing()
    .returning({ id: cannedReplies.id });
  if (!row) throw duplicate();
  return row;
}

/** Moving a reply to another team needs the right to manage both. */
export async function updateCannedReply(db: Db, user: StaffUser, id: string, input: CannedReplyInput): Promise<void> {
  const row = await existing(db, id);
  await requireManaged(db, user, row.teamId);
  if (input.teamId !== row.teamId) await requireManaged(db, user, input.teamId);
  const [clash] = await db
    .select({ id: cannedReplies.id })
    .from(cannedReplies)
    .where(and(eq(cannedReplies.teamId, input.teamId), eq(cannedReplies.shortcut, input.shortcut)));
  if (clash && clash.id !== id) throw duplicate();
  await db.update(cannedReplies).set({ ...input, updatedBy: user.id, updatedAt: new Date() }).where(eq(cannedReplies.id, id));
}

export async function deleteCannedReply(db: Db, user: StaffUser, id: string): Promise<void> {
  const row = await existing(db, id);
  await requireManaged(db, user, row.teamId);
  await db.delete(cannedReplies).where(eq(cannedReplies.id, id));
}
