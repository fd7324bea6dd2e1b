import type { Router } from 'express';
import type { ChannelAssistant } from '../../types.ts';
import { StartConversationBody } from '../api-schemas.ts';
import type { ConversationAccess } from '../conversation-access.ts';
import type { Limits } from '../limits.ts';
import { requireJson, validate } from '../parse.ts';
import { serverStrings } from '../strings.ts';
import { hashToken, newToken } from '../token.ts';

/** POST /conversations: a new conversation and the only copy of its token. */
export function mountStartConversation(router: Router, deps: { assistant: ChannelAssistant; access: ConversationAccess; limits: Limits }): void {
  router.post('/conversations', async (req, res) => {
    deps.limits.start(req);
    requireJson(req);
    validate(StartConversationBody, req.body ?? {}, serverStrings.invalidBody);
    const token = newToken();
    const conversationId = await deps.assistant.conversations.start('web', hashToken(token));
    deps.access.remember(token, conversationId);
    res.status(201).setHeader('Cache-Control', 'no-store');
    res.json({ conversationId, token });
  });
}
