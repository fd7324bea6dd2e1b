import { sql } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import type { QueueDeps } from './deps.ts';
import { lockCapacity, lockItem, toItem, type LockedItem } from './item-locks.ts';
import { itemEvent } from './queue-events.ts';

/**
 * An agent takes a conversation: accepts the offer made to them, or picks a waiting item from the
 * queue (capacity checked under the agent's lock, so a pick and a routing pass cannot overfill).
 */
export async function takeItem(deps: QueueDeps, handoffId: string, agentId: string): Promise<LockedItem> {
  const item = await deps.db.transaction(async (tx) => {
    const item = await lockItem(tx, handoffId);
    const ownOffer = item.status === 'offered' && item.agentId === agentId;
    if (!ownOffer && item.status !== 'queued') throw new AppError('conflict', 'Cuộc trò chuyện này đã có người nhận.');
    await lockCapacity(tx, agentId, ownOffer ? 1 : 0);
    await tx.execute(sql`update handoffs set status = 'assigned', agent_id = ${agentId}, offer_expires_at = null,
        assigned_at = coalesce(assigned_at, now()), updated_at = now() where id = ${handoffId}`);
    return toItem(item, { status: 'assigned', agentId });
  });
  deps.bus.emit('conversation.assigned', itemEvent(item));
  return item;
}

/** A supervisor assigns (or reassigns) a conversation to an agent, whatever its state before. */
export async function assignItem(deps: QueueDeps, handoffId: string, agentId: string): Promise<LockedItem> {
  const { item, previous } = await deps.db.transaction(async (tx) => {
    const item = await lockItem(tx, handoffId);
    if (item.status === 'closed') throw new AppError('conflict', 'Cuộc trò chuyện đã kết thúc.');
    if (item.agentId === agentId && item.status === 'assigned') return { item, previous: null };
    await lockCapacity(tx, agentId);
    await tx.execute(sql`update handoffs set status = 'assigned', agent_id = ${agentId}, offer_expires_at = null,
        assigned_at = coalesce(assigned_at, now()), updated_at = now() where id = ${handoffId}`);
    return { item: toItem(item, { status: 'assigned', agentId }), previous: item.agentId };
  });
  deps.bus.emit('conversation.assigned', itemEvent(item, { previousAgentId: previous }));
  return item;
}
