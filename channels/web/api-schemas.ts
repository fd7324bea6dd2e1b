import { z } from 'zod';
import { sanitiseCitizenText } from '../sanitise-text.ts';

/** Request and response shapes of /api/v1: validation and the OpenAPI document share them. */

export const MAX_TEXT_LENGTH = 2000;

export const SendMessageBody = z
  .object({
    text: z.string().transform(sanitiseCitizenText).pipe(z.string().trim().min(1).max(MAX_TEXT_LENGTH)),
    /** Chosen by the browser per message; a retry carries the same id and gets the stored reply. */
    clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    /** The large-text switch: asks for plain, shorter answers. */
    elderly: z.boolean().optional(),
  })
  .strict();

export const StartConversationBody = z.object({}).strict();

export const TypingBody = z.object({}).strict();

/** One page of history; `hasMore` tells the client to ask again after the last id. */
export const HISTORY_PAGE = 200;

export const HistoryQuery = z.object({
  after: z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(HISTORY_PAGE).optional(),
});

export const ConversationIdParam = z.uuid();

export const ReplyShape = z
  .object({
    kind: z.enum(['answer', 'clarify', 'handoff', 'out_of_scope', 'smalltalk']),
    intent: z.string(),
    aspect: z.string().nullable(),
    text: z.string(),
    speech: z.string(),
    choices: z.array(z.object({ n: z.number().int(), label: z.string(), value: z.string() })),
    citations: z.array(z.object({ code: z.string(), name: z.string(), url: z.string().nullable() }).loose()),
    sections: z.object({}).loose(),
    actions: z.array(z.object({ type: z.string() }).loose()),
    confidence: z.number(),
  })
  .loose()
  .describe('The structured reply (assistant/reply.ts); the client renders it.');

export const MessageShape = z
  .object({
    id: z.number().int(),
    role: z.enum(['citizen', 'assistant', 'agent', 'system']),
    text: z.string(),
    reply: ReplyShape.nullable(),
    author: z.string().nullable().describe('The staff member who wrote an `agent` message.'),
    createdAt: z.string(),
  });

export const StartConversationResponse = z.object({
  conversationId: z.uuid(),
  token: z.string().describe('Send as `Authorization: Bearer <token>`; shown once, never stored in clear.'),
});

export const SendMessageResponse = z.object({
  clientMessageId: z.string(),
  reply: ReplyShape,
  /** Ids of the stored messages, so the event stream's copies can be recognised. */
  messageId: z.number().int().nullable(),
  citizenMessageId: z.number().int().nullable(),
});

export const HistoryResponse = z.object({ messages: z.array(MessageShape), hasMore: z.boolean() });

/** `event: typing` on the stream: a staff member is typing (shown for a few seconds). */
export const TypingShape = z.object({ who: z.literal('agent'), name: z.string().nullable().describe('The staff member\'s display name.') });

export const ProblemShape = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string(),
    errors: z.unknown().optional(),
  })
  .describe('RFC 9457 problem details, in Vietnamese.');
