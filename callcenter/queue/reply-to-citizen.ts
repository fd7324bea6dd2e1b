import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import type { StaffUser } from '../staff/roles.ts';
import { handoffNotes, handoffs } from '../tables.ts';
import type { CitizenMessenger } from './citizen-messenger.ts';
import type { QueueDeps } from './deps.ts';
import { itemEvent } from './queue-events.ts';

/**
 * The agent's answer: stored in the conversation as an `agent` message with their name and
 * announced as `message.created`, which the citizen's channel delivers. Only the agent who owns
 * the conversation (or a supervisor or admin) may answer.
 */
export async function replyToCitizen(
  deps: QueueDeps & { messenger: CitizenMessenger },
  handoffId: string,
  by: StaffUser,
  text: string,
): Promise<{ id: number; createdAt: string }> {
  const [item] = await deps.db.select().from(handoffs).where(eq(handoffs.id, handoffId));
  if (!item) throw new AppError('not_found', 'Không tìm thấy cuộc trò chuyện.');
  if (item.status !== 'assigned') throw new AppError('conflict', 'Chỉ trả lời được cuộc trò chuyện đang được hỗ trợ.');
  if (item.agentId !== by.id && by.role === 'agent') throw new AppError('forbidden', 'Cuộc trò chuyện này do cán bộ khác phụ trách.');
  const sent = await deps.messenger.send(item.conversationId, 'agent', text, by.displayName);
  await deps.db.execute(sql`update handoffs set first_response_at = coalesce(first_response_at, now()), updated_at = now() where id = ${handoffId}`);
  return sent;
}

/** A private note on the conversation: for staff only, never sent to the citizen. */
export async function addNote(deps: QueueDeps, handoffId: string, by: StaffUser, text: string): Promise<{ id: number }> {
  const [item] = await deps.db.select().from(handoffs).where(eq(handoffs.id, handoffId));
  if (!item) throw new AppError('not_found', 'Không tìm thấy cuộc trò chuyện.');
  const [note] = await deps.db
    .insert(handoffNotes)
    .values({ handoffId, authorId: by.id, authorName: by.displayName, kind: 'note', text })
    .returning({ id: handoffNotes.id });
  deps.bus.emit('handoff.note_created', { ...itemEvent(item), noteId: note!.id });
  return note!;
}
