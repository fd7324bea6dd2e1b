import type { Router } from 'express';
import type { ChannelAssistant } from '../../types.ts';
import { HistoryQuery } from '../api-schemas.ts';
import type { ConversationAccess } from '../conversation-access.ts';
import { publicMessage } from '../public-message.ts';
import { validate } from '../parse.ts';
import { serverStrings } from '../strings.ts';

/** GET /conversations/:id/messages?after=: history, so a reloaded page restores the conversation. */
export function mountListMessages(router: Router, deps: { assistant: ChannelAssistant; access: ConversationAccess }): void {
  router.get('/conversations/:conversationId/messages', async (req, res) => {
    const conversationId = await deps.access.authorize(req);
    const { after } = validate(HistoryQuery, req.query, serverStrings.invalidQuery);
    const messages = (await deps.assistant.conversations.history(conversationId, after)).map(publicMessage);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ messages });
  });
}
