import type { Request, Router } from 'express';
import { AppError } from '../../../platform/http/errors.ts';
import { setBranchHours } from '../../hours/set-branch-hours.ts';
import { requireRole } from '../../staff/roles.ts';
import { userOf } from '../auth.ts';
import type { ConsoleContext } from '../context.ts';
import { body, BranchHoursBody } from '../schemas.ts';

function branchParam(req: Request): string {
  const raw = req.params.branch;
  const branch = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
  if (!branch || branch.length > 120) throw new AppError('not_found', 'Không có chi nhánh này.');
  return branch;
}

/** GET /hours (supervisors and admins): each branch's hours and whether it answers now; PUT /hours/:branch sets them. */
export function mountHoursRoutes(router: Router, ctx: ConsoleContext): void {
  router.get('/hours', async (_req, res) => {
    const user = userOf(res);
    requireRole(user, 'supervisor');
    await ctx.hours.refresh();
    const now = ctx.queue.now();
    const open = ctx.hours.isOpen(now);
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      defaultHours: ctx.defaultHours,
      open,
      nextOpening: open ? null : ctx.hours.nextOpening(now).toISOString(),
      notice: open ? null : ctx.hours.closedNotice(now),
      branches: ctx.hours.branches(now).map((b) => ({ ...b, editable: user.role === 'admin' || user.branch === b.branch })),
    });
  });

  router.put('/hours/:branch', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'supervisor');
    const branch = branchParam(req);
    const setting = body(req, BranchHoursBody);
    await setBranchHours({ db: ctx.db, hours: ctx.hours, now: ctx.queue.now }, user, branch, setting);
    res.json({ branch, ...setting });
  });
}
