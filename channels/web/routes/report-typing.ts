import type { EventBus } from '../../../platform/events/bus.ts';
import type { Router } from 'express';
import type { ConversationAccess } from '../conversation-access.ts';
import type { Limits } from '../limits.ts';
import { parseTyping } from '../parse.ts';

/**
 * POST /conversations/:id/typing: the citizen is typing. Published on the bus (no text), so the
 * agent who has the conversation sees it on whichever process serves their console.
 */
export function mountReportTyping(router: Router, deps: { access: ConversationAccess; limits: Limits; bus: EventBus }): void {
  router.post('/conversations/:conversationId/typing', async (req, res) => {
    const conversationId = await deps.access.authorize(req);
    parseTyping(req);
    deps.limits.typing(conversationId);
    deps.bus.emit('conversation.typing', { conversationId, who: 'citizen', name: null, at: new Date().toISOString() });
    res.status(204).end();
  });
}
