import type { RequestHandler } from 'express';

/**
 * The widget runs on other portals' pages and calls this API cross-origin. Auth is a bearer
 * token, never a cookie, so allowing any origin exposes nothing; a list narrows it if wanted.
 */
export function cors(allowedOrigins: readonly string[] | '*'): RequestHandler {
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin && (allowedOrigins === '*' || allowedOrigins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', allowedOrigins === '*' ? '*' : origin);
      if (allowedOrigins !== '*') res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After, X-Request-Id');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Last-Event-ID');
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
