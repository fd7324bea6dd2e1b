import type { Router } from 'express';
import { dailyReport } from '../../reports/daily-report.ts';
import { dailyReportCsv } from '../../reports/daily-report-csv.ts';
import { exportConversations } from '../../reports/export-conversations.ts';
import { requireRole } from '../../staff/roles.ts';
import { userOf } from '../auth.ts';
import type { ConsoleContext } from '../context.ts';
import { body, ExportBody } from '../schemas.ts';

/**
 * POST /exports (supervisors and admins): conversations or the daily report as CSV. The reason is
 * required and the export is written to the access audit before any data leaves.
 */
export function mountExportRoutes(router: Router, ctx: ConsoleContext): void {
  router.post('/exports', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'supervisor');
    const request = body(req, ExportBody);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const from = request.from ?? today;
    const to = request.to ?? from;
    const subject = request.kind === 'conversations' ? `export:conversations:${from}..${to}` : `export:daily_report:${from}`;
    await ctx.audit.record({ actorId: user.id, actorEmail: user.email, action: `export_${request.kind}`, subject, reason: request.reason });
    const csv = request.kind === 'conversations' ? (await exportConversations(ctx.db, user, from, to)).csv : dailyReportCsv(await dailyReport(ctx.db, from));
    const name = request.kind === 'conversations' ? `hoi-thoai_${from}_${to}.csv` : `bao-cao-ngay_${from}.csv`;
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.type('text/csv; charset=utf-8').send(csv);
  });
}
