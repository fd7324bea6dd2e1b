import { sql } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import { rowsOf, type QueueDeps } from './deps.ts';
import { lockItem, toItem } from './item-locks.ts';
import { itemEvent } from './queue-events.ts';

/** The agent declines an offer: it goes back to the queue, and is not offered to them again. */
export async function declineOffer(deps: QueueDeps, handoffId: string, agentId: string): Promise<void> {
  const item = await deps.db.transaction(async (tx) => {
    const item = await lockItem(tx, handoffId);
    if (item.status !== 'offered' || item.agentId !== agentId) throw new AppError('conflict', 'Không còn lời mời nhận cuộc trò chuyện này.');
    await tx.execute(sql`update handoffs set status = 'queued', agent_id = null, offer_expires_at = null,
        declined_by = declined_by || ${JSON.stringify([agentId])}::jsonb, updated_at = now() where id = ${handoffId}`);
    return toItem(item, { status: 'queued', agentId: null });
  });
  deps.bus.emit('conversation.queued', itemEvent(item, { previousAgentId: agentId }));
}

/** Offers not accepted in time go back to the queue (and not to the same agent again). */
export async function expireOffers(deps: QueueDeps): Promise<number> {
  const expired = await rowsOf<{ id: string; conversation_id: string; priority: number; team_id: string | null; branch: string | null; previous: string }>(
    deps.db.execute(sql`with due as (
        select id, agent_id from handoffs where status = 'offered' and offer_expires_at <= ${deps.now().toISOString()}::timestamptz
        for update skip locked)
      update handoffs h set status = 'queued', agent_id = null, offer_expires_at = null,
        declined_by = h.declined_by || jsonb_build_array(due.agent_id), updated_at = now()
      from due where h.id = due.id
      returning h.id, h.conversation_id, h.priority, h.team_id, h.branch, due.agent_id as previous`),
  );
  for (const r of expired) {
    deps.bus.emit(
      'conversation.queued',
      itemEvent(
        { id: r.id, conversationId: r.conversation_id, status: 'queued', priority: r.priority, teamId: r.team_id, branch: r.branch, agentId: null },
        { previousAgentId: r.previous },
      ),
    );
  }
  return expired.length;
}
