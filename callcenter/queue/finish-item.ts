import { sql } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import type { StaffUser } from '../staff/roles.ts';
import { handoffNotes } from '../tables.ts';
import { BACK_TO_BOT_NOTICE, ENDED_NOTICE, type CitizenMessenger } from './citizen-messenger.ts';
import type { QueueDeps } from './deps.ts';
import { lockItem, toItem, type LockedItem } from './item-locks.ts';
import { itemEvent } from './queue-events.ts';

export const DISPOSITIONS = ['resolved', 'info_given', 'follow_up', 'complaint', 'no_response', 'wrong_channel', 'other'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/**
 * The agent ends the chat: the citizen is told and the bot answers again, while the agent keeps
 * the item (and its capacity) in `wrapping` until the wrap-up is written.
 */
export async function endChat(deps: QueueDeps & { messenger: CitizenMessenger }, handoffId: string): Promise<LockedItem> {
  const item = await deps.db.transaction(async (tx) => {
    const item = await lockItem(tx, handoffId);
    if (item.status !== 'assigned') throw new AppError('conflict', 'Chỉ kết thúc được cuộc trò chuyện đang được hỗ trợ.');
    await tx.execute(sql`update handoffs set status = 'wrapping', updated_at = now() where id = ${handoffId}`);
    return toItem(item, { status: 'wrapping' });
  });
  await deps.messenger.send(item.conversationId, 'system', ENDED_NOTICE, null);
  deps.bus.emit('conversation.wrapping', itemEvent(item));
  return item;
}

/** The wrap-up: a disposition code and a note; the item is closed and the capacity freed. */
export async function wrapUp(
  deps: QueueDeps & { messenger: CitizenMessenger },
  handoffId: string,
  by: StaffUser,
  wrap: { disposition: Disposition; note: string },
): Promise<LockedItem> {
  let ended = false;
  const item = await deps.db.transaction(async (tx) => {
    const item = await lockItem(tx, handoffId);
    if (item.status !== 'assigned' && item.status !== 'wrapping') throw new AppError('conflict', 'Cuộc trò chuyện không ở trạng thái kết thúc được.');
    ended = item.status === 'assigned';
    await tx.execute(sql`update handoffs set status = 'closed', closed_at = now(), disposition = ${wrap.disposition}, wrap_note = ${wrap.note},
        updated_at = now() where id = ${handoffId}`);
    if (wrap.note) await tx.insert(handoffNotes).values({ handoffId, authorId: by.id, authorName: by.displayName, kind: 'wrap_up', text: wrap.note });
    return toItem(item, { status: 'closed' });
  });
  if (ended) await deps.messenger.send(item.conversationId, 'system', ENDED_NOTICE, null);
  deps.bus.emit('conversation.closed', itemEvent(item));
  return item;
}

/** Gives the conversation back to the bot (from the queue or from an agent) without a person's answer. */
export async function returnToBot(deps: QueueDeps & { messenger: CitizenMessenger }, handoffId: string): Promise<LockedItem> {
  const item = await deps.db.transaction(async (tx) => {
    const item = await lockItem(tx, handoffId);
    if (item.status === 'closed') throw new AppError('conflict', 'Cuộc trò chuyện đã kết thúc.');
    await tx.execute(sql`update handoffs set status = 'closed', closed_at = now(), disposition = 'returned_to_bot', updated_at = now()
        where id = ${handoffId}`);
    return toItem(item, { status: 'closed' });
  });
  await deps.messenger.send(item.conversationId, 'system', BACK_TO_BOT_NOTICE, null);
  deps.bus.emit('conversation.returned_to_bot', itemEvent(item));
  return item;
}
