import type { TaskTurn } from '../../assistant/index.ts';

/**
 * Whose profile this is: the identity the channel vouches for (a Zalo user, a phone number), or
 * on the web, where nobody signs in, the conversation the browser keeps.
 */
export function identityOf(turn: Pick<TaskTurn, 'channel' | 'citizen' | 'conversationId'>): string {
  if (turn.citizen?.id) return `${turn.channel}:${turn.citizen.id}`;
  if (turn.citizen?.phone) return `phone:${turn.citizen.phone.replace(/\D/g, '')}`;
  return `${turn.channel}:conversation:${turn.conversationId}`;
}
