import type { Request } from 'express';
import type { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { ConversationIdParam, MAX_TEXT_LENGTH, SendMessageBody, TypingBody } from './api-schemas.ts';
import { serverStrings } from './strings.ts';

/** Checks a request against a zod schema; failures become one Vietnamese problem with the field list. */
export function validate<T extends z.ZodType>(schema: T, value: unknown, detail: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
  const tooLong = result.error.issues.some((i) => i.code === 'too_big' && i.path[0] === 'text');
  const empty = result.error.issues.some((i) => i.code === 'too_small' && i.path[0] === 'text');
  const message = tooLong ? serverStrings.textTooLong(MAX_TEXT_LENGTH) : empty ? serverStrings.textEmpty : detail;
  throw new AppError('validation_failed', message, { errors });
}

/** Writes must be JSON; express.json() leaves other bodies unparsed, so say so plainly. */
export function requireJson(req: Request): void {
  const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (hasBody && !req.is('application/json')) throw new AppError('unsupported_media_type', serverStrings.jsonRequired);
}

export function parseConversationId(value: unknown): string {
  const result = ConversationIdParam.safeParse(value);
  if (!result.success) throw new AppError('not_found', serverStrings.conversationNotFound);
  return result.data;
}

/** The citizen's message as the assistant's turn (minus the conversation, known from the token). */
export function parseSendMessage(req: Request): z.infer<typeof SendMessageBody> {
  requireJson(req);
  return validate(SendMessageBody, req.body ?? {}, serverStrings.invalidBody);
}

/** A typing report carries nothing: an empty JSON object or no body. */
export function parseTyping(req: Request): void {
  requireJson(req);
  validate(TypingBody, req.body ?? {}, serverStrings.invalidBody);
}
