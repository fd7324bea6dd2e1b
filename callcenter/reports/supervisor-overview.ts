import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { rowsOf } from '../queue/deps.ts';
import type { StaffUser } from '../staff/roles.ts';
import { vietnamDay } from './day-range.ts';

/** Answered within this many seconds counts toward the service level. */
export const SERVICE_LEVEL_SECONDS = 60;
/** Abandoned sooner than this is a short abandon and does not count against the service level. */
export const SHORT_ABANDON_SECONDS = 10;

export interface TeamFigures {
  teamId: string | null;
  name: string;
  waiting: number;
  longestWaitSeconds: number;
  active: number;
  agentsAvailable: number;
  serviceLevel: number | null;
  abandoned: number;
}

export interface AgentState {
  id: string;
  displayName: string;
  presence: string;
  load: number;
  maxChats: number;
  teamIds: string[];
  branch: string | null;
}

/** Live figures per team (and for items no team holds yet), and every agent's state and load, within the user's branch. */
export async function supervisorOverview(db: Db, user: StaffUser, now = new Date()): Promise<{ teams: TeamFigures[]; agents: AgentState[] }> {
  const branch = user.role === 'admin' ? null : user.branch;
  const inBranch = (column: string) => (branch ? sql`(${sql.raw(column)} is null or ${sql.raw(column)} = ${branch})` : sql`true`);
  const day = vietnamDay(undefined, now);
  const teams = await rowsOf<{ id: string | null; name: string }>(
    db.execute(sql`select id, name from staff_teams t where ${inBranch('t.branch')} union all select null, 'Chưa phân nhóm' order by name`),
  );
  const figures = await rowsOf<Record<string, string | number | null>>(
    db.execute(sql`select team_id,
        count(*) filter (where status in ('queued', 'offered')) as waiting,
        coalesce(max(extract(epoch from ${now.toISOString()}::timestamptz - created_at)) filter (where status in ('queued', 'offered')), 0) as longest,
        count(*) filter (where status in ('assigned', 'wrapping')) as active,
        count(*) filter (where created_at >= ${day.start.toISOString()}::timestamptz and assigned_at is not null
          and extract(epoch from assigned_at - created_at) <= ${SERVICE_LEVEL_SECONDS}) as within,
        count(*) filter (where created_at >= ${day.start.toISOString()}::timestamptz and (assigned_at is not null
          or (status = 'closed' and extract(epoch from closed_at - created_at) >= ${SHORT_ABANDON_SECONDS}))) as counted,
        count(*) filter (where created_at >= ${day.start.toISOString()}::timestamptz and status = 'closed' and assigned_at is null
          and disposition is distinct from 'returned_to_bot') as abandoned
      from handoffs h where ${inBranch('h.branch')} and (status <> 'closed' or created_at >= ${day.start.toISOString()}::timestamptz)
      group by team_id`),
  );
  const agents = await rowsOf<{ id: string; display_name: string; presence: string; max_chats: number; branch: string | null; team_ids: string[] | null; load: string | number }>(
    db.execute(sql`select u.id, u.display_name, u.presence, u.max_chats, u.branch,
        (select array_agg(m.team_id) from staff_team_members m where m.user_id = u.id) as team_ids,
        (select count(*) from handoffs h where h.agent_id = u.id and h.status in ('offered', 'assigned', 'wrapping')) as load
      from staff_users u where u.role = 'agent' and u.active and ${inBranch('u.branch')} order by u.display_name`),
  );
  const agentStates: AgentState[] = agents.map((a) => ({
    id: a.id,
    displayName: a.display_name,
    presence: a.presence,
    load: Number(a.load),
    maxChats: a.max_chats,
    teamIds: a.team_ids ?? [],
    branch: a.branch,
  }));
  return {
    teams: teams.map((t) => {
      const f = figures.find((x) => (x.team_id ?? null) === t.id) ?? {};
      const counted = Number(f.counted ?? 0);
      return {
        teamId: t.id,
        name: t.name,
        waiting: Number(f.waiting ?? 0),
        longestWaitSeconds: Math.round(Number(f.longest ?? 0)),
        active: Number(f.active ?? 0),
        agentsAvailable: agentStates.filter((a) => a.presence === 'available' && (t.id === null || a.teamIds.includes(t.id))).length,
        serviceLevel: counted ? Math.round((Number(f.within ?? 0) / counted) * 1000) / 1000 : null,
        abandoned: Number(f.abandoned ?? 0),
      };
    }),
    agents: agentStates,
  };
}
