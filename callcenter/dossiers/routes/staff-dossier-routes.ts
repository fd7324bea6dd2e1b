import type { Router } from 'express';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../platform/http/errors.ts';
import { requireStaffRole, staffUserOf } from '../../console/index.ts';
import type { DossiersDeps } from '../deps.ts';
import { normaliseDossierCode } from '../dossier-status-source.ts';
import { parseDossierCsv } from '../parse-dossier-csv.ts';
import { dossiers } from '../tables.ts';
import { changeDossier, DossierChange, upsertDossiers } from '../update-dossier.ts';

const ImportBody = z.object({ csv: z.string().min(1).max(2_000_000) });

function codeParam(value: unknown): string {
  const code = typeof value === 'string' ? normaliseDossierCode(value) : null;
  if (!code) throw new AppError('validation_failed', 'Mã hồ sơ không hợp lệ.');
  return code;
}

function bodyOf<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError('validation_failed', 'Dữ liệu gửi lên chưa đúng.', { errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  return parsed.data;
}

/** The console's dossier API: agents read and update a dossier; supervisors and admins import CSV (audited). */
export function mountStaffDossierRoutes(api: Router, deps: DossiersDeps): void {
  // Before /dossiers/:code, which would take "import" for a code.
  api.post('/dossiers/import', async (req, res) => {
    const user = staffUserOf(res);
    requireStaffRole(user, 'supervisor');
    const { rows, errors } = parseDossierCsv(bodyOf(ImportBody, req.body).csv);
    if (errors.length) throw new AppError('validation_failed', `Tệp có ${errors.length} dòng chưa đúng; chưa nhập dòng nào.`, { errors: errors.slice(0, 100) });
    const result = await upsertDossiers(deps, rows, user.email);
    await deps.audit.record({ actorId: user.id, actorEmail: user.email, action: 'dossiers.import', subject: `${result.saved} hồ sơ` });
    res.json(result);
  });

  api.get('/dossiers/:code', async (req, res) => {
    requireStaffRole(staffUserOf(res), 'agent');
    const [row] = await deps.db.select().from(dossiers).where(eq(dossiers.code, codeParam(req.params.code)));
    if (!row) throw new AppError('not_found', 'Không có hồ sơ với mã này.');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ dossier: row });
  });

  api.put('/dossiers/:code', async (req, res) => {
    const user = staffUserOf(res);
    requireStaffRole(user, 'agent');
    const row = await changeDossier(deps, codeParam(req.params.code), bodyOf(DossierChange, req.body), user.email);
    res.json({ dossier: row });
  });

}
