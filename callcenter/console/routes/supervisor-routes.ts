import type { Router } from 'express';
import { dailyReport } from '../../reports/daily-report.ts';
import { supervisorOverview } from '../../reports/supervisor-overview.ts';
import { requireRole } from '../../staff/roles.ts';
import { userOf } from '../auth.ts';
import type { ConsoleContext } from '../context.ts';
import { AuditQuery, parse, ReportQuery } from '../schemas.ts';

/** Supervisor and admin pages: live overview, daily report, and (admins only) the access audit. */
export function mountSupervisorRoutes(router: Router, ctx: ConsoleContext): void {
  router.get('/supervisor/overview', async (_req, res) => {
    const user = userOf(res);
    requireRole(user, 'supervisor');
    res.setHeader('Cache-Control', 'no-store');
    res.json(await supervisorOverview(ctx.db, user));
  });

  router.get('/reports/daily', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'supervisor');
    const { date } = parse(ReportQuery, req.query);
    res.json(await dailyReport(ctx.db, date));
  });

  router.get('/admin/audit', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'admin');
    const query = parse(AuditQuery, req.query);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ entries: await ctx.audit.list(query) });
  });
}
