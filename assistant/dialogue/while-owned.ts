import { plainReply } from '../compose/compose-simple.ts';
import type { ConversationOwner } from '../ports.ts';
import type { Reply } from '../reply.ts';
import { foldText } from '../understand/fold.ts';

/** "Tôi đang ở vị trí thứ mấy?", "còn bao lâu nữa?", "đến lượt tôi chưa?" */
const POSITION_CUES = ['vi tri', 'thu may', 'bao lau', 'den luot', 'toi luot', 'hang cho', 'con bao nhieu nguoi', 'con may nguoi', 'cho lau'];

export function asksQueuePosition(text: string): boolean {
  const folded = ` ${foldText(text)} `;
  return POSITION_CUES.some((cue) => folded.includes(` ${cue} `));
}

export const WAITING = (position: number) => `Đang chờ cán bộ… vị trí thứ ${position}.`;
export const WITH_AGENT = (name: string) => `Cán bộ ${name} đang hỗ trợ bạn trong cuộc trò chuyện này. Bạn cứ nhắn, cán bộ sẽ trả lời.`;

/**
 * What the bot says while people own the conversation: the queue position while it waits
 * (every message, so the citizen knows they are heard), nothing at all once an agent has it,
 * unless the citizen asks where they stand. `null` text means: store the message, say nothing.
 */
export function replyWhileOwned(owner: Exclude<ConversationOwner, { owner: 'bot' }>, text: string): Reply {
  if (owner.owner === 'queue') {
    const line = owner.notice ? `${WAITING(owner.position)} ${owner.notice}` : WAITING(owner.position);
    return plainReply('handoff', 'queue_position', line);
  }
  if (asksQueuePosition(text)) return plainReply('handoff', 'queue_position', WITH_AGENT(owner.agentName));
  return plainReply('handoff', 'with_agent', '');
}
