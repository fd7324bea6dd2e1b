import type { Request } from 'express';
import { AppError } from '../../platform/http/errors.ts';
import type { ChannelAssistant } from '../types.ts';
import { parseConversationId } from './parse.ts';
import { serverStrings } from './strings.ts';
import { hashToken, isWellFormedToken, readToken } from './token.ts';

const CACHE_SIZE = 10_000;

/**
 * Resolves the bearer token to its conversation and checks it is the one named in the path:
 * a token opens exactly one conversation. A token for another conversation gets the same
 * 404 as a conversation that does not exist, so ids cannot be probed.
 */
export function createConversationAccess(assistant: ChannelAssistant) {
  // token hash → conversation id; tokens never change owner, so the cache never goes stale.
  const cache = new Map<string, string>();

  async function conversationFor(token: string): Promise<string | null> {
    const hash = hashToken(token);
    const cached = cache.get(hash);
    if (cached) return cached;
    const id = await assistant.conversations.findByExternalId('web', hash);
    if (id) {
      cache.set(hash, id);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    return id;
  }

  return {
    remember(token: string, conversationId: string): void {
      cache.set(hashToken(token), conversationId);
    },
    async authorize(req: Request, options: { allowQueryToken?: boolean } = {}): Promise<string> {
      const token = readToken(req, options.allowQueryToken ?? false);
      if (!token) throw new AppError('unauthorized', serverStrings.tokenMissing);
      const owned = isWellFormedToken(token) ? await conversationFor(token) : null;
      if (!owned) throw new AppError('unauthorized', serverStrings.tokenInvalid);
      const requested = parseConversationId(req.params.conversationId);
      if (requested !== owned) throw new AppError('not_found', serverStrings.conversationNotFound);
      return owned;
    },
  };
}

export type ConversationAccess = ReturnType<typeof createConversationAccess>;
