import { sql } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import type { StaffUser } from '../staff/roles.ts';
import { handoffNotes } from '../tables.ts';
import { rowsOf, type QueueDeps } from './deps.ts';
import { lockCapacity, lockItem, toItem, type LockedItem } from './item-locks.ts';
import { itemEvent } from './queue-events.ts';

export type TransferTarget = { teamId: string } | { agentId: string };

/**
 * Hands a conversation to a team (back to the queue, for that team's agents) or to a person
 * (assigned to them at once, capacity permitting), with a note the next agent reads.
 */
export async function transferItem(deps: QueueDeps, handoffId: string, by: StaffUser, target: TransferTarget, note: string): Promise<LockedItem> {
  const { item, previous } = await deps.db.transaction(async (tx) => {
    const item = await lockItem(tx, handoffId);
    if (item.status === 'closed' || item.status === 'wrapping') throw new AppError('conflict', 'Cuộc trò chuyện đã kết thúc.');
    let changed: LockedItem;
    if ('agentId' in target) {
      if (target.agentId === item.agentId) throw new AppError('conflict', 'Cuộc trò chuyện đã thuộc về cán bộ này.');
      await lockCapacity(tx, target.agentId);
      await tx.execute(sql`update handoffs set status = 'assigned', agent_id = ${target.agentId}, offer_expires_at = null,
          assigned_at = coalesce(assigned_at, now()), updated_at = now() where id = ${handoffId}`);
      changed = toItem(item, { status: 'assigned', agentId: target.agentId });
    } else {
      const [found] = await rowsOf<{ branch: string | null }>(tx.execute(sql`select branch from staff_teams where id = ${target.teamId}`));
      if (!found) throw new AppError('not_found', 'Không tìm thấy nhóm.');
      await tx.execute(sql`update handoffs set status = 'queued', agent_id = null, offer_expires_at = null, team_id = ${target.teamId},
          branch = coalesce(${found.branch}, branch), declined_by = '[]'::jsonb, updated_at = now() where id = ${handoffId}`);
      changed = toItem(item, { status: 'queued', agentId: null, teamId: target.teamId, branch: found.branch ?? item.branch });
    }
    await tx.insert(handoffNotes).values({ handoffId, authorId: by.id, authorName: by.displayName, kind: 'transfer', text: note });
    return { item: changed, previous: item.agentId };
  });
  deps.bus.emit('conversation.transferred', { ...itemEvent(item, { previousAgentId: previous }), note });
  if (item.status === 'assigned') deps.bus.emit('conversation.assigned', itemEvent(item, { previousAgentId: previous }));
  else deps.bus.emit('conversation.queued', itemEvent(item, { previousAgentId: previous }));
  return item;
}
