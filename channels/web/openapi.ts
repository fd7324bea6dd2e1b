import { componentSchemas } from '../../platform/http/openapi-schemas.ts';
import {
  HistoryResponse,
  MessageShape,
  ProblemShape,
  ReplyShape,
  SendMessageBody,
  SendMessageResponse,
  StartConversationResponse,
  TypingShape,
} from './api-schemas.ts';
import { serverStrings } from './strings.ts';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ 'application/json': { schema: ref(id) } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

const conversationId = { name: 'conversationId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const secured = [{ conversationToken: [] }];
const common = {
  '401': problem('Missing or unknown token.'),
  '404': problem('No such conversation, or the token belongs to another one.'),
  '429': problem('Rate limited; see Retry-After.'),
};

/** Paths and security schemes served by the same process outside /api/v1 (health, metrics), added by the composition root. */
export interface OpenApiExtras {
  paths?: Record<string, unknown>;
  securitySchemes?: Record<string, unknown>;
}

/** The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument(extra: OpenApiExtras = {}): Record<string, unknown> {
  const schemas = componentSchemas({ Reply: ReplyShape, Message: MessageShape, Problem: ProblemShape, SendMessageBody, SendMessageResponse, StartConversationResponse, HistoryResponse, Typing: TypingShape }, 'output');

  return {
    openapi: '3.1.0',
    info: { title: serverStrings.apiTitle, version: '1.0.0', description: serverStrings.apiDescription },
    servers: [{ url: '/api/v1' }],
    components: {
      schemas,
      securitySchemes: {
        conversationToken: { type: 'http', scheme: 'bearer', description: 'The token from POST /conversations. The event stream also accepts ?token=.' },
        ...extra.securitySchemes,
      },
    },
    paths: {
      '/conversations': {
        post: {
          summary: 'Start a conversation',
          responses: { '201': { description: 'Created', content: json('StartConversationResponse') }, '429': common['429'] },
        },
      },
      '/conversations/{conversationId}/messages': {
        parameters: [conversationId],
        post: {
          summary: 'Send a message; a repeated clientMessageId returns the stored reply',
          security: secured,
          requestBody: { required: true, content: json('SendMessageBody') },
          responses: {
            '200': { description: 'The structured reply', content: json('SendMessageResponse') },
            '400': problem('Malformed JSON.'),
            '413': problem('Body too large.'),
            '415': problem('Not JSON.'),
            '422': problem('Invalid message.'),
            ...common,
          },
        },
        get: {
          summary: 'History of the conversation',
          security: secured,
          parameters: [{ name: 'after', in: 'query', required: false, schema: { type: 'integer', minimum: 0 } }],
          responses: { '200': { description: 'Messages, oldest first', content: json('HistoryResponse') }, ...common },
        },
      },
      '/conversations/{conversationId}/typing': {
        parameters: [conversationId],
        post: {
          summary: 'The citizen is typing: the agent who has the conversation sees it (send at most every few seconds; no text is sent)',
          security: secured,
          requestBody: { required: false, content: { 'application/json': { schema: { type: 'object', additionalProperties: false } } } },
          responses: { '204': { description: 'Reported' }, '415': problem('Not JSON.'), '422': problem('A non-empty body.'), ...common },
        },
      },
      '/conversations/{conversationId}/events': {
        parameters: [conversationId],
        get: {
          summary: 'Server-sent events: every stored message, `id:` = message id; resumes from Last-Event-ID or ?lastEventId=',
          security: secured,
          parameters: [
            { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' } },
            { name: 'lastEventId', in: 'query', required: false, schema: { type: 'integer' } },
            { name: 'token', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: '`event: message` with a Message as data (with `id:`); `event: typing` with a Typing as data (no id) while a staff member types',
              content: { 'text/event-stream': { schema: { oneOf: [ref('Message'), ref('Typing')] } } },
            },
            ...common,
          },
        },
      },
      ...extra.paths,
    },
  };
}
