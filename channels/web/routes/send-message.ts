import type { Router } from 'express';
import type { ConversationAccess } from '../conversation-access.ts';
import type { Limits } from '../limits.ts';
import { parseSendMessage } from '../parse.ts';
import type { createTurnRunner } from '../turn-runner.ts';

/** POST /conversations/:id/messages: the citizen's message in, the structured reply out. */
export function mountSendMessage(
  router: Router,
  deps: { access: ConversationAccess; limits: Limits; turns: ReturnType<typeof createTurnRunner> },
): void {
  router.post('/conversations/:conversationId/messages', async (req, res) => {
    const conversationId = await deps.access.authorize(req);
    const body = parseSendMessage(req);
    deps.limits.message(conversationId);
    const result = await deps.turns.run({
      conversationId,
      channel: 'web',
      text: body.text,
      clientMessageId: body.clientMessageId,
      elderly: body.elderly,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ clientMessageId: body.clientMessageId, ...result });
  });
}
