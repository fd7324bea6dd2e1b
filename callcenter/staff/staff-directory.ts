import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { staffTeamMembers, staffUsers } from '../tables.ts';
import type { StaffUser } from './roles.ts';

type UserRow = typeof staffUsers.$inferSelect;

export function toStaffUser(row: UserRow, teamIds: string[]): StaffUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    branch: row.branch,
    agencyId: row.agencyId,
    skills: row.skills,
    teamIds,
    maxChats: row.maxChats,
    presence: row.presence,
  };
}

/** Staff accounts with their teams. */
export function createStaffDirectory(db: Db) {
  async function teamsOf(userIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (userIds.length === 0) return map;
    const rows = await db.select().from(staffTeamMembers).where(inArray(staffTeamMembers.userId, userIds));
    for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.teamId]);
    return map;
  }
  return {
    async byId(id: string): Promise<StaffUser | null> {
      const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id));
      if (!row || !row.active) return null;
      return toStaffUser(row, (await teamsOf([row.id])).get(row.id) ?? []);
    },
    async rowByEmail(email: string): Promise<UserRow | null> {
      const [row] = await db.select().from(staffUsers).where(eq(staffUsers.email, email.trim().toLowerCase()));
      return row ?? null;
    },
    async all(): Promise<StaffUser[]> {
      const rows = await db.select().from(staffUsers).where(eq(staffUsers.active, true));
      const teams = await teamsOf(rows.map((r) => r.id));
      return rows.map((r) => toStaffUser(r, teams.get(r.id) ?? []));
    },
  };
}

export type StaffDirectory = ReturnType<typeof createStaffDirectory>;
