import type { Router } from 'express';
import { AppError } from '../../../platform/http/errors.ts';
import { requireRole } from '../../staff/roles.ts';
import { userOf } from '../auth.ts';
import type { ConsoleContext } from '../context.ts';
import { body, EmptyBody, handoffId } from '../schemas.ts';
import { visibleItem } from './conversation-routes.ts';

/** One `conversation.typing` per agent and conversation in this window, however often the browser reports. */
const THROTTLE_MS = 2_000;

/**
 * POST /conversations/:id/typing: the agent who has the conversation is typing. The event goes
 * through the bus (across processes on PostgreSQL) to the citizen's widget, which shows
 * "Cán bộ đang nhập…" for a few seconds.
 */
export function mountTypingRoutes(router: Router, ctx: ConsoleContext): void {
  const last = new Map<string, number>();

  router.post('/conversations/:id/typing', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'agent');
    const id = handoffId(req);
    body(req, EmptyBody);
    const item = await visibleItem(ctx, user, id);
    if (item.status !== 'assigned') throw new AppError('conflict', 'Cuộc trò chuyện không còn do cán bộ phụ trách.');
    if (user.role === 'agent' && item.agentId !== user.id) throw new AppError('forbidden', 'Cuộc trò chuyện này do cán bộ khác phụ trách.');
    const key = `${user.id}:${item.conversationId}`;
    const now = Date.now();
    if (now - (last.get(key) ?? 0) >= THROTTLE_MS) {
      last.set(key, now);
      if (last.size > 10_000) last.clear();
      ctx.bus.emit('conversation.typing', { conversationId: item.conversationId, who: 'agent', name: user.displayName, at: new Date(now).toISOString() });
    }
    res.status(204).end();
  });
}
