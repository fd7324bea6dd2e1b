import express, { type RequestHandler } from 'express';
import type { Logger } from '../../platform/logging/logger.ts';
import { maskPersonalData } from '../../platform/logging/redact.ts';

/** The raw request body as text (signatures are computed over the exact bytes), up to `limit`. */
export function rawText(limit: string): RequestHandler[] {
  return [
    express.raw({ type: () => true, limit }),
    (req, _res, next) => {
      req.body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
      next();
    },
  ];
}

/** An event we could not parse is logged, masked and shortened, and dropped (never retried). */
export function logDropped(logger: Logger, provider: string, reason: string, raw: string): void {
  logger.warn({ provider, reason: maskPersonalData(reason).slice(0, 300), sample: maskPersonalData(raw.slice(0, 200)) }, 'webhook event dropped');
}
