import { sql } from 'drizzle-orm';
import type { QueueItemEvent } from '../../platform/events/bus.ts';
import { rowsOf, type QueueDeps } from './deps.ts';
import { hasSkills } from './priority.ts';
import { itemEvent } from './queue-events.ts';

/** Items looked at per routing pass; the rest wait for the next pass. */
const BATCH = 200;

interface AgentRow {
  id: string;
  skills: string[];
  max_chats: number;
  branch: string | null;
  team_ids: string[] | null;
  load: number | string;
  idle_since: Date | string;
  always_open: boolean;
}

interface ItemRow {
  id: string;
  conversation_id: string;
  priority: number;
  skills: string[];
  team_id: string | null;
  branch: string | null;
  declined_by: string[];
}

/**
 * One routing pass: waiting items, highest priority and then oldest first, are offered to an
 * available agent on duty (their branch open, or in a 24/7 team) with the skills, the team and
 * spare capacity (least loaded, then idle longest).
 * Available agents' rows are locked (`FOR UPDATE`), so passes in several processes never exceed a
 * capacity; items are claimed with `FOR UPDATE SKIP LOCKED`, so no item is offered twice.
 */
export async function routeQueue(deps: QueueDeps): Promise<QueueItemEvent[]> {
  const now = deps.now();
  const offered = await deps.db.transaction(async (tx) => {
    // Lock first, then read loads in a later statement: under READ COMMITTED a statement that waited
    // for the lock still sees its own, older snapshot, so counting in the locking statement is stale.
    const locked = await rowsOf<{ id: string }>(
      tx.execute(sql`select id from staff_users where presence = 'available' and active and role = 'agent' order by id for update`),
    );
    if (locked.length === 0) return [];
    const agents = await rowsOf<AgentRow>(
      tx.execute(sql`select u.id, u.skills, u.max_chats, u.branch, u.presence_at as idle_since,
          (select array_agg(m.team_id) from staff_team_members m where m.user_id = u.id) as team_ids,
          exists (select 1 from staff_team_members m join staff_teams t on t.id = m.team_id where m.user_id = u.id and t.always_open) as always_open,
          (select count(*) from handoffs h where h.agent_id = u.id and h.status in ('offered', 'assigned', 'wrapping')) as load
        from staff_users u
        where u.presence = 'available' and u.active and u.role = 'agent'
          and u.id in (${sql.join(locked.map((l) => sql`${l.id}::uuid`), sql`, `)})`),
    );
    const free = agents
      .map((a) => ({ ...a, load: Number(a.load), teams: a.team_ids ?? [], idle: new Date(a.idle_since).getTime() }))
      // Out of their branch's hours, agents get no offers unless a 24/7 team counts on them;
      // they can still pick an item from the queue themselves.
      .filter((a) => a.load < a.max_chats && (a.always_open || (deps.hours.branchOpen?.(a.branch, now) ?? true)));
    if (free.length === 0) return [];
    const items = await rowsOf<ItemRow>(
      tx.execute(sql`select id, conversation_id, priority, skills, team_id, branch, declined_by from handoffs
        where status = 'queued' order by priority, created_at, id limit ${BATCH} for update skip locked`),
    );
    const events: QueueItemEvent[] = [];
    const expires = new Date(now.getTime() + deps.offerSeconds * 1000);
    for (const item of items) {
      const candidates = free.filter(
        (a) =>
          a.load < a.max_chats &&
          hasSkills(a.skills, item.skills) &&
          (item.team_id === null || a.teams.includes(item.team_id)) &&
          (item.branch === null || a.branch === null || a.branch === item.branch) &&
          !item.declined_by.includes(a.id),
      );
      if (candidates.length === 0) continue;
      candidates.sort((a, b) => a.load / a.max_chats - b.load / b.max_chats || a.idle - b.idle);
      const agent = candidates[0]!;
      agent.load++;
      agent.idle = now.getTime();
      await tx.execute(sql`update handoffs set status = 'offered', agent_id = ${agent.id}, offer_expires_at = ${expires.toISOString()}::timestamptz,
          updated_at = now() where id = ${item.id}`);
      events.push(
        itemEvent({ id: item.id, conversationId: item.conversation_id, status: 'offered', priority: item.priority, teamId: item.team_id, branch: item.branch, agentId: agent.id }),
      );
      if (free.every((a) => a.load >= a.max_chats)) break;
    }
    return events;
  });
  for (const event of offered) deps.bus.emit('conversation.offered', event);
  return offered;
}
