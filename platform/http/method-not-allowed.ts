import type { RequestHandler, Router } from 'express';
import { AppError } from './errors.ts';

interface RouteLike {
  path: string;
  methods: Record<string, boolean>;
  all(handler: RequestHandler): unknown;
}
interface LayerLike {
  route?: RouteLike;
  handle?: { stack?: LayerLike[] };
}

/**
 * A path that exists under another method answers 405 with `Allow`, not 404. Run once the
 * router's routes are registered; it walks nested routers too. A path registered several times
 * (router.get then router.post) gets the refusal on its last route, so the others still answer.
 */
export function refuseOtherMethods(router: Router): void {
  const byPath = new Map<string, RouteLike[]>();
  for (const layer of (router as unknown as { stack: LayerLike[] }).stack) {
    if (layer.route && typeof layer.route.path === 'string') {
      byPath.set(layer.route.path, [...(byPath.get(layer.route.path) ?? []), layer.route]);
    } else if (layer.handle?.stack) {
      refuseOtherMethods(layer.handle as unknown as Router);
    }
  }
  for (const routes of byPath.values()) {
    if (routes.some((r) => r.methods._all)) continue;
    const methods = new Set(routes.flatMap((r) => Object.keys(r.methods).map((m) => m.toUpperCase())));
    if (methods.has('GET')) methods.add('HEAD');
    const allow = [...methods].sort().join(', ');
    routes.at(-1)!.all((req, res, next) => {
      // Preflights belong to the channel's CORS middleware; let them fall through.
      if (req.method === 'OPTIONS') return next();
      res.setHeader('Allow', allow);
      next(new AppError('method_not_allowed', `Địa chỉ này không nhận phương thức ${req.method}. Phương thức được phép: ${allow}.`));
    });
  }
}
