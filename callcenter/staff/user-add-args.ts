import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ROLES } from './roles.ts';

export const USAGE =
  'npm run user:add -- --email <email> --name <tên hiển thị> --role agent|supervisor|admin|agency_officer [--branch <chi nhánh>] [--agency <mã cơ quan>] [--skills a,b] [--teams a,b] [--max-chats 3] [--password-stdin]';

const Args = z.object({
  email: z.email(),
  name: z.string().min(1),
  role: z.enum(ROLES),
  branch: z.string().min(1).optional(),
  agency: z.string().min(1).optional(),
  skills: z.string().optional(),
  teams: z.string().optional(),
  'max-chats': z.coerce.number().int().min(0).max(20).optional(),
  'password-stdin': z.boolean().optional(),
});

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** Parses `user:add` arguments; throws with the usage line when something is missing. */
export function parseUserAddArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      branch: { type: 'string' },
      agency: { type: 'string' },
      skills: { type: 'string' },
      teams: { type: 'string' },
      'max-chats': { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    strict: true,
  });
  const parsed = Args.safeParse(values);
  if (!parsed.success) throw new Error(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n${USAGE}`);
  const a = parsed.data;
  return {
    email: a.email,
    name: a.name,
    role: a.role,
    branch: a.branch ?? null,
    agency: a.agency ?? null,
    skills: list(a.skills),
    teams: list(a.teams),
    maxChats: a['max-chats'] ?? 3,
    passwordStdin: a['password-stdin'] ?? false,
  };
}
