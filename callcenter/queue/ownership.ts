import { sql } from 'drizzle-orm';
import type { ConversationOwnership } from '../../assistant/index.ts';
import { rowsOf, type QueueDeps } from './deps.ts';

/**
 * Who answers a conversation now, in one indexed query: its open queue item (waiting: with its
 * place in the queue; assigned: with the agent's name), or the bot when there is none.
 */
export function createConversationOwnership(deps: Pick<QueueDeps, 'db' | 'hours' | 'now'>): ConversationOwnership {
  return {
    async ownerOf(conversationId) {
      const [row] = await rowsOf<{ status: string; agent_name: string | null; position: number | string }>(
        // The place in the queue is counted only while waiting: an assigned conversation (every message
        // a citizen sends to their agent) skips the count.
        deps.db.execute(sql`select h.status, u.display_name as agent_name,
            case when h.status in ('queued', 'offered') then (select count(*) from handoffs q where q.status in ('queued', 'offered')
               and (q.priority, q.created_at) <= (h.priority, h.created_at)) end as position
          from handoffs h left join staff_users u on u.id = h.agent_id
          where h.conversation_id = ${conversationId} and h.status in ('queued', 'offered', 'assigned')
          order by h.created_at desc limit 1`),
      );
      if (!row) return { owner: 'bot' };
      if (row.status === 'assigned') return { owner: 'agent', agentName: row.agent_name ?? 'Cán bộ' };
      const now = deps.now();
      return { owner: 'queue', position: Math.max(1, Number(row.position)), notice: deps.hours.isOpen(now) ? null : deps.hours.closedNotice(now) };
    },
  };
}
