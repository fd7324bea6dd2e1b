import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import { staffTeamMembers, staffTeams, staffUsers } from '../tables.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.ts';
import { normaliseSkill, ROLES } from './roles.ts';

export const NewUser = z.object({
  email: z.email().max(200).transform((e) => e.trim().toLowerCase()),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`).max(200),
  branch: z.string().trim().min(1).max(120).nullish(),
  /** Required for agency_officer: the complaint_agencies id whose tickets they answer. */
  agency: z.string().trim().min(1).max(80).nullish(),
  skills: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
  teams: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  maxChats: z.number().int().min(0).max(20).default(3),
}).refine((u) => u.role !== 'agency_officer' || Boolean(u.agency), { message: 'Cán bộ cơ quan cần mã cơ quan (--agency).', path: ['agency'] });
export type NewUser = z.input<typeof NewUser>;

/** Creates a staff account (argon2id hash), creating its teams by name when they do not exist. */
export async function createUser(db: Db, input: NewUser): Promise<{ id: string }> {
  const parsed = NewUser.safeParse(input);
  if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const user = parsed.data;
  const passwordHash = await hashPassword(user.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffUsers)
      .values({
        email: user.email,
        displayName: user.name,
        passwordHash,
        role: user.role,
        branch: user.branch ?? null,
        agencyId: user.agency ?? null,
        skills: [...new Set(user.skills.map(normaliseSkill))],
        maxChats: user.maxChats,
      })
      .onConflictDoNothing({ target: staffUsers.email })
      .returning({ id: staffUsers.id });
    if (!row) throw new AppError('conflict', `Đã có tài khoản với email ${user.email}.`);
    for (const name of user.teams) {
      await tx.insert(staffTeams).values({ name, branch: user.branch ?? null }).onConflictDoNothing({ target: staffTeams.name });
      const [team] = await tx.select({ id: staffTeams.id }).from(staffTeams).where(eq(staffTeams.name, name));
      if (team) await tx.insert(staffTeamMembers).values({ teamId: team.id, userId: row.id }).onConflictDoNothing();
    }
    return row;
  });
}
