import type { Response, Router } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../../../platform/audit/index.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { StaffUser } from '../../staff/roles.ts';
import { requireSupervisor } from '../access.ts';
import type { ComplaintDeps } from '../deps.ts';
import { DIMENSIONS, reportComplaints, reportCsv } from '../report-complaints.ts';

const ReportQuery = z.object({ from: z.iso.date(), to: z.iso.date(), by: z.enum(DIMENSIONS).default('field') }).strict();

function range(query: unknown) {
  const r = ReportQuery.safeParse(query);
  if (!r.success) throw new AppError('validation_failed', 'Chọn khoảng ngày (from, to) dạng YYYY-MM-DD.', { errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  const from = new Date(`${r.data.from}T00:00:00+07:00`);
  const to = new Date(new Date(`${r.data.to}T00:00:00+07:00`).getTime() + 86_400_000);
  if (!(from < to) || to.getTime() - from.getTime() > 3 * 366 * 86_400_000) throw new AppError('validation_failed', 'Khoảng ngày không hợp lệ (tối đa ba năm).');
  return { ...r.data, fromAt: from, toAt: to };
}

/** GET /complaints/report (JSON for the charts) and /complaints/report.csv (every download audited). */
export function mountReportRoutes(api: Router, deps: ComplaintDeps & { audit: AuditLog; userOf: (res: Response) => StaffUser }): void {
  api.get('/complaints/report', async (req, res) => {
    requireSupervisor(deps.userOf(res));
    const q = range(req.query);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ from: q.from, to: q.to, by: q.by, ...(await reportComplaints(deps, q.fromAt, q.toAt, q.by)) });
  });
  api.get('/complaints/report.csv', async (req, res) => {
    const user = deps.userOf(res);
    requireSupervisor(user);
    const q = range(req.query);
    const csv = reportCsv(await reportComplaints(deps, q.fromAt, q.toAt, q.by), q.by);
    await deps.audit.record({ actorId: user.id, actorEmail: user.email, action: 'complaint.report_export', subject: `${q.by}:${q.from}..${q.to}`, reason: null });
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="phan-anh-${q.by}-${q.from}-${q.to}.csv"`);
    res.type('text/csv; charset=utf-8').send(csv);
  });
}
