import type { Router } from 'express';
import type { ChannelAssistant } from '../../types.ts';
import { HISTORY_PAGE, HistoryQuery } from '../api-schemas.ts';
import type { ConversationAccess } from '../conversation-access.ts';
import { publicMessage } from '../public-message.ts';
import { validate } from '../parse.ts';
import { serverStrings } from '../strings.ts';

/** GET /conversations/:id/messages?after=&limit=: a page of history, so a reloaded page restores the conversation. */
export function mountListMessages(router: Router, deps: { assistant: ChannelAssistant; access: ConversationAccess }): void {
  router.get('/conversations/:conversationId/messages', async (req, res) => {
    const conversationId = await deps.access.authorize(req);
    const { after, limit = HISTORY_PAGE } = validate(HistoryQuery, req.query, serverStrings.invalidQuery);
    // One more than asked, to know whether another page follows.
    const rows = await deps.assistant.conversations.history(conversationId, after, limit + 1);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ messages: rows.slice(0, limit).map(publicMessage), hasMore: rows.length > limit });
  });
}
