import { sql } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import type { QueueDeps } from '../queue/deps.ts';
import { rowsOf } from '../queue/deps.ts';
import { takeItem } from '../queue/take-item.ts';

export interface TakenCall {
  handoffId: string;
  /** The voice call the agent's phone leg is bridged to (`<Dial><Queue>` for its queue). */
  callId: string;
  status: 'assigned';
  agentId: string;
  assignedAt: string;
}

/**
 * An agent takes a caller waiting in the phone queue from the console: the handoff becomes theirs
 * (status, who, when) as a chat would, and their Twilio Client leg is then dialled to this caller.
 * Only a call still waiting in the provider's queue can be taken.
 */
export async function takeCall(deps: QueueDeps, handoffId: string, agentId: string): Promise<TakenCall> {
  const [call] = await rowsOf<{ id: string; status: string }>(
    deps.db.execute(sql`select c.id, c.status from handoffs h join voice_calls c on c.conversation_id = h.conversation_id
      where h.id = ${handoffId} and h.channel = 'voice' order by c.created_at desc limit 1`),
  );
  if (!call) throw new AppError('not_found', 'Không có cuộc gọi này trong hàng chờ.');
  if (call.status !== 'queued') throw new AppError('conflict', 'Người gọi không còn chờ trong hàng.');
  await takeItem(deps, handoffId, agentId);
  const [row] = await rowsOf<{ assigned_at: string | Date }>(deps.db.execute(sql`select assigned_at from handoffs where id = ${handoffId}`));
  deps.bus.emit('voice.changed', { kind: 'call', id: call.id, status: 'assigned', at: new Date().toISOString() });
  return { handoffId, callId: call.id, status: 'assigned', agentId, assignedAt: new Date(row!.assigned_at).toISOString() };
}
