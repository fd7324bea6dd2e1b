import type { Request } from 'express';
import { AppError } from '../../platform/http/errors.ts';
import { createRateLimiter, type BucketRule } from './rate-limit.ts';
import { serverStrings } from './strings.ts';

export interface WebRateLimits {
  /** Messages one conversation may send. */
  messagesPerConversation: BucketRule;
  /** Every API request from one IP address (a centre's shared Wi-Fi counts as one). */
  requestsPerIp: BucketRule;
  /** New conversations from one IP address. */
  startsPerIp: BucketRule;
  /** Typing reports one conversation may send (the widget sends one every few seconds). */
  typingPerConversation: BucketRule;
}

export const DEFAULT_RATE_LIMITS: WebRateLimits = {
  messagesPerConversation: { burst: 8, perMinute: 20 },
  requestsPerIp: { burst: 120, perMinute: 300 },
  startsPerIp: { burst: 10, perMinute: 10 },
  typingPerConversation: { burst: 5, perMinute: 30 },
};

/** The channel's rate limits; a refused request becomes a 429 problem with Retry-After. */
export function createLimits(overrides: Partial<WebRateLimits> = {}) {
  const rules = { ...DEFAULT_RATE_LIMITS, ...overrides };
  const perConversation = createRateLimiter(rules.messagesPerConversation);
  const perIp = createRateLimiter(rules.requestsPerIp);
  const starts = createRateLimiter(rules.startsPerIp);
  const typing = createRateLimiter(rules.typingPerConversation);

  function refuse(decision: { allowed: boolean; retryAfterSeconds: number }, detail: (s: number) => string): void {
    if (decision.allowed) return;
    const seconds = decision.retryAfterSeconds;
    throw new AppError('rate_limited', detail(seconds), { retryAfterSeconds: seconds });
  }

  return {
    request(req: Request): void {
      refuse(perIp.take(req.ip ?? 'unknown'), serverStrings.rateLimitedIp);
    },
    start(req: Request): void {
      refuse(starts.take(req.ip ?? 'unknown'), serverStrings.rateLimitedIp);
    },
    message(conversationId: string): void {
      refuse(perConversation.take(conversationId), serverStrings.rateLimitedConversation);
    },
    typing(conversationId: string): void {
      refuse(typing.take(conversationId), serverStrings.rateLimitedConversation);
    },
  };
}

export type Limits = ReturnType<typeof createLimits>;
