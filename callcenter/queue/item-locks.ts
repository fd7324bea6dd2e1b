import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { handoffs } from '../tables.ts';
import { rowsOf } from './deps.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type HandoffRow = typeof handoffs.$inferSelect;

interface RawItem {
  id: string;
  conversation_id: string;
  status: HandoffRow['status'];
  priority: number;
  team_id: string | null;
  branch: string | null;
  agent_id: string | null;
  skills: string[];
}

export type LockedItem = Pick<HandoffRow, 'id' | 'conversationId' | 'status' | 'priority' | 'teamId' | 'branch' | 'agentId' | 'skills'>;

/** Locks a queue item for a state change; 404 when there is none. */
export async function lockItem(tx: Tx, handoffId: string): Promise<LockedItem> {
  const [r] = await rowsOf<RawItem>(
    tx.execute(sql`select id, conversation_id, status, priority, team_id, branch, agent_id, skills from handoffs where id = ${handoffId} for update`),
  );
  if (!r) throw new AppError('not_found', 'Không tìm thấy cuộc trò chuyện trong hàng chờ.');
  return { id: r.id, conversationId: r.conversation_id, status: r.status, priority: r.priority, teamId: r.team_id, branch: r.branch, agentId: r.agent_id, skills: r.skills };
}

/**
 * Locks the agent's row (the same lock routing takes) and checks spare capacity; `extra` is how
 * many of the agent's current items are being replaced (e.g. 1 when the item is already theirs).
 */
export async function lockCapacity(tx: Tx, agentId: string, extra = 0): Promise<{ displayName: string }> {
  // Lock, then count in a later statement (a fresh snapshot under READ COMMITTED).
  await tx.execute(sql`select id from staff_users where id = ${agentId} for update`);
  const [agent] = await rowsOf<{ display_name: string; max_chats: number; load: number | string; active: boolean }>(
    tx.execute(sql`select u.display_name, u.max_chats, u.active,
        (select count(*) from handoffs h where h.agent_id = u.id and h.status in ('offered', 'assigned', 'wrapping')) as load
      from staff_users u where u.id = ${agentId}`),
  );
  if (!agent || !agent.active) throw new AppError('not_found', 'Không tìm thấy cán bộ.');
  if (Number(agent.load) - extra >= agent.max_chats) throw new AppError('conflict', 'Cán bộ đã đủ số cuộc trò chuyện tối đa.');
  return { displayName: agent.display_name };
}

export function toItem(item: LockedItem, changes: Partial<LockedItem>): LockedItem {
  return { ...item, ...changes };
}
